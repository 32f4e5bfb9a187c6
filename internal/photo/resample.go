package photo

import (
	"image"
	"math"
)

// The resampler of Normalize: separable Catmull-Rom (a = −0.5) on each
// 8-bit plane of a Y′CbCr image, the kernel widened by the reduction factor
// so that a large source is low-pass filtered rather than sampled (the
// method of Pillow's resize), with precomputed fixed-point weights and, for
// reductions of 3× or more, a block average first. It gives the same image
// as golang.org/x/image/draw.CatmullRom (TestResampleMatchesXImageCatmullRom)
// several times faster, because it works on the Y′CbCr planes as decoded —
// no conversion to RGBA and back before encoding — in integers.
// draw.ApproxBiLinear is as fast but samples a 1200×1600 source instead of
// filtering it: fine hair and fabric alias (BenchmarkResample and
// TestResampleAliasing have the figures).

const weightBits = 14

// axis holds, for each output sample, the first source sample and taps
// weights (fixed-point, summing to 1<<weightBits).
type axis struct {
	first []int
	taps  int
	w     []int32
}

func catmullRom(x float64) float64 {
	x = math.Abs(x)
	switch {
	case x < 1:
		return (1.5*x-2.5)*x*x + 1
	case x < 2:
		return ((-0.5*x+2.5)*x-4)*x + 2
	}
	return 0
}

// newAxis computes the weights of n output samples whose centres are at
// source positions off + (i+½)·step (in samples, 0 at the left edge of the
// first source sample) over a source of srcLen samples; taps falling outside
// are clamped to the edge samples.
func newAxis(srcLen int, off, step float64, n int) axis {
	scale := max(step, 1)
	support := 2 * scale
	kt := int(math.Ceil(2*support)) + 1 // kernel taps
	taps := min(kt, srcLen)             // stored taps, all inside the source
	a := axis{first: make([]int, n), taps: taps, w: make([]int32, n*taps)}
	ws := make([]float64, kt)
	acc := make([]float64, taps)
	for i := 0; i < n; i++ {
		c := off + (float64(i)+0.5)*step
		first := int(math.Floor(c - support))
		var sum float64
		for t := range ws {
			ws[t] = catmullRom((float64(first+t) + 0.5 - c) / scale)
			sum += ws[t]
		}
		// Fold taps outside the source onto the edge samples, normalise, and
		// round to fixed point with an exact unity gain.
		lo := max(0, min(first, srcLen-taps))
		a.first[i] = lo
		clear(acc)
		for t, wt := range ws {
			acc[min(max(first+t, 0), srcLen-1)-lo] += wt / sum
		}
		fw := a.w[i*taps : (i+1)*taps]
		var total int32
		best := 0
		for t, v := range acc {
			fw[t] = int32(math.Round(v * (1 << weightBits)))
			total += fw[t]
			if v > acc[best] {
				best = t
			}
		}
		fw[best] += 1<<weightBits - total
	}
	return a
}

func clampByte(v int32) byte {
	v = (v + 1<<(weightBits-1)) >> weightBits
	if v < 0 {
		return 0
	}
	if v > 255 {
		return 255
	}
	return byte(v)
}

// resamplePlane resamples an 8-bit plane (srcW×srcH, stride) to dstW×dstH
// with the horizontal and vertical axes given.
func resamplePlane(src []byte, stride, srcW, srcH int, h, v axis, dstW, dstH int) []byte {
	// Horizontal pass over the source rows the vertical pass needs.
	r0, r1 := srcH, 0
	for _, f := range v.first {
		r0 = min(r0, f)
		r1 = max(r1, f+v.taps)
	}
	r1 = min(r1, srcH)
	tmp := make([]byte, dstW*(r1-r0))
	for y := r0; y < r1; y++ {
		row := src[y*stride : y*stride+srcW]
		out := tmp[(y-r0)*dstW : (y-r0+1)*dstW]
		for x := range out {
			w := h.w[x*h.taps : (x+1)*h.taps]
			s := row[h.first[x] : h.first[x]+len(w)]
			var acc int32
			for t, wt := range w {
				acc += wt * int32(s[t])
			}
			out[x] = clampByte(acc)
		}
	}
	// Vertical pass.
	dst := make([]byte, dstW*dstH)
	acc := make([]int32, dstW)
	for y := 0; y < dstH; y++ {
		clear(acc)
		first := v.first[y] - r0
		for t, wt := range v.w[y*v.taps : (y+1)*v.taps] {
			if wt == 0 {
				continue
			}
			row := tmp[(first+t)*dstW : (first+t+1)*dstW]
			for x, p := range row {
				acc[x] += wt * int32(p)
			}
		}
		out := dst[y*dstW : (y+1)*dstW]
		for x, a := range acc {
			out[x] = clampByte(a)
		}
	}
	return dst
}

// plane is an 8-bit sample plane whose samples each cover unitX×unitY
// pixels of the image (1×1 for luma, the subsampling for chroma), sample
// (0, 0) starting at pixel (0, 0).
type plane struct {
	pix          []byte
	stride, w, h int
	unitX, unitY int
}

// reduce averages k×k blocks of samples (the blocks at the right and bottom
// edges may be smaller).
func (p plane) reduce(k int) plane {
	w, h := (p.w+k-1)/k, (p.h+k-1)/k
	out := make([]byte, w*h)
	acc := make([]uint32, p.w) // column sums over the block's rows
	for y := 0; y < h; y++ {
		clear(acc)
		ya, yb := y*k, min((y+1)*k, p.h)
		for sy := ya; sy < yb; sy++ {
			for x, v := range p.pix[sy*p.stride : sy*p.stride+p.w] {
				acc[x] += uint32(v)
			}
		}
		rows := uint32(yb - ya)
		row := out[y*w : (y+1)*w]
		for x := range row {
			var s uint32
			cols := acc[x*k : min((x+1)*k, p.w)]
			for _, v := range cols {
				s += v
			}
			n := rows * uint32(len(cols))
			row[x] = byte((s + n/2) / n)
		}
	}
	return plane{out, w, w, h, p.unitX * k, p.unitY * k}
}

// resample returns the dw×dh samples, each covering du×du pixels of the
// destination, of the source rectangle r (in source pixels) scaled to
// stepX×stepY source pixels per destination pixel. A reduction by 4 or
// more first averages blocks of samples (as Pillow's reducing_gap = 2: the
// remaining Catmull-Rom reduction is at least 2, and the result is the
// same to the eye) to keep the kernel short.
func (p plane) resample(r image.Rectangle, stepX, stepY float64, du, dw, dh int) []byte {
	sx := float64(du) * stepX / float64(p.unitX)
	sy := float64(du) * stepY / float64(p.unitY)
	if k := int(min(sx, sy) / 1.5); k >= 2 {
		p = p.reduce(k)
		sx, sy = sx/float64(k), sy/float64(k)
	}
	h := newAxis(p.w, float64(r.Min.X)/float64(p.unitX), sx, dw)
	v := newAxis(p.h, float64(r.Min.Y)/float64(p.unitY), sy, dh)
	return resamplePlane(p.pix, p.stride, p.w, p.h, h, v, dw, dh)
}

// resizeYCbCr crops r out of an upright image (Y′CbCr of any subsampling,
// or grey, with its Rect at (0, 0) as decoded) and resamples it to a dw×dh
// 4:2:0 Y′CbCr image.
func resizeYCbCr(m image.Image, r image.Rectangle, dw, dh int) *image.YCbCr {
	if m.Bounds().Min != (image.Point{}) {
		r = r.Sub(m.Bounds().Min)
		m = to444(m)
	}
	out := image.NewYCbCr(image.Rect(0, 0, dw, dh), image.YCbCrSubsampleRatio420)
	cw, ch := (dw+1)/2, (dh+1)/2
	stepX := float64(r.Dx()) / float64(dw)
	stepY := float64(r.Dy()) / float64(dh)

	pix, stride, w, h := lumaPlane(m)
	out.Y = plane{pix, stride, w, h, 1, 1}.resample(r, stepX, stepY, 1, dw, dh)

	yc, ok := m.(*image.YCbCr)
	if !ok { // grey: neutral chroma
		for i := range out.Cb {
			out.Cb[i], out.Cr[i] = 128, 128
		}
		return out
	}
	sx, sy := chromaShift(yc.SubsampleRatio)
	cpw, cph := (w+sx-1)/sx, (h+sy-1)/sy
	out.Cb = plane{yc.Cb, yc.CStride, cpw, cph, sx, sy}.resample(r, stepX, stepY, 2, cw, ch)
	out.Cr = plane{yc.Cr, yc.CStride, cpw, cph, sx, sy}.resample(r, stepX, stepY, 2, cw, ch)
	return out
}
