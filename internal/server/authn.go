package server

import (
	"log/slog"
	"net/http"
	"strings"

	"github.com/ruankao/ruankao/ent"
	"github.com/ruankao/ruankao/internal/apperr"
	"github.com/ruankao/ruankao/internal/auth"
	"github.com/ruankao/ruankao/internal/viewer"
)

// authenticate puts the viewer of the bearer token into the request. A
// missing, unknown or expired token is anonymous: public queries still work
// and protected ones answer UNAUTHENTICATED. A staff session acts as
// staff.Restrict says: without a second factor while one is mandatory, as
// viewer.Enrolling.
func authenticate(client *ent.Client, sessions *auth.SessionCache, staff *auth.Staff, log *slog.Logger, next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		h := r.Header.Get("Authorization")
		scheme, token, ok := strings.Cut(h, " ")
		if !ok || !strings.EqualFold(scheme, "Bearer") {
			next.ServeHTTP(w, r)
			return
		}
		v, found, err := sessions.Resolve(r.Context(), client, token)
		if err != nil {
			log.ErrorContext(r.Context(), "session lookup failed", "request_id", RequestID(r.Context()), "err", err.Error())
			writeError(w, http.StatusInternalServerError, apperr.Internal, "服务器内部错误，请稍后重试（请求编号 "+RequestID(r.Context())+"）")
			return
		}
		if found {
			r = r.WithContext(viewer.With(r.Context(), staff.Restrict(v)))
		}
		next.ServeHTTP(w, r)
	})
}
