package photo

import (
	"fmt"
	"testing"

	"github.com/ruankao/ruankao/internal/photo/phototest"
)

func TestZZCal(t *testing.T) {
	for _, sz := range [][2]int{{295, 413}, {413, 579}, {600, 800}, {1200, 1600}} {
		for _, tex := range []int{-1, 4, 12} {
			for _, sigma := range []float64{0, 0.7, 1, 1.5, 2, 3} {
				// sigma given at standard size; scale to source
				s := sigma * float64(sz[0]) / 295
				img := phototest.Portrait(phototest.Options{Width: sz[0], Height: sz[1], Texture: tex, BlurSigma: s, Seed: 1})
				data := phototest.Encode(img, 95)
				r := Validate(data)
				c, _ := r.Check(CheckSharpness)
				col, _ := r.Check(CheckColor)
				bg, _ := r.Check(CheckBackground)
				fmt.Printf("%dx%d tex=%d sigma=%.1f size=%d sharp=%s | %s | %s\n", sz[0], sz[1], tex, sigma, len(data), c.Measured, col.Measured, bg.Measured)
			}
		}
	}
}
