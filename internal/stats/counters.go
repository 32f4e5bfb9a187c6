package stats

import (
	"context"
	"database/sql"
	"sort"
	"strings"

	"github.com/ruankao/ruankao/ent/schema/pulid"
	"github.com/ruankao/ruankao/internal/civil"
)

// The dimensions the triggers count (migration stat_counters). Registrations
// — every state but DRAFT, WITHDRAWN and LAPSED — are counted once in each
// of level … day; status counts every application.
const (
	dimStatus        = "status"
	dimLevel         = "level"
	dimQualification = "qualification"
	dimArea          = "area"
	dimEducation     = "education"
	dimEmployment    = "employment"
	dimLocal         = "local"
	dimDay           = "day"      // Asia/Shanghai day of first submission
	dimReview        = "review"   // ON_TIME, LATE: decided by the stored deadline or after it
	dimDeadline      = "deadline" // PENDING_REVIEW by deadline, "YYYY-MM-DD HH:MM:SS" UTC
	dimRevenue       = "revenue"  // fen and orders of PAID orders
	dimSeats         = "seats"    // tickets by site
	dimResult        = "result"   // SAT, ABSENT, PASSED (results.go)
	dimResultQual    = "result_q" // "SAT qualification-id", "PASSED qualification-id"
	dimResults       = "results"  // gen, done: the results' freshness (results.go)
)

// deadlineKey is an instant as the deadline dimension spells it.
const deadlineLayout = "2006-01-02 15:04:05"

// figures is the scope's counters, folded and not yet folded, by dimension
// and item: one query, a few thousand rows at most for the whole country.
type figures map[string]map[string]int

func (s *Service) figures(ctx context.Context, sc *Scope) (figures, error) {
	return remember(sc, "figures", func() (figures, error) {
		where, args := "session_id = $1", []any{string(sc.Session.ID)}
		if sc.Region != nil {
			// Region '' holds the session's own rows (the results' freshness).
			where += " AND region_id IN ($2, '')"
			args = append(args, string(sc.Region.ID))
		}
		q := "SELECT dim, item, sum(n) FROM (SELECT dim, item, n FROM stat_counts WHERE " + where +
			" UNION ALL SELECT dim, item, n FROM stat_deltas WHERE " + where + ") x GROUP BY dim, item HAVING sum(n) <> 0"
		f := figures{}
		err := s.rows(ctx, q, args, func(rs *sql.Rows) error {
			var dim, item string
			var n int
			if err := rs.Scan(&dim, &item, &n); err != nil {
				return err
			}
			if f[dim] == nil {
				f[dim] = map[string]int{}
			}
			f[dim][item] = n
			return nil
		})
		return f, err
	})
}

// counts is one dimension's groups in key order.
func (s *Service) counts(ctx context.Context, sc *Scope, dim string) ([]Count, error) {
	f, err := s.figures(ctx, sc)
	if err != nil {
		return nil, err
	}
	out := make([]Count, 0, len(f[dim]))
	for k, n := range f[dim] {
		out = append(out, Count{Key: k, Count: n})
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Key < out[j].Key })
	return out, nil
}

// ByStatus counts every application of the scope by state, drafts included.
func (s *Service) ByStatus(ctx context.Context, sc *Scope) ([]Count, error) {
	return s.counts(ctx, sc, dimStatus)
}

// ByLevel, ByQualification, ByArea, ByEducation and ByEmployment count
// registrations; a field left empty is the key "".
func (s *Service) ByLevel(ctx context.Context, sc *Scope) ([]Count, error) {
	return s.counts(ctx, sc, dimLevel)
}

func (s *Service) ByQualification(ctx context.Context, sc *Scope) ([]Count, error) {
	return s.counts(ctx, sc, dimQualification)
}

func (s *Service) ByArea(ctx context.Context, sc *Scope) ([]Count, error) {
	return s.counts(ctx, sc, dimArea)
}

func (s *Service) ByEducation(ctx context.Context, sc *Scope) ([]Count, error) {
	return s.counts(ctx, sc, dimEducation)
}

func (s *Service) ByEmployment(ctx context.Context, sc *Scope) ([]Count, error) {
	return s.counts(ctx, sc, dimEmployment)
}

// Registrations is the number of registrations.
func (s *Service) Registrations(ctx context.Context, sc *Scope) (int, error) {
	f, err := s.figures(ctx, sc)
	n := 0
	for _, c := range f[dimLevel] {
		n += c
	}
	return n, err
}

// Locality counts registrations from the region's province and from elsewhere.
func (s *Service) Locality(ctx context.Context, sc *Scope) (local, nonLocal int, err error) {
	f, err := s.figures(ctx, sc)
	return f[dimLocal]["LOCAL"], f[dimLocal]["NON_LOCAL"], err
}

// Day is one day of the window: submissions that day (Asia/Shanghai) and so far.
type Day struct {
	Day                   civil.Date
	Submitted, Cumulative int
}

// ByDay is the registration curve: registrations by the Shanghai day of
// their first submission.
func (s *Service) ByDay(ctx context.Context, sc *Scope) ([]Day, error) {
	cs, err := s.counts(ctx, sc, dimDay)
	if err != nil {
		return nil, err
	}
	out := make([]Day, 0, len(cs))
	total := 0
	for _, c := range cs {
		d, err := civil.Parse(strings.TrimSpace(c.Key))
		if err != nil {
			return nil, err
		}
		total += c.Count
		out = append(out, Day{Day: d, Submitted: c.Count, Cumulative: total})
	}
	return out, nil
}

// Revenue is what paid orders of the scope's applications brought, in fen.
func (s *Service) Revenue(ctx context.Context, sc *Scope) (fen int64, orders int, err error) {
	f, err := s.figures(ctx, sc)
	return int64(f[dimRevenue]["fen"]), f[dimRevenue]["orders"], err
}

// Review is the review desk against its stored deadlines.
type Review struct {
	// Decided on time and late; Waiting still to decide, of which Overdue past the deadline now.
	OnTime, Late, Waiting, Overdue int
}

// Reviews counts decided reviews by their deadline and the open ones at
// sc.At: overdue changes with time alone, so the open ones are counted by
// deadline (a few distinct ends of working days) and compared here.
func (s *Service) Reviews(ctx context.Context, sc *Scope) (Review, error) {
	f, err := s.figures(ctx, sc)
	r := Review{OnTime: f[dimReview]["ON_TIME"], Late: f[dimReview]["LATE"], Waiting: f[dimStatus]["PENDING_REVIEW"]}
	now := sc.At.UTC().Format(deadlineLayout)
	for k, n := range f[dimDeadline] {
		if k != "" && k < now {
			r.Overdue += n
		}
	}
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
	f, err := s.figures(ctx, sc)
	if err != nil {
		return nil, err
	}
	var args []any
	region := ""
	if sc.Region != nil {
		region = " AND ar.region_id = $1"
		args = append(args, string(sc.Region.ID))
	}
	q := `SELECT st.id, st.name, coalesce(sum(r.capacity), 0), count(r.id)
	FROM exam_sites st JOIN exam_areas ar ON ar.id = st.area_id
	LEFT JOIN exam_rooms r ON r.site_id = st.id AND NOT r.disabled
	WHERE NOT st.disabled` + region + ` GROUP BY st.id, st.name, ar.code, st.code ORDER BY ar.code, st.code`
	var out []SiteSeats
	err = s.rows(ctx, q, args, func(rs *sql.Rows) error {
		var x SiteSeats
		var id string
		if err := rs.Scan(&id, &x.Name, &x.Capacity, &x.Rooms); err != nil {
			return err
		}
		x.SiteID = pulid.ID(id)
		x.Used = f[dimSeats][id]
		out = append(out, x)
		return nil
	})
	return out, err
}
