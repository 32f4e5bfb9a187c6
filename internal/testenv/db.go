// Package testenv gives a test a fresh, migrated database and a running server.
// By default the database is an SQLite file in the test's temporary directory;
// with RUANKAO_TEST_DATABASE_URL=postgres://… every test gets its own schema on
// that server, so packages can run in parallel against one PostgreSQL.
package testenv

import (
	"context"
	"crypto/rand"
	"database/sql"
	"encoding/hex"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/ruankao/ruankao/internal/refdata"
	"github.com/ruankao/ruankao/internal/store"
)

// EnvDatabaseURL names the variable that switches tests to PostgreSQL.
const EnvDatabaseURL = "RUANKAO_TEST_DATABASE_URL"

// Postgres reports whether tests run on PostgreSQL.
func Postgres() bool { return strings.HasPrefix(os.Getenv(EnvDatabaseURL), "postgres") }

// OpenDB opens a fresh database with the schema and the reference data.
func OpenDB(t testing.TB, opts ...store.Option) *store.DB {
	t.Helper()
	ctx := context.Background()
	rawURL := "sqlite://" + filepath.Join(t.TempDir(), "test.db")
	if base := os.Getenv(EnvDatabaseURL); base != "" {
		rawURL = freshSchema(t, base)
	}
	db, err := store.Open(ctx, rawURL, opts...)
	if err != nil {
		t.Fatalf("open test database: %v", err)
	}
	t.Cleanup(func() { _ = db.Close() })
	if err := db.MigrateUp(ctx); err != nil {
		t.Fatal(err)
	}
	if _, err := refdata.Seed(ctx, db.Client); err != nil {
		t.Fatal(err)
	}
	return db
}

// freshSchema creates a schema of its own for one test and drops it afterwards.
func freshSchema(t testing.TB, base string) string {
	t.Helper()
	var b [6]byte
	_, _ = rand.Read(b[:])
	schema := "t_" + hex.EncodeToString(b[:])
	admin, err := sql.Open("pgx", base)
	if err != nil {
		t.Fatal(err)
	}
	defer admin.Close()
	if _, err := admin.Exec("CREATE SCHEMA " + schema); err != nil {
		t.Fatalf("create schema on %s: %v", base, err)
	}
	t.Cleanup(func() {
		admin, err := sql.Open("pgx", base)
		if err != nil {
			return
		}
		defer admin.Close()
		_, _ = admin.Exec("DROP SCHEMA " + schema + " CASCADE")
	})
	u, err := url.Parse(base)
	if err != nil {
		t.Fatal(err)
	}
	q := u.Query()
	q.Set("search_path", schema)
	u.RawQuery = q.Encode()
	return u.String()
}
