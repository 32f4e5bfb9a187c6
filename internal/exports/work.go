package exports

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"io"
	"time"

	"github.com/ruankao/ruankao/ent"
	"github.com/ruankao/ruankao/ent/exportjob"
	"github.com/ruankao/ruankao/internal/catalog"
	"github.com/ruankao/ruankao/internal/clock"
	"github.com/ruankao/ruankao/internal/enum"
	"github.com/ruankao/ruankao/internal/files"
	"github.com/ruankao/ruankao/internal/txn"
	"github.com/ruankao/ruankao/internal/viewer"
)

// progressEvery: the row's progress is written at most this often (each
// write is a durable commit on the one writer).
const progressEvery = 500 * time.Millisecond

// launch runs the job outside the request, as the system, on the
// request's clock.
func (s *Service) launch(ctx context.Context, job *ent.ExportJob, sc *Scope) {
	s.wg.Add(1)
	go func() {
		defer s.wg.Done()
		jctx := catalog.NewContext(clock.With(viewer.SystemContext(context.WithoutCancel(ctx)), clock.From(ctx)), s.catalog(ctx))
		if err := s.run(jctx, job, sc); err != nil {
			s.log().Error("export failed", "export", job.ID, "err", err.Error())
			reason := "导出失败（内部错误），请重新导出"
			if errors.Is(err, files.ErrUnavailable) {
				reason = "导出失败（文件存储暂时不可用），请稍后重新导出"
			}
			_ = s.Client.ExportJob.UpdateOneID(job.ID).Where(exportjob.StatusIn(exportjob.StatusQUEUED, exportjob.StatusRUNNING)).
				SetStatus(exportjob.StatusFAILED).SetError(reason).SetFinishedAt(clock.Now(jctx)).Exec(jctx)
		}
	}()
}

// run waits for a turn, writes the file into the store and makes the
// export READY in one short transaction.
func (s *Service) run(ctx context.Context, job *ent.ExportJob, sc *Scope) error {
	if err := s.queue(ctx, job); err != nil {
		return err
	}
	defer func() { <-s.slot() }()
	n, err := s.Client.ExportJob.Update().Where(exportjob.ID(job.ID), exportjob.StatusEQ(exportjob.StatusQUEUED)).
		SetStatus(exportjob.StatusRUNNING).SetStartedAt(clock.Now(ctx)).Save(ctx)
	if err != nil || n == 0 {
		return err // 0: swept as stale meanwhile
	}
	obj, rows, err := s.produce(ctx, job, sc)
	if err != nil {
		return err
	}
	return txn.Run(ctx, s.Client, func(ctx context.Context, c *ent.Client) error {
		return c.ExportJob.UpdateOneID(job.ID).Where(exportjob.StatusEQ(exportjob.StatusRUNNING)).
			SetStatus(exportjob.StatusREADY).SetFileSum(obj.Sum).SetFileBytes(obj.Size).
			SetRowsDone(rows).SetRowsTotal(rows).SetFinishedAt(clock.Now(ctx)).Exec(ctx)
	})
}

// queue takes a turn among the running exports, touching the row while it
// waits so the sweep does not take it for dead.
func (s *Service) queue(ctx context.Context, job *ent.ExportJob) error {
	t := time.NewTicker(heartbeat)
	defer t.Stop()
	for {
		select {
		case s.slot() <- struct{}{}:
			return nil
		case <-t.C:
			if err := s.Client.ExportJob.UpdateOneID(job.ID).Where(exportjob.StatusEQ(exportjob.StatusQUEUED)).
				SetUpdatedAt(clock.Now(ctx)).Exec(ctx); err != nil {
				return err
			}
		}
	}
}

// produce streams the file into the store as it is written (a pipe: never
// the whole file in memory, nor twice on disk) and returns what was stored.
func (s *Service) produce(ctx context.Context, job *ent.ExportJob, sc *Scope) (files.Object, int, error) {
	if s.Reads == nil || s.Files == nil {
		return files.Object{}, 0, errors.New("exports: Reads and Files are required")
	}
	pr, pw := io.Pipe()
	type stored struct {
		obj files.Object
		err error
	}
	done := make(chan stored, 1)
	go func() {
		obj, err := s.Files.Put(ctx, pr, MaxBytes)
		_ = pr.CloseWithError(err)
		done <- stored{obj, err}
	}()
	var out sheet = newCSV(pw)
	if job.Format == exportjob.FormatXLSX {
		out = newXLSX(pw)
	}
	p := &progress{s: s, job: job}
	rows, err := s.Write(ctx, out, sc, job.FullIDNumbers, job.Statuses, p.report)
	_ = pw.CloseWithError(err)
	put := <-done
	if err != nil {
		return files.Object{}, 0, err
	}
	return put.obj, rows, put.err
}

// progress writes rows done (and the total once counted) to the job's row,
// at most every progressEvery; each write is the running job's heartbeat too.
type progress struct {
	s    *Service
	job  *ent.ExportJob
	last time.Time
}

func (p *progress) report(ctx context.Context, done, total int) error {
	if done > 0 && time.Since(p.last) < progressEvery {
		return nil
	}
	p.last = time.Now()
	return p.s.Client.ExportJob.UpdateOneID(p.job.ID).Where(exportjob.StatusEQ(exportjob.StatusRUNNING)).
		SetRowsDone(done).SetRowsTotal(total).Exec(ctx)
}

// Write writes the scope's applications into out, a region at a time (a
// national export in the order of the regions' codes), each in chunks by
// id, all inside one read-only transaction so the file is one consistent
// picture and its total is exact. report hears of the progress.
func (s *Service) Write(ctx context.Context, out sheet, sc *Scope, full bool, statuses []enum.ApplicationStatus,
	report func(ctx context.Context, done, total int) error) (int, error) {
	opts := &sql.TxOptions{ReadOnly: true}
	if s.Dialect == "postgres" {
		opts.Isolation = sql.LevelRepeatableRead
	} else {
		opts = nil // SQLite's readers are read-only connections; a transaction is one snapshot (WAL)
	}
	tx, err := s.Reads.BeginTx(ctx, opts)
	if err != nil {
		return 0, err
	}
	defer func() { _ = tx.Rollback() }()
	if s.Dialect == "postgres" {
		// A chunk is a few thousand rows found by index: nested loops. With
		// LIMIT the planner may pick a merge join that walks the tickets
		// from their first each chunk (quadratic: 18,000 rows/s at 300,000),
		// and parallel workers and JIT only add start-up to each chunk.
		for _, set := range []string{"enable_hashjoin = off", "enable_mergejoin = off",
			"max_parallel_workers_per_gather = 0", "jit = off"} {
			if _, err := tx.ExecContext(ctx, "SET LOCAL "+set); err != nil {
				return 0, err
			}
		}
	}

	args := []any{string(sc.Session.ID)}
	if sc.Region != nil {
		args = append(args, string(sc.Region.ID))
	}
	var total int
	if err := tx.QueryRowContext(ctx, countSQL(s.Dialect, sc.Region == nil, statuses), args...).Scan(&total); err != nil {
		return 0, err
	}
	if err := report(ctx, 0, total); err != nil {
		return 0, err
	}
	sh := newShaper(s.Keys, full)
	if err := readQualifications(ctx, tx, sh); err != nil {
		return 0, err
	}
	regions := []regionRef{}
	if sc.Region != nil {
		regions = append(regions, regionRef{id: string(sc.Region.ID), name: sc.Region.Name})
	} else if regions, err = readRegions(ctx, tx); err != nil {
		return 0, err
	}
	if err := out.header(Columns); err != nil {
		return 0, err
	}
	chunk := s.Chunk
	if chunk <= 0 {
		chunk = chunkRows
	}
	q := chunkSQL(s.Dialect, full, statuses, chunk)
	done := 0
	for _, rg := range regions {
		if err := sh.enter(ctx, tx, s.Dialect, rg); err != nil {
			return done, err
		}
		after := ""
		for {
			n, last, err := s.chunk(ctx, tx, q, out, sh, string(sc.Session.ID), rg.id, after)
			if err != nil {
				return done, err
			}
			done += n
			if n < chunk {
				break
			}
			after = last
			if err := report(ctx, done, max(total, done)); err != nil {
				return done, err
			}
		}
	}
	if err := out.finish(); err != nil {
		return done, err
	}
	return done, nil
}

// chunk writes one chunk and tells how many rows it had and the last id.
func (s *Service) chunk(ctx context.Context, tx *sql.Tx, q string, out sheet, sh *shaper, session, region, after string) (int, string, error) {
	rs, err := tx.QueryContext(ctx, q, session, region, after)
	if err != nil {
		return 0, "", err
	}
	defer rs.Close()
	var r raw
	dest := r.dest()
	n, last := 0, make([]byte, 0, 32)
	for rs.Next() {
		if err := rs.Scan(dest...); err != nil {
			return n, "", err
		}
		cells, err := sh.shape(&r)
		if err != nil {
			return n, "", fmt.Errorf("application %s: %w", r.id, err)
		}
		if err := out.row(cells); err != nil {
			return n, "", err
		}
		n++
		last = append(last[:0], r.id...)
	}
	return n, string(last), rs.Err()
}
