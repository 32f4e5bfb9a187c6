package main

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/ruankao/ruankao/internal/files"
	"github.com/ruankao/ruankao/internal/store"
	"github.com/ruankao/ruankao/internal/viewer"
)

// The subcommands: back up a stopped SQLite system, delete it, restore it,
// and a second restore wants --force.
func TestBackupRestoreCommands(t *testing.T) {
	ctx := viewer.SystemContext(context.Background())
	var out bytes.Buffer
	stdout = &out
	defer func() { stdout = os.Stdout }()

	data := filepath.Join(t.TempDir(), "data")
	url := "sqlite://" + filepath.Join(data, "ruankao.db") // files beside it: data/files
	if err := migrateCommand(ctx, []string{"--db", url}); err != nil {
		t.Fatal(err)
	}
	fs, err := files.NewDirStore(filepath.Join(data, "files"))
	if err != nil {
		t.Fatal(err)
	}
	obj, err := fs.Put(ctx, strings.NewReader("%PDF-1.7 a material"), 1<<10)
	if err != nil {
		t.Fatal(err)
	}
	archive := filepath.Join(t.TempDir(), "b", "ruankao.tar")
	if err := backupCommand(ctx, []string{"--db", url, "--out", archive}); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(out.String(), "backup written to "+archive) || !strings.Contains(out.String(), "1 objects") {
		t.Fatalf("backup said: %s", out.String())
	}
	if err := backupCommand(ctx, []string{"--db", url}); err == nil || !strings.Contains(err.Error(), "--out") {
		t.Errorf("no --out: %v", err)
	}

	if err := os.RemoveAll(data); err != nil {
		t.Fatal(err)
	}
	out.Reset()
	if err := restoreCommand(ctx, []string{"--db", url, "--from", archive}); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(out.String(), "1 objects placed") || !strings.Contains(out.String(), "ready to serve") {
		t.Fatalf("restore said: %s", out.String())
	}
	if ok, err := fs.Exists(ctx, obj.Sum); err != nil || !ok {
		t.Fatalf("the object is not back: %v", err)
	}
	db, err := store.Open(ctx, url)
	if err != nil {
		t.Fatal(err)
	}
	if cur, latest, _, err := db.MigrationStatus(ctx); err != nil || cur != latest {
		t.Fatalf("restored at %d of %d: %v", cur, latest, err)
	}
	_ = db.Close()

	if err := restoreCommand(ctx, []string{"--db", url, "--from", archive}); err == nil || !strings.Contains(err.Error(), "--force") {
		t.Fatalf("a second restore: %v", err)
	}
	if err := restoreCommand(ctx, []string{"--db", url, "--from", archive, "--force"}); err != nil {
		t.Fatalf("--force: %v", err)
	}
}
