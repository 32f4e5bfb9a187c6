package server

import (
	"context"
	"net/http"
	"net/netip"

	"github.com/ruankao/ruankao/internal/clock"
	"github.com/ruankao/ruankao/internal/ratelimit"
	"github.com/ruankao/ruankao/internal/reqid"
)

// RequestID is the id of the request being served, for logs and for INTERNAL errors.
func RequestID(ctx context.Context) string { return reqid.From(ctx) }

// withRequestContext gives each request its id and the server's clock.
func withRequestContext(c clock.Clock, next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		id := reqid.New()
		w.Header().Set("X-Request-Id", id)
		ctx := reqid.With(r.Context(), id)
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
