package testenv

import (
	"context"
	stdsql "database/sql"
	"errors"
	"strings"
	"sync"
	"sync/atomic"

	"entgo.io/ent/dialect"
)

// Counter counts the SQL statements sent through a driver, to guard against
// N+1, and injects failures of the transaction machinery.
type Counter struct {
	mu         sync.Mutex
	statements []string
	// FailBegin and FailCommit make the next transactions fail to begin or commit.
	FailBegin, FailCommit atomic.Bool
}

// ErrInjected is the failure FailBegin and FailCommit inject.
var ErrInjected = errors.New("testenv: injected failure (database gone away)")

// Wrap is a store.WithDriverWrapper argument.
func (c *Counter) Wrap(d dialect.Driver) dialect.Driver { return &countingDriver{Driver: d, c: c} }

// Reset forgets what was counted.
func (c *Counter) Reset() {
	c.mu.Lock()
	c.statements = nil
	c.mu.Unlock()
}

// Statements are the statements counted since the last Reset.
func (c *Counter) Statements() []string {
	c.mu.Lock()
	defer c.mu.Unlock()
	return append([]string(nil), c.statements...)
}

// Selects counts the SELECT statements since the last Reset.
func (c *Counter) Selects() int {
	n := 0
	for _, s := range c.Statements() {
		if strings.HasPrefix(strings.TrimSpace(strings.ToUpper(s)), "SELECT") {
			n++
		}
	}
	return n
}

func (c *Counter) add(q string) {
	c.mu.Lock()
	c.statements = append(c.statements, q)
	c.mu.Unlock()
}

type countingDriver struct {
	dialect.Driver
	c *Counter
}

func (d *countingDriver) Exec(ctx context.Context, q string, args, v any) error {
	d.c.add(q)
	return d.Driver.Exec(ctx, q, args, v)
}

func (d *countingDriver) Query(ctx context.Context, q string, args, v any) error {
	d.c.add(q)
	return d.Driver.Query(ctx, q, args, v)
}

func (d *countingDriver) Tx(ctx context.Context) (dialect.Tx, error) {
	if d.c.FailBegin.Load() {
		return nil, ErrInjected
	}
	tx, err := d.Driver.Tx(ctx)
	if err != nil {
		return nil, err
	}
	return &countingTx{Tx: tx, c: d.c}, nil
}

type countingTx struct {
	dialect.Tx
	c *Counter
}

func (t *countingTx) Exec(ctx context.Context, q string, args, v any) error {
	t.c.add(q)
	return t.Tx.Exec(ctx, q, args, v)
}

func (t *countingTx) Query(ctx context.Context, q string, args, v any) error {
	t.c.add(q)
	return t.Tx.Query(ctx, q, args, v)
}

func (t *countingTx) Commit() error {
	if t.c.FailCommit.Load() {
		_ = t.Tx.Rollback()
		return ErrInjected
	}
	return t.Tx.Commit()
}

// ExecContext keeps ent's raw SQL helpers working on a counted transaction.
func (t *countingTx) ExecContext(ctx context.Context, q string, args ...any) (stdsql.Result, error) {
	t.c.add(q)
	ex, ok := t.Tx.(interface {
		ExecContext(context.Context, string, ...any) (stdsql.Result, error)
	})
	if !ok {
		return nil, errors.New("testenv: the transaction has no ExecContext")
	}
	return ex.ExecContext(ctx, q, args...)
}

// QueryContext keeps ent's raw SQL reads working on a counted transaction.
func (t *countingTx) QueryContext(ctx context.Context, q string, args ...any) (*stdsql.Rows, error) {
	t.c.add(q)
	qx, ok := t.Tx.(interface {
		QueryContext(context.Context, string, ...any) (*stdsql.Rows, error)
	})
	if !ok {
		return nil, errors.New("testenv: the transaction has no QueryContext")
	}
	return qx.QueryContext(ctx, q, args...)
}
