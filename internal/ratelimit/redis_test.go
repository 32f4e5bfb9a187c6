package ratelimit

import (
	"bytes"
	"context"
	"log/slog"
	"math/rand/v2"
	"net"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/redis/go-redis/v9"

	"github.com/ruankao/ruankao/internal/clock"
	"github.com/ruankao/ruankao/internal/ratelimit/redistest"
)

var loginPassword = Rule{Action: "login.password", PerClient: PerMinute(30), PerAccount: PerMinute(5)}

// instance is what one server instance has: its own Redis client (its own
// connections) and its own memory for the fallback, on its own clock.
type instance struct {
	rdb      *redis.Client
	fallback *Fallback
	policy   *Policy
	errors   atomic.Int64
}

func newInstance(t *testing.T, url, prefix string, clk clock.Clock, log *slog.Logger, r Rule) *instance {
	t.Helper()
	opts, err := ParseRedisURL(url)
	if err != nil {
		t.Fatal(err)
	}
	in := &instance{rdb: redis.NewClient(opts)}
	t.Cleanup(func() { in.rdb.Close() })
	local, err := NewMemory(clk)
	if err != nil {
		t.Fatal(err)
	}
	in.fallback = &Fallback{Shared: NewRedis(in.rdb, prefix, []byte("shared key")), Local: local, Log: log,
		OnError: func() { in.errors.Add(1) }}
	if in.policy, err = NewPolicy(r, clk, WithBackend(in.fallback)); err != nil {
		t.Fatal(err)
	}
	return in
}

func TestRedisBurstThenRefused(t *testing.T) {
	rdb, prefix := redistest.Client(t)
	b := NewRedis(rdb, prefix, nil)
	clk := clock.NewManual(t0)
	l := Limit{Events: 5, Per: time.Minute, Burst: 3}
	allow := func() (bool, time.Duration) {
		t.Helper()
		ok, retry, err := b.Allow(context.Background(), clk.Now(), []Check{{Name: "x", Key: "k", Limit: l}})
		if err != nil {
			t.Fatal(err)
		}
		return ok, retry
	}
	for i := range 3 {
		if ok, retry := allow(); !ok {
			t.Fatalf("event %d refused (retry %v)", i+1, retry)
		}
	}
	if ok, retry := allow(); ok || retry != 12*time.Second {
		t.Fatalf("4th: ok=%v retry=%v, want refused for 12s", ok, retry)
	}
	clk.Advance(12*time.Second - time.Microsecond)
	if ok, retry := allow(); ok || retry != time.Microsecond {
		t.Fatalf("just before: ok=%v retry=%v", ok, retry)
	}
	clk.Advance(time.Microsecond)
	if ok, _ := allow(); !ok {
		t.Fatal("refused after the retry hint")
	}
	// On the wall clock too: the hint is positive and at most one interval.
	wall := NewRedis(rdb, prefix+"wall:", nil)
	for range 3 {
		wall.Allow(context.Background(), time.Now(), []Check{{Name: "x", Key: "k", Limit: l}})
	}
	ok, retry, err := wall.Allow(context.Background(), time.Now(), []Check{{Name: "x", Key: "k", Limit: l}})
	if err != nil || ok || retry <= 11*time.Second || retry > 12*time.Second {
		t.Fatalf("wall clock: ok=%v retry=%v err=%v, want refused for (11s, 12s]", ok, retry, err)
	}
}

// Two instances, each with its own client and memory, count together: a
// password login limit of 5 a minute per account is 5 across both.
func TestRedisSharedAcrossInstances(t *testing.T) {
	_, prefix := redistest.Client(t)
	clkA, clkB := clock.NewManual(t0), clock.NewManual(t0)
	a := newInstance(t, redistest.URL(), prefix, clkA, nil, loginPassword)
	b := newInstance(t, redistest.URL(), prefix, clkB, nil, loginPassword)
	ctx := context.Background()
	for i := range 3 {
		if ok, _ := a.policy.Allow(ctx, "203.0.113.1", "user:alice"); !ok {
			t.Fatalf("A: attempt %d refused", i+1)
		}
	}
	for i := range 2 {
		if ok, _ := b.policy.Allow(ctx, "198.51.100.2", "user:alice"); !ok {
			t.Fatalf("B: attempt %d refused", i+1)
		}
	}
	if ok, retry := b.policy.Allow(ctx, "198.51.100.2", "user:alice"); ok || retry != 12*time.Second {
		t.Fatalf("6th attempt (B): ok=%v retry=%v, want refused for 12s", ok, retry)
	}
	if ok, _ := a.policy.Allow(ctx, "203.0.113.1", "user:alice"); ok {
		t.Fatal("7th attempt (A) admitted")
	}
	// Another account is not affected, and the refusals did not use up the
	// addresses' budgets (all or nothing across instances too).
	if ok, _ := a.policy.Allow(ctx, "203.0.113.1", "user:bob"); !ok {
		t.Fatal("bob refused")
	}
	if a.errors.Load()+b.errors.Load() != 0 {
		t.Fatal("the shared store reported errors")
	}
	// Time passes on both instances: one more for alice, on either.
	clkA.Advance(12 * time.Second)
	clkB.Advance(12 * time.Second)
	if ok, _ := b.policy.Allow(ctx, "198.51.100.2", "user:alice"); !ok {
		t.Fatal("refused after the hint")
	}
	if ok, _ := a.policy.Allow(ctx, "203.0.113.1", "user:alice"); ok {
		t.Fatal("admitted twice after one interval")
	}
}

// Keys are namespaced and hashed: no address or user name is stored in
// clear, and each key expires when its count is back to zero.
func TestRedisKeys(t *testing.T) {
	rdb, prefix := redistest.Client(t)
	p, err := NewPolicy(loginPassword, clock.NewManual(t0), WithBackend(NewRedis(rdb, prefix, []byte("k"))))
	if err != nil {
		t.Fatal(err)
	}
	p.Allow(context.Background(), "203.0.113.7", "user:alice")
	keys := redistest.Keys(t, rdb, prefix)
	if len(keys) != 2 {
		t.Fatalf("keys %v, want 2", keys)
	}
	for _, k := range keys {
		rest, ok := strings.CutPrefix(k, prefix+"login.password:")
		kind, hash, _ := strings.Cut(rest, ":")
		if !ok || (kind != "client" && kind != "account") || len(hash) != 32 {
			t.Errorf("key %q, want %slogin.password:{client,account}:<32 hex>", k, prefix)
		}
		if strings.Contains(k, "alice") || strings.Contains(k, "203.0.113") {
			t.Errorf("key %q holds the clear value", k)
		}
		val, _ := rdb.Get(context.Background(), k).Result()
		if strings.Contains(val, "alice") || strings.Contains(val, "203.0.113") {
			t.Errorf("value %q holds the clear value", val)
		}
		ttl, err := rdb.PTTL(context.Background(), k).Result()
		if err != nil || ttl <= 0 || ttl > time.Minute {
			t.Errorf("key %q: TTL %v (%v), want (0, 1m]", k, ttl, err)
		}
	}
	// Another hash key is another count: instances must share the key.
	if NewRedis(rdb, prefix, []byte("k")).Key("n", "v") == NewRedis(rdb, prefix, []byte("other")).Key("n", "v") {
		t.Error("the hash key does not change the Redis key")
	}
}

// The Redis backend decides as Memory does, event by event, retry hint by
// retry hint, on a random walk of the clock.
func TestRedisMatchesMemory(t *testing.T) {
	rdb, prefix := redistest.Client(t)
	r := NewRedis(rdb, prefix, nil)
	m, err := NewMemory(clock.NewManual(t0))
	if err != nil {
		t.Fatal(err)
	}
	limits := []Limit{PerMinute(5), {Events: 4, Per: time.Minute, Burst: 2}, {Events: 600, Per: time.Minute, Burst: 120}}
	rng := rand.New(rand.NewPCG(1, 2))
	now := t0
	admitted := 0
	for i := range 3000 {
		// Whole milliseconds: Redis counts in microseconds, Memory in nanoseconds.
		now = now.Add(time.Duration(rng.IntN([]int{50, 500, 5000}[rng.IntN(3)])) * time.Millisecond)
		checks := []Check{{Name: "c", Key: []string{"a", "b"}[rng.IntN(2)], Limit: limits[0]}}
		if rng.IntN(2) == 0 {
			checks = append(checks, Check{Name: "d", Key: []string{"x", "y", "z"}[rng.IntN(3)], Limit: limits[1]})
		}
		checks = append(checks, Check{Name: "e", Key: "k", Limit: limits[2]})
		okM, retryM, _ := m.Allow(context.Background(), now, checks)
		okR, retryR, err := r.Allow(context.Background(), now, checks)
		if err != nil {
			t.Fatal(err)
		}
		if okM != okR || retryM != retryR {
			t.Fatalf("step %d: memory (%v, %v), redis (%v, %v)", i, okM, retryM, okR, retryR)
		}
		if okM {
			admitted++
		}
	}
	if admitted < 200 || admitted > 2800 {
		t.Fatalf("%d of 3000 admitted: the walk does not test both answers", admitted)
	}
}

// closedAddr is an address where nothing listens.
func closedAddr(t *testing.T) string {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	addr := ln.Addr().String()
	ln.Close()
	return addr
}

// With Redis down each instance still limits on its own, no call fails, and
// the failure is logged once, not once per call.
func TestFallbackWhenRedisDown(t *testing.T) {
	var logs bytes.Buffer
	log := slog.New(slog.NewTextHandler(&logs, nil))
	clk := clock.NewManual(t0)
	url := "redis://" + closedAddr(t) + "/0"
	a := newInstance(t, url, "ruankao:test:down:", clk, log, loginPassword)
	b := newInstance(t, url, "ruankao:test:down:", clk, log, loginPassword)
	ctx := context.Background()
	for _, in := range []*instance{a, b} {
		for i := range 5 {
			if ok, _ := in.policy.Allow(ctx, "203.0.113.1", "user:alice"); !ok {
				t.Fatalf("attempt %d refused", i+1)
			}
		}
		if ok, retry := in.policy.Allow(ctx, "203.0.113.1", "user:alice"); ok || retry != 12*time.Second {
			t.Fatalf("6th attempt: ok=%v retry=%v, want refused for 12s (the per-instance limit)", ok, retry)
		}
	}
	// One failure each: after it, calls go straight to memory for a second.
	if a.errors.Load() != 1 || b.errors.Load() != 1 {
		t.Fatalf("errors %d and %d, want 1 each", a.errors.Load(), b.errors.Load())
	}
	clk.Advance(2 * time.Second)
	a.policy.Allow(ctx, "203.0.113.1", "user:bob")
	if a.errors.Load() != 2 {
		t.Fatalf("after the pause: %d errors, want 2 (Redis tried again)", a.errors.Load())
	}
	// One warning per instance so far: the second failure fell within a minute.
	if n := strings.Count(logs.String(), "shared store failed"); n != 2 {
		t.Fatalf("%d warnings, want 2:\n%s", n, logs.String())
	}
	clk.Advance(time.Minute)
	a.policy.Allow(ctx, "203.0.113.1", "user:carol")
	if n := strings.Count(logs.String(), "failures_not_logged=1"); n != 1 {
		t.Fatalf("want a warning that counts the unlogged failure:\n%s", logs.String())
	}
}

// A Redis that accepts connections and never answers costs one timeout, not
// the request's whole deadline.
func TestFallbackWhenRedisHangs(t *testing.T) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer ln.Close()
	go func() {
		for {
			c, err := ln.Accept()
			if err != nil {
				return
			}
			go func() { _, _ = c.Read(make([]byte, 1<<16)); select {} }()
		}
	}()
	in := newInstance(t, "redis://"+ln.Addr().String()+"/0", "ruankao:test:hang:", clock.NewManual(t0), nil, loginPassword)
	in.fallback.Timeout = 100 * time.Millisecond
	start := time.Now()
	if ok, _ := in.policy.Allow(context.Background(), "203.0.113.1", "user:alice"); !ok {
		t.Fatal("refused")
	}
	if d := time.Since(start); d > 2*time.Second {
		t.Fatalf("took %v", d)
	}
	if in.errors.Load() != 1 {
		t.Fatalf("%d errors, want 1", in.errors.Load())
	}
}

// A request that ends (the client went away) is answered from memory and is
// not a failure of the store.
func TestFallbackCancelledIsNotAFailure(t *testing.T) {
	in := newInstance(t, "redis://"+closedAddr(t)+"/0", "ruankao:test:cancel:", clock.NewManual(t0), nil, loginPassword)
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if ok, _ := in.policy.Allow(ctx, "203.0.113.1", "user:alice"); !ok {
		t.Fatal("refused")
	}
	if in.errors.Load() != 0 {
		t.Fatalf("%d errors, want 0", in.errors.Load())
	}
}

func TestParseRedisURL(t *testing.T) {
	o, err := ParseRedisURL("redis://:secret@redis.internal:6380/2")
	if err != nil {
		t.Fatal(err)
	}
	if o.Addr != "redis.internal:6380" || o.DB != 2 || o.Password != "secret" || !o.ContextTimeoutEnabled || o.DialTimeout != time.Second {
		t.Errorf("options %+v", o)
	}
	if o, _ := ParseRedisURL("redis://h:1/0?dial_timeout=3s"); o.DialTimeout != 3*time.Second {
		t.Errorf("dial_timeout from the URL ignored: %v", o.DialTimeout)
	}
	if _, err := ParseRedisURL("http://h:1"); err == nil {
		t.Error("http:// accepted")
	}
}
