package store

import (
	"context"
	"strings"
	"testing"
)

func TestOpenRefusesUnknownURL(t *testing.T) {
	_, err := Open(context.Background(), "mysql://root@localhost/test")
	if err == nil || !strings.Contains(err.Error(), "expected sqlite://FILE or postgres://") {
		t.Fatalf("err = %v", err)
	}
}

func TestOpenReportsUnreachablePostgres(t *testing.T) {
	_, err := Open(context.Background(), "postgres://app:s3cret@127.0.0.1:1/none?sslmode=disable&connect_timeout=2")
	if err == nil || !strings.Contains(err.Error(), "unreachable") {
		t.Fatalf("err = %v", err)
	}
	if strings.Contains(err.Error(), "s3cret") {
		t.Fatalf("password leaked: %v", err)
	}
}

func TestSQLiteDSNHasDurablePragmas(t *testing.T) {
	dsn, path, err := sqliteDSN("sqlite://data/x.db")
	if err != nil || path != "data/x.db" {
		t.Fatal(dsn, path, err)
	}
	for _, want := range []string{"journal_mode%28WAL%29", "synchronous%28FULL%29", "foreign_keys%281%29", "_txlock=immediate"} {
		if !strings.Contains(dsn, want) {
			t.Errorf("%s lacks %s", dsn, want)
		}
	}
	if _, _, err := sqliteDSN("sqlite://"); err == nil {
		t.Error("empty path accepted")
	}
}

func TestOpenSQLiteFileHasWALAndForeignKeys(t *testing.T) {
	db, err := Open(context.Background(), "sqlite://"+t.TempDir()+"/sub/x.db")
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	var mode string
	var fk, sync int
	if err := db.SQL.QueryRow("PRAGMA journal_mode").Scan(&mode); err != nil || mode != "wal" {
		t.Errorf("journal_mode = %q, %v", mode, err)
	}
	if err := db.SQL.QueryRow("PRAGMA foreign_keys").Scan(&fk); err != nil || fk != 1 {
		t.Errorf("foreign_keys = %d, %v", fk, err)
	}
	if err := db.SQL.QueryRow("PRAGMA synchronous").Scan(&sync); err != nil || sync != 2 {
		t.Errorf("synchronous = %d (2 is FULL), %v", sync, err)
	}
}
