package store

import (
	"context"
	"fmt"
	"sync"
	"sync/atomic"
	"testing"

	"entgo.io/ent/dialect"
)

// BenchmarkWriteUnits: concurrent one-row transactions on a SQLite file with
// synchronous=FULL, batched (the default) and each committed alone (a batch
// of at most one unit, as before group commit), so that the figures differ
// only by the fsyncs shared:
//
//	go test ./internal/store -run '^$' -bench WriteUnits -benchtime 3000x
func BenchmarkWriteUnits(b *testing.B) {
	for _, mode := range []struct {
		name     string
		maxUnits int
	}{{"alone", 1}, {"batched", batchMaxUnits}} {
		for _, writers := range []int{1, 16, 64} {
			b.Run(fmt.Sprintf("%s/writers=%d", mode.name, writers), func(b *testing.B) {
				writeUnits(b, mode.maxUnits, writers)
			})
		}
	}
}

func writeUnits(b *testing.B, maxUnits, writers int) {
	db, err := Open(context.Background(), "sqlite://"+b.TempDir()+"/bench.db")
	if err != nil {
		b.Fatal(err)
	}
	defer db.Close()
	if _, err := db.SQL.Exec(`CREATE TABLE t (v TEXT PRIMARY KEY)`); err != nil {
		b.Fatal(err)
	}
	db.group.maxUnits = maxUnits
	ctx := context.Background()
	var next atomic.Int64
	var wg sync.WaitGroup
	b.ResetTimer()
	for range writers {
		wg.Go(func() {
			for i := next.Add(1); i <= int64(b.N); i = next.Add(1) {
				v := fmt.Sprint(i)
				if err := unitOf(db, ctx, func(tx dialect.Tx) error { return insert(ctx, tx, v) })(); err != nil {
					b.Error(err)
					return
				}
			}
		})
	}
	wg.Wait()
	b.StopTimer()
	b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "units/s")
	if c := db.Commits(); c > 0 {
		b.ReportMetric(float64(db.Units())/float64(c), "units/commit")
	}
}
