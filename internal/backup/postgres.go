package backup

import (
	"bytes"
	"context"
	"database/sql"
	"errors"
	"fmt"
	"net/url"
	"os"
	"os/exec"
	"path/filepath"
	"strings"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgconn"
	_ "github.com/jackc/pgx/v5/stdlib" // registers "pgx"
)

// libpqParams are the URI parameters libpq (pg_dump, pg_restore) knows; the
// others in a ruankao URL are pgx's (search_path, pool and cache settings)
// and would make libpq refuse the URI.
var libpqParams = map[string]bool{
	"host": true, "hostaddr": true, "port": true, "dbname": true, "user": true, "passfile": true,
	"channel_binding": true, "connect_timeout": true, "client_encoding": true, "options": true,
	"application_name": true, "fallback_application_name": true, "keepalives": true,
	"keepalives_idle": true, "keepalives_interval": true, "keepalives_count": true, "tcp_user_timeout": true,
	"gssencmode": true, "sslmode": true, "sslcompression": true, "sslcert": true, "sslkey": true,
	"sslpassword": true, "sslrootcert": true, "sslcrl": true, "sslcrldir": true, "sslsni": true,
	"requirepeer": true, "ssl_min_protocol_version": true, "ssl_max_protocol_version": true,
	"krbsrvname": true, "gsslib": true, "service": true, "target_session_attrs": true,
	"require_auth": true, "load_balance_hosts": true,
}

// pgTarget is a PostgreSQL URL taken apart for the client tools.
type pgTarget struct {
	url      string   // the URL as ruankao opens it (pgx)
	uri      string   // for libpq: no password, no pgx-only parameters
	env      []string // PGPASSWORD, so that the password is not on a command line
	schema   string   // the search_path's first schema; "" when the URL sets none
	database string
}

func parsePG(rawURL string) (*pgTarget, error) {
	u, err := url.Parse(rawURL)
	if err != nil {
		return nil, fmt.Errorf("backup: database URL: %w", err)
	}
	t := &pgTarget{url: rawURL, database: strings.TrimPrefix(u.Path, "/")}
	q := u.Query()
	if u.User != nil {
		if pw, ok := u.User.Password(); ok {
			t.env = append(t.env, "PGPASSWORD="+pw)
			u.User = url.User(u.User.Username())
		}
	}
	if pw := q.Get("password"); pw != "" {
		t.env = append(t.env, "PGPASSWORD="+pw)
	}
	if sp := q.Get("search_path"); sp != "" {
		first := strings.TrimSpace(strings.Split(sp, ",")[0])
		t.schema = strings.Trim(first, `"`)
	}
	if d := q.Get("dbname"); d != "" {
		t.database = d
	}
	for k := range q {
		if !libpqParams[k] {
			q.Del(k)
		}
	}
	u.Scheme = "postgresql"
	u.RawQuery = q.Encode()
	t.uri = u.String()
	if t.database == "" {
		return nil, errors.New("backup: the PostgreSQL URL names no database (postgres://host/DBNAME)")
	}
	return t, nil
}

// tool runs a PostgreSQL client program; its standard error becomes the error.
func tool(ctx context.Context, opt Options, t *pgTarget, name string, args ...string) (string, error) {
	bin := name
	if opt.PGBin != "" {
		bin = filepath.Join(opt.PGBin, name)
	}
	cmd := exec.CommandContext(ctx, bin, args...)
	cmd.Env = append(os.Environ(), t.env...)
	var out, errOut bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &errOut
	if err := cmd.Run(); err != nil {
		msg := strings.TrimSpace(errOut.String())
		if errors.Is(err, exec.ErrNotFound) {
			msg = "not found: install the PostgreSQL client tools (postgresql-client) or pass --pg-bin DIR"
		}
		return "", fmt.Errorf("%s: %v: %s", name, err, msg)
	}
	return strings.TrimSpace(out.String()), nil
}

// pgSnapshot dumps the database with pg_dump --format=custom (tables, data,
// functions, triggers, sequences: everything the migrations made) in a
// snapshot exported from a transaction of our own, and reads the counts,
// the migration version and the referenced objects in that same snapshot,
// so the manifest describes exactly the rows in the dump.
func pgSnapshot(ctx context.Context, opt Options, work string, m *Manifest) (*snapshot, error) {
	t, err := parsePG(opt.DatabaseURL)
	if err != nil {
		return nil, err
	}
	if m.PGDumpVersion, err = tool(ctx, opt, t, "pg_dump", "--version"); err != nil {
		return nil, fmt.Errorf("backup: %w", err)
	}
	db, err := sql.Open("pgx", t.url)
	if err != nil {
		return nil, fmt.Errorf("backup: %w", err)
	}
	defer db.Close()
	conn, err := db.Conn(ctx)
	if err != nil {
		return nil, fmt.Errorf("backup: connect to PostgreSQL: %w", err)
	}
	defer conn.Close()
	tx, err := conn.BeginTx(ctx, &sql.TxOptions{Isolation: sql.LevelRepeatableRead, ReadOnly: true})
	if err != nil {
		return nil, fmt.Errorf("backup: %w", err)
	}
	defer tx.Rollback()
	var snapID string
	var current sql.NullString
	if err := tx.QueryRowContext(ctx, `SELECT pg_export_snapshot(), current_schema(), current_setting('server_version')`).
		Scan(&snapID, &current, &m.ServerVersion); err != nil {
		return nil, fmt.Errorf("backup: export a snapshot: %w", err)
	}
	if !current.Valid {
		return nil, errors.New("backup: no schema of the URL's search_path exists")
	}
	if t.schema != "" {
		m.PGSchema = current.String
	}
	if m.Counts, err = countRows(ctx, tx, Postgres); err != nil {
		return nil, err
	}
	if _, ok := m.Counts["schema_migrations"]; ok {
		var v int64
		err := tx.QueryRowContext(ctx, `SELECT version, dirty FROM schema_migrations LIMIT 1`).Scan(&v, &m.Dirty)
		if err != nil && !errors.Is(err, sql.ErrNoRows) {
			return nil, fmt.Errorf("backup: reading the migration version: %w", err)
		}
		if v > 0 {
			m.SchemaVersion = uint(v)
		}
	}
	refs, bad, err := referencedObjects(ctx, tx, m.Counts)
	if err != nil {
		return nil, err
	}
	m.Problems = append(m.Problems, bad...)

	out := filepath.Join(work, pgMember)
	args := []string{"--format=custom", "--no-password", "--snapshot=" + snapID, "--file=" + out}
	if m.PGSchema != "" {
		args = append(args, "--schema="+pgx.Identifier{m.PGSchema}.Sanitize())
	}
	args = append(args, "--dbname="+t.uri)
	if _, err := tool(ctx, opt, t, "pg_dump", args...); err != nil {
		return nil, fmt.Errorf("backup: %w", err)
	}
	if err := os.Chmod(out, 0o600); err != nil {
		return nil, fmt.Errorf("backup: %w", err)
	}
	return &snapshot{path: out, member: pgMember, refs: refs}, nil
}

// pgConnect connects to the target database; missing tells that it does
// not exist (a restore after the database was lost: pgCreate makes it once
// the archive has checked out).
func pgConnect(ctx context.Context, t *pgTarget) (db *sql.DB, missing bool, err error) {
	db, err = sql.Open("pgx", t.url)
	if err != nil {
		return nil, false, fmt.Errorf("restore: %w", err)
	}
	err = db.PingContext(ctx)
	if err == nil {
		return db, false, nil
	}
	_ = db.Close()
	var pe *pgconn.PgError
	if errors.As(err, &pe) && pe.Code == "3D000" { // invalid_catalog_name
		return nil, true, nil
	}
	return nil, false, fmt.Errorf("restore: connect to PostgreSQL: %w", err)
}

// pgCreate creates the target database from the server's maintenance
// database "postgres" (the role needs CREATEDB) and connects to it.
func pgCreate(ctx context.Context, opt Options, t *pgTarget) (*sql.DB, error) {
	u, err := url.Parse(t.url)
	if err != nil {
		return nil, err
	}
	u.Path = "/postgres"
	q := u.Query()
	q.Del("search_path")
	q.Del("dbname")
	u.RawQuery = q.Encode()
	admin, err := sql.Open("pgx", u.String())
	if err != nil {
		return nil, fmt.Errorf("restore: %w", err)
	}
	defer admin.Close()
	if _, err := admin.ExecContext(ctx, `CREATE DATABASE `+pgx.Identifier{t.database}.Sanitize()); err != nil {
		return nil, fmt.Errorf("restore: the database %s does not exist and could not be created: %w", t.database, err)
	}
	opt.logf("restore: created the database %s", t.database)
	db, missing, err := pgConnect(ctx, t)
	if err == nil && missing {
		err = fmt.Errorf("restore: the database %s was created but cannot be found", t.database)
	}
	return db, err
}

// pgInUse counts the relations a restore would join or replace: those of the
// URL's schema, or of every user schema when the URL names none.
func pgInUse(ctx context.Context, db *sql.DB, t *pgTarget) (bool, error) {
	q := `SELECT count(*) FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
		WHERE c.relkind IN ('r', 'p', 'v', 'm', 'S', 'f') AND `
	var args []any
	if t.schema != "" {
		q += `n.nspname = $1`
		args = append(args, t.schema)
	} else {
		q += `n.nspname NOT IN ('pg_catalog', 'information_schema') AND n.nspname NOT LIKE 'pg\_toast%' AND n.nspname NOT LIKE 'pg\_temp%'`
	}
	var n int
	if err := db.QueryRowContext(ctx, q, args...).Scan(&n); err != nil {
		return false, fmt.Errorf("restore: %w", err)
	}
	return n > 0, nil
}

// pgRestore loads a custom-format dump in one transaction: it either all
// lands or nothing changes. --clean --if-exists drops what the dump is about
// to create (so --force replaces an existing copy of the schema), --no-owner
// makes the restoring role the owner.
func pgRestore(ctx context.Context, opt Options, t *pgTarget, dump string) error {
	_, err := tool(ctx, opt, t, "pg_restore", "--single-transaction", "--exit-on-error", "--clean", "--if-exists",
		"--no-owner", "--no-password", "--dbname="+t.uri, dump)
	if err != nil {
		return fmt.Errorf("restore: %w (nothing was changed: the restore runs as one transaction)", err)
	}
	return nil
}
