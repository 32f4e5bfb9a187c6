package backup_test

import (
	"archive/tar"
	"bytes"
	"context"
	"crypto/rand"
	"crypto/sha256"
	"database/sql"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"net/url"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/ruankao/ruankao/ent/application"
	"github.com/ruankao/ruankao/ent/auditlog"
	"github.com/ruankao/ruankao/ent/migrate"
	"github.com/ruankao/ruankao/ent/storedfile"
	"github.com/ruankao/ruankao/internal/audit"
	"github.com/ruankao/ruankao/internal/backup"
	"github.com/ruankao/ruankao/internal/files"
	"github.com/ruankao/ruankao/internal/generate"
	"github.com/ruankao/ruankao/internal/pii"
	"github.com/ruankao/ruankao/internal/refdata"
	"github.com/ruankao/ruankao/internal/store"
	"github.com/ruankao/ruankao/internal/testenv"
	"github.com/ruankao/ruankao/internal/viewer"
)

// applications is the size of the loaded system.
const applications = 300

var now0 = time.Date(2026, 3, 10, 4, 0, 0, 0, time.UTC)

func sys() context.Context { return viewer.SystemContext(context.Background()) }

// A loaded SQLite system is backed up while it takes writes, destroyed
// (database file and file store deleted), restored into the same place, and
// every application, stored file and audit entry is found again.
func TestSQLiteBackupRestore(t *testing.T) {
	dir := t.TempDir()
	data := filepath.Join(dir, "data")
	target := target{
		url:   "sqlite://" + filepath.Join(data, "ruankao.db"),
		files: filepath.Join(data, "files"),
		destroy: func(t *testing.T) {
			if err := os.RemoveAll(data); err != nil {
				t.Fatal(err)
			}
		},
	}
	roundTrip(t, target, filepath.Join(dir, "backups"))
}

// The same on PostgreSQL, in a database of its own (pg_dump dumps a
// database), dropped to destroy the system; restore creates it again.
func TestPostgresBackupRestore(t *testing.T) {
	base := os.Getenv(testenv.EnvDatabaseURL)
	if !testenv.Postgres() {
		t.Skipf("set %s=postgres://… to run on PostgreSQL", testenv.EnvDatabaseURL)
	}
	var b [5]byte
	_, _ = rand.Read(b[:])
	name := "ruankao_backup_test_" + hex.EncodeToString(b[:])
	admin, err := sql.Open("pgx", base)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = admin.Close() }) // after the drop below: cleanups run last first
	drop := func(t *testing.T) {
		if _, err := admin.Exec(`DROP DATABASE IF EXISTS ` + name + ` WITH (FORCE)`); err != nil {
			t.Fatal(err)
		}
	}
	if _, err := admin.Exec(`CREATE DATABASE ` + name); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { drop(t) })
	u, err := url.Parse(base)
	if err != nil {
		t.Fatal(err)
	}
	q := u.Query()
	q.Del("search_path")
	u.Path, u.RawQuery = "/"+name, q.Encode()
	dir := t.TempDir()
	files := filepath.Join(dir, "files")
	roundTrip(t, target{url: u.String(), files: files, destroy: func(t *testing.T) {
		drop(t)
		if err := os.RemoveAll(files); err != nil {
			t.Fatal(err)
		}
	}}, filepath.Join(dir, "backups"))
}

type target struct {
	url, files string
	destroy    func(t *testing.T)
}

// state is what must come back.
type state struct {
	applications map[string]string // id → status
	candidates   int
	files        map[string]string // stored file id → sha256
	audit        map[string]string // id → action and record
	schema       []string          // triggers and functions, with their text
}

func roundTrip(t *testing.T, tg target, backups string) {
	db := load(t, tg.url, tg.files)
	before := read(t, db, tg.files)
	if len(before.applications) != applications || len(before.files) < 40 || len(before.audit) < 50 || len(before.schema) == 0 {
		t.Fatalf("loaded %d applications, %d files, %d audit entries, %d triggers and functions",
			len(before.applications), len(before.files), len(before.audit), len(before.schema))
	}

	// Back up while the system writes: audit entries keep landing.
	var (
		stop    atomic.Bool
		wg      sync.WaitGroup
		written atomic.Int64
	)
	wg.Add(1)
	go func() {
		defer wg.Done()
		for i := 0; !stop.Load(); i++ {
			if err := audit.Record(sys(), db.Client, audit.Entry{Action: "test.during_backup", RecordID: fmt.Sprint(i)}); err != nil {
				t.Error(err)
				return
			}
			written.Add(1)
			time.Sleep(2 * time.Millisecond)
		}
	}()
	for written.Load() == 0 {
		time.Sleep(time.Millisecond)
	}
	archive := filepath.Join(backups, "ruankao.tar")
	t0 := time.Now()
	m, err := backup.BackupFile(context.Background(), archive, backup.Options{DatabaseURL: tg.url, FilesDir: tg.files})
	tookBackup := time.Since(t0)
	stop.Store(true)
	wg.Wait()
	if err != nil {
		t.Fatal(err)
	}
	if len(m.Problems) > 0 {
		t.Fatalf("problems: %v", m.Problems)
	}
	fi, err := os.Stat(archive)
	if err != nil {
		t.Fatal(err)
	}
	if fi.Mode().Perm() != 0o600 {
		t.Errorf("the archive is %v, want 0600", fi.Mode().Perm())
	}
	if _, err := backup.BackupFile(context.Background(), archive, backup.Options{DatabaseURL: tg.url, FilesDir: tg.files}); err == nil {
		t.Error("a second backup overwrote the first")
	}
	if m.Counts["applications"] != applications || m.Counts["audit_logs"] < int64(len(before.audit)) || m.SchemaVersion == 0 ||
		m.SchemaVersion != m.BinaryMigrationVersion || len(m.Objects) < 40 {
		t.Fatalf("manifest: counts %v, schema %d of %d, %d objects", m.Counts, m.SchemaVersion, m.BinaryMigrationVersion, len(m.Objects))
	}
	// The writer went on during the backup: the manifest counts what the
	// dump holds, which is neither before nor necessarily after.
	duringInDump := m.Counts["audit_logs"] - int64(len(before.audit))
	t.Logf("%s: backup of %d applications, %d objects, %d tables in %s (%s archive); %d audit entries written during it, %d in the dump",
		m.Dialect, applications, len(m.Objects), len(m.Counts), tookBackup.Round(time.Millisecond), size(fi.Size()), written.Load(), duringInDump)
	if err := db.Close(); err != nil {
		t.Fatal(err)
	}

	// Refused while the system is there.
	if _, err := backup.RestoreFile(context.Background(), archive, restoreOpts(tg)); !errors.Is(err, backup.ErrNotEmpty) ||
		!strings.Contains(err.Error(), "--force") {
		t.Fatalf("restore over the live database: %v", err)
	}

	tg.destroy(t)
	if _, err := os.Stat(tg.files); !errors.Is(err, os.ErrNotExist) {
		t.Fatal("the file store survived its destruction")
	}

	// A tampered archive is refused and leaves nothing behind.
	for _, member := range []string{m.Members[0].Name, "files/" + m.Objects[3].SHA256[:2] + "/" + m.Objects[3].SHA256[2:4] + "/" + m.Objects[3].SHA256} {
		bad := flipByte(t, archive, member)
		_, err := backup.RestoreFile(context.Background(), bad, restoreOpts(tg))
		if !errors.Is(err, backup.ErrDamaged) || !strings.Contains(err.Error(), member) {
			t.Fatalf("tampered %s: %v", member, err)
		}
		assertNothingRestored(t, tg)
	}

	t1 := time.Now()
	rep, err := backup.RestoreFile(context.Background(), archive, restoreOpts(tg))
	tookRestore := time.Since(t1)
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("%s: restore in %s: %d objects placed", m.Dialect, tookRestore.Round(time.Millisecond), rep.Placed)
	if rep.Placed != len(m.Objects) || rep.SchemaVersion != rep.Latest || rep.Dirty || len(rep.Problems) > 0 {
		t.Fatalf("report: %+v", rep)
	}

	db, err = store.Open(context.Background(), tg.url)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	// The check serve makes before it starts.
	if cur, latest, dirty, err := db.MigrationStatus(context.Background()); err != nil || dirty || cur != latest || cur != m.SchemaVersion {
		t.Fatalf("restored schema at %d of %d (dirty %v): %v", cur, latest, dirty, err)
	}
	after := read(t, db, tg.files)
	same(t, "application", before.applications, after.applications)
	same(t, "stored file", before.files, after.files)
	same(t, "schema object", toMap(before.schema), toMap(after.schema))
	if before.candidates != after.candidates {
		t.Errorf("%d candidates before, %d after", before.candidates, after.candidates)
	}
	for id, want := range before.audit {
		if got, ok := after.audit[id]; !ok || got != want {
			t.Errorf("audit entry %s: %q, restored %q", id, want, got)
		}
	}
	if int64(len(after.audit)) != m.Counts["audit_logs"] {
		t.Errorf("%d audit entries restored, the manifest counted %d", len(after.audit), m.Counts["audit_logs"])
	}
	// The triggers work: a status change lands in the statistics' deltas.
	var deltas0, deltas1 int
	reads := func(n *int) {
		if err := db.SQL.QueryRow(`SELECT count(*) FROM stat_deltas`).Scan(n); err != nil {
			t.Fatal(err)
		}
	}
	reads(&deltas0)
	var some string
	for id := range after.applications {
		some = id
		break
	}
	if _, err := db.SQL.Exec(store.Rebind(db.Dialect, `UPDATE applications SET status = 'WITHDRAWN' WHERE id = $1 AND status <> 'WITHDRAWN'`), some); err != nil {
		t.Fatal(err)
	}
	if after.applications[some] != "WITHDRAWN" {
		if reads(&deltas1); deltas1 <= deltas0 {
			t.Errorf("no statistics delta after a status change (%d, %d): the triggers were lost", deltas0, deltas1)
		}
	}
	if err := db.Close(); err != nil {
		t.Fatal(err)
	}

	// Once restored, a second restore needs --force, and with it replaces
	// the (now changed) database by the archive's again.
	if _, err := backup.RestoreFile(context.Background(), archive, restoreOpts(tg)); !errors.Is(err, backup.ErrNotEmpty) {
		t.Fatalf("restore over the restored database: %v", err)
	}
	opts := restoreOpts(tg)
	opts.Force = true
	rep, err = backup.RestoreFile(context.Background(), archive, opts)
	if err != nil {
		t.Fatalf("--force: %v", err)
	}
	if rep.Present != len(m.Objects) || rep.Placed != 0 {
		t.Errorf("--force over a complete file store placed %d, found %d", rep.Placed, rep.Present)
	}
	db, err = store.Open(context.Background(), tg.url)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	same(t, "application after --force", before.applications, read(t, db, tg.files).applications)
}

func restoreOpts(tg target) backup.RestoreOptions {
	return backup.RestoreOptions{Options: backup.Options{DatabaseURL: tg.url, FilesDir: tg.files}}
}

// load fills a migrated database: generated applications (with photos,
// materials, history, decisions, orders), plus distinct photos and
// materials for some candidates (the generator shares one of each) and
// staff audit entries (the generator writes none).
func load(t *testing.T, dbURL, filesDir string) *store.DB {
	t.Helper()
	ctx := sys()
	db, err := store.Open(ctx, dbURL)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = db.Close() })
	if err := db.MigrateUp(ctx); err != nil {
		t.Fatal(err)
	}
	if _, err := refdata.Seed(ctx, db.Client); err != nil {
		t.Fatal(err)
	}
	fs, err := files.NewDirStore(filesDir)
	if err != nil {
		t.Fatal(err)
	}
	keys, err := pii.NewKeys(pii.DevMasterKey())
	if err != nil {
		t.Fatal(err)
	}
	if _, err := generate.Run(ctx, db, keys, generate.Config{Seed: 3, Applications: applications, Now: now0, Files: fs, Chunk: 100}); err != nil {
		t.Fatal(err)
	}
	apps, err := db.Client.Application.Query().Order(application.ByID()).Limit(60).All(ctx)
	if err != nil {
		t.Fatal(err)
	}
	for i, a := range apps {
		content := []byte(fmt.Sprintf("%%PDF-1.7 material %d of %s", i, a.ID))
		kind, ctype := storedfile.KindMATERIAL, "application/pdf"
		if i%2 == 0 {
			content = append(bytes.Repeat([]byte{0xFF, 0xD8}, 1+i*97), []byte(a.ID)...) // not a real JPEG: the store does not care
			kind, ctype = storedfile.KindPHOTO, "image/jpeg"
		}
		obj, err := fs.Put(ctx, bytes.NewReader(content), 1<<20)
		if err != nil {
			t.Fatal(err)
		}
		c := db.Client.StoredFile.Create().SetOwnerID(a.CandidateID).SetKind(kind).SetContentType(ctype).
			SetSizeBytes(obj.Size).SetSha256(obj.Sum)
		if kind == storedfile.KindMATERIAL {
			c.SetApplicationID(a.ID).SetMaterialKind("RESIDENCE_PERMIT")
		}
		if _, err := c.Save(ctx); err != nil {
			t.Fatal(err)
		}
		if err := audit.Record(ctx, db.Client, audit.Entry{Action: "application.read", RecordType: "Application", RecordID: string(a.ID),
			After: map[string]any{"i": i}}); err != nil {
			t.Fatal(err)
		}
	}
	return db
}

// read takes down the state, reading every stored file's bytes.
func read(t *testing.T, db *store.DB, filesDir string) state {
	t.Helper()
	ctx := sys()
	s := state{applications: map[string]string{}, files: map[string]string{}, audit: map[string]string{}}
	apps, err := db.Client.Application.Query().Select(application.FieldID, application.FieldStatus).All(ctx)
	if err != nil {
		t.Fatal(err)
	}
	for _, a := range apps {
		s.applications[string(a.ID)] = string(a.Status)
	}
	if s.candidates, err = db.Client.Candidate.Query().Count(ctx); err != nil {
		t.Fatal(err)
	}
	fs, err := files.NewDirStore(filesDir)
	if err != nil {
		t.Fatal(err)
	}
	sfs, err := db.Client.StoredFile.Query().All(ctx)
	if err != nil {
		t.Fatal(err)
	}
	checked := map[string]bool{}
	for _, f := range sfs {
		s.files[string(f.ID)] = f.Sha256
		if checked[f.Sha256] {
			continue
		}
		checked[f.Sha256] = true
		r, _, err := fs.Open(ctx, f.Sha256)
		if err != nil {
			t.Fatalf("stored file %s: %v", f.ID, err)
		}
		h := sha256.New()
		n, err := io.Copy(h, r)
		_ = r.Close()
		if err != nil || n != f.SizeBytes || hex.EncodeToString(h.Sum(nil)) != f.Sha256 {
			t.Fatalf("stored file %s: %d bytes of %d, sum %x (%v)", f.ID, n, f.SizeBytes, h.Sum(nil), err)
		}
	}
	entries, err := db.Client.AuditLog.Query().Order(auditlog.ByID()).All(ctx)
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range entries {
		s.audit[string(e.ID)] = fmt.Sprintf("%s %s %s %v %s", e.ActorKind, e.Action, e.RecordID, e.After, e.CreatedAt.UTC().Format(time.RFC3339Nano))
	}
	q := `SELECT 'trigger ' || name || ' ' || sql FROM sqlite_master WHERE type = 'trigger'`
	if db.Dialect == "postgres" {
		q = `SELECT 'trigger ' || t.tgname || ' ' || pg_get_triggerdef(t.oid) FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid
			WHERE c.relnamespace = current_schema()::regnamespace AND NOT t.tgisinternal
			UNION ALL SELECT 'function ' || proname || ' ' || md5(prosrc) FROM pg_proc WHERE pronamespace = current_schema()::regnamespace`
	}
	rows, err := db.SQL.Query(q)
	if err != nil {
		t.Fatal(err)
	}
	defer rows.Close()
	for rows.Next() {
		var d string
		if err := rows.Scan(&d); err != nil {
			t.Fatal(err)
		}
		s.schema = append(s.schema, d)
	}
	sort.Strings(s.schema)
	return s
}

func same(t *testing.T, what string, want, got map[string]string) {
	t.Helper()
	if len(want) != len(got) {
		t.Errorf("%d %ss before, %d restored", len(want), what, len(got))
	}
	bad := 0
	for k, v := range want {
		if got[k] != v {
			if bad++; bad <= 5 {
				t.Errorf("%s %s: %q, restored %q", what, k, v, got[k])
			}
		}
	}
}

func toMap(list []string) map[string]string {
	m := map[string]string{}
	for _, s := range list {
		m[s] = s
	}
	return m
}

// flipByte writes a copy of the archive with one byte changed in the
// middle of a member's content.
func flipByte(t *testing.T, archive, member string) string {
	t.Helper()
	data, err := os.ReadFile(archive)
	if err != nil {
		t.Fatal(err)
	}
	cr := &countingReader{r: bytes.NewReader(data)}
	tr := tar.NewReader(cr)
	for {
		h, err := tr.Next()
		if err != nil {
			t.Fatalf("member %s not found: %v", member, err)
		}
		if h.Name == member {
			data[cr.n+h.Size/2] ^= 0x01
			break
		}
	}
	out := filepath.Join(t.TempDir(), "tampered.tar")
	if err := os.WriteFile(out, data, 0o600); err != nil {
		t.Fatal(err)
	}
	return out
}

type countingReader struct {
	r io.Reader
	n int64
}

func (c *countingReader) Read(p []byte) (int, error) {
	n, err := c.r.Read(p)
	c.n += int64(n)
	return n, err
}

// assertNothingRestored: no database, no object after a refused restore.
func assertNothingRestored(t *testing.T, tg target) {
	t.Helper()
	if path, ok := store.SQLitePath(tg.url); ok {
		if _, err := os.Stat(path); !errors.Is(err, os.ErrNotExist) {
			t.Errorf("a refused restore left %s", path)
		}
	} else {
		db, err := sql.Open("pgx", tg.url)
		if err != nil {
			t.Fatal(err)
		}
		defer db.Close()
		var n int
		err = db.QueryRow(`SELECT count(*) FROM information_schema.tables WHERE table_schema = current_schema()`).Scan(&n)
		if err == nil || !strings.Contains(err.Error(), "3D000") {
			t.Errorf("a refused restore left the database (%d tables, %v)", n, err)
		}
	}
	entries, _ := os.ReadDir(tg.files)
	for _, e := range entries {
		t.Errorf("a refused restore left %s in the file store", e.Name())
	}
}

func size(n int64) string { return fmt.Sprintf("%.1f MB", float64(n)/(1<<20)) }

// Every column that names a file-store object is one the backup checks.
func TestReferencesCoverTheSchema(t *testing.T) {
	known := map[string]bool{}
	for _, r := range backup.References {
		known[r.Table+"."+r.Column] = true
	}
	for _, tbl := range migrate.Tables {
		for _, c := range tbl.Columns {
			if c.Name == "sha256" || strings.HasSuffix(c.Name, "_sha256") || strings.HasSuffix(c.Name, "_sum") {
				if !known[tbl.Name+"."+c.Name] {
					t.Errorf("%s.%s looks like a file-store reference: add it to backup.References", tbl.Name, c.Name)
				}
				delete(known, tbl.Name+"."+c.Name)
			}
		}
	}
	for k := range known {
		t.Errorf("backup.References names %s, which the schema does not have", k)
	}
}
