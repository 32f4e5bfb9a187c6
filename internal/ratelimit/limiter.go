// Package ratelimit is the rate-limiting mechanism for login, photo checks
// and uploads: a keyed limiter ([Limiter]), a [Policy] that combines a
// per-client and a per-account limit for one action, the client address of
// a request ([ClientIP]) and the RATE_LIMITED error ([NewError]).
//
// Where the counts live is a [Backend]. By default ([Memory]) they live in
// the memory of one server instance: with several instances each enforces its
// own, so the effective limit is at most the configured one times the number
// of instances. With [Redis] every instance counts in one shared store, so a
// limit holds across all of them; [Fallback] answers from the instance's own
// memory while the shared store cannot be reached (availability over
// strictness: the per-instance limit still holds).
package ratelimit

import (
	"container/heap"
	"crypto/sha256"
	"errors"
	"fmt"
	"math"
	"sync"
	"time"

	"github.com/ruankao/ruankao/internal/clock"
)

// Limit is a rate: Events per Per on average, and at most Burst at once.
type Limit struct {
	Events int
	Per    time.Duration
	// Burst is how many events may come at once after a quiet period;
	// 0 means Events.
	Burst int
}

// PerMinute is n events a minute, n at once.
func PerMinute(n int) Limit { return Limit{Events: n, Per: time.Minute} }

// IsZero reports whether l is the zero Limit (no limit configured).
func (l Limit) IsZero() bool { return l == Limit{} }

func (l Limit) validate() error {
	if l.Events <= 0 || l.Per <= 0 || l.Burst < 0 {
		return fmt.Errorf("ratelimit: invalid limit %+v", l)
	}
	interval := l.Per / time.Duration(l.Events)
	if interval <= 0 {
		return fmt.Errorf("ratelimit: limit %+v is faster than one event a nanosecond", l)
	}
	if l.Burst > 0 && int64(l.Burst) > math.MaxInt64/4/int64(interval) {
		return fmt.Errorf("ratelimit: limit %+v: burst too large", l)
	}
	return nil
}

func (l Limit) String() string {
	b := l.Burst
	if b == 0 {
		b = l.Events
	}
	return fmt.Sprintf("%d per %v, burst %d", l.Events, l.Per, b)
}

// DefaultMaxKeys is how many keys a Limiter tracks at most unless told.
const DefaultMaxKeys = 100_000

// MaxKeyLen is the longest key kept as it is; longer keys (say, a megabyte
// of "account name") are replaced by their SHA-256 so that an entry's size
// stays bounded.
const MaxKeyLen = 128

// sweepBatch is how many idle keys each admitted event removes at most, so
// that no single call pays for a large sweep.
const sweepBatch = 8

// Option configures a Limiter.
type Option func(*options)

type options struct {
	maxKeys int
	backend Backend
}

// WithMaxKeys bounds the number of keys tracked (default DefaultMaxKeys).
func WithMaxKeys(n int) Option { return func(o *options) { o.maxKeys = n } }

// Limiter limits events per key with the generic cell rate algorithm (GCRA),
// which is a token bucket kept as one number per key: the theoretical arrival
// time (TAT) of the next event. A key whose TAT has passed is in exactly the
// state of a key never seen, so it is forgotten without changing any answer.
//
// Memory is bounded: every admitted event removes a few idle keys, Sweep
// removes all of them, and when MaxKeys keys are tracked a new key evicts the
// key closest to idle (the smallest TAT). Under a flood of new keys the keys
// that are limited the hardest are therefore kept the longest.
//
// A Limiter is safe for concurrent use.
type Limiter struct {
	limit    Limit
	clk      clock.Clock
	interval int64 // emission interval T = Per/Events, in nanoseconds
	span     int64 // Burst×T: how far a TAT may run ahead of now
	maxKeys  int

	mu      sync.Mutex
	entries map[string]*entry
	byTAT   tatHeap
}

type entry struct {
	key   string
	tat   int64 // unix nanoseconds
	index int   // position in byTAT
}

// New makes a Limiter for l, reading the time from clk.
func New(l Limit, clk clock.Clock, opts ...Option) (*Limiter, error) {
	if err := l.validate(); err != nil {
		return nil, err
	}
	if clk == nil {
		return nil, errors.New("ratelimit: no clock")
	}
	o := options{maxKeys: DefaultMaxKeys}
	for _, opt := range opts {
		opt(&o)
	}
	if o.maxKeys <= 0 {
		return nil, fmt.Errorf("ratelimit: max keys must be positive, got %d", o.maxKeys)
	}
	burst := l.Burst
	if burst == 0 {
		burst = l.Events
	}
	interval := int64(l.Per / time.Duration(l.Events))
	return &Limiter{
		limit:    l,
		clk:      clk,
		interval: interval,
		span:     interval * int64(burst),
		maxKeys:  o.maxKeys,
		entries:  make(map[string]*entry),
	}, nil
}

// Allow counts one event for key if the limit admits it. When it does not,
// ok is false, nothing is counted, and retryAfter is how long until one event
// would be admitted.
func (l *Limiter) Allow(key string) (ok bool, retryAfter time.Duration) {
	return l.allowAt(normKey(key), l.clk.Now().UnixNano())
}

func (l *Limiter) allowAt(key string, now int64) (bool, time.Duration) {
	l.mu.Lock()
	defer l.mu.Unlock()
	tat, retry := l.decideLocked(key, now)
	if retry > 0 {
		return false, retry
	}
	l.commitLocked(key, tat, now)
	return true, 0
}

// decideLocked computes the key's new TAT if one event were admitted now, or
// how long to wait (> 0) if it cannot be. It changes nothing, except after
// the wall clock has stepped back: a TAT further ahead than any event could
// have put it is then pulled back to now+span, so that the key is merely
// exhausted instead of locked out for the size of the step.
func (l *Limiter) decideLocked(key string, now int64) (newTAT int64, retry time.Duration) {
	tat := now
	if e := l.entries[key]; e != nil && e.tat > now {
		if e.tat > now+l.span {
			e.tat = now + l.span
			heap.Fix(&l.byTAT, e.index)
		}
		tat = e.tat
	}
	newTAT = tat + l.interval
	if over := newTAT - now - l.span; over > 0 {
		return 0, time.Duration(over)
	}
	return newTAT, 0
}

// commitLocked stores the key's new TAT, sweeping a few idle keys and
// evicting if the table is full.
func (l *Limiter) commitLocked(key string, tat, now int64) {
	l.sweepLocked(now, sweepBatch)
	if e := l.entries[key]; e != nil {
		e.tat = tat
		heap.Fix(&l.byTAT, e.index)
		return
	}
	for len(l.entries) >= l.maxKeys {
		e := heap.Pop(&l.byTAT).(*entry)
		delete(l.entries, e.key)
	}
	e := &entry{key: key, tat: tat}
	l.entries[key] = e
	heap.Push(&l.byTAT, e)
}

// sweepLocked forgets up to n idle keys (TAT not after now); n < 0 means all.
func (l *Limiter) sweepLocked(now int64, n int) int {
	removed := 0
	for (n < 0 || removed < n) && len(l.byTAT) > 0 && l.byTAT[0].tat <= now {
		e := heap.Pop(&l.byTAT).(*entry)
		delete(l.entries, e.key)
		removed++
	}
	return removed
}

// Sweep forgets every idle key and returns how many. Allow already sweeps a
// little on each call; call Sweep from a periodic job to give memory back
// after a burst of traffic has passed.
func (l *Limiter) Sweep() int {
	now := l.clk.Now().UnixNano()
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.sweepLocked(now, -1)
}

// Reset forgets key, as if it had never been seen.
func (l *Limiter) Reset(key string) {
	key = normKey(key)
	l.mu.Lock()
	defer l.mu.Unlock()
	if e := l.entries[key]; e != nil {
		heap.Remove(&l.byTAT, e.index)
		delete(l.entries, key)
	}
}

// Len is the number of keys tracked.
func (l *Limiter) Len() int {
	l.mu.Lock()
	defer l.mu.Unlock()
	return len(l.entries)
}

// normKey bounds the size of a key: a key longer than MaxKeyLen becomes its
// SHA-256 padded to MaxKeyLen+1 bytes, a length no key kept as it is can
// have, so a short key never shares a bucket with a long one, and long keys
// share one only by a SHA-256 collision.
func normKey(key string) string {
	if len(key) <= MaxKeyLen {
		return key
	}
	sum := sha256.Sum256([]byte(key))
	b := make([]byte, MaxKeyLen+1)
	copy(b, sum[:])
	return string(b)
}

// tatHeap is a min-heap of entries by TAT.
type tatHeap []*entry

func (h tatHeap) Len() int           { return len(h) }
func (h tatHeap) Less(i, j int) bool { return h[i].tat < h[j].tat }
func (h tatHeap) Swap(i, j int) {
	h[i], h[j] = h[j], h[i]
	h[i].index = i
	h[j].index = j
}
func (h *tatHeap) Push(x any) {
	e := x.(*entry)
	e.index = len(*h)
	*h = append(*h, e)
}
func (h *tatHeap) Pop() any {
	old := *h
	n := len(old)
	e := old[n-1]
	old[n-1] = nil
	e.index = -1
	*h = old[:n-1]
	return e
}
