package photo

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"image"
	"image/color"
	"math"
	"testing"

	"golang.org/x/image/draw"

	"github.com/ruankao/ruankao/internal/photo/phototest"
)

func TestNormalizeReencodes(t *testing.T) {
	for _, src := range [][]byte{passing413(), portrait(600, 800), passing1200(), portrait(450, 600)} {
		n, r, err := Normalize(src)
		if err != nil {
			t.Fatalf("%v\n%s", err, dump(r))
		}
		if !r.Passed || !n.Reencoded || n.Width != 295 || n.Height != 413 {
			t.Errorf("%+v", n)
		}
		sum := sha256.Sum256(n.JPEG)
		if n.SHA256 != hex.EncodeToString(sum[:]) {
			t.Error("wrong SHA256")
		}
		if m := markers(t, n.JPEG); hasMarker(m, 0xE0, 0xE1, 0xE2, 0xED, 0xEE, 0xFE) {
			t.Errorf("metadata markers in the output: % X", m)
		}
		out := decode(t, n.JPEG)
		if out.Bounds() != image.Rect(0, 0, 295, 413) {
			t.Fatalf("bounds %v", out.Bounds())
		}
		// The normalized photo is the source's crop, scaled: compare with
		// x/image/draw's Catmull-Rom of the decoded source.
		in := decode(t, src)
		ref := image.NewRGBA(image.Rect(0, 0, 295, 413))
		draw.CatmullRom.Scale(ref, ref.Bounds(), in, cropToStandard(in.Bounds()), draw.Src, nil)
		if p := lumaPSNR(out, ref); p < 35 {
			t.Errorf("%v source: PSNR %.1f dB against the reference", in.Bounds(), p)
		} else {
			t.Logf("%v source: %d bytes out, PSNR %.1f dB against x/image/draw.CatmullRom", in.Bounds(), len(n.JPEG), p)
		}
		// What we store passes the checks again (size apart: not required).
		rr := Validate(n.JPEG)
		for _, c := range rr.Checks {
			if !c.Passed && c.Name != CheckFileSize {
				t.Errorf("normalized photo fails %s: %+v", c.Name, c)
			}
		}
	}
}

func lumaPSNR(a, b image.Image) float64 {
	bb := a.Bounds()
	var se float64
	for y := bb.Min.Y; y < bb.Max.Y; y++ {
		for x := bb.Min.X; x < bb.Max.X; x++ {
			ya := color.GrayModel.Convert(a.At(x, y)).(color.Gray).Y
			yb := color.GrayModel.Convert(b.At(x, y)).(color.Gray).Y
			d := float64(ya) - float64(yb)
			se += d * d
		}
	}
	mse := se / float64(bb.Dx()*bb.Dy())
	if mse == 0 {
		return math.Inf(1)
	}
	return 10 * math.Log10(255*255/mse)
}

// A passing 295×413 upright upload is stored as uploaded, without its
// metadata: the same scans byte for byte, so the same pixels.
func TestNormalizeKeepsStandardSizeLosslessly(t *testing.T) {
	plain := portrait(295, 413)
	// A JFIF APP0 with a 2×1 RGB thumbnail, EXIF (orientation 1), an ICC
	// profile (APP2), Photoshop IPTC (APP13), an Adobe APP14 and a comment;
	// and a video after EOI.
	jfif := append([]byte("JFIF\x00\x01\x02\x01\x00\x48\x00\x48\x02\x01"), 255, 0, 0, 0, 255, 0)
	adobe := []byte("Adobe\x00\x64\x00\x00\x00\x00\x01extra")
	src := phototest.WithSegment(plain, 0xFE, []byte("taken at Studio X, +86 138 0000 0000"))
	src = phototest.WithSegment(src, 0xEE, adobe)
	src = phototest.WithSegment(src, 0xED, []byte("Photoshop 3.0\x008BIM location"))
	src = phototest.WithSegment(src, 0xE2, []byte("ICC_PROFILE\x00\x01\x01 fake profile"))
	src = phototest.WithEXIFOrientation(src, 1, true)
	src = phototest.WithSegment(src, 0xE0, jfif)
	src = append(src, []byte("ftypmp42 motion photo")...)

	n, r, err := Normalize(src)
	if err != nil {
		t.Fatalf("%v\n%s", err, dump(r))
	}
	if n.Reencoded {
		t.Fatal("re-encoded a standard-size upright JPEG")
	}
	if got := markers(t, n.JPEG); !bytes.Equal(got[:2], []byte{0xE0, 0xEE}) || hasMarker(got, 0xE1, 0xE2, 0xED, 0xFE) {
		t.Errorf("markers % X", got)
	}
	// JFIF without its thumbnail, Adobe reduced to its 12 bytes, then the
	// encoder's own segments unchanged, and nothing after EOI.
	want := []byte{0xFF, 0xD8, 0xFF, 0xE0, 0, 16}
	want = append(want, jfif[:12]...)
	want = append(want, 0, 0, 0xFF, 0xEE, 0, 14)
	want = append(want, adobe[:12]...)
	want = append(want, plain[2:]...)
	if !bytes.Equal(n.JPEG, want) {
		t.Errorf("stripped file differs: %d bytes, want %d", len(n.JPEG), len(want))
	}
	if lumaPSNR(decode(t, n.JPEG), decode(t, plain)) != math.Inf(1) {
		t.Error("pixels changed")
	}
	if n.Width != 295 || n.Height != 413 {
		t.Errorf("%d×%d", n.Width, n.Height)
	}

	// Untagged: the same.
	n2, _, err := Normalize(plain)
	if err != nil || n2.Reencoded || !bytes.Equal(n2.JPEG, plain) {
		t.Errorf("untagged standard photo: reencoded=%v err=%v", n2.Reencoded, err)
	}
}

// A 295×413 photo that must be turned is re-encoded.
func TestNormalizeStandardSizeTurned(t *testing.T) {
	upright := phototest.Portrait(phototest.Options{Width: 295, Height: 413, Seed: 8, Markers: true})
	data := phototest.WithEXIFOrientation(phototest.Encode(phototest.Stored(upright, 6), 95), 6, false)
	n, r, err := Normalize(data)
	if err != nil {
		t.Fatalf("%v\n%s", err, dump(r))
	}
	if !n.Reencoded {
		t.Error("orientation 6 kept without turning")
	}
	m := decode(t, n.JPEG)
	if hue(m.At(3, 3)) != "red" || hue(m.At(291, 3)) != "green" {
		t.Error("not upright")
	}
}

func TestNormalizeRefusesFailingPhotos(t *testing.T) {
	for name, data := range map[string][]byte{
		"grey":      portrait(413, 579, func(o *phototest.Options) { o.Gray = true }),
		"truncated": passing1200()[:len(passing1200())-2],
		"png":       []byte("\x89PNG\r\n\x1a\n"),
		"small":     portrait(200, 280),
	} {
		n, r, err := Normalize(data)
		if !errors.Is(err, ErrNotValid) || r.Passed || n.JPEG != nil {
			t.Errorf("%s: err %v, passed %v", name, err, r.Passed)
		}
		if len(r.Checks) != 8 {
			t.Errorf("%s: %d checks", name, len(r.Checks))
		}
	}
}

func TestCropToStandard(t *testing.T) {
	for _, tc := range []struct{ in, want image.Rectangle }{
		{image.Rect(0, 0, 295, 413), image.Rect(0, 0, 295, 413)},
		{image.Rect(0, 0, 590, 826), image.Rect(0, 0, 590, 826)},
		{image.Rect(0, 0, 450, 600), image.Rect(10, 0, 439, 600)},    // 600·295/413 = 428.5 → 429 wide, centred
		{image.Rect(0, 0, 408, 600), image.Rect(0, 14, 408, 585)},    // 408·413/295 = 571.2 high
		{image.Rect(10, 20, 305, 433), image.Rect(10, 20, 305, 433)}, // offset origin
	} {
		got := cropToStandard(tc.in)
		if got != tc.want {
			t.Errorf("%v: %v, want %v", tc.in, got, tc.want)
		}
		dev := math.Abs(float64(got.Dx())/float64(got.Dy())/(295.0/413) - 1)
		if dev > 0.003 {
			t.Errorf("%v: aspect off by %.4f", got, dev)
		}
	}
}

// The saved photo is what candidates upload: it passes every check of the
// photo tool itself, the file size included, whatever the passing source.
func TestNormalizedPhotoPassesEveryCheck(t *testing.T) {
	smooth := func(o *phototest.Options) { o.Texture = -1 }
	soft := func(o *phototest.Options) { o.Texture = -1; o.BlurSigma = 1.2 }
	// A passing 295×413 upload whose size is mostly metadata: stripped, it
	// is under 30 KB, so it is re-encoded instead of kept.
	thin := phototest.PadTo(portrait(295, 413, smooth), MinFileSize+2000)
	for name, src := range map[string][]byte{
		"413×579":                 passing413(),
		"413×579 smooth":          portrait(413, 579, smooth),
		"600×800 smooth":          portrait(600, 800, smooth),
		"1200×1600":               passing1200(),
		"1200×1600 smooth":        portrait(1200, 1600, smooth),
		"1200×1600 smooth, soft":  portrait(1200, 1600, soft),
		"295×413":                 portrait(295, 413),
		"295×413 thin, padded":    thin,
		"600×800 turned (EXIF 6)": phototest.WithEXIFOrientation(phototest.Encode(phototest.Stored(phototest.Portrait(phototest.Options{Width: 600, Height: 800, Seed: 3, Texture: -1}), 6), 95), 6, false),
	} {
		if r := Validate(src); !r.Passed {
			t.Fatalf("%s: the source fails\n%s", name, dump(r))
		}
		n, r, err := Normalize(src)
		if err != nil {
			t.Fatalf("%s: %v\n%s", name, err, dump(r))
		}
		rr := Validate(n.JPEG)
		if !rr.Passed || len(n.JPEG) <= MinFileSize {
			t.Errorf("%s: the saved photo (%d bytes, reencoded %v) fails the photo tool\n%s", name, len(n.JPEG), n.Reencoded, dump(rr))
		}
		if rr.Width != 295 || rr.Height != 413 {
			t.Errorf("%s: %d×%d", name, rr.Width, rr.Height)
		}
		// Nothing but the padding comment: no metadata.
		if m := markers(t, n.JPEG); hasMarker(m, 0xE1, 0xE2, 0xED) {
			t.Errorf("%s: metadata markers % X", name, m)
		}
		t.Logf("%s: %d → %d bytes, reencoded %v", name, len(src), len(n.JPEG), n.Reencoded)
	}
}

func TestPadPast(t *testing.T) {
	jpg := portrait(295, 413, func(o *phototest.Options) { o.Texture = -1; o.BlurSigma = 1 })
	for _, limit := range []int{len(jpg) - 1, len(jpg), len(jpg) + 1, len(jpg) + 3, MinFileSize} {
		out := padPast(jpg, limit)
		if len(out) <= limit {
			t.Errorf("limit %d: %d bytes", limit, len(out))
		}
		if len(out) > max(limit+1, len(jpg)+4+len(paddingTag)) {
			t.Errorf("limit %d: padded to %d, more than needed", limit, len(out))
		}
		if lumaPSNR(decode(t, out), decode(t, jpg)) != math.Inf(1) {
			t.Errorf("limit %d: pixels changed", limit)
		}
	}
}
