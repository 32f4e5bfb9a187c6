package photo

import (
	"image"
	"math"
)

// lumaPlane returns the luma samples of an upright image (a *image.YCbCr or
// *image.Gray from uprightImage): pixel (x, y) is pix[y*stride+x].
func lumaPlane(m image.Image) (pix []byte, stride, w, h int) {
	switch m := m.(type) {
	case *image.YCbCr:
		b := m.Rect
		return m.Y[m.YOffset(b.Min.X, b.Min.Y):], m.YStride, b.Dx(), b.Dy()
	case *image.Gray:
		b := m.Rect
		return m.Pix[m.PixOffset(b.Min.X, b.Min.Y):], m.Stride, b.Dx(), b.Dy()
	}
	panic("photo: unexpected image type")
}

// chromaSq is the squared chroma (distance from neutral) of a Cb, Cr pair.
func chromaSq(cb, cr byte) int {
	db, dr := int(cb)-128, int(cr)-128
	return db*db + dr*dr
}

// colorFraction is the fraction of chroma samples whose chroma is at least
// ColorChromaMin; 0 for a grey image.
func colorFraction(m image.Image) float64 {
	y, ok := m.(*image.YCbCr)
	if !ok {
		return 0
	}
	sx, sy := chromaShift(y.SubsampleRatio)
	r := y.Rect
	cx0, cx1 := r.Min.X/sx, (r.Max.X+sx-1)/sx
	cy0, cy1 := r.Min.Y/sy, (r.Max.Y+sy-1)/sy
	const t = ColorChromaMin * ColorChromaMin
	n, total := 0, (cx1-cx0)*(cy1-cy0)
	for cy := cy0; cy < cy1; cy++ {
		row := (cy - cy0) * y.CStride
		cb, cr := y.Cb[row:row+cx1-cx0], y.Cr[row:row+cx1-cx0]
		for i := range cb {
			if chromaSq(cb[i], cr[i]) >= t {
				n++
			}
		}
	}
	if total == 0 {
		return 0
	}
	return float64(n) / float64(total)
}

// borderStrips are the upright rectangles the background is measured on.
func borderStrips(w, h int) []image.Rectangle {
	t := max(1, int(math.Round(BorderFraction*float64(h))))
	s := max(1, int(math.Round(BorderFraction*float64(w))))
	bottom := max(t, int(math.Round(SideStripBottom*float64(h))))
	return []image.Rectangle{
		image.Rect(0, 0, w, t),
		image.Rect(0, t, s, bottom),
		image.Rect(w-s, t, w, bottom),
	}
}

type background struct {
	meanLuma, meanChroma, nearWhite float64
}

func (b background) passed() bool {
	return b.meanLuma >= BackgroundMeanLumaMin && b.meanChroma <= BackgroundMeanChromaMax &&
		b.nearWhite >= NearWhiteFractionMin
}

// measureBackground measures the border strips of an upright image.
func measureBackground(m image.Image) background {
	pix, stride, w, h := lumaPlane(m)
	yc, _ := m.(*image.YCbCr)
	var lumaSum, chromaSum float64
	n, white := 0, 0
	for _, r := range borderStrips(w, h) {
		for y := r.Min.Y; y < r.Max.Y; y++ {
			row := pix[y*stride:]
			for x := r.Min.X; x < r.Max.X; x++ {
				l := row[x]
				c2 := 0
				if yc != nil {
					ci := yc.COffset(yc.Rect.Min.X+x, yc.Rect.Min.Y+y)
					c2 = chromaSq(yc.Cb[ci], yc.Cr[ci])
				}
				lumaSum += float64(l)
				chromaSum += math.Sqrt(float64(c2))
				if l >= NearWhiteLumaMin && c2 <= NearWhiteChromaMax*NearWhiteChromaMax {
					white++
				}
				n++
			}
		}
	}
	if n == 0 {
		return background{}
	}
	return background{lumaSum / float64(n), chromaSum / float64(n), float64(white) / float64(n)}
}

// boxResize resamples an 8-bit plane to dw×dh by averaging, for each
// destination sample, the source samples whose centres fall in its area
// (at least one: enlarging repeats samples).
func boxResize(src []byte, stride, sw, sh, dw, dh int) []byte {
	x0 := make([]int, dw+1)
	for x := range x0 {
		x0[x] = x * sw / dw
	}
	dst := make([]byte, dw*dh)
	acc := make([]uint32, sw)
	for y := 0; y < dh; y++ {
		ya, yb := y*sh/dh, (y+1)*sh/dh
		if yb <= ya {
			yb = ya + 1
		}
		clear(acc)
		for sy := ya; sy < yb; sy++ {
			row := src[sy*stride : sy*stride+sw]
			for x, v := range row {
				acc[x] += uint32(v)
			}
		}
		rows := uint32(yb - ya)
		out := dst[y*dw : (y+1)*dw]
		for x := range out {
			xa, xb := x0[x], x0[x+1]
			if xb <= xa {
				xb = xa + 1
			}
			var s uint32
			for _, v := range acc[xa:xb] {
				s += v
			}
			cnt := rows * uint32(xb-xa)
			out[x] = byte((s + cnt/2) / cnt)
		}
	}
	return dst
}

// sharpness is the variance of the 4-neighbour Laplacian of the luma plane
// of an upright image resampled to the standard size.
func sharpness(m image.Image) float64 {
	pix, stride, w, h := lumaPlane(m)
	const W, H = StandardWidth, StandardHeight
	p := boxResize(pix, stride, w, h, W, H)
	return laplacianVariance(p, W, H)
}

// laplacianVariance is the variance of 4·p(x,y) − its four neighbours over
// the interior of a w×h plane.
func laplacianVariance(p []byte, w, h int) float64 {
	var sum, sumSq int64
	for y := 1; y < h-1; y++ {
		up, row, down := p[(y-1)*w:y*w], p[y*w:(y+1)*w], p[(y+1)*w:(y+2)*w]
		for x := 1; x < w-1; x++ {
			l := 4*int64(row[x]) - int64(row[x-1]) - int64(row[x+1]) - int64(up[x]) - int64(down[x])
			sum += l
			sumSq += l * l
		}
	}
	n := float64((w - 2) * (h - 2))
	if n <= 0 {
		return 0
	}
	mean := float64(sum) / n
	return float64(sumSq)/n - mean*mean
}
