package main

import (
	"context"
	"fmt"

	"github.com/ruankao/ruankao/internal/store"
)

// seedLockKey is the PostgreSQL advisory lock held around the seeding at
// start (reference data, and the demo data and accounts with --demo). Each
// of those looks for its rows and then inserts the missing ones, so two
// instances starting at once on a fresh database both inserted 110000 and
// one of them stopped on regions_code_key. Any 64-bit constant, the same in
// every instance, apart from the jobs' keys (internal/jobs, internal/notify,
// internal/stats).
const seedLockKey int64 = 7_261_126_0100

// withSeedLock runs seed while holding seedLockKey on PostgreSQL, so that
// instances seed one after another: the later one finds the rows and adds
// nothing. SQLite needs none: each seeding transaction takes the one write
// lock at BEGIN.
func withSeedLock(ctx context.Context, db *store.DB, seed func() error) error {
	if db.Dialect != "postgres" {
		return seed()
	}
	// A session lock on a connection of its own; the seeding runs on others.
	conn, err := db.SQL.Conn(ctx)
	if err != nil {
		return fmt.Errorf("seeding: %w", err)
	}
	defer conn.Close()
	if _, err := conn.ExecContext(ctx, "SELECT pg_advisory_lock($1)", seedLockKey); err != nil {
		return fmt.Errorf("seeding: waiting for another instance's seeding: %w", err)
	}
	defer conn.ExecContext(context.WithoutCancel(ctx), "SELECT pg_advisory_unlock($1)", seedLockKey) //nolint:errcheck
	return seed()
}
