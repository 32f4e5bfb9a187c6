package backup

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"

	_ "modernc.org/sqlite" // registers "sqlite"

	"github.com/ruankao/ruankao/internal/migrations"
	"github.com/ruankao/ruankao/internal/store"
)

// sqlitePath is the file of an sqlite:// URL; an in-memory database has none.
func sqlitePath(rawURL string) (string, error) {
	path, ok := store.SQLitePath(rawURL)
	if !ok || path == "" {
		return "", fmt.Errorf("backup: database URL: expected sqlite://FILE")
	}
	if path == ":memory:" {
		return "", errors.New("backup: an in-memory database has nothing to back up or restore")
	}
	return path, nil
}

// openReadOnly opens an SQLite file without ever writing to it; immutable
// for a private snapshot nobody else has open.
func openReadOnly(path string, immutable bool) (*sql.DB, error) {
	dsn := "file:" + path + "?mode=ro&_pragma=busy_timeout(10000)"
	if immutable {
		dsn += "&immutable=1"
	}
	db, err := sql.Open("sqlite", dsn)
	if err != nil {
		return nil, err
	}
	db.SetMaxOpenConns(1)
	return db, nil
}

// sqliteSnapshot writes a consistent copy of the live database with VACUUM
// INTO (SQLite's own online copy: one read transaction, so writers go on,
// and the copy is what a reader saw at one instant), then reads the counts,
// the migration version and the referenced objects from the copy itself.
func sqliteSnapshot(ctx context.Context, opt Options, work string, m *Manifest) (*snapshot, error) {
	path, err := sqlitePath(opt.DatabaseURL)
	if err != nil {
		return nil, err
	}
	if fi, err := os.Stat(path); err != nil || !fi.Mode().IsRegular() {
		return nil, fmt.Errorf("backup: the SQLite database %s does not exist", path)
	}
	live, err := openReadOnly(path, false)
	if err != nil {
		return nil, fmt.Errorf("backup: open %s: %w", path, err)
	}
	out := filepath.Join(work, sqliteMember)
	_, err = live.ExecContext(ctx, `VACUUM INTO ?`, out)
	_ = live.Close()
	if err != nil {
		return nil, fmt.Errorf("backup: VACUUM INTO on %s: %w", path, err)
	}
	if err := os.Chmod(out, 0o600); err != nil {
		return nil, fmt.Errorf("backup: %w", err)
	}
	snap, err := openReadOnly(out, true)
	if err != nil {
		return nil, fmt.Errorf("backup: open the snapshot: %w", err)
	}
	defer snap.Close()
	if m.SchemaVersion, _, m.Dirty, err = migrations.Status(ctx, snap, SQLite); err != nil {
		return nil, err
	}
	if m.Counts, err = countRows(ctx, snap, SQLite); err != nil {
		return nil, err
	}
	refs, bad, err := referencedObjects(ctx, snap, m.Counts)
	if err != nil {
		return nil, err
	}
	m.Problems = append(m.Problems, bad...)
	return &snapshot{path: out, member: sqliteMember, refs: refs}, nil
}

// sqliteInUse tells whether an SQLite file holds a database worth keeping:
// a table in it, or a write-ahead log beside it. A file that cannot be read
// counts as in use (a restore must not replace what it cannot judge).
func sqliteInUse(ctx context.Context, path string) (bool, error) {
	if fi, err := os.Stat(path + "-wal"); err == nil && fi.Size() > 0 {
		return true, nil
	}
	fi, err := os.Stat(path)
	switch {
	case errors.Is(err, fs.ErrNotExist):
		return false, nil
	case err != nil:
		return false, fmt.Errorf("restore: %w", err)
	case !fi.Mode().IsRegular():
		return false, fmt.Errorf("restore: %s is not a regular file", path)
	case fi.Size() == 0:
		return false, nil
	}
	db, err := openReadOnly(path, false)
	if err != nil {
		return true, nil
	}
	defer db.Close()
	var n int
	if err := db.QueryRowContext(ctx, `SELECT count(*) FROM sqlite_master`).Scan(&n); err != nil {
		return true, nil
	}
	return n > 0, nil
}

// placeSQLite moves the staged database file into place: fsynced before,
// the old write-ahead log and shared memory removed (they belong to the
// database being replaced and would be replayed into the new one), renamed
// over the old name, and the directory fsynced.
func placeSQLite(staged, path string) error {
	if err := syncFile(staged); err != nil {
		return err
	}
	for _, suffix := range []string{"-wal", "-shm", "-journal"} {
		if err := os.Remove(path + suffix); err != nil && !errors.Is(err, fs.ErrNotExist) {
			return fmt.Errorf("restore: %w", err)
		}
	}
	if err := os.Rename(staged, path); err != nil {
		return fmt.Errorf("restore: %w", err)
	}
	return syncDir(filepath.Dir(path))
}
