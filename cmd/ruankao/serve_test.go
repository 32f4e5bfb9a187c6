package main

import (
	"context"
	"strings"
	"testing"

	"github.com/ruankao/ruankao/internal/migrations"
	"github.com/ruankao/ruankao/internal/store"
)

func TestServeFailsWithOneClearLine(t *testing.T) {
	for url, want := range map[string]string{
		"oracle://x": "expected sqlite://FILE or postgres://",
		"postgres://nobody@127.0.0.1:1/x?connect_timeout=2": "unreachable",
	} {
		err := serve(context.Background(), []string{"--dev", "--db", url, "--addr", "127.0.0.1:0"})
		if err == nil || !strings.Contains(err.Error(), want) || strings.Contains(err.Error(), "\n") {
			t.Errorf("serve --db %s: %v", url, err)
		}
	}
}

func TestProductionNeedsASigningKey(t *testing.T) {
	t.Setenv("RUANKAO_SIGNING_KEY", "")
	err := serve(context.Background(), []string{"--db", "sqlite://" + t.TempDir() + "/x.db"})
	if err == nil || !strings.Contains(err.Error(), "RUANKAO_SIGNING_KEY is required") {
		t.Fatalf("production without a key: %v", err)
	}
	t.Setenv("RUANKAO_SIGNING_KEY", "c2hvcnQ=")
	err = serve(context.Background(), []string{"--db", "sqlite://" + t.TempDir() + "/x.db"})
	if err == nil || !strings.Contains(err.Error(), "at least 32 bytes") {
		t.Fatalf("a short key: %v", err)
	}
}

func TestServeRefusesAnUnmigratedDatabase(t *testing.T) {
	url := "sqlite://" + t.TempDir() + "/x.db"
	err := serve(context.Background(), []string{"--dev", "--db", url, "--addr", "127.0.0.1:0"})
	if err == nil || !strings.Contains(err.Error(), "run `ruankao migrate` or pass --migrate") {
		t.Fatalf("unmigrated: %v", err)
	}
	// `ruankao migrate` brings it up to date; then serve would start.
	if err := commands["migrate"](context.Background(), []string{"--db", url}); err != nil {
		t.Fatal(err)
	}
	db, err := store.Open(context.Background(), url)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	if err := prepareSchema(context.Background(), db, false); err != nil {
		t.Fatalf("after migrate: %v", err)
	}
}

// A database migrated by a newer binary is refused with that reason, with or
// without --migrate: migrating cannot help an older binary.
func TestServeRefusesANewerSchema(t *testing.T) {
	url := "sqlite://" + t.TempDir() + "/x.db"
	if err := commands["migrate"](context.Background(), []string{"--db", url}); err != nil {
		t.Fatal(err)
	}
	db, err := store.Open(context.Background(), url)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	if _, err := db.SQL.Exec("UPDATE " + migrations.Table + " SET version = version + 1"); err != nil {
		t.Fatal(err)
	}
	for _, migrate := range []bool{false, true} {
		err := prepareSchema(context.Background(), db, migrate)
		if err == nil || !strings.Contains(err.Error(), "newer than this binary knows") || strings.Contains(err.Error(), "ruankao migrate") {
			t.Errorf("migrate=%v: %v", migrate, err)
		}
	}
}

func TestStaffTOTPPolicyFollowsTheMode(t *testing.T) {
	for _, c := range []struct {
		env  string
		dev  bool
		want bool
		bad  bool
	}{
		{"", false, true, false}, {"", true, false, false},
		{"optional", false, false, false}, {"required", true, true, false}, {" Required ", false, true, false},
		{"maybe", false, false, true},
	} {
		t.Setenv("RUANKAO_STAFF_TOTP", c.env)
		got, err := staffTOTPFromEnv(c.dev)
		if (err != nil) != c.bad || got != c.want {
			t.Errorf("RUANKAO_STAFF_TOTP=%q dev=%v: %v %v", c.env, c.dev, got, err)
		}
	}
}
