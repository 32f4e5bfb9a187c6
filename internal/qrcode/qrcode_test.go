package qrcode

import (
	"bytes"
	"errors"
	"image"
	"image/color"
	"image/png"
	"strings"
	"testing"

	"github.com/makiuchi-d/gozxing"
	zxqr "github.com/makiuchi-d/gozxing/qrcode"
)

// A TOTP enrolment URI, the payload the login page shows.
const totpURI = "otpauth://totp/ruankao:zhangsan?secret=GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ&issuer=ruankao&algorithm=SHA1&digits=6&period=30"

func decodePNG(t *testing.T, b []byte) image.Image {
	t.Helper()
	if !bytes.HasPrefix(b, []byte("\x89PNG\r\n\x1a\n")) {
		t.Fatalf("not a PNG: % x", b[:min(8, len(b))])
	}
	img, err := png.Decode(bytes.NewReader(b))
	if err != nil {
		t.Fatalf("png.Decode: %v", err)
	}
	return img
}

// scan reads the QR code back with gozxing (a port of ZXing, used by the
// tests only), with default hints: it must find the symbol by itself.
func scan(t *testing.T, img image.Image) string {
	t.Helper()
	bmp, err := gozxing.NewBinaryBitmapFromImage(img)
	if err != nil {
		t.Fatal(err)
	}
	res, err := zxqr.NewQRCodeReader().Decode(bmp, map[gozxing.DecodeHintType]any{
		gozxing.DecodeHintType_CHARACTER_SET: "UTF-8",
	})
	if err != nil {
		t.Fatalf("the QR code does not scan: %v", err)
	}
	if ec := res.GetResultMetadata()[gozxing.ResultMetadataType_ERROR_CORRECTION_LEVEL]; ec != "M" {
		t.Errorf("error correction level %v; want M", ec)
	}
	return res.GetText()
}

func TestPNGScansBack(t *testing.T) {
	for _, c := range []struct {
		payload string
		size    int
	}{
		{totpURI, 256},
		{totpURI, 200},
		{"otpauth://totp/%E8%BD%AF%E8%80%83:%E5%BC%A0%E4%B8%89?secret=GEZDGNBVGY3TQOJQ&issuer=%E8%BD%AF%E8%80%83", 300},
		{"软考报名 张三 ＡＢＣ", 240}, // UTF-8 in byte mode
		{"12345678901234567890", 120},
		{strings.Repeat("x", 500), 600},
	} {
		b, err := PNG(c.payload, c.size)
		if err != nil {
			t.Fatalf("PNG(%.30q, %d): %v", c.payload, c.size, err)
		}
		img := decodePNG(t, b)
		if got := img.Bounds(); got.Dx() != c.size || got.Dy() != c.size || got.Min != (image.Point{}) {
			t.Errorf("PNG(%.30q, %d) is %v; want %d×%d", c.payload, c.size, got, c.size, c.size)
		}
		if got := scan(t, img); got != c.payload {
			t.Errorf("scanned %q; want %q", got, c.payload)
		}
	}
}

func TestPNGQuietZone(t *testing.T) {
	const size = 256
	img := decodePNG(t, must(PNG(totpURI, size)))
	// totpURI (112 bytes) needs version 7 at level M (version 6 holds 106
	// bytes; at level Q it would need version 9): 45 modules, 53 with the
	// quiet zone, so 4 px a module and a margin of at least 4×4 px.
	const modules, block = 45, size / (45 + 8)
	const margin = 4 * block
	var dark image.Rectangle // bounding box of the dark pixels
	for y := 0; y < size; y++ {
		for x := 0; x < size; x++ {
			g := color.GrayModel.Convert(img.At(x, y)).(color.Gray).Y
			if g != 0 && g != 255 {
				t.Fatalf("pixel (%d,%d) is gray %d; want pure black or white", x, y, g)
			}
			if g == 0 {
				dark = dark.Union(image.Rect(x, y, x+1, y+1))
			}
		}
	}
	if dark.Min.X < margin || dark.Min.Y < margin || size-dark.Max.X < margin || size-dark.Max.Y < margin {
		t.Errorf("dark pixels span %v: quiet zone thinner than %d px", dark, margin)
	}
	// The symbol is centred within a pixel.
	if l, r := dark.Min.X, size-dark.Max.X; l-r > 1 || r-l > 1 {
		t.Errorf("left margin %d, right margin %d", l, r)
	}
	if dark.Dx() != modules*block || dark.Dy() != modules*block {
		t.Errorf("symbol is %v; want %d modules of %d px", dark, modules, block)
	}
}

func TestPNGDeterministic(t *testing.T) {
	a := must(PNG(totpURI, 256))
	b := must(PNG(totpURI, 256))
	if !bytes.Equal(a, b) {
		t.Fatal("two renderings of the same payload differ")
	}
	c := must(PNG(totpURI+"x", 256))
	if bytes.Equal(a, c) {
		t.Fatal("different payloads render the same")
	}
}

func TestPNGErrors(t *testing.T) {
	// Level M, byte mode: version 40 holds 2331 bytes.
	if _, err := PNG(strings.Repeat("a", 2331), MaxSize); err != nil {
		t.Errorf("2331 bytes (the capacity): %v", err)
	}
	for _, c := range []struct {
		payload string
		size    int
		want    error // nil: any error
	}{
		{strings.Repeat("a", 2332), MaxSize, nil},
		{strings.Repeat("a", 10000), MaxSize, nil},
		{"", 256, ErrEmpty},
		{totpURI, 0, ErrBadSize},
		{totpURI, -1, ErrBadSize},
		{totpURI, MaxSize + 1, ErrBadSize},
		{totpURI, 52, ErrTooSmall}, // 53 modules
	} {
		_, err := PNG(c.payload, c.size)
		if err == nil || (c.want != nil && !errors.Is(err, c.want)) {
			t.Errorf("PNG(%d bytes, %d) err = %v; want %v", len(c.payload), c.size, err, c.want)
		}
	}
	// One pixel a module is the smallest accepted.
	if b, err := PNG(totpURI, 53); err != nil || decodePNG(t, b).Bounds().Dx() != 53 {
		t.Errorf("PNG(…, 53): %v", err)
	}
}

func FuzzPNG(f *testing.F) {
	f.Add(totpURI, 200)
	f.Add("软考", 64)
	f.Add("0", 29)
	f.Add("\x00\xff", 100)
	f.Fuzz(func(t *testing.T, payload string, size int) {
		size = size%300 + 1          // keep it quick
		b, err := PNG(payload, size) // must not panic
		if err != nil {
			return
		}
		if img := decodePNG(t, b); img.Bounds().Dx() != size || img.Bounds().Dy() != size {
			t.Fatalf("PNG(%q, %d) is %v", payload, size, img.Bounds())
		}
	})
}

func must(b []byte, err error) []byte {
	if err != nil {
		panic(err)
	}
	return b
}
