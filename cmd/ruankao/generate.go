package main

import (
	"context"
	"flag"
	"fmt"
	"github.com/ruankao/ruankao/internal/stats"
	"log/slog"
	"os"
	"sort"
	"strings"
	"time"

	"github.com/ruankao/ruankao/internal/enum"
	"github.com/ruankao/ruankao/internal/generate"
	"github.com/ruankao/ruankao/internal/refdata"
	"github.com/ruankao/ruankao/internal/store"
)

// ruankao generate [--seed N] [--applications N] [--session CODE] [--stage S] [--now T] [--tickets M] [--db URL] …
//
// Fills a database with a generated session for benchmarks and demos
// (internal/generate). ID numbers are encrypted with RUANKAO_DATA_KEY, as
// `serve` reads them; --dev uses the published development key instead,
// for a database `serve --dev` or `--demo` will open.
func init() { commands["generate"] = generateCommand }

func generateCommand(ctx context.Context, args []string) error {
	fs := flag.NewFlagSet("generate", flag.ContinueOnError)
	dbURL := fs.String("db", env("RUANKAO_DATABASE_URL", store.DefaultURL), "database URL")
	dir := fs.String("files-dir", env("RUANKAO_FILES_DIR", ""), "file store directory (default: beside the SQLite file)")
	dev := fs.Bool("dev", envBool("RUANKAO_DEV"), "encrypt ID numbers with the published development key (no RUANKAO_DATA_KEY)")
	migrate := fs.Bool("migrate", false, "apply pending migrations first")
	seed := fs.Int64("seed", 1, "seed: the same seed (and --now) gives the same data")
	n := fs.Int("applications", 1_000_000, "applications to generate, one candidate each")
	session := fs.String("session", "", "session code: an existing session is filled as it is; default GEN-<year>H<half> for --stage")
	stage := fs.String("stage", string(generate.StageRegistration), "where --now falls in a generated session: registration, printing or scores")
	now := fs.String("now", "", "the instant the data describes, RFC 3339 or YYYY-MM-DD (09:00 Shanghai); default now")
	tickets := fs.String("tickets", "auto", "admission tickets: auto (once printing opened), always, never")
	chunk := fs.Int("chunk", 2_000, "applications per transaction")
	quiet := fs.Bool("quiet", false, "no progress on standard error")
	sf := &serveFlags{}
	addS3Flags(fs, &sf.s3)
	if err := fs.Parse(args); err != nil {
		return err
	}
	if fs.NArg() > 0 {
		return fmt.Errorf("generate: unexpected argument %q", fs.Arg(0))
	}
	cfg := generate.Config{Seed: *seed, Applications: *n, SessionCode: *session, Stage: generate.Stage(*stage), Chunk: *chunk}
	switch *tickets {
	case "auto":
	case "always", "never":
		cfg.Tickets = generate.TicketMode(*tickets)
	default:
		return fmt.Errorf("--tickets: %q is not auto, always or never", *tickets)
	}
	if *now != "" {
		t, err := parseNow(*now)
		if err != nil {
			return err
		}
		cfg.Now = t
	}
	keys, err := keysFromEnv(*dev, slog.Default())
	if err != nil {
		return err
	}
	db, err := store.Open(ctx, *dbURL)
	if err != nil {
		return err
	}
	defer db.Close()
	if err := prepareSchema(ctx, db, *migrate); err != nil {
		return err
	}
	if err := checkKeys(ctx, db, keys, nil, true, nil, slog.Default()); err != nil {
		return err
	}
	if _, err := refdata.Seed(ctx, db.Client); err != nil {
		return err
	}
	sf.dbURL, sf.filesDir = *dbURL, *dir
	if cfg.Files, err = openFileStore(ctx, sf); err != nil {
		return err
	}
	// The counters the triggers kept while loading, folded, and the results counted.
	cfg.AfterLoad = (&stats.Service{Client: db.Client, Reads: db.Reads(), Dialect: db.Dialect}).Tend
	if !*quiet {
		t0, step := time.Now(), max(*n/20, 1)
		cfg.Progress = func(done int) {
			if done%step < *chunk || done == *n {
				fmt.Fprintf(os.Stderr, "generate: %d of %d applications (%.0f/s)\n", done, *n, float64(done)/time.Since(t0).Seconds())
			}
		}
	}
	res, err := generate.Run(ctx, db, keys, cfg)
	if err != nil {
		return err
	}
	printResult(res)
	return nil
}

func parseNow(s string) (time.Time, error) {
	if t, err := time.Parse(time.RFC3339, s); err == nil {
		return t, nil
	}
	d, err := time.ParseInLocation("2006-01-02", s, time.FixedZone("CST", 8*3600))
	if err != nil {
		return time.Time{}, fmt.Errorf("--now: %q is neither RFC 3339 nor YYYY-MM-DD", s)
	}
	return d.Add(9 * time.Hour), nil
}

func printResult(res *generate.Result) {
	fmt.Fprintf(stdout, "session %s: %d applications in %s (%.0f/s)\n", res.Session, res.Applications,
		res.Took.Round(100*time.Millisecond), float64(res.Applications)/res.Took.Seconds())
	var parts []string
	for _, s := range enum.StatusRegistered.Values() {
		if k := res.ByStatus[enum.ApplicationStatus(s)]; k > 0 {
			parts = append(parts, fmt.Sprintf("%s %d", s, k))
		}
	}
	fmt.Fprintf(stdout, "  statuses: %s\n", strings.Join(parts, ", "))
	fmt.Fprintf(stdout, "  regions: %d, qualifications: %d; history %d, decisions %d, orders %d, materials %d\n",
		len(res.ByRegion), len(res.ByQualification), res.History, res.Decisions, res.Orders, res.Materials)
	fmt.Fprintf(stdout, "  sites %d and rooms %d made, tickets %d, scores %d, absentee bans %d\n",
		res.Sites, res.Rooms, res.Tickets, res.Scores, res.Bans)
	top := make([]string, 0, len(res.ByRegion))
	for code := range res.ByRegion {
		top = append(top, code)
	}
	sort.Slice(top, func(i, j int) bool { return res.ByRegion[top[i]] > res.ByRegion[top[j]] })
	if len(top) > 5 {
		top = top[:5]
	}
	for i, code := range top {
		top[i] = fmt.Sprintf("%s %d", code, res.ByRegion[code])
	}
	fmt.Fprintf(stdout, "  largest regions: %s\n  fingerprint %s\n", strings.Join(top, ", "), res.Fingerprint)
}
