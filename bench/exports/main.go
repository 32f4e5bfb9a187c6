// Command exports measures the export of applications (issue 27): it loads
// n applications into a fresh SQLite file or PostgreSQL database, then runs
// the export job through internal/exports as the API does — a national
// admin's export of the whole country — for CSV and XLSX, and prints rows
// per second, the file's size and the heap: its peak during the job (sampled
// every 20 ms; in use, and live at the last collection) against the heap
// before it, to show memory stays flat.
//
//	go run ./bench/exports -n 1000000 -db sqlite
//	go run ./bench/exports -n 1000000 -db postgres -formats csv
package main

import (
	"context"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"runtime/metrics"
	"runtime/pprof"
	"strings"
	"sync/atomic"
	"syscall"
	"time"

	"github.com/ruankao/ruankao/bench/internal/pgdb"
	"github.com/ruankao/ruankao/ent/exportjob"
	"github.com/ruankao/ruankao/ent/staffuser"
	"github.com/ruankao/ruankao/internal/catalog"
	"github.com/ruankao/ruankao/internal/demo"
	"github.com/ruankao/ruankao/internal/exports"
	"github.com/ruankao/ruankao/internal/files"
	"github.com/ruankao/ruankao/internal/pii"
	"github.com/ruankao/ruankao/internal/refdata"
	"github.com/ruankao/ruankao/internal/store"
	"github.com/ruankao/ruankao/internal/viewer"
)

func main() {
	n := flag.Int("n", 1_000_000, "applications")
	dbs := flag.String("db", "sqlite,postgres", "databases: sqlite, postgres or both")
	formats := flag.String("formats", "csv,csv-full,xlsx", "exports to time: csv, csv-full (full ID numbers), xlsx")
	pg := flag.String("pg", "postgres://postgres@127.0.0.1:5432/ruankao_bench_exports?sslmode=disable", "PostgreSQL database to (re)create")
	cpu := flag.String("cpuprofile", "", "write a CPU profile of the whole run here")
	flag.Parse()
	if *cpu != "" {
		f, err := os.Create(*cpu)
		if err != nil {
			fmt.Fprintln(os.Stderr, err)
			os.Exit(1)
		}
		_ = pprof.StartCPUProfile(f)
		defer pprof.StopCPUProfile()
	}
	fmt.Println("| db | export | rows | load s | export s | rows/s | our CPU s | file MB | heap before MB | peak heap in use MB | peak live heap MB |")
	fmt.Println("|---|---|---|---|---|---|---|---|---|---|---|")
	for _, db := range strings.Split(*dbs, ",") {
		if err := bench(db, *n, *pg, strings.Split(*formats, ",")); err != nil {
			fmt.Fprintln(os.Stderr, db+":", err)
			pprof.StopCPUProfile()
			os.Exit(1)
		}
	}
}

func bench(db string, n int, pgURL string, formats []string) error {
	dir, err := os.MkdirTemp("", "ruankao-exports-")
	if err != nil {
		return err
	}
	if os.Getenv("KEEP") == "" {
		defer os.RemoveAll(dir)
	} else {
		fmt.Fprintln(os.Stderr, "keeping", dir)
	}
	dbURL := pgURL
	if db == "sqlite" {
		dbURL = "sqlite://" + filepath.Join(dir, "exports.db")
	} else if err := pgdb.Recreate(pgURL); err != nil {
		return err
	}
	ctx := viewer.SystemContext(context.Background())
	s, err := store.Open(ctx, dbURL)
	if err != nil {
		return err
	}
	defer s.Close()
	if err := s.MigrateUp(ctx); err != nil {
		return err
	}
	if _, err := refdata.Seed(ctx, s.Client); err != nil {
		return err
	}
	if err := demo.Load(ctx, s.Client); err != nil {
		return err
	}
	if err := demo.LoadAccounts(ctx, s.Client); err != nil {
		return err
	}
	t0 := time.Now()
	keys, err := load(ctx, s, demo.SessionPrint, n)
	if err != nil {
		return err
	}
	loaded := time.Since(t0)
	if s.Dialect == "postgres" {
		// Autovacuum's statistics, which a bulk load has not had time for.
		if _, err := s.SQL.ExecContext(ctx, "ANALYZE"); err != nil {
			return err
		}
	}
	store, err := files.NewDirStore(filepath.Join(dir, "files"))
	if err != nil {
		return err
	}
	admin, err := s.Client.StaffUser.Query().Where(staffuser.Username("admin")).Only(ctx)
	if err != nil {
		return err
	}
	actx := viewer.With(context.Background(), viewer.Viewer{Kind: viewer.Staff, ID: admin.ID, Role: admin.Role})
	for _, f := range formats {
		if err := run(actx, s, store, keys, db, f, n, loaded); err != nil {
			return fmt.Errorf("%s: %w", f, err)
		}
	}
	return nil
}

func run(ctx context.Context, s *store.DB, fs files.Store, keys *pii.Keys, db, format string, n int, loaded time.Duration) error {
	svc := &exports.Service{Client: s.Client, Reads: s.Reads(), Dialect: s.Dialect, Files: fs, Keys: keys,
		Catalog: catalog.NewCache(s.Client)}
	req := exports.Request{SessionCode: demo.SessionPrint, Format: exportjob.FormatCSV}
	switch format {
	case "csv-full":
		req.FullIDNumbers = true
	case "xlsx":
		req.Format = exportjob.FormatXLSX
	case "csv":
	default:
		return fmt.Errorf("unknown export %q", format)
	}
	runtime.GC()
	before := heap()
	var peak, peakLive atomic.Uint64
	stop := make(chan struct{})
	sampled := make(chan struct{})
	go func() {
		defer close(sampled)
		t := time.NewTicker(20 * time.Millisecond)
		defer t.Stop()
		for {
			select {
			case <-stop:
				return
			case <-t.C:
				if h := heap(); h > peak.Load() {
					peak.Store(h)
				}
				if h := liveHeap(); h > peakLive.Load() {
					peakLive.Store(h)
				}
			}
		}
	}()
	cpu0 := cpuTime()
	t0 := time.Now()
	job, ps, err := svc.Start(ctx, req)
	if err != nil || ps.Any() {
		return fmt.Errorf("start: %v %v", err, ps)
	}
	svc.Wait()
	took := time.Since(t0)
	cpu := cpuTime() - cpu0
	close(stop)
	<-sampled
	job, err = s.Client.ExportJob.Get(viewer.SystemContext(ctx), job.ID)
	if err != nil {
		return err
	}
	if job.Status != exportjob.StatusREADY || job.RowsDone != n {
		return fmt.Errorf("export ended %s with %d rows of %d: %s", job.Status, job.RowsDone, n, job.Error)
	}
	fmt.Printf("| %s | %s | %d | %.1f | %.2f | %.0f | %.2f | %.1f | %.1f | %.1f | %.1f |\n", db, format, job.RowsDone, loaded.Seconds(),
		took.Seconds(), float64(job.RowsDone)/took.Seconds(), cpu.Seconds(), float64(*job.FileBytes)/(1<<20),
		float64(before)/(1<<20), float64(max(peak.Load(), before))/(1<<20), float64(peakLive.Load())/(1<<20))
	return nil
}

// liveHeap is the heap the last collection found live: what the job keeps,
// without the garbage a fast allocator leaves for the next one.
func liveHeap() uint64 {
	m := []metrics.Sample{{Name: "/gc/heap/live:bytes"}}
	metrics.Read(m)
	return m[0].Value.Uint64()
}

// heap is the bytes of live and not yet swept heap objects.
func heap() uint64 {
	var m runtime.MemStats
	runtime.ReadMemStats(&m)
	return m.HeapInuse
}

// cpuTime is this process's user and system CPU so far (the database's
// own, PostgreSQL's processes, is not in it).
func cpuTime() time.Duration {
	var ru syscall.Rusage
	_ = syscall.Getrusage(syscall.RUSAGE_SELF, &ru)
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}
