// Package clock is the one source of "now": windows, deadlines and release
// times read it from the request context so that tests can set any date.
package clock

import (
	"context"
	"sync"
	"time"
)

// Clock tells the current instant, always in UTC.
type Clock interface {
	Now() time.Time
}

type system struct{}

func (system) Now() time.Time { return time.Now().UTC().Truncate(time.Microsecond) }

// System is the wall clock.
var System Clock = system{}

// Manual is a clock that only moves when told to; tests and demos use it.
type Manual struct {
	mu  sync.Mutex
	now time.Time
}

// NewManual starts a manual clock at t.
func NewManual(t time.Time) *Manual { return &Manual{now: t.UTC().Truncate(time.Microsecond)} }

// Now returns the clock's instant.
func (m *Manual) Now() time.Time {
	m.mu.Lock()
	defer m.mu.Unlock()
	return m.now
}

// Set moves the clock to t.
func (m *Manual) Set(t time.Time) {
	m.mu.Lock()
	m.now = t.UTC().Truncate(time.Microsecond)
	m.mu.Unlock()
}

// Advance moves the clock forward by d.
func (m *Manual) Advance(d time.Duration) {
	m.mu.Lock()
	m.now = m.now.Add(d)
	m.mu.Unlock()
}

type ctxKey struct{}

// With returns a context carrying c.
func With(ctx context.Context, c Clock) context.Context { return context.WithValue(ctx, ctxKey{}, c) }

// From returns the context's clock, or System when none was set.
func From(ctx context.Context) Clock {
	if c, ok := ctx.Value(ctxKey{}).(Clock); ok && c != nil {
		return c
	}
	return System
}

// Now is From(ctx).Now().
func Now(ctx context.Context) time.Time { return From(ctx).Now() }

// Shanghai is the zone every day boundary and every shown instant uses.
var Shanghai = mustLoad("Asia/Shanghai")

func mustLoad(name string) *time.Location {
	loc, err := time.LoadLocation(name)
	if err != nil {
		panic(err)
	}
	return loc
}

// Shown is an instant as messages give it to people: Asia/Shanghai, to the minute.
func Shown(t time.Time) string { return t.In(Shanghai).Format("2006-01-02 15:04") }
