// Package migrations holds the versioned schema migrations of both databases
// and applies them with golang-migrate.
//
// The directories sqlite/ and postgres/ are written by the generator
// (go run ./internal/migrations/gen -name NAME) from the ent schema, in
// golang-migrate's format (VERSION_NAME.up.sql / .down.sql) with Atlas's
// atlas.sum beside them, and are embedded into the binary. Up applies the
// pending ones; Status tells how far a database is behind. Check (and
// gen -check) tells whether the ent schema and the committed files agree.
//
// The package takes a *sql.DB and a dialect ("sqlite3" or "postgres", as in
// internal/store) and never closes or reconfigures the *sql.DB it is given.
package migrations

import (
	"context"
	"database/sql"
	"embed"
	"errors"
	"fmt"
	"io/fs"
	"sort"
	"time"

	entdialect "entgo.io/ent/dialect"
	"github.com/golang-migrate/migrate/v4"
	"github.com/golang-migrate/migrate/v4/database"
	migratepgx "github.com/golang-migrate/migrate/v4/database/pgx/v5"
	"github.com/golang-migrate/migrate/v4/source"
	"github.com/golang-migrate/migrate/v4/source/iofs"
	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/stdlib"
)

//go:embed sqlite postgres
var files embed.FS

// Table is the table golang-migrate records the version in (in the current
// schema on PostgreSQL, i.e. the first schema of search_path).
const Table = "schema_migrations"

// HandMade are the tables the migrations make that ent does not know: the
// statistics counters, which the database's triggers write (internal/stats).
var HandMade = []string{"stat_counts", "stat_deltas"}

// lockTimeout bounds how long Up waits for another instance that is migrating
// the same PostgreSQL schema (golang-migrate's default is 15 s).
const lockTimeout = 5 * time.Minute

// dirFor names the embedded directory of a dialect.
func dirFor(dialect string) (string, error) {
	switch dialect {
	case entdialect.SQLite:
		return "sqlite", nil
	case entdialect.Postgres:
		return "postgres", nil
	default:
		return "", fmt.Errorf("migrations: unsupported dialect %q (want %q or %q)", dialect, entdialect.SQLite, entdialect.Postgres)
	}
}

// FS returns the embedded migration directory of a dialect.
func FS(dialect string) (fs.FS, error) {
	dir, err := dirFor(dialect)
	if err != nil {
		return nil, err
	}
	return fs.Sub(files, dir)
}

// Versions lists the versions of the embedded migrations of a dialect, oldest first.
func Versions(dialect string) ([]uint, error) {
	fsys, err := FS(dialect)
	if err != nil {
		return nil, err
	}
	entries, err := fs.ReadDir(fsys, ".")
	if err != nil {
		return nil, err
	}
	seen := map[uint]bool{}
	var vs []uint
	for _, e := range entries {
		m, err := source.DefaultParse(e.Name())
		if err != nil || e.IsDir() { // atlas.sum and anything else that is not a migration
			continue
		}
		if !seen[m.Version] {
			seen[m.Version] = true
			vs = append(vs, m.Version)
		}
	}
	sort.Slice(vs, func(i, j int) bool { return vs[i] < vs[j] })
	return vs, nil
}

// Latest is the version of the newest embedded migration of a dialect (0 if none).
func Latest(dialect string) (uint, error) {
	vs, err := Versions(dialect)
	if err != nil || len(vs) == 0 {
		return 0, err
	}
	return vs[len(vs)-1], nil
}

// Up applies the pending migrations. A database that is already up to date is
// success. It refuses a dirty database (a migration that failed halfway) and
// one whose version this binary does not know (a newer binary migrated it).
// Cancelling ctx stops between two migrations, never inside one.
func Up(ctx context.Context, db *sql.DB, dialect string) (err error) {
	if dialect == entdialect.SQLite {
		sqliteMu.Lock()
		defer sqliteMu.Unlock()
	}
	// Refuse a version this binary does not have before touching anything.
	// Dirty is left to golang-migrate, which checks it under its lock: read
	// here, it may be another instance's migration in progress.
	current, latest, _, err := Status(ctx, db, dialect)
	if err != nil {
		return err
	}
	if err := known(dialect, current, latest); err != nil {
		return err
	}
	m, release, err := newMigrate(ctx, db, dialect)
	if err != nil {
		return err
	}
	defer func() { err = errors.Join(err, release()) }()
	stop := context.AfterFunc(ctx, func() {
		select {
		case m.GracefulStop <- true:
		default:
		}
	})
	defer stop()
	switch err := m.Up(); {
	case errors.Is(err, migrate.ErrNoChange):
	case err != nil:
		var dirtyErr migrate.ErrDirty
		if errors.As(err, &dirtyErr) {
			return dirtyError(dialect, uint(dirtyErr.Version))
		}
		return fmt.Errorf("migrating the %s database: %w", dialect, withoutQuery(err))
	}
	return ctx.Err()
}

// withoutQuery drops the migration's SQL from golang-migrate's errors, which
// carry the whole file: the error and the line are enough, the file is here.
func withoutQuery(err error) error {
	var e *database.Error
	if pe := (*database.Error)(nil); errors.As(err, &pe) {
		e = pe
	} else if ve := (database.Error{}); errors.As(err, &ve) {
		e = &ve
	}
	if e == nil || len(e.Query) == 0 {
		return err
	}
	msg := e.Err
	if msg == "" {
		msg = "migration failed"
	}
	if e.Line > 0 {
		msg += fmt.Sprintf(" (line %d)", e.Line)
	}
	if e.OrigErr == nil {
		return errors.New(msg)
	}
	return fmt.Errorf("%s: %w", msg, e.OrigErr)
}

// Status reports the version the database is at (0 before the first
// migration), the newest version this binary carries, and whether the last
// migration failed halfway (dirty). It only reads: it creates nothing.
func Status(ctx context.Context, db *sql.DB, dialect string) (current, latest uint, dirty bool, err error) {
	if latest, err = Latest(dialect); err != nil {
		return 0, 0, false, err
	}
	var version sql.NullInt64
	switch dialect {
	case entdialect.SQLite:
		var n int
		if err = db.QueryRowContext(ctx, `SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = ?`, Table).Scan(&n); err != nil {
			return 0, latest, false, fmt.Errorf("reading the migration version: %w", err)
		}
		if n == 0 {
			return 0, latest, false, nil
		}
		err = db.QueryRowContext(ctx, `SELECT version, dirty FROM `+Table+` LIMIT 1`).Scan(&version, &dirty)
	case entdialect.Postgres:
		var schema, table sql.NullString
		if err = db.QueryRowContext(ctx, `SELECT current_schema(), to_regclass(format('%I.%I', coalesce(current_schema(), 'public'), $1::text))::text`, Table).Scan(&schema, &table); err != nil {
			return 0, latest, false, fmt.Errorf("reading the migration version: %w", err)
		}
		if !schema.Valid {
			return 0, latest, false, errors.New("reading the migration version: no schema in the PostgreSQL search_path exists; create it first")
		}
		if !table.Valid {
			return 0, latest, false, nil
		}
		err = db.QueryRowContext(ctx, `SELECT version, dirty FROM `+table.String+` LIMIT 1`).Scan(&version, &dirty)
	default:
		_, err = dirFor(dialect)
		return 0, 0, false, err
	}
	switch {
	case errors.Is(err, sql.ErrNoRows):
		return 0, latest, false, nil
	case err != nil:
		return 0, latest, false, fmt.Errorf("reading the migration version: %w", err)
	case version.Int64 < 0: // golang-migrate's NilVersion, dirty after a failed first migration
		return 0, latest, dirty, nil
	}
	return uint(version.Int64), latest, dirty, nil
}

// known refuses a database that Up must not touch.
func known(dialect string, current, latest uint) error {
	if current == 0 {
		return nil
	}
	vs, err := Versions(dialect)
	if err != nil {
		return err
	}
	for _, v := range vs {
		if v == current {
			return nil
		}
	}
	if current > latest {
		return fmt.Errorf("the %s database is at migration %d, newer than this binary knows (latest %d): run a newer ruankao", dialect, current, latest)
	}
	return fmt.Errorf("the %s database is at migration %d, which this binary does not have", dialect, current)
}

// dirtyError tells the operator how to go on. Each migration file runs as
// one transaction on both databases (SQLite: sqliteDriver; PostgreSQL: pgx
// sends the file as one simple query, which is one implicit transaction), so
// a failed one left the schema at the version before it.
func dirtyError(dialect string, version uint) error {
	fix := "DELETE FROM " + Table
	if vs, err := Versions(dialect); err == nil {
		for i, v := range vs {
			if v == version && i > 0 {
				fix = fmt.Sprintf("UPDATE %s SET version = %d, dirty = false", Table, vs[i-1])
			}
		}
	}
	return fmt.Errorf("the %s database is dirty at migration %d: that migration failed and its statements were rolled back; fix the cause, run %q, then migrate again", dialect, version, fix)
}

// newMigrate builds golang-migrate over the embedded files and a driver for db.
// release frees what it opened; it never closes db.
func newMigrate(ctx context.Context, db *sql.DB, dialect string) (*migrate.Migrate, func() error, error) {
	dir, err := dirFor(dialect)
	if err != nil {
		return nil, nil, err
	}
	src, err := iofs.New(files, dir)
	if err != nil {
		return nil, nil, err
	}
	var (
		drv  database.Driver
		name string
	)
	switch dialect {
	case entdialect.SQLite:
		name = "sqlite"
		drv, err = newSQLiteDriver(ctx, db)
	case entdialect.Postgres:
		name = "pgx5"
		drv, err = newPostgresDriver(ctx, db)
	}
	if err != nil {
		_ = src.Close()
		return nil, nil, fmt.Errorf("preparing the %s migrations: %w", dialect, err)
	}
	m, err := migrate.NewWithInstance("iofs", src, name, drv)
	if err != nil {
		_ = src.Close()
		_ = drv.Close()
		return nil, nil, err
	}
	m.LockTimeout = lockTimeout
	return m, func() error {
		srcErr, dbErr := m.Close()
		return errors.Join(srcErr, dbErr)
	}, nil
}

// newPostgresDriver gives golang-migrate's pgx driver a small pool of its own,
// opened with the connection settings of db (server, credentials, TLS and
// search_path): that driver keeps one connection out of the pool for its
// advisory lock and closes the whole *sql.DB in Close, so it must not get the
// caller's. The version table and the migrated tables land in current_schema(),
// the first schema of search_path.
func newPostgresDriver(ctx context.Context, db *sql.DB) (database.Driver, error) {
	conn, err := db.Conn(ctx)
	if err != nil {
		return nil, err
	}
	var cfg *pgx.ConnConfig
	err = conn.Raw(func(dc any) error {
		c, ok := dc.(*stdlib.Conn)
		if !ok {
			return fmt.Errorf("the PostgreSQL *sql.DB must use pgx's stdlib driver, not %T", dc)
		}
		cfg = c.Conn().Config()
		return nil
	})
	_ = conn.Close()
	if err != nil {
		return nil, err
	}
	own := stdlib.OpenDB(*cfg)
	own.SetMaxOpenConns(2)
	drv, err := migratepgx.WithInstance(own, &migratepgx.Config{MigrationsTable: Table})
	if err != nil {
		_ = own.Close()
		return nil, err
	}
	return drv, nil
}
