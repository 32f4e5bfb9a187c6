package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"os"
	"path/filepath"

	"github.com/ruankao/ruankao/ent/scoreimport"
	"github.com/ruankao/ruankao/internal/apperr"
	"github.com/ruankao/ruankao/internal/catalog"
	"github.com/ruankao/ruankao/internal/scores"
	"github.com/ruankao/ruankao/internal/store"
	"github.com/ruankao/ruankao/internal/viewer"
)

// ruankao scores import --session CODE [--apply] [--db URL] [--files-dir DIR] FILE.csv
//
// Imports a session's scores from the operator's shell through the same job
// as the API (stored, checked as a whole, applied only with --apply and only
// when nothing is wrong); audited as the system, with 命令行 as who.
func init() { commands["scores"] = scoresCommand }

func scoresCommand(ctx context.Context, args []string) error {
	if len(args) == 0 || args[0] != "import" {
		return errors.New("usage: ruankao scores import --session CODE [--apply] [--db URL] [--files-dir DIR] FILE.csv")
	}
	fs := flag.NewFlagSet("scores import", flag.ContinueOnError)
	dbURL := fs.String("db", env("RUANKAO_DATABASE_URL", store.DefaultURL), "database URL")
	dir := fs.String("files-dir", env("RUANKAO_FILES_DIR", ""), "file store directory (default: beside the SQLite file)")
	session := fs.String("session", "", "exam session code, e.g. 2026H1")
	apply := fs.Bool("apply", false, "apply the import when it has no problems")
	sf := &serveFlags{}
	addS3Flags(fs, &sf.s3)
	if err := fs.Parse(args[1:]); err != nil {
		return err
	}
	if *session == "" || fs.NArg() != 1 {
		return errors.New("give --session CODE and one CSV file")
	}
	in, err := os.Open(fs.Arg(0))
	if err != nil {
		return err
	}
	defer in.Close()
	db, err := store.Open(ctx, *dbURL)
	if err != nil {
		return err
	}
	defer db.Close()
	if err := prepareSchema(ctx, db, false); err != nil {
		return err
	}
	sf.dbURL, sf.filesDir = *dbURL, *dir
	fileStore, err := openFileStore(ctx, sf)
	if err != nil {
		return err
	}
	svc := &scores.Service{Client: db.Client, Files: fileStore, Dialect: db.Dialect, Reads: db.Reads(),
		Catalog: catalog.NewCache(db.Client)}
	sys := viewer.SystemContext(ctx)
	imp, ps, err := svc.Start(sys, *session, filepath.Base(fs.Arg(0)), in)
	if err != nil {
		return err
	}
	if ps.Any() {
		return problemsError(ps)
	}
	svc.Wait()
	imp, err = db.Client.ScoreImport.Get(sys, imp.ID)
	if err != nil {
		return err
	}
	fmt.Fprintf(stdout, "import %s: %s, %d lines (%s), %d problems; adds %d, changes %d, leaves %d\n",
		imp.ID, imp.Status, imp.Lines, imp.Encoding, imp.ProblemCount, imp.Added, imp.Changed, imp.Unchanged)
	if imp.Status == scoreimport.StatusINVALID {
		first := 100
		list, err := svc.Problems(sys, imp, &first, nil)
		if err != nil {
			return err
		}
		for _, p := range list {
			fmt.Fprintf(stdout, "  line %d %s %s: %s\n", p.Line, p.Column, p.Code, p.Message)
		}
		return fmt.Errorf("%d problems: nothing applied", imp.ProblemCount)
	}
	if imp.Status != scoreimport.StatusREADY || !*apply {
		return nil
	}
	imp, ps, err = svc.Apply(sys, imp.ID)
	if err != nil {
		return err
	}
	if ps.Any() {
		return problemsError(ps)
	}
	svc.Wait()
	fmt.Fprintf(stdout, "import %s: %s\n", imp.ID, imp.Status)
	return nil
}

func problemsError(ps apperr.Problems) error {
	msg := ""
	for i, p := range ps {
		if i > 0 {
			msg += "; "
		}
		msg += p.Code + ": " + p.Message
	}
	return errors.New(msg)
}
