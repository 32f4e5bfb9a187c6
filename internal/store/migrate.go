package store

import (
	"context"
	"fmt"
)

// Migrate brings the schema up to date with ent's automatic migration.
// Versioned migration files replace this in production (see the footing issue).
func (d *DB) Migrate(ctx context.Context) error {
	if err := d.Client.Schema.Create(ctx); err != nil {
		return fmt.Errorf("migrating the database: %w", err)
	}
	return nil
}
