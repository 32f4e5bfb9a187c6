// Command gen writes the next versioned migration for SQLite and PostgreSQL
// from the ent schema, or checks that none is missing. Run it from the module
// root:
//
//	go run ./internal/migrations/gen -name add_photo_checksum   # write the next migration
//	go run ./internal/migrations/gen -check                     # CI: exit 1 if one is missing
//
// The dev databases are an in-memory SQLite and a scratch schema, created and
// dropped, on the PostgreSQL server given by -pg.
package main

import (
	"context"
	"flag"
	"fmt"
	"os"
	"os/signal"
	"path/filepath"

	"github.com/ruankao/ruankao/internal/migrations"
)

func main() {
	name := flag.String("name", "", "name of the new migration (lower_snake_case)")
	check := flag.Bool("check", false, "write nothing; exit 1 if the ent schema and the committed migrations disagree")
	pg := flag.String("pg", migrations.DefaultDevPostgresURL, "PostgreSQL server for the scratch dev schema; with -check, empty skips PostgreSQL")
	root := flag.String("dir", filepath.Join("internal", "migrations"), "directory holding sqlite/ and postgres/")
	flag.Parse()
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt)
	defer stop()

	if *check {
		if *pg == "" {
			fmt.Fprintln(os.Stderr, "migrations: -pg is empty: checking SQLite only")
		}
		if err := migrations.Check(ctx, *pg); err != nil {
			fmt.Fprintln(os.Stderr, "migrations check failed:", err)
			os.Exit(1)
		}
		fmt.Println("migrations: the ent schema and the committed migrations agree")
		return
	}
	if *name == "" || flag.NArg() > 0 {
		fmt.Fprintln(os.Stderr, "usage: go run ./internal/migrations/gen -name NAME [-pg URL] | -check [-pg URL]")
		os.Exit(2)
	}
	written, err := migrations.Generate(ctx, *root, *name, *pg)
	if err != nil {
		fmt.Fprintln(os.Stderr, "migrations:", err)
		os.Exit(1)
	}
	if len(written) == 0 {
		fmt.Println("migrations: no changes; nothing written")
		return
	}
	for _, p := range written {
		fmt.Println("wrote", p)
	}
}
