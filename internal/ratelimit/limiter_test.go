package ratelimit

import (
	"fmt"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/ruankao/ruankao/internal/clock"
)

var t0 = time.Date(2026, 3, 10, 8, 0, 0, 0, time.UTC)

func newLimiter(t *testing.T, l Limit, opts ...Option) (*Limiter, *clock.Manual) {
	t.Helper()
	clk := clock.NewManual(t0)
	lim, err := New(l, clk, opts...)
	if err != nil {
		t.Fatal(err)
	}
	return lim, clk
}

// mustAllow asserts n admitted events for key.
func mustAllow(t *testing.T, l *Limiter, key string, n int) {
	t.Helper()
	for i := range n {
		if ok, retry := l.Allow(key); !ok {
			t.Fatalf("%s: event %d of %d refused (retry %v)", key, i+1, n, retry)
		}
	}
}

// mustRefuse asserts a refusal with exactly the given hint.
func mustRefuse(t *testing.T, l *Limiter, key string, wantRetry time.Duration) {
	t.Helper()
	ok, retry := l.Allow(key)
	if ok {
		t.Fatalf("%s: admitted, want refused", key)
	}
	if retry != wantRetry {
		t.Fatalf("%s: retry %v, want %v", key, retry, wantRetry)
	}
}

func TestNewValidates(t *testing.T) {
	clk := clock.NewManual(t0)
	bad := []Limit{
		{},
		{Events: 0, Per: time.Minute},
		{Events: -1, Per: time.Minute},
		{Events: 1, Per: 0},
		{Events: 1, Per: -time.Second},
		{Events: 1, Per: time.Second, Burst: -1},
		{Events: 10, Per: 5 * time.Nanosecond},
		{Events: 1, Per: time.Hour, Burst: 1 << 40},
	}
	for _, l := range bad {
		if _, err := New(l, clk); err == nil {
			t.Errorf("New(%+v) accepted", l)
		}
	}
	if _, err := New(PerMinute(1), nil); err == nil {
		t.Error("nil clock accepted")
	}
	if _, err := New(PerMinute(1), clk, WithMaxKeys(0)); err == nil {
		t.Error("zero max keys accepted")
	}
}

func TestBurstThenRefused(t *testing.T) {
	l, _ := newLimiter(t, PerMinute(5)) // one event every 12 s, 5 at once
	mustAllow(t, l, "a", 5)
	mustRefuse(t, l, "a", 12*time.Second)
	mustRefuse(t, l, "a", 12*time.Second) // refusals are not counted
}

func TestExplicitBurst(t *testing.T) {
	l, _ := newLimiter(t, Limit{Events: 60, Per: time.Minute, Burst: 3})
	mustAllow(t, l, "a", 3)
	mustRefuse(t, l, "a", time.Second)
	if got := PerMinute(5).String(); got != "5 per 1m0s, burst 5" {
		t.Errorf("String = %q", got)
	}
}

func TestRefillAfterClockAdvances(t *testing.T) {
	l, clk := newLimiter(t, PerMinute(5))
	mustAllow(t, l, "a", 5)

	clk.Advance(12*time.Second - time.Microsecond)
	mustRefuse(t, l, "a", time.Microsecond) // the hint is exact

	clk.Advance(time.Microsecond)
	mustAllow(t, l, "a", 1) // exactly one token back
	mustRefuse(t, l, "a", 12*time.Second)

	clk.Advance(30 * time.Second) // two and a half tokens
	mustAllow(t, l, "a", 2)
	mustRefuse(t, l, "a", 6*time.Second)

	clk.Advance(time.Hour) // refills to the burst, not beyond
	mustAllow(t, l, "a", 5)
	mustRefuse(t, l, "a", 12*time.Second)
}

func TestRetryHintIsEnough(t *testing.T) {
	// Whatever the pattern, waiting the hint is always enough.
	l, clk := newLimiter(t, Limit{Events: 7, Per: 50 * time.Second, Burst: 3})
	for i := range 200 {
		ok, retry := l.Allow("k")
		if !ok {
			if retry <= 0 {
				t.Fatalf("step %d: refused with hint %v", i, retry)
			}
			clk.Advance(retry)
			if ok, r2 := l.Allow("k"); !ok {
				t.Fatalf("step %d: refused again after waiting %v (hint %v)", i, retry, r2)
			}
		}
		clk.Advance(time.Duration(i%5) * time.Second)
	}
}

func TestKeysIndependent(t *testing.T) {
	l, _ := newLimiter(t, PerMinute(2))
	mustAllow(t, l, "a", 2)
	mustRefuse(t, l, "a", 30*time.Second)
	mustAllow(t, l, "b", 2)
	mustRefuse(t, l, "b", 30*time.Second)
	mustAllow(t, l, "", 2) // the empty key is a key like any other
}

func TestReset(t *testing.T) {
	l, _ := newLimiter(t, PerMinute(2))
	mustAllow(t, l, "a", 2)
	mustAllow(t, l, "b", 1)
	l.Reset("a")
	l.Reset("never seen")
	mustAllow(t, l, "a", 2)
	mustAllow(t, l, "b", 1)
	mustRefuse(t, l, "b", 30*time.Second)
}

func TestIdleKeysAreForgotten(t *testing.T) {
	l, clk := newLimiter(t, PerMinute(5))
	for i := range 100 {
		mustAllow(t, l, fmt.Sprint("k", i), 1)
	}
	if n := l.Len(); n != 100 {
		t.Fatalf("Len = %d, want 100", n)
	}
	clk.Advance(12*time.Second - time.Microsecond)
	if n := l.Sweep(); n != 0 {
		t.Errorf("Sweep before any key is idle removed %d", n)
	}
	clk.Advance(time.Microsecond) // now every key is back to full
	if n := l.Sweep(); n != 100 {
		t.Errorf("Sweep removed %d, want 100", n)
	}
	if n := l.Len(); n != 0 {
		t.Errorf("Len after sweep = %d", n)
	}
}

func TestAllowSweepsIncrementally(t *testing.T) {
	l, clk := newLimiter(t, PerMinute(5))
	for i := range 100 {
		mustAllow(t, l, fmt.Sprint("k", i), 1)
	}
	clk.Advance(time.Minute)
	// No explicit Sweep: each admitted event removes a few idle keys.
	for range 20 {
		mustAllow(t, l, "busy", 1)
		clk.Advance(12 * time.Second)
	}
	if n := l.Len(); n > 1 {
		t.Errorf("Len = %d after 20 events, want idle keys gone", n)
	}
}

func TestMaxKeysEvictsClosestToIdle(t *testing.T) {
	l, clk := newLimiter(t, PerMinute(5), WithMaxKeys(3))
	mustAllow(t, l, "attacker", 5) // TAT 60 s ahead: the hardest limited
	mustAllow(t, l, "x", 2)        // 24 s ahead
	mustAllow(t, l, "y", 1)        // 12 s ahead
	mustAllow(t, l, "z", 1)        // full: evicts y, the closest to idle
	if n := l.Len(); n != 3 {
		t.Fatalf("Len = %d, want 3", n)
	}
	mustRefuse(t, l, "attacker", 12*time.Second) // still limited
	mustAllow(t, l, "x", 3)                      // x kept its count: 3 more, not 5
	mustRefuse(t, l, "x", 12*time.Second)

	// A flood of new keys never exceeds the cap and never frees the attacker.
	for i := range 1000 {
		mustAllow(t, l, fmt.Sprint("flood", i), 1)
		if n := l.Len(); n > 3 {
			t.Fatalf("Len = %d after %d new keys", n, i+1)
		}
	}
	mustRefuse(t, l, "attacker", 12*time.Second)
	clk.Advance(12 * time.Second)
	mustAllow(t, l, "attacker", 1)
	mustRefuse(t, l, "attacker", 12*time.Second)
}

func TestMemoryBoundedUnderManyKeys(t *testing.T) {
	l, clk := newLimiter(t, PerMinute(10), WithMaxKeys(500))
	for i := range 20_000 {
		l.Allow(fmt.Sprint("k", i))
		if i%100 == 0 {
			clk.Advance(time.Second)
		}
	}
	if n := l.Len(); n > 500 {
		t.Errorf("Len = %d, cap 500", n)
	}
	if n := len(l.byTAT); n != l.Len() {
		t.Errorf("heap holds %d entries, map %d", n, l.Len())
	}
}

func TestLongKeysAreHashed(t *testing.T) {
	l, _ := newLimiter(t, PerMinute(1))
	long1 := strings.Repeat("a", 1<<20)
	long2 := strings.Repeat("a", 1<<20-1) + "b"
	mustAllow(t, l, long1, 1)
	mustRefuse(t, l, long1, time.Minute)
	mustAllow(t, l, long2, 1) // a different long key is a different bucket
	for k := range l.entries {
		if len(k) > MaxKeyLen+1 {
			t.Errorf("stored a %d-byte key", len(k))
		}
	}
	// No short key can name a long key's bucket.
	mustAllow(t, l, normKey(long1)[:MaxKeyLen], 1)
	if got := normKey("short"); got != "short" {
		t.Errorf("normKey(short) = %q", got)
	}
	if got := normKey(strings.Repeat("x", MaxKeyLen)); len(got) != MaxKeyLen {
		t.Errorf("a key of MaxKeyLen bytes was changed")
	}
}

func TestClockStepsBack(t *testing.T) {
	l, clk := newLimiter(t, PerMinute(5))
	mustAllow(t, l, "a", 5)
	clk.Set(t0.Add(-time.Hour)) // the wall clock was corrected backwards
	// Not locked out for an hour: at most one emission interval.
	mustRefuse(t, l, "a", 12*time.Second)
	clk.Advance(12 * time.Second)
	mustAllow(t, l, "a", 1)
}

func TestConcurrentExactCount(t *testing.T) {
	// With the clock standing still, exactly Burst events per key are
	// admitted however many goroutines race for them. The clock takes no
	// lock and each goroutine counts on its own, so that nothing but the
	// limiter orders the goroutines.
	l, err := New(Limit{Events: 1, Per: time.Hour, Burst: 50}, fixedClock{})
	if err != nil {
		t.Fatal(err)
	}
	keys := []string{"a", "b", "c", "d"}
	const goroutines = 8
	var admitted [goroutines][4]int
	var badHints [goroutines]int
	var wg sync.WaitGroup
	start := make(chan struct{})
	for g := range goroutines {
		wg.Go(func() {
			<-start
			for i := range 2000 {
				k := (g + i) % len(keys)
				if ok, retry := l.Allow(keys[k]); ok {
					admitted[g][k]++
				} else if retry <= 0 {
					badHints[g]++
				}
			}
		})
	}
	close(start)
	wg.Wait()
	for k := range keys {
		n := 0
		for g := range goroutines {
			n += admitted[g][k]
		}
		if n != 50 {
			t.Errorf("key %s: %d admitted, want 50", keys[k], n)
		}
	}
	for g, n := range badHints {
		if n > 0 {
			t.Errorf("goroutine %d: %d refusals without a retry hint", g, n)
		}
	}
}

func TestConcurrentEvictionAndSweep(t *testing.T) {
	l, clk := newLimiter(t, PerMinute(3), WithMaxKeys(64))
	var wg sync.WaitGroup
	start := make(chan struct{})
	for g := range 6 {
		wg.Go(func() {
			<-start
			for i := range 2000 {
				l.Allow(fmt.Sprint(g, "-", i%100))
				switch i % 50 {
				case 0:
					clk.Advance(time.Second)
				case 25:
					l.Sweep()
				case 30:
					l.Reset(fmt.Sprint(g, "-", i%100))
				}
			}
		})
	}
	close(start)
	wg.Wait()
	if n := l.Len(); n > 64 {
		t.Errorf("Len = %d, cap 64", n)
	}
	// The heap and the map agree, and every index is right.
	l.mu.Lock()
	defer l.mu.Unlock()
	if len(l.byTAT) != len(l.entries) {
		t.Fatalf("heap %d, map %d", len(l.byTAT), len(l.entries))
	}
	for i, e := range l.byTAT {
		if e.index != i || l.entries[e.key] != e {
			t.Fatalf("entry %q at %d has index %d", e.key, i, e.index)
		}
		if p := (i - 1) / 2; i > 0 && l.byTAT[p].tat > e.tat {
			t.Fatalf("heap order broken at %d", i)
		}
	}
}

// fixedClock is a clock that stands still and takes no lock, so that the
// benchmark measures the limiter and the race detector sees every unguarded
// access.
type fixedClock struct{}

func (fixedClock) Now() time.Time { return t0 }

func BenchmarkAllow(b *testing.B) {
	for _, nkeys := range []int{1, 1024, 100_000} {
		b.Run(fmt.Sprint("keys=", nkeys), func(b *testing.B) {
			l, err := New(Limit{Events: 1_000_000, Per: time.Second, Burst: 1 << 30}, fixedClock{})
			if err != nil {
				b.Fatal(err)
			}
			keys := make([]string, nkeys)
			for i := range keys {
				keys[i] = fmt.Sprintf("198.51.%d.%d", i/256%256, i%256) + fmt.Sprint("#", i)
			}
			var next atomic.Uint64
			b.ReportAllocs()
			b.ResetTimer()
			b.RunParallel(func(pb *testing.PB) {
				i := int(next.Add(7919))
				for pb.Next() {
					l.Allow(keys[i%nkeys])
					i++
				}
			})
		})
	}
}
