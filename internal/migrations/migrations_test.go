package migrations_test

import (
	"bytes"
	"context"
	"crypto/rand"
	"database/sql"
	"encoding/hex"
	"fmt"
	"net/url"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	atlasmigrate "ariga.io/atlas/sql/migrate"
	"ariga.io/atlas/sql/postgres"
	atlasschema "ariga.io/atlas/sql/schema"
	"ariga.io/atlas/sql/sqlite"

	entmigrate "github.com/ruankao/ruankao/ent/migrate"
	"github.com/ruankao/ruankao/internal/migrations"
	"github.com/ruankao/ruankao/internal/refdata"
	"github.com/ruankao/ruankao/internal/store"
)

// envDatabaseURL switches the PostgreSQL half of these tests on (as in internal/testenv).
const envDatabaseURL = "RUANKAO_TEST_DATABASE_URL"

func pgURL() string {
	if u := os.Getenv(envDatabaseURL); strings.HasPrefix(u, "postgres") {
		return u
	}
	return ""
}

// dialects are the databases to test on: SQLite always, PostgreSQL when configured.
func dialects() []string {
	if pgURL() != "" {
		return []string{"sqlite3", "postgres"}
	}
	return []string{"sqlite3"}
}

// openEmpty opens an empty database through internal/store, as the server
// does: an SQLite file in a temporary directory, or a schema of its own on
// the PostgreSQL server, dropped afterwards.
func openEmpty(t *testing.T, dialect, name string) *store.DB {
	t.Helper()
	rawURL := "sqlite://" + filepath.Join(t.TempDir(), name+".db")
	if dialect == "postgres" {
		rawURL = freshSchema(t, pgURL())
	}
	db, err := store.Open(context.Background(), rawURL)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = db.Close() })
	if db.Dialect != dialect {
		t.Fatalf("dialect %q, want %q", db.Dialect, dialect)
	}
	return db
}

func freshSchema(t *testing.T, base string) string {
	t.Helper()
	var b [6]byte
	_, _ = rand.Read(b[:])
	schema := "tm_" + hex.EncodeToString(b[:])
	admin, err := sql.Open("pgx", base)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() {
		_, _ = admin.Exec("DROP SCHEMA " + schema + " CASCADE")
		_ = admin.Close()
	})
	if _, err := admin.Exec("CREATE SCHEMA " + schema); err != nil {
		t.Fatalf("create schema on %s: %v", base, err)
	}
	u, err := url.Parse(base)
	if err != nil {
		t.Fatal(err)
	}
	q := u.Query()
	q.Set("search_path", schema)
	u.RawQuery = q.Encode()
	return u.String()
}

func inspect(t *testing.T, db *store.DB) (*atlasschema.Schema, atlasmigrate.Driver) {
	t.Helper()
	var (
		drv atlasmigrate.Driver
		err error
	)
	if db.Dialect == "postgres" {
		drv, err = postgres.Open(db.SQL)
	} else {
		drv, err = sqlite.Open(db.SQL)
	}
	if err != nil {
		t.Fatal(err)
	}
	s, err := drv.InspectSchema(context.Background(), "", nil)
	if err != nil {
		t.Fatal(err)
	}
	return s, drv
}

func status(t *testing.T, db *store.DB) (current, latest uint, dirty bool) {
	t.Helper()
	current, latest, dirty, err := migrations.Status(context.Background(), db.SQL, db.Dialect)
	if err != nil {
		t.Fatal(err)
	}
	return current, latest, dirty
}

// TestUpGivesTheSchemaEntWants applies the committed migrations to an empty
// database and compares the result with what ent's auto-migration builds in
// another empty database: Atlas must find no difference, and ent's
// auto-migration must find nothing left to do. A second Up is a no-op, Status
// follows, and the shared *sql.DB stays open with no connection held.
func TestUpGivesTheSchemaEntWants(t *testing.T) {
	for _, dialect := range dialects() {
		t.Run(dialect, func(t *testing.T) {
			ctx := context.Background()
			db := openEmpty(t, dialect, "versioned")

			current, latest, dirty := status(t, db)
			if current != 0 || dirty || latest == 0 {
				t.Fatalf("before Up: current %d, latest %d, dirty %v; want 0, >0, false", current, latest, dirty)
			}
			if want, _ := migrations.Latest(dialect); latest != want {
				t.Fatalf("latest %d, want %d", latest, want)
			}
			if err := db.MigrateUp(ctx); err != nil {
				t.Fatal(err)
			}
			if current, _, dirty = status(t, db); current != latest || dirty {
				t.Fatalf("after Up: current %d, dirty %v; want %d, false", current, dirty, latest)
			}

			// A second Up changes nothing.
			before, _ := inspect(t, db)
			if err := migrations.Up(ctx, db.SQL, dialect); err != nil {
				t.Fatalf("second Up: %v", err)
			}
			if current, _, dirty = status(t, db); current != latest || dirty {
				t.Fatalf("after a second Up: current %d, dirty %v", current, dirty)
			}
			var rows int
			if err := db.SQL.QueryRow("SELECT count(*) FROM " + migrations.Table).Scan(&rows); err != nil || rows != 1 {
				t.Fatalf("%s has %d rows (%v), want 1", migrations.Table, rows, err)
			}

			// The shared *sql.DB is still open, holds no connection, and
			// (SQLite) still enforces foreign keys.
			if err := db.SQL.Ping(); err != nil {
				t.Fatalf("the *sql.DB was closed: %v", err)
			}
			if n := db.SQL.Stats().InUse; n != 0 {
				t.Fatalf("%d connections still in use after Up", n)
			}
			if dialect == "sqlite3" {
				assertForeignKeysOnEverywhere(t, db.SQL)
			}

			// Every table landed in the database's own schema (search_path on PostgreSQL).
			migrated, drv := inspect(t, db)
			if _, ok := migrated.Table(migrations.Table); !ok {
				t.Fatalf("no %s table in schema %q", migrations.Table, migrated.Name)
			}
			if got, want := len(migrated.Tables), len(entmigrate.Tables)+1+len(migrations.HandMade); got != want {
				t.Fatalf("schema %q has %d tables, want %d", migrated.Name, got, want)
			}
			if changes, err := drv.SchemaDiff(before, migrated); err != nil || len(changes) != 0 {
				t.Fatalf("the second Up changed the schema: %v %v", changes, err)
			}

			// The same tables, columns, indexes and foreign keys as ent's auto-migration.
			auto := openEmpty(t, dialect, "auto")
			if err := auto.Client.Schema.Create(ctx); err != nil {
				t.Fatal(err)
			}
			// ent's auto-migration sees the migrated database exactly as one it
			// made itself. (That is not always "nothing to do": on PostgreSQL it
			// rebuilds a partial index on every run, because it compares the
			// predicate as written with the one PostgreSQL prints back.)
			if got, want := autoPlan(t, db), autoPlan(t, auto); got != want {
				t.Errorf("ent's auto-migration would run on the migrated database:\n%s\nbut on an auto-migrated one:\n%s", got, want)
			}
			want, _ := inspect(t, auto)
			migrated.Tables = without(migrated.Tables, append([]string{migrations.Table}, migrations.HandMade...)...)
			migrated.Name = want.Name
			changes, err := drv.SchemaDiff(migrated, want)
			if err != nil {
				t.Fatal(err)
			}
			for _, c := range changes {
				t.Errorf("migrated and auto-migrated schemas differ: %s", describe(c))
			}

			// The migrated schema takes the reference data.
			if _, err := refdata.Seed(ctx, db.Client); err != nil {
				t.Fatalf("seeding the migrated database: %v", err)
			}
		})
	}
}

// autoPlan is what ent's auto-migration would run on db.
func autoPlan(t *testing.T, db *store.DB) string {
	t.Helper()
	var plan bytes.Buffer
	if err := entmigrate.NewSchema(db.Driver).WriteTo(context.Background(), &plan); err != nil {
		t.Fatal(err)
	}
	return plan.String()
}

func without(ts []*atlasschema.Table, names ...string) []*atlasschema.Table {
	var out []*atlasschema.Table
	for _, t := range ts {
		if !slices.Contains(names, t.Name) {
			out = append(out, t)
		}
	}
	return out
}

func describe(c atlasschema.Change) string {
	switch c := c.(type) {
	case *atlasschema.AddTable:
		return "only auto-migration has table " + c.T.Name
	case *atlasschema.DropTable:
		return "only the migrations have table " + c.T.Name
	case *atlasschema.ModifyTable:
		var parts []string
		for _, tc := range c.Changes {
			switch tc := tc.(type) {
			case *atlasschema.AddColumn:
				parts = append(parts, "only auto-migration has column "+tc.C.Name)
			case *atlasschema.DropColumn:
				parts = append(parts, "only the migrations have column "+tc.C.Name)
			case *atlasschema.ModifyColumn:
				parts = append(parts, fmt.Sprintf("column %s differs (%v)", tc.From.Name, tc.Change))
			case *atlasschema.AddIndex:
				parts = append(parts, "only auto-migration has index "+tc.I.Name)
			case *atlasschema.DropIndex:
				parts = append(parts, "only the migrations have index "+tc.I.Name)
			case *atlasschema.ModifyIndex:
				parts = append(parts, fmt.Sprintf("index %s differs: %+v vs %+v", tc.From.Name, tc.From.Attrs, tc.To.Attrs))
			case *atlasschema.AddForeignKey:
				parts = append(parts, "only auto-migration has foreign key "+tc.F.Symbol)
			case *atlasschema.DropForeignKey:
				parts = append(parts, "only the migrations have foreign key "+tc.F.Symbol)
			case *atlasschema.ModifyForeignKey:
				parts = append(parts, "foreign key "+tc.From.Symbol+" differs")
			default:
				parts = append(parts, fmt.Sprintf("%T%+v", tc, tc))
			}
		}
		return "table " + c.T.Name + ": " + strings.Join(parts, "; ")
	default:
		return fmt.Sprintf("%T %+v", c, c)
	}
}

// assertForeignKeysOnEverywhere checks every pooled connection: Up turns
// foreign keys off on the one it migrates with and must turn them back on.
func assertForeignKeysOnEverywhere(t *testing.T, db *sql.DB) {
	t.Helper()
	ctx := context.Background()
	var conns []*sql.Conn
	defer func() {
		for _, c := range conns {
			_ = c.Close()
		}
	}()
	for i := 0; i < db.Stats().Idle; i++ {
		c, err := db.Conn(ctx)
		if err != nil {
			t.Fatal(err)
		}
		conns = append(conns, c)
		var fk int
		if err := c.QueryRowContext(ctx, "PRAGMA foreign_keys").Scan(&fk); err != nil || fk != 1 {
			t.Fatalf("connection %d: foreign_keys = %d (%v) after Up", i, fk, err)
		}
	}
}

// TestUpOnInMemorySQLite runs on the one connection an in-memory database has.
func TestUpOnInMemorySQLite(t *testing.T) {
	ctx := context.Background()
	db, err := store.Open(ctx, "sqlite://:memory:")
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	if err := db.MigrateUp(ctx); err != nil {
		t.Fatal(err)
	}
	current, latest, dirty, err := db.MigrationStatus(ctx)
	if err != nil || current != latest || dirty {
		t.Fatalf("status %d/%d dirty %v, %v", current, latest, dirty, err)
	}
	var fk int
	if err := db.SQL.QueryRow("PRAGMA foreign_keys").Scan(&fk); err != nil || fk != 1 {
		t.Fatalf("foreign_keys = %d (%v) after Up", fk, err)
	}
	if _, err := refdata.Seed(ctx, db.Client); err != nil {
		t.Fatal(err)
	}
}

// TestUpRefusesDirtyAndUnknownVersions: a failed migration or a newer
// binary's database must stop the server, not be migrated over.
func TestUpRefusesDirtyAndUnknownVersions(t *testing.T) {
	for _, dialect := range dialects() {
		t.Run(dialect, func(t *testing.T) {
			ctx := context.Background()
			db := openEmpty(t, dialect, "refuse")
			if err := db.MigrateUp(ctx); err != nil {
				t.Fatal(err)
			}
			_, latest, _ := status(t, db)
			set := func(version uint, dirty bool) {
				t.Helper()
				if _, err := db.SQL.Exec(fmt.Sprintf("UPDATE %s SET version = %d, dirty = %v", migrations.Table, version, dirty)); err != nil {
					t.Fatal(err)
				}
			}

			set(latest, true)
			if _, _, dirty := status(t, db); !dirty {
				t.Fatal("Status does not report dirty")
			}
			if err := db.MigrateUp(ctx); err == nil || !strings.Contains(err.Error(), "dirty") {
				t.Fatalf("Up on a dirty database: %v", err)
			}

			set(latest+1, false)
			if current, _, _ := status(t, db); current != latest+1 {
				t.Fatalf("current %d, want %d", current, latest+1)
			}
			if err := db.MigrateUp(ctx); err == nil || !strings.Contains(err.Error(), "newer") {
				t.Fatalf("Up on a database from a newer binary: %v", err)
			}
		})
	}
}

func TestStatusUnknownDialect(t *testing.T) {
	if _, _, _, err := migrations.Status(context.Background(), nil, "mysql"); err == nil {
		t.Fatal("mysql accepted")
	}
	if err := migrations.Up(context.Background(), nil, "mysql"); err == nil {
		t.Fatal("mysql accepted")
	}
}

// TestCommittedMigrationsMatchTheEntSchema is what `gen -check` runs: the
// committed files replayed on an empty dev database equal the ent schema.
func TestCommittedMigrationsMatchTheEntSchema(t *testing.T) {
	if err := migrations.Check(context.Background(), pgURL()); err != nil {
		t.Fatal(err)
	}
}

// TestBothDialectsShareVersions: one generator run makes one version for both.
func TestBothDialectsShareVersions(t *testing.T) {
	lite, err := migrations.Versions("sqlite3")
	if err != nil {
		t.Fatal(err)
	}
	pg, err := migrations.Versions("postgres")
	if err != nil {
		t.Fatal(err)
	}
	if len(lite) == 0 || fmt.Sprint(lite) != fmt.Sprint(pg) {
		t.Fatalf("sqlite versions %v, postgres versions %v", lite, pg)
	}
}
