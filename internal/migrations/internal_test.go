package migrations

import (
	"context"
	"database/sql"
	"errors"
	"io/fs"
	"path/filepath"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/golang-migrate/migrate/v4/database"
	_ "modernc.org/sqlite"
)

// openSQLite opens a file database with the pragmas internal/store sets.
func openSQLite(t *testing.T) *sql.DB {
	t.Helper()
	dsn := "file:" + filepath.Join(t.TempDir(), "x.db") +
		"?_pragma=journal_mode(WAL)&_pragma=synchronous(FULL)&_pragma=foreign_keys(1)&_pragma=busy_timeout(10000)&_txlock=immediate"
	db, err := sql.Open("sqlite", dsn)
	if err != nil {
		t.Fatal(err)
	}
	db.SetMaxOpenConns(1) // every statement below runs on the connection Run uses
	t.Cleanup(func() { _ = db.Close() })
	return db
}

func exec(t *testing.T, db *sql.DB, query string) {
	t.Helper()
	if _, err := db.Exec(query); err != nil {
		t.Fatalf("%s: %v", query, err)
	}
}

func count(t *testing.T, db *sql.DB, table string) int {
	t.Helper()
	var n int
	if err := db.QueryRow("SELECT count(*) FROM " + table).Scan(&n); err != nil {
		t.Fatal(err)
	}
	return n
}

// rebuild is what Atlas writes for an SQLite change ALTER TABLE cannot make:
// a new table, a copy, DROP TABLE of the old one and a rename.
const rebuild = `-- Disable the enforcement of foreign-keys constraints
PRAGMA foreign_keys = off;
CREATE TABLE new_parents (id integer NOT NULL PRIMARY KEY, name text NOT NULL DEFAULT '');
INSERT INTO new_parents (id) SELECT id FROM parents;
DROP TABLE parents;
ALTER TABLE new_parents RENAME TO parents;
-- Enable back the constraint enforcement
PRAGMA foreign_keys = on;
`

func parentsAndChildren(t *testing.T, db *sql.DB) {
	exec(t, db, `CREATE TABLE parents (id integer NOT NULL PRIMARY KEY)`)
	exec(t, db, `CREATE TABLE children (id integer NOT NULL PRIMARY KEY, parent_id integer NOT NULL REFERENCES parents (id) ON DELETE CASCADE)`)
	exec(t, db, `INSERT INTO parents (id) VALUES (1), (2)`)
	exec(t, db, `INSERT INTO children (id, parent_id) VALUES (10, 1), (20, 2)`)
}

// TestSQLiteTableRebuildKeepsReferencingRows: with foreign keys on (as every
// connection from internal/store has them) and the migration inside a
// transaction, the PRAGMA in the file is a no-op, and DROP TABLE parents would
// cascade to children. Run must turn foreign keys off around the transaction.
func TestSQLiteTableRebuildKeepsReferencingRows(t *testing.T) {
	db := openSQLite(t)
	parentsAndChildren(t, db)
	drv := newTestDriver(t, db)
	if err := drv.SetVersion(1, true); err != nil {
		t.Fatal(err)
	}
	if err := drv.Run(strings.NewReader(rebuild)); err != nil {
		t.Fatal(err)
	}
	if n := count(t, db, "children"); n != 2 {
		t.Fatalf("children: %d rows after rebuilding parents, want 2", n)
	}
	var fk int
	if err := db.QueryRow("PRAGMA foreign_keys").Scan(&fk); err != nil || fk != 1 {
		t.Fatalf("foreign_keys = %d (%v) after Run, want 1", fk, err)
	}
	// Foreign keys are enforced again on the same connection.
	if _, err := db.Exec(`INSERT INTO children (id, parent_id) VALUES (30, 99)`); err == nil {
		t.Fatal("a dangling child was accepted after Run")
	}
	if err := drv.Close(); err != nil {
		t.Fatal(err)
	}
	if err := db.Ping(); err != nil {
		t.Fatalf("Close closed the caller's *sql.DB: %v", err)
	}
}

// TestSQLiteRunRollsBackBrokenForeignKeys: a migration that leaves dangling
// references fails and changes nothing.
func TestSQLiteRunRollsBackBrokenForeignKeys(t *testing.T) {
	db := openSQLite(t)
	parentsAndChildren(t, db)
	drv := newTestDriver(t, db)
	if err := drv.SetVersion(1, true); err != nil {
		t.Fatal(err)
	}
	err := drv.Run(strings.NewReader(`DELETE FROM parents WHERE id = 1; CREATE TABLE extra (id integer);`))
	if err == nil || !strings.Contains(err.Error(), "foreign key violations") {
		t.Fatalf("err = %v", err)
	}
	if n := count(t, db, "parents"); n != 2 {
		t.Fatalf("parents: %d rows, want 2 (rolled back)", n)
	}
	var n int
	if err := db.QueryRow(`SELECT count(*) FROM sqlite_master WHERE name = 'extra'`).Scan(&n); err != nil || n != 0 {
		t.Fatalf("table extra exists after a failed migration (%d, %v)", n, err)
	}
	// A statement that fails rolls back too.
	if err := drv.Run(strings.NewReader(`CREATE TABLE extra (id integer); SELECT * FROM nowhere;`)); err == nil {
		t.Fatal("a failing statement succeeded")
	}
	if err := db.QueryRow(`SELECT count(*) FROM sqlite_master WHERE name = 'extra'`).Scan(&n); err != nil || n != 0 {
		t.Fatalf("table extra exists after a failed migration (%d, %v)", n, err)
	}
	// Nothing was recorded, and nothing is dirty: the next Up tries again.
	if v, dirty, err := drv.Version(); err != nil || v != database.NilVersion || dirty {
		t.Fatalf("version %d, dirty %v, %v after failed migrations; want none, clean", v, dirty, err)
	}
}

func newTestDriver(t *testing.T, db *sql.DB) database.Driver {
	t.Helper()
	drv, err := newSQLiteDriver(context.Background(), db)
	if err != nil {
		t.Fatal(err)
	}
	return drv
}

// TestSQLiteTwoMigratorsOnOneFile: a process that read the version before
// another one migrated must neither re-run the migration (it would fail on
// "table already exists" and, with golang-migrate's driver, leave the version
// dirty) nor move the version back.
func TestSQLiteTwoMigratorsOnOneFile(t *testing.T) {
	db := openSQLite(t)
	a, b := newTestDriver(t, db), newTestDriver(t, db)
	const create = `CREATE TABLE things (id integer);`

	// Both saw version none; a migrates to 1 and 2 first.
	for _, step := range []struct {
		v    int
		body string
	}{{1, create}, {2, `ALTER TABLE things ADD COLUMN name text;`}} {
		if err := a.SetVersion(step.v, true); err != nil {
			t.Fatal(err)
		}
		if err := a.Run(strings.NewReader(step.body)); err != nil {
			t.Fatal(err)
		}
		if err := a.SetVersion(step.v, false); err != nil {
			t.Fatal(err)
		}
	}
	// b goes on with version 1, as golang-migrate would.
	if err := b.SetVersion(1, true); err != nil {
		t.Fatal(err)
	}
	if err := b.Run(strings.NewReader(create)); err != nil {
		t.Fatalf("b re-ran a migration a had applied: %v", err)
	}
	if err := b.SetVersion(1, false); err != nil {
		t.Fatal(err)
	}
	if v, dirty, err := b.Version(); err != nil || v != 2 || dirty {
		t.Fatalf("version %d, dirty %v, %v; want 2, clean", v, dirty, err)
	}
}

func embedded(t *testing.T, dialect string) fstest.MapFS {
	t.Helper()
	src, err := FS(dialect)
	if err != nil {
		t.Fatal(err)
	}
	out := fstest.MapFS{}
	err = fs.WalkDir(src, ".", func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		b, err := fs.ReadFile(src, p)
		out[p] = &fstest.MapFile{Data: b}
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	return out
}

// TestCheckFindsDrift: the check fails on a directory that lacks the
// migrations, and on an edited file.
func TestCheckFindsDrift(t *testing.T) {
	ctx := context.Background()

	err := check(ctx, "sqlite3", fstest.MapFS{}, "")
	var drift *DriftError
	if !errors.As(err, &drift) {
		t.Fatalf("empty directory: err = %v, want a DriftError", err)
	}
	if !strings.Contains(err.Error(), "CREATE TABLE `regions`") || !strings.Contains(err.Error(), "go run ./internal/migrations/gen") {
		t.Errorf("the message does not show the missing migration and the fix:\n%.400s", err)
	}

	files := embedded(t, "sqlite3")
	for name, f := range files {
		if strings.HasSuffix(name, ".up.sql") {
			f.Data = append(append([]byte{}, f.Data...), "\n-- edited\n"...)
		}
	}
	if err := check(ctx, "sqlite3", files, ""); err == nil || !strings.Contains(err.Error(), "checksum mismatch") {
		t.Fatalf("edited file: err = %v, want checksum mismatch", err)
	}

	if err := check(ctx, "sqlite3", embedded(t, "sqlite3"), ""); err != nil {
		t.Fatalf("the committed files: %v", err)
	}
}

func TestErrorsLeaveTheSQLOut(t *testing.T) {
	orig := errors.New("table x already exists")
	for _, err := range []error{
		&database.Error{OrigErr: orig, Err: "migration failed", Query: []byte("CREATE TABLE x (id integer);")},
		database.Error{OrigErr: orig, Err: "migration failed: boom", Query: []byte("CREATE TABLE x (id integer);"), Line: 3},
	} {
		got := withoutQuery(err)
		if strings.Contains(got.Error(), "CREATE TABLE") || !errors.Is(got, orig) {
			t.Errorf("withoutQuery(%v) = %v", err, got)
		}
	}
}
