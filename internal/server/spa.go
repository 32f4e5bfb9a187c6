package server

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"io/fs"
	"net/http"
	"path"
	"strings"
	"time"

	"github.com/ruankao/ruankao/internal/exports"
	"github.com/ruankao/ruankao/internal/files"
	"github.com/ruankao/ruankao/internal/payment"
	"github.com/ruankao/ruankao/internal/rights"
	"github.com/ruankao/ruankao/internal/scores"
	"github.com/ruankao/ruankao/internal/stats"
)

// PagePolicy is the Content-Security-Policy of the front ends' pages: only
// this origin's scripts, styles, fonts and API; images also from data: and
// blob: (QR codes, photo previews); never framed.
const PagePolicy = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data: blob:; " +
	"font-src 'self'; connect-src 'self'; frame-ancestors 'none'; base-uri 'none'; object-src 'none'; form-action 'self'"

// PlaygroundPath is where --dev serves the GraphQL playground.
const PlaygroundPath = "/playground"

// apiPrefixes are the server's own routes: a GET under one of them that no
// route took is a 404, never the app's index.html.
var apiPrefixes = []string{
	"/graphql", "/healthz", "/readyz", "/metrics", "/debug/", PlaygroundPath,
	files.PathPrefix, payment.NotifyPath, payment.ReceiptPath, stats.ReportPath, TicketPath, RoomTicketPath,
	SignInPath, scores.CertificatePath, exports.Path, rights.ExportPath,
}

// spaHandler serves the built front ends (web.Dist): files under assets/
// (content-hashed names) cached for a year, other files and index.html
// revalidated every time, and index.html for every other GET that is not a
// file (the app's own routes: /apply, /desk/…), so deep links and reloads work.
func spaHandler(dist fs.FS) (http.Handler, error) {
	type entry struct {
		body []byte
		etag string
	}
	entries := map[string]entry{}
	err := fs.WalkDir(dist, ".", func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		b, err := fs.ReadFile(dist, p)
		if err != nil {
			return err
		}
		sum := sha256.Sum256(b)
		entries["/"+p] = entry{body: b, etag: `"` + hex.EncodeToString(sum[:12]) + `"`}
		return nil
	})
	if err != nil {
		return nil, err
	}
	index, ok := entries["/index.html"]
	if !ok {
		index = entry{body: []byte("<!doctype html><title>ruankao</title><p>web/dist is empty: run npm --prefix web run build</p>"), etag: `"empty"`}
	}
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		h := w.Header()
		if r.Method != http.MethodGet && r.Method != http.MethodHead {
			h.Set("Allow", "GET, HEAD")
			http.Error(w, "method not allowed", http.StatusMethodNotAllowed)
			return
		}
		h.Set("X-Content-Type-Options", "nosniff")
		h.Set("Referrer-Policy", "no-referrer")
		p := path.Clean("/" + r.URL.Path)
		for _, prefix := range apiPrefixes {
			if p == strings.TrimSuffix(prefix, "/") || strings.HasPrefix(p, prefix) {
				http.NotFound(w, r)
				return
			}
		}
		name, e := p, entries[p]
		if e.body == nil {
			if strings.HasPrefix(p, "/assets/") || strings.Contains(path.Base(p), ".") {
				http.NotFound(w, r) // a missing file, not an app route
				return
			}
			name, e = "/index.html", index
		}
		if name == "/index.html" {
			h.Set("Content-Security-Policy", PagePolicy)
			h.Set("X-Frame-Options", "DENY")
		}
		if strings.HasPrefix(name, "/assets/") {
			h.Set("Cache-Control", "public, max-age=31536000, immutable")
		} else {
			h.Set("Cache-Control", "no-cache")
		}
		h.Set("ETag", e.etag)
		http.ServeContent(w, r, name, time.Time{}, bytes.NewReader(e.body))
	}), nil
}
