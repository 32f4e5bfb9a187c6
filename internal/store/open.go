// Package store opens the database behind the ent client: an embedded SQLite
// file by default, PostgreSQL for production and scale-out, one ent code path.
package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"net/url"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"sync/atomic"
	"time"

	"entgo.io/ent/dialect"
	entsql "entgo.io/ent/dialect/sql"
	_ "github.com/jackc/pgx/v5/stdlib" // registers "pgx"
	"modernc.org/sqlite"

	"github.com/ruankao/ruankao/ent"
	_ "github.com/ruankao/ruankao/ent/runtime" // schema hooks and policies
	"github.com/ruankao/ruankao/internal/audit"
)

// DefaultURL is the embedded database used when none is configured.
const DefaultURL = "sqlite://data/ruankao.db"

// DB is an open database: the ent client and what it runs on.
type DB struct {
	Client  *ent.Client
	SQL     *sql.DB
	Dialect string
	Driver  dialect.Driver

	lockFailures atomic.Int64
	readers      *sql.DB      // SQLite's read-only pool; nil on PostgreSQL
	group        *groupCommit // SQLite's writer; nil on PostgreSQL and :memory:
}

// Reads is the pool for raw reads outside a transaction (a job's large
// SELECTs): on SQLite never the one writer.
func (d *DB) Reads() *sql.DB { return d.reads() }

// reads is the pool for raw reads: never the one SQLite writer.
func (d *DB) reads() *sql.DB {
	if d.readers != nil {
		return d.readers
	}
	return d.SQL
}

// LockFailures counts statements that failed for a lock since the database
// was opened: a writer that waited out SQLite's busy timeout, a PostgreSQL
// deadlock or lock timeout. With one writer connection it stays 0 unless
// another process writes to the same SQLite file.
func (d *DB) LockFailures() int64 { return d.lockFailures.Load() }

// Commits counts the COMMITs of SQLite's batched transactions since the
// database was opened, Units the transactions they committed: Units/Commits
// is how many transactions shared each fsync. Both stay 0 on PostgreSQL and
// an in-memory SQLite, which commit each transaction by itself.
func (d *DB) Commits() int64 {
	if d.group == nil {
		return 0
	}
	return d.group.Commits()
}

// Units: see Commits.
func (d *DB) Units() int64 {
	if d.group == nil {
		return 0
	}
	return d.group.Units()
}

// Close releases the connections.
func (d *DB) Close() error { return d.Client.Close() }

// Option adjusts how the client is built.
type Option func(*options)

type options struct {
	wrap func(dialect.Driver) dialect.Driver
}

// WithDriverWrapper puts a wrapper (a statement counter, a logger) around the driver.
func WithDriverWrapper(w func(dialect.Driver) dialect.Driver) Option {
	return func(o *options) { o.wrap = w }
}

// Open connects to a database URL: sqlite://path/to/file.db, sqlite://:memory:,
// or postgres://user@host:port/db?sslmode=disable. It fails fast with one clear
// error when the URL is wrong or the database cannot be reached.
func Open(ctx context.Context, rawURL string, opts ...Option) (*DB, error) {
	var o options
	for _, opt := range opts {
		opt(&o)
	}
	if rawURL == "" {
		rawURL = DefaultURL
	}
	var (
		db, readers *sql.DB
		name        string
		err         error
	)
	switch {
	case strings.HasPrefix(rawURL, "sqlite:") || strings.HasPrefix(rawURL, "file:"):
		db, readers, err = openSQLite(rawURL)
		name = "sqlite3"
	case strings.HasPrefix(rawURL, "postgres://") || strings.HasPrefix(rawURL, "postgresql://"):
		db, err = openPostgres(rawURL)
		name = "postgres"
	default:
		return nil, fmt.Errorf("database URL %q: expected sqlite://FILE or postgres://…", redact(rawURL))
	}
	if err != nil {
		return nil, err
	}
	pingCtx, cancel := context.WithTimeout(ctx, 5*time.Second)
	defer cancel()
	if err := db.PingContext(pingCtx); err != nil {
		_ = db.Close()
		if readers != nil {
			_ = readers.Close()
		}
		return nil, fmt.Errorf("database %s unreachable: %s", redact(rawURL), oneLine(err))
	}
	out := &DB{SQL: db, Dialect: name, readers: readers}
	var d dialect.Driver = entsql.OpenDB(name, db)
	if readers != nil {
		out.group = newGroupCommit(db)
		d = &splitDriver{w: out.group, r: entsql.OpenDB(name, readers)}
	}
	d = &guardDriver{Driver: d, lockFailures: &out.lockFailures}
	if o.wrap != nil {
		d = o.wrap(d)
	}
	out.Driver = d
	out.Client = ent.NewClient(ent.Driver(d))
	installDefaultOrders(out.Client)
	out.Client.Use(audit.Hook())
	return out, nil
}

// sqliteDSN turns sqlite://path into modernc's DSN with the pragmas every
// connection needs: WAL, full durability, foreign keys, a busy timeout, and
// write transactions that take the lock at BEGIN.
func sqliteDSN(rawURL string) (string, string, error) {
	return sqliteDSNFor(rawURL, false)
}

// sqliteDSNFor is sqliteDSN for the writer, or for a read-only connection
// (query_only, deferred transactions).
func sqliteDSNFor(rawURL string, readOnly bool) (string, string, error) {
	path := strings.TrimPrefix(strings.TrimPrefix(rawURL, "sqlite://"), "file:")
	query := ""
	if i := strings.IndexByte(path, '?'); i >= 0 {
		path, query = path[:i], path[i+1:]
	}
	if path == "" {
		return "", "", errors.New("database URL sqlite://: missing file path")
	}
	params, err := url.ParseQuery(query)
	if err != nil {
		return "", "", fmt.Errorf("database URL %q: %w", rawURL, err)
	}
	memory := path == ":memory:" || params.Get("mode") == "memory"
	journal := "WAL"
	if memory {
		journal = "MEMORY"
	}
	for _, p := range []string{
		"journal_mode(" + journal + ")", "synchronous(FULL)", "foreign_keys(1)", "busy_timeout(10000)",
	} {
		params.Add("_pragma", p)
	}
	// A page cache of 64 MB for the one writer, 16 MB a reader (SQLite's
	// default is 2 MB): a job's index inserts and large reads stay in memory.
	if readOnly {
		params.Add("_pragma", "query_only(1)")
		params.Add("_pragma", "cache_size(-16384)")
	} else {
		params.Add("_pragma", "cache_size(-65536)")
		params.Set("_txlock", "immediate")
	}
	return "file:" + path + "?" + params.Encode(), path, nil
}

// openSQLite opens the writer (one connection) and, for a file, a pool of
// read-only connections beside it; an in-memory database is one connection
// for both, since each connection to :memory: would be a database of its own.
func openSQLite(rawURL string) (writer, readers *sql.DB, err error) {
	dsn, path, err := sqliteDSN(rawURL)
	if err != nil {
		return nil, nil, err
	}
	memory := path == ":memory:" || strings.Contains(dsn, "mode=memory")
	if !memory {
		if dir := filepath.Dir(path); dir != "." {
			if err := os.MkdirAll(dir, 0o750); err != nil {
				return nil, nil, fmt.Errorf("database directory %s: %w", dir, err)
			}
		}
	}
	if writer, err = openCaching(dsn); err != nil {
		return nil, nil, fmt.Errorf("database %s: %w", path, err)
	}
	writer.SetMaxOpenConns(1)
	writer.SetMaxIdleConns(1)
	if memory {
		return writer, nil, nil
	}
	rdsn, _, err := sqliteDSNFor(rawURL, true)
	if err != nil {
		return nil, nil, err
	}
	if readers, err = openCaching(rdsn); err != nil {
		_ = writer.Close()
		return nil, nil, fmt.Errorf("database %s: %w", path, err)
	}
	n := max(4, 2*runtime.GOMAXPROCS(0))
	readers.SetMaxOpenConns(n)
	readers.SetMaxIdleConns(n)
	return writer, readers, nil
}

// openCaching is sql.Open("sqlite", dsn) with each connection keeping its
// prepared statements (stmtcache.go).
func openCaching(dsn string) (*sql.DB, error) {
	c, err := sqlite.NewConnector(dsn)
	if err != nil {
		return nil, err
	}
	return sql.OpenDB(cachingConnector{c}), nil
}

func openPostgres(rawURL string) (*sql.DB, error) {
	db, err := sql.Open("pgx", rawURL)
	if err != nil {
		return nil, fmt.Errorf("database %s: %w", redact(rawURL), err)
	}
	db.SetMaxOpenConns(16)
	db.SetMaxIdleConns(16)
	db.SetConnMaxIdleTime(5 * time.Minute)
	return db, nil
}

// oneLine folds a driver's multi-line error (pgx lists every address it
// tried) into one line for the operator's terminal and the logs.
func oneLine(err error) string {
	parts := strings.Fields(strings.ReplaceAll(err.Error(), "\n", " ; "))
	return strings.Join(parts, " ")
}

// redact hides a password in a URL before it reaches an error or a log.
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

// SQLitePath is the file path of an sqlite:// URL.
func SQLitePath(rawURL string) (string, bool) {
	if !strings.HasPrefix(rawURL, "sqlite:") && !strings.HasPrefix(rawURL, "file:") {
		return "", false
	}
	_, path, err := sqliteDSN(rawURL)
	return path, err == nil
}

// Rebind turns a statement's $n placeholders (PostgreSQL's) into SQLite's ?n
// for the dialect, so raw statements are written once for both.
func Rebind(dialect, q string) string {
	if dialect == "postgres" {
		return q
	}
	return strings.ReplaceAll(q, "$", "?")
}
