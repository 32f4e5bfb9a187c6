// Command photo measures the photo validation tool (internal/photo) on
// generated ID photos of three sizes: validations per second and CPU
// milliseconds per photo, for a check alone (Validate) and for an upload
// (Normalize, which validates and produces the stored 295×413 JPEG), on one
// goroutine and through a Pool on every core; and what refusing a
// decompression bomb (a small file whose header claims 60000×60000) costs.
//
//	go run ./bench/photo [-d 3s] [-rounds 3]
//
// CPU time is the process's user+system time (getrusage), so it includes
// the garbage collector; the median of the rounds is printed.
package main

import (
	"context"
	"flag"
	"fmt"
	"os"
	"runtime"
	"sort"
	"sync"
	"time"

	"github.com/ruankao/ruankao/internal/photo"
	"github.com/ruankao/ruankao/internal/photo/phototest"
)

func main() {
	d := flag.Duration("d", 3*time.Second, "duration of one measurement")
	rounds := flag.Int("rounds", 3, "rounds per measurement (the median is printed)")
	flag.Parse()

	fmt.Printf("GOMAXPROCS %d, %s, %d round(s) of %v, median\n\n", runtime.GOMAXPROCS(0), runtime.Version(), *rounds, *d)
	fmt.Printf("%-10s %-9s %-12s %12s %14s %16s\n", "source", "bytes", "operation", "per second", "CPU ms/photo", "pool per second")
	for _, sz := range [][2]int{{413, 579}, {600, 800}, {1200, 1600}} {
		data := phototest.Encode(phototest.Portrait(phototest.Options{Width: sz[0], Height: sz[1], Seed: 1}), 95)
		if r := photo.Validate(data); !r.Passed {
			fmt.Fprintln(os.Stderr, "generated photo refused:", r.Failed())
			os.Exit(1)
		}
		for _, op := range []struct {
			name string
			fn   func()
		}{
			{"Validate", func() { photo.Validate(data) }},
			{"Normalize", func() {
				if _, _, err := photo.Normalize(data); err != nil {
					panic(err)
				}
			}},
		} {
			var rates, cpus, poolRates []float64
			for range *rounds {
				rate, cpu := sequential(op.fn, *d)
				rates, cpus = append(rates, rate), append(cpus, cpu)
				poolRates = append(poolRates, pooled(op.fn, *d))
			}
			fmt.Printf("%-10s %-9d %-12s %12.1f %14.2f %16.1f\n", fmt.Sprintf("%d×%d", sz[0], sz[1]), len(data),
				op.name, median(rates), median(cpus), median(poolRates))
		}
	}

	bomb := phototest.Bomb(60000, 60000)
	var before, after runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&before)
	start := time.Now()
	r := photo.Validate(bomb)
	elapsed := time.Since(start)
	runtime.ReadMemStats(&after)
	dims, _ := r.Check(photo.CheckDimensions)
	fmt.Printf("\ndecompression bomb: %d-byte file claiming 60000×60000 (a full decode would need ~5.4 GB)\n", len(bomb))
	fmt.Printf("  refused: %v (%s); %v; allocated %d bytes in %d allocations during the call (an upper bound of its peak heap)\n",
		!dims.Passed, dims.Measured, elapsed, after.TotalAlloc-before.TotalAlloc, after.Mallocs-before.Mallocs)
}

// sequential runs fn on this goroutine for about d and returns runs per
// second and CPU milliseconds per run.
func sequential(fn func(), d time.Duration) (perSecond, cpuMs float64) {
	fn() // warm up
	runtime.GC()
	c0, t0 := cpuTime(), time.Now()
	n := 0
	for time.Since(t0) < d {
		fn()
		n++
	}
	wall, cpu := time.Since(t0), cpuTime()-c0
	return float64(n) / wall.Seconds(), float64(cpu.Microseconds()) / 1000 / float64(n)
}

// pooled submits fn through a photo.Pool with one worker per core from as
// many clients for about d and returns runs per second.
func pooled(fn func(), d time.Duration) float64 {
	p := photo.NewPool(0, 64)
	defer p.Close()
	var wg sync.WaitGroup
	var mu sync.Mutex
	n := 0
	t0 := time.Now()
	for range 2 * runtime.GOMAXPROCS(0) {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for time.Since(t0) < d {
				if err := p.Do(context.Background(), fn); err == nil {
					mu.Lock()
					n++
					mu.Unlock()
				}
			}
		}()
	}
	wg.Wait()
	return float64(n) / time.Since(t0).Seconds()
}

func median(v []float64) float64 {
	s := append([]float64(nil), v...)
	sort.Float64s(s)
	return s[len(s)/2]
}
