package photo

import (
	"context"
	"errors"
	"runtime"
	"sync"
	"sync/atomic"
	"testing"
	"time"
)

// waitFor polls cond for up to 5 s.
func waitFor(t *testing.T, what string, cond func() bool) {
	t.Helper()
	deadline := time.Now().Add(5 * time.Second)
	for !cond() {
		if time.Now().After(deadline) {
			t.Fatalf("timed out waiting for %s", what)
		}
		time.Sleep(time.Millisecond)
	}
}

func TestPoolBoundsConcurrency(t *testing.T) {
	const workers, tasks = 3, 40
	p := NewPool(workers, tasks)
	defer p.Close()
	var running, peak, done atomic.Int32
	var wg sync.WaitGroup
	for range tasks {
		wg.Add(1)
		go func() {
			defer wg.Done()
			err := p.Do(context.Background(), func() {
				n := running.Add(1)
				for {
					old := peak.Load()
					if n <= old || peak.CompareAndSwap(old, n) {
						break
					}
				}
				time.Sleep(3 * time.Millisecond)
				running.Add(-1)
				done.Add(1)
			})
			if err != nil {
				t.Error(err)
			}
		}()
	}
	wg.Wait()
	if done.Load() != tasks {
		t.Errorf("%d tasks ran, want %d", done.Load(), tasks)
	}
	if peak.Load() > workers {
		t.Errorf("%d tasks ran at once, limit %d", peak.Load(), workers)
	}
	if peak.Load() < 2 {
		t.Errorf("never more than %d at once: the pool does not run in parallel", peak.Load())
	}
}

func TestPoolDefaultWorkers(t *testing.T) {
	p := NewPool(0, 0)
	defer p.Close()
	if p.workers != runtime.GOMAXPROCS(0) {
		t.Errorf("%d workers, want GOMAXPROCS %d", p.workers, runtime.GOMAXPROCS(0))
	}
}

// doWithin calls p.Do and fails the test when it has not returned within
// two seconds (a refusal or a cancellation must not wait for a worker).
func doWithin(t *testing.T, ctx context.Context, p *Pool, fn func()) error {
	t.Helper()
	errc := make(chan error, 1)
	go func() { errc <- p.Do(ctx, fn) }()
	select {
	case err := <-errc:
		return err
	case <-time.After(2 * time.Second):
		t.Fatal("Do blocked")
		return nil
	}
}

// blockWorkers fills every worker of p with a task that waits for release.
func blockWorkers(t *testing.T, p *Pool, n int) (release func()) {
	t.Helper()
	ch := make(chan struct{})
	for range n {
		go p.Do(context.Background(), func() { <-ch })
	}
	waitFor(t, "workers busy", func() bool { r, _ := p.Stats(); return r == n })
	var once sync.Once
	return func() { once.Do(func() { close(ch) }) }
}

func TestPoolRefusesWhenFull(t *testing.T) {
	p := NewPool(2, 3)
	defer p.Close()
	release := blockWorkers(t, p, 2)
	defer release()
	queued := make(chan error, 3)
	for range 3 {
		go func() { queued <- p.Do(context.Background(), func() {}) }()
	}
	waitFor(t, "queue full", func() bool { _, w := p.Stats(); return w == 3 })

	start := time.Now()
	var ran atomic.Bool
	err := doWithin(t, context.Background(), p, func() { ran.Store(true) })
	if d := time.Since(start); d > 100*time.Millisecond {
		t.Errorf("refusal took %v", d)
	}
	var busy *ErrBusy
	if !errors.As(err, &busy) {
		t.Fatalf("got %v, want *ErrBusy", err)
	}
	if ran.Load() {
		t.Error("refused task ran")
	}
	if busy.RetryAfter < time.Second || busy.Queued != 3 {
		t.Errorf("hint %+v", busy)
	}
	release()
	for range 3 {
		if err := <-queued; err != nil {
			t.Errorf("queued task: %v", err)
		}
	}
	// Room again.
	if err := p.Do(context.Background(), func() {}); err != nil {
		t.Errorf("after draining: %v", err)
	}
}

// The retry hint grows with the queue and the recent task time.
func TestPoolRetryHint(t *testing.T) {
	p := NewPool(2, 100)
	defer p.Close()
	release := blockWorkers(t, p, 2)
	defer release()
	p.mu.Lock()
	p.mean = 200 * time.Millisecond
	p.mu.Unlock()
	for range 100 {
		go p.Do(context.Background(), func() {})
	}
	waitFor(t, "queue full", func() bool { _, w := p.Stats(); return w == 100 })
	var busy *ErrBusy
	if err := doWithin(t, context.Background(), p, func() {}); !errors.As(err, &busy) {
		t.Fatalf("got %v", err)
	}
	// (100 waiting + 2 running) / 2 workers × 200 ms = 10.2 s.
	if busy.RetryAfter != 10200*time.Millisecond {
		t.Errorf("RetryAfter %v, want 10.2s", busy.RetryAfter)
	}
}

func TestPoolMeanTracksTaskTime(t *testing.T) {
	p := NewPool(1, 1)
	defer p.Close()
	for range 40 {
		p.Do(context.Background(), func() { time.Sleep(5 * time.Millisecond) })
	}
	p.mu.Lock()
	mean := p.mean
	p.mu.Unlock()
	if mean < 4*time.Millisecond || mean > 30*time.Millisecond {
		t.Errorf("mean task time %v after 5 ms tasks", mean)
	}
}

func TestPoolCancelWhileQueued(t *testing.T) {
	p := NewPool(1, 1)
	defer p.Close()
	release := blockWorkers(t, p, 1)
	ctx, cancel := context.WithCancel(context.Background())
	var ran atomic.Bool
	errc := make(chan error, 1)
	go func() { errc <- p.Do(ctx, func() { ran.Store(true) }) }()
	waitFor(t, "queued", func() bool { _, w := p.Stats(); return w == 1 })
	cancel()
	select {
	case err := <-errc:
		if !errors.Is(err, context.Canceled) {
			t.Errorf("got %v, want context.Canceled", err)
		}
	case <-time.After(2 * time.Second):
		release()
		t.Fatal("Do kept waiting after its context was cancelled")
	}
	if _, w := p.Stats(); w != 0 {
		t.Errorf("%d still waiting after cancellation", w)
	}
	// The freed slot takes another task while the worker is still busy.
	errc2 := make(chan error, 1)
	go func() { errc2 <- p.Do(context.Background(), func() {}) }()
	waitFor(t, "queued again", func() bool { _, w := p.Stats(); return w == 1 })
	release()
	if err := <-errc2; err != nil {
		t.Error(err)
	}
	if ran.Load() {
		t.Error("the cancelled task ran")
	}

	// A deadline in the queue gives DeadlineExceeded.
	release = blockWorkers(t, p, 1)
	defer release()
	ctx2, cancel2 := context.WithTimeout(context.Background(), 20*time.Millisecond)
	defer cancel2()
	if err := doWithin(t, ctx2, p, func() {}); !errors.Is(err, context.DeadlineExceeded) {
		t.Errorf("got %v, want DeadlineExceeded", err)
	}
	// An ended context is refused before queueing.
	if err := p.Do(ctx, func() { ran.Store(true) }); !errors.Is(err, context.Canceled) || ran.Load() {
		t.Errorf("got %v", err)
	}
}

// Cancelling once the task runs does not abandon it: Do waits, so the task
// may write the caller's variables.
func TestPoolCancelWhileRunning(t *testing.T) {
	p := NewPool(1, 0)
	defer p.Close()
	ctx, cancel := context.WithCancel(context.Background())
	started := make(chan struct{})
	result := 0
	errc := make(chan error, 1)
	go func() {
		errc <- p.Do(ctx, func() {
			close(started)
			time.Sleep(30 * time.Millisecond)
			result = 42
		})
	}()
	<-started
	cancel()
	if err := <-errc; err != nil {
		t.Errorf("got %v", err)
	}
	if result != 42 {
		t.Error("Do returned before the task finished")
	}
}

func TestPoolQueueZero(t *testing.T) {
	p := NewPool(1, 0)
	defer p.Close()
	if err := p.Do(context.Background(), func() {}); err != nil {
		t.Fatal(err)
	}
	release := blockWorkers(t, p, 1)
	defer release()
	var busy *ErrBusy
	if err := doWithin(t, context.Background(), p, func() {}); !errors.As(err, &busy) {
		t.Errorf("got %v, want *ErrBusy", err)
	}
}

func TestPoolPanicReachesCaller(t *testing.T) {
	p := NewPool(1, 1)
	defer p.Close()
	func() {
		defer func() {
			if r := recover(); r != "boom" {
				t.Errorf("recovered %v", r)
			}
		}()
		p.Do(context.Background(), func() { panic("boom") })
		t.Error("no panic")
	}()
	// The worker survived.
	if err := p.Do(context.Background(), func() {}); err != nil {
		t.Error(err)
	}
}

func TestPoolClose(t *testing.T) {
	p := NewPool(2, 4)
	var n atomic.Int32
	for range 4 {
		go p.Do(context.Background(), func() { time.Sleep(5 * time.Millisecond); n.Add(1) })
	}
	waitFor(t, "accepted", func() bool { r, w := p.Stats(); return r+w+int(n.Load()) == 4 })
	p.Close() // runs what was queued, then returns
	if n.Load() != 4 {
		t.Errorf("%d of 4 accepted tasks ran before Close returned", n.Load())
	}
	if err := p.Do(context.Background(), func() {}); !errors.Is(err, ErrClosed) {
		t.Errorf("after Close: %v", err)
	}
}
