package server

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"net/http"
	"net/netip"

	"github.com/ruankao/ruankao/internal/clock"
	"github.com/ruankao/ruankao/internal/ratelimit"
)

type requestIDKey struct{}

// RequestID is the id of the request being served, for logs and for INTERNAL errors.
func RequestID(ctx context.Context) string {
	id, _ := ctx.Value(requestIDKey{}).(string)
	return id
}

func newRequestID() string {
	var b [8]byte
	_, _ = rand.Read(b[:])
	return hex.EncodeToString(b[:])
}

// withRequestContext gives each request its id and the server's clock.
func withRequestContext(c clock.Clock, next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		id := newRequestID()
		w.Header().Set("X-Request-Id", id)
		ctx := context.WithValue(r.Context(), requestIDKey{}, id)
		ctx = clock.With(ctx, c)
		next.ServeHTTP(w, r.WithContext(ctx))
	})
}

// withClientIP records the client's address for rate limits, trusting
// X-Forwarded-For only from the configured proxies.
func withClientIP(trusted []netip.Prefix, next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		ctx := ratelimit.WithClient(r.Context(), ratelimit.ClientIP(r, trusted))
		next.ServeHTTP(w, r.WithContext(ctx))
	})
}
