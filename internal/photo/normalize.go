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

// qualityLadder are the JPEG qualities Normalize tries in turn, from
// NormalizeQuality up, until the file is larger than MinFileSize: the saved
// photo is what candidates upload, so it must pass the file-size rule too.
// A smooth photo downscaled from a large source is 15–30 KB at quality 95
// (image/jpeg always subsamples chroma 4:2:0) and 30–55 KB at 100.
var qualityLadder = []int{NormalizeQuality, 97, 99, 100}

// paddingTag opens the COM segment that pads a photo still too small at
// quality 100 (a plain, smooth picture); the rest of the segment is spaces.
// It carries nothing about the person or the camera.
const paddingTag = "ruankao:padding"

// Normalize validates data and, when it passes, returns the photo to store:
// upright (EXIF orientation applied), the centre cropped to 295:413, scaled
// to 295×413 and encoded without metadata at the least quality of
// qualityLadder that makes the file larger than MinFileSize. A source that
// already is 295×413, upright and Y′CbCr is not re-encoded: its metadata
// segments are removed losslessly (see the package documentation), unless
// that leaves it at MinFileSize or less. The result passes Validate itself
// (checked); should it not, the answer is ErrNotValid with the result's
// report. A failing photo gives ErrNotValid with its report.
func Normalize(data []byte) (Normalized, Report, error) {
	a := analyze(data)
	if !a.report.Passed {
		return Normalized{}, a.report, ErrNotValid
	}
	if a.report.Orientation == 1 && a.ycbcr &&
		a.report.Width == StandardWidth && a.report.Height == StandardHeight {
		if out := stripMetadata(data, a.segs); len(out) > MinFileSize {
			if Validate(out).Passed {
				return normalized(out, false), a.report, nil
			}
		}
	}
	dst := resizeYCbCr(a.img, cropToStandard(a.img.Bounds()), StandardWidth, StandardHeight)
	yield()
	var out []byte
	for _, q := range qualityLadder {
		var buf bytes.Buffer
		buf.Grow(64 << 10)
		if err := jpeg.Encode(&buf, dst, &jpeg.Options{Quality: q}); err != nil {
			return Normalized{}, a.report, err
		}
		if out = buf.Bytes(); len(out) > MinFileSize {
			break
		}
	}
	out = padPast(out, MinFileSize)
	yield()
	if r := Validate(out); !r.Passed {
		return Normalized{}, r, ErrNotValid
	}
	return normalized(out, true), a.report, nil
}

// padPast makes jpg larger than limit bytes, when it is not, with one COM
// segment right after SOI: paddingTag, then spaces.
func padPast(jpg []byte, limit int) []byte {
	if len(jpg) > limit || len(jpg) < 2 {
		return jpg
	}
	n := limit + 1 - len(jpg) // bytes to add, marker and length included
	n = max(n, 4+len(paddingTag))
	payload := make([]byte, n-4) // FF FE and the 2-byte length
	copy(payload, paddingTag)
	for i := len(paddingTag); i < len(payload); i++ {
		payload[i] = ' '
	}
	seg := []byte{0xFF, mCOM, byte((len(payload) + 2) >> 8), byte(len(payload) + 2)}
	out := make([]byte, 0, len(jpg)+len(seg)+len(payload))
	out = append(out, jpg[:2]...)
	out = append(out, seg...)
	out = append(out, payload...)
	return append(out, jpg[2:]...)
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
