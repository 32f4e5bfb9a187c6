package photo

import (
	"container/list"
	"context"
	"errors"
	"fmt"
	"runtime"
	"sync"
	"time"
)

// Pool runs photo work on a fixed number of goroutines with a bounded
// queue, so that a burst of uploads cannot take more than its share of the
// cores (or of memory: a decode holds up to a few hundred MB) from logins
// and submissions. When the queue is full, Do refuses at once with
// *ErrBusy and a retry hint.
type Pool struct {
	workers  int
	maxQueue int

	mu      sync.Mutex
	cond    *sync.Cond
	waiting list.List // of *task, oldest first
	running int
	closed  bool
	mean    time.Duration // moving average of recent task durations
	wg      sync.WaitGroup
}

// ErrBusy is the refusal of a full pool. RetryAfter estimates when a slot
// frees up: the tasks ahead divided among the workers, times the recent
// mean task time, at least one second. The GraphQL layer presents it as
// RATE_LIMITED with retryAfterSeconds.
type ErrBusy struct {
	RetryAfter time.Duration
	Queued     int // tasks waiting when refused
}

func (e *ErrBusy) Error() string {
	return fmt.Sprintf("photo: busy (%d waiting), retry after %s", e.Queued, e.RetryAfter)
}

// ErrClosed is returned by Do after Close.
var ErrClosed = errors.New("photo: pool closed")

// initialMean is the task time assumed before any task has run: a
// 600×800 photo validated and normalized on one core.
const initialMean = 40 * time.Millisecond

// NewPool starts workers goroutines (runtime.GOMAXPROCS(0) when workers ≤ 0)
// that take tasks from a queue of at most queue waiting tasks (0: a task is
// accepted only when a worker is free).
func NewPool(workers, queue int) *Pool {
	if workers <= 0 {
		workers = runtime.GOMAXPROCS(0)
	}
	p := &Pool{workers: workers, maxQueue: max(queue, 0), mean: initialMean}
	p.cond = sync.NewCond(&p.mu)
	p.wg.Add(workers)
	for range workers {
		go p.work()
	}
	return p
}

type task struct {
	fn       func()
	done     chan struct{}
	elem     *list.Element // in waiting, nil once taken or withdrawn
	panicked bool
	panicVal any
}

// Do runs fn on one of the pool's goroutines and returns when it has run.
// It returns *ErrBusy at once when the workers are busy and the queue is
// full, ctx.Err() when ctx ends while fn is still waiting in the queue (fn
// then never runs), and ErrClosed after Close. Once fn has started, Do waits
// for it whatever ctx does, so fn may write to the caller's variables. A
// panic in fn is raised again in the caller's goroutine.
func (p *Pool) Do(ctx context.Context, fn func()) error {
	if err := ctx.Err(); err != nil {
		return err
	}
	t := &task{fn: fn, done: make(chan struct{})}
	p.mu.Lock()
	if p.closed {
		p.mu.Unlock()
		return ErrClosed
	}
	if p.running+p.waiting.Len() >= p.workers+p.maxQueue {
		err := &ErrBusy{RetryAfter: p.retryAfterLocked(), Queued: p.waiting.Len()}
		p.mu.Unlock()
		return err
	}
	t.elem = p.waiting.PushBack(t)
	p.cond.Signal()
	p.mu.Unlock()

	select {
	case <-t.done:
	case <-ctx.Done():
		p.mu.Lock()
		if t.elem != nil { // still waiting: withdraw it
			p.waiting.Remove(t.elem)
			t.elem = nil
			p.mu.Unlock()
			return ctx.Err()
		}
		p.mu.Unlock()
		<-t.done
	}
	if t.panicked {
		panic(t.panicVal)
	}
	return nil
}

// retryAfterLocked estimates how long until the queue has room.
func (p *Pool) retryAfterLocked() time.Duration {
	ahead := p.waiting.Len() + p.running
	d := time.Duration(float64(p.mean) * float64(ahead) / float64(p.workers))
	return max(d, time.Second)
}

func (p *Pool) work() {
	defer p.wg.Done()
	for {
		p.mu.Lock()
		for p.waiting.Len() == 0 && !p.closed {
			p.cond.Wait()
		}
		if p.waiting.Len() == 0 { // closed and drained
			p.mu.Unlock()
			return
		}
		t := p.waiting.Remove(p.waiting.Front()).(*task)
		t.elem = nil
		p.running++
		p.mu.Unlock()

		start := time.Now()
		p.run(t)
		d := time.Since(start)

		p.mu.Lock()
		p.running--
		p.mean += (d - p.mean) / 8 // exponential moving average over ~8 tasks
		p.mu.Unlock()
		close(t.done)
	}
}

func (p *Pool) run(t *task) {
	defer func() {
		if r := recover(); r != nil {
			t.panicked, t.panicVal = true, r
		}
	}()
	t.fn()
}

// Stats reports how many tasks are running and waiting.
func (p *Pool) Stats() (running, waiting int) {
	p.mu.Lock()
	defer p.mu.Unlock()
	return p.running, p.waiting.Len()
}

// Close refuses new tasks, lets the queued ones run and waits for the
// workers to finish.
func (p *Pool) Close() {
	p.mu.Lock()
	p.closed = true
	p.cond.Broadcast()
	p.mu.Unlock()
	p.wg.Wait()
}

// yield lets the request goroutines waiting for a core run between the
// phases of a photo (decode, resample, encode: a few milliseconds each):
// photo work takes both cores on an opening morning, and without it a
// login or a submit would wait for the scheduler's 10 ms preemption each
// time it becomes runnable.
func yield() { runtime.Gosched() }
