package main

import (
	"bufio"
	"context"
	"flag"
	"fmt"
	"io"
	"os"
	"strings"
	"time"

	"github.com/ruankao/ruankao/internal/backup"
	"github.com/ruankao/ruankao/internal/store"
)

// ruankao backup --out PATH [--db URL] [--files-dir DIR] [--pg-bin DIR]
// ruankao restore --from PATH [--db URL] [--files-dir DIR] [--force] [--migrate] [--pg-bin DIR]
//
// backup writes one tar archive of the database and the file store
// (internal/backup) while the system keeps serving; restore puts it back
// into a stopped system and runs the schema check serve runs at start.
// PATH - is standard output or input, for a pipe through an encryption tool.
func init() {
	commands["backup"] = backupCommand
	commands["restore"] = restoreCommand
}

const personalDataWarning = "backup: the archive holds every candidate's personal data (names, contact details, photos, materials; ID numbers encrypted with RUANKAO_DATA_KEY, which is not in it): keep it encrypted at rest and access-controlled, and the data key apart from it"

func backupCommand(ctx context.Context, args []string) error {
	fs := flag.NewFlagSet("backup", flag.ContinueOnError)
	dbURL := fs.String("db", env("RUANKAO_DATABASE_URL", store.DefaultURL), "database URL: sqlite://FILE or postgres://…")
	dir := fs.String("files-dir", env("RUANKAO_FILES_DIR", ""), "file store directory (default: beside the SQLite file)")
	out := fs.String("out", "", "the archive to write: a new file (0600), or - for standard output")
	pgBin := fs.String("pg-bin", env("RUANKAO_PG_BIN", ""), "directory of pg_dump and pg_restore (default: from PATH)")
	if err := fs.Parse(args); err != nil {
		return err
	}
	if fs.NArg() > 0 {
		return fmt.Errorf("backup: unexpected argument %q", fs.Arg(0))
	}
	if *out == "" {
		return fmt.Errorf("backup: --out PATH is required (- for standard output)")
	}
	opt := backup.Options{DatabaseURL: *dbURL, FilesDir: filesDir(&serveFlags{dbURL: *dbURL, filesDir: *dir}), PGBin: *pgBin, Log: os.Stderr}
	fmt.Fprintln(os.Stderr, personalDataWarning)
	t0 := time.Now()
	var (
		m   *backup.Manifest
		err error
		w   io.Writer = stdout
	)
	if *out == "-" {
		bw := bufio.NewWriterSize(os.Stdout, 1<<20)
		if m, err = backup.Backup(ctx, bw, opt); err == nil {
			err = bw.Flush()
		}
		w = os.Stderr
	} else {
		m, err = backup.BackupFile(ctx, *out, opt)
	}
	if err != nil {
		return err
	}
	fmt.Fprintf(w, "backup written to %s in %s: %s database at migration %d, %d applications, %d candidates, %d audit entries, %d stored files; %d objects (%.1f MB)\n",
		*out, time.Since(t0).Round(time.Millisecond), m.Dialect, m.SchemaVersion, m.Counts["applications"], m.Counts["candidates"],
		m.Counts["audit_logs"], m.Counts["stored_files"], len(m.Objects), float64(m.ObjectBytes)/(1<<20))
	if len(m.Problems) > 0 {
		return fmt.Errorf("backup: the archive is complete but found %d problems (listed in its manifest.json): %s", len(m.Problems), strings.Join(m.Problems, "; "))
	}
	return nil
}

func restoreCommand(ctx context.Context, args []string) error {
	fs := flag.NewFlagSet("restore", flag.ContinueOnError)
	dbURL := fs.String("db", env("RUANKAO_DATABASE_URL", store.DefaultURL), "database URL to restore into: sqlite://FILE or postgres://…")
	dir := fs.String("files-dir", env("RUANKAO_FILES_DIR", ""), "file store directory (default: beside the SQLite file)")
	from := fs.String("from", "", "the archive to read, or - for standard input")
	force := fs.Bool("force", false, "replace a database that holds data")
	migrate := fs.Bool("migrate", false, "apply this binary's pending migrations after the restore (an archive from an older ruankao)")
	pgBin := fs.String("pg-bin", env("RUANKAO_PG_BIN", ""), "directory of pg_dump and pg_restore (default: from PATH)")
	if err := fs.Parse(args); err != nil {
		return err
	}
	if fs.NArg() > 0 {
		return fmt.Errorf("restore: unexpected argument %q", fs.Arg(0))
	}
	if *from == "" {
		return fmt.Errorf("restore: --from PATH is required (- for standard input)")
	}
	opt := backup.RestoreOptions{Force: *force, Migrate: *migrate, Options: backup.Options{
		DatabaseURL: *dbURL, FilesDir: filesDir(&serveFlags{dbURL: *dbURL, filesDir: *dir}), PGBin: *pgBin, Log: os.Stderr}}
	var (
		rep *backup.Report
		err error
	)
	if *from == "-" {
		rep, err = backup.Restore(ctx, bufio.NewReaderSize(os.Stdin, 1<<20), opt)
	} else {
		rep, err = backup.RestoreFile(ctx, *from, opt)
	}
	if err != nil {
		return err
	}
	for _, p := range rep.Problems {
		fmt.Fprintln(os.Stderr, "restore: problem:", p)
	}
	m := rep.Manifest
	fmt.Fprintf(stdout, "restored the backup of %s in %s: %d applications, %d candidates, %d audit entries, %d stored files; %d objects placed, %d already present\n",
		m.CreatedAt.Format(time.RFC3339), rep.Took.Round(time.Millisecond), m.Counts["applications"], m.Counts["candidates"],
		m.Counts["audit_logs"], m.Counts["stored_files"], rep.Placed, rep.Present)

	// The check serve runs before it starts.
	db, err := store.Open(ctx, *dbURL)
	if err != nil {
		return err
	}
	defer db.Close()
	if err := prepareSchema(ctx, db, false); err != nil {
		return fmt.Errorf("restore: the data is back, but %w", err)
	}
	migrated := ""
	if rep.Migrated {
		migrated = ", migrated from " + fmt.Sprint(m.SchemaVersion)
	}
	fmt.Fprintf(stdout, "%s database at migration %d (latest%s): ready to serve\n", db.Dialect, rep.SchemaVersion, migrated)
	if len(rep.Problems) > 0 {
		return fmt.Errorf("restore: %d problems (above)", len(rep.Problems))
	}
	return nil
}
