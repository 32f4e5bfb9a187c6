package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"log/slog"
	"os"
	"sort"
	"strings"

	"github.com/ruankao/ruankao/internal/rekey"
	"github.com/ruankao/ruankao/internal/store"
)

// ruankao rekey [--check] [--db URL] [--batch N] [--dev]
//
// The re-encryption job of a data key rotation (README "Key rotation"):
// moves every ID number and TOTP secret not under the newest key of
// RUANKAO_DATA_KEYS to it, in short chunks, beside live traffic, then
// counts. --check only counts: it exits 0 when nothing is left under an
// older key (which may then leave configuration) and 1 otherwise. Both
// record which old keys encrypt nothing any more, so that the start-up check
// lets them go. Idempotent and resumable: run it again after an interruption.
func init() { commands["rekey"] = rekeyCommand }

// rekeyOut is where the report goes (tests swap it).
var rekeyOut io.Writer = os.Stdout

// errLeft is --check's answer when values remain under older keys.
var errLeft = errors.New("values are not under the newest key yet")

func rekeyCommand(ctx context.Context, args []string) error {
	fs := flag.NewFlagSet("rekey", flag.ContinueOnError)
	dbURL := fs.String("db", env("RUANKAO_DATABASE_URL", store.DefaultURL), "database URL")
	check := fs.Bool("check", false, "only count the values under each key; exit 1 if any is not under the newest")
	batch := fs.Int("batch", rekey.DefaultBatch, "rows per chunk (one short transaction each)")
	dev := fs.Bool("dev", envBool("RUANKAO_DEV"), "development: the published dev key when RUANKAO_DATA_KEY(S) is unset")
	if err := fs.Parse(args); err != nil {
		return err
	}
	if fs.NArg() > 0 || *batch < 1 {
		return fmt.Errorf("usage: ruankao rekey [--check] [--db URL] [--batch N] [--dev]")
	}
	log := slog.Default()
	keys, err := keysFromEnv(*dev, log)
	if err != nil {
		return err
	}
	db, err := store.Open(ctx, *dbURL)
	if err != nil {
		return err
	}
	defer db.Close()
	if err := prepareSchema(ctx, db, false); err != nil {
		return err
	}
	// The same check as serve's: a wrong key must not write anything.
	if err := checkKeys(ctx, db, keys, nil, true, nil, log); err != nil {
		return err
	}
	out := rekeyOut
	fmt.Fprintf(out, "data keys: %s (newest first; new values under %s)\n", strings.Join(keys.IDs(), ", "), keys.Newest())
	var census *rekey.Census
	var runErr error
	if *check {
		if census, err = rekey.Count(ctx, db, keys); err != nil {
			return err
		}
	} else {
		job := &rekey.Job{DB: db, Keys: keys, Batch: *batch}
		chunks := 0
		job.Progress = func(cr rekey.ColumnReport) {
			if chunks++; chunks%50 == 0 {
				fmt.Fprintf(out, "  %s: %d scanned, %d moved so far\n", cr.Name, cr.Scanned, cr.Moved)
			}
		}
		var rep *rekey.Report
		rep, runErr = job.Run(ctx)
		if errors.Is(runErr, rekey.ErrBusy) {
			return fmt.Errorf("%w: it is idempotent; run it again once that one ends", runErr)
		}
		if rep != nil {
			for _, cr := range rep.Columns {
				fmt.Fprintf(out, "%s: %d scanned, %d moved to %s, %d already under it, %d changed meanwhile (left as written), %d did not decrypt\n",
					cr.Name, cr.Scanned, cr.Moved, keys.Newest(), cr.Current, cr.Changed, cr.Failed)
				for _, f := range cr.Failures {
					fmt.Fprintf(out, "  not decrypted: %s\n", f)
				}
			}
			census = rep.After
		}
		if census == nil {
			return runErr
		}
	}
	printCensus(out, census)
	if census.Left > 0 && runErr == nil {
		runErr = fmt.Errorf("%d %w (%s): run `ruankao rekey` once every instance encrypts with it", census.Left, errLeft, census.Newest)
	}
	return runErr
}

func printCensus(out io.Writer, c *rekey.Census) {
	for _, col := range c.Columns {
		ids := make([]string, 0, len(col.ByKey))
		for id := range col.ByKey {
			ids = append(ids, id)
		}
		sort.Strings(ids)
		var parts []string
		for _, id := range ids {
			p := fmt.Sprintf("%s %d", id, col.ByKey[id])
			if id == "k1" && col.Format1 > 0 {
				p += fmt.Sprintf(" (%d in the format before key ids)", col.Format1)
			}
			parts = append(parts, p)
		}
		if col.Malformed > 0 {
			parts = append(parts, fmt.Sprintf("%d malformed", col.Malformed))
		}
		if len(parts) == 0 {
			parts = []string{"no values"}
		}
		fmt.Fprintf(out, "%s: %s\n", col.Name, strings.Join(parts, ", "))
	}
	for _, id := range c.Retired {
		fmt.Fprintf(out, "key %s encrypts nothing any more: it may leave RUANKAO_DATA_KEYS (keep it with the backups made while it was in use)\n", id)
	}
	for _, id := range c.Restored {
		fmt.Fprintf(out, "key %s encrypts values again (an instance still writing with it?): it must stay configured; run `ruankao rekey` after every instance has restarted\n", id)
	}
	if c.Left == 0 {
		fmt.Fprintf(out, "every value is under %s: the older keys may leave configuration\n", c.Newest)
	} else {
		fmt.Fprintf(out, "%d values are not under %s yet\n", c.Left, c.Newest)
	}
}
