package main

import (
	"context"
	"flag"
	"fmt"
	"os"

	"github.com/ruankao/ruankao/internal/migrations"
	"github.com/ruankao/ruankao/internal/refdata"
	"github.com/ruankao/ruankao/internal/store"
)

// ruankao migrate [--db URL] [--status]
//
// Applies the pending versioned migrations, seeds the reference data and
// prints the resulting version;
// with --status it only prints where the database is.
func init() {
	commands["migrate"] = migrateCommand
}

func migrateCommand(ctx context.Context, args []string) error {
	fs := flag.NewFlagSet("migrate", flag.ContinueOnError)
	dbURL := fs.String("db", env("RUANKAO_DATABASE_URL", store.DefaultURL), "database URL: sqlite://FILE or postgres://…")
	statusOnly := fs.Bool("status", false, "only print the current and the latest migration version")
	if err := fs.Parse(args); err != nil {
		return err
	}
	if fs.NArg() > 0 {
		return fmt.Errorf("migrate: unexpected argument %q", fs.Arg(0))
	}
	db, err := store.Open(ctx, *dbURL)
	if err != nil {
		return err
	}
	defer db.Close()

	if *statusOnly {
		current, latest, dirty, err := migrations.Status(ctx, db.SQL, db.Dialect)
		if err != nil {
			return err
		}
		state := "up to date"
		switch {
		case dirty:
			state = "DIRTY: a migration failed halfway"
		case current < latest:
			state = "behind: run ruankao migrate"
		case current > latest:
			state = "ahead: migrated by a newer ruankao"
		}
		fmt.Fprintf(os.Stdout, "%s database at migration %d, latest %d (%s)\n", db.Dialect, current, latest, state)
		return nil
	}

	if err := migrations.Up(ctx, db.SQL, db.Dialect); err != nil {
		return err
	}
	after, latest, _, err := migrations.Status(ctx, db.SQL, db.Dialect)
	if err != nil {
		return err
	}
	if after != latest {
		return fmt.Errorf("migrate: database at migration %d, expected %d", after, latest)
	}
	// The reference data belongs with the schema: a migrated database is ready.
	if _, err := refdata.Seed(ctx, db.Client); err != nil {
		return err
	}
	fmt.Fprintf(os.Stdout, "%s database at migration %d (latest), reference data version %d\n", db.Dialect, after, refdata.Version)
	return nil
}
