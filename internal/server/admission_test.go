package server

import (
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"
)

// At its limit the server makes a request wait a moment for a turn, then
// refuses it at once with 503, Retry-After and RATE_LIMITED, counted.
func TestAdmissionShedsPastTheLimit(t *testing.T) {
	m := NewMetrics()
	release := make(chan struct{})
	started := make(chan struct{}, 1)
	h := admit(Admission{Limit: 1, Wait: 50 * time.Millisecond}, m, http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Query().Get("block") != "" {
			started <- struct{}{}
			<-release
		}
		_, _ = w.Write([]byte(`{"data":{}}`))
	}))
	done := make(chan struct{})
	go func() {
		defer close(done)
		h.ServeHTTP(httptest.NewRecorder(), httptest.NewRequest("POST", "/graphql?block=1", nil))
	}()
	<-started
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, httptest.NewRequest("POST", "/graphql", nil))
	var body struct {
		Errors []struct {
			Message    string
			Extensions map[string]any
		}
	}
	_ = json.Unmarshal(rec.Body.Bytes(), &body)
	if rec.Code != http.StatusServiceUnavailable || rec.Header().Get("Retry-After") == "" || len(body.Errors) != 1 ||
		body.Errors[0].Extensions["code"] != "RATE_LIMITED" || body.Errors[0].Extensions["retryAfterSeconds"] == nil ||
		!strings.Contains(body.Errors[0].Message, "秒后重试") {
		t.Fatalf("past the limit: %d %q %s", rec.Code, rec.Header().Get("Retry-After"), rec.Body)
	}
	close(release)
	<-done
	rec = httptest.NewRecorder()
	h.ServeHTTP(rec, httptest.NewRequest("POST", "/graphql", nil))
	if rec.Code != http.StatusOK {
		t.Fatalf("after the turn freed: %d %s", rec.Code, rec.Body)
	}
	if got := counterValue(t, m, "ruankao_requests_shed_total"); got != 1 {
		t.Fatalf("shed counted %v times", got)
	}
}

func counterValue(t *testing.T, m *Metrics, name string) float64 {
	t.Helper()
	fams, err := m.Registry.Gather()
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range fams {
		if f.GetName() == name {
			return f.GetMetric()[0].GetCounter().GetValue()
		}
	}
	t.Fatalf("no %s", name)
	return 0
}
