// Package phototest generates synthetic ID photos and hand-made JPEG variants
// (EXIF orientation tags, padding, truncation, forged headers) for the tests
// and benchmarks of package photo. Nothing here is used in production.
package phototest

import (
	"bytes"
	"encoding/binary"
	"fmt"
	"image"
	"image/color"
	"image/jpeg"
	"math"
	"math/rand/v2"
)

// Options describe a synthetic head-and-shoulders portrait.
type Options struct {
	Width, Height int
	// Background is the backdrop colour; the zero value means near-white (250, 250, 250).
	Background color.RGBA
	// Gray turns the finished portrait into neutral grey (R = G = B).
	Gray bool
	// BlurSigma applies a Gaussian blur of that many pixels (of this image) at the end.
	BlurSigma float64
	// Texture is the amplitude of the per-pixel detail on the subject (skin pores,
	// hair strands, fabric); 0 means the default 12, a negative value none.
	Texture int
	// Markers paints three small squares in the corners: red top-left, green
	// top-right, blue bottom-left (upright), to recognise an orientation.
	Markers bool
	// Seed varies the noise; the same options give the same image.
	Seed uint64
}

// Portrait draws the upright portrait described by o: a backdrop with faint
// sensor noise, hair, a face with eyes and mouth, a neck, and shoulders in a
// jacket that reach the lower left and right edges.
func Portrait(o Options) *image.RGBA {
	w, h := o.Width, o.Height
	bg := o.Background
	if bg == (color.RGBA{}) {
		bg = color.RGBA{250, 250, 250, 255}
	}
	tex := o.Texture
	if tex == 0 {
		tex = 12
	} else if tex < 0 {
		tex = 0
	}
	rng := rand.New(rand.NewPCG(o.Seed, 0x9e3779b97f4a7c15))
	noise := func(a int) int {
		if a <= 0 {
			return 0
		}
		return rng.IntN(2*a+1) - a
	}
	img := image.NewRGBA(image.Rect(0, 0, w, h))
	fw, fh := float64(w), float64(h)
	// Geometry in pixels; the face is an ellipse, the hair a larger one behind it.
	cx, cy := 0.5*fw, 0.40*fh
	rx, ry := 0.24*fw, 0.22*fh
	hairRx, hairRy := 0.27*fw, 0.25*fh
	// Hair strands: a fixed random phase per column gives vertical streaks.
	strand := make([]int, w)
	for x := range strand {
		strand[x] = noise(3 * tex)
	}
	for y := 0; y < h; y++ {
		fy := float64(y) + 0.5
		for x := 0; x < w; x++ {
			fx := float64(x) + 0.5
			var r, g, b int
			dx, dy := (fx-cx)/rx, (fy-cy)/ry
			hx, hy := (fx-cx)/hairRx, (fy-(cy-0.02*fh))/hairRy
			inFace := dx*dx+dy*dy <= 1
			inHair := hx*hx+hy*hy <= 1 && fy < cy-0.05*fh
			u, v := fx/fw, fy/fh
			// Shoulders widen from the neck down to beyond both edges.
			halfW := 0.17 + (v-0.70)*1.9
			inShoulders := v > 0.70 && math.Abs(u-0.5) < halfW
			inNeck := v > 0.55 && v <= 0.74 && math.Abs(u-0.5) < 0.085
			switch {
			case inHair && !(inFace && fy > cy-0.16*fh):
				n := noise(tex) + strand[x]
				r, g, b = 45+n, 35+n, 28+n
			case inFace:
				n := noise(tex / 2)
				shade := int(20 * dx) // light from the left
				r, g, b = 228+n-shade, 182+n-shade, 152+n-shade
				// Eyes, brows and mouth.
				ex := math.Abs(math.Abs(fx-cx)-0.09*fw) / (0.040 * fw)
				ey := (fy - (cy - 0.02*fh)) / (0.013 * fh)
				if ex*ex+ey*ey <= 1 {
					r, g, b = 40+n, 30+n, 30+n
					if ex*ex+ey*ey <= 0.2 {
						r, g, b = 15, 12, 12
					}
				}
				by := (fy - (cy - 0.055*fh)) / (0.006 * fh)
				if ex <= 1.2 && by*by <= 1 {
					r, g, b = 60+n, 45+n, 35+n
				}
				mx := (fx - cx) / (0.07 * fw)
				my := (fy - (cy + 0.11*fh)) / (0.014 * fh)
				if mx*mx+my*my <= 1 {
					r, g, b = 185+n, 85+n, 85+n
				}
			case inShoulders:
				// A navy jacket with a diagonal weave and a white shirt collar.
				n := noise(tex)
				weave := 0
				if (x+y)%6 < 3 {
					weave = 8
				}
				r, g, b = 38+n+weave, 48+n+weave, 92+n+weave
				if math.Abs(u-0.5) < 0.06+(v-0.70)*0.5 && v < 0.86 {
					r, g, b = 235+n/2, 235+n/2, 238+n/2
				}
			case inNeck:
				n := noise(tex / 2)
				r, g, b = 212+n, 165+n, 138+n
			default:
				n := noise(2)
				r, g, b = int(bg.R)+n, int(bg.G)+n, int(bg.B)+n
			}
			i := img.PixOffset(x, y)
			img.Pix[i+0] = clamp8(r)
			img.Pix[i+1] = clamp8(g)
			img.Pix[i+2] = clamp8(b)
			img.Pix[i+3] = 255
		}
	}
	if o.Markers {
		s := max(4, w/25)
		fill(img, image.Rect(0, 0, s, s), color.RGBA{230, 20, 20, 255})
		fill(img, image.Rect(w-s, 0, w, s), color.RGBA{20, 200, 20, 255})
		fill(img, image.Rect(0, h-s, s, h), color.RGBA{20, 20, 230, 255})
	}
	if o.BlurSigma > 0 {
		img = Blur(img, o.BlurSigma)
	}
	if o.Gray {
		for i := 0; i < len(img.Pix); i += 4 {
			y, _, _ := color.RGBToYCbCr(img.Pix[i], img.Pix[i+1], img.Pix[i+2])
			img.Pix[i], img.Pix[i+1], img.Pix[i+2] = y, y, y
		}
	}
	return img
}

func fill(img *image.RGBA, r image.Rectangle, c color.RGBA) {
	for y := r.Min.Y; y < r.Max.Y; y++ {
		for x := r.Min.X; x < r.Max.X; x++ {
			img.SetRGBA(x, y, c)
		}
	}
}

func clamp8(v int) uint8 {
	if v < 0 {
		return 0
	}
	if v > 255 {
		return 255
	}
	return uint8(v)
}

// Blur returns img convolved with a Gaussian of standard deviation sigma
// pixels (separable, edges clamped).
func Blur(img *image.RGBA, sigma float64) *image.RGBA {
	rad := int(math.Ceil(3 * sigma))
	k := make([]float64, 2*rad+1)
	var sum float64
	for i := range k {
		d := float64(i - rad)
		k[i] = math.Exp(-d * d / (2 * sigma * sigma))
		sum += k[i]
	}
	for i := range k {
		k[i] /= sum
	}
	b := img.Bounds()
	w, h := b.Dx(), b.Dy()
	tmp := make([]float64, w*h*3)
	for y := 0; y < h; y++ {
		for x := 0; x < w; x++ {
			var acc [3]float64
			for i, kv := range k {
				sx := min(max(x+i-rad, 0), w-1)
				p := img.PixOffset(b.Min.X+sx, b.Min.Y+y)
				acc[0] += kv * float64(img.Pix[p])
				acc[1] += kv * float64(img.Pix[p+1])
				acc[2] += kv * float64(img.Pix[p+2])
			}
			copy(tmp[(y*w+x)*3:], acc[:])
		}
	}
	out := image.NewRGBA(image.Rect(0, 0, w, h))
	for y := 0; y < h; y++ {
		for x := 0; x < w; x++ {
			var acc [3]float64
			for i, kv := range k {
				sy := min(max(y+i-rad, 0), h-1)
				t := (sy*w + x) * 3
				acc[0] += kv * tmp[t]
				acc[1] += kv * tmp[t+1]
				acc[2] += kv * tmp[t+2]
			}
			p := out.PixOffset(x, y)
			out.Pix[p] = clamp8(int(math.Round(acc[0])))
			out.Pix[p+1] = clamp8(int(math.Round(acc[1])))
			out.Pix[p+2] = clamp8(int(math.Round(acc[2])))
			out.Pix[p+3] = 255
		}
	}
	return out
}

// Encode encodes img as a baseline JPEG (4:2:0, no metadata) at quality q.
func Encode(img image.Image, q int) []byte {
	var buf bytes.Buffer
	if err := jpeg.Encode(&buf, img, &jpeg.Options{Quality: q}); err != nil {
		panic(err)
	}
	return buf.Bytes()
}

// Stored returns the pixels a camera stores for an upright picture when it
// tags them with the EXIF orientation o, so that a viewer applying the tag
// shows upright again. It follows the TIFF 6.0 / EXIF wording of the tag
// ("the 0th row represents the visual right-hand side, the 0th column the
// visual top", …): stored pixel (x, y) is displayed at upright (u, v).
func Stored(upright image.Image, o int) *image.RGBA {
	b := upright.Bounds()
	W, H := b.Dx(), b.Dy()
	sw, sh := W, H
	if o >= 5 {
		sw, sh = H, W
	}
	out := image.NewRGBA(image.Rect(0, 0, sw, sh))
	for y := 0; y < sh; y++ {
		for x := 0; x < sw; x++ {
			var u, v int
			switch o {
			case 1:
				u, v = x, y
			case 2: // 0th row top, 0th column right
				u, v = sw-1-x, y
			case 3: // 0th row bottom, 0th column right
				u, v = sw-1-x, sh-1-y
			case 4: // 0th row bottom, 0th column left
				u, v = x, sh-1-y
			case 5: // 0th row left, 0th column top
				u, v = y, x
			case 6: // 0th row right, 0th column top
				u, v = sh-1-y, x
			case 7: // 0th row right, 0th column bottom
				u, v = sh-1-y, sw-1-x
			case 8: // 0th row left, 0th column bottom
				u, v = y, sw-1-x
			default:
				panic(fmt.Sprintf("orientation %d", o))
			}
			out.Set(x, y, upright.At(b.Min.X+u, b.Min.Y+v))
		}
	}
	return out
}

// EXIF builds an APP1 payload ("Exif\0\0" and a TIFF structure) whose IFD0
// holds Make, Orientation (SHORT) and Software, in the given byte order.
func EXIF(orientation int, bigEndian bool) []byte {
	var bo binary.ByteOrder = binary.LittleEndian
	hdr := []byte("II*\x00")
	if bigEndian {
		bo = binary.BigEndian
		hdr = []byte("MM\x00*")
	}
	const entries = 3
	ifdLen := 2 + 12*entries + 4
	dataOff := 8 + ifdLen
	make1 := []byte("Camera\x00")
	soft := []byte("phototest 1.0\x00")
	t := make([]byte, dataOff+len(make1)+len(soft))
	copy(t, hdr)
	bo.PutUint32(t[4:], 8)
	bo.PutUint16(t[8:], entries)
	e := t[10:]
	put := func(i int, tag, typ uint16, count, value uint32) {
		bo.PutUint16(e[12*i:], tag)
		bo.PutUint16(e[12*i+2:], typ)
		bo.PutUint32(e[12*i+4:], count)
		bo.PutUint32(e[12*i+8:], value)
	}
	put(0, 0x010F, 2, uint32(len(make1)), uint32(dataOff))
	put(1, 0x0112, 3, 1, 0)
	bo.PutUint16(e[12+8:], uint16(orientation)) // SHORT value left-justified in the field
	put(2, 0x0131, 2, uint32(len(soft)), uint32(dataOff+len(make1)))
	copy(t[dataOff:], make1)
	copy(t[dataOff+len(make1):], soft)
	return append([]byte("Exif\x00\x00"), t...)
}

// WithSegment inserts a marker segment (APPn, COM, …) with the payload right
// after SOI.
func WithSegment(jpg []byte, marker byte, payload []byte) []byte {
	if len(payload)+2 > 0xFFFF {
		panic("segment too long")
	}
	seg := []byte{0xFF, marker, byte((len(payload) + 2) >> 8), byte(len(payload) + 2)}
	seg = append(seg, payload...)
	out := append([]byte{}, jpg[:2]...)
	out = append(out, seg...)
	return append(out, jpg[2:]...)
}

// WithEXIFOrientation tags a JPEG with an EXIF orientation.
func WithEXIFOrientation(jpg []byte, o int, bigEndian bool) []byte {
	return WithSegment(jpg, 0xE1, EXIF(o, bigEndian))
}

// PadTo inserts COM segments after SOI until the file is exactly total bytes.
func PadTo(jpg []byte, total int) []byte {
	out := jpg
	for len(out) < total {
		need := total - len(out) // bytes still to add, 4 of them per segment header
		n := min(need-4, 0xFFFF-2)
		if need-4-n > 0 && need-4-n < 4 { // keep the remainder large enough for one more segment
			n -= 4
		}
		if n < 0 {
			panic(fmt.Sprintf("cannot pad %d bytes to %d", len(jpg), total))
		}
		out = WithSegment(out, 0xFE, bytes.Repeat([]byte{'p'}, n))
	}
	if len(out) != total {
		panic(fmt.Sprintf("padded to %d, want %d", len(out), total))
	}
	return out
}

// Bomb returns a small, otherwise valid JPEG whose frame header (SOF0)
// claims w×h pixels: decoding it in full would allocate w×h×1.5 bytes.
func Bomb(w, h int) []byte {
	small := image.NewRGBA(image.Rect(0, 0, 16, 16))
	for i := range small.Pix {
		small.Pix[i] = 200
	}
	jpg := Encode(small, 90)
	i := bytes.Index(jpg, []byte{0xFF, 0xC0})
	if i < 0 {
		panic("no SOF0")
	}
	// FF C0, length (2), precision (1), height (2), width (2).
	binary.BigEndian.PutUint16(jpg[i+5:], uint16(h))
	binary.BigEndian.PutUint16(jpg[i+7:], uint16(w))
	return jpg
}
