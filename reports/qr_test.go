package reports

import (
	"testing"

	qr "github.com/yeqown/go-qrcode/v2"
)

func BenchmarkQRModules(b *testing.B) {
	tok := sampleTicket(1).Token
	for b.Loop() {
		if _, err := qrModules(tok); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkQRModulesYeqown(b *testing.B) {
	tok := sampleTicket(1).Token
	for b.Loop() {
		if _, err := qr.NewWith(tok, qr.WithEncodingMode(qr.EncModeByte), qr.WithErrorCorrectionLevel(qr.ErrorCorrectionMedium)); err != nil {
			b.Fatal(err)
		}
	}
}

// The rectangles cover exactly the dark modules, each once.
func TestQRRects(t *testing.T) {
	modules, err := qrModules(sampleTicket(1).Token)
	if err != nil {
		t.Fatal(err)
	}
	n := len(modules)
	covered := make([][]int, n)
	for i := range covered {
		covered[i] = make([]int, n)
	}
	runs := 0
	for _, row := range modules {
		for col := range row {
			if row[col] && (col == 0 || !row[col-1]) {
				runs++
			}
		}
	}
	rects := qrRects(modules)
	for _, r := range rects {
		for y := r.row; y < r.row+r.h; y++ {
			for x := r.col; x < r.col+r.w; x++ {
				covered[y][x]++
			}
		}
	}
	for y := range n {
		for x := range n {
			if want := map[bool]int{true: 1, false: 0}[modules[y][x]]; covered[y][x] != want {
				t.Fatalf("module (%d, %d) covered %d times, dark %v", x, y, covered[y][x], modules[y][x])
			}
		}
	}
	t.Logf("%d rectangles for %d runs", len(rects), runs)
}
