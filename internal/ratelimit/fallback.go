package ratelimit

import (
	"context"
	"log/slog"
	"sync"
	"time"
)

// Defaults of a Fallback.
const (
	// DefaultSharedTimeout bounds one call to the shared store: a login
	// waits at most this long for a store that has stopped answering.
	DefaultSharedTimeout = 250 * time.Millisecond
	// DefaultSharedPause is how long, after a failure, calls go straight to
	// memory before the shared store is tried again.
	DefaultSharedPause = time.Second
	// DefaultWarnEvery is the least time between two warnings in the log.
	DefaultWarnEvery = time.Minute
)

// Fallback is a Backend that counts in Shared (Redis) and, when Shared fails,
// in Local, the instance's own memory, for that call.
//
// The choice is availability over strictness: a shared store that is down
// must not refuse every login and upload. While it is down each instance
// enforces the limits on its own, so the effective limit is at most the
// configured one times the number of instances (as without a shared store)
// and never looser. Local starts empty, so the first minute of an outage
// grants each instance a fresh burst; when Shared answers again, its counts
// (which expire on their own) are used again.
//
// After a failure, calls skip Shared for Pause, so a store that hangs costs
// one Timeout per Pause, not one per login. Failures are logged at most once
// every WarnEvery (with the number left out since), and each is reported to
// OnError (a metric). A call whose own context ended is answered from Local
// without counting as a failure.
type Fallback struct {
	Shared Backend
	Local  *Memory
	Log    *slog.Logger
	// OnError is called once per failure of Shared; nil: not called.
	OnError func()
	// Timeout, Pause and WarnEvery: zero means the defaults above.
	Timeout, Pause, WarnEvery time.Duration

	mu          sync.Mutex
	pausedUntil time.Time
	lastWarn    time.Time
	unlogged    int
}

// Allow implements Backend; it fails only if Local does.
func (f *Fallback) Allow(ctx context.Context, now time.Time, checks []Check) (bool, time.Duration, error) {
	if !f.paused(now) {
		timeout := f.Timeout
		if timeout <= 0 {
			timeout = DefaultSharedTimeout
		}
		sctx, cancel := context.WithTimeout(ctx, timeout)
		ok, retry, err := f.Shared.Allow(sctx, now, checks)
		cancel()
		if err == nil {
			return ok, retry, nil
		}
		if ctx.Err() == nil {
			f.failed(now, err)
		}
	}
	return f.Local.Allow(ctx, now, checks)
}

// Sweep forgets Local's idle keys.
func (f *Fallback) Sweep() int { return f.Local.Sweep() }

func (f *Fallback) paused(now time.Time) bool {
	f.mu.Lock()
	defer f.mu.Unlock()
	return now.Before(f.pausedUntil)
}

func (f *Fallback) failed(now time.Time, err error) {
	if f.OnError != nil {
		f.OnError()
	}
	pause, every := f.Pause, f.WarnEvery
	if pause <= 0 {
		pause = DefaultSharedPause
	}
	if every <= 0 {
		every = DefaultWarnEvery
	}
	f.mu.Lock()
	f.pausedUntil = now.Add(pause)
	warn := f.lastWarn.IsZero() || now.Sub(f.lastWarn) >= every || now.Before(f.lastWarn)
	unlogged := f.unlogged
	if warn {
		f.lastWarn, f.unlogged = now, 0
	} else {
		f.unlogged++
	}
	f.mu.Unlock()
	if warn && f.Log != nil {
		f.Log.Warn("rate limits: shared store failed, limiting per instance for now",
			"err", err, "failures_not_logged", unlogged, "retry_in", pause)
	}
}
