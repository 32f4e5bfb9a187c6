package main

import (
	"context"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"time"

	"github.com/ruankao/ruankao/bench/internal/pgdb"
	"github.com/ruankao/ruankao/internal/demo"
	"github.com/ruankao/ruankao/internal/enum"
	"github.com/ruankao/ruankao/internal/pii"
	"github.com/ruankao/ruankao/internal/store"
)

// maxReads bounds a read run in requests; -duration bounds it in time.
const maxReads = 2_000_000

// run is the harness on one database.
type run struct {
	cfg           config
	db, tmp       string
	bins          binaries
	keys          *pii.Keys
	env           []string
	t             *table
	url, filesDir string
	counter       *store.DB
	ds            *dataset
	dbPIDs        func() []int
	gw            *gateway
}

func (r *run) all() error {
	if err := os.MkdirAll(r.tmp, 0o755); err != nil {
		return err
	}
	r.filesDir = filepath.Join(r.tmp, "files")
	switch r.db {
	case "sqlite":
		r.url = "sqlite://" + filepath.Join(r.tmp, "ruankao.db")
	case "postgres":
		if err := pgdb.Recreate(r.cfg.pgURL); err != nil {
			return err
		}
		r.url, r.dbPIDs = r.cfg.pgURL, postgresPIDs
	default:
		return fmt.Errorf("-db: %q is neither sqlite nor postgres", r.db)
	}
	if out, err := exec.Command(r.bins.ruankao, "migrate", "--db", r.url).CombinedOutput(); err != nil {
		return fmt.Errorf("ruankao migrate: %v\n%s", err, out)
	}
	fmt.Fprintf(os.Stderr, "%s: loading %d candidates\n", r.db, r.cfg.n)
	ds, err := loadData(r.url, r.filesDir, r.keys, r.cfg.n)
	if err != nil {
		return fmt.Errorf("loading: %w", err)
	}
	r.ds = ds
	r.t.note("%s: loaded %d candidates through internal/generate (sessions, both consents to the privacy notice, photos, an application each of %s: %s) in %s, %.0f candidates/s",
		r.db, r.cfg.n, ds.session, statusLine(ds.statuses), ds.took.Round(100*time.Millisecond), float64(r.cfg.n)/ds.took.Seconds())
	if r.counter, err = store.Open(sys(), r.url); err != nil {
		return err
	}
	defer r.counter.Close()
	if r.cfg.has(1, 2, 3, 5, 6, 7, 8) {
		if err := r.production(); err != nil {
			return err
		}
	}
	if r.cfg.has(4) {
		return r.openingDay()
	}
	return nil
}

func (r *run) serverArgs(port int, extra ...string) []string {
	return append([]string{r.bins.ruankao, "serve", "--addr", fmt.Sprintf("127.0.0.1:%d", port), "--db", r.url,
		"--files-dir", r.filesDir, "--trusted-proxies", "127.0.0.1"}, extra...)
}

// production runs scenarios 1, 2, 3 and 5 against the server in production mode.
func (r *run) production() error {
	fmt.Fprintf(os.Stderr, "%s: scenarios 1, 2, 3, 5 (production mode)\n", r.db)
	srv, err := start(r.tmp, "ruankao", r.env, getReady("/readyz"), func(port int) []string { return r.serverArgs(port) })
	if err != nil {
		return err
	}
	defer srv.stop()
	if r.cfg.has(1, 2) {
		if err := r.reads(srv); err != nil {
			return err
		}
	}
	g := &gql{http: newHTTP(256), url: srv.url}
	if r.cfg.has(3) {
		before, err := r.count(submitRegion)
		if err != nil {
			return err
		}
		save, submit, acked := submitScenario(g, srv, r.dbPIDs, r.ds.writers, r.ds.areas[submitRegion], r.cfg.writeConns, r.cfg.dur)
		load := fmt.Sprintf("c%d", r.cfg.writeConns)
		target := "≥2,000/s SQLite (FULL), ≥1,500/s PG, 0 lost"
		r.t.add(row{db: r.db, scenario: "3 saveApplication (new)", server: "ruankao", load: load, res: save})
		r.t.add(row{db: r.db, scenario: "3 submitApplication", server: "ruankao", load: load, res: submit, target: target,
			ratio: fmt.Sprintf("%.0f submits/s", submit.rate())})
		if err := r.verify("3", "submits", "applications", "id", "status = 'AWAITING_PAYMENT'", acked, r.delta(submitRegion, before)); err != nil {
			return err
		}
		if r.cfg.has(6) {
			if err := r.notifications(srv, acked); err != nil {
				return err
			}
		}
	}
	if r.cfg.has(7) {
		holders, err := r.ticketPrep()
		if err != nil {
			return fmt.Errorf("scenario 7 setup: %w", err)
		}
		res := ticketScenario(srv.url, holders, r.cfg.notifyConns, r.cfg.dur, srv.pids, r.dbPIDs)
		r.t.add(row{db: r.db, scenario: "7 the candidate's 准考证 PDF (cold)", server: "ruankao", load: fmt.Sprintf("c%d", r.cfg.notifyConns),
			res: res, target: "≥1,000 tickets/s renderer (bench: reports)", ratio: fmt.Sprintf("%.0f tickets/s", res.rate())})
		r.t.note("%s scenario 7: %d candidates with a published ticket, each downloaded once at most", r.db, len(holders))
	}
	if r.cfg.has(8) {
		askers, err := statsSessions(r.url)
		if err != nil {
			return fmt.Errorf("scenario 8 setup: %w", err)
		}
		res := statsAttack(srv.url, r.ds.session, askers, 16, r.cfg.dur, maxReads).run(srv.pids, r.dbPIDs)
		r.t.add(row{db: r.db, scenario: "8 statistics page (country, region)", server: "ruankao", load: "c16", res: res,
			target: "each figure ≤100 ms at 1M (bench: stats)"})
	}
	if r.cfg.has(5) {
		apps, tokens, err := reviewPrep(g, r.url, r.ds.reviewees, r.ds.areas[reviewRegion], r.cfg.reviewConns)
		if err != nil {
			return err
		}
		before, err := r.count(reviewRegion)
		if err != nil {
			return err
		}
		page, approve, acked := reviewScenario(g, srv, r.dbPIDs, tokens, apps, r.cfg.dur)
		load := fmt.Sprintf("c%d", r.cfg.reviewConns)
		r.t.add(row{db: r.db, scenario: "5 reviewQueue page of 20 + totalCount", server: "ruankao", load: load, res: page, target: "p99 ≤10 ms at c16"})
		r.t.add(row{db: r.db, scenario: "5 approveApplication", server: "ruankao", load: load, res: approve})
		if err := r.verify("5", "approvals", "applications", "id", "status = 'AWAITING_PAYMENT'", acked, r.delta(reviewRegion, before)); err != nil {
			return err
		}
	}
	return nil
}

// verify looks up every acknowledged write (its row must be there: a
// missing one is a lost write and fails the run) and compares with how many
// rows the scenario added: more rows than acknowledgements are writes that
// committed although their request failed, already counted as errors.
func (r *run) verify(scenario, what, table, col, cond string, acked []string, delta func() (int, error)) error {
	found, err := r.countIn(table, col, acked, cond)
	if err != nil {
		return err
	}
	added, err := delta()
	if err != nil {
		return err
	}
	msg := fmt.Sprintf("%d %s acknowledged, %d found in %s, %d lost; %d rows added", len(acked), what, found, table, len(acked)-found, added)
	if added > found {
		msg += fmt.Sprintf(" (%d committed without an acknowledgement)", added-found)
	}
	verdict := "ok"
	if found != len(acked) || added < found {
		verdict = "LOST WRITES"
		r.t.rows = append(r.t.rows, row{db: r.db, scenario: scenario + " rows counted", server: "-", res: result{errs: 1, samples: []string{msg}}})
	}
	r.t.note("%s scenario %s rows counted: %s: %s", r.db, scenario, msg, verdict)
	return nil
}

// countIn counts the rows of table whose col is one of vals and that match cond.
func (r *run) countIn(table, col string, vals []string, cond string) (int, error) {
	total := 0
	for len(vals) > 0 {
		k := min(len(vals), bulkRows)
		quoted := make([]string, k)
		for i, v := range vals[:k] {
			quoted[i] = "'" + strings.ReplaceAll(v, "'", "''") + "'"
		}
		q := fmt.Sprintf("SELECT count(*) FROM %s WHERE %s IN (%s)", table, col, strings.Join(quoted, ","))
		if cond != "" {
			q += " AND " + cond
		}
		var n int
		if err := r.counter.SQL.QueryRowContext(context.Background(), q).Scan(&n); err != nil {
			return 0, err
		}
		total += n
		vals = vals[k:]
	}
	return total, nil
}

// count counts the applications of a region that reached 待缴费 in the
// demo's open session, where the scenarios write (the generated session's
// may lapse by themselves while the harness runs).
func (r *run) count(regionCode string) (int, error) {
	var n int
	err := r.counter.SQL.QueryRowContext(context.Background(), `SELECT count(*) FROM applications a
		JOIN regions g ON g.id = a.region_id JOIN exam_sessions s ON s.id = a.session_id
		WHERE g.code = '`+regionCode+`' AND s.code = '`+demo.SessionOpen+`' AND a.status = 'AWAITING_PAYMENT'`).Scan(&n)
	return n, err
}

func (r *run) delta(regionCode string, before int) func() (int, error) {
	return func() (int, error) {
		n, err := r.count(regionCode)
		return n - before, err
	}
}

func (r *run) countRows(table string) (int, error) {
	var n int
	err := r.counter.SQL.QueryRowContext(context.Background(), "SELECT count(*) FROM "+table).Scan(&n)
	return n, err
}

func (r *run) rowsDelta(table string, before int) func() (int, error) {
	return func() (int, error) {
		n, err := r.countRows(table)
		return n - before, err
	}
}

// notifications is scenario 6: scenario 3's applications, each with a
// pending order, are paid by a burst of pre-signed notifications; then a
// repeat of some of them must change nothing.
func (r *run) notifications(srv *process, awaiting []string) error {
	ns, err := r.placeOrders(awaiting)
	if err != nil {
		return fmt.Errorf("scenario 6 orders: %w", err)
	}
	if err := r.gw.sign(ns); err != nil {
		return fmt.Errorf("scenario 6 signing: %w", err)
	}
	before, err := r.countRows("state_changes WHERE to_status = 'REGISTERED'")
	if err != nil {
		return err
	}
	load := fmt.Sprintf("c%d", r.cfg.notifyConns)
	res, acked := notifyBurst(srv.url, ns, r.cfg.notifyConns, r.cfg.dur, srv.pids, r.dbPIDs)
	r.t.add(row{db: r.db, scenario: "6 payment notification (verify, settle)", server: "ruankao", load: load, res: res,
		target: "≥1,000/s, p99 <50 ms, one transition each", ratio: fmt.Sprintf("%.0f settled/s", res.rate())})
	if err := r.verify("6", "settlements", "applications", "id", "status = 'REGISTERED'", acked,
		r.rowsDelta("state_changes WHERE to_status = 'REGISTERED'", before)); err != nil {
		return err
	}
	// The gateway retries: the same notifications again, at once.
	again := ns[:min(len(ns), 500)]
	dup, _ := notifyBurst(srv.url, again, r.cfg.notifyConns, r.cfg.dur)
	r.t.add(row{db: r.db, scenario: "6 the same notification again", server: "ruankao", load: load, res: dup})
	after, err := r.countRows("state_changes WHERE to_status = 'REGISTERED'")
	if err != nil {
		return err
	}
	if after-before != len(acked) {
		r.t.rows = append(r.t.rows, row{db: r.db, scenario: "6 one transition each", server: "-",
			res: result{errs: 1, samples: []string{fmt.Sprintf("%d settlements, %d transitions", len(acked), after-before)}}})
	}
	r.t.note("%s scenario 6: %d notifications signed ahead, %d settled, %d repeated, %d transitions to REGISTERED in all",
		r.db, len(ns), len(acked), len(again), after-before)
	return nil
}

// statusLine lists the generated applications' statuses in the machine's order.
func statusLine(by map[string]int) string {
	var parts []string
	for _, s := range enum.StatusRegistered.Values() {
		if k := by[s]; k > 0 {
			parts = append(parts, fmt.Sprintf("%s %d", s, k))
		}
	}
	return strings.Join(parts, ", ")
}
