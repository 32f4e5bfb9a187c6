// Package counters holds what writers outside internal/stats need of the
// statistics counters (migration stat_counters): the triggers count
// applications, payment orders and tickets by themselves, but the exam's
// results follow scores and pass marks, whose writers say when they change.
// A leaf package, so that internal/scores can call it while internal/stats
// uses the scores' pass rule.
package counters

import (
	"context"

	"github.com/ruankao/ruankao/ent"
	"github.com/ruankao/ruankao/ent/schema/pulid"
	"github.com/ruankao/ruankao/internal/store"
)

// ResultsChanged bumps the session's results generation in c, the
// transaction that changes its scores or pass marks; internal/stats counts
// the results again and, until it has, counts them on every read.
func ResultsChanged(ctx context.Context, c *ent.Client, dialect string, session pulid.ID) error {
	_, err := c.ExecContext(ctx, store.Rebind(dialect, `INSERT INTO stat_counts (session_id, region_id, dim, item, n)
		VALUES ($1, '', 'results', 'gen', 1)
		ON CONFLICT (session_id, region_id, dim, item) DO UPDATE SET n = stat_counts.n + 1`), string(session))
	return err
}
