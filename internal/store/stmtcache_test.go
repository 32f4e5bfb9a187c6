package store

import (
	"context"
	"database/sql"
	"database/sql/driver"
	"fmt"
	"path/filepath"
	"testing"
)

func openCached(t *testing.T) (*sql.DB, *sql.Conn) {
	t.Helper()
	db, err := openCaching("file:" + filepath.Join(t.TempDir(), "c.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = db.Close() })
	conn, err := db.Conn(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = conn.Close() })
	if _, err := conn.ExecContext(context.Background(), `CREATE TABLE t(id INTEGER PRIMARY KEY, v TEXT); INSERT INTO t VALUES (1,'a'),(2,'b'),(3,'c');`); err != nil {
		t.Fatal(err)
	}
	return db, conn
}

func cached(t *testing.T, conn *sql.Conn) (n int) {
	t.Helper()
	_ = conn.Raw(func(dc any) error {
		n = len(dc.(*cachingConn).byQuery)
		return nil
	})
	return n
}

// A statement run again is the one prepared the first time, and the same
// text can run inside the rows of itself (a nested query) without either
// seeing the other's rows.
func TestStatementCacheReusesAndNests(t *testing.T) {
	ctx := context.Background()
	_, conn := openCached(t)
	const q = `SELECT v FROM t WHERE id >= ? ORDER BY id`
	for range 3 {
		var v string
		if err := conn.QueryRowContext(ctx, q, 2).Scan(&v); err != nil || v != "b" {
			t.Fatalf("got %q, %v", v, err)
		}
	}
	if n := cached(t, conn); n != 1 {
		t.Fatalf("%d statements cached, want 1 (the script is not cached)", n)
	}
	outer, err := conn.QueryContext(ctx, q, 1)
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for outer.Next() {
		var v string
		if err := outer.Scan(&v); err != nil {
			t.Fatal(err)
		}
		var inner string
		if err := conn.QueryRowContext(ctx, q, 3).Scan(&inner); err != nil || inner != "c" {
			t.Fatalf("nested: %q, %v", inner, err)
		}
		got = append(got, v)
	}
	if err := outer.Close(); err != nil || fmt.Sprint(got) != "[a b c]" {
		t.Fatalf("outer rows %v, %v", got, err)
	}
}

// Writes through a cached statement stay correct, a failed one is prepared
// afresh, and the cache never holds more than its bound.
func TestStatementCacheWritesFailuresAndBound(t *testing.T) {
	ctx := context.Background()
	_, conn := openCached(t)
	ins := `INSERT INTO t(id, v) VALUES (?, ?)`
	for i := 10; i < 20; i++ {
		if _, err := conn.ExecContext(ctx, ins, i, "x"); err != nil {
			t.Fatal(err)
		}
	}
	if _, err := conn.ExecContext(ctx, ins, 10, "dup"); err == nil {
		t.Fatal("duplicate key accepted")
	}
	if _, err := conn.ExecContext(ctx, ins, 20, "y"); err != nil {
		t.Fatalf("after a failure: %v", err)
	}
	var n int
	if err := conn.QueryRowContext(ctx, `SELECT count(*) FROM t`).Scan(&n); err != nil || n != 14 {
		t.Fatalf("%d rows, %v", n, err)
	}
	for i := range stmtCacheSize + 20 {
		if _, err := conn.ExecContext(ctx, fmt.Sprintf(`SELECT %d`, i)); err != nil {
			t.Fatal(err)
		}
	}
	if n := cached(t, conn); n != stmtCacheSize {
		t.Fatalf("%d statements cached, bound %d", n, stmtCacheSize)
	}
}

var _ driver.QueryerContext = (*cachingConn)(nil)
