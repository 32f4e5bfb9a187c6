package files

import (
	"io"
	"net/http"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"
)

// DefaultMaxAge is how long a browser may keep a served file, unless the
// options say otherwise. It is shorter than DefaultURLTTL: a cached copy
// should not outlive the URL that fetched it by much.
const DefaultMaxAge = time.Minute

// ServeOptions say how to deliver one file.
type ServeOptions struct {
	// ContentType is the media type found by Sniff at upload time (see
	// ContentType), never the one the client declared. Empty means
	// application/octet-stream.
	ContentType string
	// Filename is the name a browser offers when saving; it may be Chinese.
	// Path separators and control characters are dropped.
	Filename string
	// Attachment makes the browser download instead of display: documents.
	// Photos are shown inline. Anything but JPEG and PNG is always sent as
	// an attachment, whatever this says.
	Attachment bool
	// MaxAge is the Cache-Control max-age; 0 means DefaultMaxAge.
	MaxAge time.Duration
}

// inlineTypes are the only types ever shown inline.
var inlineTypes = map[string]bool{"image/jpeg": true, "image/png": true}

// Serve writes one stored file as the answer to r (GET or HEAD; anything else
// is 405). It sets Content-Type, X-Content-Type-Options: nosniff, a
// Content-Security-Policy that forbids everything (in case some content is
// ever rendered), Cache-Control: private with a short max-age,
// Content-Disposition, and the checksum as a strong ETag; http.ServeContent
// then answers conditional requests (If-None-Match → 304) and ranges (206).
// The caller has authorized the request and opened content; it closes it.
func Serve(w http.ResponseWriter, r *http.Request, content io.ReadSeeker, obj Object, opt ServeOptions) {
	h := w.Header()
	if r.Method != http.MethodGet && r.Method != http.MethodHead {
		h.Set("Allow", "GET, HEAD")
		http.Error(w, http.StatusText(http.StatusMethodNotAllowed), http.StatusMethodNotAllowed)
		return
	}
	ct := opt.ContentType
	if ct == "" {
		ct = "application/octet-stream"
	}
	disposition := "attachment"
	if !opt.Attachment && inlineTypes[ct] {
		disposition = "inline"
	}
	maxAge := opt.MaxAge
	if maxAge <= 0 {
		maxAge = DefaultMaxAge
	}
	h.Set("Content-Type", ct)
	h.Set("X-Content-Type-Options", "nosniff")
	h.Set("Content-Security-Policy", "default-src 'none'; sandbox")
	h.Set("Cache-Control", "private, max-age="+strconv.FormatInt(int64(maxAge/time.Second), 10))
	h.Set("Content-Disposition", ContentDisposition(disposition, opt.Filename))
	if ValidSum(obj.Sum) {
		h.Set("ETag", `"`+obj.Sum+`"`)
	}
	http.ServeContent(w, r, "", time.Time{}, content)
}

// maxFilenameBytes bounds the name put into Content-Disposition.
const maxFilenameBytes = 200

// ContentDisposition makes a Content-Disposition value: disposition
// ("inline" or "attachment") with the file name both as an ASCII fallback,
// other characters replaced by _, and in full as RFC 8187 UTF-8:
//
//	attachment; filename="___.pdf"; filename*=UTF-8''%E5%87%86%E8%80%83%E8%AF%81.pdf
//
// An empty name gives the bare disposition.
func ContentDisposition(disposition, filename string) string {
	name := cleanFilename(filename)
	if name == "" {
		return disposition
	}
	var b strings.Builder
	b.WriteString(disposition)
	b.WriteString(`; filename="`)
	for _, r := range name {
		if r >= 0x20 && r < 0x7f && r != '"' && r != '\\' && r != '%' {
			b.WriteRune(r)
		} else {
			b.WriteByte('_')
		}
	}
	b.WriteString(`"; filename*=UTF-8''`)
	const hexDigits = "0123456789ABCDEF"
	for i := 0; i < len(name); i++ {
		c := name[i]
		if isAttrChar(c) {
			b.WriteByte(c)
		} else {
			b.WriteByte('%')
			b.WriteByte(hexDigits[c>>4])
			b.WriteByte(hexDigits[c&0x0f])
		}
	}
	return b.String()
}

// cleanFilename keeps the last path element, drops control characters and
// invalid UTF-8, trims spaces and dots at the ends and bounds the length.
func cleanFilename(name string) string {
	if i := strings.LastIndexAny(name, `/\`); i >= 0 {
		name = name[i+1:]
	}
	name = strings.ToValidUTF8(name, "")
	name = strings.Map(func(r rune) rune {
		if r < 0x20 || r == 0x7f || (r >= 0x80 && r < 0xa0) || r == '\u2028' || r == '\u2029' {
			return -1
		}
		return r
	}, name)
	name = strings.Trim(name, " .")
	if len(name) > maxFilenameBytes {
		cut := maxFilenameBytes
		for cut > 0 && !utf8.RuneStart(name[cut]) {
			cut--
		}
		name = name[:cut]
	}
	return name
}

// isAttrChar is RFC 8187's attr-char: the bytes allowed unescaped in an
// extended parameter value.
func isAttrChar(c byte) bool {
	switch {
	case c >= 'a' && c <= 'z', c >= 'A' && c <= 'Z', c >= '0' && c <= '9':
		return true
	}
	return strings.IndexByte("!#$&+-.^_`|~", c) >= 0
}
