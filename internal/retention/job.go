package retention

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"log/slog"
	"time"

	"github.com/ruankao/ruankao/ent"
	"github.com/ruankao/ruankao/ent/datarequest"
	"github.com/ruankao/ruankao/ent/jobrun"
	"github.com/ruankao/ruankao/ent/schema/pulid"
	"github.com/ruankao/ruankao/internal/audit"
	"github.com/ruankao/ruankao/internal/clock"
	"github.com/ruankao/ruankao/internal/files"
	"github.com/ruankao/ruankao/internal/store"
	"github.com/ruankao/ruankao/internal/txn"
	"github.com/ruankao/ruankao/internal/viewer"
)

// Name of the job in job runs and the audit log.
const Name = "privacy.retention"

// lockKey is the PostgreSQL advisory lock that keeps several instances from
// running the job at once (another constant than the time-driven moves').
const lockKey = 7_261_202_0030

// Chunks: a short transaction each (README "Transactions").
const (
	auditChunk     = 500 // audit entries deleted per statement
	candidateChunk = 50  // candidates anonymised per transaction
	scanPage       = 500 // candidates looked at per read
)

// Service runs the retention job and carries out approved deletions.
type Service struct {
	Client *ent.Client
	// DB is the pool the advisory lock is taken on (PostgreSQL); Reads the
	// pool of the job's scans (nil: Client).
	DB, Reads *sql.DB
	Dialect   string
	Log       *slog.Logger
	Config    Config
	Anon      *Anonymiser
	// Files is where photos, materials and receipts are; objects are deleted
	// when Files is a files.Deleter (else kept, and logged).
	Files files.Store
	// Every is how often a run is due; 0 means once a day.
	Every time.Duration
}

// Report counts what a run did.
type Report struct {
	AuditPurged    int `json:"audit_purged"`
	JobRunsPurged  int `json:"job_runs_purged"`
	Anonymised     int `json:"candidates_anonymised"`
	Minimised      int `json:"certificate_holders_minimised"`
	FilesRemoved   int `json:"file_rows_removed"`
	ObjectsDeleted int `json:"objects_deleted"`
	ObjectsKept    int `json:"objects_kept"`
	RequestsDone   int `json:"deletion_requests_done"`
}

func (r Report) total() int {
	return r.AuditPurged + r.Anonymised + r.Minimised + r.RequestsDone
}

func (r Report) fields() map[string]any {
	return map[string]any{"audit_purged": r.AuditPurged, "job_runs_purged": r.JobRunsPurged, "candidates_anonymised": r.Anonymised,
		"certificate_holders_minimised": r.Minimised, "file_rows_removed": r.FilesRemoved,
		"objects_deleted": r.ObjectsDeleted, "objects_kept": r.ObjectsKept, "deletion_requests_done": r.RequestsDone}
}

// Loop runs the job when due: at once, then every hour it looks whether a
// day has passed since the last run that succeeded (on any instance).
func (s *Service) Loop(ctx context.Context, check time.Duration) {
	tick := time.NewTicker(check)
	defer tick.Stop()
	for {
		if r, ran, err := s.RunDue(ctx); err != nil && ctx.Err() == nil {
			s.log().Error("job failed", "job", Name, "err", err.Error())
		} else if ran {
			s.log().Info("retention", "job", Name, "audit_purged", r.AuditPurged, "anonymised", r.Anonymised,
				"minimised", r.Minimised, "objects_deleted", r.ObjectsDeleted)
		}
		select {
		case <-ctx.Done():
			return
		case <-tick.C:
		}
	}
}

// RunDue runs the job if no run succeeded within the interval. Safe on
// several instances: on PostgreSQL only the holder of the advisory lock works.
func (s *Service) RunDue(ctx context.Context) (Report, bool, error) {
	ctx = viewer.SystemContext(ctx)
	if s.Dialect == "postgres" && s.DB != nil {
		conn, err := s.DB.Conn(ctx)
		if err != nil {
			return Report{}, false, err
		}
		defer conn.Close()
		var got bool
		if err := conn.QueryRowContext(ctx, "SELECT pg_try_advisory_lock($1::bigint # hashtext(current_schema())::bigint)", lockKey).Scan(&got); err != nil {
			return Report{}, false, err
		}
		if !got {
			return Report{}, false, nil // another instance is on it
		}
		defer conn.ExecContext(context.WithoutCancel(ctx), "SELECT pg_advisory_unlock($1::bigint # hashtext(current_schema())::bigint)", lockKey) //nolint:errcheck
	}
	every := s.Every
	if every <= 0 {
		every = 24 * time.Hour
	}
	recent, err := s.Client.JobRun.Query().Where(jobrun.Name(Name), jobrun.StatusEQ(jobrun.StatusOK),
		jobrun.StartedAtGT(clock.Now(ctx).Add(-every))).Exist(ctx)
	if err != nil || recent {
		return Report{}, false, err
	}
	r, err := s.Run(ctx)
	return r, true, err
}

// Run does the whole job once, recorded as a job run and, when it did
// anything, in the audit log (counts only).
func (s *Service) Run(ctx context.Context) (Report, error) {
	ctx = viewer.SystemContext(ctx)
	run, err := s.Client.JobRun.Create().SetName(Name).SetStartedAt(clock.Now(ctx)).Save(ctx)
	if err != nil {
		return Report{}, err
	}
	var r Report
	runErr := s.work(ctx, &r)
	upd := run.Update().SetFinishedAt(clock.Now(ctx)).SetAffected(r.total())
	if runErr != nil {
		upd.SetStatus(jobrun.StatusFAILED).SetDetail(runErr.Error())
	} else {
		upd.SetStatus(jobrun.StatusOK)
	}
	if err := upd.Exec(ctx); err != nil {
		return r, errors.Join(runErr, err)
	}
	after := r.fields()
	after["audit_period"], after["personal_period"] = s.Config.Audit.String(), s.Config.Personal.String()
	if err := audit.Record(ctx, s.Client, audit.Entry{Action: "job." + Name, RecordType: "JobRun",
		RecordID: string(run.ID), After: after}); err != nil {
		return r, errors.Join(runErr, err)
	}
	return r, runErr
}

func (s *Service) work(ctx context.Context, r *Report) error {
	now := clock.Now(ctx)
	n, err := s.PurgeAudit(ctx, s.Config.AuditCutoff(now))
	r.AuditPurged = n
	if err != nil {
		return fmt.Errorf("audit purge: %w", err)
	}
	// Job runs are the jobs' own log (the time moves job writes one a
	// minute): kept as long as the audit log, which they explain.
	n, err = s.purgeBefore(ctx, "job_runs", "started_at", s.Config.AuditCutoff(now))
	r.JobRunsPurged = n
	if err != nil {
		return fmt.Errorf("job run purge: %w", err)
	}
	if err := s.finishApproved(ctx, r); err != nil {
		return fmt.Errorf("approved deletions: %w", err)
	}
	if err := s.anonymiseDue(ctx, now, r); err != nil {
		return fmt.Errorf("anonymisation: %w", err)
	}
	return nil
}

// PurgeAudit deletes the audit entries written before cutoff, oldest first,
// a chunk per statement (each its own short transaction).
func (s *Service) PurgeAudit(ctx context.Context, cutoff time.Time) (int, error) {
	return s.purgeBefore(ctx, "audit_logs", "created_at", cutoff)
}

// purgeBefore deletes table's rows whose column is before cutoff, in chunks.
// table and column are constants of this package, never input.
func (s *Service) purgeBefore(ctx context.Context, table, column string, cutoff time.Time) (int, error) {
	q := store.Rebind(s.Dialect, `DELETE FROM `+table+` WHERE id IN
		(SELECT id FROM `+table+` WHERE `+column+` < $1 ORDER BY `+column+` LIMIT $2)`)
	total := 0
	for {
		var n int64
		err := txn.Run(ctx, s.Client, func(ctx context.Context, c *ent.Client) error {
			res, err := c.ExecContext(ctx, q, cutoff.UTC(), auditChunk)
			if err != nil {
				return err
			}
			n, err = res.RowsAffected()
			return err
		})
		if err != nil {
			return total, err
		}
		total += int(n)
		if n < auditChunk || ctx.Err() != nil {
			return total, ctx.Err()
		}
	}
}

// eligibleSQL keeps the candidates c past the personal-data period: made,
// last logged in and last examined (the last exam day of every session they
// applied for, in any state) before the cut-off, and not anonymised since
// their last login. $1 is the cut-off's first instant, $2 its date.
const eligibleSQL = `c.created_at < $1 AND (c.last_login_at IS NULL OR c.last_login_at < $1)
	AND (c.anonymized_at IS NULL OR c.last_login_at > c.anonymized_at)
	AND NOT EXISTS (SELECT 1 FROM applications a JOIN exam_sessions s ON s.id = a.session_id
		WHERE a.candidate_id = c.id AND s.last_exam_day >= $2)`

// Due lists the candidates past the personal-data period at now, in id
// order after the id after, at most limit.
func (s *Service) Due(ctx context.Context, now time.Time, after pulid.ID, limit int) ([]pulid.ID, error) {
	cut := s.Config.PersonalCutoff(now)
	q := store.Rebind(s.Dialect, `SELECT c.id FROM candidates c WHERE c.id > $3 AND `+eligibleSQL+` ORDER BY c.id LIMIT $4`)
	args := []any{cut.Start(clock.Shanghai).UTC(), cut.String(), string(after), limit}
	var out []pulid.ID
	err := s.read(ctx, q, args, func(rows *sql.Rows) (err error) {
		out, err = scanIDs(rows)
		return err
	})
	return out, err
}

// read runs a raw SELECT on the read pool, or in a short transaction when
// there is none (ent's pool takes raw statements only in one).
func (s *Service) read(ctx context.Context, q string, args []any, scan func(*sql.Rows) error) error {
	if s.Reads != nil {
		rows, err := s.Reads.QueryContext(ctx, q, args...)
		if err != nil {
			return err
		}
		return scan(rows)
	}
	return txn.Run(ctx, s.Client, func(ctx context.Context, c *ent.Client) error {
		rows, err := c.QueryContext(ctx, q, args...)
		if err != nil {
			return err
		}
		return scan(rows)
	})
}

func scanIDs(rows *sql.Rows) ([]pulid.ID, error) {
	defer rows.Close()
	var out []pulid.ID
	for rows.Next() {
		var id string
		if err := rows.Scan(&id); err != nil {
			return nil, err
		}
		out = append(out, pulid.ID(id))
	}
	return out, rows.Err()
}

// anonymiseDue walks the candidates in id order and anonymises those past
// the period, a chunk per short transaction that checks them again.
func (s *Service) anonymiseDue(ctx context.Context, now time.Time, r *Report) error {
	cut := s.Config.PersonalCutoff(now)
	var after pulid.ID
	for {
		page, err := s.Due(ctx, now, after, scanPage)
		if err != nil || len(page) == 0 {
			return err
		}
		after = page[len(page)-1]
		for len(page) > 0 {
			chunk := page[:min(candidateChunk, len(page))]
			page = page[len(chunk):]
			var out Outcome
			err := txn.Run(ctx, s.Client, func(ctx context.Context, c *ent.Client) error {
				set, args := inList(chunk, 3)
				rows, err := c.QueryContext(ctx, store.Rebind(s.Dialect, `SELECT c.id FROM candidates c WHERE c.id IN `+set+
					` AND `+eligibleSQL), append([]any{cut.Start(clock.Shanghai).UTC(), cut.String()}, args...)...)
				if err != nil {
					return err
				}
				still, err := scanIDs(rows)
				if err != nil {
					return err
				}
				out, err = s.Anon.Apply(ctx, c, still)
				return err
			})
			if err != nil {
				return err
			}
			r.Anonymised += out.Anonymised
			r.Minimised += out.Minimised
			r.FilesRemoved += out.FilesRemoved
			deleted, kept := s.DeleteUnreferenced(ctx, out.Sums)
			r.ObjectsDeleted += deleted
			r.ObjectsKept += kept
			if err := ctx.Err(); err != nil {
				return err
			}
		}
	}
}

// finishApproved carries out deletions approved but not yet done (the
// process stopped between the decision and the anonymisation).
func (s *Service) finishApproved(ctx context.Context, r *Report) error {
	ids, err := s.Client.DataRequest.Query().Where(datarequest.StatusEQ(datarequest.StatusAPPROVED)).IDs(ctx)
	if err != nil {
		return err
	}
	for _, id := range ids {
		req, err := s.CompleteDeletion(ctx, id)
		if err != nil {
			return err
		}
		if req.Status == datarequest.StatusDONE {
			r.RequestsDone++
		}
	}
	return nil
}

// DeleteUnreferenced removes the objects nothing refers to any more, after
// the transaction that removed their rows committed. Objects are shared by
// content, so each is looked up again first. A failure leaves the object
// (unreachable: nothing serves it) and is logged; it is counted as kept.
func (s *Service) DeleteUnreferenced(ctx context.Context, sums []string) (deleted, kept int) {
	if len(sums) == 0 {
		return 0, 0
	}
	del, ok := s.Files.(files.Deleter)
	seen := map[string]bool{}
	for _, sum := range sums {
		if seen[sum] {
			continue
		}
		seen[sum] = true
		ref, err := s.referenced(ctx, sum)
		switch {
		case err != nil:
			s.log().Warn("retention: object kept", "job", Name, "err", err.Error())
			kept++
		case ref:
		case !ok:
			kept++
		default:
			if err := del.Delete(ctx, sum); err != nil {
				s.log().Warn("retention: object kept", "job", Name, "err", err.Error())
				kept++
				continue
			}
			deleted++
		}
	}
	if !ok && kept > 0 {
		s.log().Warn("retention: the file store cannot delete; unreferenced objects kept", "job", Name, "objects", kept)
	}
	return deleted, kept
}

func (s *Service) log() *slog.Logger {
	if s.Log == nil {
		return slog.Default()
	}
	return s.Log
}
