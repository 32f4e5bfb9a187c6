// Command stats measures the statistics at full size (issue 27): it
// generates a session of n applications (internal/generate, the scores
// stage: registrations, reviews, payments, seats and scores) into a fresh
// SQLite file and a fresh PostgreSQL database, folds the counters, and times
// every statistics figure for the country, the largest region and 大连 —
// each the median of -rounds cold scopes (no memo shared between rounds) —
// then the national summary report (gather and render).
//
//	go run ./bench/stats                       # 1,000,000 applications, both databases
//	go run ./bench/stats -n 100000 -db sqlite
package main

import (
	"context"
	"crypto/rand"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"time"

	"github.com/ruankao/ruankao/bench/internal/pgdb"
	"github.com/ruankao/ruankao/ent"
	"github.com/ruankao/ruankao/ent/examsession"
	"github.com/ruankao/ruankao/ent/region"
	"github.com/ruankao/ruankao/internal/catalog"
	"github.com/ruankao/ruankao/internal/files"
	"github.com/ruankao/ruankao/internal/generate"
	"github.com/ruankao/ruankao/internal/pii"
	"github.com/ruankao/ruankao/internal/refdata"
	"github.com/ruankao/ruankao/internal/stats"
	"github.com/ruankao/ruankao/internal/store"
	"github.com/ruankao/ruankao/internal/viewer"
	"github.com/ruankao/ruankao/reports"
)

func main() {
	n := flag.Int("n", 1_000_000, "applications")
	dbs := flag.String("db", "sqlite,postgres", "databases")
	rounds := flag.Int("rounds", 5, "rounds per figure (the median is shown)")
	seed := flag.Int64("seed", 27, "generator seed")
	pg := flag.String("pg", "postgres://postgres@127.0.0.1:5432/ruankao_bench_stats?sslmode=disable", "PostgreSQL database to (re)create")
	flag.Parse()
	for _, db := range strings.Split(*dbs, ",") {
		if err := bench(db, *n, *rounds, *seed, *pg); err != nil {
			fmt.Fprintln(os.Stderr, db+":", err)
			os.Exit(1)
		}
	}
}

type figure struct {
	name string
	run  func(ctx context.Context, s *stats.Service, sc *stats.Scope) error
}

func figures() []figure {
	discard := func(err error) error { return err }
	return []figure{
		{"byStatus", func(ctx context.Context, s *stats.Service, sc *stats.Scope) error {
			_, err := s.ByStatus(ctx, sc)
			return discard(err)
		}},
		{"registrations", func(ctx context.Context, s *stats.Service, sc *stats.Scope) error {
			_, err := s.Registrations(ctx, sc)
			return err
		}},
		{"byQualification", func(ctx context.Context, s *stats.Service, sc *stats.Scope) error {
			_, err := s.ByQualification(ctx, sc)
			return err
		}},
		{"byDay", func(ctx context.Context, s *stats.Service, sc *stats.Scope) error {
			_, err := s.ByDay(ctx, sc)
			return err
		}},
		{"revenue", func(ctx context.Context, s *stats.Service, sc *stats.Scope) error {
			_, _, err := s.Revenue(ctx, sc)
			return err
		}},
		{"review", func(ctx context.Context, s *stats.Service, sc *stats.Scope) error {
			_, err := s.Reviews(ctx, sc)
			return err
		}},
		{"seats", func(ctx context.Context, s *stats.Service, sc *stats.Scope) error {
			_, err := s.Seats(ctx, sc)
			return err
		}},
		{"results", func(ctx context.Context, s *stats.Service, sc *stats.Scope) error {
			if _, err := s.ExamResults(ctx, sc); err != nil {
				return err
			}
			_, err := s.ResultsByQualification(ctx, sc)
			return err
		}},
		{"all fields", func(ctx context.Context, s *stats.Service, sc *stats.Scope) error {
			_, err := s.Summary(ctx, sc)
			return err
		}},
	}
}

func bench(db string, n, rounds int, seed int64, pgURL string) error {
	dir, err := os.MkdirTemp("", "ruankao-stats-")
	if err != nil {
		return err
	}
	defer os.RemoveAll(dir)
	dbURL := pgURL
	if db == "sqlite" {
		dbURL = "sqlite://" + filepath.Join(dir, "stats.db")
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
	fileStore, err := files.NewDirStore(filepath.Join(dir, "files"))
	if err != nil {
		return err
	}
	key := make([]byte, 32)
	_, _ = rand.Read(key)
	keys, err := pii.NewKeys(key)
	if err != nil {
		return err
	}
	svc := &stats.Service{Client: s.Client, Reads: s.Reads(), Dialect: s.Dialect, Catalog: catalog.NewCache(s.Client)}
	t0 := time.Now()
	res, err := generate.Run(ctx, s, keys, generate.Config{Seed: seed, Applications: n, Stage: generate.StageScores, Files: fileStore,
		AfterLoad: svc.Tend})
	if err != nil {
		return err
	}
	loaded := time.Since(t0)
	fmt.Printf("\n%s: %d applications generated and counted in %.0f s\n\n", db, res.Applications, loaded.Seconds())
	sess, err := s.Client.ExamSession.Query().Where(examsession.Code(res.Session)).Only(ctx)
	if err != nil {
		return err
	}
	largest, dalian, err := regions(ctx, s.Client, res)
	if err != nil {
		return err
	}
	scopes := []struct {
		name   string
		region *ent.Region
	}{{"全国", nil}, {largest.Name, largest}, {dalian.Name, dalian}}
	fmt.Printf("| figure (%s, median of %d, ms) |", db, rounds)
	for _, sc := range scopes {
		fmt.Printf(" %s |", sc.name)
	}
	fmt.Printf("\n|---|---|---|---|\n")
	for _, f := range figures() {
		fmt.Printf("| %s |", f.name)
		for _, sc := range scopes {
			d, err := median(rounds, func() error {
				return f.run(ctx, svc, &stats.Scope{Session: sess, Region: sc.region, At: time.Now()})
			})
			if err != nil {
				return fmt.Errorf("%s: %w", f.name, err)
			}
			fmt.Printf(" %.1f |", float64(d.Microseconds())/1000)
		}
		fmt.Println()
	}
	var size int
	d, err := median(rounds, func() error {
		data, err := svc.Summary(ctx, &stats.Scope{Session: sess, At: time.Now()})
		if err != nil {
			return err
		}
		var b strings.Builder
		err = reports.SummaryReport(&b, data)
		size = b.Len()
		return err
	})
	if err != nil {
		return err
	}
	fmt.Printf("\nnational summary report (gather + render): %.0f ms, %d KB\n", float64(d.Microseconds())/1000, size/1024)
	return nil
}

// regions are the region with most applications and 大连.
func regions(ctx context.Context, c *ent.Client, res *generate.Result) (*ent.Region, *ent.Region, error) {
	best, most := "", -1
	for code, k := range res.ByRegion {
		if k > most {
			best, most = code, k
		}
	}
	largest, err := c.Region.Query().Where(region.Code(best)).Only(ctx)
	if err != nil {
		return nil, nil, err
	}
	dalian, err := c.Region.Query().Where(region.Code("210200")).Only(ctx)
	return largest, dalian, err
}

func median(rounds int, f func() error) (time.Duration, error) {
	ds := make([]time.Duration, rounds)
	for i := range ds {
		t := time.Now()
		if err := f(); err != nil {
			return 0, err
		}
		ds[i] = time.Since(t)
	}
	slices.Sort(ds)
	return ds[len(ds)/2], nil
}
