package store

import (
	"context"

	"github.com/ruankao/ruankao/internal/migrations"
)

// MigrateUp applies the pending versioned migrations (internal/migrations).
// An up-to-date database is success; a dirty one, or one migrated by a newer
// binary, is an error.
func (d *DB) MigrateUp(ctx context.Context) error {
	return migrations.Up(ctx, d.SQL, d.Dialect)
}

// MigrationStatus reports the database's migration version (0 before the
// first), the newest this binary carries, and whether a migration failed
// halfway. It only reads.
func (d *DB) MigrationStatus(ctx context.Context) (current, latest uint, dirty bool, err error) {
	return migrations.Status(ctx, d.SQL, d.Dialect)
}
