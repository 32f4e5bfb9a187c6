package store

import (
	"context"
	"database/sql"
	"fmt"
	"sync"
	"time"

	entsql "entgo.io/ent/dialect/sql"
)

// unit is what a caller of Tx gets on SQLite: a savepoint in the shared
// batch transaction, holding the writer's turn from begin to Commit or
// Rollback. Its mutex orders its statements against the watchers below.
type unit struct {
	g    *groupCommit
	b    *batch
	name string

	mu    sync.Mutex
	state unitState
	cause error // why an abandoned unit was rolled back

	// The watchers roll the unit back when its context ends (a panic that
	// skipped Rollback, a client gone) or when it holds the turn longer
	// than maxHold (a context that never ends), so that no unit left
	// unfinished can keep the writer from everyone else.
	stopCtx   func() bool
	stopTimer func() bool
}

type unitState uint8

const (
	unitActive unitState = iota
	unitReleased
	unitRolledBack
	unitAbandoned
)

// begin waits for the turn, opens a batch when none is open and starts the
// unit's savepoint in it.
func (g *groupCommit) begin(ctx context.Context) (*unit, error) {
	if err := g.acquire(ctx); err != nil {
		return nil, err
	}
	if g.batch == nil {
		b, err := g.open(ctx)
		if err != nil {
			g.pass(false)
			return nil, err
		}
		g.batch = b
	}
	b := g.batch
	b.size++
	u := &unit{g: g, b: b, name: g.nextSavepoint()}
	if err := u.exec("SAVEPOINT " + u.name); err != nil {
		// Whatever failed here may have left the transaction in any state.
		if b.broken == nil {
			b.broken = fmt.Errorf("store: savepoint: %w", err)
		}
		g.pass(false)
		return nil, err
	}
	u.mu.Lock()
	u.stopCtx = context.AfterFunc(ctx, func() {
		u.abandon(fmt.Errorf("store: transaction rolled back: %w", ctx.Err()))
	})
	u.stopTimer = time.AfterFunc(g.maxHold, func() { u.abandon(errHeldTooLong) }).Stop
	u.mu.Unlock()
	return u, nil
}

// exec runs one of the unit's control statements. They get no deadline:
// an interrupted statement inside a transaction rolls all of it back.
func (u *unit) exec(q string) error {
	_, err := u.b.tx.ExecContext(context.Background(), q)
	return u.g.checked(u.b, err)
}

func (u *unit) stop() {
	u.stopCtx()
	u.stopTimer()
}

// usable reports why the unit may not run a statement now. The statement's
// own context is checked first and then dropped, for the reason exec has.
func (u *unit) usable(ctx context.Context) error {
	switch u.state {
	case unitActive:
	case unitAbandoned:
		return u.cause
	default:
		return sql.ErrTxDone
	}
	if u.b.broken != nil {
		return u.b.broken
	}
	return ctx.Err()
}

func (u *unit) Exec(ctx context.Context, q string, args, v any) error {
	return entsql.Conn{ExecQuerier: u}.Exec(ctx, q, args, v)
}

func (u *unit) Query(ctx context.Context, q string, args, v any) error {
	return entsql.Conn{ExecQuerier: u}.Query(ctx, q, args, v)
}

func (u *unit) ExecContext(ctx context.Context, q string, args ...any) (sql.Result, error) {
	u.mu.Lock()
	defer u.mu.Unlock()
	if err := u.usable(ctx); err != nil {
		return nil, err
	}
	res, err := u.b.tx.ExecContext(context.WithoutCancel(ctx), q, args...)
	return res, u.g.checked(u.b, err)
}

func (u *unit) QueryContext(ctx context.Context, q string, args ...any) (*sql.Rows, error) {
	u.mu.Lock()
	defer u.mu.Unlock()
	if err := u.usable(ctx); err != nil {
		return nil, err
	}
	rows, err := u.b.tx.QueryContext(context.WithoutCancel(ctx), q, args...)
	if err = u.g.checked(u.b, err); err != nil && rows != nil {
		_ = rows.Close()
		rows = nil
	}
	return rows, err
}

// Commit releases the savepoint into the batch, gives up the turn and waits
// for the batch's durable COMMIT, whose result it returns.
func (u *unit) Commit() error {
	u.mu.Lock()
	if u.state != unitActive {
		err := u.usable(context.Background())
		u.mu.Unlock()
		return err
	}
	u.stop()
	b := u.b
	err := b.broken
	if err == nil {
		if err = u.exec("RELEASE " + u.name); err != nil && b.broken == nil {
			b.broken = fmt.Errorf("store: release savepoint: %w", err)
		}
	}
	if err == nil {
		b.members++
		u.state = unitReleased
	} else {
		u.state = unitRolledBack
	}
	u.mu.Unlock()
	u.g.pass(true)
	if err != nil {
		return err
	}
	<-b.done
	return b.err
}

// Rollback undoes the unit's writes and gives up the turn at once.
func (u *unit) Rollback() error {
	u.mu.Lock()
	switch u.state {
	case unitActive:
	case unitAbandoned:
		u.mu.Unlock()
		return nil
	default:
		u.mu.Unlock()
		return sql.ErrTxDone
	}
	u.stop()
	err := u.undo()
	u.state = unitRolledBack
	u.mu.Unlock()
	u.g.pass(false)
	return err
}

func (u *unit) abandon(cause error) {
	u.mu.Lock()
	if u.state != unitActive {
		u.mu.Unlock()
		return
	}
	u.stop()
	_ = u.undo()
	u.state = unitAbandoned
	u.cause = cause
	u.mu.Unlock()
	u.g.pass(false)
}

// undo rolls the savepoint back. When that fails the transaction is in a
// state nobody can vouch for, so the whole batch goes.
func (u *unit) undo() error {
	b := u.b
	if b.broken != nil {
		return nil // the batch is rolled back whole
	}
	err := u.exec("ROLLBACK TO " + u.name)
	if err == nil {
		err = u.exec("RELEASE " + u.name)
	}
	if err != nil && b.broken == nil {
		b.broken = fmt.Errorf("store: roll back savepoint: %w", err)
	}
	return err
}
