// Command ruankao runs the registration back end. Subcommands: serve,
// migrate, staff create, scores import, generate, sample-photo (see the usage text and README.md).
//
// Every flag can also come from the environment (RUANKAO_ADDR, RUANKAO_DATABASE_URL,
// RUANKAO_DEV, RUANKAO_DEMO); a flag wins over the environment.
package main

import (
	"context"
	"fmt"
	"log/slog"
	"os"
	"os/signal"
	"syscall"
)

var commands = map[string]func(ctx context.Context, args []string) error{
	"serve": serve,
}

func main() {
	slog.SetDefault(slog.New(slog.NewJSONHandler(os.Stderr, nil)))
	if len(os.Args) < 2 || commands[os.Args[1]] == nil {
		fmt.Fprintln(os.Stderr, `usage:
  ruankao serve [--addr ADDR] [--db URL] [--dev] [--demo] [--migrate] [--files-dir DIR] [--cors-origins LIST] [--trusted-proxies LIST]
  ruankao migrate [--db URL] [--status]
  ruankao staff create --username U --name N --role ROLE [--region CODE] [--password-stdin]
  ruankao scores import --session CODE [--apply] [--db URL] [--files-dir DIR] FILE.csv
  ruankao generate [--seed N] [--applications N] [--session CODE] [--stage registration|printing|scores] [--now T] [--tickets auto|always|never] [--dev] [--db URL]
  ruankao sample-photo FILE.jpg
  ruankao backup --out PATH|- [--db URL] [--files-dir DIR] [--pg-bin DIR]
  ruankao restore --from PATH|- [--db URL] [--files-dir DIR] [--force] [--migrate] [--pg-bin DIR]
  ruankao rekey [--check] [--db URL] [--batch N] [--dev]`)
		os.Exit(2)
	}
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	if err := commands[os.Args[1]](ctx, os.Args[2:]); err != nil {
		fmt.Fprintln(os.Stderr, "ruankao:", err)
		os.Exit(1)
	}
}
