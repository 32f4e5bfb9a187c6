// Package s3fake runs a real S3 protocol server in memory for tests
// (github.com/johannesboyne/gofakes3 with its s3mem back end behind an
// httptest server), with switches to make it unavailable: answering 503, or
// dropping connections, at once or after some bytes of uploads. It is no mock
// of files.Store: the store under test speaks S3 over HTTP to it.
package s3fake

import (
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"sync/atomic"

	"github.com/johannesboyne/gofakes3"
	"github.com/johannesboyne/gofakes3/backend/s3mem"
)

// Mode is how the server answers.
type Mode int32

const (
	// Up serves S3.
	Up Mode = iota
	// Unavailable answers every request 503 ServiceUnavailable.
	Unavailable
	// Dropping closes every connection without an answer.
	Dropping
)

// Server is a running fake S3 server. Its credentials are not checked.
type Server struct {
	// URL is http://127.0.0.1:PORT; Endpoint is 127.0.0.1:PORT.
	URL, Endpoint string

	srv       *httptest.Server
	s3        http.Handler
	mode      atomic.Int32
	downAfter atomic.Int64 // go to downMode once this many body bytes arrived (0: never)
	downMode  atomic.Int32
	received  atomic.Int64

	mu     sync.Mutex
	counts map[string]int
}

// New makes a server to mount yourself (cmd/s3fake); Start is New on an
// httptest server.
func New() *Server {
	return &Server{s3: gofakes3.New(s3mem.New()).Server(), counts: map[string]int{}}
}

// Start starts a server on 127.0.0.1; Close stops it.
func Start() *Server {
	f := New()
	f.srv = httptest.NewServer(f)
	f.URL = f.srv.URL
	f.Endpoint = strings.TrimPrefix(f.srv.URL, "http://")
	return f
}

// Close stops a started server.
func (f *Server) Close() {
	if f.srv != nil {
		f.srv.Close()
	}
}

// Set switches the mode at once.
func (f *Server) Set(m Mode) { f.mode.Store(int32(m)) }

// SetAfter switches to m once n more bytes of request bodies have arrived
// (mid-upload); the request that crosses n is still served.
func (f *Server) SetAfter(n int64, m Mode) {
	f.downMode.Store(int32(m))
	f.downAfter.Store(f.received.Load() + n)
}

// Received is how many bytes of request bodies the server has read.
func (f *Server) Received() int64 { return f.received.Load() }

// Count is how many requests of a kind arrived: "PUT" (an object or a
// part), "COPY" (a PUT with x-amz-copy-source), "HEAD", "GET", "DELETE",
// "POST" (multipart start and completion).
func (f *Server) Count(kind string) int {
	f.mu.Lock()
	defer f.mu.Unlock()
	return f.counts[kind]
}

// ResetCounts zeroes the counts.
func (f *Server) ResetCounts() {
	f.mu.Lock()
	defer f.mu.Unlock()
	clear(f.counts)
}

func (f *Server) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	kind := r.Method
	if r.Method == http.MethodPut && r.Header.Get("X-Amz-Copy-Source") != "" {
		kind = "COPY"
	}
	f.mu.Lock()
	f.counts[kind]++
	f.mu.Unlock()
	switch Mode(f.mode.Load()) {
	case Unavailable:
		w.Header().Set("Content-Type", "application/xml")
		w.WriteHeader(http.StatusServiceUnavailable)
		_, _ = io.WriteString(w, `<?xml version="1.0" encoding="UTF-8"?><Error><Code>ServiceUnavailable</Code><Message>fake S3 is down</Message></Error>`)
		return
	case Dropping:
		if hj, ok := w.(http.Hijacker); ok {
			if conn, _, err := hj.Hijack(); err == nil {
				_ = conn.Close()
				return
			}
		}
		panic(http.ErrAbortHandler)
	}
	r.Body = &countingBody{ReadCloser: r.Body, f: f}
	f.s3.ServeHTTP(w, r)
}

type countingBody struct {
	io.ReadCloser
	f *Server
}

func (b *countingBody) Read(p []byte) (int, error) {
	n, err := b.ReadCloser.Read(p)
	total := b.f.received.Add(int64(n))
	if after := b.f.downAfter.Load(); after > 0 && total >= after {
		b.f.downAfter.Store(0)
		b.f.mode.Store(b.f.downMode.Load())
	}
	return n, err
}
