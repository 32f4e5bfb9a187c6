package photo

import (
	"fmt"
	"image"
	"image/jpeg"
	"bytes"
	"math"
	"testing"
	"time"

	"golang.org/x/image/draw"
	"github.com/ruankao/ruankao/internal/photo/phototest"
)

func areaRef(src *image.RGBA, r image.Rectangle, dw, dh int) *image.RGBA {
	// exact fractional area average
	out := image.NewRGBA(image.Rect(0, 0, dw, dh))
	sw, sh := float64(r.Dx()), float64(r.Dy())
	for y := 0; y < dh; y++ {
		fy0, fy1 := float64(y)*sh/float64(dh), float64(y+1)*sh/float64(dh)
		for x := 0; x < dw; x++ {
			fx0, fx1 := float64(x)*sw/float64(dw), float64(x+1)*sw/float64(dw)
			var acc [3]float64
			var wsum float64
			for sy := int(fy0); float64(sy) < fy1; sy++ {
				wy := math.Min(fy1, float64(sy+1)) - math.Max(fy0, float64(sy))
				for sx := int(fx0); float64(sx) < fx1; sx++ {
					wx := math.Min(fx1, float64(sx+1)) - math.Max(fx0, float64(sx))
					p := src.PixOffset(r.Min.X+sx, r.Min.Y+sy)
					for c := 0; c < 3; c++ {
						acc[c] += wx * wy * float64(src.Pix[p+c])
					}
					wsum += wx * wy
				}
			}
			p := out.PixOffset(x, y)
			for c := 0; c < 3; c++ {
				out.Pix[p+c] = uint8(math.Round(acc[c] / wsum))
			}
			out.Pix[p+3] = 255
		}
	}
	return out
}

func psnr(a, b *image.RGBA) float64 {
	var se float64
	n := 0
	for i := 0; i < len(a.Pix); i += 4 {
		for c := 0; c < 3; c++ {
			d := float64(a.Pix[i+c]) - float64(b.Pix[i+c])
			se += d * d
			n++
		}
	}
	return 10 * math.Log10(255*255/(se/float64(n)))
}

func TestZZScaler(t *testing.T) {
	for _, sz := range [][2]int{{413, 579}, {600, 800}, {1200, 1600}} {
		src := phototest.Portrait(phototest.Options{Width: sz[0], Height: sz[1], Seed: 3, BlurSigma: 0.6 * float64(sz[0]) / 295})
		// stripes: period 3 px vertical lines
		stripes := image.NewRGBA(image.Rect(0, 0, sz[0], sz[1]))
		for y := 0; y < sz[1]; y++ {
			for x := 0; x < sz[0]; x++ {
				v := uint8(40)
				if (x+y/2)%3 == 0 {
					v = 220
				}
				p := stripes.PixOffset(x, y)
				stripes.Pix[p], stripes.Pix[p+1], stripes.Pix[p+2], stripes.Pix[p+3] = v, v, v, 255
			}
		}
		var buf bytes.Buffer
		jpeg.Encode(&buf, src, &jpeg.Options{Quality: 95})
		ysrc, _ := jpeg.Decode(bytes.NewReader(buf.Bytes()))
		crop := cropToStandard(src.Bounds())
		ref := areaRef(src, crop, 295, 413)
		sref := areaRef(stripes, crop, 295, 413)
		for _, f := range []struct {
			name string
			s    draw.Interpolator
		}{{"Nearest", draw.NearestNeighbor}, {"ApproxBiLinear", draw.ApproxBiLinear}, {"BiLinear", draw.BiLinear}, {"CatmullRom", draw.CatmullRom}} {
			dst := image.NewRGBA(image.Rect(0, 0, 295, 413))
			n := 20
			start := time.Now()
			for i := 0; i < n; i++ {
				f.s.Scale(dst, dst.Bounds(), ysrc, crop, draw.Src, nil)
			}
			el := time.Since(start) / time.Duration(n)
			d2 := image.NewRGBA(image.Rect(0, 0, 295, 413))
			f.s.Scale(d2, d2.Bounds(), src, crop, draw.Src, nil)
			d3 := image.NewRGBA(image.Rect(0, 0, 295, 413))
			f.s.Scale(d3, d3.Bounds(), stripes, crop, draw.Src, nil)
			fmt.Printf("%dx%d %-15s %8.2f ms/scale (from YCbCr)  portrait PSNR vs area %.1f dB  stripes PSNR vs area %.1f dB\n", sz[0], sz[1], f.name, float64(el.Microseconds())/1000, psnr(d2, ref), psnr(d3, sref))
		}
	}
}
