// Command load is the opening-day load harness (issue 23): it builds the real
// binary, loads candidates into a fresh SQLite file and a fresh PostgreSQL
// database through the project's own code, starts the server in production
// mode beside its peers (a plain net/http + database/sql handler and
// PostGraphile), runs the five scenarios against each and prints one table.
//
//	go run ./bench/load                 # everything, 100,000 candidates
//	go run ./bench/load -quick          # the CI smoke run: correctness only
//
// It exits 1 when any request failed or a row count does not match.
package main

import (
	"crypto/rand"
	"encoding/base64"
	"flag"
	"fmt"
	"os"
	"os/exec"
	"os/signal"
	"path/filepath"
	"runtime"
	"slices"
	"strings"
	"syscall"
	"time"

	"github.com/ruankao/ruankao/internal/pii"
)

type config struct {
	quick, peers, keep      bool
	dbs                     []string
	scenarios               map[int]bool
	n, n4                   int
	rate4                   float64
	dur, dur4               time.Duration
	rounds                  int
	pgURL                   string
	writeConns, reviewConns int
	notifyConns             int
}

func parseFlags() config {
	var c config
	var dbs, scen string
	flag.BoolVar(&c.quick, "quick", false, "small data and short runs, PostGraphile skipped unless -peers: the CI smoke test")
	flag.BoolVar(&c.peers, "peers", false, "with -quick: run PostGraphile too")
	flag.BoolVar(&c.keep, "keep", false, "keep the temporary directory (databases, server logs)")
	flag.StringVar(&dbs, "db", "sqlite,postgres", "databases to run on")
	flag.StringVar(&scen, "scenarios", "1,2,3,4,5,6,7,8", "scenarios to run (6, the payment notifications, pays scenario 3's applications; 7 prints tickets; 8 asks for statistics)")
	flag.IntVar(&c.n, "n", 0, "candidates loaded (default 100,000; -quick 2,000)")
	flag.IntVar(&c.n4, "n4", 0, "candidates logging in during scenario 4 (default -n; -quick 300)")
	flag.Float64Var(&c.rate4, "rate4", 0, "scenario 4's arrival rate, candidates/s (default 200; -quick 25)")
	flag.DurationVar(&c.dur, "duration", 0, "time bound of each read, submit and review run (default 10s; -quick 2s)")
	flag.DurationVar(&c.dur4, "duration4", 12*time.Minute, "time bound of scenario 4's arrivals")
	flag.IntVar(&c.rounds, "rounds", 0, "rounds of scenarios 1 and 2; the table shows the median (default 3; -quick 1)")
	flag.StringVar(&c.pgURL, "pg", "postgres://postgres@127.0.0.1:5432/ruankao_load?sslmode=disable", "PostgreSQL database to (re)create and load")
	flag.IntVar(&c.writeConns, "write-conns", 32, "clients of scenario 3")
	flag.IntVar(&c.reviewConns, "review-conns", 16, "reviewers of scenario 5")
	flag.IntVar(&c.notifyConns, "notify-conns", 16, "concurrent notification deliveries of scenario 6")
	flag.Parse()
	def := func(v *int, full, quick int) {
		if *v == 0 {
			*v = full
			if c.quick {
				*v = quick
			}
		}
	}
	def(&c.n, 100_000, 2_000)
	def(&c.rounds, 3, 1)
	if c.n4 == 0 {
		c.n4 = c.n
		if c.quick {
			c.n4 = 300
		}
	}
	if c.rate4 == 0 {
		c.rate4 = 200
		if c.quick {
			c.rate4 = 25
		}
	}
	if c.dur == 0 {
		c.dur = 10 * time.Second
		if c.quick {
			c.dur = 2 * time.Second
		}
	}
	c.peers = c.peers || !c.quick
	c.dbs = strings.Split(dbs, ",")
	c.scenarios = map[int]bool{}
	for _, s := range strings.Split(scen, ",") {
		var k int
		if _, err := fmt.Sscan(s, &k); err != nil || k < 1 || k > 8 {
			fatal(fmt.Errorf("-scenarios: %q is not one of 1–8", s))
		}
		c.scenarios[k] = true
	}
	if c.scenarios[6] && !c.scenarios[3] {
		fatal(fmt.Errorf("-scenarios: 6 pays scenario 3's applications; run 3 with it"))
	}
	return c
}

func main() {
	cfg := parseFlags()
	tmp, err := os.MkdirTemp("", "ruankao-load-")
	if err != nil {
		fatal(err)
	}
	if !cfg.keep {
		defer os.RemoveAll(tmp)
	}
	t := &table{}
	sig := make(chan os.Signal, 1)
	signal.Notify(sig, os.Interrupt, syscall.SIGTERM)
	go func() {
		s := <-sig
		stopAll()
		fmt.Printf("\nINTERRUPTED (%v): the lines measured so far\n\n", s)
		t.print(os.Stdout)
		if !cfg.keep {
			os.RemoveAll(tmp)
		}
		os.Exit(130)
	}()
	t0 := time.Now()
	loadavg, _ := os.ReadFile("/proc/loadavg")
	bins, err := build(tmp)
	if err != nil {
		fatal(err)
	}
	keys, env, err := secrets()
	if err != nil {
		fatal(err)
	}
	gw, err := startGateway(tmp)
	if err != nil {
		fatal(err)
	}
	env = append(env, gw.env...)
	failed := false
	for _, db := range cfg.dbs {
		r := &run{cfg: cfg, db: db, tmp: filepath.Join(tmp, db), bins: bins, keys: keys, env: env, t: t, gw: gw}
		if err := r.all(); err != nil {
			fmt.Fprintf(os.Stderr, "%s: %v\n", db, err)
			t.note("%s: FAILED: %v", db, err)
			failed = true
		}
	}
	fmt.Printf("\nruankao load harness: go run ./bench/load %s\nGOMAXPROCS %d, load average at start %s; n=%d candidates loaded, scenario 4 n=%d at %.0f/s, %s per run, median of %d rounds\n\n",
		strings.Join(os.Args[1:], " "), runtime.GOMAXPROCS(0), strings.Join(strings.Fields(string(loadavg))[:3], " "),
		cfg.n, cfg.n4, cfg.rate4, cfg.dur, cfg.rounds)
	t.print(os.Stdout)
	fmt.Printf("\ntotal %s; logs in %s%s\n", time.Since(t0).Round(time.Second), tmp, map[bool]string{true: "", false: " (removed; -keep keeps them)"}[cfg.keep])
	if failed || t.errors() > 0 {
		os.Exit(1)
	}
}

func fatal(err error) {
	fmt.Fprintln(os.Stderr, "load:", err)
	os.Exit(1)
}

type binaries struct{ ruankao, plain string }

// build compiles the server and the plain handler as a deployment would.
func build(tmp string) (binaries, error) {
	b := binaries{ruankao: filepath.Join(tmp, "ruankao"), plain: filepath.Join(tmp, "plain")}
	for pkg, out := range map[string]string{"./cmd/ruankao": b.ruankao, "./bench/load/plain": b.plain} {
		cmd := exec.Command("go", "build", "-o", out, pkg)
		cmd.Stdout, cmd.Stderr = os.Stderr, os.Stderr
		if err := cmd.Run(); err != nil {
			return b, fmt.Errorf("go build %s: %w", pkg, err)
		}
	}
	return b, nil
}

// secrets makes the data key and the URL-signing key of this run: the
// server needs both in production mode, and the loader encrypts ID numbers
// with the same data key.
func secrets() (*pii.Keys, []string, error) {
	data, sign, ticket := make([]byte, 32), make([]byte, 32), make([]byte, 32)
	_, _ = rand.Read(data)
	_, _ = rand.Read(sign)
	_, _ = rand.Read(ticket)
	keys, err := pii.NewKeys(data)
	if err != nil {
		return nil, nil, err
	}
	// The reviewers and admins of scenarios 5 and 8 get their sessions
	// from the database (no password login, no second factor): the
	// production server is told the second factor is optional.
	return keys, []string{"RUANKAO_DATA_KEY=" + base64.StdEncoding.EncodeToString(data),
		"RUANKAO_SIGNING_KEY=" + base64.StdEncoding.EncodeToString(sign),
		"RUANKAO_TICKET_KEY=" + base64.StdEncoding.EncodeToString(ticket),
		"RUANKAO_STAFF_TOTP=optional"}, nil
}

func (c config) has(s ...int) bool {
	return slices.ContainsFunc(s, func(k int) bool { return c.scenarios[k] })
}
