package reports

import (
	"bytes"
	"fmt"
	"image/png"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"
)

// summaryQualifications are the qualifications a session offers; samples with more add made-up
// ones.
var summaryQualifications = []string{
	"信息系统项目管理师", "系统分析师", "系统架构设计师", "网络规划设计师", "系统规划与管理师",
	"软件设计师", "网络工程师", "信息系统监理师", "信息安全工程师", "数据库系统工程师",
	"信息系统管理工程师", "系统集成项目管理工程师", "嵌入式系统设计师", "电子商务设计师",
	"多媒体应用设计师", "软件评测师", "计算机辅助设计师", "计算机硬件工程师", "信息技术支持工程师",
	"程序员", "网络管理员", "信息处理技术员", "信息系统运行管理员", "电子商务技术员",
	"多媒体应用制作技术员", "计算机软件测评师", "云计算工程师",
}

func qualificationLabel(i int) string {
	if i < len(summaryQualifications) {
		return summaryQualifications[i]
	}
	return "试点资格第" + strconv.Itoa(i+1) + "号"
}

// sampleSummary is a session's figures with n qualifications, days days, sites sites and
// (national report) regions regions; the numbers follow simple formulas, so every render of the
// same arguments is the same data.
func sampleSummary(region string, quals, days, sites, regions int) SummaryData {
	s := SummaryData{
		Session:     "2026年上半年计算机技术与软件专业技术资格（水平）考试",
		SessionCode: "2026H1",
		Region:      region,
		GeneratedAt: time.Date(2026, 3, 2, 2, 0, 0, 0, time.UTC), // 10:00 in Asia/Shanghai
		GeneratedBy: "liaoning-admin",
		ByStatus: []SummaryCount{
			{"DRAFT", "草稿", 1500}, {"PENDING_REVIEW", "待审核", 2100}, {"SUBMITTED", "已提交", 0},
			{"REJECTED", "审核未通过", 120}, {"AWAITING_PAYMENT", "待缴费", 900},
			{"REGISTERED", "报名成功", 9225}, {"REFUNDED", "已退费", 3}, {"WITHDRAWN", "已撤回", 88},
			{"LAPSED", "已失效", 41},
		},
		Registrations: 12345,
		ByLevel:       []SummaryCount{{"PRIMARY", "初级", 2345}, {"INTERMEDIATE", "中级", 7000}, {"ADVANCED", "高级", 3000}},
		ByArea:        []SummaryCount{{"EA1", "沈阳考区", 8000}, {"EA2", "鞍山考区", 4345}},
		ByEducation: []SummaryCount{{"DOCTORATE", "博士研究生", 45}, {"MASTER", "硕士研究生", 1800},
			{"BACHELOR", "大学本科", 8000}, {"COLLEGE", "大学专科", 2400}, {"", "未填写", 100}},
		ByEmployment: []SummaryCount{{"EMPLOYED", "在职", 10000}, {"STUDENT", "在校学生", 2000}, {"UNEMPLOYED", "待业", 345}},
		Local:        11000, NonLocal: 1345,
		RevenueFen: 123456789,
		PaidOrders: 9228,
		Review:     SummaryReview{OnTime: 7000, Late: 321, Waiting: 2100, Overdue: 17},
	}
	for i := range quals {
		s.ByQualification = append(s.ByQualification, SummaryCount{
			Key: fmt.Sprintf("Q%02d", i), Label: qualificationLabel(i), Count: 40 + (i*7919)%1200,
		})
	}
	day := time.Date(2026, 1, 5, 0, 0, 0, 0, shanghai)
	cum := 0
	for i := range days {
		n := 100 + (i*37)%250
		if i == days-1 {
			n = 900 // the rush on the last day
		}
		cum += n
		s.ByDay = append(s.ByDay, SummaryDay{Day: day.AddDate(0, 0, i).Format("2006-01-02"), Submitted: n, Cumulative: cum})
	}
	for i := range sites {
		rooms := 10 + i%25
		s.Seats = append(s.Seats, SummarySite{
			Name: fmt.Sprintf("沈阳第%d中学考点", i+1), Rooms: rooms, Capacity: rooms * 30, Used: rooms*30 - (i*13)%40,
		})
	}
	for i := range regions {
		s.Regions = append(s.Regions, SummaryRegion{
			Name: fmt.Sprintf("第%d考试地区", i+1), Registrations: 5000 + i*311, Paid: 4000 + i*250, RevenueFen: int64(5000+i*311) * 15000,
		})
	}
	return s
}

func withResults(s SummaryData) SummaryData {
	r := &SummaryResults{Registered: 9225, Sat: 8100, Absent: 1125, Passed: 2430}
	for i, q := range s.ByQualification {
		sat := q.Count * 3 / 4
		r.ByQualification = append(r.ByQualification, SummaryPass{Label: q.Label, Sat: sat, Passed: sat * (10 + i%50) / 100})
	}
	s.Results = r
	return s
}

func renderSummary(t testing.TB, s SummaryData) []byte {
	t.Helper()
	var b bytes.Buffer
	if err := SummaryReport(&b, s); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

// summaryPages is the report's text, page by page, without white space.
func summaryPages(t *testing.T, pdf []byte) []string {
	t.Helper()
	// -raw keeps the drawing order: a card's label, number and note, a table row's cells.
	pages := strings.Split(poppler(t, pdf, "pdftotext", "-raw"), "\f")
	pages = pages[:len(pages)-1] // after the last page's form feed
	for i := range pages {
		pages[i] = noSpace(pages[i])
	}
	return pages
}

func pageCount(t *testing.T, pdf []byte) int {
	t.Helper()
	m := regexp.MustCompile(`(?m)^Pages:\s+(\d+)$`).FindStringSubmatch(poppler(t, pdf, "pdfinfo"))
	if m == nil {
		t.Fatal("pdfinfo shows no page count")
	}
	n, _ := strconv.Atoi(m[1])
	return n
}

func TestSummaryRegionalReport(t *testing.T) {
	s := sampleSummary("辽宁省", 27, 30, 12, 5) // regions given, but not a national report
	pdf := renderSummary(t, s)
	if !bytes.HasPrefix(pdf, []byte("%PDF-1.")) {
		t.Fatalf("the report does not start with the PDF header: %q", pdf[:min(len(pdf), 24)])
	}
	pages := summaryPages(t, pdf)
	all := strings.Join(pages, "")
	for _, want := range []string{
		s.Session + summaryReportName, "统计范围辽宁省", "考试代码2026H1",
		"生成时间2026年3月2日10:00（北京时间）", "生成人liaoning-admin",
		"报名人数12,345", "已缴费/报名成功9,225", "占报名人数74.7%",
		"收入1,234,567.89元", "已缴费订单9,228笔", "本地/外地11,000/1,345", "外地考生占10.9%",
		"按时7,000", "超时321", "待审2,100", "已超期17",
		"沈阳考区8,000", "博士研究生45", "在校学生2,000", "报名成功9,225",
	} {
		if !strings.Contains(all, noSpace(want)) {
			t.Errorf("report lacks %q", want)
		}
	}
	for _, q := range s.ByQualification {
		if !strings.Contains(all, q.Label+count(q.Count)) {
			t.Errorf("qualification table lacks %s with %d", q.Label, q.Count)
		}
	}
	// Seats: 12 sites' rooms, capacity and use, with the total's rate.
	var capacity, used int
	for _, site := range s.Seats {
		capacity += site.Capacity
		used += site.Used
	}
	if want := "考场座位使用率" + share(used, capacity); !strings.Contains(all, want) {
		t.Errorf("report lacks %q", want)
	}
	for _, absent := range []string{"各地区报名", "第1考试地区", "考试结果", "通过率", noData} {
		if strings.Contains(all, absent) {
			t.Errorf("a regional report before the exam shows %q", absent)
		}
	}
	if info := poppler(t, pdf, "pdfinfo"); !regexp.MustCompile(`(?m)^Title:\s+` + regexp.QuoteMeta(s.title()) + `$`).MatchString(info) {
		t.Errorf("pdfinfo title, want %q:\n%s", s.title(), info)
	}
	if footer := noSpace("辽宁省报名统计报告 · 生成人：liaoning-admin · 2026年3月2日 10:00（北京时间）"); strings.Count(all, footer) != len(pages) {
		t.Errorf("footer %q on %d of %d pages", footer, strings.Count(all, footer), len(pages))
	}
}

func TestSummaryPageNumbersAndContents(t *testing.T) {
	pdf := renderSummary(t, withResults(sampleSummary("", 35, 30, 120, 40)))
	n := pageCount(t, pdf)
	pages := summaryPages(t, pdf)
	if len(pages) != n || n < 10 {
		t.Fatalf("%d pages of text, pdfinfo says %d", len(pages), n)
	}
	for i, p := range pages {
		if want := noSpace(pageNumber(i+1, n)); !strings.Contains(p, want) {
			t.Errorf("page %d lacks %q", i+1, want)
		}
	}
	// The contents on the cover give each section's first page.
	sections := []string{"关键数据", "报名趋势", "报考资格", "报名分布", "考场座位", "各地区报名", "考试结果"}
	for i, title := range sections {
		heading := sectionTitle(i, title)
		at := 0
		for j, p := range pages[1:] {
			if strings.HasPrefix(p, heading) {
				at = j + 2
				break
			}
		}
		if at == 0 {
			t.Errorf("no page starts with %s", heading)
			continue
		}
		if entry := heading + strconv.Itoa(at); !strings.Contains(pages[0], entry) {
			t.Errorf("contents lack %q:\n%s", entry, pages[0])
		}
	}
}

func TestNiceAxis(t *testing.T) {
	for _, c := range []struct{ max, top, step float64 }{
		{0, 5, 1}, {1, 5, 1}, {5, 5, 1}, {6, 10, 2}, {10, 10, 2}, {11, 25, 5}, {100, 100, 20},
		{101, 125, 25}, {1000, 1000, 200}, {1234, 1250, 250}, {9225, 10000, 2000}, {12345, 12500, 2500},
		{1_000_000, 1_000_000, 200_000},
	} {
		if top, step := niceAxis(c.max); top != c.top || step != c.step {
			t.Errorf("niceAxis(%v) = %v, %v; want %v, %v", c.max, top, step, c.top, c.step)
		}
	}
}

func TestSummaryNationalReport(t *testing.T) {
	s := sampleSummary("", 30, 30, 20, 40)
	all := strings.Join(summaryPages(t, renderSummary(t, s)), "")
	for _, want := range []string{"统计范围全国", "六、各地区报名", "各地区报名与缴费", "地区报名人数报名成功成功率收入（元）",
		"合计" + count(5000*40+311*780) + count(4000*40+250*780)} {
		if !strings.Contains(all, noSpace(want)) {
			t.Errorf("national report lacks %q", want)
		}
	}
	for _, r := range s.Regions {
		row := r.Name + count(r.Registrations) + count(r.Paid) + share(r.Paid, r.Registrations) + yuanText(r.RevenueFen)
		if !strings.Contains(all, row) {
			t.Errorf("regions table lacks the row %q", row)
		}
	}
	if want := "第1考试地区5,0004,00080.0%750,000.00"; !strings.Contains(all, want) {
		t.Errorf("regions table lacks %q", want)
	}
	if strings.Contains(all, "考试结果") {
		t.Error("results before the exam")
	}
}

func TestSummaryResults(t *testing.T) {
	s := withResults(sampleSummary("大连市", 27, 30, 10, 0))
	all := strings.Join(summaryPages(t, renderSummary(t, s)), "")
	for _, want := range []string{"六、考试结果", "参考8,100报名成功9,225人", "缺考1,125", "通过2,430占参考30.0%",
		"通过率30.0%", "各报考资格通过率", "各报考资格考试结果"} {
		if !strings.Contains(all, noSpace(want)) {
			t.Errorf("results lack %q", want)
		}
	}
	for _, q := range s.Results.ByQualification {
		row := q.Label + count(q.Sat) + count(q.Passed) + share(q.Passed, q.Sat)
		if !strings.Contains(all, row) {
			t.Errorf("results table lacks %q", row)
		}
		bar := q.Label + share(q.Passed, q.Sat) + "（" + count(q.Passed) + "/" + count(q.Sat) + "）"
		if !strings.Contains(all, bar) {
			t.Errorf("pass-rate chart lacks %q", bar)
		}
	}
	if strings.Contains(all, "各地区报名") {
		t.Error("a region's report with the regions table")
	}
}

func emptySummary(region string) SummaryData {
	return SummaryData{
		Session: "2026年下半年计算机技术与软件专业技术资格（水平）考试", SessionCode: "2026H2", Region: region,
		GeneratedAt: time.Date(2026, 8, 1, 0, 30, 0, 0, time.UTC), GeneratedBy: "dalian-admin",
	}
}

func TestSummaryWithoutData(t *testing.T) {
	for _, region := range []string{"大连市", ""} {
		pages := summaryPages(t, renderSummary(t, emptySummary(region)))
		all := strings.Join(pages, "")
		// The curve, the qualifications' chart and table, five distributions, the seats, the regions.
		want := 9
		if region == "" {
			want++
		}
		if n := strings.Count(all, noData); n != want {
			t.Errorf("%q: %s %d times, want %d", region, noData, n, want)
		}
		for _, figure := range []string{"报名人数0", "已缴费/报名成功0占报名人数" + noFigure, "收入0.00元已缴费订单0笔",
			"考场座位使用率" + noFigure, "按时0"} {
			if !strings.Contains(all, figure) {
				t.Errorf("%q: no %q", region, figure)
			}
		}
		if !strings.Contains(pages[2], "二、报名趋势每日报名"+noData) {
			t.Errorf("%q: the curve without days:\n%s", region, pages[2])
		}
	}
}

func TestSummaryIsDeterministic(t *testing.T) {
	s := withResults(sampleSummary("", 35, 30, 50, 40))
	first := renderSummary(t, s)
	if !bytes.Equal(first, renderSummary(t, withResults(sampleSummary("", 35, 30, 50, 40)))) {
		t.Fatal("two renders of the same report differ")
	}
	for _, date := range []string{"/CreationDate (D:20260302100000", "/ModDate (D:20260302100000"} {
		if !bytes.Contains(first, []byte(date)) {
			t.Errorf("no %s", date)
		}
	}
	s.GeneratedAt = s.GeneratedAt.Add(time.Minute)
	if bytes.Equal(first, renderSummary(t, s)) {
		t.Fatal("another generation time gave the same bytes")
	}
}

func TestSummaryLongQualificationTable(t *testing.T) {
	s := sampleSummary("辽宁省", 80, 30, 5, 0)
	pages := summaryPages(t, renderSummary(t, s))
	head := "序号报考资格人数占比"
	var tablePages []int
	for i, p := range pages {
		if strings.Contains(p, "报考资格报名人数"+head) || strings.Contains(p, "报考资格报名人数（续）"+head) {
			tablePages = append(tablePages, i)
		}
	}
	if len(tablePages) < 2 {
		t.Fatalf("80 qualifications on %d pages, want the table to go on over 2 or more", len(tablePages))
	}
	for _, i := range tablePages[1:] {
		if !strings.HasPrefix(pages[i], "报考资格报名人数（续）"+head) {
			t.Errorf("page %d goes on with the table without its caption and head:\n%.200s", i+1, pages[i])
		}
	}
	table := ""
	for _, i := range tablePages {
		table += pages[i]
	}
	last := -1
	for i, q := range s.ByQualification {
		row := strconv.Itoa(i+1) + q.Label + count(q.Count)
		at := strings.Index(table, row)
		if at < 0 {
			t.Errorf("table lacks %q", row)
			continue
		}
		if at < last {
			t.Errorf("%q out of order", row)
		}
		last = at
	}
	if !strings.Contains(table, "合计"+count(sum(s.ByQualification))+"100.0%") {
		t.Error("no total row")
	}
}

func TestSummaryQualificationChart(t *testing.T) {
	for _, n := range []int{20, 21, 35} {
		s := sampleSummary("辽宁省", n, 30, 5, 0)
		pages := summaryPages(t, renderSummary(t, s))
		chart := pages[3] // cover, key figures, curve, then the qualifications
		sorted := slices.Clone(s.ByQualification)
		slices.SortStableFunc(sorted, func(a, b SummaryCount) int { return b.Count - a.Count })
		total := sum(s.ByQualification)
		if n <= maxQualificationBars {
			if strings.Contains(chart, "其他") || strings.Contains(chart, "前20位") {
				t.Errorf("%d qualifications: 其他 or 前 20 位 in the chart", n)
			}
		} else {
			rest := sorted[maxQualificationBars-1:]
			want := "其他（" + strconv.Itoa(len(rest)) + "项）" + count(sum(rest)) + "（" + share(sum(rest), total) + "）"
			if !strings.Contains(chart, "报考资格报名人数（前20位）") || !strings.Contains(chart, want) {
				t.Errorf("%d qualifications: no %q in the chart:\n%.300s", n, want, chart)
			}
			sorted = sorted[:maxQualificationBars-1]
		}
		// The bars, largest first, each with its count and share.
		last := -1
		for _, q := range sorted {
			at := strings.Index(chart, q.Label+count(q.Count)+"（"+share(q.Count, total)+"）")
			if at < last {
				t.Errorf("%d qualifications: bar %s missing or out of order", n, q.Label)
			}
			last = at
		}
	}
}

// colourPixels counts the pixels of page (1-based) close to c, at 40 dpi.
func colourPixels(t *testing.T, pdf []byte, page int, c [3]int) int {
	t.Helper()
	p := strconv.Itoa(page)
	img, err := png.Decode(strings.NewReader(poppler(t, pdf, "pdftoppm", "-r", "40", "-png", "-f", p, "-l", p)))
	if err != nil {
		t.Fatal(err)
	}
	near := func(v uint32, want int) bool { return int(v>>8) >= want-20 && int(v>>8) <= want+20 }
	n := 0
	b := img.Bounds()
	for y := b.Min.Y; y < b.Max.Y; y++ {
		for x := b.Min.X; x < b.Max.X; x++ {
			r, g, bl, _ := img.At(x, y).RGBA()
			if near(r, c[0]) && near(g, c[1]) && near(bl, c[2]) {
				n++
			}
		}
	}
	return n
}

func TestSummaryChartsAreDrawn(t *testing.T) {
	pdf := renderSummary(t, sampleSummary("辽宁省", 27, 30, 5, 0))
	// The curve's page: the bars (blue) and the cumulative line (red); 30 days of bars cover
	// far more than the cards' edges below them.
	if n := colourPixels(t, pdf, 3, chartColor); n < 2000 {
		t.Errorf("daily bars: %d blue pixels", n)
	}
	if n := colourPixels(t, pdf, 3, lineColor); n < 150 {
		t.Errorf("cumulative line: %d red pixels", n)
	}
	if n := colourPixels(t, pdf, 4, chartColor); n < 2000 {
		t.Errorf("qualification bars: %d blue pixels", n)
	}
	if n := colourPixels(t, pdf, 4, othersColor); n < 100 {
		t.Errorf("the 其他 bar: %d grey pixels", n)
	}
	empty := renderSummary(t, emptySummary("大连市"))
	if n := colourPixels(t, empty, 3, chartColor) + colourPixels(t, empty, 3, lineColor); n > 0 {
		t.Errorf("a curve without days draws %d pixels of bars and line", n)
	}
}

func TestSummaryCurveOfAnyLength(t *testing.T) {
	for _, days := range []int{1, 2, 120} {
		s := sampleSummary("辽宁省", 5, days, 2, 0)
		page := summaryPages(t, renderSummary(t, s))[2]
		first, last := s.ByDay[0].Day, s.ByDay[days-1].Day
		if !strings.Contains(page, "每日报名（"+first+"至"+last+"）") || !strings.Contains(page, dayLabel(first)) {
			t.Errorf("%d days: caption or first day label missing:\n%.300s", days, page)
		}
		// Day labels are thinned to fit: 120 labels of 01-05 do not fit side by side.
		if n := strings.Count(page, "-"); days == 120 && n > 60 {
			t.Errorf("%d days: %d day labels", days, n)
		}
	}
}

func TestSummaryLargeFiguresFitTheirCards(t *testing.T) {
	s := sampleSummary("", 5, 3, 2, 2)
	s.RevenueFen = 1_234_567_890_123
	s.Registrations = 1_234_567_890
	all := strings.Join(summaryPages(t, renderSummary(t, s)), "")
	for _, want := range []string{"收入12,345,678,901.23元", "报名人数1,234,567,890"} {
		if !strings.Contains(all, want) {
			t.Errorf("no %q", want)
		}
	}
}

func TestSummaryDrawsWhatNoFontHas(t *testing.T) {
	s := sampleSummary("辽宁省", 5, 3, 2, 0)
	s.Seats[0].Name = "吉𠮷中学"
	text := strings.Join(summaryPages(t, renderSummary(t, s)), "")
	if !strings.Contains(text, "吉〓中学") {
		t.Error("a site name beyond the fonts is not drawn with 〓")
	}
	if err := SummaryReport(&bytes.Buffer{}, SummaryData{GeneratedAt: s.GeneratedAt}); err == nil {
		t.Error("a report without a session")
	}
}

// BenchmarkSummaryNational renders the country's report after the exam: 40 regions, 35
// qualifications, 30 days, 300 sites.
func BenchmarkSummaryNational(b *testing.B) {
	s := withResults(sampleSummary("", 35, 30, 300, 40))
	renderSummary(b, s) // parse the fonts once, as a running server has
	b.ReportAllocs()
	b.ResetTimer()
	var out bytes.Buffer
	for b.Loop() {
		out.Reset()
		if err := SummaryReport(&out, s); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(out.Len())/1024, "KB")
}
