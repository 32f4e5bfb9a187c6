package store

import (
	"context"
	"database/sql"
	"errors"
	"strings"
	"sync/atomic"

	"entgo.io/ent/dialect"
	entsql "entgo.io/ent/dialect/sql"
)

// splitDriver is SQLite's one-writer design: every transaction and every
// write outside one goes to the group committer on the one writer
// connection, so writers queue in Go (FIFO, bounded by the request's
// deadline) instead of spinning in SQLite's busy handler, and share durable
// commits; reads outside transactions go to a pool of read-only connections,
// which WAL lets run beside the writer. A read made while a request holds
// the writer can therefore never wait for it.
type splitDriver struct {
	w *groupCommit
	r *entsql.Driver
}

func (d *splitDriver) Dialect() string { return d.r.Dialect() }

func (d *splitDriver) Exec(ctx context.Context, q string, args, v any) error {
	return d.w.Exec(ctx, q, args, v)
}

func (d *splitDriver) Query(ctx context.Context, q string, args, v any) error {
	if readOnly(q) {
		return d.r.Query(ctx, q, args, v)
	}
	return d.w.Query(ctx, q, args, v) // INSERT … RETURNING and the like
}

func (d *splitDriver) Tx(ctx context.Context) (dialect.Tx, error) { return d.w.Tx(ctx) }

func (d *splitDriver) BeginTx(ctx context.Context, opts *sql.TxOptions) (dialect.Tx, error) {
	return d.w.BeginTx(ctx, opts)
}

func (d *splitDriver) Close() error { return errors.Join(d.r.Close(), d.w.Close()) }

func readOnly(q string) bool {
	q = strings.TrimLeft(q, " \t\r\n(")
	return len(q) >= 6 && strings.EqualFold(q[:6], "SELECT")
}

// guardDriver sits under the ent client on both databases. It counts lock
// failures (a writer that waited out SQLite's busy timeout, a PostgreSQL
// deadlock or lock timeout), and it lets an entity read its edges after the
// transaction that loaded it has ended: GraphQL resolves a mutation's payload
// after the mutation's short transaction commits, so those reads go to the
// pool and see committed data. Writes through an ended transaction fail.
type guardDriver struct {
	dialect.Driver
	lockFailures *atomic.Int64
}

func (d *guardDriver) count(err error) error {
	if err != nil && (IsBusy(err) || IsConflict(err)) {
		d.lockFailures.Add(1)
	}
	return err
}

func (d *guardDriver) Exec(ctx context.Context, q string, args, v any) error {
	return d.count(d.Driver.Exec(ctx, q, args, v))
}

func (d *guardDriver) Query(ctx context.Context, q string, args, v any) error {
	return d.count(d.Driver.Query(ctx, q, args, v))
}

func (d *guardDriver) Tx(ctx context.Context) (dialect.Tx, error) {
	tx, err := d.Driver.Tx(ctx)
	if err != nil {
		return nil, d.count(err)
	}
	return &guardTx{Tx: tx, d: d}, nil
}

func (d *guardDriver) BeginTx(ctx context.Context, opts *sql.TxOptions) (dialect.Tx, error) {
	b, ok := d.Driver.(interface {
		BeginTx(context.Context, *sql.TxOptions) (dialect.Tx, error)
	})
	if !ok {
		return d.Tx(ctx)
	}
	tx, err := b.BeginTx(ctx, opts)
	if err != nil {
		return nil, d.count(err)
	}
	return &guardTx{Tx: tx, d: d}, nil
}

type guardTx struct {
	dialect.Tx
	d    *guardDriver
	done atomic.Bool
}

var errTxDone = errors.New("store: write through a transaction that has ended")

func (t *guardTx) Exec(ctx context.Context, q string, args, v any) error {
	if t.done.Load() {
		return errTxDone
	}
	return t.d.count(t.Tx.Exec(ctx, q, args, v))
}

func (t *guardTx) Query(ctx context.Context, q string, args, v any) error {
	if t.done.Load() {
		if !readOnly(q) {
			return errTxDone
		}
		return t.d.Query(ctx, q, args, v)
	}
	return t.d.count(t.Tx.Query(ctx, q, args, v))
}

func (t *guardTx) Commit() error {
	t.done.Store(true)
	return t.d.count(t.Tx.Commit())
}

func (t *guardTx) Rollback() error {
	t.done.Store(true)
	return t.Tx.Rollback()
}

// ExecContext and QueryContext keep ent's raw SQL helpers working on a transaction.
func (t *guardTx) ExecContext(ctx context.Context, q string, args ...any) (sql.Result, error) {
	ex, ok := t.Tx.(interface {
		ExecContext(context.Context, string, ...any) (sql.Result, error)
	})
	if !ok || t.done.Load() {
		return nil, errTxDone
	}
	res, err := ex.ExecContext(ctx, q, args...)
	return res, t.d.count(err)
}

func (t *guardTx) QueryContext(ctx context.Context, q string, args ...any) (*sql.Rows, error) {
	qx, ok := t.Tx.(interface {
		QueryContext(context.Context, string, ...any) (*sql.Rows, error)
	})
	if !ok || t.done.Load() {
		return nil, errTxDone
	}
	rows, err := qx.QueryContext(ctx, q, args...)
	return rows, t.d.count(err)
}
