// Package stats computes a session's statistics for exam offices — a
// region's for its admins, any region's or the country's for national
// admins — in the database: one GROUP BY a figure, never rows loaded into Go,
// the same SQL on SQLite and PostgreSQL.
package stats

import (
	"context"
	"database/sql"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/ruankao/ruankao/ent"
	"github.com/ruankao/ruankao/ent/schema/pulid"
	"github.com/ruankao/ruankao/internal/apperr"
	"github.com/ruankao/ruankao/internal/catalog"
	"github.com/ruankao/ruankao/internal/civil"
	"github.com/ruankao/ruankao/internal/clock"
	"github.com/ruankao/ruankao/internal/enum"
	"github.com/ruankao/ruankao/internal/scores"
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

// where is the scope's condition on applications a, with its arguments
// from $1 on.
func (sc *Scope) where() (string, []any) {
	if sc.Region == nil {
		return "a.session_id = $1", []any{string(sc.Session.ID)}
	}
	return "a.session_id = $1 AND a.region_id = $2", []any{string(sc.Session.ID), string(sc.Region.ID)}
}

// counted: registrations are submitted applications still live (not a
// draft, not withdrawn, not lapsed) — the states an office plans for.
const counted = "a.status NOT IN ('DRAFT', 'WITHDRAWN', 'LAPSED')"

// groups runs a GROUP BY of one expression over the scope's counted
// applications (all applications when all is set).
func (s *Service) groups(ctx context.Context, sc *Scope, expr string, all bool) ([]Count, error) {
	return remember(sc, "groups "+strconv.FormatBool(all)+" "+expr, func() ([]Count, error) { return s.group(ctx, sc, expr, all) })
}

func (s *Service) group(ctx context.Context, sc *Scope, expr string, all bool) ([]Count, error) {
	w, args := sc.where()
	if !all {
		w += " AND " + counted
	}
	q := "SELECT " + expr + " AS k, count(*) FROM applications a WHERE " + w + " GROUP BY " + expr + " ORDER BY 1"
	var out []Count
	err := s.rows(ctx, q, args, func(rs *sql.Rows) error {
		var k sql.NullString
		var c Count
		if err := rs.Scan(&k, &c.Count); err != nil {
			return err
		}
		c.Key = k.String
		out = append(out, c)
		return nil
	})
	return out, err
}

// rows runs an aggregate on the read pool, outside any transaction (a read
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

// ByStatus counts every application of the scope by state, drafts included.
func (s *Service) ByStatus(ctx context.Context, sc *Scope) ([]Count, error) {
	return s.groups(ctx, sc, "a.status", true)
}

// ByLevel, ByQualification, ByArea, ByEducation and ByEmployment count registrations.
func (s *Service) ByLevel(ctx context.Context, sc *Scope) ([]Count, error) {
	return s.groups(ctx, sc, "a.level", false)
}

func (s *Service) ByQualification(ctx context.Context, sc *Scope) ([]Count, error) {
	return s.groups(ctx, sc, "a.qualification_id", false)
}

func (s *Service) ByArea(ctx context.Context, sc *Scope) ([]Count, error) {
	return s.groups(ctx, sc, "a.area_id", false)
}

func (s *Service) ByEducation(ctx context.Context, sc *Scope) ([]Count, error) {
	return s.groups(ctx, sc, "a.education", false)
}

func (s *Service) ByEmployment(ctx context.Context, sc *Scope) ([]Count, error) {
	return s.groups(ctx, sc, "a.employment", false)
}

// Locality counts registrations from the region's province and from elsewhere.
func (s *Service) Locality(ctx context.Context, sc *Scope) (local, nonLocal int, err error) {
	cs, err := s.groups(ctx, sc, "CASE WHEN a.non_local THEN 'NON_LOCAL' ELSE 'LOCAL' END", false)
	for _, c := range cs {
		if c.Key == "NON_LOCAL" {
			nonLocal = c.Count
		} else {
			local += c.Count
		}
	}
	return local, nonLocal, err
}

// Day is one day of the window: submissions that day (Asia/Shanghai) and so far.
type Day struct {
	Day                   civil.Date
	Submitted, Cumulative int
}

// ByDay is the registration curve: counted applications by the Shanghai day
// of their first submission.
func (s *Service) ByDay(ctx context.Context, sc *Scope) ([]Day, error) {
	w, args := sc.where()
	// Shanghai has no summer time: on SQLite a day is UTC+8 throughout.
	day := "to_char(a.submitted_at AT TIME ZONE 'Asia/Shanghai', 'YYYY-MM-DD')"
	if s.Dialect != "postgres" {
		// Times are stored as UTC text beginning YYYY-MM-DD HH:MM:SS.
		day = "date(substr(a.submitted_at, 1, 19), '+8 hours')"
	}
	q := "SELECT " + day + " AS d, count(*) FROM applications a WHERE " + w + " AND " + counted +
		" AND a.submitted_at IS NOT NULL GROUP BY 1 ORDER BY 1"
	var out []Day
	total := 0
	err := s.rows(ctx, q, args, func(rs *sql.Rows) error {
		var d string
		var n int
		if err := rs.Scan(&d, &n); err != nil {
			return err
		}
		date, err := civil.Parse(strings.TrimSpace(d)[:10])
		if err != nil {
			return err
		}
		total += n
		out = append(out, Day{Day: date, Submitted: n, Cumulative: total})
		return nil
	})
	return out, err
}

// Revenue is what paid orders of the scope's applications brought, in fen.
func (s *Service) Revenue(ctx context.Context, sc *Scope) (fen int64, orders int, err error) {
	r, err := remember(sc, "revenue", func() ([2]int64, error) {
		var r [2]int64
		w, args := sc.where()
		q := "SELECT coalesce(sum(o.amount_fen), 0), count(*) FROM payment_orders o JOIN applications a ON a.id = o.application_id WHERE " +
			w + " AND o.status = 'PAID'"
		err := s.rows(ctx, q, args, func(rs *sql.Rows) error { return rs.Scan(&r[0], &r[1]) })
		return r, err
	})
	return r[0], int(r[1]), err
}

// Review is the review desk against its stored deadlines.
type Review struct {
	// Decided on time and late; Waiting still to decide, of which Overdue past the deadline now.
	OnTime, Late, Waiting, Overdue int
}

// Reviews counts decided reviews by their deadline and the open ones at sc.At.
func (s *Service) Reviews(ctx context.Context, sc *Scope) (Review, error) {
	w, args := sc.where()
	n := len(args)
	at := "$" + strconv.Itoa(n+1)
	q := `SELECT
		coalesce(sum(CASE WHEN a.decided_at IS NOT NULL AND a.review_deadline_at IS NOT NULL AND a.decided_at <= a.review_deadline_at THEN 1 ELSE 0 END), 0),
		coalesce(sum(CASE WHEN a.decided_at IS NOT NULL AND a.review_deadline_at IS NOT NULL AND a.decided_at > a.review_deadline_at THEN 1 ELSE 0 END), 0),
		coalesce(sum(CASE WHEN a.status = 'PENDING_REVIEW' THEN 1 ELSE 0 END), 0),
		coalesce(sum(CASE WHEN a.status = 'PENDING_REVIEW' AND a.review_deadline_at < ` + at + ` THEN 1 ELSE 0 END), 0)
	FROM applications a WHERE ` + w
	var r Review
	err := s.rows(ctx, q, append(args, sc.At), func(rs *sql.Rows) error { return rs.Scan(&r.OnTime, &r.Late, &r.Waiting, &r.Overdue) })
	return r, err
}

// SiteSeats is one site's capacity and the seats its tickets of the session use.
type SiteSeats struct {
	SiteID                pulid.ID
	Name                  string
	Capacity, Used, Rooms int
}

// Seats lists the scope's sites (enabled rooms) with their seats used.
func (s *Service) Seats(ctx context.Context, sc *Scope) ([]SiteSeats, error) {
	args := []any{string(sc.Session.ID)}
	region := ""
	if sc.Region != nil {
		region = " AND ar.region_id = $2"
		args = append(args, string(sc.Region.ID))
	}
	q := `SELECT st.id, st.name,
		(SELECT coalesce(sum(r.capacity), 0) FROM exam_rooms r WHERE r.site_id = st.id AND NOT r.disabled),
		(SELECT count(*) FROM exam_rooms r WHERE r.site_id = st.id AND NOT r.disabled),
		(SELECT count(*) FROM admission_tickets t WHERE t.site_id = st.id AND t.session_id = $1)
	FROM exam_sites st JOIN exam_areas ar ON ar.id = st.area_id
	WHERE NOT st.disabled` + region + ` ORDER BY ar.code, st.code`
	var out []SiteSeats
	err := s.rows(ctx, q, args, func(rs *sql.Rows) error {
		var x SiteSeats
		var id string
		if err := rs.Scan(&id, &x.Name, &x.Capacity, &x.Rooms, &x.Used); err != nil {
			return err
		}
		x.SiteID = pulid.ID(id)
		out = append(out, x)
		return nil
	})
	return out, err
}

// Results are the exam's figures for the scope's registered candidates:
// those who sat (a subject with points), those marked 缺考 in any subject,
// and those who passed (internal/scores' rule).
type Results struct {
	Registered, Sat, Absent, Passed int
}

// ExamResults counts them in one pass.
func (s *Service) ExamResults(ctx context.Context, sc *Scope) (Results, error) {
	w, args := sc.where()
	q := `SELECT count(*),
		coalesce(sum(CASE WHEN EXISTS (SELECT 1 FROM scores sc WHERE sc.application_id = a.id AND NOT sc.absent) THEN 1 ELSE 0 END), 0),
		coalesce(sum(CASE WHEN EXISTS (SELECT 1 FROM scores sc WHERE sc.application_id = a.id AND sc.absent) THEN 1 ELSE 0 END), 0),
		coalesce(sum(CASE WHEN EXISTS (SELECT 1 FROM scores sc WHERE sc.application_id = a.id)
			AND NOT EXISTS (` + scores.FailingSubjectSQL + `) THEN 1 ELSE 0 END), 0)
	FROM applications a WHERE ` + w + ` AND a.status = 'REGISTERED'`
	var r Results
	err := s.rows(ctx, q, args, func(rs *sql.Rows) error { return rs.Scan(&r.Registered, &r.Sat, &r.Absent, &r.Passed) })
	return r, err
}
