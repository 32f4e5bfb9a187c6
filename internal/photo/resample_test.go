package photo

import (
	"fmt"
	"image"
	"image/color"
	"testing"

	"golang.org/x/image/draw"

	"github.com/ruankao/ruankao/internal/photo/phototest"
)

// The resampler gives the image x/image/draw's Catmull-Rom gives, from
// every source size Normalize sees (same size, slight and large
// reductions, with and without the block average first).
func TestResampleMatchesXImageCatmullRom(t *testing.T) {
	for _, sz := range [][2]int{{295, 413}, {300, 413}, {413, 579}, {600, 800}, {1200, 1600}, {1300, 1820}} {
		src := phototest.Portrait(phototest.Options{Width: sz[0], Height: sz[1], Seed: 6,
			BlurSigma: 0.6 * float64(sz[0]) / 295})
		m := to444(src)
		crop := cropToStandard(m.Bounds())
		got := resizeYCbCr(m, crop, 295, 413)
		ref := image.NewRGBA(image.Rect(0, 0, 295, 413))
		draw.CatmullRom.Scale(ref, ref.Bounds(), src, crop, draw.Src, nil)
		p := lumaPSNR(got, ref)
		t.Logf("%d×%d: luma PSNR %.1f dB", sz[0], sz[1], p)
		if p < 40 {
			t.Errorf("%d×%d: luma PSNR %.1f dB against x/image/draw.CatmullRom", sz[0], sz[1], p)
		}
	}
}

// Every output sample's weights sum to exactly 1 in fixed point, and lie
// within the source.
func TestAxisWeights(t *testing.T) {
	for _, tc := range []struct {
		src       int
		off, step float64
		n         int
	}{
		{295, 0, 1, 295}, {413, 0, 1.4, 295}, {1600, 0, 3.87, 413}, {1200, 28.5, 3.87, 295},
		{148, 0, 1, 148}, {600, 0.25, 2.03, 207}, {10, 0, 4, 3}, {3, 0, 0.5, 6},
	} {
		a := newAxis(tc.src, tc.off, tc.step, tc.n)
		for i := 0; i < tc.n; i++ {
			var sum int32
			for _, w := range a.w[i*a.taps : (i+1)*a.taps] {
				sum += w
			}
			if sum != 1<<weightBits {
				t.Errorf("%+v output %d: weights sum to %d", tc, i, sum)
			}
			if a.first[i] < 0 || a.first[i]+a.taps > tc.src {
				t.Errorf("%+v output %d: taps %d+%d outside %d", tc, i, a.first[i], a.taps, tc.src)
			}
		}
	}
}

// A flat colour stays exactly that colour (the weights have unity gain),
// from every subsampling and crop.
func TestResampleFlat(t *testing.T) {
	for _, ratio := range []image.YCbCrSubsampleRatio{image.YCbCrSubsampleRatio444,
		image.YCbCrSubsampleRatio420, image.YCbCrSubsampleRatio422, image.YCbCrSubsampleRatio440} {
		for _, sz := range [][2]int{{295, 413}, {331, 457}, {1201, 1599}} {
			m := image.NewYCbCr(image.Rect(0, 0, sz[0], sz[1]), ratio)
			for i := range m.Y {
				m.Y[i] = 201
			}
			for i := range m.Cb {
				m.Cb[i], m.Cr[i] = 77, 180
			}
			out := resizeYCbCr(m, cropToStandard(m.Rect), 295, 413)
			for y := 0; y < 413; y++ {
				for x := 0; x < 295; x++ {
					if c := out.YCbCrAt(x, y); c != (color.YCbCr{201, 77, 180}) {
						t.Fatalf("%v %v at %d,%d: %v", ratio, sz, x, y, c)
					}
				}
			}
		}
	}
}

// Fine stripes (a period of 3 source pixels, beyond what 295×413 can show)
// come out as a near-even grey from a filtering resampler; a sampling one
// turns them into coarse false patterns.
func TestResampleAliasing(t *testing.T) {
	const w, h = 1200, 1600
	stripes := image.NewRGBA(image.Rect(0, 0, w, h))
	for y := 0; y < h; y++ {
		for x := 0; x < w; x++ {
			v := uint8(40)
			if (x+y/2)%3 == 0 {
				v = 220
			}
			i := stripes.PixOffset(x, y)
			stripes.Pix[i], stripes.Pix[i+1], stripes.Pix[i+2], stripes.Pix[i+3] = v, v, v, 255
		}
	}
	crop := cropToStandard(stripes.Bounds())
	spread := func(m image.Image) float64 {
		var sum, sq float64
		b := m.Bounds()
		for y := b.Min.Y; y < b.Max.Y; y++ {
			for x := b.Min.X; x < b.Max.X; x++ {
				v := float64(color.GrayModel.Convert(m.At(x, y)).(color.Gray).Y)
				sum += v
				sq += v * v
			}
		}
		n := float64(b.Dx() * b.Dy())
		return sq/n - (sum/n)*(sum/n) // variance
	}
	ours := spread(resizeYCbCr(to444(stripes), crop, 295, 413))
	approx := image.NewRGBA(image.Rect(0, 0, 295, 413))
	draw.ApproxBiLinear.Scale(approx, approx.Bounds(), stripes, crop, draw.Src, nil)
	a := spread(approx)
	t.Logf("variance of the result: ours %.1f, ApproxBiLinear %.1f (the stripes: 7200)", ours, a)
	if ours > 100 || ours*20 > a {
		t.Errorf("aliasing: ours %.1f, ApproxBiLinear %.1f", ours, a)
	}
}

// BenchmarkResample compares the resampler with x/image/draw's, from the
// decoded Y′CbCr image (what Normalize has) to 295×413.
func BenchmarkResample(b *testing.B) {
	for _, sz := range [][2]int{{413, 579}, {600, 800}, {1200, 1600}} {
		m := decodeBench(phototest.Encode(phototest.Portrait(phototest.Options{Width: sz[0], Height: sz[1], Seed: 1}), 95))
		crop := cropToStandard(m.Bounds())
		name := fmt.Sprintf("%dx%d", sz[0], sz[1])
		b.Run(name+"/ours", func(b *testing.B) {
			for b.Loop() {
				resizeYCbCr(m, crop, 295, 413)
			}
		})
		for _, f := range []struct {
			name string
			k    draw.Interpolator
		}{{"CatmullRom", draw.CatmullRom}, {"BiLinear", draw.BiLinear}, {"ApproxBiLinear", draw.ApproxBiLinear}} {
			b.Run(name+"/x-image-"+f.name, func(b *testing.B) {
				dst := image.NewRGBA(image.Rect(0, 0, 295, 413))
				for b.Loop() {
					f.k.Scale(dst, dst.Bounds(), m, crop, draw.Src, nil)
				}
			})
		}
	}
}
