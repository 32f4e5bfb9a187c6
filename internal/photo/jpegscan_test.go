package photo

import (
	"bytes"
	"image"
	"image/jpeg"
	"testing"

	"github.com/ruankao/ruankao/internal/photo/phototest"
)

func TestScanJPEG(t *testing.T) {
	data := passing413()
	segs, end, err := scanJPEG(data)
	if err != nil || end != len(data) {
		t.Fatalf("end %d of %d, %v", end, len(data), err)
	}
	// Go's encoder: DQT, SOF0, DHT, SOS (+ entropy data), EOI.
	if got := markers(t, data); !bytes.Equal(got, []byte{0xDB, 0xC0, 0xC4, 0xDA, 0xD9}) {
		t.Errorf("markers % X", got)
	}
	// The segments tile the file after SOI.
	pos := 2
	for _, s := range segs {
		if s.start != pos {
			t.Fatalf("segment %X starts at %d, want %d", s.marker, s.start, pos)
		}
		pos = s.end
	}

	// Stuffed bytes, restart markers and fill bytes inside the entropy data
	// do not end it; a file with restart intervals scans to its EOI.
	withRST := []byte{0xFF, 0xD8, 0xFF, 0xDA, 0x00, 0x02, 0x12, 0xFF, 0x00, 0x34, 0xFF, 0xD0, 0x56, 0xFF, 0xFF, 0xD9}
	segs, end, err = scanJPEG(withRST)
	if err != nil || end != len(withRST) || len(segs) != 2 || segs[0].end != 14 { // fill bytes before EOI stay with the scan
		t.Errorf("restart markers: %v %d %+v", err, end, segs)
	}

	for _, tc := range []struct {
		name string
		data []byte
		want error
	}{
		{"empty", nil, errNoSOI},
		{"no SOI", []byte{0xFF, 0xD9}, errNoSOI},
		{"SOI only", []byte{0xFF, 0xD8}, errTruncated},
		{"segment longer than the file", []byte{0xFF, 0xD8, 0xFF, 0xE0, 0x10, 0x00, 0x00}, errTruncated},
		{"length below 2", []byte{0xFF, 0xD8, 0xFF, 0xE0, 0x00, 0x01, 0xFF, 0xD9}, errCorrupt},
		{"extraneous bytes between segments", []byte{0xFF, 0xD8, 0x12, 0x00, 0xFF, 0x00, 0xFF, 0xD9}, nil},
		{"extraneous bytes, no EOI", []byte{0xFF, 0xD8, 0x12, 0x00}, errTruncated},
		{"nested SOI", []byte{0xFF, 0xD8, 0xFF, 0xD8, 0xFF, 0xD9}, errCorrupt},
		{"entropy data without EOI", []byte{0xFF, 0xD8, 0xFF, 0xDA, 0x00, 0x02, 1, 2, 3, 0xFF, 0x00}, errTruncated},
		{"entropy data ends in FF", []byte{0xFF, 0xD8, 0xFF, 0xDA, 0x00, 0x02, 1, 2, 3, 0xFF}, errTruncated},
		{"fill bytes at the end", []byte{0xFF, 0xD8, 0xFF, 0xFF, 0xFF}, errTruncated},
		{"truncated length", []byte{0xFF, 0xD8, 0xFF, 0xC4, 0x00}, errTruncated},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if _, _, err := scanJPEG(tc.data); err != tc.want {
				t.Errorf("got %v, want %v", err, tc.want)
			}
		})
	}
}

// Stripping a progressive or restart-interval JPEG keeps it decodable to
// the same pixels (whatever encoder made it; here: a hand-made DRI).
func TestStripKeepsEverythingElse(t *testing.T) {
	src := phototest.WithSegment(passing413(), 0xE1, phototest.EXIF(1, false))
	src = phototest.WithSegment(src, 0xFE, []byte("comment"))
	segs, _, err := scanJPEG(src)
	if err != nil {
		t.Fatal(err)
	}
	out := stripMetadata(src, segs)
	if !bytes.Equal(out, passing413()) {
		t.Errorf("stripped %d bytes, want the %d-byte original", len(out), len(passing413()))
	}
	a, _ := jpeg.Decode(bytes.NewReader(out))
	b, _ := jpeg.Decode(bytes.NewReader(src))
	if a.(*image.YCbCr).Rect != b.(*image.YCbCr).Rect || !bytes.Equal(a.(*image.YCbCr).Y, b.(*image.YCbCr).Y) {
		t.Error("pixels differ")
	}
}
