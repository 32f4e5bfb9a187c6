// Package pgdb gives the benchmarks a PostgreSQL database of their own.
package pgdb

import (
	"context"
	"database/sql"
	"fmt"
	"net/url"
	"strings"

	_ "github.com/jackc/pgx/v5/stdlib" // registers "pgx"
)

// Recreate drops and creates the database pgURL names, connecting to the
// server's postgres database to do it; it refuses the tests' (test) and the
// server's own (postgres).
func Recreate(pgURL string) error {
	u, err := url.Parse(pgURL)
	if err != nil {
		return err
	}
	name := strings.TrimPrefix(u.Path, "/")
	if name == "" || name == "test" || name == "postgres" {
		return fmt.Errorf("-pg: database %q: a benchmark drops and recreates it, so give one of its own", name)
	}
	admin := *u
	admin.Path = "/postgres"
	db, err := sql.Open("pgx", admin.String())
	if err != nil {
		return err
	}
	defer db.Close()
	ctx := context.Background()
	if _, err := db.ExecContext(ctx, `DROP DATABASE IF EXISTS "`+name+`" WITH (FORCE)`); err != nil {
		return fmt.Errorf("dropping %s: %w", name, err)
	}
	if _, err := db.ExecContext(ctx, `CREATE DATABASE "`+name+`"`); err != nil {
		return fmt.Errorf("creating %s: %w", name, err)
	}
	return nil
}
