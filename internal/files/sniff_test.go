package files

import (
	"errors"
	"io"
	"strings"
	"testing"
)

func TestSniff(t *testing.T) {
	tests := []struct {
		name string
		head []byte
		want string
	}{
		{"jpeg jfif", []byte{0xFF, 0xD8, 0xFF, 0xE0, 0, 0x10, 'J', 'F'}, KindJPEG},
		{"jpeg exif", []byte{0xFF, 0xD8, 0xFF, 0xE1}, KindJPEG},
		{"jpeg minimal", []byte{0xFF, 0xD8, 0xFF}, KindJPEG},
		{"png", []byte{0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13}, KindPNG},
		{"pdf", []byte("%PDF-1.7\n%\xe2\xe3"), KindPDF},
		{"empty", nil, KindUnknown},
		{"jpeg truncated", []byte{0xFF, 0xD8}, KindUnknown},
		{"png truncated", []byte{0x89, 'P', 'N', 'G', '\r', '\n', 0x1A}, KindUnknown},
		{"png damaged by text-mode transfer", []byte{0x89, 'P', 'N', 'G', '\n', 0x1A, '\n', 0}, KindUnknown},
		{"pdf not at start", []byte(" %PDF-1.4"), KindUnknown},
		{"pdf lower case", []byte("%pdf-1.4"), KindUnknown},
		{"html", []byte("<html><script>"), KindUnknown},
		{"svg", []byte("<svg xmlns="), KindUnknown},
		{"gif", []byte("GIF89a"), KindUnknown},
		{"name is not content", []byte("photo.jpg"), KindUnknown},
	}
	for _, tt := range tests {
		if got := Sniff(tt.head); got != tt.want {
			t.Errorf("%s: Sniff = %q, want %q", tt.name, got, tt.want)
		}
	}
}

func TestContentType(t *testing.T) {
	for kind, want := range map[string]string{
		KindJPEG:    "image/jpeg",
		KindPNG:     "image/png",
		KindPDF:     "application/pdf",
		KindUnknown: "application/octet-stream",
		"html":      "application/octet-stream",
	} {
		if got := ContentType(kind); got != want {
			t.Errorf("ContentType(%q) = %q, want %q", kind, got, want)
		}
	}
}

func TestSniffReader(t *testing.T) {
	for _, content := range []string{"%PDF-1.4 body of the document", "%PDF-", "ab", ""} {
		kind, whole, err := SniffReader(strings.NewReader(content))
		if err != nil {
			t.Fatalf("%q: %v", content, err)
		}
		want := KindUnknown
		if strings.HasPrefix(content, "%PDF-") {
			want = KindPDF
		}
		if kind != want {
			t.Errorf("%q: kind %q, want %q", content, kind, want)
		}
		b, err := io.ReadAll(whole)
		if err != nil || string(b) != content {
			t.Errorf("%q: whole = %q, %v", content, b, err)
		}
	}
	boom := errors.New("boom")
	if _, _, err := SniffReader(io.MultiReader(strings.NewReader("%P"), errReader{boom})); !errors.Is(err, boom) {
		t.Errorf("read error = %v", err)
	}
}

type errReader struct{ err error }

func (e errReader) Read([]byte) (int, error) { return 0, e.err }
