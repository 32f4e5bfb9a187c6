// Package txn runs the short write transactions of the transaction model
// (README "Transactions"): a transaction holds the writes and the reads they
// depend on, never slow work, and every read made while it is open goes
// through it.
package txn

import (
	"context"
	"errors"
	"fmt"

	"github.com/ruankao/ruankao/ent"
)

// Run runs fn in a transaction on client: committed when fn returns nil,
// rolled back otherwise. When ctx already carries a transaction, fn joins it,
// so domain code can be called from inside a mutation's transaction or
// outside one alike. fn must read and write only through c or ctx.
func Run(ctx context.Context, client *ent.Client, fn func(ctx context.Context, c *ent.Client) error) error {
	if tx := ent.TxFromContext(ctx); tx != nil {
		return fn(ctx, tx.Client())
	}
	tx, err := client.Tx(ctx)
	if errors.Is(err, ent.ErrTxStarted) {
		return fn(ctx, client)
	}
	if err != nil {
		return fmt.Errorf("begin transaction: %w", err)
	}
	return finish(tx, fn(Context(ctx, tx), tx.Client()))
}

// Context is ctx carrying tx, as ent.FromContext and ent.TxFromContext read it.
func Context(ctx context.Context, tx *ent.Tx) context.Context {
	return ent.NewTxContext(ent.NewContext(ctx, tx.Client()), tx)
}

// Begin opens a transaction for work that cannot be one closure (a GraphQL
// field interceptor); End finishes it.
func Begin(ctx context.Context, client *ent.Client) (context.Context, *ent.Tx, error) {
	tx, err := client.Tx(ctx)
	if err != nil {
		return ctx, nil, fmt.Errorf("begin transaction: %w", err)
	}
	return Context(ctx, tx), tx, nil
}

// End commits tx when err is nil and rolls it back otherwise, returning the
// error the caller should report.
func End(tx *ent.Tx, err error) error { return finish(tx, err) }

func finish(tx *ent.Tx, err error) error {
	if err != nil {
		_ = tx.Rollback()
		return err
	}
	if err := tx.Commit(); err != nil {
		return fmt.Errorf("commit transaction: %w", err)
	}
	return nil
}
