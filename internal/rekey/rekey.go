// Package rekey is the data side of key rotation (README "Key rotation"):
//
//   - Job moves every value encrypted under an older data key (or in the
//     format before key ids) to the newest key: the re-encryption job;
//   - Count says how many values each key still encrypts (`ruankao rekey
//     --check`), and records which old keys hold nothing any more, so that
//     they may leave configuration;
//   - CheckKeys proves at start that the configured keys are the right ones
//     (startup.go).
//
// The job is long work in the sense of the conventions, but it needs no
// staging rows: a re-encrypted value decrypts to what it held, so no reader
// can see a half-done job, and each chunk commits by itself. It reads a chunk
// of rows by id outside any transaction, encrypts outside it, then writes the
// chunk in one short transaction of conditional UPDATEs (WHERE the ciphertext
// is still the one read), so a value written meanwhile — already under the
// newest key — is never overwritten. It is idempotent and resumable (a rerun
// skips what is current) and on PostgreSQL one instance at a time runs it
// (an advisory lock; a second one answers ErrBusy).
package rekey

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"strings"

	"github.com/ruankao/ruankao/ent"
	"github.com/ruankao/ruankao/ent/jobrun"
	"github.com/ruankao/ruankao/ent/keycheck"
	"github.com/ruankao/ruankao/ent/schema/pulid"
	"github.com/ruankao/ruankao/internal/audit"
	"github.com/ruankao/ruankao/internal/clock"
	"github.com/ruankao/ruankao/internal/pii"
	"github.com/ruankao/ruankao/internal/store"
	"github.com/ruankao/ruankao/internal/txn"
	"github.com/ruankao/ruankao/internal/viewer"
)

// Name of the job in job runs and the audit log.
const Name = "pii.rekey"

// DefaultBatch is how many rows one chunk reads and one transaction writes.
// A conditional UPDATE by primary key is some microseconds, so a chunk holds
// SQLite's write lock for a few milliseconds.
const DefaultBatch = 200

// lockKey is the PostgreSQL advisory lock of the job (see internal/jobs),
// mixed with the schema: deployments (and test schemas) sharing one
// database do not wait for each other.
const lockKey = 7_261_126_0003

// ErrBusy: another instance is running the job (PostgreSQL).
var ErrBusy = errors.New("rekey: another instance is running the re-encryption job")

// Column is one column holding pii ciphertexts.
type Column struct {
	Table, Column string
	// Extra is a column read beside the ciphertext for its additional data
	// ("" for none).
	Extra string
	// AAD is the additional data the value was encrypted with.
	AAD func(id, extra string) string
	// HashColumn, when set, holds the value's lookup hash, rewritten with
	// the ciphertext under the new key (pii: the hash follows the key).
	HashColumn string
	Hash       func(keys *pii.Keys, extra, plain string) string
}

// Name is table.column.
func (c Column) Name() string { return c.Table + "." + c.Column }

// Columns are every column of the schema that holds pii ciphertexts. A new
// encrypted column must be added here (and its additional data must match
// the code that writes it: the tests check both).
var Columns = []Column{
	{
		// internal/auth.CandidateLogins: Encrypt(number, idType), LookupHash(idType, number).
		Table: "candidates", Column: "id_number_enc", Extra: "id_type",
		AAD:        func(_, idType string) string { return idType },
		HashColumn: "id_number_hash",
		Hash:       func(k *pii.Keys, idType, plain string) string { return k.LookupHash(idType, plain) },
	},
	{
		// internal/auth.Staff: Encrypt(secret, "totp:" + id).
		Table: "staff_users", Column: "totp_secret_enc",
		AAD: func(id, _ string) string { return "totp:" + id },
	},
}

// Job re-encrypts under the newest key of Keys. Run CheckKeys with the same
// keys first (`ruankao rekey` does), so that a wrong key writes nothing.
type Job struct {
	DB    *store.DB
	Keys  *pii.Keys
	Batch int // rows per chunk; 0 means DefaultBatch
	// Progress, when set, hears after every chunk.
	Progress func(ColumnReport)

	// afterRead runs between a chunk's read and its write (tests: a live
	// write that the conditional UPDATE must not overwrite).
	afterRead func(column string)
}

// ColumnReport is what the job did to one column.
type ColumnReport struct {
	Name string
	// Scanned rows holding a ciphertext; Current were under the newest key
	// already; Moved were re-encrypted; Changed changed between the read and
	// the write (left as the writer made them); Failed did not decrypt (ids
	// and reasons in Failures, at most 20; never a value).
	Scanned, Current, Moved, Changed, Failed int
	Failures                                 []string
}

// Report is a run's result: what was done, and the count afterwards.
type Report struct {
	Columns []ColumnReport
	After   *Census
}

// Run moves every value not under the newest key, then counts (Count). It
// returns ErrBusy when another instance holds the job's lock. Values that do
// not decrypt (a key missing from the ring, a damaged value) are counted and
// left; the run goes on and returns an error at the end.
func (j *Job) Run(ctx context.Context) (*Report, error) {
	ctx = viewer.SystemContext(ctx)
	unlock, err := j.lock(ctx)
	if err != nil {
		return nil, err
	}
	defer unlock()
	client := j.DB.Client
	run, err := client.JobRun.Create().SetName(Name).SetStartedAt(clock.Now(ctx)).Save(ctx)
	if err != nil {
		return nil, err
	}
	rep := &Report{}
	moved := 0
	var runErr error
	for _, c := range Columns {
		cr, err := j.move(ctx, c, run.ID, &moved)
		rep.Columns = append(rep.Columns, cr)
		if err != nil {
			runErr = err
			break
		}
	}
	if runErr == nil {
		rep.After, runErr = Count(ctx, j.DB, j.Keys)
	}
	failed := 0
	for _, cr := range rep.Columns {
		failed += cr.Failed
	}
	if runErr == nil && failed > 0 {
		runErr = fmt.Errorf("rekey: %d values did not decrypt and were left (see the report)", failed)
	}
	upd := run.Update().SetFinishedAt(clock.Now(ctx)).SetAffected(moved).SetDetail(rep.summary())
	if runErr != nil {
		upd.SetStatus(jobrun.StatusFAILED)
	} else {
		upd.SetStatus(jobrun.StatusOK)
	}
	if err := upd.Exec(ctx); err != nil {
		return rep, errors.Join(runErr, err)
	}
	after := map[string]any{"moved": moved, "failed": failed, "newest": j.Keys.Newest()}
	if rep.After != nil {
		after["left"] = rep.After.Left
	}
	if err := audit.Record(ctx, client, audit.Entry{Action: "job." + Name, RecordType: "JobRun",
		RecordID: string(run.ID), After: after}); err != nil {
		return rep, errors.Join(runErr, err)
	}
	return rep, runErr
}

func (j *Job) lock(ctx context.Context) (func(), error) {
	if j.DB.Dialect != "postgres" {
		return func() {}, nil
	}
	conn, err := j.DB.SQL.Conn(ctx)
	if err != nil {
		return nil, err
	}
	var got bool
	if err := conn.QueryRowContext(ctx, "SELECT pg_try_advisory_lock($1::bigint # hashtext(current_schema())::bigint)", lockKey).Scan(&got); err != nil {
		conn.Close()
		return nil, err
	}
	if !got {
		conn.Close()
		return nil, ErrBusy
	}
	return func() {
		_, _ = conn.ExecContext(context.WithoutCancel(ctx), "SELECT pg_advisory_unlock($1::bigint # hashtext(current_schema())::bigint)", lockKey)
		conn.Close()
	}, nil
}

func (j *Job) batch() int {
	if j.Batch > 0 {
		return j.Batch
	}
	return DefaultBatch
}

type row struct {
	id, extra string
	enc       []byte
}

type update struct {
	id       string
	old, enc []byte
	hash     string
}

// move walks one column by id, chunk by chunk.
func (j *Job) move(ctx context.Context, c Column, run pulid.ID, moved *int) (ColumnReport, error) {
	cr := ColumnReport{Name: c.Name()}
	after := ""
	for {
		rows, err := readChunk(ctx, j.DB, c, after, j.batch())
		if err != nil || len(rows) == 0 {
			return cr, err
		}
		after = rows[len(rows)-1].id
		var todo []update
		for _, r := range rows {
			cr.Scanned++
			if j.Keys.IsCurrent(r.enc) {
				cr.Current++
				continue
			}
			aad := c.AAD(r.id, r.extra)
			plain, err := j.Keys.Decrypt(r.enc, aad)
			if err != nil {
				cr.Failed++
				if len(cr.Failures) < 20 {
					cr.Failures = append(cr.Failures, r.id+": "+err.Error())
				}
				continue
			}
			enc, err := j.Keys.Encrypt(plain, aad)
			if err != nil {
				return cr, err
			}
			u := update{id: r.id, old: r.enc, enc: enc}
			if c.HashColumn != "" {
				u.hash = c.Hash(j.Keys, r.extra, plain)
			}
			todo = append(todo, u)
		}
		if j.afterRead != nil {
			j.afterRead(c.Name())
		}
		if len(todo) > 0 {
			m, ch, err := j.write(ctx, c, todo, run, *moved)
			if err != nil {
				return cr, err
			}
			cr.Moved += m
			cr.Changed += ch
			*moved += m
		}
		if j.Progress != nil {
			j.Progress(cr)
		}
	}
}

// write makes one chunk's conditional UPDATEs and the run's progress in one
// short transaction.
func (j *Job) write(ctx context.Context, c Column, todo []update, run pulid.ID, movedBefore int) (moved, changed int, err error) {
	set := c.Column + " = $1"
	if c.HashColumn != "" {
		set += ", " + c.HashColumn + " = $4"
	}
	q := store.Rebind(j.DB.Dialect, "UPDATE "+c.Table+" SET "+set+" WHERE id = $2 AND "+c.Column+" = $3")
	err = txn.Run(ctx, j.DB.Client, func(ctx context.Context, tx *ent.Client) error {
		moved, changed = 0, 0
		for _, u := range todo {
			args := []any{u.enc, u.id, u.old}
			if c.HashColumn != "" {
				args = append(args, u.hash)
			}
			res, err := tx.ExecContext(ctx, q, args...)
			if err != nil {
				return err
			}
			if n, err := res.RowsAffected(); err != nil {
				return err
			} else if n == 1 {
				moved++
			} else {
				changed++
			}
		}
		return tx.JobRun.UpdateOneID(run).SetAffected(movedBefore + moved).Exec(ctx)
	})
	return moved, changed, err
}

// readChunk reads up to n rows after the id, on the read pool (never the
// SQLite writer), outside any transaction.
func readChunk(ctx context.Context, db *store.DB, c Column, after string, n int) ([]row, error) {
	extra := "''"
	if c.Extra != "" {
		extra = c.Extra
	}
	q := store.Rebind(db.Dialect, fmt.Sprintf("SELECT id, %s, %s FROM %s WHERE id > $1 AND %s IS NOT NULL ORDER BY id LIMIT %d",
		extra, c.Column, c.Table, c.Column, n))
	rs, err := db.Reads().QueryContext(ctx, q, after)
	if err != nil {
		return nil, err
	}
	defer rs.Close()
	var out []row
	for rs.Next() {
		var r row
		var x sql.NullString
		if err := rs.Scan(&r.id, &x, &r.enc); err != nil {
			return nil, err
		}
		r.extra = x.String
		out = append(out, r)
	}
	return out, rs.Err()
}

// Census is how many values each key encrypts, per column.
type Census struct {
	Newest  string
	Columns []ColumnCensus
	// Left is the number of values not under the newest key in the current
	// format: 0 means every old key may leave configuration.
	Left int
	// Retired and Restored are the data keys whose key check this count
	// retired (no value left: the start-up check no longer needs them) or
	// made required again (values found under them).
	Retired, Restored []string
}

// ColumnCensus counts one column's values by key id.
type ColumnCensus struct {
	Name string
	// ByKey counts values by key id; Format1 is how many of ByKey[k1] are
	// in the format before key ids; Malformed ones name no key.
	ByKey              map[string]int
	Format1, Malformed int
}

// Count reads every ciphertext's key id (chunks by id on the read pool; no
// value is decrypted) and updates the retirement of the data keys' checks:
// an old key with no value left is retired, a retired key with values is
// required again.
func Count(ctx context.Context, db *store.DB, keys *pii.Keys) (*Census, error) {
	ctx = viewer.SystemContext(ctx)
	cen := &Census{Newest: keys.Newest()}
	total := map[string]int{}
	for _, c := range Columns {
		cc := ColumnCensus{Name: c.Name(), ByKey: map[string]int{}}
		after := ""
		for {
			rows, err := readChunk(ctx, db, c, after, 2000)
			if err != nil {
				return nil, err
			}
			if len(rows) == 0 {
				break
			}
			after = rows[len(rows)-1].id
			for _, r := range rows {
				id, v, err := pii.KeyID(r.enc)
				switch {
				case err != nil:
					cc.Malformed++
					continue
				case v == 1:
					cc.Format1++
				}
				cc.ByKey[id]++
				total[id]++
				if !keys.IsCurrent(r.enc) {
					cen.Left++
				}
			}
		}
		cen.Columns = append(cen.Columns, cc)
	}
	checks, err := db.Client.KeyCheck.Query().Where(keycheck.PurposeEQ(keycheck.PurposeData)).All(ctx)
	if err != nil {
		return nil, err
	}
	now := clock.Now(ctx)
	for _, kc := range checks {
		switch needed := total[kc.KeyID] > 0 || kc.KeyID == keys.Newest(); {
		case !needed && kc.RetiredAt == nil:
			if err := db.Client.KeyCheck.UpdateOne(kc).SetRetiredAt(now).Exec(ctx); err != nil {
				return nil, err
			}
			cen.Retired = append(cen.Retired, kc.KeyID)
		case needed && kc.RetiredAt != nil:
			if err := db.Client.KeyCheck.UpdateOne(kc).ClearRetiredAt().Exec(ctx); err != nil {
				return nil, err
			}
			cen.Restored = append(cen.Restored, kc.KeyID)
		}
	}
	return cen, nil
}

func (r *Report) summary() string {
	var b strings.Builder
	for _, c := range r.Columns {
		fmt.Fprintf(&b, "%s: %d scanned, %d moved, %d current, %d changed meanwhile, %d failed; ", c.Name, c.Scanned, c.Moved, c.Current, c.Changed, c.Failed)
	}
	if r.After != nil {
		fmt.Fprintf(&b, "left under old keys: %d", r.After.Left)
	}
	return b.String()
}
