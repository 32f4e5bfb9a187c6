package qr

import (
	"bytes"
	"fmt"
	"math/rand/v2"
	"slices"
	"testing"

	"github.com/makiuchi-d/gozxing"
	"github.com/makiuchi-d/gozxing/qrcode/decoder"
	"github.com/makiuchi-d/gozxing/qrcode/encoder"
)

// payload is n bytes of base64url, as the ticket tokens are, or of any byte value.
func payload(n int, binary bool, r *rand.Rand) []byte {
	const b64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_"
	b := make([]byte, n)
	for i := range b {
		if binary {
			b[i] = byte(r.IntN(256))
		} else {
			b[i] = b64[r.IntN(len(b64))]
		}
	}
	return b
}

// lengths covers every version: each capacity, one past it, and a few in between.
func lengths() []int {
	var ns []int
	for v := 1; v <= 40; v++ {
		c := (8*dataCodewords(v) - 4 - countBits(v)) / 8
		ns = append(ns, c, c+1, c-7)
	}
	ns = append(ns, 0, 1, 2, 3, 200, 201, 250)
	slices.Sort(ns)
	return slices.Compact(ns)
}

// The symbols are module for module gozxing's with the same mask, for texts gozxing encodes in
// byte mode too (it chooses the alphanumeric mode for upper-case letters and digits only).
func TestSameAsGozxing(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	// No character set hint: with one, gozxing writes an ECI header first (this encoder writes
	// none: the payloads are ASCII, read the same in any of the default encodings).
	hints := map[gozxing.EncodeHintType]any{gozxing.EncodeHintType_QR_MASK_PATTERN: mask}
	for _, n := range lengths() {
		if n > 2331 || n < 1 { // beyond version 40 at M; gozxing refuses an empty text
			continue
		}
		p := payload(n, false, r)
		p[0] = 'z' // a lower-case letter, so that gozxing chooses the byte mode too
		got, err := Encode(p)
		if err != nil {
			t.Fatalf("%d bytes: %v", n, err)
		}
		code, err := encoder.Encoder_encode(string(p), decoder.ErrorCorrectionLevel_M, hints)
		if err != nil {
			t.Fatalf("%d bytes: gozxing: %v", n, err)
		}
		m := code.GetMatrix()
		if m.GetWidth() != len(got) {
			t.Fatalf("%d bytes: %d modules wide, gozxing %d (version %d)", n, len(got), m.GetWidth(), code.GetVersion().GetVersionNumber())
		}
		for y, row := range got {
			for x, dark := range row {
				if dark != (m.Get(x, y) == 1) {
					t.Fatalf("%d bytes, version %d: module (%d, %d) differs from gozxing's", n, version(n), x, y)
				}
			}
		}
	}
}

// Every symbol decodes to its payload with gozxing's reader, whatever the bytes.
func TestDecodes(t *testing.T) {
	r := rand.New(rand.NewPCG(3, 4))
	for _, n := range lengths() {
		if n > 2331 {
			continue
		}
		for _, binary := range []bool{false, true} {
			p := payload(n, binary, r)
			rows, err := Encode(p)
			if err != nil {
				t.Fatalf("%d bytes: %v", n, err)
			}
			got := decode(t, rows)
			if !bytes.Equal(got, p) {
				t.Fatalf("%d bytes (binary %v, version %d): decoded %d bytes that differ", n, binary, version(n), len(got))
			}
		}
	}
}

func TestTooLong(t *testing.T) {
	if _, err := Encode(make([]byte, 2332)); err == nil {
		t.Fatal("2,332 bytes encoded at level M")
	}
	if v := version(2331); v != 40 {
		t.Fatalf("2,331 bytes: version %d", v)
	}
}

// decode reads the symbol with gozxing's decoder proper (the modules as sampled, no image
// detection), returning the raw bytes of its byte segment.
func decode(t *testing.T, rows [][]bool) []byte {
	t.Helper()
	n := len(rows)
	bm, _ := gozxing.NewBitMatrix(n, n)
	for y, row := range rows {
		for x, dark := range row {
			if dark {
				bm.Set(x, y)
			}
		}
	}
	res, err := decoder.NewDecoder().Decode(bm, map[gozxing.DecodeHintType]any{
		gozxing.DecodeHintType_CHARACTER_SET: "ISO-8859-1",
	})
	if err != nil {
		t.Fatalf("%d×%d symbol does not decode: %v", n, n, err)
	}
	if res.GetECLevel() != "M" {
		t.Errorf("level %s", res.GetECLevel())
	}
	if segs := res.GetByteSegments(); len(segs) == 1 {
		return segs[0]
	}
	return []byte(res.GetText())
}

func BenchmarkEncodeToken(b *testing.B) {
	p := payload(200, false, rand.New(rand.NewPCG(5, 6)))
	for b.Loop() {
		if _, err := Encode(p); err != nil {
			b.Fatal(err)
		}
	}
}

func ExampleEncode() {
	rows, _ := Encode([]byte("hello"))
	fmt.Println(len(rows))
	// Output: 21
}
