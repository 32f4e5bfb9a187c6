package main

import (
	"bufio"
	"context"
	"crypto/rand"
	"encoding/base64"
	"flag"
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/ruankao/ruankao/ent"
	"github.com/ruankao/ruankao/ent/region"
	"github.com/ruankao/ruankao/internal/auth"
	"github.com/ruankao/ruankao/internal/enum"
	"github.com/ruankao/ruankao/internal/store"
	"github.com/ruankao/ruankao/internal/viewer"
)

// ruankao staff create --username U --name N --role ROLE [--region CODE] [--password-stdin]
//
// Creates a staff account from the operator's shell (the first national
// admin, or any account). Without --password-stdin a strong random password
// is generated and printed once.
//
// ruankao staff reset-totp --username U
//
// Turns off the second factor of an account whose owner lost their
// authenticator and ends its sessions; while the factor is mandatory
// (RUANKAO_STAFF_TOTP=required) their next login can only enrol a new one.
func init() {
	commands["staff"] = staffCommand
}

var stdin io.Reader = os.Stdin
var stdout io.Writer = os.Stdout

func staffCommand(ctx context.Context, args []string) error {
	if len(args) > 0 && args[0] == "reset-totp" {
		return staffResetTOTP(ctx, args[1:])
	}
	if len(args) == 0 || args[0] != "create" {
		return fmt.Errorf("usage: ruankao staff create --username U --name N --role NATIONAL_ADMIN|REGION_ADMIN|REVIEWER [--region CODE] [--password-stdin]\n" +
			"       ruankao staff reset-totp --username U")
	}
	fs := flag.NewFlagSet("staff create", flag.ContinueOnError)
	dbURL := fs.String("db", env("RUANKAO_DATABASE_URL", store.DefaultURL), "database URL")
	username := fs.String("username", "", "login name")
	name := fs.String("name", "", "display name")
	role := fs.String("role", "", "NATIONAL_ADMIN, REGION_ADMIN or REVIEWER")
	regionCode := fs.String("region", "", "GB/T 2260 code of the region (reviewers and region admins)")
	fromStdin := fs.Bool("password-stdin", false, "read the password from standard input instead of generating one")
	if err := fs.Parse(args[1:]); err != nil {
		return err
	}
	r := enum.Role(strings.ToUpper(*role))
	if err := r.UnmarshalGQL(string(r)); err != nil {
		return fmt.Errorf("--role: %q is not NATIONAL_ADMIN, REGION_ADMIN or REVIEWER", *role)
	}
	pass, generated := "", false
	if *fromStdin {
		line, err := bufio.NewReader(stdin).ReadString('\n')
		if err != nil && err != io.EOF {
			return err
		}
		pass = strings.TrimRight(line, "\r\n")
	} else {
		var b [18]byte
		if _, err := rand.Read(b[:]); err != nil {
			return err
		}
		pass, generated = base64.RawURLEncoding.EncodeToString(b[:]), true
	}

	db, err := store.Open(ctx, *dbURL)
	if err != nil {
		return err
	}
	defer db.Close()
	if err := prepareSchema(ctx, db, false); err != nil {
		return err
	}
	sys := viewer.SystemContext(ctx)
	in := auth.NewStaff{Username: *username, DisplayName: *name, Password: pass, Role: r}
	if *regionCode != "" {
		reg, err := db.Client.Region.Query().Where(region.Code(*regionCode)).Only(sys)
		if err != nil {
			return fmt.Errorf("--region %s: no such region", *regionCode)
		}
		in.RegionID = reg.ID
	}
	tx, err := db.Client.Tx(sys)
	if err != nil {
		return err
	}
	u, problems, err := (&auth.Staff{}).Create(sys, tx.Client(), in)
	if err != nil {
		_ = tx.Rollback()
		return err
	}
	if problems.Any() {
		_ = tx.Rollback()
		var msgs []string
		for _, p := range problems {
			msgs = append(msgs, strings.Join(p.Field, ".")+": "+p.Message)
		}
		return fmt.Errorf("staff create: %s", strings.Join(msgs, "; "))
	}
	if err := tx.Commit(); err != nil {
		return err
	}
	fmt.Fprintf(stdout, "created %s (%s) %s\n", u.Username, u.Role, u.ID)
	if generated {
		fmt.Fprintf(stdout, "password (shown once): %s\n", pass)
	}
	fmt.Fprintln(stdout, "second factor: where it is mandatory (RUANKAO_STAFF_TOTP=required, the production default), the first login can only enrol an authenticator app")
	return nil
}

func staffResetTOTP(ctx context.Context, args []string) error {
	fs := flag.NewFlagSet("staff reset-totp", flag.ContinueOnError)
	dbURL := fs.String("db", env("RUANKAO_DATABASE_URL", store.DefaultURL), "database URL")
	username := fs.String("username", "", "login name")
	if err := fs.Parse(args); err != nil {
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
	sys := viewer.SystemContext(ctx)
	tx, err := db.Client.Tx(sys)
	if err != nil {
		return err
	}
	u, err := auth.ResetTOTP(sys, tx.Client(), *username)
	if err != nil {
		_ = tx.Rollback()
		if ent.IsNotFound(err) {
			return fmt.Errorf("staff reset-totp: no account %q", *username)
		}
		return err
	}
	if err := tx.Commit(); err != nil {
		return err
	}
	fmt.Fprintf(stdout, "second factor of %s turned off and its sessions ended; the next login enrols a new one\n", u.Username)
	return nil
}
