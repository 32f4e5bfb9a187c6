// Package changes is how instances sharing one PostgreSQL database tell
// each other what their in-memory caches must forget: a NOTIFY on one
// channel, sent in the transaction of the change, so it is delivered when
// (and only if) the change commits. internal/auth's Listener hears it and
// hands each payload to the cache it names.
package changes

import (
	"context"

	"github.com/ruankao/ruankao/ent"
)

// Channel is the one channel. A payload is "s:<session id>", "u:<staff
// user id>" (the session cache), "c:" (the catalog), or "*" (forget
// everything: what an operator sends after changing rows by hand in SQL,
// NOTIFY ruankao_auth, '*'). Never a token or personal data.
const Channel = "ruankao_auth"

// CatalogPrefix starts the catalog's payloads.
const CatalogPrefix = "c:"

const notifySQL = `SELECT pg_notify('` + Channel + `', p) FROM unnest($1::text[]) AS p`

// Mutation is what Notify needs of an ent mutation.
type Mutation interface {
	Client() *ent.Client
	Tx() (*ent.Tx, error)
}

// Notify sends the payloads in m's transaction when it has one; otherwise
// in a transaction of its own, right after the change.
func Notify(ctx context.Context, m Mutation, payloads []string) error {
	if _, err := m.Tx(); err == nil {
		_, err := m.Client().ExecContext(ctx, notifySQL, payloads)
		return err
	}
	tx, err := m.Client().Tx(ctx)
	if err != nil {
		return err
	}
	if _, err := tx.ExecContext(ctx, notifySQL, payloads); err != nil {
		_ = tx.Rollback()
		return err
	}
	return tx.Commit()
}
