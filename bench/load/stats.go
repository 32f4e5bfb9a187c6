package main

import (
	"slices"
	"sync"
	"time"
)

// recorder collects one step's latencies and errors, kept whole so the
// percentiles are exact; a few error messages are kept as samples.
type recorder struct {
	mu      sync.Mutex
	lat     []time.Duration
	errs    int
	samples []string
}

func (r *recorder) ok(d time.Duration) {
	r.mu.Lock()
	r.lat = append(r.lat, d)
	r.mu.Unlock()
}

// fail counts an error; its latency counts too, as a client would see it.
func (r *recorder) fail(d time.Duration, msg string) {
	r.mu.Lock()
	r.lat = append(r.lat, d)
	r.errs++
	if len(r.samples) < 3 {
		r.samples = append(r.samples, truncate(msg, 300))
	}
	r.mu.Unlock()
}

// result is one measured line of the table.
type result struct {
	n             int
	errs          int
	elapsed       time.Duration
	p50, p95, p99 time.Duration
	samples       []string
	usage, dbUse  usage
}

func (r *recorder) result(elapsed time.Duration) result {
	r.mu.Lock()
	defer r.mu.Unlock()
	lat := slices.Clone(r.lat)
	slices.Sort(lat)
	q := func(p float64) time.Duration {
		if len(lat) == 0 {
			return 0
		}
		return lat[min(len(lat)-1, int(p*float64(len(lat))))]
	}
	return result{n: len(lat), errs: r.errs, elapsed: elapsed, p50: q(0.50), p95: q(0.95), p99: q(0.99), samples: slices.Clone(r.samples)}
}

func (r result) rate() float64 {
	if r.elapsed <= 0 {
		return 0
	}
	return float64(r.n-r.errs) / r.elapsed.Seconds()
}

func truncate(s string, n int) string {
	if len(s) <= n {
		return s
	}
	return s[:n] + "…"
}

// medianBy is the element of xs with the median key (the lower middle one
// for an even count).
func medianBy[T any](xs []T, key func(T) float64) T {
	s := slices.Clone(xs)
	slices.SortFunc(s, func(a, b T) int {
		ka, kb := key(a), key(b)
		switch {
		case ka < kb:
			return -1
		case ka > kb:
			return 1
		}
		return 0
	})
	return s[(len(s)-1)/2]
}

func median(xs []float64) float64 { return medianBy(xs, func(x float64) float64 { return x }) }
