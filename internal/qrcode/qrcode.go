// Package qrcode renders a payload (such as a TOTP otpauth:// URI) as a
// black-on-white PNG QR code for the login page.
//
// It uses github.com/yeqown/go-qrcode/v2 for the symbol and its standard
// writer module for drawing, entirely in memory.
package qrcode

import (
	"bytes"
	"errors"
	"fmt"
	"image"
	"image/draw"
	"image/png"
	"io"

	qr "github.com/yeqown/go-qrcode/v2"
	"github.com/yeqown/go-qrcode/writer/standard"
)

const (
	// QuietZone is the white margin around the symbol, in modules (ISO/IEC
	// 18004 requires 4).
	QuietZone = 4
	// MaxSize bounds sizePx (an image of MaxSize² pixels is 16 MiB of RGBA
	// while drawing).
	MaxSize = 2048
)

// Errors of PNG.
var (
	ErrEmpty   = errors.New("qrcode: empty payload")
	ErrBadSize = fmt.Errorf("qrcode: size must be between 1 and %d pixels", MaxSize)
	// ErrTooSmall: the size leaves less than one pixel per module.
	ErrTooSmall = errors.New("qrcode: size too small for this payload")
)

// PNG encodes payload (in byte mode, error correction level M) and returns
// a PNG of exactly sizePx × sizePx pixels: the largest whole number of
// pixels per module that fits, with a quiet zone of at least QuietZone
// modules (the pixels left over widen it). The output is deterministic. A
// payload beyond the capacity of a version 40 symbol (2331 bytes at level
// M) returns an error, as does a sizePx with less than one pixel a module.
func PNG(payload string, sizePx int) ([]byte, error) {
	if payload == "" {
		return nil, ErrEmpty
	}
	if sizePx < 1 || sizePx > MaxSize {
		return nil, ErrBadSize
	}
	code, err := qr.NewWith(payload,
		// Byte mode always: UTF-8 as is, read the same by every scanner.
		// (Auto mode only saves space for all-digit or upper-case text.)
		qr.WithEncodingMode(qr.EncModeByte),
		qr.WithErrorCorrectionLevel(qr.ErrorCorrectionMedium),
	)
	if err != nil {
		return nil, fmt.Errorf("qrcode: encoding payload of %d bytes: %w", len(payload), err)
	}

	modules := code.Dimension() + 2*QuietZone
	block := sizePx / modules
	if block < 1 {
		return nil, fmt.Errorf("%w: %d modules need at least %d pixels, got %d", ErrTooSmall, modules, modules, sizePx)
	}
	// block <= MaxSize/(21+8) < 256, so it fits WithQRWidth's uint8.
	extra := sizePx - modules*block
	lead := QuietZone*block + extra/2
	trail := QuietZone*block + extra - extra/2

	var buf bytes.Buffer
	w := standard.NewWithWriter(nopCloser{&buf},
		standard.WithQRWidth(uint8(block)),
		standard.WithBorderWidth(lead, trail, trail, lead), // top, right, bottom, left
		standard.WithCustomImageEncoder(grayPNG{}),
	)
	if err := code.Save(w); err != nil {
		return nil, fmt.Errorf("qrcode: drawing: %w", err)
	}
	return buf.Bytes(), nil
}

// nopCloser lets the standard writer, which closes what it writes to,
// write into a bytes.Buffer.
type nopCloser struct{ io.Writer }

func (nopCloser) Close() error { return nil }

// grayPNG writes the drawn RGBA image as 8-bit grayscale with best
// compression: a quarter of the pixel data, and a much smaller file.
type grayPNG struct{}

func (grayPNG) Encode(w io.Writer, img image.Image) error {
	gray := image.NewGray(img.Bounds())
	draw.Draw(gray, gray.Bounds(), img, img.Bounds().Min, draw.Src)
	enc := png.Encoder{CompressionLevel: png.BestCompression}
	return enc.Encode(w, gray)
}
