package graph_test

import (
	"net/url"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/ruankao/ruankao/internal/clock"
	"github.com/ruankao/ruankao/internal/testenv"
)

// Early March: the demo's open session examines in late April (上半年), so it
// offers 信息系统项目管理师.
var march = time.Date(2026, 3, 2, 10, 0, 0, 0, clock.Shanghai)

type session struct {
	Code              string `json:"code"`
	Half              string `json:"half"`
	HalfLabel         string `json:"halfLabel"`
	RegistrationOpen  bool   `json:"registrationOpen"`
	FirstExamDay      string `json:"firstExamDay"`
	RegistrationOpens string `json:"registrationOpensAt"`
}

func TestExamSessionsNewestFirstWithOpenWindow(t *testing.T) {
	env := testenv.Start(t, march)
	var data struct{ ExamSessions []session }
	env.MustData(t, `{ examSessions { code half halfLabel registrationOpen firstExamDay registrationOpensAt } }`, nil, &data)
	var codes []string
	for _, s := range data.ExamSessions {
		codes = append(codes, s.Code)
	}
	if want := []string{"DEMO-OPEN", "DEMO-PRINT", "DEMO-SCORES"}; !slices.Equal(codes, want) {
		t.Fatalf("sessions = %v, want %v (newest exam first)", codes, want)
	}
	open := data.ExamSessions[0]
	if !open.RegistrationOpen || data.ExamSessions[1].RegistrationOpen || data.ExamSessions[2].RegistrationOpen {
		t.Errorf("only DEMO-OPEN should be open: %+v", data.ExamSessions)
	}
	if open.Half != "FIRST" || open.HalfLabel != "上半年" || open.FirstExamDay != "2026-05-01" {
		t.Errorf("open session = %+v", open)
	}
	// Opened three days before, at 09:00 Beijing time, and shown in +08:00.
	if open.RegistrationOpens != "2026-02-27T09:00:00+08:00" {
		t.Errorf("registrationOpensAt = %q", open.RegistrationOpens)
	}

	// The window closes 14 days after today at 17:00; the clock decides.
	env.Clock.Set(time.Date(2026, 3, 16, 17, 0, 0, 0, clock.Shanghai))
	var after struct{ ExamSession session }
	env.MustData(t, `{ examSession(code: "DEMO-OPEN") { code registrationOpen } }`, nil, &after)
	if after.ExamSession.RegistrationOpen {
		t.Error("registration still open at the closing instant")
	}
	env.Clock.Set(time.Date(2026, 3, 16, 16, 59, 0, 0, clock.Shanghai))
	env.MustData(t, `{ examSession(code: "DEMO-OPEN") { code registrationOpen } }`, nil, &after)
	if !after.ExamSession.RegistrationOpen {
		t.Error("registration closed a minute early")
	}
}

func TestUnknownSessionIsNull(t *testing.T) {
	env := testenv.Start(t, march)
	res := env.Post(t, `{ examSession(code: "2099H1") { code } }`, nil)
	if len(res.Errors) > 0 || string(res.Data) != `{"examSession":null}` {
		t.Fatalf("got %s %+v", res.Data, res.Errors)
	}
}

type qual struct {
	Code          string `json:"code"`
	Level         string `json:"level"`
	LevelLabel    string `json:"levelLabel"`
	CategoryLabel string `json:"categoryLabel"`
	Subjects      []struct {
		Order     int    `json:"order"`
		Name      string `json:"name"`
		FullMarks int    `json:"fullMarks"`
		PassMark  int    `json:"passMark"`
	} `json:"subjects"`
}

const qualsQuery = `query($s: String, $l: Level) { qualifications(sessionCode: $s, level: $l) {
	code level levelLabel categoryLabel subjects { order name fullMarks passMark } } }`

func TestQualificationsOfferedInSession(t *testing.T) {
	env := testenv.Start(t, march)
	var all struct{ Qualifications []qual }
	env.MustData(t, qualsQuery, nil, &all)
	if len(all.Qualifications) != 27 {
		t.Fatalf("catalog has %d qualifications, want 27", len(all.Qualifications))
	}
	pm := all.Qualifications[0]
	if pm.Code != "GX01" || pm.LevelLabel != "高级" || pm.CategoryLabel != "信息系统" {
		t.Errorf("first = %+v", pm)
	}
	var names []string
	for _, s := range pm.Subjects {
		names = append(names, s.Name)
		if s.FullMarks != 75 || s.PassMark != 45 {
			t.Errorf("subject %s marks %d/%d", s.Name, s.FullMarks, s.PassMark)
		}
	}
	if !slices.Equal(names, []string{"综合知识", "案例分析", "论文"}) {
		t.Errorf("高级 subjects = %v", names)
	}
	for _, q := range all.Qualifications[5:] {
		if len(q.Subjects) != 2 || q.Subjects[0].Name != "基础知识" || q.Subjects[1].Name != "应用技术" {
			t.Errorf("%s subjects = %+v", q.Code, q.Subjects)
		}
	}

	// The 上半年 demo session offers all 27, GX01 included.
	var first struct{ Qualifications []qual }
	env.MustData(t, qualsQuery, map[string]any{"s": "DEMO-OPEN"}, &first)
	if len(first.Qualifications) != 27 || first.Qualifications[0].Code != "GX01" {
		t.Errorf("上半年 offers %d, first %v", len(first.Qualifications), first.Qualifications[0].Code)
	}
	var senior struct{ Qualifications []qual }
	env.MustData(t, qualsQuery, map[string]any{"s": "DEMO-OPEN", "l": "SENIOR"}, &senior)
	if len(senior.Qualifications) != 5 {
		t.Errorf("高级 offered: %d, want 5", len(senior.Qualifications))
	}
}

func TestSecondHalfSessionHasNoProjectManager(t *testing.T) {
	// In July the open session examines in September: 下半年, without GX01.
	env := testenv.Start(t, time.Date(2026, 7, 1, 10, 0, 0, 0, clock.Shanghai))
	var data struct{ Qualifications []qual }
	env.MustData(t, qualsQuery, map[string]any{"s": "DEMO-OPEN"}, &data)
	if len(data.Qualifications) != 26 {
		t.Fatalf("下半年 offers %d, want 26", len(data.Qualifications))
	}
	for _, q := range data.Qualifications {
		if q.Code == "GX01" {
			t.Fatal("信息系统项目管理师 offered in 下半年")
		}
	}
}

func TestQualificationsOfUnknownSession(t *testing.T) {
	env := testenv.Start(t, march)
	res := env.Post(t, qualsQuery, map[string]any{"s": "NOPE"})
	if res.Code() != "NOT_FOUND" || !strings.Contains(res.Errors[0].Message, "NOPE") {
		t.Fatalf("got %+v", res.Errors)
	}
	res = env.Post(t, qualsQuery, map[string]any{"l": "ADVANCED"})
	if res.Code() != "BAD_REQUEST" {
		t.Fatalf("bad enum: got %+v", res.Errors)
	}
}

type region struct {
	Code   string `json:"code"`
	Name   string `json:"name"`
	Kind   string `json:"kind"`
	Parent *struct {
		Code string `json:"code"`
	} `json:"parent"`
	Policies []struct {
		Session struct {
			Code string `json:"code"`
		} `json:"session"`
		Free               bool     `json:"free"`
		FeePerSubjectFen   int      `json:"feePerSubjectFen"`
		Junior             int      `json:"junior"`
		Senior             int      `json:"senior"`
		ReviewMode         string   `json:"reviewMode"`
		ReviewModeLabel    string   `json:"reviewModeLabel"`
		NonLocalAllowed    bool     `json:"nonLocalAllowed"`
		NonLocalMaterials  []string `json:"nonLocalMaterialKinds"`
		AbsenteeBan        bool     `json:"absenteeBan"`
		CommitmentRequired bool     `json:"commitmentRequired"`
	} `json:"policies"`
	Areas []struct {
		Name   string   `json:"name"`
		Levels []string `json:"levels"`
		Junior bool     `json:"junior"`
		Senior bool     `json:"senior"`
		Sites  []struct {
			Name string `json:"name"`
		} `json:"sites"`
	} `json:"areas"`
	Notices []struct {
		Kind      string `json:"kind"`
		KindLabel string `json:"kindLabel"`
		Title     string `json:"title"`
	} `json:"notices"`
}

const regionQuery = `query($c: String!) { region(code: $c) { code name kind parent { code }
	policies { session { code } free feePerSubjectFen junior: feeForLevel(level: JUNIOR) senior: feeForLevel(level: SENIOR)
		reviewMode reviewModeLabel nonLocalAllowed nonLocalMaterialKinds absenteeBan commitmentRequired }
	areas { name levels junior: acceptsLevel(level: JUNIOR) senior: acceptsLevel(level: SENIOR) sites { name } }
	notices { kind kindLabel title } } }`

func getRegion(t *testing.T, env *testenv.Env, code string) region {
	t.Helper()
	var data struct{ Region *region }
	env.MustData(t, regionQuery, map[string]any{"c": code}, &data)
	if data.Region == nil {
		t.Fatalf("region %s not found", code)
	}
	return *data.Region
}

func TestRegionsIncludeSeparateCitiesAndCorps(t *testing.T) {
	env := testenv.Start(t, march)
	var data struct {
		Regions []region
		Cities  []region
	}
	env.MustData(t, `{ regions { code name kind } cities: regions(kind: SEPARATE_CITY) { code parent { code } } }`, nil, &data)
	if len(data.Regions) != 37 {
		t.Fatalf("%d regions, want 31 provinces + 5 计划单列市 + 兵团", len(data.Regions))
	}
	var cities []string
	for _, c := range data.Cities {
		cities = append(cities, c.Code+"<"+c.Parent.Code)
	}
	want := []string{"210200<210000", "330200<330000", "350200<350000", "370200<370000", "440300<440000"}
	if !slices.Equal(cities, want) {
		t.Errorf("计划单列市 = %v", cities)
	}
	last := data.Regions[len(data.Regions)-1]
	if last.Code != "660000" || last.Kind != "CORPS" || last.Name != "新疆生产建设兵团" {
		t.Errorf("兵团 = %+v", last)
	}
}

func TestRegionPoliciesDifferPerRegion(t *testing.T) {
	env := testenv.Start(t, march)

	liaoning := getRegion(t, env, "210000")
	if len(liaoning.Policies) != 3 {
		t.Fatalf("辽宁 has %d policies", len(liaoning.Policies))
	}
	p := liaoning.Policies[0]
	if !p.Free || p.FeePerSubjectFen != 0 || !p.AbsenteeBan || !p.CommitmentRequired {
		t.Errorf("辽宁 policy = %+v", p)
	}

	dalian := getRegion(t, env, "210200")
	if dalian.Parent == nil || dalian.Parent.Code != "210000" || dalian.Kind != "SEPARATE_CITY" {
		t.Errorf("大连 = %+v", dalian)
	}
	if d := dalian.Policies[0]; d.Free || d.Junior != 6000 || d.Senior != 6000 {
		t.Errorf("大连 policy = %+v", d)
	}

	guangdong := getRegion(t, env, "440000")
	if g := guangdong.Policies[0]; g.NonLocalAllowed || g.Junior != 5500 || g.Senior != 7500 {
		t.Errorf("广东 policy = %+v", g)
	}

	jiangsu := getRegion(t, env, "320000")
	if j := jiangsu.Policies[0]; !slices.Equal(j.NonLocalMaterials, []string{"RESIDENCE_PERMIT", "SOCIAL_SECURITY", "WORK_PROOF"}) {
		t.Errorf("江苏 materials = %v", j.NonLocalMaterials)
	}

	shanghai := getRegion(t, env, "310000")
	if s := shanghai.Policies[0]; s.ReviewMode != "NONE" || s.ReviewModeLabel != "无需审核" {
		t.Errorf("上海 policy = %+v", s)
	}
	for _, n := range shanghai.Notices {
		if n.Kind == "POLICY" {
			t.Error("上海 publishes no 政策文件 in the demo")
		}
	}
	if len(shanghai.Notices) != 3 {
		t.Errorf("上海 notices = %+v", shanghai.Notices)
	}

	beijing := getRegion(t, env, "110000")
	if beijing.Policies[0].ReviewMode != "AFTER_CLOSE" {
		t.Errorf("北京 review = %s", beijing.Policies[0].ReviewMode)
	}
	if len(beijing.Areas) != 2 {
		t.Fatalf("北京 areas = %+v", beijing.Areas)
	}
	general, seniorOnly := beijing.Areas[0], beijing.Areas[1]
	if !general.Junior || !general.Senior {
		t.Errorf("北京考区 = %+v", general)
	}
	if seniorOnly.Junior || !seniorOnly.Senior || !slices.Equal(seniorOnly.Levels, []string{"SENIOR"}) {
		t.Errorf("高级 area = %+v", seniorOnly)
	}
	if labels := []string{beijing.Notices[0].KindLabel, beijing.Notices[1].KindLabel}; !slices.Equal(labels, []string{"政策文件", "考生须知"}) {
		t.Errorf("notices order = %v", labels)
	}
}

func TestCalendarHasHolidaysAndMakeUpDays(t *testing.T) {
	env := testenv.Start(t, march)
	var data struct {
		Calendar []struct {
			Date string `json:"date"`
			Kind string `json:"kind"`
			Name string `json:"name"`
		}
	}
	env.MustData(t, `{ calendar(year: 2026) { date kind name } }`, nil, &data)
	// 33 holidays and 6 调休 working days (国务院办公厅, 2026).
	if len(data.Calendar) != 39 {
		t.Fatalf("2026 has %d exceptions, want 39", len(data.Calendar))
	}
	if d := data.Calendar[3]; d.Date != "2026-01-04" || d.Kind != "WORKDAY" || d.Name != "元旦调休" {
		t.Errorf("fourth = %+v", d)
	}
	res := env.Post(t, `{ calendar(year: 1800) { date } }`, nil)
	if res.Code() != "BAD_REQUEST" {
		t.Errorf("year 1800: %+v", res.Errors)
	}
}

func TestNodeFindsCatalogButNotPersonalTables(t *testing.T) {
	env := testenv.Start(t, march)
	var data struct{ Region struct{ ID string } }
	env.MustData(t, `{ region(code: "210200") { id } }`, nil, &data)
	id := data.Region.ID
	if !strings.HasPrefix(id, "RG") || len(id) != 28 {
		t.Fatalf("id %q is not a prefixed ULID", id)
	}
	var node struct {
		Node struct {
			Typename string `json:"__typename"`
			Name     string `json:"name"`
		}
	}
	env.MustData(t, `query($id: ID!) { node(id: $id) { __typename ... on Region { name } } }`, map[string]any{"id": id}, &node)
	if node.Node.Typename != "Region" || node.Node.Name != "大连市" {
		t.Errorf("node = %+v", node.Node)
	}
	for _, bad := range []string{"RG01ZZZZZZZZZZZZZZZZZZZZZZZZ", "CA" + id[2:], "x"} {
		res := env.Post(t, `query($id: ID!) { node(id: $id) { id } }`, map[string]any{"id": bad})
		if res.Code() != "NOT_FOUND" {
			t.Errorf("node(%q): %+v", bad, res.Errors)
		}
	}
}

func TestGetRunsQueries(t *testing.T) {
	env := testenv.Start(t, march)
	res := env.Get(t, "query="+url.QueryEscape(`{ region(code: "210000") { name } }`))
	if res.Status != 200 || string(res.Data) != `{"region":{"name":"辽宁省"}}` {
		t.Fatalf("GET: %d %s %+v", res.Status, res.Data, res.Errors)
	}
}

// The nested catalog query is a fixed number of statements however many
// sessions, offerings, regions and areas there are: no N+1.
func TestNestedCatalogQueryStatementCount(t *testing.T) {
	env := testenv.Start(t, march)
	const q = `{ examSessions { code offerings { qualification { code subjects { name } } }
		policies { region { name areas { name sites { name } } notices { title } } } } }`
	env.Counter.Reset()
	var data struct {
		ExamSessions []struct {
			Offerings []struct{} `json:"offerings"`
			Policies  []struct{} `json:"policies"`
		}
	}
	env.MustData(t, q, nil, &data)
	if len(data.ExamSessions) != 3 || len(data.ExamSessions[0].Offerings) != 27 || len(data.ExamSessions[0].Policies) != 6 {
		t.Fatalf("unexpected shape: %d sessions", len(data.ExamSessions))
	}
	// sessions, offerings, qualifications, subjects, policies, regions, areas, sites, notices
	const want = 9
	if got := env.Counter.Selects(); got != want {
		t.Fatalf("%d SELECTs, want %d:\n%s", got, want, strings.Join(env.Counter.Statements(), "\n"))
	}
}
