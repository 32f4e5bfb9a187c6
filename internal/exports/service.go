// Package exports writes applications out for exam offices as long work
// (conventions): a job reads the scope's applications in chunks on the read
// pool, streams a CSV (UTF-8 with BOM) or an XLSX file into the file store,
// and marks the export READY in one short transaction; the file is then
// downloaded through a short-lived signed URL or the staff's token. Scoped
// like statistics; ID numbers masked unless full ones are asked for, which
// is audited, as every download is.
package exports

import (
	"context"
	"database/sql"
	"log/slog"
	"sync"
	"time"

	"github.com/ruankao/ruankao/ent"
	"github.com/ruankao/ruankao/ent/exportjob"
	"github.com/ruankao/ruankao/ent/schema/pulid"
	"github.com/ruankao/ruankao/internal/apperr"
	"github.com/ruankao/ruankao/internal/audit"
	"github.com/ruankao/ruankao/internal/catalog"
	"github.com/ruankao/ruankao/internal/clock"
	"github.com/ruankao/ruankao/internal/enum"
	"github.com/ruankao/ruankao/internal/files"
	"github.com/ruankao/ruankao/internal/pii"
	"github.com/ruankao/ruankao/internal/txn"
	"github.com/ruankao/ruankao/internal/viewer"
)

// Path is where exports are downloaded: GET /exports/{id}.
const Path = "/exports/"

// Kind binds a signed URL to exports (files.Signer's purpose).
const Kind = "export"

// MaxBytes bounds one file: 1,000,000 applications are about 250 MB of
// CSV; a country's session fits many times over.
const MaxBytes = 16 << 30

// staleAfter: a job whose row has not moved this long died with its
// process. A running job touches its row at least every heartbeat, a
// queued one while it waits.
const (
	staleAfter = 10 * time.Minute
	heartbeat  = time.Minute
)

// MaxPending is how many unfinished exports one person may have at once.
const MaxPending = 3

// DefaultRunning is how many exports run at once on an instance: each
// keeps a read connection and a core busy, and the others queue.
const DefaultRunning = 2

// Service runs exports.
type Service struct {
	Client *ent.Client
	// Reads is the pool exports read on (store.DB.Reads()); required.
	Reads   *sql.DB
	Dialect string
	Files   files.Store
	Keys    *pii.Keys
	Catalog *catalog.Cache
	Log     *slog.Logger
	// Running bounds the jobs at work at once; 0 means DefaultRunning.
	Running int
	// Chunk is how many applications one read fetches; 0 means chunkRows.
	Chunk int

	once  sync.Once
	slots chan struct{}
	wg    sync.WaitGroup
}

// Wait blocks until every job started by this service has finished (tests, shutdown).
func (s *Service) Wait() { s.wg.Wait() }

func (s *Service) log() *slog.Logger {
	if s.Log != nil {
		return s.Log
	}
	return slog.Default()
}

func (s *Service) slot() chan struct{} {
	s.once.Do(func() {
		n := s.Running
		if n <= 0 {
			n = DefaultRunning
		}
		s.slots = make(chan struct{}, n)
	})
	return s.slots
}

// Request is what an office asks for.
type Request struct {
	SessionCode   string
	RegionCode    *string
	Format        exportjob.Format
	FullIDNumbers bool
	// Statuses to export; nil means DefaultStatuses.
	Statuses []enum.ApplicationStatus
}

// DefaultStatuses are every state but DRAFT: what has been handed in.
func DefaultStatuses() []enum.ApplicationStatus {
	var out []enum.ApplicationStatus
	for _, v := range enum.ApplicationStatus("").Values() {
		if v != string(enum.StatusDraft) {
			out = append(out, enum.ApplicationStatus(v))
		}
	}
	return out
}

// Start checks the request, records the export QUEUED (audited, with
// whether full ID numbers were asked for) and starts its job; the answer
// comes at once. Problems with the input change nothing.
func (s *Service) Start(ctx context.Context, req Request) (*ent.ExportJob, apperr.Problems, error) {
	sc, ps, err := s.resolve(ctx, req.SessionCode, req.RegionCode, "input")
	if err != nil {
		return nil, nil, err
	}
	statuses, bad := checkStatuses(req.Statuses) // every problem at once
	ps = append(ps, bad...)
	if exportjob.FormatValidator(req.Format) != nil {
		ps.Add(apperr.InvalidFormat, "导出格式只能是 CSV 或 XLSX", "input", "format")
	}
	if ps.Any() {
		return nil, ps, nil
	}
	if err := s.sweep(ctx); err != nil {
		return nil, nil, err
	}
	v := viewer.From(ctx)
	sys := viewer.SystemContext(ctx)
	pending, err := s.Client.ExportJob.Query().Where(exportjob.RequestedByID(v.ID),
		exportjob.StatusIn(exportjob.StatusQUEUED, exportjob.StatusRUNNING)).Count(sys)
	if err != nil {
		return nil, nil, err
	}
	if pending >= MaxPending {
		ps.Add(apperr.TooManyExports, "您已有正在进行的导出任务，请等它们完成后再导出", "input")
		return nil, ps, nil
	}
	var job *ent.ExportJob
	err = txn.Run(ctx, s.Client, func(ctx context.Context, c *ent.Client) (err error) {
		create := c.ExportJob.Create().SetFormat(req.Format).SetSessionID(sc.Session.ID).
			SetFullIDNumbers(req.FullIDNumbers).SetStatuses(statuses).SetRequestedByID(v.ID)
		if sc.Region != nil {
			create.SetRegionID(sc.Region.ID)
		}
		if job, err = create.Save(viewer.SystemContext(ctx)); err != nil {
			return err
		}
		after := map[string]any{"session": sc.Session.Code, "format": string(req.Format),
			"full_id_numbers": req.FullIDNumbers, "statuses": statuses, "region": "全国"}
		// Filed under the export's region (its admins see it); a national
		// export under none, as a national admin's own actions are.
		var regionID pulid.ID
		if sc.Region != nil {
			after["region"], regionID = sc.Region.Code, sc.Region.ID
		}
		return audit.Record(ctx, c, audit.Entry{Action: "exports.start", RecordType: "ExportJob",
			RecordID: string(job.ID), RegionID: regionID, After: after})
	})
	if err != nil {
		return nil, nil, err
	}
	s.launch(ctx, job, sc)
	return job, nil, nil
}

// checkStatuses: null means the default; an empty list exports nothing
// and is refused.
func checkStatuses(in []enum.ApplicationStatus) ([]enum.ApplicationStatus, apperr.Problems) {
	var ps apperr.Problems
	if in == nil {
		return DefaultStatuses(), nil
	}
	if len(in) == 0 {
		ps.Add(apperr.Required, "请至少选择一种报名状态", "input", "statuses")
		return nil, ps
	}
	valid := map[enum.ApplicationStatus]bool{}
	for _, v := range enum.ApplicationStatus("").Values() {
		valid[enum.ApplicationStatus(v)] = true
	}
	asked := map[enum.ApplicationStatus]bool{}
	for _, s := range in {
		if !valid[s] {
			ps.Add(apperr.InvalidFormat, "报名状态不正确："+string(s), "input", "statuses")
			return nil, ps
		}
		asked[s] = true
	}
	var out []enum.ApplicationStatus // in the enum's order, each once
	for _, v := range enum.ApplicationStatus("").Values() {
		if asked[enum.ApplicationStatus(v)] {
			out = append(out, enum.ApplicationStatus(v))
		}
	}
	return out, nil
}

// sweep fails the jobs whose process died: queued or running, untouched
// for staleAfter. A read asks first, so a read request writes only when a
// move is due.
func (s *Service) sweep(ctx context.Context) error {
	sys := viewer.SystemContext(ctx)
	now := clock.Now(ctx)
	q := s.Client.ExportJob.Query().Where(exportjob.StatusIn(exportjob.StatusQUEUED, exportjob.StatusRUNNING),
		exportjob.UpdatedAtLT(now.Add(-staleAfter)))
	if found, err := q.Exist(sys); err != nil || !found {
		return err
	}
	return s.Client.ExportJob.Update().Where(exportjob.StatusIn(exportjob.StatusQUEUED, exportjob.StatusRUNNING),
		exportjob.UpdatedAtLT(now.Add(-staleAfter))).
		SetStatus(exportjob.StatusFAILED).SetError("导出中断（服务重启），请重新导出").SetFinishedAt(now).Exec(sys)
}

// List is a session's exports, newest first, as the caller may see them:
// the privacy policy keeps a region admin to their region; regionCode
// narrows a national admin's list (another region's code is NOT_FOUND for
// a region admin, as in statistics).
func (s *Service) List(ctx context.Context, sessionCode string, regionCode *string) (*ent.ExportJobQuery, error) {
	sc, ps, err := s.resolve(ctx, sessionCode, regionCode)
	if err != nil {
		return nil, err
	}
	if ps.Any() {
		return nil, apperr.New(apperr.NotFound, ps[0].Message)
	}
	if err := s.sweep(ctx); err != nil {
		return nil, err
	}
	q := s.Client.ExportJob.Query().Where(exportjob.SessionID(sc.Session.ID))
	if regionCode != nil {
		q.Where(exportjob.RegionID(sc.Region.ID))
	}
	return q, nil
}

// Visible is the export with id if the caller could have started it: the
// privacy policy decides (ent's not-found otherwise).
func (s *Service) Visible(ctx context.Context, id pulid.ID) (*ent.ExportJob, error) {
	if err := mayExport(ctx); err != nil {
		return nil, err
	}
	return s.Client.ExportJob.Get(ctx, id)
}
