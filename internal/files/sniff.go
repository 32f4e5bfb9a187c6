package files

import (
	"bytes"
	"errors"
	"io"
)

// Kinds of content that Sniff recognises.
const (
	KindUnknown = ""
	KindJPEG    = "jpeg"
	KindPNG     = "png"
	KindPDF     = "pdf"
)

// SniffLen is how many leading bytes Sniff needs at most.
const SniffLen = 8

var (
	magicJPEG = []byte{0xFF, 0xD8, 0xFF}
	magicPNG  = []byte{0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'}
	magicPDF  = []byte("%PDF-")
)

// Sniff tells the kind of content from its first bytes (magic numbers), never
// from a file name or a declared type: JPEG (FF D8 FF), PNG (the 8-byte PNG
// signature) or PDF ("%PDF-" at offset 0). Anything else is KindUnknown.
// It only identifies the format; whether the rest is well-formed (a photo
// decodes, has the right dimensions) is for the caller to check.
func Sniff(head []byte) string {
	switch {
	case bytes.HasPrefix(head, magicJPEG):
		return KindJPEG
	case bytes.HasPrefix(head, magicPNG):
		return KindPNG
	case bytes.HasPrefix(head, magicPDF):
		return KindPDF
	}
	return KindUnknown
}

// ContentType is the media type to serve a kind with; an unknown kind is
// application/octet-stream.
func ContentType(kind string) string {
	switch kind {
	case KindJPEG:
		return "image/jpeg"
	case KindPNG:
		return "image/png"
	case KindPDF:
		return "application/pdf"
	}
	return "application/octet-stream"
}

// SniffReader reads the first SniffLen bytes of r (fewer if r is shorter),
// sniffs them, and returns a reader that yields the whole content again, to
// pass to Store.Put.
func SniffReader(r io.Reader) (kind string, whole io.Reader, err error) {
	head := make([]byte, SniffLen)
	n, err := io.ReadFull(r, head)
	if err != nil && !errors.Is(err, io.EOF) && !errors.Is(err, io.ErrUnexpectedEOF) {
		return KindUnknown, nil, err
	}
	head = head[:n]
	return Sniff(head), io.MultiReader(bytes.NewReader(head), r), nil
}
