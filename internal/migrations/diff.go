package migrations

import (
	"bytes"
	"context"
	"crypto/rand"
	"database/sql"
	"encoding/hex"
	"errors"
	"fmt"
	"io/fs"
	"net/url"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"sync"
	"text/template"
	"time"

	atlasmigrate "ariga.io/atlas/sql/migrate"
	"ariga.io/atlas/sql/postgres"
	atlasschema "ariga.io/atlas/sql/schema"
	"ariga.io/atlas/sql/sqltool"
	entdialect "entgo.io/ent/dialect"
	entsql "entgo.io/ent/dialect/sql"
	"entgo.io/ent/dialect/sql/schema"
	"github.com/jackc/pgx/v5/stdlib"
	_ "modernc.org/sqlite" // registers "sqlite"

	entmigrate "github.com/ruankao/ruankao/ent/migrate"
)

// DefaultDevPostgresURL is the PostgreSQL server the generator borrows a
// scratch schema from.
const DefaultDevPostgresURL = "postgres://postgres@127.0.0.1:5432/test?sslmode=disable"

// Dialects are the databases migrations are kept for, in the order they are generated.
var Dialects = []string{entdialect.SQLite, entdialect.Postgres}

// DriftError says that the ent schema and a dialect's committed migrations
// disagree: Pending holds the file(s) the generator would write.
type DriftError struct {
	Dialect string
	Pending map[string][]byte // file name → content
}

func (e *DriftError) Error() string {
	dir, _ := dirFor(e.Dialect)
	var b strings.Builder
	fmt.Fprintf(&b, "the ent schema and internal/migrations/%s disagree: a migration is missing; run `go run ./internal/migrations/gen -name NAME` and commit the files", dir)
	names := make([]string, 0, len(e.Pending))
	for n := range e.Pending {
		names = append(names, n)
	}
	slices.Sort(names)
	for _, n := range names {
		if strings.HasSuffix(n, ".up.sql") {
			fmt.Fprintf(&b, "\n-- it would write %s:\n%s", n, strings.TrimSpace(string(e.Pending[n])))
		}
	}
	return b.String()
}

// Check tells whether the ent schema and the embedded migrations agree: nil
// when in sync, a *DriftError when a migration is missing, another error when
// the files are broken (an edited file fails with "checksum mismatch"). It
// checks SQLite, and PostgreSQL too when pgURL is not empty (a scratch schema
// on that server is created and dropped). It writes nothing.
func Check(ctx context.Context, pgURL string) error {
	var errs []error
	for _, dialect := range Dialects {
		if dialect == entdialect.Postgres && pgURL == "" {
			continue
		}
		src, err := FS(dialect)
		if err != nil {
			return err
		}
		if err := check(ctx, dialect, src, pgURL); err != nil {
			errs = append(errs, err)
		}
	}
	return errors.Join(errs...)
}

func check(ctx context.Context, dialect string, src fs.FS, pgURL string) error {
	pending, err := plan(ctx, dialect, src, "check", NewVersion(), pgURL)
	if err != nil {
		return fmt.Errorf("%s: %w", dialect, err)
	}
	if len(pending) > 0 {
		return &DriftError{Dialect: dialect, Pending: pending}
	}
	return nil
}

// Generate writes the next migration, named name, for every dialect into
// root/sqlite and root/postgres (root is internal/migrations on disk), with
// one version for all dialects. It writes nothing unless every dialect
// planned fine, and nothing for a dialect that is already in sync. It returns
// the paths it wrote.
func Generate(ctx context.Context, root, name, pgURL string) ([]string, error) {
	if !validName(name) {
		return nil, fmt.Errorf("migration name %q: use lower-case letters, digits and underscores", name)
	}
	version := NewVersion()
	for _, dialect := range Dialects {
		dir, _ := dirFor(dialect)
		vs, err := diskVersions(filepath.Join(root, dir))
		if err != nil {
			return nil, err
		}
		if n := len(vs); n > 0 && vs[n-1] >= version {
			version = vs[n-1] + 1 // a clock behind the last migration must not reorder them
		}
	}
	planned := map[string]map[string][]byte{}
	for _, dialect := range Dialects {
		dir, _ := dirFor(dialect)
		files, err := plan(ctx, dialect, os.DirFS(filepath.Join(root, dir)), name, version, pgURL)
		if err != nil {
			return nil, fmt.Errorf("%s: %w", dialect, err)
		}
		planned[dir] = files
	}
	var written []string
	for _, dialect := range Dialects {
		dir, _ := dirFor(dialect)
		names := make([]string, 0, len(planned[dir]))
		for n := range planned[dir] {
			names = append(names, n)
		}
		slices.Sort(names) // migration files before atlas.sum
		for _, n := range names {
			p := filepath.Join(root, dir, n)
			if err := os.WriteFile(p, planned[dir][n], 0o644); err != nil {
				return written, err
			}
			written = append(written, p)
		}
	}
	return written, nil
}

// NewVersion is a migration version as Atlas's formatters make it: the UTC
// time as YYYYMMDDhhmmss.
func NewVersion() uint {
	v, _ := strconv.ParseUint(atlasmigrate.NewVersion(), 10, 64)
	return uint(v)
}

func validName(name string) bool {
	if name == "" {
		return false
	}
	for _, r := range name {
		if !(r >= 'a' && r <= 'z' || r >= '0' && r <= '9' || r == '_') {
			return false
		}
	}
	return true
}

func diskVersions(dir string) ([]uint, error) {
	entries, err := os.ReadDir(dir)
	if err != nil {
		return nil, err
	}
	var vs []uint
	for _, e := range entries {
		i := strings.IndexByte(e.Name(), '_')
		if i <= 0 || !strings.HasSuffix(e.Name(), ".up.sql") {
			continue
		}
		if v, err := strconv.ParseUint(e.Name()[:i], 10, 64); err == nil {
			vs = append(vs, uint(v))
		}
	}
	slices.Sort(vs)
	return vs, nil
}

// plan replays the migration files of src on an empty dev database of the
// dialect, diffs the result against the ent schema, and returns the files
// that the next migration would add or change (the migration and atlas.sum),
// or nothing when they agree. src itself is never written: the work happens
// on a copy in a temporary directory.
func plan(ctx context.Context, dialect string, src fs.FS, name string, version uint, pgURL string) (map[string][]byte, error) {
	tmp, err := os.MkdirTemp("", "ruankao-migrations-*")
	if err != nil {
		return nil, err
	}
	defer os.RemoveAll(tmp)
	before := map[string][]byte{}
	entries, err := fs.ReadDir(src, ".")
	if err != nil {
		return nil, err
	}
	for _, e := range entries {
		if !e.Type().IsRegular() {
			continue
		}
		b, err := fs.ReadFile(src, e.Name())
		if err != nil {
			return nil, err
		}
		before[e.Name()] = b
		if err := os.WriteFile(filepath.Join(tmp, e.Name()), b, 0o600); err != nil {
			return nil, err
		}
	}
	dir, err := sqltool.NewGolangMigrateDir(tmp)
	if err != nil {
		return nil, err
	}
	format, err := formatter(strconv.FormatUint(uint64(version), 10))
	if err != nil {
		return nil, err
	}
	opts := []schema.MigrateOption{
		schema.WithDir(dir),
		schema.WithDialect(dialect),
		schema.WithFormatter(format),
		schema.WithMigrationMode(schema.ModeReplay),
		schema.WithErrNoPlan(true),
		// ent keeps an index the schema no longer has unless told to drop it;
		// a left-over index costs every write (columns stay: dropping data is
		// a decision for a hand-written migration).
		schema.WithDropIndex(true),
	}
	if dialect == entdialect.Postgres {
		opts = append(opts, schema.WithDiffHook(rawPredicates))
	}
	switch dialect {
	case entdialect.SQLite:
		dev, release, derr := devSQLite()
		if derr != nil {
			return nil, derr
		}
		defer release()
		err = entmigrate.NewSchema(entsql.OpenDB(dialect, dev)).NamedDiff(ctx, name, opts...)
	case entdialect.Postgres:
		devURL, release, derr := scratchSchema(ctx, pgURL)
		if derr != nil {
			return nil, derr
		}
		defer release()
		err = entmigrate.NamedDiff(ctx, devURL, name, opts...)
	default:
		_, err = dirFor(dialect)
		return nil, err
	}
	switch {
	case errors.Is(err, atlasmigrate.ErrNoPlan):
		return nil, nil
	case err != nil:
		return nil, err
	}
	after, err := os.ReadDir(tmp)
	if err != nil {
		return nil, err
	}
	changed := map[string][]byte{}
	for _, e := range after {
		b, err := os.ReadFile(filepath.Join(tmp, e.Name()))
		if err != nil {
			return nil, err
		}
		if old, ok := before[e.Name()]; !ok || !bytes.Equal(old, b) {
			changed[e.Name()] = b
		}
	}
	if len(changed) == 0 {
		return nil, errors.New("ent planned changes but wrote no file")
	}
	return changed, nil
}

// rawPredicates writes a new or changed partial index of PostgreSQL with its
// WHERE as ent/schema has it (entsql.IndexWhere), not as PostgreSQL prints it
// back. In replay mode ent compares against the predicates PostgreSQL prints
// (pg_get_expr), and would write those into the file; but printing is not a
// fixed point: "status NOT IN ('A', 'B')" prints as
// "((status)::text <> ALL ((ARRAY['A'::character varying, …])::text[]))",
// which, applied, prints as "… ALL (ARRAY[('A'::character varying)::text, …])".
// A migration holding the printed form thus leaves an index that differs from
// the one ent's auto-migration makes, and -check would find drift forever.
// An index whose replayed predicate already equals the desired one is left
// alone, so an unchanged index stays unchanged.
func rawPredicates(next schema.Differ) schema.Differ {
	raw := map[string]map[string]string{} // table → index → predicate
	for _, t := range entmigrate.Tables {
		for _, idx := range t.Indexes {
			if idx.Annotation != nil && idx.Annotation.Where != "" {
				if raw[t.Name] == nil {
					raw[t.Name] = map[string]string{}
				}
				raw[t.Name][idx.Name] = idx.Annotation.Where
			}
		}
	}
	return schema.DiffFunc(func(current, desired *atlasschema.Schema) ([]atlasschema.Change, error) {
		for _, t := range desired.Tables {
			for _, idx := range t.Indexes {
				where, ok := raw[t.Name][idx.Name]
				if !ok {
					continue
				}
				for _, a := range idx.Attrs {
					p, ok := a.(*postgres.IndexPredicate)
					if !ok || samePredicate(current, t.Name, idx.Name, p.P) {
						continue
					}
					p.P = where
				}
			}
		}
		return next.Diff(current, desired)
	})
}

func samePredicate(s *atlasschema.Schema, table, index, pred string) bool {
	t, ok := s.Table(table)
	if !ok {
		return false
	}
	idx, ok := t.Index(index)
	if !ok {
		return false
	}
	for _, a := range idx.Attrs {
		if p, ok := a.(*postgres.IndexPredicate); ok {
			return p.P == pred
		}
	}
	return false
}

// formatter is sqltool.GolangMigrateFormatter with its "now" pinned to one
// version, so a migration made for both dialects in one run has one version.
func formatter(version string) (atlasmigrate.Formatter, error) {
	tf, ok := sqltool.GolangMigrateFormatter.(atlasmigrate.TemplateFormatter)
	if !ok {
		return nil, fmt.Errorf("sqltool.GolangMigrateFormatter is a %T", sqltool.GolangMigrateFormatter)
	}
	now := template.FuncMap{"now": func() string { return version }}
	pinned := make(atlasmigrate.TemplateFormatter, len(tf))
	for i, t := range tf {
		n, err := t.N.Clone()
		if err != nil {
			return nil, err
		}
		pinned[i].N = n.Funcs(now)
		pinned[i].C = t.C
	}
	return pinned, nil
}

// devSQLite opens an empty in-memory SQLite to replay the migrations on:
// one connection (each would be a database of its own), foreign keys on (ent
// requires them).
func devSQLite() (*sql.DB, func(), error) {
	db, err := sql.Open("sqlite", "file::memory:?_pragma=foreign_keys(1)")
	if err != nil {
		return nil, nil, err
	}
	db.SetMaxOpenConns(1)
	db.SetMaxIdleConns(1)
	db.SetConnMaxLifetime(0)
	db.SetConnMaxIdleTime(0)
	return db, func() { _ = db.Close() }, nil
}

var registerPostgres sync.Once

// scratchSchema creates an empty schema on the PostgreSQL server at pgURL and
// returns the URL of that server with search_path set to it; release drops it.
//
// ent is given the URL rather than a driver: only then is Atlas's PostgreSQL
// driver bound to the schema in search_path. Given a driver, Atlas looks at the
// whole database and refuses to replay ("connected database is not clean:
// found schema …") as soon as any other schema exists, e.g. the tests' ones.
// Atlas opens the URL with database/sql's "postgres" driver, so pgx's stdlib
// driver is registered under that name too unless something else already is.
func scratchSchema(ctx context.Context, pgURL string) (string, func(), error) {
	if pgURL == "" {
		return "", nil, errors.New("no PostgreSQL server given for the dev database (-pg)")
	}
	u, err := url.Parse(pgURL)
	if err != nil || (u.Scheme != "postgres" && u.Scheme != "postgresql") {
		return "", nil, fmt.Errorf("dev database %q: want a postgres:// URL", redact(pgURL))
	}
	registerPostgres.Do(func() {
		if !slices.Contains(sql.Drivers(), "postgres") {
			sql.Register("postgres", stdlib.GetDefaultDriver())
		}
	})
	admin, err := sql.Open("pgx", pgURL)
	if err != nil {
		return "", nil, err
	}
	pingCtx, cancel := context.WithTimeout(ctx, 5*time.Second)
	defer cancel()
	if err := admin.PingContext(pingCtx); err != nil {
		_ = admin.Close()
		return "", nil, fmt.Errorf("dev database %s unreachable: %w", redact(pgURL), err)
	}
	var b [6]byte
	_, _ = rand.Read(b[:])
	name := "ruankao_migrate_" + hex.EncodeToString(b[:])
	if _, err := admin.ExecContext(ctx, "CREATE SCHEMA "+name); err != nil {
		_ = admin.Close()
		return "", nil, fmt.Errorf("creating the scratch schema on %s: %w", redact(pgURL), err)
	}
	release := func() {
		_, _ = admin.ExecContext(context.WithoutCancel(ctx), "DROP SCHEMA IF EXISTS "+name+" CASCADE")
		_ = admin.Close()
	}
	q := u.Query()
	q.Set("search_path", name)
	u.Scheme = "postgres"
	u.RawQuery = q.Encode()
	return u.String(), release, nil
}

// redact hides a password in a URL before it reaches an error.
func redact(rawURL string) string {
	u, err := url.Parse(rawURL)
	if err != nil || u.User == nil {
		return rawURL
	}
	if _, ok := u.User.Password(); ok {
		u.User = url.UserPassword(u.User.Username(), "xxxxx")
	}
	return u.String()
}
