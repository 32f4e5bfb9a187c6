package photo

import (
	"image"
	"image/color"
)

// uprightDims are the displayed dimensions of a w×h stored image with
// EXIF orientation o: orientations 5–8 swap width and height.
func uprightDims(w, h, o int) (int, int) {
	if o >= 5 && o <= 8 {
		return h, w
	}
	return w, h
}

// orientStep says where upright row v starts in a stored plane (sw×sh,
// stride) and how the index moves from one upright column to the next:
// upright pixel (u, v) is stored pixel start+u*step.
//
//	1: (u, v)            2: (sw-1-u, v)       3: (sw-1-u, sh-1-v)  4: (u, sh-1-v)
//	5: (v, u)            6: (v, sh-1-u)       7: (sw-1-v, sh-1-u)  8: (sw-1-v, u)
func orientStep(o, v, sw, sh, stride int) (start, step int) {
	switch o {
	case 2:
		return v*stride + sw - 1, -1
	case 3:
		return (sh-1-v)*stride + sw - 1, -1
	case 4:
		return (sh - 1 - v) * stride, 1
	case 5:
		return v, stride
	case 6:
		return (sh-1)*stride + v, -stride
	case 7:
		return (sh-1)*stride + sw - 1 - v, -stride
	case 8:
		return sw - 1 - v, stride
	}
	return v * stride, 1
}

// orientPlane returns the upright copy (stride = upright width) of an
// 8-bit plane of sw×sh samples.
func orientPlane(src []byte, stride, sw, sh, o int) []byte {
	W, H := uprightDims(sw, sh, o)
	dst := make([]byte, W*H)
	for v := 0; v < H; v++ {
		i, step := orientStep(o, v, sw, sh, stride)
		row := dst[v*W : (v+1)*W]
		if step == 1 {
			copy(row, src[i:i+W])
			continue
		}
		for u := range row {
			row[u] = src[i]
			i += step
		}
	}
	return dst
}

// uprightImage turns a decoded JPEG into its displayed orientation, as a
// *image.YCbCr (any subsampling when o is 1, 4:4:4 otherwise) or, for a
// one-component JPEG, a *image.Gray. CMYK and RGB JPEGs become 4:4:4
// Y′CbCr.
func uprightImage(m image.Image, o int) image.Image {
	switch m := m.(type) {
	case *image.Gray:
		if o == 1 {
			return m
		}
		b := m.Bounds()
		pix := orientPlane(m.Pix[m.PixOffset(b.Min.X, b.Min.Y):], m.Stride, b.Dx(), b.Dy(), o)
		W, H := uprightDims(b.Dx(), b.Dy(), o)
		return &image.Gray{Pix: pix, Stride: W, Rect: image.Rect(0, 0, W, H)}
	case *image.YCbCr:
		if o == 1 {
			return m
		}
		return orientYCbCr(to444(m), o)
	}
	y := to444(m)
	if o == 1 {
		return y
	}
	return orientYCbCr(y, o)
}

// orientYCbCr orients a 4:4:4 image whose Rect starts at (0, 0).
func orientYCbCr(m *image.YCbCr, o int) *image.YCbCr {
	w, h := m.Rect.Dx(), m.Rect.Dy()
	W, H := uprightDims(w, h, o)
	return &image.YCbCr{
		Y:              orientPlane(m.Y, m.YStride, w, h, o),
		Cb:             orientPlane(m.Cb, m.CStride, w, h, o),
		Cr:             orientPlane(m.Cr, m.CStride, w, h, o),
		YStride:        W,
		CStride:        W,
		SubsampleRatio: image.YCbCrSubsampleRatio444,
		Rect:           image.Rect(0, 0, W, H),
	}
}

// chromaShift gives the subsampling factors of a Y′CbCr image.
func chromaShift(r image.YCbCrSubsampleRatio) (sx, sy int) {
	switch r {
	case image.YCbCrSubsampleRatio422:
		return 2, 1
	case image.YCbCrSubsampleRatio420:
		return 2, 2
	case image.YCbCrSubsampleRatio440:
		return 1, 2
	case image.YCbCrSubsampleRatio411:
		return 4, 1
	case image.YCbCrSubsampleRatio410:
		return 4, 2
	}
	return 1, 1
}

// to444 converts any decoded image to a 4:4:4 Y′CbCr image with its Rect at
// (0, 0), reading the pixel arrays of the types image/jpeg returns directly.
func to444(m image.Image) *image.YCbCr {
	b := m.Bounds()
	w, h := b.Dx(), b.Dy()
	out := image.NewYCbCr(image.Rect(0, 0, w, h), image.YCbCrSubsampleRatio444)
	switch m := m.(type) {
	case *image.YCbCr:
		sx, sy := chromaShift(m.SubsampleRatio)
		for y := 0; y < h; y++ {
			sy0 := b.Min.Y + y
			yi := m.YOffset(b.Min.X, sy0)
			crow := (sy0/sy - b.Min.Y/sy) * m.CStride
			o := y * out.YStride
			copy(out.Y[o:o+w], m.Y[yi:yi+w])
			for x := 0; x < w; x++ {
				ci := crow + (b.Min.X+x)/sx - b.Min.X/sx
				out.Cb[o+x] = m.Cb[ci]
				out.Cr[o+x] = m.Cr[ci]
			}
		}
	case *image.RGBA:
		for y := 0; y < h; y++ {
			p := m.Pix[m.PixOffset(b.Min.X, b.Min.Y+y):]
			o := y * out.YStride
			for x := 0; x < w; x++ {
				out.Y[o+x], out.Cb[o+x], out.Cr[o+x] = color.RGBToYCbCr(p[4*x], p[4*x+1], p[4*x+2])
			}
		}
	case *image.CMYK:
		for y := 0; y < h; y++ {
			p := m.Pix[m.PixOffset(b.Min.X, b.Min.Y+y):]
			o := y * out.YStride
			for x := 0; x < w; x++ {
				r, g, bb := color.CMYKToRGB(p[4*x], p[4*x+1], p[4*x+2], p[4*x+3])
				out.Y[o+x], out.Cb[o+x], out.Cr[o+x] = color.RGBToYCbCr(r, g, bb)
			}
		}
	default:
		for y := 0; y < h; y++ {
			o := y * out.YStride
			for x := 0; x < w; x++ {
				c := color.YCbCrModel.Convert(m.At(b.Min.X+x, b.Min.Y+y)).(color.YCbCr)
				out.Y[o+x], out.Cb[o+x], out.Cr[o+x] = c.Y, c.Cb, c.Cr
			}
		}
	}
	return out
}
