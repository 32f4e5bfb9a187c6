package graph_test

import (
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/ruankao/ruankao/internal/clock"
	"github.com/ruankao/ruankao/internal/demo"
	"github.com/ruankao/ruankao/internal/enum"
	"github.com/ruankao/ruankao/internal/testenv"
)

// people makes n extra candidates with valid ID numbers.
func people(n int) []demo.Identity {
	w := []int{7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2}
	out := make([]demo.Identity, n)
	for i := range out {
		body := fmt.Sprintf("21020319%02d0101%03d", 80+i, 100+i)
		sum := 0
		for j, c := range body {
			sum += int(c-'0') * w[j]
		}
		out[i] = demo.Identity{Subject: fmt.Sprintf("queue-%d", i), Name: fmt.Sprintf("考生%02d", i),
			IDType: enum.IDResident, IDNumber: body + string("10X98765432"[sum%11])}
	}
	return out
}

// submitIn submits a complete application for p in a region, one minute apart.
func submitIn(t *testing.T, env *testenv.Env, p demo.Identity, regionCode, area, hukou, qual string) (*applicant, string) {
	t.Helper()
	a := newApplicant(t, env, p)
	form := a.fullForm(t, regionCode, area, hukou)
	form["qualificationCode"] = qual
	d := a.save(t, "", form).Application
	if d == nil {
		t.Fatalf("save for %s failed", p.Name)
	}
	sp := a.submit(t, d.ID, true, "")
	if len(sp.UserErrors) > 0 {
		t.Fatalf("submit for %s: %+v", p.Name, sp.UserErrors)
	}
	env.Clock.Advance(time.Minute)
	return a, d.ID
}

type queueItem struct {
	ID, Name, Status, IdNumberMasked string
	Version                          int
	Overdue                          bool
	ReviewDeadlineAt                 *string
	Claim                            *struct {
		ReviewerName string
		Mine         bool
	}
}

const queueQ = `query($f: ReviewQueueFilter, $o: ReviewQueueOrder, $n: Int) { reviewQueue(first: $n, filter: $f, order: $o) {
	totalCount edges { node { id name status version idNumberMasked overdue reviewDeadlineAt claim { reviewerName mine } } } } }`

func queue(t *testing.T, env *testenv.Env, token string, f map[string]any, order string) (int, []queueItem) {
	t.Helper()
	var d struct {
		ReviewQueue struct {
			TotalCount int
			Edges      []struct{ Node queueItem }
		}
	}
	vars := map[string]any{"f": f, "n": 50}
	if order != "" {
		vars["o"] = order
	}
	env.MustAs(t, token, queueQ, vars, &d)
	var items []queueItem
	for _, e := range d.ReviewQueue.Edges {
		items = append(items, e.Node)
	}
	return d.ReviewQueue.TotalCount, items
}

func names(items []queueItem) string {
	var out []string
	for _, it := range items {
		out = append(out, it.Name)
	}
	return strings.Join(out, ",")
}

func TestReviewQueueFiltersSearchAndOrder(t *testing.T) {
	env := testenv.Start(t, march)
	ps := people(4)
	submitIn(t, env, ps[0], "210200", "大连考区", "210000", "ZJ02")
	submitIn(t, env, ps[1], "210200", "大连考区", "320000", "ZJ04") // non-local
	submitIn(t, env, ps[2], "210200", "大连考区", "210000", "GX02") // 高级
	submitIn(t, env, ps[3], "210000", "沈阳考区", "210000", "ZJ02") // 辽宁
	reviewer := env.LoginStaff(t, "dalian-reviewer")

	n, items := queue(t, env, reviewer, nil, "")
	if n != 3 || names(items) != "考生00,考生01,考生02" {
		t.Fatalf("default queue: %d %s", n, names(items))
	}
	if _, items := queue(t, env, reviewer, nil, "NEWEST_FIRST"); names(items) != "考生02,考生01,考生00" {
		t.Errorf("newest first: %s", names(items))
	}
	if !strings.HasPrefix(items[0].IdNumberMasked, "2102") || !strings.Contains(items[0].IdNumberMasked, "*") {
		t.Errorf("masked: %q", items[0].IdNumberMasked)
	}
	for f, want := range map[string]string{
		`{"level":"SENIOR"}`:                  "考生02",
		`{"qualificationCode":"ZJ04"}`:        "考生01",
		`{"nonLocal":true}`:                   "考生01",
		`{"search":"生00"}`:                    "考生00",
		`{"search":"` + ps[2].IDNumber + `"}`: "考生02",
		`{"statuses":["DRAFT"]}`:              "",
		`{"regionCode":"210000"}`:             "", // another region's code changes nothing for a regional reviewer
	} {
		var filter map[string]any
		if err := jsonUnmarshal(f, &filter); err != nil {
			t.Fatal(err)
		}
		if _, items := queue(t, env, reviewer, filter, ""); names(items) != want {
			t.Errorf("filter %s: %q, want %q", f, names(items), want)
		}
	}
	// 辽宁's reviewer sees only 辽宁's; the national admin chooses.
	if _, items := queue(t, env, env.LoginStaff(t, "liaoning-reviewer"), nil, ""); names(items) != "考生03" {
		t.Errorf("辽宁 reviewer: %s", names(items))
	}
	if n, _ := queue(t, env, env.LoginStaff(t, "admin"), map[string]any{"regionCode": "210200"}, ""); n != 3 {
		t.Errorf("national admin, 大连: %d", n)
	}
	// Counts per state, from the database.
	var c struct {
		ReviewCounts []struct {
			Status string
			Count  int
		}
	}
	env.MustAs(t, reviewer, `{ reviewCounts(sessionCode: "DEMO-OPEN") { status count } }`, nil, &c)
	for _, row := range c.ReviewCounts {
		if (row.Status == "PENDING_REVIEW") != (row.Count == 3) {
			t.Errorf("count %s = %d", row.Status, row.Count)
		}
	}
	// Candidates have no queue.
	if res := env.PostAs(t, newApplicant(t, env, demo.Identities[0]).token, queueQ, nil); res.Code() != "FORBIDDEN" {
		t.Errorf("candidate queue: %+v", res.Errors)
	}
}

const approveQ = `mutation($id: ID!, $v: Int!) { approveApplication(id: $id, version: $v, note: "ok") { ` + appFields + ` } }`
const rejectQ = `mutation($id: ID!, $v: Int!, $r: [String!]!, $n: String) { rejectApplication(id: $id, version: $v, reasonCodes: $r, note: $n) { ` + appFields + ` } }`

func decide(t *testing.T, env *testenv.Env, token, q string, vars map[string]any) (payload, *testenv.Response) {
	t.Helper()
	res := env.PostAs(t, token, q, vars)
	var d map[string]payload
	if len(res.Errors) == 0 {
		_ = jsonUnmarshalRaw(res.Data, &d)
	}
	for _, p := range d {
		return p, res
	}
	return payload{}, res
}

func TestReviewTransitions(t *testing.T) {
	env := testenv.Start(t, march)
	ps := people(2)
	_, paidID := submitIn(t, env, ps[0], "210200", "大连考区", "210000", "ZJ02")
	cand, freeID := submitIn(t, env, ps[1], "210000", "沈阳考区", "210000", "ZJ02")
	dalian, liaoning := env.LoginStaff(t, "dalian-reviewer"), env.LoginStaff(t, "liaoning-reviewer")

	// Cross-region: 辽宁's reviewer cannot decide 大连's application.
	if _, res := decide(t, env, liaoning, approveQ, map[string]any{"id": paidID, "v": 2}); res.Code() != "NOT_FOUND" {
		t.Fatalf("cross-region approve: %+v", res.Errors)
	}
	p, _ := decide(t, env, dalian, approveQ, map[string]any{"id": paidID, "v": 2})
	if p.Application == nil || p.Application.Status != "AWAITING_PAYMENT" || *p.Application.FeeTotalFen != 12000 {
		t.Fatalf("approve in 大连: %+v", p)
	}
	// 辽宁 is free: approval registers.
	if p, res := decide(t, env, liaoning, rejectQ, map[string]any{"id": freeID, "v": 2, "r": []string{"PHOTO_NONCOMPLIANT", "NOPE"}}); !hasCode(p.UserErrors, "INVALID_FORMAT") {
		t.Fatalf("unknown reason: %+v %+v", p, res.Errors)
	}
	if p, _ := decide(t, env, liaoning, rejectQ, map[string]any{"id": freeID, "v": 2, "r": []string{"OTHER"}}); !hasCode(p.UserErrors, "REQUIRED") {
		t.Fatalf("OTHER without a note: %+v", p)
	}
	p, _ = decide(t, env, liaoning, rejectQ, map[string]any{"id": freeID, "v": 2, "r": []string{"PHOTO_NONCOMPLIANT"}, "n": "请更换近期照片"})
	if p.Application == nil || p.Application.Status != "REJECTED" || !p.Application.Editable {
		t.Fatalf("reject: %+v", p)
	}
	// The candidate sees why, corrects and resubmits; approval then registers (free).
	var mine struct {
		MyApplications []struct {
			Status           string
			RejectionReasons []struct{ Code, Label string }
		}
	}
	env.MustAs(t, cand.token, `{ myApplications { status rejectionReasons { code label } } }`, nil, &mine)
	if len(mine.MyApplications) != 1 || mine.MyApplications[0].RejectionReasons[0].Label != "照片不符合要求" {
		t.Fatalf("candidate's view: %+v", mine)
	}
	sp := cand.submit(t, freeID, true, "")
	if sp.Application.Status != "PENDING_REVIEW" {
		t.Fatalf("resubmit: %+v", sp)
	}
	p, _ = decide(t, env, liaoning, approveQ, map[string]any{"id": freeID, "v": sp.Application.Version})
	if p.Application == nil || p.Application.Status != "REGISTERED" || *p.Application.FeeTotalFen != 0 {
		t.Fatalf("approve in 辽宁: %+v", p)
	}
	if p, _ := decide(t, env, liaoning, approveQ, map[string]any{"id": freeID, "v": p.Application.Version}); !hasCode(p.UserErrors, "WRONG_STATE") {
		t.Errorf("approving twice: %+v", p)
	}
}

func TestReviewDeadlineAcrossHolidayAndMakeUpDay(t *testing.T) {
	// Wednesday 30 September 2026: 国庆 1–7 October, Saturday 10 October is a working day.
	env := testenv.Start(t, time.Date(2026, 9, 30, 10, 0, 0, 0, clock.Shanghai))
	_, id := submitIn(t, env, people(1)[0], "210200", "大连考区", "210000", "ZJ02")
	_, items := queue(t, env, env.LoginStaff(t, "dalian-reviewer"), nil, "")
	if len(items) != 1 || items[0].ID != id || *items[0].ReviewDeadlineAt != "2026-10-10T23:59:59+08:00" {
		t.Fatalf("deadline: %+v", items)
	}
	env.Clock.Set(time.Date(2026, 10, 11, 0, 0, 1, 0, clock.Shanghai))
	if _, items := queue(t, env, env.LoginStaff(t, "dalian-reviewer"), map[string]any{"overdue": true}, ""); len(items) != 1 || !items[0].Overdue {
		t.Errorf("overdue: %+v", items)
	}
}

func TestClaimsAndConcurrentDecisions(t *testing.T) {
	env := testenv.Start(t, march)
	_, id := submitIn(t, env, people(1)[0], "210200", "大连考区", "210000", "ZJ02")
	first, second := env.LoginStaff(t, "dalian-reviewer"), env.LoginStaff(t, "dalian-admin")
	var c struct {
		ClaimApplication struct {
			Claim *struct {
				ReviewerName string
				Mine         bool
			}
		}
	}
	env.MustAs(t, first, `mutation($id: ID!) { claimApplication(id: $id) { claim { reviewerName mine } } }`, map[string]any{"id": id}, &c)
	if c.ClaimApplication.Claim == nil || !c.ClaimApplication.Claim.Mine {
		t.Fatalf("claim: %+v", c)
	}
	if _, res := decide(t, env, second, approveQ, map[string]any{"id": id, "v": 2}); res.Code() != "CONFLICT" ||
		!strings.Contains(res.Errors[0].Message, "大连市审核员") {
		t.Fatalf("deciding another's claim: %+v", res.Errors)
	}
	_, items := queue(t, env, second, nil, "")
	if items[0].Claim == nil || items[0].Claim.Mine || items[0].Claim.ReviewerName != "大连市审核员（演示）" {
		t.Errorf("queue claim: %+v", items[0].Claim)
	}
	// The claim expires after 15 minutes; a stale version is a conflict too.
	env.Clock.Advance(16 * time.Minute)
	second = env.LoginStaff(t, "dalian-admin")
	if _, res := decide(t, env, second, approveQ, map[string]any{"id": id, "v": 1}); res.Code() != "CONFLICT" {
		t.Fatalf("stale version: %+v", res.Errors)
	}
	if p, res := decide(t, env, second, approveQ, map[string]any{"id": id, "v": 2}); p.Application == nil || p.Application.Status != "AWAITING_PAYMENT" {
		t.Fatalf("after the claim expired: %+v %+v", p, res.Errors)
	}
}

func TestBulkApproveIsAllOrNothing(t *testing.T) {
	env := testenv.Start(t, march)
	var ids []string
	for _, p := range people(3) {
		_, id := submitIn(t, env, p, "210200", "大连考区", "210000", "ZJ02")
		ids = append(ids, id)
	}
	reviewer := env.LoginStaff(t, "dalian-reviewer")
	const q = `mutation($items: [BulkApproveItem!]!) { bulkApprove(items: $items) { applications { id status } userErrors { code field message } } }`
	items := []map[string]any{{"id": ids[0], "version": 2}, {"id": ids[1], "version": 2}, {"id": ids[2], "version": 1}}
	res := env.PostAs(t, reviewer, q, map[string]any{"items": items})
	if !strings.Contains(string(res.Data), `"applications":[]`) || !strings.Contains(string(res.Data), "CONFLICT") {
		t.Fatalf("one stale version: %s %+v", res.Data, res.Errors)
	}
	if n, _ := queue(t, env, reviewer, nil, ""); n != 3 {
		t.Fatalf("%d still pending after the refused batch, want 3", n)
	}
	items[2]["version"] = 2
	res = env.PostAs(t, reviewer, q, map[string]any{"items": items})
	if strings.Count(string(res.Data), "AWAITING_PAYMENT") != 3 {
		t.Fatalf("the batch: %s %+v", res.Data, res.Errors)
	}
}

// The queue page is a fixed number of statements whatever its size.
func TestReviewQueueStatementCount(t *testing.T) {
	env := testenv.Start(t, march)
	reviewer := env.LoginStaff(t, "dalian-reviewer")
	count := func() int {
		env.Counter.Reset()
		queue(t, env, reviewer, nil, "")
		return env.Counter.Selects()
	}
	for _, p := range people(2) {
		submitIn(t, env, p, "210200", "大连考区", "210000", "ZJ02")
	}
	reviewer = env.LoginStaff(t, "dalian-reviewer")
	small := count()
	for i, p := range people(8)[2:] {
		_ = i
		submitIn(t, env, p, "210200", "大连考区", "210000", "ZJ02")
	}
	reviewer = env.LoginStaff(t, "dalian-reviewer")
	if big := count(); big != small {
		t.Fatalf("2 rows: %d SELECTs, 8 rows: %d", small, big)
	}
	if small > 8 {
		t.Errorf("%d SELECTs for a queue page:\n%s", small, strings.Join(env.Counter.Statements(), "\n"))
	}
}
