package backup

import (
	"archive/tar"
	"bufio"
	"context"
	"crypto/sha256"
	"database/sql"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"path"
	"path/filepath"
	"slices"
	"sort"
	"strings"
	"time"

	"github.com/ruankao/ruankao/internal/files"
	"github.com/ruankao/ruankao/internal/migrations"
	"github.com/ruankao/ruankao/internal/store"
)

var (
	// ErrDamaged: the archive does not match its manifest (altered,
	// truncated, or not an archive of ours). Nothing was restored.
	ErrDamaged = errors.New("the archive is damaged or altered")
	// ErrNotEmpty: the target database holds data and Force was not given.
	ErrNotEmpty = errors.New("the target database is not empty")
)

// maxManifest bounds the manifest read into memory (a million objects take
// about 100 MB).
const maxManifest = 1 << 30

// RestoreOptions say where to restore.
type RestoreOptions struct {
	Options
	// Force replaces a database that holds data. Without it such a target
	// is refused with ErrNotEmpty. (Objects are always merged into the file
	// store: they are content-addressed, so adding them loses nothing.)
	Force bool
	// Migrate applies the pending migrations of this binary after the
	// restore, for an archive made by an older ruankao.
	Migrate bool
}

// Report is what a restore did and found.
type Report struct {
	Manifest *Manifest
	// Placed objects were written; Present ones were in the file store already.
	Placed, Present int
	// The restored database's migration state after the restore (and after
	// Migrate), as serve checks it.
	SchemaVersion, Latest uint
	Dirty, Migrated       bool
	// Problems found after the restore: referenced objects still absent.
	Problems []string
	Took     time.Duration
}

// RestoreFile restores the archive at path.
func RestoreFile(ctx context.Context, path string, opt RestoreOptions) (*Report, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("restore: %w", err)
	}
	defer f.Close()
	return Restore(ctx, bufio.NewReaderSize(f, 1<<20), opt)
}

// Restore reads an archive from r and restores it: it refuses a target
// database that holds data unless Force, stages every member beside its
// target while checking it, compares all with the manifest, places the
// objects, then the database, and checks the restored database against
// the manifest. Nothing is placed unless the whole archive checks out.
func Restore(ctx context.Context, r io.Reader, opt RestoreOptions) (*Report, error) {
	t0 := time.Now()
	dialect, err := dialectOf(opt.DatabaseURL)
	if err != nil {
		return nil, err
	}
	if opt.FilesDir == "" {
		return nil, errors.New("restore: no file store directory given")
	}

	// The target, judged before the archive is read.
	var (
		dbPath string    // SQLite
		pg     *pgTarget // PostgreSQL
		pgdb   *sql.DB   // PostgreSQL
		inUse  func() (bool, error)
	)
	switch dialect {
	case SQLite:
		if dbPath, err = sqlitePath(opt.DatabaseURL); err != nil {
			return nil, err
		}
		if err := os.MkdirAll(filepath.Dir(dbPath), 0o700); err != nil {
			return nil, fmt.Errorf("restore: %w", err)
		}
		inUse = func() (bool, error) { return sqliteInUse(ctx, dbPath) }
	case Postgres:
		if pg, err = parsePG(opt.DatabaseURL); err != nil {
			return nil, err
		}
		if pgdb, _, err = pgConnect(ctx, pg); err != nil { // nil when the database is missing
			return nil, err
		}
		defer func() {
			if pgdb != nil {
				_ = pgdb.Close()
			}
		}()
		inUse = func() (bool, error) {
			if pgdb == nil {
				return false, nil // no database: created once the archive checks out
			}
			return pgInUse(ctx, pgdb, pg)
		}
	}
	refuse := func() error {
		if opt.Force {
			return nil
		}
		used, err := inUse()
		if err != nil {
			return err
		}
		if used {
			return fmt.Errorf("restore: %w (%s): pass --force to replace it", ErrNotEmpty, describeTarget(dialect, dbPath, pg))
		}
		return nil
	}
	if err := refuse(); err != nil {
		return nil, err
	}
	if err := os.MkdirAll(opt.FilesDir, 0o700); err != nil {
		return nil, fmt.Errorf("restore: %w", err)
	}
	staging, err := os.MkdirTemp(opt.FilesDir, ".restore-") // 0700
	if err != nil {
		return nil, fmt.Errorf("restore: %w", err)
	}
	defer os.RemoveAll(staging)

	// Stage: the database beside its target (SQLite, for an atomic rename)
	// or in the staging directory (a dump for pg_restore).
	var dbStaged string
	defer func() {
		if dbStaged != "" && dialect == SQLite {
			_ = os.Remove(dbStaged)
		}
	}()
	dbFile := func(member string) (*os.File, error) {
		want := map[string]string{SQLite: sqliteMember, Postgres: pgMember}[dialect]
		if member != want {
			return nil, fmt.Errorf("restore: the archive holds %s, the target is a %s database", member, dialect)
		}
		var f *os.File
		var err error
		if dialect == SQLite {
			f, err = os.CreateTemp(filepath.Dir(dbPath), "."+filepath.Base(dbPath)+".restore-*")
		} else {
			f, err = os.OpenFile(filepath.Join(staging, pgMember), os.O_CREATE|os.O_EXCL|os.O_WRONLY, 0o600)
		}
		if err == nil {
			dbStaged = f.Name()
		}
		return f, err
	}
	st, err := readArchive(ctx, r, staging, dbFile)
	if err != nil {
		return nil, err
	}
	m := st.manifest
	if err := verify(st, dialect, pg); err != nil {
		return nil, err
	}
	opt.logf("restore: archive of %s read and checked in %s: %s database at migration %d, %d tables, %d objects (%s)",
		m.CreatedAt.Format(time.RFC3339), time.Since(t0).Round(time.Millisecond), m.Dialect, m.SchemaVersion, len(m.Counts), len(m.Objects), bytesLabel(m.ObjectBytes))
	t1 := time.Now()
	for _, p := range m.Problems {
		opt.logf("restore: the backup recorded a problem: %s", p)
	}

	// Place: objects first, the database last.
	if err := refuse(); err != nil {
		return nil, err
	}
	rep := &Report{Manifest: m}
	if rep.Placed, rep.Present, err = placeObjects(opt.FilesDir, staging, m.Objects); err != nil {
		return nil, err
	}
	switch dialect {
	case SQLite:
		if err := placeSQLite(dbStaged, dbPath); err != nil {
			return nil, err
		}
		dbStaged = ""
	case Postgres:
		if pgdb == nil {
			if pgdb, err = pgCreate(ctx, opt.Options, pg); err != nil {
				return nil, err
			}
		}
		if err := pgRestore(ctx, opt.Options, pg, dbStaged); err != nil {
			return nil, err
		}
	}
	opt.logf("restore: %d objects placed (%d were present) and the database restored in %s", rep.Placed, rep.Present, time.Since(t1).Round(time.Millisecond))
	if err := check(ctx, opt, dialect, rep); err != nil {
		return rep, err
	}
	rep.Took = time.Since(t0)
	return rep, nil
}

func describeTarget(dialect, dbPath string, pg *pgTarget) string {
	if dialect == SQLite {
		return dbPath
	}
	if pg.schema != "" {
		return "database " + pg.database + ", schema " + pg.schema
	}
	return "database " + pg.database
}

// staged is what readArchive found.
type staged struct {
	manifest *Manifest
	members  map[string]Member // the database member(s)
	objects  map[string]int64  // sum → size
	syncFS   bool              // objects staged without an fsync each, flushed by syncFS
}

func damaged(format string, args ...any) error {
	return fmt.Errorf("restore: %w: %s; nothing was restored", ErrDamaged, fmt.Sprintf(format, args...))
}

// readArchive reads the whole archive once: the database member into the
// file dbFile opens, each object into staging/<sum> (refused at once when
// its content does not match its name), the manifest into memory. Every
// staged file is fsynced.
func readArchive(ctx context.Context, r io.Reader, staging string, dbFile func(string) (*os.File, error)) (*staged, error) {
	st := &staged{members: map[string]Member{}, objects: map[string]int64{}}
	st.syncFS = haveSyncFS // objects flushed all at once at the end where the system can
	tr := tar.NewReader(r)
	for {
		if err := ctx.Err(); err != nil {
			return nil, err
		}
		h, err := tr.Next()
		if err == io.EOF {
			break
		}
		if err != nil {
			return nil, damaged("%v", err)
		}
		if st.manifest != nil {
			return nil, damaged("member %q after the manifest", h.Name)
		}
		if h.Typeflag != tar.TypeReg {
			return nil, damaged("member %q is not a regular file", h.Name)
		}
		name := path.Clean(h.Name)
		switch {
		case name == ManifestName:
			if h.Size > maxManifest {
				return nil, damaged("a manifest of %d bytes", h.Size)
			}
			data, err := io.ReadAll(tr)
			if err != nil {
				return nil, damaged("reading the manifest: %v", err)
			}
			var m Manifest
			if err := json.Unmarshal(data, &m); err != nil {
				return nil, damaged("the manifest does not parse: %v", err)
			}
			st.manifest = &m
		case name == sqliteMember || name == pgMember:
			if _, dup := st.members[name]; dup {
				return nil, damaged("member %q twice", name)
			}
			f, err := dbFile(name)
			if err != nil {
				return nil, err
			}
			sum, n, err := stage(f, tr, true)
			if err != nil {
				return nil, err
			}
			st.members[name] = Member{Name: name, Size: n, SHA256: sum}
		case strings.HasPrefix(name, filesPrefix):
			sum := path.Base(name)
			if !files.ValidSum(sum) || name != objectMember(sum) {
				return nil, damaged("unexpected member %q", h.Name)
			}
			if _, dup := st.objects[sum]; dup {
				return nil, damaged("member %q twice", name)
			}
			f, err := os.OpenFile(filepath.Join(staging, sum), os.O_CREATE|os.O_EXCL|os.O_WRONLY, 0o600)
			if err != nil {
				return nil, fmt.Errorf("restore: %w", err)
			}
			got, n, err := stage(f, tr, !st.syncFS)
			if err != nil {
				return nil, err
			}
			if got != sum {
				return nil, damaged("member %s: its content sums to %s", name, got)
			}
			st.objects[sum] = n
		default:
			return nil, damaged("unexpected member %q", h.Name)
		}
	}
	if st.manifest == nil {
		return nil, damaged("no manifest (a truncated archive, or not a ruankao backup)")
	}
	if st.syncFS {
		if err := syncFS(staging); err != nil {
			return nil, err
		}
	}
	return st, nil
}

// stage copies an archive member into f, fsyncs (if sync) and closes it,
// and returns the content's SHA-256 and size.
func stage(f *os.File, r io.Reader, sync bool) (string, int64, error) {
	h := sha256.New()
	n, err := io.Copy(io.MultiWriter(f, h), r)
	if err != nil {
		_ = f.Close()
		if errors.Is(err, io.ErrUnexpectedEOF) {
			return "", 0, damaged("truncated")
		}
		return "", 0, fmt.Errorf("restore: staging %s: %w", f.Name(), err)
	}
	if sync {
		if err := f.Sync(); err != nil {
			_ = f.Close()
			return "", 0, fmt.Errorf("restore: %w", err)
		}
	}
	if err := f.Close(); err != nil {
		return "", 0, fmt.Errorf("restore: %w", err)
	}
	return hex.EncodeToString(h.Sum(nil)), n, nil
}

// verify compares what was staged with the manifest and the manifest with
// this binary and the target.
func verify(st *staged, dialect string, pg *pgTarget) error {
	m := st.manifest
	if m.Format != FormatVersion {
		return fmt.Errorf("restore: archive format %d; this ruankao reads format %d", m.Format, FormatVersion)
	}
	if m.Dialect != dialect {
		return fmt.Errorf("restore: the archive holds a %s database, the target is %s", m.Dialect, dialect)
	}
	if len(m.Members) != len(st.members) {
		return damaged("the manifest lists %d database members, the archive holds %d", len(m.Members), len(st.members))
	}
	for _, want := range m.Members {
		got, ok := st.members[want.Name]
		switch {
		case !ok:
			return damaged("member %s is missing", want.Name)
		case got.Size != want.Size:
			return damaged("member %s has %d bytes, the manifest says %d", want.Name, got.Size, want.Size)
		case got.SHA256 != want.SHA256:
			return damaged("member %s has SHA-256 %s, the manifest says %s", want.Name, got.SHA256, want.SHA256)
		}
	}
	if len(m.Objects) != len(st.objects) {
		return damaged("the manifest lists %d objects, the archive holds %d", len(m.Objects), len(st.objects))
	}
	for _, o := range m.Objects {
		n, ok := st.objects[o.SHA256]
		if !ok {
			return damaged("object %s is missing", o.SHA256)
		}
		if n != o.Size {
			return damaged("object %s has %d bytes, the manifest says %d", o.SHA256, n, o.Size)
		}
	}
	if dialect == Postgres && m.PGSchema != pg.schema {
		want := "a URL without search_path (the whole database)"
		if m.PGSchema != "" {
			want = "a URL with search_path=" + m.PGSchema
		}
		return fmt.Errorf("restore: the archive holds the schema %q of its database; restore it into %s", m.PGSchema, want)
	}
	versions, err := migrations.Versions(dialect)
	if err != nil {
		return err
	}
	if latest := versions[len(versions)-1]; m.SchemaVersion > latest {
		return fmt.Errorf("restore: the archive's database is at migration %d, newer than this ruankao knows (%d): restore with the ruankao that made it", m.SchemaVersion, latest)
	}
	if m.SchemaVersion != 0 && !slices.Contains(versions, m.SchemaVersion) {
		return fmt.Errorf("restore: the archive's database is at migration %d, which this ruankao does not have", m.SchemaVersion)
	}
	return nil
}

// check opens the restored database as serve does, compares every table's
// row count with the manifest, looks for every referenced object in the
// file store, and reads the migration state (migrating first if asked).
func check(ctx context.Context, opt RestoreOptions, dialect string, rep *Report) error {
	db, err := store.Open(ctx, opt.DatabaseURL)
	if err != nil {
		return fmt.Errorf("restore: open the restored database: %w", err)
	}
	defer db.Close()
	counts, err := countRows(ctx, db.SQL, dialect)
	if err != nil {
		return err
	}
	var diffs []string
	for t, want := range rep.Manifest.Counts {
		if got, ok := counts[t]; !ok {
			diffs = append(diffs, fmt.Sprintf("table %s is missing", t))
		} else if got != want {
			diffs = append(diffs, fmt.Sprintf("%s has %d rows, the backup %d", t, got, want))
		}
	}
	for t := range counts {
		if _, ok := rep.Manifest.Counts[t]; !ok {
			diffs = append(diffs, fmt.Sprintf("table %s is not in the backup", t))
		}
	}
	if len(diffs) > 0 {
		sort.Strings(diffs)
		return fmt.Errorf("restore: the restored database differs from the backup: %s", strings.Join(diffs, "; "))
	}
	refs, bad, err := referencedObjects(ctx, db.SQL, counts)
	if err != nil {
		return err
	}
	rep.Problems = append(rep.Problems, bad...)
	missing := 0
	for k := range refs {
		sum := hex.EncodeToString(k[:])
		if fi, err := os.Stat(objectPath(opt.FilesDir, sum)); err != nil || !fi.Mode().IsRegular() {
			if missing++; missing <= 20 {
				rep.Problems = append(rep.Problems, fmt.Sprintf("object %s is referred to but absent from the file store", sum))
			}
		}
	}
	if missing > 20 {
		rep.Problems = append(rep.Problems, fmt.Sprintf("… %d referred-to objects absent in all", missing))
	}
	if rep.SchemaVersion, rep.Latest, rep.Dirty, err = db.MigrationStatus(ctx); err != nil {
		return err
	}
	if opt.Migrate && !rep.Dirty && rep.SchemaVersion < rep.Latest {
		if err := db.MigrateUp(ctx); err != nil {
			return err
		}
		rep.Migrated = true
		if rep.SchemaVersion, rep.Latest, rep.Dirty, err = db.MigrationStatus(ctx); err != nil {
			return err
		}
	}
	return nil
}
