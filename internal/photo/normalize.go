package photo

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"image"
	"image/jpeg"
)

// Normalized is the photo to store.
type Normalized struct {
	JPEG          []byte
	Width, Height int    // always 295×413
	SHA256        string // hex of JPEG
	// Reencoded is false when the upload already was a 295×413 upright
	// Y′CbCr JPEG and was kept as is, only without its metadata.
	Reencoded bool
}

// ErrNotValid is returned by Normalize for a photo that does not pass
// Validate; the report says why.
var ErrNotValid = errors.New("photo: the photo does not pass validation")

// Normalize validates data and, when it passes, returns the photo to store:
// upright (EXIF orientation applied), the centre cropped to 295:413, scaled
// to 295×413 and encoded at quality NormalizeQuality without metadata. A
// source that already is 295×413, upright and Y′CbCr is not re-encoded: its
// metadata segments are removed losslessly (see the package documentation).
// A failing photo gives ErrNotValid with its report.
func Normalize(data []byte) (Normalized, Report, error) {
	a := analyze(data)
	if !a.report.Passed {
		return Normalized{}, a.report, ErrNotValid
	}
	if a.report.Orientation == 1 && a.ycbcr &&
		a.report.Width == StandardWidth && a.report.Height == StandardHeight {
		out := stripMetadata(data, a.segs)
		return normalized(out, false), a.report, nil
	}
	dst := resizeYCbCr(a.img, cropToStandard(a.img.Bounds()), StandardWidth, StandardHeight)
	var buf bytes.Buffer
	buf.Grow(96 << 10)
	if err := jpeg.Encode(&buf, dst, &jpeg.Options{Quality: NormalizeQuality}); err != nil {
		return Normalized{}, a.report, err
	}
	return normalized(buf.Bytes(), true), a.report, nil
}

func normalized(b []byte, reencoded bool) Normalized {
	sum := sha256.Sum256(b)
	return Normalized{JPEG: b, Width: StandardWidth, Height: StandardHeight,
		SHA256: hex.EncodeToString(sum[:]), Reencoded: reencoded}
}

// cropToStandard is the largest centred rectangle of r with the 295:413
// aspect.
func cropToStandard(r image.Rectangle) image.Rectangle {
	w, h := r.Dx(), r.Dy()
	if w*StandardHeight > h*StandardWidth { // too wide: keep the full height
		cw := (h*StandardWidth + StandardHeight/2) / StandardHeight
		x0 := r.Min.X + (w-cw)/2
		return image.Rect(x0, r.Min.Y, x0+cw, r.Max.Y)
	}
	ch := (w*StandardHeight + StandardWidth/2) / StandardWidth
	y0 := r.Min.Y + (h-ch)/2
	return image.Rect(r.Min.X, y0, r.Max.X, y0+ch)
}
