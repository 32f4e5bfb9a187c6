// Package backup makes and restores a consistent copy of a ruankao system:
// the database and the content-addressed file store, in one tar archive.
//
// The archive holds, in this order:
//
//	database.sqlite   SQLite: a VACUUM INTO snapshot of the live database
//	database.pgdump   PostgreSQL: pg_dump --format=custom (tables, data,
//	                  the hand-written plpgsql functions and triggers)
//	files/ab/cd/<sum> every object of the file store, checked against its
//	                  SHA-256 name while it is copied
//	manifest.json     format version, time, dialect, migration versions, the
//	                  row count of every table, the SHA-256 and size of every
//	                  other member, and any problem found
//
// The database is dumped first and the file store copied after the dump has
// finished: objects are immutable and never deleted while a row refers to
// them, so every object the dump refers to is in the archive (the backup
// checks this, from the dump's own snapshot). Objects uploaded meanwhile
// come along and are harmless: nothing refers to them.
//
// A restore reads the archive once into a staging area beside its targets,
// checks every member against the manifest before it touches anything,
// places the objects first and the database last (a failure in between
// leaves extra objects, never rows pointing at missing ones), then opens the
// restored database and checks its schema version and every table's row
// count against the manifest.
//
// A backup holds every candidate's personal data: it is written 0600, and
// belongs encrypted at rest (stream it through age or gpg: the archive can
// be written to standard output and read from standard input).
package backup

import (
	"archive/tar"
	"bufio"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/ruankao/ruankao/internal/migrations"
)

// FormatVersion is the archive format this package writes and reads.
const FormatVersion = 1

// Member names inside the archive.
const (
	ManifestName = "manifest.json"
	sqliteMember = "database.sqlite"
	pgMember     = "database.pgdump"
	filesPrefix  = "files/"
)

// Dialects, as internal/store names them.
const (
	SQLite   = "sqlite3"
	Postgres = "postgres"
)

// Manifest describes an archive. It is its last member.
type Manifest struct {
	Format    int       `json:"format"`
	CreatedAt time.Time `json:"created_at"` // UTC
	Dialect   string    `json:"dialect"`    // sqlite3 or postgres
	// SchemaVersion is the migration the dumped database was at, Dirty
	// whether that migration had failed halfway.
	SchemaVersion uint `json:"schema_version"`
	Dirty         bool `json:"dirty,omitempty"`
	// BinaryMigrationVersion is the newest migration of the ruankao that
	// made the backup.
	BinaryMigrationVersion uint `json:"binary_migration_version"`
	// PostgreSQL only: the schema dumped ("" for the whole database), the
	// server's and pg_dump's versions.
	PGSchema      string `json:"pg_schema,omitempty"`
	ServerVersion string `json:"server_version,omitempty"`
	PGDumpVersion string `json:"pg_dump_version,omitempty"`
	// Counts is the number of rows of every table in the dump, read in the
	// dump's own snapshot.
	Counts map[string]int64 `json:"counts"`
	// Members are the members other than objects and the manifest.
	Members []Member `json:"members"`
	// Objects are the file store's objects, each the member
	// files/ab/cd/<sha256>.
	Objects     []Object `json:"objects"`
	ObjectBytes int64    `json:"object_bytes"`
	// Problems found while backing up: an object whose content does not
	// match its name (left out), an object the database refers to that the
	// file store lacks. A backup with problems is complete otherwise.
	Problems []string `json:"problems,omitempty"`
}

// Member is one member of the archive with its checksum.
type Member struct {
	Name   string `json:"name"`
	Size   int64  `json:"size"`
	SHA256 string `json:"sha256"`
}

// Object is one object of the file store.
type Object struct {
	SHA256 string `json:"sha256"`
	Size   int64  `json:"size"`
}

// Options say what to back up or restore into.
type Options struct {
	// DatabaseURL is sqlite://FILE or postgres://… as serve takes it.
	DatabaseURL string
	// FilesDir is the file store's directory (DIR/ab/cd/<sha256>).
	FilesDir string
	// PGBin is the directory of pg_dump and pg_restore; empty: from PATH.
	PGBin string
	// WorkDir holds the database dump while the archive is written (the
	// dump's size); empty: the system's temporary directory.
	WorkDir string
	// Log receives progress lines; nil discards them.
	Log io.Writer
}

func (o Options) logf(format string, args ...any) {
	if o.Log != nil {
		fmt.Fprintf(o.Log, format+"\n", args...)
	}
}

// dialectOf tells a database URL's dialect.
func dialectOf(rawURL string) (string, error) {
	switch {
	case strings.HasPrefix(rawURL, "sqlite:") || strings.HasPrefix(rawURL, "file:"):
		return SQLite, nil
	case strings.HasPrefix(rawURL, "postgres://") || strings.HasPrefix(rawURL, "postgresql://"):
		return Postgres, nil
	}
	return "", fmt.Errorf("backup: database URL: expected sqlite://FILE or postgres://…")
}

// snapshot is a database dump on disk, with what was read in its snapshot.
type snapshot struct {
	path, member string
	refs         map[[32]byte]struct{} // objects the rows refer to
}

// BackupFile writes an archive to path (0600, written to a temporary name,
// fsynced and renamed into place), refusing to overwrite an existing file.
func BackupFile(ctx context.Context, path string, opt Options) (*Manifest, error) {
	if _, err := os.Lstat(path); err == nil {
		return nil, fmt.Errorf("backup: %s exists; choose another name", path)
	}
	dir := filepath.Dir(path)
	if err := os.MkdirAll(dir, 0o700); err != nil {
		return nil, fmt.Errorf("backup: %w", err)
	}
	f, err := os.CreateTemp(dir, "."+filepath.Base(path)+".partial-*") // 0600
	if err != nil {
		return nil, fmt.Errorf("backup: %w", err)
	}
	tmp := f.Name()
	defer func() {
		if f != nil {
			_ = f.Close()
			_ = os.Remove(tmp)
		}
	}()
	if opt.WorkDir == "" {
		opt.WorkDir = dir
	}
	bw := bufio.NewWriterSize(f, 1<<20)
	m, err := Backup(ctx, bw, opt)
	if err != nil {
		return nil, err
	}
	if err := bw.Flush(); err != nil {
		return nil, fmt.Errorf("backup: write %s: %w", path, err)
	}
	if err := f.Sync(); err != nil {
		return nil, fmt.Errorf("backup: sync %s: %w", path, err)
	}
	if err := f.Close(); err != nil {
		return nil, fmt.Errorf("backup: close %s: %w", path, err)
	}
	f = nil
	if err := os.Rename(tmp, path); err != nil {
		_ = os.Remove(tmp)
		return nil, fmt.Errorf("backup: %w", err)
	}
	if err := syncDir(dir); err != nil {
		return nil, err
	}
	return m, nil
}

// Backup writes an archive to w: the database first, then the file store,
// then the manifest. It only reads the live system, which may keep serving.
func Backup(ctx context.Context, w io.Writer, opt Options) (*Manifest, error) {
	dialect, err := dialectOf(opt.DatabaseURL)
	if err != nil {
		return nil, err
	}
	if opt.FilesDir == "" {
		return nil, errors.New("backup: no file store directory given")
	}
	if fi, err := os.Stat(opt.FilesDir); err != nil || !fi.IsDir() {
		return nil, fmt.Errorf("backup: the file store %s is not a directory (wrong --files-dir?)", opt.FilesDir)
	}
	work, err := os.MkdirTemp(opt.WorkDir, ".ruankao-backup-") // 0700
	if err != nil {
		return nil, fmt.Errorf("backup: work directory: %w", err)
	}
	defer os.RemoveAll(work)

	m := &Manifest{Format: FormatVersion, CreatedAt: time.Now().UTC().Truncate(time.Second), Dialect: dialect, Counts: map[string]int64{}}
	if m.BinaryMigrationVersion, err = migrations.Latest(dialect); err != nil {
		return nil, err
	}
	t0 := time.Now()
	var snap *snapshot
	switch dialect {
	case SQLite:
		snap, err = sqliteSnapshot(ctx, opt, work, m)
	case Postgres:
		snap, err = pgSnapshot(ctx, opt, work, m)
	}
	if err != nil {
		return nil, err
	}
	tw := tar.NewWriter(w)
	mem, err := addFile(tw, snap.member, snap.path, m.CreatedAt)
	if err != nil {
		return nil, err
	}
	m.Members = append(m.Members, mem)
	_ = os.Remove(snap.path)
	opt.logf("backup: %s database at migration %d, %d tables, %s dumped in %s", dialect, m.SchemaVersion, len(m.Counts),
		bytesLabel(mem.Size), time.Since(t0).Round(time.Millisecond))

	// The file store after the dump has finished (see the package comment).
	t1 := time.Now()
	copied, err := copyObjects(ctx, tw, opt.FilesDir, m)
	if err != nil {
		return nil, err
	}
	missing := 0
	for ref := range snap.refs {
		if _, ok := copied[ref]; !ok {
			missing++
			if missing <= 20 {
				m.Problems = append(m.Problems, fmt.Sprintf("object %x is referred to by the database but absent from the file store", ref[:]))
			}
		}
	}
	if missing > 20 {
		m.Problems = append(m.Problems, fmt.Sprintf("… %d referred-to objects absent in all", missing))
	}
	opt.logf("backup: %d objects, %s copied and checked in %s", len(m.Objects), bytesLabel(m.ObjectBytes), time.Since(t1).Round(time.Millisecond))

	data, err := json.MarshalIndent(m, "", " ")
	if err != nil {
		return nil, err
	}
	if err := tw.WriteHeader(&tar.Header{Name: ManifestName, Mode: 0o600, Size: int64(len(data)), ModTime: m.CreatedAt, Typeflag: tar.TypeReg}); err != nil {
		return nil, fmt.Errorf("backup: write archive: %w", err)
	}
	if _, err := tw.Write(data); err != nil {
		return nil, fmt.Errorf("backup: write archive: %w", err)
	}
	if err := tw.Close(); err != nil {
		return nil, fmt.Errorf("backup: write archive: %w", err)
	}
	return m, nil
}

// addFile writes the file at path as the member name and returns its checksum.
func addFile(tw *tar.Writer, name, path string, mtime time.Time) (Member, error) {
	f, err := os.Open(path)
	if err != nil {
		return Member{}, fmt.Errorf("backup: %w", err)
	}
	defer f.Close()
	fi, err := f.Stat()
	if err != nil {
		return Member{}, fmt.Errorf("backup: %w", err)
	}
	if err := tw.WriteHeader(&tar.Header{Name: name, Mode: 0o600, Size: fi.Size(), ModTime: mtime, Typeflag: tar.TypeReg}); err != nil {
		return Member{}, fmt.Errorf("backup: write archive: %w", err)
	}
	h := sha256.New()
	n, err := io.Copy(io.MultiWriter(tw, h), f)
	if err != nil {
		return Member{}, fmt.Errorf("backup: write archive: %w", err)
	}
	if n != fi.Size() {
		return Member{}, fmt.Errorf("backup: %s changed size while it was copied", name)
	}
	return Member{Name: name, Size: n, SHA256: hex.EncodeToString(h.Sum(nil))}, nil
}

func syncDir(dir string) error {
	d, err := os.Open(dir)
	if err != nil {
		return fmt.Errorf("backup: sync %s: %w", dir, err)
	}
	err = d.Sync()
	if cerr := d.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		return fmt.Errorf("backup: sync %s: %w", dir, err)
	}
	return nil
}

func syncFile(path string) error {
	f, err := os.OpenFile(path, os.O_RDWR, 0)
	if err != nil {
		return fmt.Errorf("backup: sync %s: %w", path, err)
	}
	err = f.Sync()
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		return fmt.Errorf("backup: sync %s: %w", path, err)
	}
	return nil
}

func bytesLabel(n int64) string {
	switch {
	case n >= 1<<30:
		return fmt.Sprintf("%.2f GB", float64(n)/(1<<30))
	case n >= 1<<20:
		return fmt.Sprintf("%.1f MB", float64(n)/(1<<20))
	case n >= 1<<10:
		return fmt.Sprintf("%.1f kB", float64(n)/(1<<10))
	}
	return fmt.Sprintf("%d B", n)
}
