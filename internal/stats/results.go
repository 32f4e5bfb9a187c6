package stats

import (
	"context"
	"database/sql"
	"errors"
	"sort"
	"strings"

	"github.com/ruankao/ruankao/ent"
	"github.com/ruankao/ruankao/ent/schema/pulid"
	"github.com/ruankao/ruankao/internal/scores"
	"github.com/ruankao/ruankao/internal/store"
	"github.com/ruankao/ruankao/internal/txn"
	"github.com/ruankao/ruankao/internal/viewer"
)

// The exam's results follow the scores and the pass marks, which change
// only when a score import is applied or a pass mark set. Those bump the
// session's results generation in their transaction (counters.ResultsChanged); the
// fold job then counts the results anew outside any write transaction and
// stores them with the generation counted (RecountResults). A read whose
// stored results are older than the generation counts them itself, so an
// answer is never stale — only slower for the seconds after a change.

// Results are the exam's figures for the scope's registered candidates:
// those who sat (a subject with points), those marked 缺考 in any subject,
// and those who passed (internal/scores' rule).
type Results struct {
	Registered, Sat, Absent, Passed int
}

// resultsSQL counts them by region in one pass.
const resultsSQL = `SELECT a.region_id, coalesce(a.qualification_id, ''), count(*),
	coalesce(sum(CASE WHEN EXISTS (SELECT 1 FROM scores sc WHERE sc.application_id = a.id AND NOT sc.absent) THEN 1 ELSE 0 END), 0),
	coalesce(sum(CASE WHEN EXISTS (SELECT 1 FROM scores sc WHERE sc.application_id = a.id AND sc.absent) THEN 1 ELSE 0 END), 0),
	coalesce(sum(CASE WHEN EXISTS (SELECT 1 FROM scores sc WHERE sc.application_id = a.id)
		AND NOT EXISTS (` + scores.FailingSubjectSQL + `) THEN 1 ELSE 0 END), 0)
FROM applications a WHERE a.session_id = $1 AND a.status = 'REGISTERED'`

// ExamResults gives the scope's results: stored when they are current,
// counted now when they are not.
func (s *Service) ExamResults(ctx context.Context, sc *Scope) (Results, error) {
	f, err := s.figures(ctx, sc)
	if err != nil {
		return Results{}, err
	}
	r := Results{Registered: f[dimStatus]["REGISTERED"]}
	all, _, err := s.results(ctx, sc, f)
	r.Sat, r.Absent, r.Passed = all.Sat, all.Absent, all.Passed
	return r, err
}

// QualResult is one qualification's results: who sat and who passed.
type QualResult struct {
	Qualification string // its id
	Sat, Passed   int
}

// ResultsByQualification lists them in id order.
func (s *Service) ResultsByQualification(ctx context.Context, sc *Scope) ([]QualResult, error) {
	f, err := s.figures(ctx, sc)
	if err != nil {
		return nil, err
	}
	_, byQual, err := s.results(ctx, sc, f)
	out := make([]QualResult, 0, len(byQual))
	for q, r := range byQual {
		out = append(out, QualResult{Qualification: q, Sat: r.Sat, Passed: r.Passed})
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Qualification < out[j].Qualification })
	return out, err
}

// results is the scope's results in all and by qualification.
func (s *Service) results(ctx context.Context, sc *Scope, f figures) (Results, map[string]Results, error) {
	r, err := remember(sc, "results", func() (resultSet, error) {
		var out resultSet
		out.byQual = map[string]Results{}
		if gen := f[dimResults]["gen"]; gen == 0 || f[dimResults]["done"] == gen {
			out.all = Results{Sat: f[dimResult]["SAT"], Absent: f[dimResult]["ABSENT"], Passed: f[dimResult]["PASSED"]}
			for k, n := range f[dimResultQual] {
				what, q, _ := strings.Cut(k, " ")
				r := out.byQual[q]
				switch what {
				case "SAT":
					r.Sat = n
				case "PASSED":
					r.Passed = n
				}
				out.byQual[q] = r
			}
			return out, nil
		}
		counted, err := s.countResults(ctx, s.readQuery, sc.Session.ID, sc.Region)
		for k, x := range counted {
			out.all.Sat, out.all.Absent, out.all.Passed = out.all.Sat+x.Sat, out.all.Absent+x.Absent, out.all.Passed+x.Passed
			r := out.byQual[k[1]]
			r.Sat, r.Passed = r.Sat+x.Sat, r.Passed+x.Passed
			out.byQual[k[1]] = r
		}
		return out, err
	})
	return r.all, r.byQual, err
}

type resultSet struct {
	all    Results
	byQual map[string]Results
}

type queryFunc func(ctx context.Context, q string, args []any, row func(*sql.Rows) error) error

func (s *Service) readQuery(ctx context.Context, q string, args []any, row func(*sql.Rows) error) error {
	return s.rows(ctx, q, args, row)
}

// countResults counts by region and qualification.
func (s *Service) countResults(ctx context.Context, query queryFunc, session pulid.ID, region *ent.Region) (map[[2]string]Results, error) {
	q, args := resultsSQL, []any{string(session)}
	if region != nil {
		q += " AND a.region_id = $2"
		args = append(args, string(region.ID))
	}
	out := map[[2]string]Results{}
	err := query(ctx, q+" GROUP BY a.region_id, a.qualification_id", args, func(rs *sql.Rows) error {
		var region, qual string
		var r Results
		if err := rs.Scan(&region, &qual, &r.Registered, &r.Sat, &r.Absent, &r.Passed); err != nil {
			return err
		}
		out[[2]string{region, qual}] = r
		return nil
	})
	return out, err
}

// errResultsMoved: the results changed again while they were being counted.
var errResultsMoved = errors.New("stats: the results changed while counted")

// RecountResults counts the session's results on the read pool and stores
// them in one short transaction, unless they changed meanwhile (the next
// round counts again).
func (s *Service) RecountResults(ctx context.Context, session pulid.ID) error {
	gen, err := s.resultsGen(ctx, session)
	if err != nil || gen == 0 {
		return err
	}
	byRegion, err := s.countResults(ctx, s.readQuery, session, nil)
	if err != nil {
		return err
	}
	err = txn.Run(viewer.SystemContext(ctx), s.Client, func(ctx context.Context, c *ent.Client) error {
		var now int
		rs, err := c.QueryContext(ctx, store.Rebind(s.Dialect, `SELECT n FROM stat_counts WHERE session_id = $1 AND region_id = '' AND dim = 'results' AND item = 'gen'`), string(session))
		if err != nil {
			return err
		}
		for rs.Next() {
			if err := rs.Scan(&now); err != nil {
				rs.Close()
				return err
			}
		}
		rs.Close()
		if now != gen {
			return errResultsMoved
		}
		exec := func(q string, args ...any) error {
			_, err := c.ExecContext(ctx, store.Rebind(s.Dialect, q), args...)
			return err
		}
		if err := exec(`DELETE FROM stat_counts WHERE session_id = $1 AND dim = 'result'`, string(session)); err != nil {
			return err
		}
		if err := exec(`DELETE FROM stat_counts WHERE session_id = $1 AND dim = 'result_q'`, string(session)); err != nil {
			return err
		}
		rows := map[[3]string]int{} // region, dim, item
		for k, r := range byRegion {
			region, qual := k[0], k[1]
			rows[[3]string{region, dimResult, "SAT"}] += r.Sat
			rows[[3]string{region, dimResult, "ABSENT"}] += r.Absent
			rows[[3]string{region, dimResult, "PASSED"}] += r.Passed
			rows[[3]string{region, dimResultQual, "SAT " + qual}] += r.Sat
			rows[[3]string{region, dimResultQual, "PASSED " + qual}] += r.Passed
		}
		for k, n := range rows {
			if n == 0 {
				continue
			}
			if err := exec(`INSERT INTO stat_counts (session_id, region_id, dim, item, n) VALUES ($1, $2, $3, $4, $5)`,
				string(session), k[0], k[1], k[2], n); err != nil {
				return err
			}
		}
		return exec(`INSERT INTO stat_counts (session_id, region_id, dim, item, n) VALUES ($1, '', 'results', 'done', $2)
			ON CONFLICT (session_id, region_id, dim, item) DO UPDATE SET n = excluded.n`, string(session), gen)
	})
	if errors.Is(err, errResultsMoved) {
		return nil
	}
	return err
}

func (s *Service) resultsGen(ctx context.Context, session pulid.ID) (int, error) {
	gen := 0
	err := s.rows(ctx, `SELECT n FROM stat_counts WHERE session_id = $1 AND region_id = '' AND dim = 'results' AND item = 'gen'`,
		[]any{string(session)}, func(rs *sql.Rows) error { return rs.Scan(&gen) })
	return gen, err
}

// staleResults lists the sessions whose stored results are behind their generation.
func (s *Service) staleResults(ctx context.Context) ([]pulid.ID, error) {
	var out []pulid.ID
	err := s.rows(ctx, `SELECT g.session_id FROM stat_counts g
		LEFT JOIN stat_counts d ON d.session_id = g.session_id AND d.region_id = '' AND d.dim = 'results' AND d.item = 'done'
		WHERE g.region_id = '' AND g.dim = 'results' AND g.item = 'gen' AND (d.n IS NULL OR d.n <> g.n)`, nil,
		func(rs *sql.Rows) error {
			var id string
			err := rs.Scan(&id)
			out = append(out, pulid.ID(id))
			return err
		})
	return out, err
}
