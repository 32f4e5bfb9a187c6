package reports

import (
	"errors"
	"io"
	"time"
)

// SummaryData is one summary report: a region's or (Region == "") the country's figures for a session.
type SummaryData struct {
	Session       string         // e.g. "2026年上半年计算机技术与软件专业技术资格（水平）考试"
	SessionCode   string         // "2026H1"
	Region        string         // "辽宁省", "大连市"; "" = 全国
	GeneratedAt   time.Time      // shown in Asia/Shanghai; also PDF CreationDate (deterministic renders)
	GeneratedBy   string         // staff login name shown in the footer, e.g. "liaoning-admin"
	ByStatus      []SummaryCount // every application by state (key = status code, Label = Chinese label)
	Registrations int

	ByLevel, ByQualification, ByArea, ByEducation, ByEmployment []SummaryCount

	Local, NonLocal int
	ByDay           []SummaryDay    // the registration curve
	RevenueFen      int64           // fen; format as yuan with 2 decimals (see reports/money.go)
	PaidOrders      int             // paid orders behind RevenueFen
	Review          SummaryReview   // the review desk against its stored deadlines
	Seats           []SummarySite   // per enabled exam site
	Results         *SummaryResults // nil before the exam's scores are released
	Regions         []SummaryRegion // national report only
}

// SummaryCount is one group's count: its key (a state, level, id or code) and its Chinese label.
type SummaryCount struct {
	Key, Label string
	Count      int
}

// SummaryDay is one day of the registration curve (Asia/Shanghai day of first submission).
type SummaryDay struct {
	Day                   string // YYYY-MM-DD
	Submitted, Cumulative int
}

// SummaryReview is the review desk: decided by the deadline, after it, still waiting, waiting
// past the deadline now.
type SummaryReview struct {
	OnTime, Late, Waiting, Overdue int
}

// SummarySite is one exam site's seats: Used are held by the session's admission tickets.
type SummarySite struct {
	Name                  string
	Rooms, Capacity, Used int
}

// SummaryResults are the figures after the exam: registered candidates, who sat, who was marked
// 缺考 in any subject, who passed.
type SummaryResults struct {
	Registered, Sat, Absent, Passed int
	ByQualification                 []SummaryPass
}

// SummaryPass is one qualification's pass figures.
type SummaryPass struct {
	Label       string
	Sat, Passed int
}

// SummaryRegion is one region's line in the national report: Paid counts its REGISTERED
// applications.
type SummaryRegion struct {
	Name                string
	Registrations, Paid int
	RevenueFen          int64
}

// SummaryReport writes the summary report (报名统计报告) of a region or the country as an A4 PDF:
// a title page with contents, the key figures, the registration curve, the qualifications as a
// chart and a table, the distributions, the seats, the regions (national report only) and, once
// Results is given, the exam's results. Empty figures are drawn as 暂无数据. Text no font has is
// drawn as a box (a site's name must not stop an office's report). The same data gives the same
// bytes.
func SummaryReport(w io.Writer, s SummaryData) error {
	if s.Session == "" || s.GeneratedAt.IsZero() {
		return errors.New("reports: summary report without session or generation time")
	}
	m := s.model()
	d, err := newDocument(layout{Size: "A4", Title: s.title(), Created: s.GeneratedAt.In(shanghai)}, m.texts()...)
	if err != nil {
		return err
	}
	m.lay(d).draw()
	return d.output(w)
}

const summaryReportName = "报名统计报告"

// title is the PDF's title and the cover's: the session, the report and its scope.
func (s SummaryData) title() string {
	return s.Session + " " + summaryReportName + "（" + s.scope() + "）"
}

// scope is the region the report covers, 全国 for the national one.
func (s SummaryData) scope() string {
	if s.Region == "" {
		return "全国"
	}
	return s.Region
}

func (s SummaryData) national() bool { return s.Region == "" }

// registered is the REGISTERED count of ByStatus.
func (s SummaryData) registered() int {
	for _, c := range s.ByStatus {
		if c.Key == "REGISTERED" {
			return c.Count
		}
	}
	return 0
}

func (s SummaryData) generatedText() string {
	return s.GeneratedAt.In(shanghai).Format("2006年1月2日 15:04")
}
