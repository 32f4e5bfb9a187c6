package stats

import (
	"context"
	"log/slog"
	"time"

	"github.com/ruankao/ruankao/ent"
	"github.com/ruankao/ruankao/internal/store"
	"github.com/ruankao/ruankao/internal/txn"
	"github.com/ruankao/ruankao/internal/viewer"
)

// foldChunk bounds one fold's transaction: about 20 ms of SQLite's writer.
const foldChunk = 20_000

// foldLockKey keeps two instances' folds of PostgreSQL apart (pg_try_advisory_xact_lock);
// they would be correct together, but one is enough.
const foldLockKey int64 = 0x7275616e6b616f02

// PostgreSQL folds what it deletes, in one statement: a delta a concurrent
// fold already took is gone for this one. The groups are upserted in key
// order, so two folds never wait for each other in a cycle.
const foldPostgres = `WITH gone AS (
	DELETE FROM stat_deltas WHERE id IN (SELECT id FROM stat_deltas ORDER BY id LIMIT $1)
	RETURNING session_id, region_id, dim, item, n
), folded AS (
	INSERT INTO stat_counts (session_id, region_id, dim, item, n)
	SELECT session_id, region_id, dim, item, sum(n) FROM gone GROUP BY session_id, region_id, dim, item
	ORDER BY session_id, region_id, dim, item
	ON CONFLICT (session_id, region_id, dim, item) DO UPDATE SET n = stat_counts.n + excluded.n
	RETURNING 1
) SELECT (SELECT count(*) FROM gone)`

// SQLite has one writer: nothing is added between the two statements.
const (
	foldSQLiteUpsert = `INSERT INTO stat_counts (session_id, region_id, dim, item, n)
	SELECT session_id, region_id, dim, item, sum(n) FROM stat_deltas WHERE id <= $1 GROUP BY session_id, region_id, dim, item
	ON CONFLICT (session_id, region_id, dim, item) DO UPDATE SET n = stat_counts.n + excluded.n`
	foldSQLiteDelete = `DELETE FROM stat_deltas WHERE id <= $1`
)

// Fold moves up to foldChunk deltas into the counters in one short
// transaction and tells how many it moved.
func (s *Service) Fold(ctx context.Context) (int, error) {
	moved := 0
	err := txn.Run(viewer.SystemContext(ctx), s.Client, func(ctx context.Context, c *ent.Client) error {
		moved = 0
		if s.Dialect == "postgres" {
			var got bool
			if err := scan(ctx, c, "SELECT pg_try_advisory_xact_lock($1)", []any{foldLockKey}, &got); err != nil || !got {
				return err
			}
			return scan(ctx, c, foldPostgres, []any{foldChunk}, &moved)
		}
		var upTo, n int64
		if err := scan(ctx, c, "SELECT coalesce(max(id), 0), count(*) FROM (SELECT id FROM stat_deltas ORDER BY id LIMIT ?)", []any{foldChunk}, &upTo, &n); err != nil || n == 0 {
			return err
		}
		for _, q := range []string{foldSQLiteUpsert, foldSQLiteDelete} {
			if _, err := c.ExecContext(ctx, store.Rebind(s.Dialect, q), upTo); err != nil {
				return err
			}
		}
		moved = int(n)
		return nil
	})
	return moved, err
}

// FoldAll folds until no delta is left (after a bulk load).
func (s *Service) FoldAll(ctx context.Context) error {
	for {
		n, err := s.Fold(ctx)
		if err != nil || n < foldChunk {
			return err
		}
	}
}

// Tend does one round of the job: folds what the last interval added and
// counts results that fell behind.
func (s *Service) Tend(ctx context.Context) error {
	if err := s.FoldAll(ctx); err != nil {
		return err
	}
	stale, err := s.staleResults(ctx)
	if err != nil {
		return err
	}
	for _, id := range stale {
		if err := s.RecountResults(ctx, id); err != nil {
			return err
		}
	}
	return nil
}

// Loop tends the counters every interval until ctx ends.
func (s *Service) Loop(ctx context.Context, interval time.Duration, log *slog.Logger) {
	tick := time.NewTicker(interval)
	defer tick.Stop()
	for {
		if err := s.Tend(ctx); err != nil && ctx.Err() == nil {
			log.Error("job failed", "job", "stats.fold", "err", err.Error())
		}
		select {
		case <-ctx.Done():
			return
		case <-tick.C:
		}
	}
}

func scan(ctx context.Context, c *ent.Client, q string, args []any, dst ...any) error {
	rs, err := c.QueryContext(ctx, q, args...)
	if err != nil {
		return err
	}
	defer rs.Close()
	if rs.Next() {
		if err := rs.Scan(dst...); err != nil {
			return err
		}
	}
	return rs.Err()
}
