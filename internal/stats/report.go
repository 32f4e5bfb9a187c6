package stats

import (
	"bytes"
	"context"
	"database/sql"
	"sort"

	"github.com/ruankao/ruankao/ent"
	"github.com/ruankao/ruankao/ent/application"
	"github.com/ruankao/ruankao/ent/examarea"
	"github.com/ruankao/ruankao/ent/schema/pulid"
	"github.com/ruankao/ruankao/internal/audit"
	"github.com/ruankao/ruankao/internal/catalog"
	"github.com/ruankao/ruankao/internal/enum"
	"github.com/ruankao/ruankao/internal/txn"
	"github.com/ruankao/ruankao/internal/viewer"
	"github.com/ruankao/ruankao/reports"
)

// ReportKind is the signed-URL kind of the summary report; ReportPath its path.
const (
	ReportKind = "summary-report"
	ReportPath = "/reports/summary/"
)

// ReportID names a scope in the report's URL: the session's code, and "~"
// and the region's code for a region.
func ReportID(sc *Scope) string {
	if sc.Region == nil {
		return sc.Session.Code
	}
	return sc.Session.Code + "~" + sc.Region.Code
}

// Report renders the scope's summary report as the caller, after the audit
// entry of the export is written (its own short transaction: no report
// leaves without one).
func (s *Service) Report(ctx context.Context, sc *Scope) ([]byte, string, error) {
	data, err := s.Summary(ctx, sc)
	if err != nil {
		return nil, "", err
	}
	v := viewer.From(ctx)
	region := pulid.ID("")
	after := map[string]any{"session": sc.Session.Code, "format": "PDF"}
	if sc.Region != nil {
		region = sc.Region.ID
		after["region"] = sc.Region.Code
	}
	if err := txn.Run(ctx, s.Client, func(ctx context.Context, c *ent.Client) error {
		return audit.Record(viewer.With(ctx, v), c, audit.Entry{Action: "stats.report", RecordType: "ExamSession",
			RecordID: string(sc.Session.ID), RegionID: region, After: after})
	}); err != nil {
		return nil, "", err
	}
	var b bytes.Buffer
	if err := reports.SummaryReport(&b, data); err != nil {
		return nil, "", err
	}
	name := "报名统计-" + sc.Session.Code
	if sc.Region != nil {
		name += "-" + sc.Region.Name
	} else {
		name += "-全国"
	}
	return b.Bytes(), name + ".pdf", nil
}

// Summary gathers the report's figures: the statistics' own, labelled.
func (s *Service) Summary(ctx context.Context, sc *Scope) (reports.SummaryData, error) {
	sys := viewer.SystemContext(ctx)
	cat := s.cat(ctx)
	d := reports.SummaryData{Session: sc.Session.Name, SessionCode: sc.Session.Code, GeneratedAt: sc.At}
	if sc.Region != nil {
		d.Region = sc.Region.Name
	}
	if v := viewer.From(ctx); v.IsStaff() {
		if u, err := s.Client.StaffUser.Get(sys, v.ID); err == nil {
			d.GeneratedBy = u.Username
		}
	}
	qualName := func(id string) string {
		if q, err := cat.Qualification(sys, s.Client, pulid.ID(id)); err == nil && q != nil {
			return q.Name
		}
		return id
	}
	var err error
	steps := []func() error{
		func() (err error) {
			d.ByStatus, err = s.labelled(ctx, sc, dimStatus, func(k string) string { return enum.ApplicationStatus(k).Label() })
			return err
		},
		func() (err error) {
			d.ByLevel, err = s.labelled(ctx, sc, dimLevel, func(k string) string { return enum.Level(k).Label() })
			return err
		},
		func() (err error) {
			d.ByQualification, err = s.labelled(ctx, sc, dimQualification, qualName)
			return err
		},
		func() (err error) {
			d.ByEducation, err = s.labelled(ctx, sc, dimEducation, func(k string) string { return EducationLabels[application.Education(k)] })
			return err
		},
		func() (err error) {
			d.ByEmployment, err = s.labelled(ctx, sc, dimEmployment, func(k string) string { return EmploymentLabels[application.Employment(k)] })
			return err
		},
		func() error {
			names, err := s.areaNames(sys)
			if err != nil {
				return err
			}
			d.ByArea, err = s.labelled(ctx, sc, dimArea, func(k string) string { return names[k] })
			return err
		},
		func() (err error) { d.Registrations, err = s.Registrations(ctx, sc); return err },
		func() (err error) { d.Local, d.NonLocal, err = s.Locality(ctx, sc); return err },
		func() error {
			days, err := s.ByDay(ctx, sc)
			for _, x := range days {
				d.ByDay = append(d.ByDay, reports.SummaryDay{Day: x.Day.String(), Submitted: x.Submitted, Cumulative: x.Cumulative})
			}
			return err
		},
		func() (err error) { d.RevenueFen, d.PaidOrders, err = s.Revenue(ctx, sc); return err },
		func() error {
			r, err := s.Reviews(ctx, sc)
			d.Review = reports.SummaryReview{OnTime: r.OnTime, Late: r.Late, Waiting: r.Waiting, Overdue: r.Overdue}
			return err
		},
		func() error {
			seats, err := s.Seats(ctx, sc)
			for _, x := range seats {
				d.Seats = append(d.Seats, reports.SummarySite{Name: x.Name, Rooms: x.Rooms, Capacity: x.Capacity, Used: x.Used})
			}
			return err
		},
		func() error { return s.summaryResults(ctx, sc, &d, qualName) },
		func() error {
			if sc.Region != nil {
				return nil
			}
			d.Regions, err = s.regionRows(ctx, sc)
			return err
		},
	}
	for _, step := range steps {
		if err := step(); err != nil {
			return d, err
		}
	}
	return d, nil
}

func (s *Service) cat(ctx context.Context) *catalog.Cache {
	if s.Catalog != nil {
		return s.Catalog
	}
	return catalog.From(ctx)
}

// labelled is one dimension's groups with labels; an empty key is 未填写.
func (s *Service) labelled(ctx context.Context, sc *Scope, dim string, label func(string) string) ([]reports.SummaryCount, error) {
	cs, err := s.counts(ctx, sc, dim)
	out := make([]reports.SummaryCount, len(cs))
	for i, c := range cs {
		l := "未填写"
		if c.Key != "" {
			if l = label(c.Key); l == "" {
				l = c.Key
			}
		}
		out[i] = reports.SummaryCount{Key: c.Key, Label: l, Count: c.Count}
	}
	return out, err
}

func (s *Service) areaNames(ctx context.Context) (map[string]string, error) {
	as, err := s.Client.ExamArea.Query().Select(examarea.FieldID, examarea.FieldName).All(ctx)
	names := map[string]string{}
	for _, a := range as {
		names[string(a.ID)] = a.Name
	}
	return names, err
}

// summaryResults adds the results once there are any: scores released or imported.
func (s *Service) summaryResults(ctx context.Context, sc *Scope, d *reports.SummaryData, qualName func(string) string) error {
	r, err := s.ExamResults(ctx, sc)
	if err != nil || r.Sat+r.Absent == 0 {
		return err
	}
	byQual, err := s.ResultsByQualification(ctx, sc)
	if err != nil {
		return err
	}
	res := &reports.SummaryResults{Registered: r.Registered, Sat: r.Sat, Absent: r.Absent, Passed: r.Passed}
	for _, q := range byQual {
		if q.Sat > 0 {
			res.ByQualification = append(res.ByQualification, reports.SummaryPass{Label: qualName(q.Qualification), Sat: q.Sat, Passed: q.Passed})
		}
	}
	d.Results = res
	return nil
}

// regionRows are the national report's regions: registrations, those
// registered (paid or free), revenue — one query over the counters.
func (s *Service) regionRows(ctx context.Context, sc *Scope) ([]reports.SummaryRegion, error) {
	const q = `SELECT region_id, dim, item, sum(n) FROM (
		SELECT region_id, dim, item, n FROM stat_counts WHERE session_id = $1 AND dim IN ('level', 'status', 'revenue')
		UNION ALL SELECT region_id, dim, item, n FROM stat_deltas WHERE session_id = $1 AND dim IN ('level', 'status', 'revenue')
	) x GROUP BY region_id, dim, item`
	rows := map[string]*reports.SummaryRegion{}
	err := s.rows(ctx, q, []any{string(sc.Session.ID)}, func(rs *sql.Rows) error {
		var region, dim, item string
		var n int64
		if err := rs.Scan(&region, &dim, &item, &n); err != nil {
			return err
		}
		r := rows[region]
		if r == nil {
			r = &reports.SummaryRegion{}
			rows[region] = r
		}
		switch {
		case dim == dimLevel:
			r.Registrations += int(n)
		case dim == dimStatus && item == string(enum.StatusRegistered):
			r.Paid = int(n)
		case dim == dimRevenue && item == "fen":
			r.RevenueFen = n
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	sys := viewer.SystemContext(ctx)
	type named struct {
		code string
		row  reports.SummaryRegion
	}
	var out []named
	for id, r := range rows {
		if r.Registrations == 0 && r.Paid == 0 && r.RevenueFen == 0 {
			continue
		}
		reg, err := s.cat(ctx).Region(sys, s.Client, pulid.ID(id))
		if err != nil {
			return nil, err
		}
		r.Name = reg.Name
		out = append(out, named{reg.Code, *r})
	}
	sort.Slice(out, func(i, j int) bool { return out[i].code < out[j].code })
	res := make([]reports.SummaryRegion, len(out))
	for i, x := range out {
		res[i] = x.row
	}
	return res, nil
}
