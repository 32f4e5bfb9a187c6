package store

import (
	"context"
	"database/sql"
	"database/sql/driver"
	"errors"
	"fmt"
	"strconv"
	"sync"
	"sync/atomic"
	"time"

	"entgo.io/ent/dialect"
	entsql "entgo.io/ent/dialect/sql"
	"modernc.org/sqlite"
)

// groupCommit is SQLite's writer: each transaction a caller begins is a unit,
// a savepoint inside one real transaction that several units share, so that
// one durable COMMIT (one fsync with synchronous=FULL) acknowledges them all.
// Units take turns on the one connection in arrival order; the unit holding
// the turn hands it to the next waiting unit when it ends, and the batch
// commits when nobody is waiting, or when it has grown to maxUnits or has
// been open for maxAge. A unit's Commit returns only after that COMMIT.
type groupCommit struct {
	db       *sql.DB // the one writer connection
	maxUnits int
	maxAge   time.Duration
	maxHold  time.Duration // a unit holding the turn longer is rolled back

	// failCommit, when set (by tests), makes a batch's COMMIT fail.
	failCommit func() error

	mu    sync.Mutex
	held  bool      // a unit holds the turn; when false, queue is empty
	queue []*waiter // FIFO

	// Owned by the holder of the turn.
	batch  *batch
	seq    uint64
	hooked any // the driver connection whose rollback hook is aborted's

	// aborted is set by SQLite's rollback hook: the whole batch
	// transaction was rolled back by SQLite itself (an I/O error, a full
	// disk, RAISE(ROLLBACK), an interrupt), not by a unit's ROLLBACK TO.
	aborted atomic.Bool

	commits, units atomic.Int64
}

const (
	batchMaxUnits = 64
	batchMaxAge   = 5 * time.Millisecond
	unitMaxHold   = 30 * time.Second
)

func newGroupCommit(db *sql.DB) *groupCommit {
	return &groupCommit{db: db, maxUnits: batchMaxUnits, maxAge: batchMaxAge, maxHold: unitMaxHold}
}

type waiter struct {
	ready   chan struct{}
	granted bool // under groupCommit.mu
}

// batch is one real transaction and the units that have released their
// savepoints into it; done is closed once its COMMIT (or ROLLBACK) is over,
// with err what each of those units' Commit returns.
type batch struct {
	conn    *sql.Conn
	tx      *sql.Tx
	started time.Time
	size    int   // units begun in it
	members int   // units released into it
	broken  error // the transaction is unusable: roll it back, fail its units
	done    chan struct{}
	err     error
}

var (
	errBatchAborted = errors.New("store: SQLite rolled back the batch transaction this unit shared; nothing of the batch was committed")
	errHeldTooLong  = errors.New("store: transaction held the SQLite writer too long and was rolled back")
)

// queueTimeout is a unit that waited out its deadline for the writer: busy,
// as IsBusy tells it, like SQLite's own busy timeout.
type queueTimeout struct{ err error }

func (e *queueTimeout) Error() string {
	return "store: gave up waiting for the SQLite writer: " + e.err.Error()
}
func (e *queueTimeout) Code() int     { return sqliteBusy }
func (e *queueTimeout) Unwrap() error { return e.err }

func waitErr(ctx context.Context) error {
	if err := ctx.Err(); errors.Is(err, context.DeadlineExceeded) {
		return &queueTimeout{err: err}
	}
	return ctx.Err()
}

// acquire waits, in arrival order, for the turn, bounded by ctx.
func (g *groupCommit) acquire(ctx context.Context) error {
	if ctx.Err() != nil {
		return waitErr(ctx)
	}
	g.mu.Lock()
	if !g.held {
		g.held = true
		g.mu.Unlock()
		return nil
	}
	w := &waiter{ready: make(chan struct{})}
	g.queue = append(g.queue, w)
	g.mu.Unlock()
	select {
	case <-w.ready:
		return nil
	case <-ctx.Done():
	}
	g.mu.Lock()
	if w.granted { // the turn came as ctx ended: pass it on unused
		g.mu.Unlock()
		g.pass(false)
		return waitErr(ctx)
	}
	for i, q := range g.queue {
		if q == w {
			g.queue = append(g.queue[:i], g.queue[i+1:]...)
			break
		}
	}
	g.mu.Unlock()
	return waitErr(ctx)
}

// pass ends the holder's turn: the next waiting unit continues the batch,
// or the batch ends first (nobody waiting, batch full or old, or broken) and
// the next waiting unit will begin a new one. A unit whose Commit waits for
// the batch anyway runs its COMMIT inline; anyone else (a rollback, a unit
// given up) leaves a COMMIT to a goroutine of its own and returns at once.
func (g *groupCommit) pass(inline bool) {
	b := g.batch
	g.mu.Lock()
	if b != nil && b.broken == nil && len(g.queue) > 0 && b.size < g.maxUnits && time.Since(b.started) < g.maxAge {
		g.handOnLocked()
		g.mu.Unlock()
		return
	}
	if b == nil {
		g.releaseLocked()
		g.mu.Unlock()
		return
	}
	g.mu.Unlock()
	g.batch = nil
	if inline || b.members == 0 || b.broken != nil { // only a COMMIT is slow
		g.finishAndPass(b)
	} else {
		go g.finishAndPass(b)
	}
}

func (g *groupCommit) finishAndPass(b *batch) {
	g.finish(b)
	g.mu.Lock()
	g.releaseLocked()
	g.mu.Unlock()
}

func (g *groupCommit) releaseLocked() {
	if len(g.queue) > 0 {
		g.handOnLocked()
	} else {
		g.held = false
	}
}

func (g *groupCommit) handOnLocked() {
	w := g.queue[0]
	g.queue[0] = nil
	g.queue = g.queue[1:]
	w.granted = true
	close(w.ready)
}

// open begins the batch transaction. Only taking the connection waits on
// ctx (the unit's); the transaction itself gets a context of its own, since
// database/sql rolls a transaction back when its context ends, and the
// batch outlives the unit that began it.
func (g *groupCommit) open(ctx context.Context) (*batch, error) {
	conn, err := g.db.Conn(ctx)
	if err != nil {
		if ctx.Err() != nil {
			return nil, waitErr(ctx)
		}
		return nil, err
	}
	if err := conn.Raw(g.hook); err != nil {
		_ = conn.Close()
		return nil, err
	}
	g.aborted.Store(false)
	tx, err := conn.BeginTx(context.Background(), nil)
	if err != nil {
		_ = conn.Close()
		return nil, err
	}
	return &batch{conn: conn, tx: tx, started: time.Now(), done: make(chan struct{})}, nil
}

// hook registers the rollback hook once per driver connection.
func (g *groupCommit) hook(dc any) error {
	if dc == g.hooked {
		return nil
	}
	raw := dc
	if w, ok := dc.(interface{ Unwrap() driver.Conn }); ok { // the statement cache's wrapper
		raw = w.Unwrap()
	}
	h, ok := raw.(interface{ RegisterRollbackHook(sqlite.RollbackHookFn) })
	if !ok {
		return fmt.Errorf("store: SQLite driver connection %T has no rollback hook", dc)
	}
	h.RegisterRollbackHook(func() { g.aborted.Store(true) })
	g.hooked = dc
	return nil
}

// finish commits b when it holds released units and nothing broke it, rolls
// it back otherwise, and wakes the units waiting on it.
func (g *groupCommit) finish(b *batch) {
	switch {
	case b.broken != nil:
		_ = b.tx.Rollback()
		b.err = b.broken
	case b.members == 0:
		_ = b.tx.Rollback()
	default:
		var err error
		if g.failCommit != nil {
			err = g.failCommit()
		}
		if err != nil {
			_ = b.tx.Rollback()
		} else {
			err = b.tx.Commit()
		}
		g.commits.Add(1)
		g.units.Add(int64(b.members))
		if err != nil {
			b.err = fmt.Errorf("store: commit of a batch of %d transactions: %w", b.members, err)
		}
	}
	_ = b.conn.Close()
	close(b.done)
}

// checked is err from a statement of b, turned into the batch's failure when
// SQLite rolled the whole transaction back under it.
func (g *groupCommit) checked(b *batch, err error) error {
	if g.aborted.Load() {
		if b.broken == nil {
			b.broken = errBatchAborted
		}
		return errors.Join(b.broken, err)
	}
	return err
}

func (g *groupCommit) nextSavepoint() string {
	g.seq++
	return "u" + strconv.FormatUint(g.seq, 10)
}

// Tx and BeginTx begin a unit (the options are SQLite's defaults anyway:
// every transaction is serializable).
func (g *groupCommit) Tx(ctx context.Context) (dialect.Tx, error) { return g.begin(ctx) }

func (g *groupCommit) BeginTx(ctx context.Context, _ *sql.TxOptions) (dialect.Tx, error) {
	return g.begin(ctx)
}

// Exec outside a transaction is a unit of one statement, so that it waits
// its turn rather than for a connection the batch holds.
func (g *groupCommit) Exec(ctx context.Context, q string, args, v any) error {
	u, err := g.begin(ctx)
	if err != nil {
		return err
	}
	if err := u.Exec(ctx, q, args, v); err != nil {
		_ = u.Rollback()
		return err
	}
	return u.Commit()
}

// Query outside a transaction (INSERT … RETURNING) is a unit of one
// statement that commits when its rows have been read.
func (g *groupCommit) Query(ctx context.Context, q string, args, v any) error {
	u, err := g.begin(ctx)
	if err != nil {
		return err
	}
	if err := u.Query(ctx, q, args, v); err != nil {
		_ = u.Rollback()
		return err
	}
	rows := v.(*entsql.Rows) // u.Query checked it
	rows.ColumnScanner = &unitRows{ColumnScanner: rows.ColumnScanner, u: u}
	return nil
}

func (g *groupCommit) Close() error { return g.db.Close() }

// Commits counts batch COMMITs, Units the transactions they committed.
func (g *groupCommit) Commits() int64 { return g.commits.Load() }
func (g *groupCommit) Units() int64   { return g.units.Load() }
