package graph_test

import (
	"io"
	"net"
	"net/http"
	"strings"
	"testing"
	"time"

	"github.com/redis/go-redis/v9"

	"github.com/ruankao/ruankao/internal/demo"
	"github.com/ruankao/ruankao/internal/ratelimit"
	"github.com/ruankao/ruankao/internal/ratelimit/redistest"
	"github.com/ruankao/ruankao/internal/server"
	"github.com/ruankao/ruankao/internal/testenv"
)

// sharedLimits configures a server to count its rate limits in the Redis at
// url under prefix, through a client (connections) of its own, as a separate
// instance would.
func sharedLimits(t *testing.T, url, prefix string) func(*server.Options) {
	opts, err := ratelimit.ParseRedisURL(url)
	if err != nil {
		t.Fatal(err)
	}
	rdb := redis.NewClient(opts)
	t.Cleanup(func() { rdb.Close() })
	return func(o *server.Options) {
		o.SharedRateLimits = ratelimit.NewRedis(rdb, prefix, []byte("the instances' key"))
	}
}

// Two servers sharing one Redis count one account's password logins
// together: 5 a minute across both, not 5 on each.
func TestPasswordLoginRateLimitSharedAcrossInstances(t *testing.T) {
	_, prefix := redistest.Client(t)
	a := testenv.StartWith(t, march, sharedLimits(t, redistest.URL(), prefix))
	b := testenv.StartWith(t, march, sharedLimits(t, redistest.URL(), prefix))
	for range 3 {
		if a := staffLogin(t, a, "jiangsu-reviewer", "wrong-password-123", ""); a.StaffLogin.Session != nil {
			t.Fatal("a wrong password logged in")
		}
	}
	for range 2 {
		if a := staffLogin(t, b, "jiangsu-reviewer", "wrong-password-123", ""); a.StaffLogin.Session != nil {
			t.Fatal("a wrong password logged in")
		}
	}
	for name, env := range map[string]*testenv.Env{"B": b, "A": a} {
		res := env.Post(t, staffLoginQ, map[string]any{"u": "jiangsu-reviewer", "p": demo.StaffPassword})
		if res.Code() != "RATE_LIMITED" || res.Errors[0].Extensions["retryAfterSeconds"] != float64(12) {
			t.Fatalf("6th attempt in a minute, on %s: %+v", name, res.Errors)
		}
	}
	// Another account is not held back, on either.
	if l := staffLogin(t, b, "beijing-reviewer", demo.StaffPassword, ""); l.StaffLogin.Session == nil {
		t.Fatalf("other account: %+v", l)
	}
	a.Clock.Advance(13 * time.Second)
	b.Clock.Advance(13 * time.Second)
	if l := staffLogin(t, a, "jiangsu-reviewer", demo.StaffPassword, ""); l.StaffLogin.Session == nil {
		t.Fatalf("after the retry hint: %+v", l)
	}
	if res := b.Post(t, staffLoginQ, map[string]any{"u": "jiangsu-reviewer", "p": demo.StaffPassword}); res.Code() != "RATE_LIMITED" {
		t.Fatalf("the interval's one attempt, used on A, again on B: %+v", res.Errors)
	}
}

// With the shared store down, logins keep working and the limit holds per
// instance; the failure is counted in the metrics.
func TestPasswordLoginRateLimitWhenRedisDown(t *testing.T) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	addr := ln.Addr().String()
	ln.Close()
	env := testenv.StartWith(t, march, sharedLimits(t, "redis://"+addr+"/0", "ruankao:test:down:"))
	for range 5 {
		staffLogin(t, env, "jiangsu-reviewer", "wrong-password-123", "")
	}
	res := env.Post(t, staffLoginQ, map[string]any{"u": "jiangsu-reviewer", "p": demo.StaffPassword})
	if res.Code() != "RATE_LIMITED" {
		t.Fatalf("6th attempt in a minute: %+v", res.Errors)
	}
	if l := staffLogin(t, env, "beijing-reviewer", demo.StaffPassword, ""); l.StaffLogin.Session == nil {
		t.Fatalf("other account: %+v", l)
	}
	resp, err := http.Get(env.Server.URL + "/metrics")
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	body, _ := io.ReadAll(resp.Body)
	if !strings.Contains(string(body), "\nruankao_ratelimit_backend_errors_total 1\n") {
		t.Fatalf("metrics: want ruankao_ratelimit_backend_errors_total 1 (one failure, then a paused second on the still clock):\n%s",
			grepLines(string(body), "ratelimit"))
	}
}
