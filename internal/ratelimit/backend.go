package ratelimit

import (
	"context"
	"errors"
	"fmt"
	"slices"
	"strings"
	"sync"
	"time"

	"github.com/ruankao/ruankao/internal/clock"
)

// Backend keeps the counts of a Policy's limits: Memory (one instance's, the
// default) or Redis (shared by every instance). Fallback combines the two.
type Backend interface {
	// Allow counts one event at now against every check if all of them admit
	// it, and against none otherwise (see Policy.Allow). When refused,
	// retryAfter is the longest wait of the refusing checks. err means the
	// backend could not answer; ok and retryAfter are then meaningless.
	Allow(ctx context.Context, now time.Time, checks []Check) (ok bool, retryAfter time.Duration, err error)
}

// Check is one limit applied to one event.
type Check struct {
	// Name is the limit's, e.g. "login.start:client"; keys of different
	// names never share a count. A name always comes with the same Limit.
	Name string
	// Key is what is counted (a ClientKey, an account), as given: each
	// backend bounds or hashes it itself.
	Key   string
	Limit Limit
}

// Memory is the in-memory Backend: a Limiter per check name, in the memory
// of this process. It is safe for concurrent use and never fails.
type Memory struct {
	clk  clock.Clock
	opts []Option

	mu       sync.RWMutex
	limiters map[string]*Limiter
}

// NewMemory makes an empty Memory; opts apply to each of its limiters, and
// clk is the clock Sweep reads (Allow is told the time).
func NewMemory(clk clock.Clock, opts ...Option) (*Memory, error) {
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
	return &Memory{clk: clk, opts: opts, limiters: map[string]*Limiter{}}, nil
}

// limiter is the Limiter of a check's name, made on first use.
func (m *Memory) limiter(c Check) (*Limiter, error) {
	m.mu.RLock()
	l := m.limiters[c.Name]
	m.mu.RUnlock()
	if l == nil {
		m.mu.Lock()
		defer m.mu.Unlock()
		if l = m.limiters[c.Name]; l == nil {
			var err error
			if l, err = New(c.Limit, m.clk, m.opts...); err != nil {
				return nil, fmt.Errorf("ratelimit: %s: %w", c.Name, err)
			}
			m.limiters[c.Name] = l
		}
	}
	if l.limit != c.Limit {
		return nil, fmt.Errorf("ratelimit: %s is %v, not %v", c.Name, l.limit, c.Limit)
	}
	return l, nil
}

// Allow implements Backend. It fails only on a programming error (an invalid
// limit, a name used with two limits, the same name twice in one call).
func (m *Memory) Allow(_ context.Context, now time.Time, checks []Check) (bool, time.Duration, error) {
	var buf [2]memCheck
	cs := buf[:0]
	for _, c := range checks {
		l, err := m.limiter(c)
		if err != nil {
			return false, 0, err
		}
		cs = append(cs, memCheck{name: c.Name, lim: l, key: normKey(c.Key)})
	}
	// Locks are taken in the order of the names, whoever calls: no deadlock.
	slices.SortFunc(cs, func(a, b memCheck) int { return strings.Compare(a.name, b.name) })
	for i := range cs {
		if i > 0 && cs[i].name == cs[i-1].name {
			return false, 0, fmt.Errorf("ratelimit: %s twice in one event", cs[i].name)
		}
	}
	for i := range cs {
		cs[i].lim.mu.Lock()
		defer cs[i].lim.mu.Unlock()
	}
	at := now.UnixNano()
	var retryAfter time.Duration
	for i := range cs {
		tat, retry := cs[i].lim.decideLocked(cs[i].key, at)
		if retry > 0 {
			retryAfter = max(retryAfter, retry)
			continue
		}
		cs[i].tat = tat
	}
	if retryAfter > 0 {
		return false, retryAfter, nil
	}
	for i := range cs {
		cs[i].lim.commitLocked(cs[i].key, cs[i].tat, at)
	}
	return true, 0, nil
}

type memCheck struct {
	name string
	lim  *Limiter
	key  string
	tat  int64
}

// Sweep forgets the idle keys of every limiter (see Limiter.Sweep).
func (m *Memory) Sweep() int {
	m.mu.RLock()
	defer m.mu.RUnlock()
	n := 0
	for _, l := range m.limiters {
		n += l.Sweep()
	}
	return n
}

// Len is the number of keys tracked by all limiters.
func (m *Memory) Len() int {
	m.mu.RLock()
	defer m.mu.RUnlock()
	n := 0
	for _, l := range m.limiters {
		n += l.Len()
	}
	return n
}
