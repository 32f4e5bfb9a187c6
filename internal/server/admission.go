package server

import (
	"net/http"
	"strconv"
	"time"

	"github.com/ruankao/ruankao/internal/apperr"
)

// Admission bounds the GraphQL requests worked on at once. Past the bound a
// request waits up to Wait for a turn; one that gets none is refused at once
// with 503, Retry-After and RATE_LIMITED — on the morning a window opens a
// fast "retry in a second" is better than a request that queues for its
// whole 30-second budget and then fails. Zero values mean the defaults.
type Admission struct {
	Limit int           // requests at once; default 32 per core
	Wait  time.Duration // longest wait for a turn; default 2 s
}

func (a Admission) withDefaults(cores int) Admission {
	if a.Limit <= 0 {
		a.Limit = 32 * max(cores, 1)
	}
	if a.Wait <= 0 {
		a.Wait = 2 * time.Second
	}
	return a
}

func admit(a Admission, m *Metrics, next http.Handler) http.Handler {
	slots := make(chan struct{}, a.Limit)
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		select {
		case slots <- struct{}{}:
		default:
			t := time.NewTimer(a.Wait)
			select {
			case slots <- struct{}{}:
				t.Stop()
			case <-t.C:
				m.shed.Inc()
				retry := int(a.Wait.Seconds() + 0.5)
				w.Header().Set("Retry-After", strconv.Itoa(max(retry, 1)))
				writeErrorExt(w, http.StatusServiceUnavailable, apperr.RateLimited,
					"报名人数较多，系统繁忙，请 "+strconv.Itoa(max(retry, 1))+" 秒后重试",
					map[string]any{"retryAfterSeconds": max(retry, 1)})
				return
			case <-r.Context().Done():
				t.Stop()
				return
			}
		}
		defer func() { <-slots }()
		next.ServeHTTP(w, r)
	})
}
