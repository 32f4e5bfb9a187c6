package photo

import (
	"bytes"
	"encoding/binary"
	"fmt"
	"image"
	"image/color"
	"math/rand/v2"
	"testing"

	"github.com/ruankao/ruankao/internal/photo/phototest"
)

func TestEXIFOrientationParse(t *testing.T) {
	for o := 1; o <= 8; o++ {
		for _, be := range []bool{false, true} {
			if got, ok := exifOrientation(phototest.EXIF(o, be)); !ok || got != o {
				t.Errorf("orientation %d big-endian=%v: got %d, %v", o, be, got, ok)
			}
		}
	}
	// LONG instead of SHORT.
	p := phototest.EXIF(6, true)
	tiff := p[6:]
	entry := 10 + 12 // the second entry of IFD0
	binary.BigEndian.PutUint16(tiff[entry+2:], 4)
	binary.BigEndian.PutUint32(tiff[entry+8:], 6)
	if got, _ := exifOrientation(p); got != 6 {
		t.Errorf("LONG orientation: %d", got)
	}

	for _, tc := range []struct {
		name string
		p    []byte
		ok   bool
	}{
		{"out of range 0", phototest.EXIF(0, false), true},
		{"out of range 9", phototest.EXIF(9, true), true},
		{"XMP, not Exif", []byte("http://ns.adobe.com/xap/1.0/\x00<x:xmpmeta/>"), false},
		{"empty", nil, false},
		{"header only", []byte("Exif\x00\x00"), true},
		{"bad byte order", append([]byte("Exif\x00\x00XX*\x00"), make([]byte, 20)...), true},
		{"bad magic", append([]byte("Exif\x00\x00II+\x00\x08\x00\x00\x00"), make([]byte, 20)...), true},
		{"IFD offset past the end", []byte("Exif\x00\x00II*\x00\xff\xff\x00\x00\x01\x00"), true},
		{"IFD offset 2^32-1", []byte("Exif\x00\x00II*\x00\xff\xff\xff\xff\x01\x00"), true},
		{"entry count past the end", []byte("Exif\x00\x00II*\x00\x08\x00\x00\x00\xff\xff\x12\x01"), true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got, ok := exifOrientation(tc.p)
			if ok != tc.ok || (ok && got != 1) {
				t.Errorf("got %d, %v", got, ok)
			}
		})
	}
	// The orientation tag found after other entries, in a payload with the
	// tag in a later position and another APP1 (XMP) before the Exif one.
	jpg := passing413()
	tagged := phototest.WithSegment(phototest.WithEXIFOrientation(jpg, 8, false), 0xE1,
		[]byte("http://ns.adobe.com/xap/1.0/\x00<x/>"))
	segs, _, err := scanJPEG(tagged)
	if err != nil {
		t.Fatal(err)
	}
	if o := orientationOf(tagged, segs); o != 8 {
		t.Errorf("orientation %d behind an XMP segment", o)
	}
}

// orientPlane agrees with the generator's reading of the EXIF wording for
// all eight orientations, on odd sizes.
func TestOrientPlane(t *testing.T) {
	const W, H = 5, 3 // upright
	up := image.NewGray(image.Rect(0, 0, W, H))
	for i := range up.Pix {
		up.Pix[i] = byte(i + 1)
	}
	for o := 1; o <= 8; o++ {
		stored := phototest.Stored(up, o)
		sb := stored.Bounds()
		g := image.NewGray(sb)
		for y := 0; y < sb.Dy(); y++ {
			for x := 0; x < sb.Dx(); x++ {
				g.Pix[y*g.Stride+x] = stored.Pix[stored.PixOffset(x, y)]
			}
		}
		got := uprightImage(g, o).(*image.Gray)
		if got.Rect != up.Rect || !bytes.Equal(got.Pix, up.Pix) {
			t.Errorf("orientation %d: %v %v, want %v %v", o, got.Rect, got.Pix, up.Rect, up.Pix)
		}
	}
}

// to444 reads every subsampling image/jpeg produces, and RGBA and CMYK.
func TestTo444(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	for _, ratio := range []image.YCbCrSubsampleRatio{
		image.YCbCrSubsampleRatio444, image.YCbCrSubsampleRatio422, image.YCbCrSubsampleRatio420,
		image.YCbCrSubsampleRatio440, image.YCbCrSubsampleRatio411, image.YCbCrSubsampleRatio410,
	} {
		big := image.NewYCbCr(image.Rect(0, 0, 24, 17), ratio)
		for _, p := range [][]byte{big.Y, big.Cb, big.Cr} {
			for i := range p {
				p[i] = byte(rng.IntN(256))
			}
		}
		for _, m := range []*image.YCbCr{big, big.SubImage(image.Rect(0, 0, 13, 9)).(*image.YCbCr)} {
			got := to444(m)
			b := m.Bounds()
			for y := b.Min.Y; y < b.Max.Y; y++ {
				for x := b.Min.X; x < b.Max.X; x++ {
					if got.YCbCrAt(x, y) != m.YCbCrAt(x, y) {
						t.Fatalf("%v at %d,%d: %v, want %v", ratio, x, y, got.YCbCrAt(x, y), m.YCbCrAt(x, y))
					}
				}
			}
		}
	}
	rgba := image.NewRGBA(image.Rect(0, 0, 3, 2))
	cmyk := image.NewCMYK(image.Rect(0, 0, 3, 2))
	for i := range rgba.Pix {
		rgba.Pix[i] = byte(rng.IntN(256))
		cmyk.Pix[i] = byte(rng.IntN(256))
	}
	for _, m := range []image.Image{rgba, cmyk, image.NewNRGBA(image.Rect(0, 0, 3, 2))} {
		got := to444(m)
		for y := 0; y < 2; y++ {
			for x := 0; x < 3; x++ {
				want := color.YCbCrModel.Convert(m.At(x, y)).(color.YCbCr)
				if c := got.YCbCrAt(x, y); c != want {
					t.Errorf("%T at %d,%d: %v, want %v", m, x, y, c, want)
				}
			}
		}
	}
}

// For each orientation, a portrait stored turned and tagged is seen upright
// by Validate and stored upright by Normalize: its corner markers (red top
// left, green top right, blue bottom left) are where they belong.
func TestAllOrientations(t *testing.T) {
	upright := phototest.Portrait(phototest.Options{Width: 590, Height: 826, Seed: 4, Markers: true})
	for o := 1; o <= 8; o++ {
		t.Run(fmt.Sprint(o), func(t *testing.T) {
			stored := phototest.Stored(upright, o)
			data := phototest.WithEXIFOrientation(phototest.Encode(stored, 95), o, o%2 == 0)
			r := Validate(data)
			wantFailed(t, r)
			if r.Width != 590 || r.Height != 826 || r.Orientation != o {
				t.Fatalf("reported %d×%d orientation %d, stored %v", r.Width, r.Height, r.Orientation, stored.Bounds())
			}
			n, _, err := Normalize(data)
			if err != nil {
				t.Fatal(err)
			}
			if !n.Reencoded {
				t.Error("not re-encoded")
			}
			m := decode(t, n.JPEG)
			if m.Bounds() != image.Rect(0, 0, 295, 413) {
				t.Fatalf("normalized to %v", m.Bounds())
			}
			corners := map[string]struct {
				x, y int
				want string
			}{
				"top left": {5, 5, "red"}, "top right": {289, 5, "green"},
				"bottom left": {5, 407, "blue"}, "bottom right": {289, 407, "none"},
			}
			for name, c := range corners {
				if got := hue(m.At(c.x, c.y)); got != c.want {
					t.Errorf("%s corner is %s, want %s", name, got, c.want)
				}
			}
		})
	}
}

// hue names the dominant primary of a saturated colour, "none" otherwise.
func hue(c color.Color) string {
	r, g, b, _ := c.RGBA()
	r, g, b = r>>8, g>>8, b>>8
	switch {
	case r > 150 && g < 90 && b < 90:
		return "red"
	case g > 150 && r < 90 && b < 90:
		return "green"
	case b > 150 && r < 90 && g < 90:
		return "blue"
	}
	return "none"
}
