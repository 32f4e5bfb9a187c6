package migrations

import (
	"context"
	"database/sql"
	"database/sql/driver"
	"errors"
	"fmt"
	"io"
	"strings"
	"sync"

	"github.com/golang-migrate/migrate/v4/database"
	migratesqlite "github.com/golang-migrate/migrate/v4/database/sqlite"
)

// sqliteMu serializes Up on SQLite within this process (golang-migrate's
// SQLite "lock" is a flag inside one driver value). Between processes the
// database's write lock serializes them; see sqliteDriver.
var sqliteMu sync.Mutex

// sqliteDriver is golang-migrate's SQLite driver (modernc) on the caller's
// *sql.DB, which keeps creating the version table, Version and Lock, with
// three changes, each found by a test in internal_test.go:
//
//   - Close leaves the *sql.DB open: golang-migrate's closes it, and it is
//     the application's.
//   - Run turns foreign keys off on its connection around the transaction
//     and runs PRAGMA foreign_key_check before COMMIT, as SQLite documents
//     for table rebuilds. Connections from internal/store have foreign keys
//     on, and PRAGMA foreign_keys is a no-op inside a transaction, so the
//     "PRAGMA foreign_keys = off" Atlas writes around a rebuild does nothing
//     in golang-migrate's transaction, and the rebuild's DROP TABLE runs the
//     ON DELETE actions of the tables that reference it: with CASCADE their
//     rows are silently deleted.
//   - A migration and its version are committed in one transaction, taken
//     with BEGIN IMMEDIATE (the database's write lock), which first reads the
//     version: a migration another process applied meanwhile is skipped.
//     golang-migrate's driver marks the version dirty in a transaction of its
//     own before running the file, so two processes starting on one file
//     (a server and `ruankao migrate`) could leave it dirty for good, or one
//     of them fail on "table already exists". SQLite has transactional DDL:
//     a failed or interrupted migration leaves the previous version, clean.
type sqliteDriver struct {
	database.Driver
	db      *sql.DB
	ctx     context.Context
	pending int // the version golang-migrate announced with SetVersion(v, true)
}

func newSQLiteDriver(ctx context.Context, db *sql.DB) (database.Driver, error) {
	inner, err := migratesqlite.WithInstance(db, &migratesqlite.Config{MigrationsTable: Table})
	if err != nil {
		return nil, err
	}
	// A migration is never interrupted half-way by a cancelled context:
	// Up stops between migrations instead.
	return &sqliteDriver{Driver: inner, db: db, ctx: context.WithoutCancel(ctx), pending: database.NilVersion}, nil
}

// Close leaves the *sql.DB open: it belongs to the caller.
func (d *sqliteDriver) Close() error { return nil }

// SetVersion(v, true) only notes v: Run records it with the migration.
// SetVersion(v, false) records v unless the database is already there or
// further (another process got there first).
func (d *sqliteDriver) SetVersion(version int, dirty bool) error {
	if dirty {
		d.pending = version
		return nil
	}
	return d.inTx(false, func(conn *sql.Conn, current int, _, _ bool) error {
		if current >= version {
			return nil
		}
		return writeVersion(d.ctx, conn, version)
	})
}

func (d *sqliteDriver) Run(migration io.Reader) error {
	body, err := io.ReadAll(migration)
	if err != nil {
		return err
	}
	target := d.pending
	if target == database.NilVersion {
		return errors.New("migrations: Run without a target version")
	}
	return d.inTx(true, func(conn *sql.Conn, current int, dirty, fkWereOn bool) error {
		switch {
		case dirty:
			return fmt.Errorf("the version table says %d, dirty", current)
		case current >= target:
			return nil // applied by another process while this one waited
		}
		if strings.TrimSpace(string(body)) != "" {
			if _, err := conn.ExecContext(d.ctx, string(body)); err != nil {
				return &database.Error{OrigErr: err, Err: "migration failed", Query: body}
			}
		}
		if fkWereOn {
			if err := foreignKeyCheck(d.ctx, conn); err != nil {
				return err
			}
		}
		return writeVersion(d.ctx, conn, target)
	})
}

// inTx runs f in BEGIN IMMEDIATE … COMMIT on one connection, after reading
// the version under the lock. With fkOff, foreign keys are off around the
// transaction (and on again afterwards) if they were on; f is told.
func (d *sqliteDriver) inTx(fkOff bool, f func(conn *sql.Conn, current int, dirty, fkWereOn bool) error) (err error) {
	ctx := d.ctx
	conn, err := d.db.Conn(ctx)
	if err != nil {
		return &database.Error{OrigErr: err, Err: "connection failed"}
	}
	defer conn.Close()
	// A connection left in a transaction or with foreign keys off must not
	// go back to the pool.
	discard := func() { _ = conn.Raw(func(any) error { return driver.ErrBadConn }) }
	fk := 0
	if fkOff {
		if err := conn.QueryRowContext(ctx, "PRAGMA foreign_keys").Scan(&fk); err != nil {
			return &database.Error{OrigErr: err, Query: []byte("PRAGMA foreign_keys")}
		}
		if fk == 1 {
			if _, err := conn.ExecContext(ctx, "PRAGMA foreign_keys = OFF"); err != nil {
				return &database.Error{OrigErr: err, Query: []byte("PRAGMA foreign_keys = OFF")}
			}
			defer func() {
				if _, rerr := conn.ExecContext(ctx, "PRAGMA foreign_keys = ON"); rerr != nil {
					discard()
					err = errors.Join(err, &database.Error{OrigErr: rerr, Query: []byte("PRAGMA foreign_keys = ON")})
				}
			}()
		}
	}
	// BEGIN IMMEDIATE takes the write lock now (waiting up to the busy
	// timeout), so the version read below cannot change before COMMIT. It is
	// what the store's DSN (_txlock=immediate) makes of every BEGIN anyway;
	// spelled out, it does not depend on the DSN.
	if _, err := conn.ExecContext(ctx, "BEGIN IMMEDIATE"); err != nil {
		return &database.Error{OrigErr: err, Err: "transaction start failed"}
	}
	rollback := func(err error) error {
		if _, rerr := conn.ExecContext(ctx, "ROLLBACK"); rerr != nil {
			discard()
			return errors.Join(err, rerr)
		}
		return err
	}
	current, dirty := database.NilVersion, false
	switch err := conn.QueryRowContext(ctx, "SELECT version, dirty FROM "+Table+" LIMIT 1").Scan(&current, &dirty); {
	case errors.Is(err, sql.ErrNoRows):
	case err != nil:
		return rollback(&database.Error{OrigErr: err, Err: "reading the version failed"})
	}
	if err := f(conn, current, dirty, fk == 1); err != nil {
		return rollback(err)
	}
	if _, err := conn.ExecContext(ctx, "COMMIT"); err != nil {
		return rollback(&database.Error{OrigErr: err, Err: "transaction commit failed"})
	}
	return nil
}

func writeVersion(ctx context.Context, conn *sql.Conn, version int) error {
	if _, err := conn.ExecContext(ctx, "DELETE FROM "+Table); err != nil {
		return &database.Error{OrigErr: err, Err: "writing the version failed"}
	}
	if _, err := conn.ExecContext(ctx, "INSERT INTO "+Table+" (version, dirty) VALUES (?, ?)", version, false); err != nil {
		return &database.Error{OrigErr: err, Err: "writing the version failed"}
	}
	return nil
}

// foreignKeyCheck fails when the migration left rows that break a foreign key.
func foreignKeyCheck(ctx context.Context, conn *sql.Conn) error {
	rows, err := conn.QueryContext(ctx, "PRAGMA foreign_key_check")
	if err != nil {
		return err
	}
	defer rows.Close()
	var bad []string
	for rows.Next() {
		var (
			table, parent string
			rowid, fkid   sql.NullInt64
		)
		if err := rows.Scan(&table, &rowid, &parent, &fkid); err != nil {
			return err
		}
		if len(bad) < 5 {
			bad = append(bad, fmt.Sprintf("%s rowid %d -> %s", table, rowid.Int64, parent))
		}
	}
	if err := rows.Err(); err != nil {
		return err
	}
	if len(bad) > 0 {
		return fmt.Errorf("foreign key violations after the migration: %s", strings.Join(bad, "; "))
	}
	return nil
}
