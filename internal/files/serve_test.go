package files

import (
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"
)

func serve(t *testing.T, req *http.Request, body string, opt ServeOptions) *httptest.ResponseRecorder {
	t.Helper()
	w := httptest.NewRecorder()
	Serve(w, req, strings.NewReader(body), Object{Sum: sumOf([]byte(body)), Size: int64(len(body))}, opt)
	return w
}

func TestServePhotoInline(t *testing.T) {
	body := "\xFF\xD8\xFF\xE0 fake jpeg"
	w := serve(t, httptest.NewRequest("GET", "/files/FL01", nil), body,
		ServeOptions{ContentType: "image/jpeg", Filename: "photo.jpg"})
	if w.Code != http.StatusOK || w.Body.String() != body {
		t.Fatalf("status %d body %q", w.Code, w.Body.String())
	}
	want := map[string]string{
		"Content-Type":            "image/jpeg",
		"X-Content-Type-Options":  "nosniff",
		"Cache-Control":           "private, max-age=60",
		"Content-Disposition":     `inline; filename="photo.jpg"; filename*=UTF-8''photo.jpg`,
		"ETag":                    `"` + sumOf([]byte(body)) + `"`,
		"Content-Security-Policy": "default-src 'none'; sandbox",
		"Accept-Ranges":           "bytes",
	}
	for k, v := range want {
		if got := w.Header().Get(k); got != v {
			t.Errorf("%s = %q, want %q", k, got, v)
		}
	}
}

func TestServeDocumentAttachment(t *testing.T) {
	w := serve(t, httptest.NewRequest("GET", "/files/FL02", nil), "%PDF-1.4",
		ServeOptions{ContentType: "application/pdf", Filename: "居住证 2026.pdf", Attachment: true, MaxAge: 30 * time.Second})
	if got, want := w.Header().Get("Content-Disposition"),
		`attachment; filename="___ 2026.pdf"; filename*=UTF-8''%E5%B1%85%E4%BD%8F%E8%AF%81%202026.pdf`; got != want {
		t.Errorf("Content-Disposition = %q, want %q", got, want)
	}
	if got := w.Header().Get("Cache-Control"); got != "private, max-age=30" {
		t.Errorf("Cache-Control = %q", got)
	}
	if got := w.Header().Get("Content-Type"); got != "application/pdf" {
		t.Errorf("Content-Type = %q", got)
	}
}

func TestServeForcesAttachmentForNonImages(t *testing.T) {
	for _, ct := range []string{"application/pdf", "text/html", "image/svg+xml", ""} {
		w := serve(t, httptest.NewRequest("GET", "/f", nil), "x", ServeOptions{ContentType: ct, Attachment: false})
		if got := w.Header().Get("Content-Disposition"); got != "attachment" {
			t.Errorf("%q: Content-Disposition = %q, want attachment", ct, got)
		}
	}
	w := serve(t, httptest.NewRequest("GET", "/f", nil), "x", ServeOptions{})
	if got := w.Header().Get("Content-Type"); got != "application/octet-stream" {
		t.Errorf("no content type: got %q", got)
	}
	// Photos can be attachments when asked.
	w = serve(t, httptest.NewRequest("GET", "/f", nil), "x", ServeOptions{ContentType: "image/png", Attachment: true})
	if got := w.Header().Get("Content-Disposition"); got != "attachment" {
		t.Errorf("png attachment: %q", got)
	}
}

func TestServeConditionalAndRange(t *testing.T) {
	body := "0123456789"
	etag := `"` + sumOf([]byte(body)) + `"`
	opt := ServeOptions{ContentType: "image/png"}

	req := httptest.NewRequest("GET", "/f", nil)
	req.Header.Set("If-None-Match", etag)
	if w := serve(t, req, body, opt); w.Code != http.StatusNotModified || w.Body.Len() != 0 {
		t.Errorf("If-None-Match: status %d, body %q", w.Code, w.Body.String())
	}

	req = httptest.NewRequest("GET", "/f", nil)
	req.Header.Set("If-None-Match", `"other"`)
	if w := serve(t, req, body, opt); w.Code != http.StatusOK {
		t.Errorf("If-None-Match other: status %d", w.Code)
	}

	req = httptest.NewRequest("GET", "/f", nil)
	req.Header.Set("Range", "bytes=2-5")
	w := serve(t, req, body, opt)
	if w.Code != http.StatusPartialContent || w.Body.String() != "2345" || w.Header().Get("Content-Range") != "bytes 2-5/10" {
		t.Errorf("Range: status %d body %q range %q", w.Code, w.Body.String(), w.Header().Get("Content-Range"))
	}

	// If-Range with a stale validator sends the whole file.
	req = httptest.NewRequest("GET", "/f", nil)
	req.Header.Set("Range", "bytes=2-5")
	req.Header.Set("If-Range", `"stale"`)
	if w := serve(t, req, body, opt); w.Code != http.StatusOK || w.Body.String() != body {
		t.Errorf("If-Range stale: status %d body %q", w.Code, w.Body.String())
	}
}

func TestServeMethods(t *testing.T) {
	w := serve(t, httptest.NewRequest("HEAD", "/f", nil), "abc", ServeOptions{ContentType: "image/png"})
	if w.Code != http.StatusOK || w.Body.Len() != 0 || w.Header().Get("Content-Length") != "3" {
		t.Errorf("HEAD: status %d body %q length %q", w.Code, w.Body.String(), w.Header().Get("Content-Length"))
	}
	for _, m := range []string{"POST", "PUT", "DELETE"} {
		w := serve(t, httptest.NewRequest(m, "/f", nil), "abc", ServeOptions{ContentType: "image/png"})
		if w.Code != http.StatusMethodNotAllowed || w.Header().Get("Allow") != "GET, HEAD" {
			t.Errorf("%s: status %d allow %q", m, w.Code, w.Header().Get("Allow"))
		}
		if strings.Contains(w.Body.String(), "abc") {
			t.Errorf("%s: content leaked", m)
		}
	}
}

func TestContentDisposition(t *testing.T) {
	tests := []struct{ name, want string }{
		{"", "attachment"},
		{"   ", "attachment"},
		{"report.pdf", `attachment; filename="report.pdf"; filename*=UTF-8''report.pdf`},
		{`a"b\c.pdf`, `attachment; filename="c.pdf"; filename*=UTF-8''c.pdf`},
		{`he said "hi".pdf`, `attachment; filename="he said _hi_.pdf"; filename*=UTF-8''he%20said%20%22hi%22.pdf`},
		{"../../etc/passwd", `attachment; filename="passwd"; filename*=UTF-8''passwd`},
		{"C:\\Users\\x\\证明.pdf", `attachment; filename="__.pdf"; filename*=UTF-8''%E8%AF%81%E6%98%8E.pdf`},
		{"evil\r\nSet-Cookie: a=b.pdf", `attachment; filename="evilSet-Cookie: a=b.pdf"; filename*=UTF-8''evilSet-Cookie%3A%20a%3Db.pdf`},
		{"100%.pdf", `attachment; filename="100_.pdf"; filename*=UTF-8''100%25.pdf`},
		{"bad\xffutf8.pdf", `attachment; filename="badutf8.pdf"; filename*=UTF-8''badutf8.pdf`},
		{"..", "attachment"},
	}
	for _, tt := range tests {
		got := ContentDisposition("attachment", tt.name)
		if got != tt.want {
			t.Errorf("ContentDisposition(%q) = %q, want %q", tt.name, got, tt.want)
		}
		if strings.ContainsAny(got, "\r\n") {
			t.Errorf("ContentDisposition(%q) has a line break", tt.name)
		}
	}
	// Long names are cut at a character boundary.
	long := strings.Repeat("证", 100) // 300 bytes
	got := cleanFilename(long)
	if len(got) > maxFilenameBytes || len(got)%3 != 0 || !strings.HasPrefix(long, got) {
		t.Errorf("long name cut badly: %d bytes", len(got))
	}
}
