// Package stats answers a session's statistics for exam offices — a
// region's for its admins, any region's or the country's for national
// admins — from counters the database keeps (migration stat_counters):
// triggers append each change's contributions to stat_deltas in the
// change's own transaction, a job folds them into stat_counts, and one
// query over both serves every figure. Nothing is loaded row by row into
// Go, and SQLite and PostgreSQL keep the same keys.
package stats

import (
	"context"
	"database/sql"
	"sync"
	"time"

	"github.com/ruankao/ruankao/ent"
	"github.com/ruankao/ruankao/internal/apperr"
	"github.com/ruankao/ruankao/internal/catalog"
	"github.com/ruankao/ruankao/internal/clock"
	"github.com/ruankao/ruankao/internal/enum"
	"github.com/ruankao/ruankao/internal/store"
	"github.com/ruankao/ruankao/internal/txn"
	"github.com/ruankao/ruankao/internal/viewer"
)

// Service answers statistics.
type Service struct {
	Client *ent.Client
	// Reads is the pool the aggregates run on (store.DB.Reads()).
	Reads   *sql.DB
	Dialect string
	Catalog *catalog.Cache
}

// Scope is what one statistics answer covers: a session, and a region or
// (Region nil) the whole country.
type Scope struct {
	Session *ent.ExamSession
	Region  *ent.Region
	// At is the instant figures that change with time alone (overdue) are taken at.
	At time.Time

	// One aggregate serves every field that needs it (registrations and
	// byLevel, local and nonLocal, revenueFen and paidOrders), even when
	// the fields resolve at once.
	mu   sync.Mutex
	memo map[string]*memoized
}

type memoized struct {
	once sync.Once
	val  any
	err  error
}

// remember runs f once per key and scope.
func remember[T any](sc *Scope, key string, f func() (T, error)) (T, error) {
	sc.mu.Lock()
	if sc.memo == nil {
		sc.memo = map[string]*memoized{}
	}
	m := sc.memo[key]
	if m == nil {
		m = &memoized{}
		sc.memo[key] = m
	}
	sc.mu.Unlock()
	m.once.Do(func() { m.val, m.err = f() })
	v, _ := m.val.(T)
	return v, m.err
}

// Resolve checks the caller: region admins get their region (another
// region's code is not found), national admins the region they name or the
// country; everyone else is refused.
func (s *Service) Resolve(ctx context.Context, sessionCode string, regionCode *string) (*Scope, error) {
	v := viewer.From(ctx)
	if !v.IsStaff() || (v.Role != enum.RoleRegionAdmin && v.Role != enum.RoleNationalAdmin) {
		return nil, apperr.New(apperr.Forbidden, "只有地区管理员和全国管理员可以查看统计")
	}
	sys := viewer.SystemContext(ctx)
	cat := s.Catalog
	if cat == nil {
		cat = catalog.From(ctx)
	}
	sess, err := cat.EnabledSessionByCode(sys, s.Client, sessionCode)
	if ent.IsNotFound(err) || (err == nil && sess == nil) {
		return nil, apperr.NotFoundf("考试")
	}
	if err != nil {
		return nil, err
	}
	sc := &Scope{Session: sess, At: clock.Now(ctx)}
	switch {
	case v.RegionID != "":
		if sc.Region, err = cat.Region(sys, s.Client, v.RegionID); err != nil {
			return nil, err
		}
		if regionCode != nil && *regionCode != sc.Region.Code {
			return nil, apperr.NotFoundf("地区")
		}
	case regionCode != nil:
		r, err := cat.EnabledRegionByCode(sys, s.Client, *regionCode)
		if ent.IsNotFound(err) || (err == nil && r == nil) {
			return nil, apperr.NotFoundf("地区")
		}
		if err != nil {
			return nil, err
		}
		sc.Region = r
	}
	return sc, nil
}

// Count is one group's figure.
type Count struct {
	Key   string
	Count int
}

// rows runs a query on the read pool, outside any transaction (a read
// request writes nothing), or in a short read transaction without one.
func (s *Service) rows(ctx context.Context, q string, args []any, row func(*sql.Rows) error) error {
	each := func(rs *sql.Rows, err error) error {
		if err != nil {
			return err
		}
		defer rs.Close()
		for rs.Next() {
			if err := row(rs); err != nil {
				return err
			}
		}
		return rs.Err()
	}
	q = store.Rebind(s.Dialect, q)
	if s.Reads != nil {
		return each(s.Reads.QueryContext(ctx, q, args...))
	}
	return txn.Run(ctx, s.Client, func(ctx context.Context, c *ent.Client) error {
		return each(c.QueryContext(ctx, q, args...))
	})
}
