package store

import (
	"context"
	"errors"
	"strings"
	"sync"
	"testing"
	"time"

	"entgo.io/ent/dialect"
	entsql "entgo.io/ent/dialect/sql"
)

// openGroup is a SQLite file with a table t(v TEXT PRIMARY KEY), opened as
// the application opens it.
func openGroup(t *testing.T) (*DB, *groupCommit) {
	t.Helper()
	db, err := Open(context.Background(), "sqlite://"+t.TempDir()+"/gc.db")
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = db.Close() })
	if _, err := db.SQL.Exec(`CREATE TABLE t (v TEXT PRIMARY KEY)`); err != nil {
		t.Fatal(err)
	}
	db.group.maxAge = time.Hour // batches end only when nobody waits, unless a test says otherwise
	return db, db.group
}

func begin(t *testing.T, db *DB, ctx context.Context) dialect.Tx {
	t.Helper()
	tx, err := db.Driver.Tx(ctx)
	if err != nil {
		t.Fatal(err)
	}
	return tx
}

func insert(ctx context.Context, x dialect.ExecQuerier, v string) error {
	return x.Exec(ctx, `INSERT INTO t (v) VALUES (?)`, []any{v}, nil)
}

// rows lists t through the read pool, as a reader outside a transaction sees it.
func rows(t *testing.T, db *DB) string {
	t.Helper()
	var rs entsql.Rows
	if err := db.Driver.Query(context.Background(), `SELECT v FROM t ORDER BY v`, []any{}, &rs); err != nil {
		t.Fatal(err)
	}
	defer rs.Close()
	var out []string
	for rs.Next() {
		var v string
		if err := rs.Scan(&v); err != nil {
			t.Fatal(err)
		}
		out = append(out, v)
	}
	return strings.Join(out, ",")
}

// waitQueued waits until n units wait for the turn.
func waitQueued(t *testing.T, g *groupCommit, n int) {
	t.Helper()
	deadline := time.Now().Add(10 * time.Second)
	for {
		g.mu.Lock()
		got := len(g.queue)
		g.mu.Unlock()
		if got == n {
			return
		}
		if time.Now().After(deadline) {
			t.Fatalf("%d units waiting, want %d", got, n)
		}
		time.Sleep(time.Millisecond)
	}
}

// queued starts fn in a goroutine once the units before it are waiting, so
// that units take their turns in the order the test starts them.
func queued(t *testing.T, g *groupCommit, ahead int, fn func() error) <-chan error {
	t.Helper()
	done := make(chan error, 1)
	go func() { done <- fn() }()
	waitQueued(t, g, ahead+1)
	return done
}

func unitOf(db *DB, ctx context.Context, body func(tx dialect.Tx) error) func() error {
	return func() error {
		tx, err := db.Driver.Tx(ctx)
		if err != nil {
			return err
		}
		if err := body(tx); err != nil {
			_ = tx.Rollback()
			return err
		}
		return tx.Commit()
	}
}

func TestGroupCommitSharesCommitsAmongConcurrentUnits(t *testing.T) {
	db, g := openGroup(t)
	ctx := context.Background()
	first := begin(t, db, ctx) // holds the turn until the rest wait
	const n = 40
	var wg sync.WaitGroup
	errs := make(chan error, n)
	for i := range n - 1 {
		wg.Go(func() {
			errs <- unitOf(db, ctx, func(tx dialect.Tx) error {
				return insert(ctx, tx, string(rune('A'+i)))
			})()
		})
	}
	waitQueued(t, g, n-1)
	if err := insert(ctx, first, "0"); err != nil {
		t.Fatal(err)
	}
	if err := first.Commit(); err != nil {
		t.Fatal(err)
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		if err != nil {
			t.Fatal(err)
		}
	}
	if got := len(strings.Split(rows(t, db), ",")); got != n {
		t.Fatalf("%d rows, want %d", got, n)
	}
	if db.Units() != n || db.Commits() >= n {
		t.Fatalf("%d units in %d commits: no sharing", db.Units(), db.Commits())
	}
	t.Logf("%d units in %d commits", db.Units(), db.Commits())
}

func TestGroupCommitFailedUnitRollsBackAlone(t *testing.T) {
	db, g := openGroup(t)
	ctx := context.Background()
	a := begin(t, db, ctx)
	if err := insert(ctx, a, "a"); err != nil {
		t.Fatal(err)
	}
	b := queued(t, g, 0, unitOf(db, ctx, func(tx dialect.Tx) error {
		if err := insert(ctx, tx, "b"); err != nil {
			return err
		}
		return insert(ctx, tx, "a") // a unique violation: a is batch-mate a's
	}))
	c := queued(t, g, 1, unitOf(db, ctx, func(tx dialect.Tx) error { return insert(ctx, tx, "c") }))
	if err := a.Commit(); err != nil {
		t.Fatal(err)
	}
	if err := <-b; err == nil || !strings.Contains(err.Error(), "UNIQUE") {
		t.Fatalf("b: %v, want a unique violation", err)
	}
	if err := <-c; err != nil {
		t.Fatal(err)
	}
	if got := rows(t, db); got != "a,c" {
		t.Fatalf("rows %q, want a,c", got)
	}
	if db.Commits() != 1 || db.Units() != 2 {
		t.Fatalf("%d units in %d commits, want 2 in 1", db.Units(), db.Commits())
	}
}

func TestGroupCommitUnitGivesUpWaitingAtItsDeadline(t *testing.T) {
	db, g := openGroup(t)
	ctx := context.Background()
	a := begin(t, db, ctx)
	cctx, cancel := context.WithCancel(ctx)
	canceled := queued(t, g, 0, unitOf(db, cctx, func(tx dialect.Tx) error { return insert(ctx, tx, "canceled") }))
	dctx, stop := context.WithTimeout(ctx, 500*time.Millisecond)
	defer stop()
	late := queued(t, g, 1, unitOf(db, dctx, func(tx dialect.Tx) error { return insert(ctx, tx, "late") }))
	cancel()
	if err := <-canceled; !errors.Is(err, context.Canceled) || IsBusy(err) {
		t.Fatalf("canceled: %v, want context.Canceled", err)
	}
	if err := <-late; !IsBusy(err) || !errors.Is(err, context.DeadlineExceeded) {
		t.Fatalf("late: %v, want busy", err)
	}
	waitQueued(t, g, 0)
	if err := insert(ctx, a, "a"); err != nil {
		t.Fatal(err)
	}
	if err := a.Commit(); err != nil {
		t.Fatal(err)
	}
	if err := unitOf(db, ctx, func(tx dialect.Tx) error { return insert(ctx, tx, "after") })(); err != nil {
		t.Fatal(err)
	}
	if got := rows(t, db); got != "a,after" {
		t.Fatalf("rows %q, want a,after", got)
	}
}

func TestGroupCommitFailedCommitFailsEveryUnitOfTheBatch(t *testing.T) {
	db, g := openGroup(t)
	ctx := context.Background()
	var once sync.Once
	g.failCommit = func() (err error) {
		once.Do(func() { err = errors.New("disk on fire") })
		return err
	}
	a := begin(t, db, ctx)
	if err := insert(ctx, a, "a"); err != nil {
		t.Fatal(err)
	}
	b := queued(t, g, 0, unitOf(db, ctx, func(tx dialect.Tx) error { return insert(ctx, tx, "b") }))
	c := queued(t, g, 1, unitOf(db, ctx, func(tx dialect.Tx) error { return insert(ctx, tx, "c") }))
	for name, err := range map[string]error{"a": a.Commit(), "b": <-b, "c": <-c} {
		if err == nil || !strings.Contains(err.Error(), "disk on fire") {
			t.Errorf("%s: %v, want the commit's failure", name, err)
		}
	}
	if got := rows(t, db); got != "" {
		t.Fatalf("rows %q of a failed commit are visible", got)
	}
	if err := unitOf(db, ctx, func(tx dialect.Tx) error { return insert(ctx, tx, "d") })(); err != nil {
		t.Fatal(err)
	}
	if got := rows(t, db); got != "d" {
		t.Fatalf("rows %q, want d", got)
	}
}

func TestGroupCommitRollbackDoesNotWaitForTheBatchsCommit(t *testing.T) {
	db, g := openGroup(t)
	ctx := context.Background()
	inCommit, release := make(chan struct{}), make(chan struct{})
	g.failCommit = func() error {
		close(inCommit)
		<-release
		return nil
	}
	a := begin(t, db, ctx)
	if err := insert(ctx, a, "a"); err != nil {
		t.Fatal(err)
	}
	rolledBack := queued(t, g, 0, func() error {
		tx, err := db.Driver.Tx(ctx)
		if err != nil {
			return err
		}
		if err := insert(ctx, tx, "b"); err != nil {
			return err
		}
		return tx.Rollback() // the batch ends here: a waits for its COMMIT
	})
	committed := make(chan error, 1)
	go func() { committed <- a.Commit() }()
	select {
	case err := <-rolledBack:
		if err != nil {
			t.Fatal(err)
		}
	case <-time.After(5 * time.Second):
		close(release)
		t.Fatal("Rollback waits for its batch's COMMIT")
	}
	<-inCommit
	select {
	case err := <-committed:
		t.Fatalf("a acknowledged before its COMMIT: %v", err)
	default:
	}
	close(release)
	if err := <-committed; err != nil {
		t.Fatal(err)
	}
	if got := rows(t, db); got != "a" {
		t.Fatalf("rows %q, want a", got)
	}
}

func TestGroupCommitTransactionSQLiteRolledBackFailsItsBatch(t *testing.T) {
	db, g := openGroup(t)
	ctx := context.Background()
	if _, err := db.SQL.Exec(`CREATE TRIGGER boom BEFORE INSERT ON t WHEN NEW.v = 'boom'
		BEGIN SELECT RAISE(ROLLBACK, 'boom'); END`); err != nil {
		t.Fatal(err)
	}
	a := begin(t, db, ctx)
	if err := insert(ctx, a, "a"); err != nil {
		t.Fatal(err)
	}
	b := queued(t, g, 0, unitOf(db, ctx, func(tx dialect.Tx) error { return insert(ctx, tx, "boom") }))
	c := queued(t, g, 1, unitOf(db, ctx, func(tx dialect.Tx) error { return insert(ctx, tx, "c") }))
	if err := a.Commit(); !errors.Is(err, errBatchAborted) {
		t.Errorf("a: %v, want its batch aborted", err)
	}
	if err := <-b; err == nil || !strings.Contains(err.Error(), "boom") {
		t.Errorf("b: %v, want boom", err)
	}
	if err := <-c; err != nil {
		t.Errorf("c, in the next batch: %v", err)
	}
	if got := rows(t, db); got != "c" {
		t.Fatalf("rows %q, want c", got)
	}
}

func TestGroupCommitReadsYourWritesAfterCommit(t *testing.T) {
	db, _ := openGroup(t)
	ctx := context.Background()
	for _, v := range []string{"a", "b", "c"} {
		tx := begin(t, db, ctx)
		if err := insert(ctx, tx, v); err != nil {
			t.Fatal(err)
		}
		if err := tx.Commit(); err != nil {
			t.Fatal(err)
		}
		if got := rows(t, db); !strings.HasSuffix(got, v) {
			t.Fatalf("after committing %s the pool reads %q", v, got)
		}
	}
}

func TestGroupCommitLoneUnitIsNotDelayed(t *testing.T) {
	db, g := openGroup(t)
	g.maxUnits = 1 << 20 // with maxAge an hour, only "nobody waiting" can end the batch
	ctx := context.Background()
	start := time.Now()
	done := make(chan error, 1)
	go func() { done <- unitOf(db, ctx, func(tx dialect.Tx) error { return insert(ctx, tx, "a") })() }()
	select {
	case err := <-done:
		if err != nil {
			t.Fatal(err)
		}
	case <-time.After(10 * time.Second):
		t.Fatal("a lone unit waits for company")
	}
	if db.Commits() != 1 {
		t.Fatalf("%d commits", db.Commits())
	}
	t.Logf("lone unit committed in %v", time.Since(start))
}

func TestGroupCommitUnitAbandonedAtItsContextsEndFreesTheWriter(t *testing.T) {
	db, g := openGroup(t)
	ctx, cancel := context.WithCancel(context.Background())
	a := begin(t, db, ctx)
	if err := insert(ctx, a, "a"); err != nil {
		t.Fatal(err)
	}
	bg := context.Background()
	b := queued(t, g, 0, unitOf(db, bg, func(tx dialect.Tx) error { return insert(bg, tx, "b") }))
	cancel() // as a panic that skipped Rollback, then the request's end
	if err := <-b; err != nil {
		t.Fatal(err)
	}
	if err := a.Commit(); !errors.Is(err, context.Canceled) {
		t.Fatalf("abandoned unit's Commit: %v", err)
	}
	if got := rows(t, db); got != "b" {
		t.Fatalf("rows %q, want b", got)
	}
}

func TestGroupCommitUnitHeldTooLongIsRolledBack(t *testing.T) {
	db, g := openGroup(t)
	g.maxHold = 50 * time.Millisecond
	ctx := context.Background()
	a := begin(t, db, ctx) // a context that never ends
	if err := insert(ctx, a, "a"); err != nil {
		t.Fatal(err)
	}
	if err := unitOf(db, ctx, func(tx dialect.Tx) error { return insert(ctx, tx, "b") })(); err != nil {
		t.Fatal(err)
	}
	if err := insert(ctx, a, "a2"); !errors.Is(err, errHeldTooLong) {
		t.Fatalf("statement after the hold limit: %v", err)
	}
	if got := rows(t, db); got != "b" {
		t.Fatalf("rows %q, want b", got)
	}
}

func TestGroupCommitWritesOutsideTransactionsWaitTheirTurn(t *testing.T) {
	db, g := openGroup(t)
	ctx := context.Background()
	a := begin(t, db, ctx)
	exec := queued(t, g, 0, func() error { return insert(ctx, db.Driver, "exec") })
	returning := queued(t, g, 1, func() error {
		var rs entsql.Rows
		if err := db.Driver.Query(ctx, `INSERT INTO t (v) VALUES (?) RETURNING v`, []any{"returning"}, &rs); err != nil {
			return err
		}
		defer rs.Close()
		var v string
		return entsql.ScanOne(rs, &v)
	})
	if err := insert(ctx, a, "a"); err != nil {
		t.Fatal(err)
	}
	if err := a.Commit(); err != nil {
		t.Fatal(err)
	}
	for _, ch := range []<-chan error{exec, returning} {
		if err := <-ch; err != nil {
			t.Fatal(err)
		}
	}
	if got := rows(t, db); got != "a,exec,returning" {
		t.Fatalf("rows %q", got)
	}
	if err := insert(ctx, db.Driver, "a"); err == nil {
		t.Fatal("duplicate accepted outside a transaction")
	}
}

func TestGroupCommitEndedUnitWritesNoMoreButReadsThePool(t *testing.T) {
	db, _ := openGroup(t)
	ctx := context.Background()
	tx := begin(t, db, ctx)
	if err := insert(ctx, tx, "a"); err != nil {
		t.Fatal(err)
	}
	if err := tx.Commit(); err != nil {
		t.Fatal(err)
	}
	if err := insert(ctx, tx, "b"); !errors.Is(err, errTxDone) {
		t.Fatalf("write after commit: %v", err)
	}
	var rs entsql.Rows
	if err := tx.Query(ctx, `SELECT v FROM t`, []any{}, &rs); err != nil {
		t.Fatal(err)
	}
	var v string
	if err := entsql.ScanOne(rs, &v); err != nil || v != "a" {
		t.Fatalf("read after commit: %q, %v", v, err)
	}
	_ = rs.Close()
}

func TestInMemorySQLiteKeepsOneConnectionWithoutGroupCommit(t *testing.T) {
	db, err := Open(context.Background(), "sqlite://:memory:")
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	if db.group != nil {
		t.Fatal("group commit on :memory:")
	}
	ctx := context.Background()
	if err := db.Driver.Exec(ctx, `CREATE TABLE t (v TEXT PRIMARY KEY)`, []any{}, nil); err != nil {
		t.Fatal(err)
	}
	tx := begin(t, db, ctx)
	if err := insert(ctx, tx, "a"); err != nil {
		t.Fatal(err)
	}
	if err := tx.Commit(); err != nil {
		t.Fatal(err)
	}
	if got := rows(t, db); got != "a" {
		t.Fatalf("rows %q", got)
	}
}
