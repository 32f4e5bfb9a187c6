package photo

import (
	"testing"

	"github.com/ruankao/ruankao/internal/photo/phototest"
)

// FuzzValidate: any bytes give a report of eight checks, never a panic, and
// Normalize agrees with Validate.
func FuzzValidate(f *testing.F) {
	small := phototest.Encode(phototest.Portrait(phototest.Options{Width: 40, Height: 56, Seed: 1}), 80)
	f.Add(small)
	f.Add(phototest.WithEXIFOrientation(small, 6, true))
	f.Add(small[:len(small)/2])
	f.Add(phototest.Bomb(60000, 60000))
	f.Add([]byte("\x89PNG\r\n\x1a\n"))
	f.Fuzz(func(t *testing.T, data []byte) {
		r := Validate(data)
		if len(r.Checks) != 8 {
			t.Fatalf("%d checks", len(r.Checks))
		}
		n, r2, err := Normalize(data)
		if r2.Passed != r.Passed || (err == nil) != r.Passed {
			t.Fatalf("Normalize disagrees: %v %v %v", r.Passed, r2.Passed, err)
		}
		if err == nil && (n.Width != 295 || len(n.JPEG) == 0) {
			t.Fatalf("%+v", n)
		}
	})
}

// FuzzEXIF: the orientation parser never panics and answers 1–8.
func FuzzEXIF(f *testing.F) {
	f.Add(phototest.EXIF(6, true))
	f.Add(phototest.EXIF(3, false))
	f.Fuzz(func(t *testing.T, p []byte) {
		if o, ok := exifOrientation(p); ok && (o < 1 || o > 8) {
			t.Fatalf("orientation %d", o)
		}
	})
}
