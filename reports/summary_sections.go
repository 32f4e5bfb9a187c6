package reports

import (
	"cmp"
	"math"
	"slices"
	"strconv"
)

// summaryModel is the report as text and figures, before layout. Every string it draws is known
// here, so the fonts are cut to them before the first page (newDocument).
type summaryModel struct {
	s        SummaryData
	sections []section
}

func (m *summaryModel) texts() []string {
	texts := m.layoutTexts()
	for _, sec := range m.sections {
		for _, b := range sec.blocks {
			texts = append(texts, b.texts()...)
		}
	}
	return texts
}

// The most bars of the qualification chart: beyond it, the smallest are one bar, 其他.
const maxQualificationBars = 20

func (s SummaryData) model() *summaryModel {
	m := &summaryModel{s: s}
	add := func(title string, blocks ...block) { m.sections = append(m.sections, section{title, blocks}) }
	add("关键数据", s.keyFigures()...)
	add("报名趋势", &lineChart{caption: "每日报名", days: s.ByDay}, dayFigures(s.ByDay))
	add("报考资格", s.qualificationChart(), s.qualificationTable())
	add("报名分布",
		countTable("报名状态（全部申请）", "状态", s.ByStatus),
		countTable("级别", "级别", s.ByLevel),
		countTable("考区", "考区", s.ByArea),
		countTable("学历", "学历", s.ByEducation),
		countTable("在职情况", "在职情况", s.ByEmployment),
	)
	add("考场座位", s.seatTable())
	if s.national() {
		add("各地区报名", s.regionTable())
	}
	if r := s.Results; r != nil {
		add("考试结果", r.figures(), r.passChart(), r.passTable())
	}
	return m
}

// countTable is a distribution: its groups as given, their shares of the table's total.
func countTable(caption, head string, counts []SummaryCount) *table {
	t := &table{
		caption: caption,
		cols:    []column{{head, 94, "L"}, {"人数", 40, "R"}, {"占比", 40, "R"}},
	}
	total := sum(counts)
	for _, c := range counts {
		t.rows = append(t.rows, []string{c.Label, count(c.Count), share(c.Count, total)})
	}
	if len(counts) > 0 {
		t.total = []string{"合计", count(total), share(total, total)}
	}
	return t
}

func (s SummaryData) qualificationTable() *table {
	t := &table{
		caption: "报考资格报名人数",
		cols:    []column{{"序号", 14, "C"}, {"报考资格", 90, "L"}, {"人数", 35, "R"}, {"占比", 35, "R"}},
	}
	total := sum(s.ByQualification)
	for i, c := range s.ByQualification {
		t.rows = append(t.rows, []string{strconv.Itoa(i + 1), c.Label, count(c.Count), share(c.Count, total)})
	}
	if len(s.ByQualification) > 0 {
		t.total = []string{"", "合计", count(total), share(total, total)}
	}
	return t
}

// qualificationChart shows the qualifications by count, the largest first; past
// maxQualificationBars the rest are summed up as one bar.
func (s SummaryData) qualificationChart() *barChart {
	c := &barChart{caption: "报考资格报名人数（前 " + strconv.Itoa(maxQualificationBars) + " 位）"}
	if len(s.ByQualification) <= maxQualificationBars {
		c.caption = "报考资格报名人数"
	}
	sorted := slices.Clone(s.ByQualification)
	slices.SortStableFunc(sorted, func(a, b SummaryCount) int { return cmp.Compare(b.Count, a.Count) })
	if len(sorted) > maxQualificationBars {
		rest := sorted[maxQualificationBars-1:]
		others := SummaryCount{Label: "其他（" + strconv.Itoa(len(rest)) + " 项）", Count: sum(rest)}
		sorted = append(sorted[:maxQualificationBars-1:maxQualificationBars-1], others)
	}
	total := sum(s.ByQualification)
	for i, q := range sorted {
		c.bars = append(c.bars, bar{q.Label, float64(max(q.Count, 0)), count(q.Count) + "（" + share(q.Count, total) + "）",
			len(s.ByQualification) > maxQualificationBars && i == len(sorted)-1})
	}
	return c
}

func (s SummaryData) seatTable() *table {
	t := &table{
		caption: "各考点座位使用",
		cols: []column{{"考点", 78, "L"}, {"考场数", 22, "R"}, {"座位数", 26, "R"},
			{"已用", 24, "R"}, {"使用率", 24, "R"}},
	}
	var rooms, capacity, used int
	for _, site := range s.Seats {
		t.rows = append(t.rows, []string{site.Name, count(site.Rooms), count(site.Capacity),
			count(site.Used), share(site.Used, site.Capacity)})
		rooms, capacity, used = rooms+site.Rooms, capacity+site.Capacity, used+site.Used
	}
	if len(s.Seats) > 0 {
		t.total = []string{"合计（" + count(len(s.Seats)) + " 个考点）", count(rooms), count(capacity),
			count(used), share(used, capacity)}
	}
	return t
}

func (s SummaryData) regionTable() *table {
	t := &table{
		caption: "各地区报名与缴费",
		cols: []column{{"地区", 46, "L"}, {"报名人数", 30, "R"}, {"报名成功", 30, "R"},
			{"成功率", 24, "R"}, {"收入（元）", 44, "R"}},
	}
	var regs, paid int
	var fen int64
	for _, r := range s.Regions {
		t.rows = append(t.rows, []string{r.Name, count(r.Registrations), count(r.Paid),
			share(r.Paid, r.Registrations), yuanText(r.RevenueFen)})
		regs, paid, fen = regs+r.Registrations, paid+r.Paid, fen+r.RevenueFen
	}
	if len(s.Regions) > 0 {
		t.total = []string{"合计", count(regs), count(paid), share(paid, regs), yuanText(fen)}
	}
	return t
}

// passChart shows each qualification's pass rate, the highest first.
func (r *SummaryResults) passChart() *barChart {
	c := &barChart{caption: "各报考资格通过率", axisMax: 100, percent: true}
	sorted := slices.Clone(r.ByQualification)
	slices.SortStableFunc(sorted, func(a, b SummaryPass) int {
		return cmp.Compare(passRate(b), passRate(a))
	})
	for _, q := range sorted {
		text := "无人参考"
		if q.Sat > 0 {
			text = share(q.Passed, q.Sat) + "（" + count(q.Passed) + "/" + count(q.Sat) + "）"
		}
		c.bars = append(c.bars, bar{q.Label, max(passRate(q), 0), text, false})
	}
	return c
}

func passRate(q SummaryPass) float64 {
	if q.Sat <= 0 {
		return -1 // sorted after every qualification somebody sat
	}
	return float64(q.Passed) * 100 / float64(q.Sat)
}

func (r *SummaryResults) passTable() *table {
	t := &table{
		caption: "各报考资格考试结果",
		cols:    []column{{"报考资格", 86, "L"}, {"参考", 30, "R"}, {"通过", 30, "R"}, {"通过率", 28, "R"}},
	}
	var sat, passed int
	for _, q := range r.ByQualification {
		t.rows = append(t.rows, []string{q.Label, count(q.Sat), count(q.Passed), share(q.Passed, q.Sat)})
		sat, passed = sat+q.Sat, passed+q.Passed
	}
	if len(r.ByQualification) > 0 {
		t.total = []string{"合计", count(sat), count(passed), share(passed, sat)}
	}
	return t
}

// dayFigures sum the registration curve up: its total, the mean and the busiest day, the last day.
func dayFigures(days []SummaryDay) block {
	if len(days) == 0 {
		return &figures{cols: 4} // the chart says 暂无数据
	}
	total, peak := 0, days[0]
	for _, d := range days {
		total += d.Submitted
		if d.Submitted > peak.Submitted {
			peak = d
		}
	}
	last := days[len(days)-1]
	mean := float64(total) / float64(len(days))
	return &figures{cols: 4, items: []figure{
		{"首次提交合计", count(total), count(len(days)) + " 天"},
		{"日均", grouped(int64(math.Round(mean))), "每天首次提交"},
		{"单日最高", count(peak.Submitted), peak.Day},
		{"最近一日", count(last.Submitted), last.Day + "，累计 " + count(last.Cumulative)},
	}}
}
