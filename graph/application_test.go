package graph_test

import (
	"encoding/json"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/ruankao/ruankao/ent/application"
	"github.com/ruankao/ruankao/ent/examarea"
	"github.com/ruankao/ruankao/ent/examsession"
	"github.com/ruankao/ruankao/ent/offering"
	"github.com/ruankao/ruankao/ent/qualification"
	entregion "github.com/ruankao/ruankao/ent/region"
	"github.com/ruankao/ruankao/ent/regionpolicy"
	"github.com/ruankao/ruankao/ent/schema/pulid"
	"github.com/ruankao/ruankao/ent/statechange"
	"github.com/ruankao/ruankao/internal/clock"
	"github.com/ruankao/ruankao/internal/demo"
	"github.com/ruankao/ruankao/internal/enum"
	"github.com/ruankao/ruankao/internal/testenv"
)

// applicant is a logged-in demo candidate with a saved photo.
type applicant struct {
	env   *testenv.Env
	token string
	id    pulid.ID
	photo pulid.ID
}

func newApplicant(t *testing.T, env *testenv.Env, p demo.Identity) *applicant {
	token := env.LoginCandidate(t, p)
	id := env.CandidateID(t, p)
	return &applicant{env: env, token: token, id: id, photo: env.SavedPhoto(t, id)}
}

func areaID(t *testing.T, env *testenv.Env, regionCode, areaName string) string {
	t.Helper()
	ctx := testenv.System()
	r := env.DB.Client.Region.Query().Where(entregion.Code(regionCode)).OnlyX(ctx)
	return string(env.DB.Client.ExamArea.Query().Where(examarea.RegionID(r.ID), examarea.Name(areaName)).OnlyIDX(ctx))
}

// fullForm is a complete, valid form for a region and area.
func (a *applicant) fullForm(t *testing.T, regionCode, areaName, hukou string) map[string]any {
	return map[string]any{
		"regionCode": regionCode, "areaId": areaID(t, a.env, regionCode, areaName), "qualificationCode": "ZJ02",
		"hukouCode": hukou, "title": "无", "employment": "EMPLOYED", "workUnit": "某软件有限公司",
		"workStartDate": "2015-07-01", "education": "BACHELOR", "degree": "BACHELOR", "graduationDate": "2015-06-30",
		"majorRelation": "SAME", "majorName": "计算机科学与技术", "address": "辽宁省沈阳市和平区某路 1 号",
		"email": "zhangwei@example.com", "mobile": "138 0000 0000", "landline": "024-12345678", "postcode": "110001", "photoId": string(a.photo),
	}
}

type appView struct {
	ID               string
	Status           string
	StatusLabel      string
	Version          int
	Mobile           *string
	Gender           *string
	BirthDate        *string
	Age              *int
	Level            *string
	NonLocal         *bool
	FeeTotalFen      *int
	ReviewStartedAt  *string
	ReviewDeadlineAt *string
	LapseReason      *string
	Editable         bool
	Subjects         []struct{ Name string }
}

type userError struct {
	Field   []string
	Code    string
	Message string
}

type payload struct {
	Application *appView
	UserErrors  []userError
}

const appFields = `application { id status statusLabel version mobile gender birthDate age level nonLocal feeTotalFen
	reviewStartedAt reviewDeadlineAt lapseReason editable subjects { name } } userErrors { field code message }`

func (a *applicant) save(t *testing.T, id string, input map[string]any) payload {
	t.Helper()
	vars := map[string]any{"input": input, "s": demo.SessionOpen}
	if id != "" {
		vars["id"] = id
	}
	var d struct{ SaveApplication payload }
	a.env.MustAs(t, a.token, `mutation($s: String, $id: ID, $input: ApplicationInput!) { saveApplication(sessionCode: $s, id: $id, input: $input) { `+appFields+` } }`, vars, &d)
	return d.SaveApplication
}

func (a *applicant) submit(t *testing.T, id string, commitment bool, key string) payload {
	t.Helper()
	var d struct{ SubmitApplication payload }
	a.env.MustAs(t, a.token, `mutation($id: ID!, $c: Boolean, $k: String) { submitApplication(id: $id, commitmentAccepted: $c, idempotencyKey: $k) { `+appFields+` } }`,
		map[string]any{"id": id, "c": commitment, "k": key}, &d)
	return d.SubmitApplication
}

func (a *applicant) withdraw(t *testing.T, id string) payload {
	t.Helper()
	var d struct{ WithdrawApplication payload }
	a.env.MustAs(t, a.token, `mutation($id: ID!) { withdrawApplication(id: $id) { `+appFields+` } }`, map[string]any{"id": id}, &d)
	return d.WithdrawApplication
}

func (a *applicant) view(t *testing.T, id string) appView {
	t.Helper()
	var d struct{ Node appView }
	a.env.MustAs(t, a.token, `query($id: ID!) { node(id: $id) { ... on Application { id status statusLabel version mobile nonLocal
		feeTotalFen reviewStartedAt reviewDeadlineAt lapseReason editable } } }`, map[string]any{"id": id}, &d)
	return d.Node
}

func codes(ps []userError) []string {
	var out []string
	for _, p := range ps {
		out = append(out, p.Code+"@"+strings.Join(p.Field, "."))
	}
	return out
}

func hasCode(ps []userError, code string) bool {
	for _, p := range ps {
		if p.Code == code {
			return true
		}
	}
	return false
}

func TestDraftSavesIncompleteButRefusesMalformedFields(t *testing.T) {
	env := testenv.Start(t, march)
	a := newApplicant(t, env, demo.Identities[0])
	p := a.save(t, "", map[string]any{"regionCode": "210000"})
	if p.Application == nil || p.Application.Status != "DRAFT" || p.Application.StatusLabel != "草稿" || len(p.UserErrors) > 0 {
		t.Fatalf("incomplete draft: %+v", p)
	}
	id := p.Application.ID
	// Every malformed field at once, each with its path; nothing saved.
	bad := a.save(t, id, map[string]any{"regionCode": "210000", "mobile": "12345", "email": "not-an-email", "postcode": "99", "hukouCode": "999999"})
	got := strings.Join(codes(bad.UserErrors), " ")
	for _, want := range []string{"INVALID_FORMAT@input.mobile", "INVALID_FORMAT@input.email", "INVALID_FORMAT@input.postcode", "INVALID_FORMAT@input.hukouCode"} {
		if !strings.Contains(got, want) {
			t.Errorf("missing %s in %s", want, got)
		}
	}
	if v := a.view(t, id); v.Version != p.Application.Version || v.Mobile != nil {
		t.Errorf("a refused save changed the draft: %+v", v)
	}
	// A good save normalises and bumps the version.
	ok := a.save(t, id, map[string]any{"regionCode": "210000", "mobile": "+86 138-0000-0000"})
	if len(ok.UserErrors) > 0 || *ok.Application.Mobile != "13800000000" || ok.Application.Version != p.Application.Version+1 {
		t.Fatalf("good save: %+v", ok)
	}
	// One live application per session.
	again := a.save(t, "", map[string]any{"regionCode": "210200"})
	if again.Application != nil || !hasCode(again.UserErrors, "ALREADY_APPLIED") {
		t.Fatalf("second application: %+v", again)
	}
}

func TestSubmitInEachReviewMode(t *testing.T) {
	env := testenv.Start(t, march)
	// 辽宁: review within 1 working day, free, commitment letter required.
	zhang := newApplicant(t, env, demo.Identities[0])
	draft := zhang.save(t, "", zhang.fullForm(t, "210000", "沈阳考区", "210000")).Application
	if draft == nil {
		t.Fatal("no draft")
	}
	if p := zhang.submit(t, draft.ID, false, ""); !hasCode(p.UserErrors, "COMMITMENT_REQUIRED") {
		t.Fatalf("without the commitment: %+v", p.UserErrors)
	}
	p := zhang.submit(t, draft.ID, true, "")
	a := p.Application
	if len(p.UserErrors) > 0 || a.Status != "PENDING_REVIEW" || a.ReviewStartedAt == nil || a.ReviewDeadlineAt == nil {
		t.Fatalf("辽宁 submit: %+v", p)
	}
	// Submitted Monday 2026-03-02: one working day → end of Tuesday in Beijing.
	if *a.ReviewDeadlineAt != "2026-03-03T23:59:59+08:00" {
		t.Errorf("deadline %s", *a.ReviewDeadlineAt)
	}
	if *a.Gender != "MALE" || *a.BirthDate != "1990-03-07" || *a.Age != 36 || *a.Level != "INTERMEDIATE" || *a.NonLocal {
		t.Errorf("derived: %+v", a)
	}
	if len(a.Subjects) != 2 || a.Editable {
		t.Errorf("subjects/editable: %+v", a)
	}

	// 上海: no review, paid: straight to 待缴费 with the fee of two subjects.
	chen := newApplicant(t, env, demo.Identities[4])
	d := chen.save(t, "", chen.fullForm(t, "310000", "上海考区", "310000")).Application
	p = chen.submit(t, d.ID, false, "")
	if p.Application.Status != "AWAITING_PAYMENT" || *p.Application.FeeTotalFen != 13000 || p.Application.ReviewStartedAt != nil {
		t.Fatalf("上海 submit: %+v %+v", p.Application, p.UserErrors)
	}

	// 北京: review after the window closes: 已提交, then 待审核 when it closes.
	wang := newApplicant(t, env, demo.Identities[2])
	d = wang.save(t, "", wang.fullForm(t, "110000", "北京考区", "110000")).Application
	p = wang.submit(t, d.ID, false, "")
	if p.Application.Status != "SUBMITTED" || p.Application.StatusLabel != "已提交" {
		t.Fatalf("北京 submit: %+v %+v", p.Application, p.UserErrors)
	}
	env.Clock.Set(time.Date(2026, 3, 16, 17, 0, 0, 0, clock.Shanghai)) // the window closes (Monday 17:00)
	wang.token = env.LoginCandidate(t, demo.Identities[2])             // the old session has idled out
	v := wang.view(t, d.ID)
	if v.Status != "PENDING_REVIEW" || v.ReviewStartedAt == nil || *v.ReviewStartedAt != "2026-03-16T17:00:00+08:00" ||
		*v.ReviewDeadlineAt != "2026-03-19T23:59:59+08:00" {
		t.Fatalf("北京 after the window: %+v", v)
	}
}

func TestFreeRegionWithoutReviewIsRegisteredAndFinal(t *testing.T) {
	env := testenv.Start(t, march)
	ctx := testenv.System()
	ln := env.DB.Client.Region.Query().Where(entregion.Code("210000")).OnlyX(ctx)
	env.DB.Client.RegionPolicy.Update().Where(regionpolicy.RegionID(ln.ID)).SetReviewMode(regionpolicy.ReviewModeNONE).ExecX(ctx)
	zhang := newApplicant(t, env, demo.Identities[0])
	d := zhang.save(t, "", zhang.fullForm(t, "210000", "锦州考区", "210000")).Application
	p := zhang.submit(t, d.ID, true, "")
	if p.Application.Status != "REGISTERED" || *p.Application.FeeTotalFen != 0 {
		t.Fatalf("free, no review: %+v %+v", p.Application, p.UserErrors)
	}
	if w := zhang.withdraw(t, d.ID); !hasCode(w.UserErrors, "WRONG_STATE") || w.Application.Status != "REGISTERED" {
		t.Fatalf("withdrawing a registered application: %+v", w)
	}
	if s := zhang.save(t, d.ID, zhang.fullForm(t, "210000", "锦州考区", "210000")); !hasCode(s.UserErrors, "WRONG_STATE") {
		t.Fatalf("editing a registered application: %+v", s.UserErrors)
	}
}

func TestRegionRulesRefuseSubmission(t *testing.T) {
	env := testenv.Start(t, march)
	ctx := testenv.System()
	c := env.DB.Client

	// A 中级 qualification in the 高级-only area.
	wang := newApplicant(t, env, demo.Identities[2])
	form := wang.fullForm(t, "110000", "北京高级资格考区", "110000")
	if p := wang.save(t, "", form); !hasCode(p.UserErrors, "AREA_LEVEL_MISMATCH") {
		t.Errorf("中级 in a 高级 area: %+v", p.UserErrors)
	}
	form["qualificationCode"] = "GX02"
	if p := wang.save(t, "", form); len(p.UserErrors) > 0 {
		t.Errorf("高级 in a 高级 area: %+v", p.UserErrors)
	}

	// 广东 refuses non-local candidates; a 广东 户籍 is fine.
	zhao := newApplicant(t, env, demo.Identities[3])
	d := zhao.save(t, "", zhao.fullForm(t, "440000", "广州考区", "320000")).Application
	if p := zhao.submit(t, d.ID, false, ""); !hasCode(p.UserErrors, "NON_LOCAL_REFUSED") || p.Application.Status != "DRAFT" {
		t.Errorf("non-local in 广东: %+v", p)
	}
	zhao.withdraw(t, d.ID)

	// 江苏 asks non-local candidates for one of its materials.
	d = zhao.save(t, "", zhao.fullForm(t, "320000", "南京考区", "210000")).Application
	if p := zhao.submit(t, d.ID, false, ""); !hasCode(p.UserErrors, "MATERIALS_MISSING") {
		t.Errorf("non-local without materials: %+v", p.UserErrors)
	}
	env.Material(t, zhao.id, pulid.ID(d.ID), enum.MaterialSocialSecurity)
	if p := zhao.submit(t, d.ID, false, ""); len(p.UserErrors) > 0 || !*p.Application.NonLocal {
		t.Errorf("non-local with a material: %+v", p)
	}

	// A qualification the session does not examine.
	li := newApplicant(t, env, demo.Identities[1])
	s := c.ExamSession.Query().Where(examsession.Code(demo.SessionOpen)).OnlyX(ctx)
	q := c.Qualification.Query().Where(qualification.Code("ZJ02")).OnlyX(ctx)
	c.Offering.Update().Where(offering.SessionID(s.ID), offering.QualificationID(q.ID)).SetEnabled(false).ExecX(ctx)
	if p := li.save(t, "", li.fullForm(t, "210200", "大连考区", "210000")); !hasCode(p.UserErrors, "NOT_OFFERED") {
		t.Errorf("not offered: %+v", p.UserErrors)
	}
	c.Offering.Update().Where(offering.SessionID(s.ID), offering.QualificationID(q.ID)).SetEnabled(true).ExecX(ctx)

	// A candidate barred by the absentee rule; and no photo.
	form = li.fullForm(t, "210200", "大连考区", "210000")
	delete(form, "photoId")
	saved := li.save(t, "", form)
	if saved.Application == nil {
		t.Fatalf("大连 draft: %+v", saved.UserErrors)
	}
	d = saved.Application
	dl := c.Region.Query().Where(entregion.Code("210200")).OnlyX(ctx)
	// A ban from the region's session before this one (DEMO-PRINT's exam comes first).
	prev := c.ExamSession.Query().Where(examsession.Code(demo.SessionPrint)).OnlyX(ctx)
	missed := env.RegisteredFor(t, li.id, li.photo, demo.SessionPrint, "210200", "大连考区", "ZJ02")
	c.AbsenteeBan.Create().SetCandidateID(li.id).SetRegionID(dl.ID).SetSourceSessionID(prev.ID).SetApplicationID(missed).ExecX(ctx)
	p := li.submit(t, d.ID, false, "")
	if !hasCode(p.UserErrors, "BANNED") || !hasCode(p.UserErrors, "PHOTO_REQUIRED") {
		t.Errorf("banned without a photo: %+v", p.UserErrors)
	}
}

func TestConditionalFields(t *testing.T) {
	env := testenv.Start(t, march)
	zhang := newApplicant(t, env, demo.Identities[0])
	form := zhang.fullForm(t, "210000", "沈阳考区", "210000")
	form["employment"] = "STUDENT"
	if p := zhang.save(t, "", form); !hasCode(p.UserErrors, "INVALID_FORMAT") {
		t.Errorf("student with a work unit: %+v", p.UserErrors)
	}
	delete(form, "workUnit")
	delete(form, "workStartDate")
	form["graduationDate"] = "2027-06-30" // students graduate later
	d := zhang.save(t, "", form).Application
	if p := zhang.submit(t, d.ID, true, ""); len(p.UserErrors) > 0 {
		t.Fatalf("student: %+v", p.UserErrors)
	}
	zhang.withdraw(t, d.ID)

	form = zhang.fullForm(t, "210000", "沈阳考区", "210000")
	delete(form, "workUnit")
	form["title"] = "工程师"
	d = zhang.save(t, "", form).Application
	p := zhang.submit(t, d.ID, true, "")
	got := strings.Join(codes(p.UserErrors), " ")
	if !strings.Contains(got, "REQUIRED@input.workUnit") || !strings.Contains(got, "REQUIRED@input.titleDate") {
		t.Errorf("employed without a work unit, title without a date: %s", got)
	}
}

func TestPassportHolderEntersGenderAndBirthDate(t *testing.T) {
	env := testenv.Start(t, march)
	overseas := demo.Identity{Subject: "demo-huaqiao", Name: "林华", IDType: enum.IDPassport, IDNumber: "EA1234567"}
	a := newApplicant(t, env, overseas)
	form := a.fullForm(t, "210000", "沈阳考区", "000000")
	d := a.save(t, "", form).Application
	p := a.submit(t, d.ID, true, "")
	got := strings.Join(codes(p.UserErrors), " ")
	if !strings.Contains(got, "REQUIRED@input.gender") || !strings.Contains(got, "REQUIRED@input.birthDate") {
		t.Fatalf("passport without gender and birth date: %s", got)
	}
	form["gender"], form["birthDate"] = "FEMALE", "1992-12-31"
	a.save(t, d.ID, form)
	p = a.submit(t, d.ID, true, "")
	if len(p.UserErrors) > 0 || *p.Application.Gender != "FEMALE" || *p.Application.Age != 33 || !*p.Application.NonLocal {
		t.Fatalf("passport holder: %+v %+v", p.Application, p.UserErrors)
	}
}

func TestWithdrawAndApplyAgain(t *testing.T) {
	env := testenv.Start(t, march)
	zhang := newApplicant(t, env, demo.Identities[0])
	d := zhang.save(t, "", zhang.fullForm(t, "210000", "沈阳考区", "210000")).Application
	zhang.submit(t, d.ID, true, "")
	w := zhang.withdraw(t, d.ID)
	if w.Application.Status != "WITHDRAWN" || len(w.UserErrors) > 0 {
		t.Fatalf("withdraw: %+v", w)
	}
	if again := zhang.save(t, "", zhang.fullForm(t, "210200", "大连考区", "210000")); again.Application == nil {
		t.Fatalf("a new application after withdrawing: %+v", again.UserErrors)
	}
	if w := zhang.withdraw(t, d.ID); !hasCode(w.UserErrors, "WRONG_STATE") {
		t.Errorf("withdrawing twice: %+v", w)
	}
}

func TestTimeLapsesAndCorrection(t *testing.T) {
	env := testenv.Start(t, march)
	ctx := testenv.System()
	c := env.DB.Client
	zhang := newApplicant(t, env, demo.Identities[0])
	li := newApplicant(t, env, demo.Identities[1])
	chen := newApplicant(t, env, demo.Identities[4])

	draft := zhang.save(t, "", zhang.fullForm(t, "210000", "沈阳考区", "210000")).Application
	rejected := li.save(t, "", li.fullForm(t, "210200", "大连考区", "210000")).Application
	li.submit(t, rejected.ID, false, "")
	// The review desk is a later issue: reject as the system would record it.
	app := c.Application.GetX(ctx, pulid.ID(rejected.ID))
	c.Application.UpdateOne(app).SetStatus(enum.StatusRejected).SetVersion(app.Version + 1).ExecX(ctx)
	unpaid := chen.save(t, "", chen.fullForm(t, "310000", "上海考区", "310000")).Application
	chen.submit(t, unpaid.ID, false, "")

	relogin := func() {
		zhang.token = env.LoginCandidate(t, demo.Identities[0])
		li.token = env.LoginCandidate(t, demo.Identities[1])
		chen.token = env.LoginCandidate(t, demo.Identities[4])
	}
	// After the window: drafts lapse on access; a rejected one can still be corrected.
	env.Clock.Set(time.Date(2026, 3, 17, 9, 0, 0, 0, clock.Shanghai))
	relogin()
	if v := zhang.view(t, draft.ID); v.Status != "LAPSED" || v.LapseReason == nil || !strings.Contains(*v.LapseReason, "报名时间已结束") {
		t.Errorf("draft after the window: %+v", v)
	}
	if s := zhang.save(t, "", zhang.fullForm(t, "210000", "沈阳考区", "210000")); !hasCode(s.UserErrors, "WINDOW_CLOSED") {
		t.Errorf("saving after the window: %+v", s.UserErrors)
	}
	p := li.submit(t, rejected.ID, false, "")
	if p.Application.Status != "PENDING_REVIEW" || len(p.UserErrors) > 0 {
		t.Fatalf("resubmit before the correction deadline: %+v %+v", p.Application, p.UserErrors)
	}
	// Past the correction deadline (close + 3 days) a rejected one lapses.
	app = c.Application.GetX(ctx, pulid.ID(rejected.ID))
	c.Application.UpdateOne(app).SetStatus(enum.StatusRejected).SetVersion(app.Version + 1).ExecX(ctx)
	env.Clock.Set(time.Date(2026, 3, 19, 17, 0, 0, 0, clock.Shanghai))
	relogin()
	if v := li.view(t, rejected.ID); v.Status != "LAPSED" {
		t.Errorf("rejected after the correction deadline: %+v", v)
	}
	// Past the payment deadline (close + 5 days) an unpaid one lapses.
	if v := chen.view(t, unpaid.ID); v.Status != "AWAITING_PAYMENT" {
		t.Errorf("before the payment deadline: %+v", v)
	}
	env.Clock.Set(time.Date(2026, 3, 21, 17, 0, 0, 0, clock.Shanghai))
	relogin()
	if v := chen.view(t, unpaid.ID); v.Status != "LAPSED" || !strings.Contains(*v.LapseReason, "缴费") {
		t.Errorf("after the payment deadline: %+v", v)
	}
	// Every move is in the history, with its actor.
	moves := c.StateChange.Query().Where(statechange.ApplicationID(pulid.ID(unpaid.ID))).AllX(ctx)
	if len(moves) != 2 || moves[0].ActorKind != statechange.ActorKindCANDIDATE || moves[1].ActorKind != statechange.ActorKindSYSTEM {
		t.Errorf("history: %+v", moves)
	}
}

func TestSubmitIsIdempotent(t *testing.T) {
	env := testenv.Start(t, march)
	zhang := newApplicant(t, env, demo.Identities[0])
	d := zhang.save(t, "", zhang.fullForm(t, "210000", "沈阳考区", "210000")).Application
	var wg sync.WaitGroup
	results := make([]payload, 4)
	for i := range results {
		wg.Add(1)
		go func() {
			defer wg.Done()
			var out struct{ SubmitApplication payload }
			res := env.PostAs(t, zhang.token, `mutation($id: ID!, $k: String) { submitApplication(id: $id, commitmentAccepted: true, idempotencyKey: $k) { `+appFields+` } }`,
				map[string]any{"id": d.ID, "k": "retry-key-1"})
			if len(res.Errors) > 0 {
				t.Errorf("concurrent submit %d: %+v", i, res.Errors)
				return
			}
			_ = json.Unmarshal(res.Data, &out)
			results[i] = out.SubmitApplication
		}()
	}
	wg.Wait()
	for i, r := range results {
		if r.Application == nil || r.Application.Status != "PENDING_REVIEW" || len(r.UserErrors) > 0 {
			t.Errorf("submit %d answered %+v", i, r)
		}
	}
	n := env.DB.Client.StateChange.Query().Where(statechange.ApplicationID(pulid.ID(d.ID)), statechange.ToStatusEQ(enum.StatusPendingReview)).CountX(testenv.System())
	if n != 1 {
		t.Errorf("%d submissions recorded", n)
	}
	// A later retry answers the same.
	if r := zhang.submit(t, d.ID, true, "retry-key-1"); r.Application.Status != "PENDING_REVIEW" || len(r.UserErrors) > 0 {
		t.Errorf("retry: %+v", r)
	}
	if live := env.DB.Client.Application.Query().Where(application.CandidateID(zhang.id)).CountX(testenv.System()); live != 1 {
		t.Errorf("%d applications", live)
	}
}

func TestStaleVersionConflicts(t *testing.T) {
	env := testenv.Start(t, march)
	zhang := newApplicant(t, env, demo.Identities[0])
	d := zhang.save(t, "", map[string]any{"regionCode": "210000"}).Application
	zhang.save(t, d.ID, map[string]any{"regionCode": "210000", "address": "新地址"})
	res := env.PostAs(t, zhang.token, `mutation($id: ID, $v: Int) { saveApplication(id: $id, version: $v, input: {regionCode: "210000"}) { userErrors { code } } }`,
		map[string]any{"id": d.ID, "v": d.Version})
	if res.Code() != "CONFLICT" {
		t.Fatalf("stale version: %+v", res.Errors)
	}
	// Another candidate's application does not exist for me.
	li := newApplicant(t, env, demo.Identities[1])
	if p := env.PostAs(t, li.token, `mutation($id: ID!) { withdrawApplication(id: $id) { userErrors { code } } }`, map[string]any{"id": d.ID}); p.Code() != "NOT_FOUND" {
		t.Errorf("withdrawing another's application: %+v", p.Errors)
	}
	// Staff may not use the candidate's form.
	staff := env.LoginStaff(t, "liaoning-reviewer")
	if p := env.PostAs(t, staff, `mutation($id: ID!) { withdrawApplication(id: $id) { userErrors { code } } }`, map[string]any{"id": d.ID}); p.Code() != "FORBIDDEN" {
		t.Errorf("staff withdrawing: %+v", p.Errors)
	}
}
