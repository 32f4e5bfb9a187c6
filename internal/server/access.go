package server

import (
	"context"
	"log/slog"
	"net/http"
	"time"
)

type statusWriter struct {
	http.ResponseWriter
	status int
	bytes  int
}

func (w *statusWriter) WriteHeader(code int) {
	if w.status == 0 {
		w.status = code
	}
	w.ResponseWriter.WriteHeader(code)
}

func (w *statusWriter) Write(b []byte) (int, error) {
	if w.status == 0 {
		w.status = http.StatusOK
	}
	n, err := w.ResponseWriter.Write(b)
	w.bytes += n
	return n, err
}

func (w *statusWriter) Unwrap() http.ResponseWriter { return w.ResponseWriter }

// accessLog writes one JSON line per request. It never logs query text,
// variables, bodies or the Authorization header: they may hold ID numbers,
// tokens or signed URLs.
func accessLog(log *slog.Logger, next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		start := time.Now()
		sw := &statusWriter{ResponseWriter: w}
		// The slot goes into the context the GraphQL layer will see, so the
		// operation's name set there can be read here afterwards.
		r = r.WithContext(withOpNameSlot(r.Context()))
		next.ServeHTTP(sw, r)
		if r.URL.Path == "/healthz" || r.URL.Path == "/readyz" || r.URL.Path == "/metrics" {
			return
		}
		log.LogAttrs(r.Context(), slog.LevelInfo, "request",
			slog.String("request_id", RequestID(r.Context())),
			slog.String("method", r.Method),
			slog.String("path", r.URL.Path),
			slog.Int("status", sw.status),
			slog.Int("bytes", sw.bytes),
			slog.Float64("ms", float64(time.Since(start).Microseconds())/1000),
			slog.String("operation", operationName(r.Context())),
		)
	})
}

type opNameKey struct{}

// opNameSlot lets the GraphQL layer tell the access log which operation ran.
// It stays empty for requests that are not a GraphQL operation (files, or a
// query that did not parse); an operation without a name is "anonymous", as
// in the metrics.
type opNameSlot struct{ name string }

// maxLoggedOpName bounds a client-chosen name in the log (GraphQL names are ASCII).
const maxLoggedOpName = 64

func withOpNameSlot(ctx context.Context) context.Context {
	return context.WithValue(ctx, opNameKey{}, &opNameSlot{})
}

func operationName(ctx context.Context) string {
	if s, ok := ctx.Value(opNameKey{}).(*opNameSlot); ok {
		return s.name
	}
	return ""
}

func setOperationName(ctx context.Context, name string) {
	s, ok := ctx.Value(opNameKey{}).(*opNameSlot)
	if !ok {
		return
	}
	switch {
	case name == "":
		name = "anonymous"
	case len(name) > maxLoggedOpName:
		name = name[:maxLoggedOpName]
	}
	s.name = name
}

// timeout bounds every request's work; database calls see the deadline.
func timeout(d time.Duration, next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		ctx, cancel := context.WithTimeout(r.Context(), d)
		defer cancel()
		next.ServeHTTP(w, r.WithContext(ctx))
	})
}
