package graph_test

import (
	"context"
	"encoding/json"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/ruankao/ruankao/ent"
	"github.com/ruankao/ruankao/ent/examarea"
	"github.com/ruankao/ruankao/ent/examroom"
	"github.com/ruankao/ruankao/ent/examsession"
	"github.com/ruankao/ruankao/ent/examsite"
	"github.com/ruankao/ruankao/ent/notice"
	"github.com/ruankao/ruankao/ent/qualification"
	entregion "github.com/ruankao/ruankao/ent/region"
	"github.com/ruankao/ruankao/ent/regionpolicy"
	"github.com/ruankao/ruankao/ent/schema/pulid"
	"github.com/ruankao/ruankao/ent/staffuser"
	"github.com/ruankao/ruankao/internal/demo"
	"github.com/ruankao/ruankao/internal/enum"
	"github.com/ruankao/ruankao/internal/testenv"
	"github.com/ruankao/ruankao/internal/viewer"
)

// adm is a running server with every demo staff account and two candidates
// logged in: 张伟 (辽宁) and 李娜 (大连).
type adm struct {
	env       *testenv.Env
	staff     map[string]string
	zhang, li string
	liID      pulid.ID
}

func newAdm(t *testing.T) *adm {
	t.Helper()
	env := testenv.Start(t, march)
	a := &adm{env: env, staff: map[string]string{}}
	for _, s := range demo.StaffAccounts {
		a.staff[s.Username] = env.LoginStaff(t, s.Username)
	}
	a.zhang = env.LoginCandidate(t, demo.Identities[0])
	a.li = env.LoginCandidate(t, demo.Identities[1])
	a.liID = env.CandidateID(t, demo.Identities[1])
	return a
}

type admUE struct {
	Field   []string
	Code    string
	Message string
}

// admCodes gives the problems as CODE@field.path, sorted.
func admCodes(ues []admUE) []string {
	out := make([]string, 0, len(ues))
	for _, u := range ues {
		out = append(out, u.Code+"@"+strings.Join(u.Field, "."))
	}
	slices.Sort(out)
	return out
}

func admWant(t *testing.T, what string, ues []admUE, want ...string) {
	t.Helper()
	slices.Sort(want)
	if got := admCodes(ues); !slices.Equal(got, want) {
		t.Errorf("%s: userErrors %v, want %v (%+v)", what, got, want, ues)
	}
}

// do runs an operation that must not fail with a GraphQL error and decodes
// the payload of its one root field into out.
func (a *adm) do(t *testing.T, token, query string, vars map[string]any, out any) {
	t.Helper()
	res := a.env.PostAs(t, token, query, vars)
	if len(res.Errors) > 0 {
		t.Fatalf("unexpected errors: %+v", res.Errors)
	}
	var root map[string]json.RawMessage
	if err := json.Unmarshal(res.Data, &root); err != nil || len(root) != 1 {
		t.Fatalf("data: %s (%v)", res.Data, err)
	}
	for _, v := range root {
		if err := json.Unmarshal(v, out); err != nil {
			t.Fatalf("decode %s: %v", v, err)
		}
	}
}

// refused runs an operation that must fail with a GraphQL error of code.
func (a *adm) refused(t *testing.T, what, token, query string, vars map[string]any, code string) {
	t.Helper()
	res := a.env.PostAs(t, token, query, vars)
	if res.Code() != code {
		t.Errorf("%s: got %q %s %+v, want %s", what, res.Code(), res.Data, res.Errors, code)
	}
}

func (a *adm) client() *ent.Client { return a.env.DB.Client }

func (a *adm) regionID(t *testing.T, code string) pulid.ID {
	t.Helper()
	return a.client().Region.Query().Where(entregion.Code(code)).OnlyIDX(testenv.System())
}

func (a *adm) sessionID(t *testing.T, code string) pulid.ID {
	t.Helper()
	return a.client().ExamSession.Query().Where(examsession.Code(code)).OnlyIDX(testenv.System())
}

func (a *adm) policy(t *testing.T, regionCode, sessionCode string) *ent.RegionPolicy {
	t.Helper()
	return a.client().RegionPolicy.Query().Where(regionpolicy.RegionID(a.regionID(t, regionCode)),
		regionpolicy.SessionID(a.sessionID(t, sessionCode))).OnlyX(testenv.System())
}

func (a *adm) area(t *testing.T, regionCode, code string) *ent.ExamArea {
	t.Helper()
	return a.client().ExamArea.Query().Where(examarea.RegionID(a.regionID(t, regionCode)), examarea.Code(code)).
		OnlyX(testenv.System())
}

func (a *adm) site(t *testing.T, area *ent.ExamArea, code string) *ent.ExamSite {
	t.Helper()
	return a.client().ExamSite.Query().Where(examsite.AreaID(area.ID), examsite.Code(code)).OnlyX(testenv.System())
}

func (a *adm) room(t *testing.T, site *ent.ExamSite, code string) *ent.ExamRoom {
	t.Helper()
	return a.client().ExamRoom.Query().Where(examroom.SiteID(site.ID), examroom.Code(code)).OnlyX(testenv.System())
}

// liveApplication gives 李娜 a draft in 大连 for DEMO-OPEN that chose an area
// and a qualification of a level, as the form would.
func (a *adm) liveApplication(t *testing.T, area *ent.ExamArea, qualCode string) *ent.Application {
	t.Helper()
	ctx := testenv.System()
	q := a.client().Qualification.Query().Where(qualification.Code(qualCode)).OnlyX(ctx)
	app := a.env.Draft(t, a.liID, "210200")
	return app.Update().SetAreaID(area.ID).SetQualificationID(q.ID).SetLevel(q.Level).SaveX(ctx)
}

func staffCtx(t *testing.T, c *ent.Client, username string) context.Context {
	t.Helper()
	u := c.StaffUser.Query().Where(staffuser.Username(username)).OnlyX(testenv.System())
	v := viewer.Viewer{Kind: viewer.Staff, ID: u.ID, Role: u.Role}
	if u.RegionID != nil {
		v.RegionID = *u.RegionID
	}
	return viewer.With(context.Background(), v)
}

// ---------------------------------------------------------------------------
// Region policies

const policyFields = `regionPolicy { id registrationOpensAt registrationClosesAt correctionClosesAt paymentOpensAt paymentClosesAt
	reviewMode reviewWorkingDays feePerSubjectFen feeJuniorFen feeIntermediateFen feeSeniorFen
	senior: feeForLevel(level: SENIOR) junior: feeForLevel(level: JUNIOR)
	commitmentRequired nonLocalAllowed nonLocalMaterialKinds nonLocalMaterialRule absenteeBan } userErrors { field code message }`

const updatePolicyQ = `mutation($id: ID!, $in: RegionPolicyInput!) { updateRegionPolicy(id: $id, input: $in) { ` + policyFields + ` } }`
const createPolicyQ = `mutation($r: String!, $s: String!, $in: RegionPolicyInput!) { createRegionPolicy(regionCode: $r, sessionCode: $s, input: $in) { ` + policyFields + ` } }`

type policyView struct {
	ID                                        string
	RegistrationOpensAt, RegistrationClosesAt string
	CorrectionClosesAt                        string
	PaymentOpensAt, PaymentClosesAt           string
	ReviewMode                                string
	ReviewWorkingDays                         int
	FeePerSubjectFen                          int
	FeeJuniorFen, FeeSeniorFen                *int
	Senior, Junior                            int
	CommitmentRequired, NonLocalAllowed       bool
	NonLocalMaterialKinds                     []string
	NonLocalMaterialRule                      string
	AbsenteeBan                               bool
}

type policyAnswer struct {
	RegionPolicy *policyView
	UserErrors   []admUE
}

func TestAdminUpdatesRegionPolicy(t *testing.T) {
	a := newAdm(t)
	dalian := a.staff["dalian-admin"]
	p := a.policy(t, "210200", demo.SessionOpen)
	id := string(p.ID)

	// Every rule of the policy at once. The registration window opened on
	// 2026-02-27 and closes on 2026-03-16 17:00 (the clock: 2026-03-02 10:00).
	var got policyAnswer
	a.do(t, dalian, updatePolicyQ, map[string]any{"id": id, "in": map[string]any{
		"registrationClosesAt": "2026-03-18T17:00:00+08:00", "correctionClosesAt": "2026-03-20T17:00:00+08:00",
		"paymentClosesAt": "2026-03-22T17:00:00+08:00", "reviewMode": "AFTER_CLOSE", "reviewWorkingDays": 5,
		"feePerSubjectFen": 7000, "feeSeniorFen": 9000, "commitmentRequired": true, "nonLocalAllowed": true,
		"nonLocalMaterialKinds": []string{"RESIDENCE_PERMIT", "WORK_PROOF", "RESIDENCE_PERMIT"},
		"nonLocalMaterialRule":  "ALL", "absenteeBan": true,
	}}, &got)
	admWant(t, "full edit", got.UserErrors)
	v := got.RegionPolicy
	if v == nil || v.RegistrationClosesAt != "2026-03-18T17:00:00+08:00" || v.ReviewMode != "AFTER_CLOSE" ||
		v.ReviewWorkingDays != 5 || v.FeePerSubjectFen != 7000 || v.Senior != 9000 || v.Junior != 7000 ||
		!v.CommitmentRequired || v.NonLocalMaterialRule != "ALL" || !v.AbsenteeBan ||
		!slices.Equal(v.NonLocalMaterialKinds, []string{"RESIDENCE_PERMIT", "WORK_PROOF"}) ||
		v.RegistrationOpensAt != "2026-02-27T09:00:00+08:00" {
		t.Fatalf("after the edit: %+v", v)
	}

	// An absent field keeps its value; a null override is removed.
	a.do(t, dalian, updatePolicyQ, map[string]any{"id": id, "in": map[string]any{"reviewWorkingDays": 0}}, &got)
	if v := got.RegionPolicy; v == nil || v.Senior != 9000 || v.FeeSeniorFen == nil || v.ReviewWorkingDays != 0 || !v.AbsenteeBan {
		t.Fatalf("absent fields changed: %+v %+v", v, got.UserErrors)
	}
	a.do(t, dalian, updatePolicyQ, map[string]any{"id": id, "in": map[string]any{"feeSeniorFen": nil, "nonLocalMaterialKinds": []string{}}}, &got)
	if v := got.RegionPolicy; v == nil || v.FeeSeniorFen != nil || v.Senior != 7000 || len(v.NonLocalMaterialKinds) != 0 {
		t.Fatalf("null override kept: %+v %+v", v, got.UserErrors)
	}

	// Every problem at once, and nothing saved.
	a.do(t, dalian, updatePolicyQ, map[string]any{"id": id, "in": map[string]any{
		"registrationOpensAt": "2026-03-01T09:00:00+08:00", // already opened on 02-27: may not move
		"correctionClosesAt":  "2026-03-17T17:00:00+08:00", // before the registration window closes
		"paymentOpensAt":      "2026-02-26T09:00:00+08:00", // before registration opens (and already passed)
		"reviewWorkingDays":   31,
		"feePerSubjectFen":    -1,
		"feeJuniorFen":        -100,
	}}, &got)
	admWant(t, "refused edit", got.UserErrors,
		"WINDOW_STARTED@input.registrationOpensAt", "WINDOW_ORDER@input.correctionClosesAt",
		"WINDOW_ORDER@input.paymentOpensAt", "WINDOW_STARTED@input.paymentOpensAt",
		"OUT_OF_RANGE@input.reviewWorkingDays", "OUT_OF_RANGE@input.feePerSubjectFen", "OUT_OF_RANGE@input.feeJuniorFen")
	if got.RegionPolicy != nil {
		t.Error("a refused edit returned a policy")
	}
	if now := a.policy(t, "210200", demo.SessionOpen); now.FeePerSubjectFen != 7000 || now.ReviewWorkingDays != 0 ||
		!now.CorrectionClosesAt.Equal(time.Date(2026, 3, 20, 9, 0, 0, 0, time.UTC)) {
		t.Errorf("a refused edit was saved: %+v", now)
	}

	// Deadlines: none moves into the past, none moves once passed.
	a.do(t, dalian, updatePolicyQ, map[string]any{"id": id, "in": map[string]any{
		"registrationClosesAt": "2026-03-01T17:00:00+08:00"}}, &got)
	admWant(t, "closing in the past", got.UserErrors, "DEADLINE_PASSED@input.registrationClosesAt")
	printing := a.policy(t, "210200", demo.SessionPrint)
	a.do(t, dalian, updatePolicyQ, map[string]any{"id": string(printing.ID), "in": map[string]any{
		"correctionClosesAt": printing.CorrectionClosesAt.Add(24 * time.Hour).Format(time.RFC3339)}}, &got)
	admWant(t, "passed deadline", got.UserErrors, "DEADLINE_PASSED@input.correctionClosesAt")

	// Windows end before the first exam day (DEMO-OPEN examines on 2026-05-01).
	a.do(t, dalian, updatePolicyQ, map[string]any{"id": id, "in": map[string]any{
		"paymentClosesAt": "2026-05-02T17:00:00+08:00"}}, &got)
	admWant(t, "after the exam", got.UserErrors, "WINDOW_OUTSIDE_SESSION@input.paymentClosesAt")

	// Region scope: 大连's admin and 辽宁's policy; the reviewer; a candidate.
	liaoning := string(a.policy(t, "210000", demo.SessionOpen).ID)
	fee := map[string]any{"feePerSubjectFen": 100}
	a.refused(t, "大连 admin → 辽宁 policy", dalian, updatePolicyQ, map[string]any{"id": liaoning, "in": fee}, "NOT_FOUND")
	a.refused(t, "辽宁 reviewer → 辽宁 policy", a.staff["liaoning-reviewer"], updatePolicyQ, map[string]any{"id": liaoning, "in": fee}, "FORBIDDEN")
	a.refused(t, "candidate", a.zhang, updatePolicyQ, map[string]any{"id": liaoning, "in": fee}, "FORBIDDEN")
	a.refused(t, "anonymous", "", updatePolicyQ, map[string]any{"id": liaoning, "in": fee}, "UNAUTHENTICATED")
	if p := a.policy(t, "210000", demo.SessionOpen); p.FeePerSubjectFen != 0 {
		t.Errorf("辽宁's fee changed to %d", p.FeePerSubjectFen)
	}
	// 辽宁's own admin and the national admin may.
	a.do(t, a.staff["liaoning-admin"], updatePolicyQ, map[string]any{"id": liaoning, "in": fee}, &got)
	admWant(t, "辽宁 admin", got.UserErrors)
	a.do(t, a.staff["admin"], updatePolicyQ, map[string]any{"id": liaoning, "in": map[string]any{"feePerSubjectFen": 0}}, &got)
	if admWant(t, "national admin", got.UserErrors); got.RegionPolicy == nil || got.RegionPolicy.FeePerSubjectFen != 0 {
		t.Errorf("national admin: %+v", got.RegionPolicy)
	}
}

func TestAdminCreatesRegionPolicy(t *testing.T) {
	a := newAdm(t)
	national, dalian := a.staff["admin"], a.staff["dalian-admin"]
	valid := func() map[string]any {
		return map[string]any{
			"registrationOpensAt": "2026-03-03T09:00:00+08:00", "registrationClosesAt": "2026-03-13T17:00:00+08:00",
			"correctionClosesAt": "2026-03-16T17:00:00+08:00", "paymentOpensAt": "2026-03-03T09:00:00+08:00",
			"paymentClosesAt": "2026-03-18T17:00:00+08:00", "reviewMode": "WITHIN_DAYS", "feePerSubjectFen": 5000,
		}
	}
	var got policyAnswer

	// 天津 does not run DEMO-OPEN yet. Missing fields are all named at once.
	a.do(t, national, createPolicyQ, map[string]any{"r": "120000", "s": demo.SessionOpen, "in": map[string]any{
		"registrationOpensAt": "2026-03-03T09:00:00+08:00", "reviewWorkingDays": 40}}, &got)
	admWant(t, "incomplete", got.UserErrors, "REQUIRED@input.registrationClosesAt", "REQUIRED@input.correctionClosesAt",
		"REQUIRED@input.paymentOpensAt", "REQUIRED@input.paymentClosesAt", "REQUIRED@input.reviewMode",
		"REQUIRED@input.feePerSubjectFen", "OUT_OF_RANGE@input.reviewWorkingDays")

	// Never before the session's registration window (it opens 2026-02-27 09:00).
	early := valid()
	early["registrationOpensAt"], early["paymentOpensAt"] = "2026-02-20T09:00:00+08:00", "2026-02-20T09:00:00+08:00"
	a.do(t, national, createPolicyQ, map[string]any{"r": "120000", "s": demo.SessionOpen, "in": early}, &got)
	admWant(t, "before the session", got.UserErrors, "WINDOW_OUTSIDE_SESSION@input.registrationOpensAt")
	order := valid()
	order["registrationClosesAt"] = "2026-03-03T09:00:00+08:00"
	order["paymentClosesAt"] = "2026-03-03T08:00:00+08:00"
	a.do(t, national, createPolicyQ, map[string]any{"r": "120000", "s": demo.SessionOpen, "in": order}, &got)
	admWant(t, "out of order", got.UserErrors, "WINDOW_ORDER@input.registrationClosesAt", "WINDOW_ORDER@input.paymentClosesAt")
	if n := a.client().RegionPolicy.Query().Where(regionpolicy.RegionID(a.regionID(t, "120000"))).CountX(testenv.System()); n != 0 {
		t.Fatalf("refused creates saved %d policies", n)
	}

	// After the session's window opened is fine, inside or after it.
	a.do(t, national, createPolicyQ, map[string]any{"r": "120000", "s": demo.SessionOpen, "in": valid()}, &got)
	admWant(t, "valid", got.UserErrors)
	if v := got.RegionPolicy; v == nil || v.FeePerSubjectFen != 5000 || v.ReviewWorkingDays != 3 || !v.NonLocalAllowed ||
		v.NonLocalMaterialRule != "ANY" || v.FeeSeniorFen != nil {
		t.Fatalf("created: %+v", v)
	}
	var region struct {
		Region struct {
			Policies []struct{ Session struct{ Code string } }
		}
	}
	a.env.MustData(t, `{ region(code: "120000") { policies { session { code } } } }`, nil, &region)
	if len(region.Region.Policies) != 1 || region.Region.Policies[0].Session.Code != demo.SessionOpen {
		t.Errorf("天津's policies: %+v", region.Region.Policies)
	}
	a.do(t, national, createPolicyQ, map[string]any{"r": "120000", "s": demo.SessionOpen, "in": valid()}, &got)
	admWant(t, "twice", got.UserErrors, "ALREADY_EXISTS@sessionCode")

	// A region admin creates only for their region.
	a.do(t, dalian, createPolicyQ, map[string]any{"r": "130000", "s": demo.SessionOpen, "in": valid()}, &got)
	admWant(t, "大连 admin → 河北", got.UserErrors, "NOT_ALLOWED@regionCode")
	a.do(t, dalian, createPolicyQ, map[string]any{"r": "210200", "s": demo.SessionOpen, "in": valid()}, &got)
	admWant(t, "大连 runs it already", got.UserErrors, "ALREADY_EXISTS@sessionCode")
	a.refused(t, "reviewer", a.staff["dalian-reviewer"], createPolicyQ, map[string]any{"r": "210200", "s": demo.SessionOpen, "in": valid()}, "FORBIDDEN")
	a.refused(t, "unknown session", dalian, createPolicyQ, map[string]any{"r": "210200", "s": "NOPE", "in": valid()}, "NOT_FOUND")
	a.refused(t, "unknown region", national, createPolicyQ, map[string]any{"r": "999999", "s": demo.SessionOpen, "in": valid()}, "NOT_FOUND")
}

// ---------------------------------------------------------------------------
// Exam areas, sites and rooms

const areaFields = `examArea { id code name levels sortOrder disabled } userErrors { field code message }`
const createAreaQ = `mutation($r: String!, $in: CreateExamAreaInput!) { createExamArea(regionCode: $r, input: $in) { ` + areaFields + ` } }`
const updateAreaQ = `mutation($id: ID!, $in: UpdateExamAreaInput!) { updateExamArea(id: $id, input: $in) { ` + areaFields + ` } }`
const disableAreaQ = `mutation($id: ID!) { disableExamArea(id: $id) { ` + areaFields + ` } }`

type areaAnswer struct {
	ExamArea *struct {
		ID, Code, Name string
		Levels         []string
		SortOrder      int
		Disabled       bool
	}
	UserErrors []admUE
}

func TestAdminExamAreas(t *testing.T) {
	a := newAdm(t)
	dalian := a.staff["dalian-admin"]
	var got areaAnswer

	a.do(t, dalian, createAreaQ, map[string]any{"r": "210200", "in": map[string]any{
		"code": "02", "name": "瓦房店高级资格考区", "levels": []string{"SENIOR"}, "sortOrder": 2}}, &got)
	admWant(t, "create", got.UserErrors)
	if got.ExamArea == nil || got.ExamArea.Code != "02" || !slices.Equal(got.ExamArea.Levels, []string{"SENIOR"}) {
		t.Fatalf("created: %+v", got.ExamArea)
	}
	var region struct {
		Region struct {
			Areas []struct {
				Name   string
				Junior bool
			}
		}
	}
	a.env.MustData(t, `{ region(code: "210200") { areas { name junior: acceptsLevel(level: JUNIOR) } } }`, nil, &region)
	if len(region.Region.Areas) != 2 {
		t.Fatalf("大连's areas: %+v", region.Region.Areas)
	}
	a.do(t, dalian, createAreaQ, map[string]any{"r": "210200", "in": map[string]any{
		"code": "02", "name": "重复", "levels": []string{"JUNIOR"}}}, &got)
	admWant(t, "same code", got.UserErrors, "ALREADY_EXISTS@input.code")
	a.do(t, dalian, createAreaQ, map[string]any{"r": "210200", "in": map[string]any{
		"code": "0 3", "name": "  ", "levels": []string{}}}, &got)
	admWant(t, "malformed", got.UserErrors, "INVALID_FORMAT@input.code", "REQUIRED@input.name", "REQUIRED@input.levels")

	// Other regions: a new area is NOT_ALLOWED, an existing one NOT_FOUND.
	shenyang := a.area(t, "210000", "01")
	a.do(t, dalian, createAreaQ, map[string]any{"r": "210000", "in": map[string]any{
		"code": "09", "name": "抚顺考区", "levels": []string{"JUNIOR"}}}, &got)
	admWant(t, "大连 admin → 辽宁 new area", got.UserErrors, "NOT_ALLOWED@regionCode")
	a.refused(t, "大连 admin → 辽宁 area", dalian, updateAreaQ, map[string]any{"id": string(shenyang.ID), "in": map[string]any{"name": "x"}}, "NOT_FOUND")
	a.refused(t, "大连 admin disables 辽宁 area", dalian, disableAreaQ, map[string]any{"id": string(shenyang.ID)}, "NOT_FOUND")
	a.refused(t, "辽宁 reviewer", a.staff["liaoning-reviewer"], updateAreaQ, map[string]any{"id": string(shenyang.ID), "in": map[string]any{"name": "x"}}, "FORBIDDEN")
	a.refused(t, "candidate", a.zhang, disableAreaQ, map[string]any{"id": string(shenyang.ID)}, "FORBIDDEN")
	if n := a.client().ExamArea.Query().Where(examarea.RegionID(a.regionID(t, "210000"))).CountX(testenv.System()); n != 2 {
		t.Errorf("辽宁 has %d areas", n)
	}
	if s := a.area(t, "210000", "01"); s.Name != "沈阳考区" || s.Disabled {
		t.Errorf("辽宁's area changed: %+v", s)
	}
	a.do(t, a.staff["liaoning-admin"], updateAreaQ, map[string]any{"id": string(shenyang.ID), "in": map[string]any{"name": "沈阳市考区", "sortOrder": 5}}, &got)
	if admWant(t, "辽宁 admin", got.UserErrors); got.ExamArea == nil || got.ExamArea.Name != "沈阳市考区" || got.ExamArea.SortOrder != 5 {
		t.Errorf("辽宁 admin: %+v", got.ExamArea)
	}

	// A live application (a 中级 draft) holds 大连考区.
	area := a.area(t, "210200", "01")
	app := a.liveApplication(t, area, "ZJ02")
	a.do(t, dalian, disableAreaQ, map[string]any{"id": string(area.ID)}, &got)
	admWant(t, "disable with applicants", got.UserErrors, "AREA_HAS_APPLICANTS@")
	a.do(t, dalian, updateAreaQ, map[string]any{"id": string(area.ID), "in": map[string]any{"disabled": true, "name": "改名"}}, &got)
	admWant(t, "disable by update", got.UserErrors, "AREA_HAS_APPLICANTS@input.disabled")
	a.do(t, dalian, updateAreaQ, map[string]any{"id": string(area.ID), "in": map[string]any{"levels": []string{"JUNIOR", "SENIOR"}}}, &got)
	admWant(t, "narrowing below a live level", got.UserErrors, "AREA_HAS_APPLICANTS@input.levels")
	if now := a.area(t, "210200", "01"); now.Disabled || now.Name != "大连考区" || len(now.Levels) != 3 {
		t.Fatalf("a refused change was saved: %+v", now)
	}
	// Narrowing that keeps 中级 is fine.
	a.do(t, dalian, updateAreaQ, map[string]any{"id": string(area.ID), "in": map[string]any{"levels": []string{"INTERMEDIATE", "SENIOR"}}}, &got)
	if admWant(t, "narrowing that keeps 中级", got.UserErrors); got.ExamArea == nil || len(got.ExamArea.Levels) != 2 {
		t.Fatalf("narrowed: %+v", got.ExamArea)
	}

	// Withdrawn, it no longer counts; nor does a lapsed one, nor a
	// registration for an exam already held (DEMO-SCORES).
	var w struct {
		WithdrawApplication struct{ UserErrors []admUE }
	}
	a.env.MustAs(t, a.li, `mutation($id: ID!) { withdrawApplication(id: $id) { userErrors { field code message } } }`,
		map[string]any{"id": string(app.ID)}, &w)
	admWant(t, "withdraw", w.WithdrawApplication.UserErrors)
	ctx := testenv.System()
	a.client().Application.Create().SetCandidateID(a.liID).SetSessionID(app.SessionID).
		SetRegionID(area.RegionID).SetAreaID(area.ID).SetName("李娜").SetIDType(enum.IDResident).
		SetLevel(enum.LevelIntermediate).SetStatus(enum.StatusLapsed).ExecX(ctx)
	a.client().Application.Create().SetCandidateID(a.liID).SetSessionID(a.sessionID(t, demo.SessionScores)).
		SetRegionID(area.RegionID).SetAreaID(area.ID).SetName("李娜").SetIDType(enum.IDResident).
		SetLevel(enum.LevelIntermediate).SetStatus(enum.StatusRegistered).ExecX(ctx)
	a.do(t, dalian, disableAreaQ, map[string]any{"id": string(area.ID)}, &got)
	if admWant(t, "disable without live applicants", got.UserErrors); got.ExamArea == nil || !got.ExamArea.Disabled {
		t.Fatalf("disabled: %+v", got.ExamArea)
	}
	// The national admin changes any region's area.
	a.do(t, a.staff["admin"], updateAreaQ, map[string]any{"id": string(area.ID), "in": map[string]any{"disabled": false}}, &got)
	if admWant(t, "national admin", got.UserErrors); got.ExamArea == nil || got.ExamArea.Disabled {
		t.Errorf("national admin: %+v", got.ExamArea)
	}
}

const siteFields = `examSite { id code name address disabled area { id } } userErrors { field code message }`
const createSiteQ = `mutation($a: ID!, $in: CreateExamSiteInput!) { createExamSite(areaId: $a, input: $in) { ` + siteFields + ` } }`
const updateSiteQ = `mutation($id: ID!, $in: UpdateExamSiteInput!) { updateExamSite(id: $id, input: $in) { ` + siteFields + ` } }`
const disableSiteQ = `mutation($id: ID!) { disableExamSite(id: $id) { ` + siteFields + ` } }`
const roomFields = `examRoom { id code capacity disabled site { id } } userErrors { field code message }`
const createRoomQ = `mutation($s: ID!, $in: CreateExamRoomInput!) { createExamRoom(siteId: $s, input: $in) { ` + roomFields + ` } }`
const updateRoomQ = `mutation($id: ID!, $in: UpdateExamRoomInput!) { updateExamRoom(id: $id, input: $in) { ` + roomFields + ` } }`

type siteAnswer struct {
	ExamSite *struct {
		ID, Code, Name, Address string
		Disabled                bool
	}
	UserErrors []admUE
}

type roomAnswer struct {
	ExamRoom *struct {
		ID, Code string
		Capacity int
		Disabled bool
	}
	UserErrors []admUE
}

func TestAdminSitesAndRooms(t *testing.T) {
	a := newAdm(t)
	dalian := a.staff["dalian-admin"]
	area := a.area(t, "210200", "01")
	var site siteAnswer
	var room roomAnswer

	a.do(t, dalian, createSiteQ, map[string]any{"a": string(area.ID), "in": map[string]any{
		"code": "0103", "name": "大连东软信息学院考点", "address": "大连市甘井子区软件园路 8 号"}}, &site)
	admWant(t, "create site", site.UserErrors)
	if site.ExamSite == nil {
		t.Fatal("no site")
	}
	a.do(t, dalian, createSiteQ, map[string]any{"a": string(area.ID), "in": map[string]any{"code": "0103", "name": "x", "address": ""}}, &site)
	admWant(t, "same site code", site.UserErrors, "REQUIRED@input.address")
	a.do(t, dalian, createSiteQ, map[string]any{"a": string(area.ID), "in": map[string]any{"code": "0103", "name": "x", "address": "y"}}, &site)
	admWant(t, "same site code", site.UserErrors, "ALREADY_EXISTS@input.code")
	newSite := a.site(t, area, "0103")
	a.do(t, dalian, createRoomQ, map[string]any{"s": string(newSite.ID), "in": map[string]any{"code": "01", "capacity": 40}}, &room)
	if admWant(t, "create room", room.UserErrors); room.ExamRoom == nil || room.ExamRoom.Capacity != 40 {
		t.Fatalf("room: %+v", room.ExamRoom)
	}
	a.do(t, dalian, createRoomQ, map[string]any{"s": string(newSite.ID), "in": map[string]any{"code": "01", "capacity": 0}}, &room)
	admWant(t, "bad room", room.UserErrors, "OUT_OF_RANGE@input.capacity")
	a.do(t, dalian, createRoomQ, map[string]any{"s": string(newSite.ID), "in": map[string]any{"code": "01", "capacity": 30}}, &room)
	admWant(t, "same room code", room.UserErrors, "ALREADY_EXISTS@input.code")
	a.do(t, dalian, updateSiteQ, map[string]any{"id": string(newSite.ID), "in": map[string]any{"name": "东软考点", "address": "软件园路 8 号"}}, &site)
	if admWant(t, "update site", site.UserErrors); site.ExamSite == nil || site.ExamSite.Name != "东软考点" {
		t.Errorf("site: %+v", site.ExamSite)
	}

	// Other regions' sites and rooms are NOT_FOUND; reviewers are FORBIDDEN.
	shenyang := a.area(t, "210000", "01")
	lnSite := a.site(t, shenyang, "0101")
	lnRoom := a.room(t, lnSite, "01")
	a.refused(t, "大连 admin → site in 辽宁 area", dalian, createSiteQ, map[string]any{"a": string(shenyang.ID),
		"in": map[string]any{"code": "0199", "name": "x", "address": "y"}}, "NOT_FOUND")
	a.refused(t, "大连 admin → 辽宁 site", dalian, updateSiteQ, map[string]any{"id": string(lnSite.ID), "in": map[string]any{"name": "x"}}, "NOT_FOUND")
	a.refused(t, "大连 admin disables 辽宁 site", dalian, disableSiteQ, map[string]any{"id": string(lnSite.ID)}, "NOT_FOUND")
	a.refused(t, "大连 admin → room in 辽宁 site", dalian, createRoomQ, map[string]any{"s": string(lnSite.ID), "in": map[string]any{"code": "99", "capacity": 5}}, "NOT_FOUND")
	a.refused(t, "大连 admin → 辽宁 room", dalian, updateRoomQ, map[string]any{"id": string(lnRoom.ID), "in": map[string]any{"capacity": 5}}, "NOT_FOUND")
	a.refused(t, "辽宁 reviewer", a.staff["liaoning-reviewer"], updateRoomQ, map[string]any{"id": string(lnRoom.ID), "in": map[string]any{"capacity": 5}}, "FORBIDDEN")
	if r := a.room(t, lnSite, "01"); r.Capacity != 30 {
		t.Errorf("辽宁's room changed: %d", r.Capacity)
	}
	a.do(t, a.staff["liaoning-admin"], updateRoomQ, map[string]any{"id": string(lnRoom.ID), "in": map[string]any{"capacity": 32}}, &room)
	if admWant(t, "辽宁 admin", room.UserErrors); room.ExamRoom == nil || room.ExamRoom.Capacity != 32 {
		t.Errorf("辽宁 admin: %+v", room.ExamRoom)
	}

	// A seat assigned in room 01 of 大连理工大学考点: seat 25 on an admission ticket.
	dlSite := a.site(t, area, "0101")
	dlRoom := a.room(t, dlSite, "01")
	app := a.liveApplication(t, area, "ZJ02")
	a.client().AdmissionTicket.Create().SetApplicationID(app.ID).SetSessionID(app.SessionID).SetSiteID(dlSite.ID).
		SetRoomID(dlRoom.ID).SetSeat(25).SetTicketNumber("262102000125").ExecX(testenv.System())

	a.do(t, dalian, updateRoomQ, map[string]any{"id": string(dlRoom.ID), "in": map[string]any{"capacity": 24}}, &room)
	admWant(t, "below seat 25", room.UserErrors, "CAPACITY_BELOW_ASSIGNED@input.capacity")
	a.do(t, dalian, updateRoomQ, map[string]any{"id": string(dlRoom.ID), "in": map[string]any{"disabled": true}}, &room)
	admWant(t, "disable a room with seats", room.UserErrors, "SEATS_ASSIGNED@input.disabled")
	a.do(t, dalian, disableSiteQ, map[string]any{"id": string(dlSite.ID)}, &site)
	admWant(t, "disable a site with seats", site.UserErrors, "SEATS_ASSIGNED@")
	if r := a.room(t, dlSite, "01"); r.Capacity != 30 || r.Disabled {
		t.Fatalf("a refused change was saved: %+v", r)
	}
	a.do(t, dalian, updateRoomQ, map[string]any{"id": string(dlRoom.ID), "in": map[string]any{"capacity": 25}}, &room)
	if admWant(t, "down to seat 25", room.UserErrors); room.ExamRoom == nil || room.ExamRoom.Capacity != 25 {
		t.Errorf("capacity: %+v", room.ExamRoom)
	}
	a.do(t, dalian, updateRoomQ, map[string]any{"id": string(dlRoom.ID), "in": map[string]any{"capacity": 0}}, &room)
	admWant(t, "no seats", room.UserErrors, "OUT_OF_RANGE@input.capacity")
	// Rooms and sites without seats are disabled freely.
	a.do(t, dalian, updateRoomQ, map[string]any{"id": string(a.room(t, dlSite, "02").ID), "in": map[string]any{"disabled": true}}, &room)
	if admWant(t, "disable an empty room", room.UserErrors); room.ExamRoom == nil || !room.ExamRoom.Disabled {
		t.Errorf("room: %+v", room.ExamRoom)
	}
	a.do(t, dalian, disableSiteQ, map[string]any{"id": string(newSite.ID)}, &site)
	if admWant(t, "disable an empty site", site.UserErrors); site.ExamSite == nil || !site.ExamSite.Disabled {
		t.Errorf("site: %+v", site.ExamSite)
	}
}

// The data layer refuses a region admin's write to another region's sites and
// rooms even when asked directly, and allows their own.
func TestAdminSitePrivacyRule(t *testing.T) {
	a := newAdm(t)
	c := a.client()
	dalian, reviewer := staffCtx(t, c, "dalian-admin"), staffCtx(t, c, "dalian-reviewer")
	lnSite := a.site(t, a.area(t, "210000", "01"), "0101")
	lnRoom := a.room(t, lnSite, "01")
	dlArea := a.area(t, "210200", "01")
	dlSite := a.site(t, dlArea, "0101")
	dlRoom := a.room(t, dlSite, "01")

	if err := c.ExamSite.UpdateOneID(lnSite.ID).SetName("x").Exec(dalian); !ent.IsNotFound(err) {
		t.Errorf("大连 admin renamed a 辽宁 site: %v", err)
	}
	if err := c.ExamRoom.UpdateOneID(lnRoom.ID).SetCapacity(1).Exec(dalian); !ent.IsNotFound(err) {
		t.Errorf("大连 admin changed a 辽宁 room: %v", err)
	}
	if err := c.ExamSite.Create().SetAreaID(lnSite.AreaID).SetCode("09").SetName("x").SetAddress("y").Exec(dalian); err == nil {
		t.Error("大连 admin created a site in 辽宁")
	}
	if err := c.ExamRoom.Create().SetSiteID(lnSite.ID).SetCode("09").SetCapacity(1).Exec(dalian); err == nil {
		t.Error("大连 admin created a room in 辽宁")
	}
	if n := c.ExamSite.Update().SetAddress("x").SaveX(dalian); n != 2 {
		t.Errorf("大连 admin's bulk update touched %d sites, want 大连's 2", n)
	}
	if err := c.ExamRoom.UpdateOneID(dlRoom.ID).SetCapacity(31).Exec(dalian); err != nil {
		t.Errorf("大连 admin, own room: %v", err)
	}
	if err := c.ExamRoom.Create().SetSiteID(dlSite.ID).SetCode("09").SetCapacity(1).Exec(dalian); err != nil {
		t.Errorf("大连 admin, own site: %v", err)
	}
	if err := c.ExamSite.Create().SetAreaID(dlArea.ID).SetCode("09").SetName("x").SetAddress("y").Exec(dalian); err != nil {
		t.Errorf("大连 admin, own area: %v", err)
	}
	if err := c.ExamRoom.UpdateOneID(dlRoom.ID).SetCapacity(32).Exec(reviewer); !ent.IsNotFound(err) {
		t.Errorf("大连 reviewer changed a room: %v", err)
	}
	if err := c.ExamRoom.Create().SetSiteID(dlSite.ID).SetCode("10").SetCapacity(1).Exec(reviewer); err == nil {
		t.Error("大连 reviewer created a room")
	}
}

// ---------------------------------------------------------------------------
// Notices

const noticeFields = `notice { id kind kindLabel title body sortOrder disabled publishedAt session { code } } userErrors { field code message }`
const createNoticeQ = `mutation($r: String!, $in: CreateNoticeInput!) { createNotice(regionCode: $r, input: $in) { ` + noticeFields + ` } }`
const updateNoticeQ = `mutation($id: ID!, $in: UpdateNoticeInput!) { updateNotice(id: $id, input: $in) { ` + noticeFields + ` } }`
const disableNoticeQ = `mutation($id: ID!) { disableNotice(id: $id) { ` + noticeFields + ` } }`

type noticeAnswer struct {
	Notice *struct {
		ID, Kind, KindLabel, Title, Body, PublishedAt string
		SortOrder                                     int
		Disabled                                      bool
		Session                                       *struct{ Code string }
	}
	UserErrors []admUE
}

func TestAdminNotices(t *testing.T) {
	a := newAdm(t)
	national, dalian := a.staff["admin"], a.staff["dalian-admin"]
	var got noticeAnswer

	// 上海 publishes no 政策文件; a notice of another kind changes nothing about that.
	a.do(t, national, createNoticeQ, map[string]any{"r": "310000", "in": map[string]any{
		"kind": "EXAM_ARRANGEMENT", "title": "上海考区考试安排", "body": "", "sessionCode": demo.SessionOpen}}, &got)
	if admWant(t, "national admin → 上海", got.UserErrors); got.Notice == nil || got.Notice.Session == nil ||
		got.Notice.Session.Code != demo.SessionOpen || got.Notice.KindLabel != "考试安排" ||
		got.Notice.PublishedAt != "2026-03-02T10:00:00+08:00" {
		t.Fatalf("created: %+v", got.Notice)
	}
	policies := a.client().Notice.Query().Where(notice.RegionID(a.regionID(t, "310000")), notice.KindEQ(notice.KindPOLICY)).
		CountX(testenv.System())
	if policies != 0 {
		t.Errorf("上海 has %d 政策文件", policies)
	}

	a.do(t, dalian, createNoticeQ, map[string]any{"r": "210200", "in": map[string]any{
		"kind": "POLICY", "title": "大连市2026年度考试收费标准", "body": "每科 70 元。", "sortOrder": 9,
		"publishedAt": "2026-03-01T09:00:00+08:00"}}, &got)
	admWant(t, "create", got.UserErrors)
	if got.Notice == nil || got.Notice.Session != nil || got.Notice.SortOrder != 9 {
		t.Fatalf("created: %+v", got.Notice)
	}
	id := got.Notice.ID
	a.do(t, dalian, updateNoticeQ, map[string]any{"id": id, "in": map[string]any{"title": "收费标准（修订）", "sessionCode": demo.SessionOpen}}, &got)
	if admWant(t, "update", got.UserErrors); got.Notice == nil || got.Notice.Title != "收费标准（修订）" || got.Notice.Session == nil ||
		got.Notice.Body != "每科 70 元。" {
		t.Fatalf("updated: %+v", got.Notice)
	}
	a.do(t, dalian, updateNoticeQ, map[string]any{"id": id, "in": map[string]any{"sessionCode": nil}}, &got)
	if admWant(t, "every session", got.UserErrors); got.Notice == nil || got.Notice.Session != nil {
		t.Fatalf("session kept: %+v", got.Notice)
	}
	a.do(t, dalian, updateNoticeQ, map[string]any{"id": id, "in": map[string]any{"title": " ", "sessionCode": "NOPE"}}, &got)
	admWant(t, "refused", got.UserErrors, "REQUIRED@input.title", "INVALID_FORMAT@input.sessionCode")
	a.do(t, dalian, disableNoticeQ, map[string]any{"id": id}, &got)
	if admWant(t, "disable", got.UserErrors); got.Notice == nil || !got.Notice.Disabled || got.Notice.Title != "收费标准（修订）" {
		t.Fatalf("disabled: %+v", got.Notice)
	}

	// Other regions.
	lnNotice := a.client().Notice.Query().Where(notice.RegionID(a.regionID(t, "210000"))).FirstX(testenv.System())
	a.refused(t, "大连 admin → 辽宁 notice", dalian, updateNoticeQ, map[string]any{"id": string(lnNotice.ID), "in": map[string]any{"title": "x"}}, "NOT_FOUND")
	a.refused(t, "大连 admin disables 辽宁 notice", dalian, disableNoticeQ, map[string]any{"id": string(lnNotice.ID)}, "NOT_FOUND")
	a.do(t, dalian, createNoticeQ, map[string]any{"r": "210000", "in": map[string]any{"kind": "POLICY", "title": "x"}}, &got)
	admWant(t, "大连 admin → 辽宁 new notice", got.UserErrors, "NOT_ALLOWED@regionCode")
	a.refused(t, "reviewer", a.staff["liaoning-reviewer"], disableNoticeQ, map[string]any{"id": string(lnNotice.ID)}, "FORBIDDEN")
	if n := a.client().Notice.GetX(testenv.System(), lnNotice.ID); n.Disabled || n.Title != lnNotice.Title {
		t.Errorf("辽宁's notice changed: %+v", n)
	}
}

// ---------------------------------------------------------------------------
// National administration

const sessionFields = `examSession { code name year half registrationOpensAt scoreReleaseAt disabled firstExamDay } userErrors { field code message }`
const createSessionQ = `mutation($in: CreateExamSessionInput!) { createExamSession(input: $in) { ` + sessionFields + ` } }`
const updateSessionQ = `mutation($c: String!, $in: UpdateExamSessionInput!) { updateExamSession(code: $c, input: $in) { ` + sessionFields + ` } }`
const setOfferingQ = `mutation($s: String!, $q: String!, $e: Boolean!) { setOffering(sessionCode: $s, qualificationCode: $q, enabled: $e) {
	offering { enabled qualification { code } session { code } } userErrors { field code message } } }`
const updateQualQ = `mutation($c: String!, $in: UpdateQualificationInput!) { updateQualification(code: $c, input: $in) {
	qualification { code name disabled defaultHalves } userErrors { field code message } } }`
const addDayQ = `mutation($d: Date!, $k: CalendarDayKind!, $n: String!) { addCalendarDay(date: $d, kind: $k, name: $n) {
	calendarDay { date kind name disabled } userErrors { field code message } } }`
const disableDayQ = `mutation($d: Date!) { disableCalendarDay(date: $d) { calendarDay { date disabled } userErrors { field code message } } }`

type sessionAnswer struct {
	ExamSession *struct {
		Code, Name, Half, RegistrationOpensAt, FirstExamDay string
		Year                                                int
		ScoreReleaseAt                                      *string
		Disabled                                            bool
	}
	UserErrors []admUE
}

func h2Session() map[string]any {
	return map[string]any{
		"code": "2026H2", "name": "2026年下半年计算机技术与软件专业技术资格（水平）考试", "year": 2026, "half": "SECOND",
		"registrationOpensAt": "2026-08-03T09:00:00+08:00", "registrationClosesAt": "2026-08-20T17:00:00+08:00",
		"ticketPrintOpensAt": "2026-10-30T09:00:00+08:00", "ticketPrintClosesAt": "2026-11-08T17:00:00+08:00",
		"firstExamDay": "2026-11-07", "lastExamDay": "2026-11-08", "scoreReleaseAt": "2026-12-20T10:00:00+08:00",
	}
}

func TestAdminNationalOnlyOperations(t *testing.T) {
	a := newAdm(t)
	ops := []struct {
		name, query string
		vars        map[string]any
	}{
		{"createExamSession", createSessionQ, map[string]any{"in": h2Session()}},
		{"updateExamSession", updateSessionQ, map[string]any{"c": demo.SessionOpen, "in": map[string]any{"name": "x"}}},
		{"setOffering", setOfferingQ, map[string]any{"s": demo.SessionOpen, "q": "ZJ02", "e": false}},
		{"updateQualification", updateQualQ, map[string]any{"c": "ZJ02", "in": map[string]any{"disabled": true}}},
		{"addCalendarDay", addDayQ, map[string]any{"d": "2026-03-09", "k": "HOLIDAY", "n": "x"}},
		{"disableCalendarDay", disableDayQ, map[string]any{"d": "2026-10-01"}},
	}
	for _, who := range []string{"dalian-admin", "liaoning-admin", "liaoning-reviewer"} {
		for _, op := range ops {
			a.refused(t, who+" "+op.name, a.staff[who], op.query, op.vars, "FORBIDDEN")
		}
	}
	for _, op := range ops {
		a.refused(t, "candidate "+op.name, a.li, op.query, op.vars, "FORBIDDEN")
		a.refused(t, "anonymous "+op.name, "", op.query, op.vars, "UNAUTHENTICATED")
	}
	ctx := testenv.System()
	if a.client().ExamSession.Query().Where(examsession.Code("2026H2")).ExistX(ctx) ||
		a.client().Qualification.Query().Where(qualification.Code("ZJ02"), qualification.Disabled(true)).ExistX(ctx) ||
		a.client().ExamSession.Query().Where(examsession.Code(demo.SessionOpen), examsession.Name("x")).ExistX(ctx) {
		t.Error("a refused national operation changed something")
	}
}

func TestAdminSessionsAndOfferings(t *testing.T) {
	a := newAdm(t)
	national := a.staff["admin"]
	var got sessionAnswer

	bad := h2Session()
	bad["code"], bad["half"] = "2026 h2", "FIRST"
	bad["registrationClosesAt"] = "2026-08-01T17:00:00+08:00"
	bad["ticketPrintClosesAt"] = "2026-10-29T17:00:00+08:00"
	bad["scoreReleaseAt"] = "2026-11-08T10:00:00+08:00"
	a.do(t, national, createSessionQ, map[string]any{"in": bad}, &got)
	admWant(t, "bad session", got.UserErrors, "INVALID_FORMAT@input.code", "INVALID_FORMAT@input.half",
		"WINDOW_ORDER@input.registrationClosesAt", "WINDOW_ORDER@input.ticketPrintClosesAt", "WINDOW_ORDER@input.scoreReleaseAt")
	dup := h2Session()
	dup["code"] = demo.SessionOpen
	a.do(t, national, createSessionQ, map[string]any{"in": dup}, &got)
	admWant(t, "taken code", got.UserErrors, "ALREADY_EXISTS@input.code")

	// A new 下半年 session offers what the catalog says: all but 信息系统项目管理师.
	a.do(t, national, createSessionQ, map[string]any{"in": h2Session()}, &got)
	if admWant(t, "create", got.UserErrors); got.ExamSession == nil || got.ExamSession.Half != "SECOND" {
		t.Fatalf("created: %+v", got.ExamSession)
	}
	offered := func(session string) []string {
		var d struct{ Qualifications []struct{ Code string } }
		a.env.MustData(t, `query($s: String) { qualifications(sessionCode: $s) { code } }`, map[string]any{"s": session}, &d)
		var out []string
		for _, q := range d.Qualifications {
			out = append(out, q.Code)
		}
		return out
	}
	if got := offered("2026H2"); len(got) != 26 || slices.Contains(got, "GX01") {
		t.Fatalf("2026H2 offers %d: %v", len(got), got)
	}

	// Offerings are edited, never deleted.
	var off struct {
		Offering *struct {
			Enabled       bool
			Qualification struct{ Code string }
		}
		UserErrors []admUE
	}
	a.do(t, national, setOfferingQ, map[string]any{"s": "2026H2", "q": "GX01", "e": true}, &off)
	a.do(t, national, setOfferingQ, map[string]any{"s": "2026H2", "q": "CJ07", "e": false}, &off)
	if admWant(t, "set offering", off.UserErrors); off.Offering == nil || off.Offering.Enabled {
		t.Fatalf("offering: %+v", off.Offering)
	}
	if got := offered("2026H2"); len(got) != 26 || !slices.Contains(got, "GX01") || slices.Contains(got, "CJ07") {
		t.Errorf("after editing, 2026H2 offers %v", got)
	}
	a.refused(t, "unknown qualification", national, setOfferingQ, map[string]any{"s": "2026H2", "q": "XX99", "e": true}, "NOT_FOUND")

	// A region joins the new session; the national window may then not open after it.
	var pol policyAnswer
	a.do(t, a.staff["dalian-admin"], createPolicyQ, map[string]any{"r": "210200", "s": "2026H2", "in": map[string]any{
		"registrationOpensAt": "2026-08-05T09:00:00+08:00", "registrationClosesAt": "2026-08-18T17:00:00+08:00",
		"correctionClosesAt": "2026-08-21T17:00:00+08:00", "paymentOpensAt": "2026-08-05T09:00:00+08:00",
		"paymentClosesAt": "2026-08-25T17:00:00+08:00", "reviewMode": "NONE", "feePerSubjectFen": 6000}}, &pol)
	admWant(t, "大连 joins 2026H2", pol.UserErrors)
	a.do(t, national, updateSessionQ, map[string]any{"c": "2026H2", "in": map[string]any{"registrationOpensAt": "2026-08-06T09:00:00+08:00"}}, &got)
	admWant(t, "national window after 大连's", got.UserErrors, "WINDOW_OUTSIDE_SESSION@input.registrationOpensAt")
	a.do(t, national, updateSessionQ, map[string]any{"c": "2026H2", "in": map[string]any{
		"registrationOpensAt": "2026-08-04T09:00:00+08:00", "scoreReleaseAt": nil, "name": "2026年下半年"}}, &got)
	if admWant(t, "update", got.UserErrors); got.ExamSession == nil || got.ExamSession.ScoreReleaseAt != nil || got.ExamSession.Name != "2026年下半年" {
		t.Fatalf("updated: %+v", got.ExamSession)
	}
	// DEMO-OPEN's registration opened on 02-27: its start no longer moves.
	a.do(t, national, updateSessionQ, map[string]any{"c": demo.SessionOpen, "in": map[string]any{"registrationOpensAt": "2026-02-26T09:00:00+08:00"}}, &got)
	admWant(t, "started", got.UserErrors, "WINDOW_STARTED@input.registrationOpensAt")

	// Live applications keep their session, offering and qualification.
	a.liveApplication(t, a.area(t, "210200", "01"), "ZJ02")
	a.do(t, national, updateSessionQ, map[string]any{"c": demo.SessionOpen, "in": map[string]any{"disabled": true}}, &got)
	admWant(t, "disable a session in use", got.UserErrors, "AREA_HAS_APPLICANTS@input.disabled")
	a.do(t, national, setOfferingQ, map[string]any{"s": demo.SessionOpen, "q": "ZJ02", "e": false}, &off)
	admWant(t, "withdraw an offering in use", off.UserErrors, "AREA_HAS_APPLICANTS@enabled")
	var qual struct {
		Qualification *struct {
			Code, Name    string
			Disabled      bool
			DefaultHalves []string
		}
		UserErrors []admUE
	}
	a.do(t, national, updateQualQ, map[string]any{"c": "ZJ02", "in": map[string]any{"disabled": true, "name": "软件设计师（新）"}}, &qual)
	admWant(t, "disable a qualification in use", qual.UserErrors, "AREA_HAS_APPLICANTS@input.disabled")
	if q := a.client().Qualification.Query().Where(qualification.Code("ZJ02")).OnlyX(testenv.System()); q.Disabled || q.Name != "软件设计师" {
		t.Errorf("a refused change was saved: %+v", q)
	}
	a.do(t, national, updateQualQ, map[string]any{"c": "GX01", "in": map[string]any{"defaultHalves": []string{"FIRST", "SECOND"}, "name": "信息系统项目管理师"}}, &qual)
	if admWant(t, "update qualification", qual.UserErrors); qual.Qualification == nil || len(qual.Qualification.DefaultHalves) != 2 {
		t.Errorf("qualification: %+v", qual.Qualification)
	}
	a.do(t, national, updateQualQ, map[string]any{"c": "CJ07", "in": map[string]any{"disabled": true}}, &qual)
	if admWant(t, "disable an unused qualification", qual.UserErrors); qual.Qualification == nil || !qual.Qualification.Disabled {
		t.Errorf("qualification: %+v", qual.Qualification)
	}
	// A session whose exam is over is disabled (hidden), not deleted.
	a.do(t, national, updateSessionQ, map[string]any{"c": demo.SessionScores, "in": map[string]any{"disabled": true}}, &got)
	if admWant(t, "disable a past session", got.UserErrors); got.ExamSession == nil || !got.ExamSession.Disabled {
		t.Fatalf("disabled: %+v", got.ExamSession)
	}
	var list struct{ ExamSessions []struct{ Code string } }
	a.env.MustData(t, `{ examSessions { code } }`, nil, &list)
	for _, s := range list.ExamSessions {
		if s.Code == demo.SessionScores {
			t.Error("a disabled session is still listed")
		}
	}
	if !a.client().ExamSession.Query().Where(examsession.Code(demo.SessionScores)).ExistX(testenv.System()) {
		t.Error("the session was deleted")
	}
}

func TestAdminCalendar(t *testing.T) {
	a := newAdm(t)
	national := a.staff["admin"]
	type dayAnswer struct {
		CalendarDay *struct {
			Date, Kind, Name string
			Disabled         bool
		}
		UserErrors []admUE
	}
	listed := func() map[string]string {
		var d struct{ Calendar []struct{ Date, Kind string } }
		a.env.MustData(t, `{ calendar(year: 2026) { date kind } }`, nil, &d)
		out := map[string]string{}
		for _, c := range d.Calendar {
			out[c.Date] = c.Kind
		}
		return out
	}
	var got dayAnswer
	a.do(t, national, addDayQ, map[string]any{"d": "2026-03-09", "k": "HOLIDAY", "n": "测试假日"}, &got)
	if admWant(t, "add", got.UserErrors); got.CalendarDay == nil || got.CalendarDay.Kind != "HOLIDAY" {
		t.Fatalf("added: %+v", got.CalendarDay)
	}
	if listed()["2026-03-09"] != "HOLIDAY" {
		t.Fatal("the new holiday is not in the calendar")
	}
	a.do(t, national, addDayQ, map[string]any{"d": "2026-03-09", "k": "WORKDAY", "n": ""}, &got)
	admWant(t, "again", got.UserErrors, "ALREADY_EXISTS@date", "REQUIRED@name")
	a.do(t, national, disableDayQ, map[string]any{"d": "2026-03-09"}, &got)
	if admWant(t, "disable", got.UserErrors); got.CalendarDay == nil || !got.CalendarDay.Disabled {
		t.Fatalf("disabled: %+v", got.CalendarDay)
	}
	if _, ok := listed()["2026-03-09"]; ok {
		t.Fatal("a disabled day is still in the calendar")
	}
	// Disabled, not deleted: adding it again brings the same row back.
	a.do(t, national, addDayQ, map[string]any{"d": "2026-03-09", "k": "WORKDAY", "n": "调休上班"}, &got)
	admWant(t, "re-add", got.UserErrors)
	if listed()["2026-03-09"] != "WORKDAY" {
		t.Fatal("the day did not come back as a working day")
	}
	if n := a.client().CalendarDay.Query().CountX(testenv.System()); n == 0 {
		t.Fatal("no calendar")
	}
	// A seeded holiday (国庆节) is disabled like any other.
	a.do(t, national, disableDayQ, map[string]any{"d": "2026-10-01"}, &got)
	admWant(t, "disable a seeded holiday", got.UserErrors)
	if _, ok := listed()["2026-10-01"]; ok {
		t.Fatal("2026-10-01 still listed")
	}
	a.refused(t, "unknown day", national, disableDayQ, map[string]any{"d": "2026-03-10"}, "NOT_FOUND")
}

// ---------------------------------------------------------------------------
// The audit log

const auditQ = `query($n: Int, $after: Cursor, $actor: ID, $record: String, $action: String, $from: Time, $to: Time) {
	auditLogs(first: $n, after: $after, actorId: $actor, recordId: $record, action: $action, from: $from, to: $to) {
		totalCount pageInfo { hasNextPage endCursor }
		edges { cursor node { id createdAt action recordType recordID regionID staffID actorKind before after staff { username } } } } }`

type auditEntry struct {
	ID, CreatedAt, Action, RecordType, RecordID, ActorKind string
	RegionID, StaffID                                      *string
	Before, After                                          map[string]any
	Staff                                                  *struct{ Username string }
}

type auditPage struct {
	TotalCount int
	PageInfo   struct {
		HasNextPage bool
		EndCursor   *string
	}
	Edges []struct {
		Cursor string
		Node   auditEntry
	}
}

func (a *adm) audit(t *testing.T, token string, vars map[string]any) auditPage {
	t.Helper()
	if vars == nil {
		vars = map[string]any{}
	}
	if _, ok := vars["n"]; !ok {
		vars["n"] = 100
	}
	var d struct{ AuditLogs auditPage }
	a.env.MustAs(t, token, auditQ, vars, &d)
	return d.AuditLogs
}

func TestAuditLogQuery(t *testing.T) {
	a := newAdm(t)
	dalian, liaoning, national := a.staff["dalian-admin"], a.staff["liaoning-admin"], a.staff["admin"]
	dlArea, lnArea := a.area(t, "210200", "01"), a.area(t, "210000", "01")
	dalianRegion, liaoningRegion := string(a.regionID(t, "210200")), string(a.regionID(t, "210000"))

	a.env.Clock.Advance(10 * time.Minute) // staff sessions idle out after 30 minutes
	start := a.env.Clock.Now()
	var area areaAnswer
	a.do(t, dalian, updateAreaQ, map[string]any{"id": string(dlArea.ID), "in": map[string]any{"name": "大连市考区"}}, &area)
	admWant(t, "大连 write", area.UserErrors)
	a.env.Clock.Advance(time.Minute)
	a.do(t, liaoning, updateAreaQ, map[string]any{"id": string(lnArea.ID), "in": map[string]any{"name": "沈阳市考区"}}, &area)
	admWant(t, "辽宁 write", area.UserErrors)
	a.env.Clock.Advance(time.Minute)
	var n noticeAnswer
	a.do(t, national, createNoticeQ, map[string]any{"r": "210200", "in": map[string]any{"kind": "EXAM_PLAN", "title": "考试计划"}}, &n)
	admWant(t, "national write", n.UserErrors)
	// A refused write leaves nothing behind, in the log either.
	a.do(t, dalian, updateAreaQ, map[string]any{"id": string(dlArea.ID), "in": map[string]any{"name": ""}}, &area)
	admWant(t, "refused write", area.UserErrors, "REQUIRED@input.name")

	// 大连's admin sees 大连's entries only: logins of 大连's staff, its writes.
	page := a.audit(t, dalian, nil)
	if page.TotalCount == 0 || page.TotalCount != len(page.Edges) {
		t.Fatalf("大连 admin: %d entries, %d edges", page.TotalCount, len(page.Edges))
	}
	var sawOwn, sawNotice bool
	for i, e := range page.Edges {
		if e.Node.RegionID == nil || *e.Node.RegionID != dalianRegion {
			t.Errorf("大连 admin sees an entry of region %v: %+v", e.Node.RegionID, e.Node)
		}
		if e.Node.RecordID == string(lnArea.ID) {
			t.Errorf("大连 admin sees 辽宁's write: %+v", e.Node)
		}
		if e.Node.RecordID == string(dlArea.ID) && e.Node.Action == "ExamArea.update" {
			sawOwn = true
			if e.Node.Before["name"] != "大连考区" || e.Node.After["name"] != "大连市考区" || e.Node.ActorKind != "STAFF" ||
				e.Node.Staff == nil || e.Node.Staff.Username != "dalian-admin" {
				t.Errorf("the entry of the write: %+v", e.Node)
			}
		}
		if n.Notice != nil && e.Node.RecordID == n.Notice.ID {
			sawNotice = true
		}
		if i > 0 && e.Node.CreatedAt > page.Edges[i-1].Node.CreatedAt {
			t.Errorf("not newest first: %s after %s", e.Node.CreatedAt, page.Edges[i-1].Node.CreatedAt)
		}
	}
	if !sawOwn || !sawNotice {
		t.Errorf("大连 admin misses its region's writes: own %v, national admin's notice %v", sawOwn, sawNotice)
	}

	// The national admin sees every region's entries.
	all := a.audit(t, national, nil)
	if all.TotalCount <= page.TotalCount {
		t.Errorf("national admin sees %d entries, 大连 admin %d", all.TotalCount, page.TotalCount)
	}
	regions := map[string]bool{}
	for _, e := range all.Edges {
		if e.Node.RegionID != nil {
			regions[*e.Node.RegionID] = true
		}
	}
	if !regions[dalianRegion] || !regions[liaoningRegion] {
		t.Errorf("national admin sees regions %v", regions)
	}

	// Filters: record, actor, action, time.
	byRecord := a.audit(t, national, map[string]any{"record": string(lnArea.ID)})
	if byRecord.TotalCount != 1 || byRecord.Edges[0].Node.Action != "ExamArea.update" ||
		byRecord.Edges[0].Node.Staff == nil || byRecord.Edges[0].Node.Staff.Username != "liaoning-admin" {
		t.Errorf("by record: %+v", byRecord)
	}
	if p := a.audit(t, dalian, map[string]any{"record": string(lnArea.ID)}); p.TotalCount != 0 {
		t.Errorf("大连 admin finds 辽宁's record: %+v", p)
	}
	dalianAdminID := string(a.client().StaffUser.Query().Where(staffuser.Username("dalian-admin")).OnlyIDX(testenv.System()))
	byActor := a.audit(t, national, map[string]any{"actor": dalianAdminID})
	if byActor.TotalCount < 2 { // the login and the write
		t.Errorf("by actor: %d", byActor.TotalCount)
	}
	for _, e := range byActor.Edges {
		if e.Node.StaffID == nil || *e.Node.StaffID != dalianAdminID {
			t.Errorf("by actor: %+v", e.Node)
		}
	}
	byAction := a.audit(t, national, map[string]any{"action": "ExamArea.update"})
	if byAction.TotalCount != 2 {
		t.Errorf("by action: %d entries", byAction.TotalCount)
	}
	since := a.audit(t, national, map[string]any{"from": start.Format(time.RFC3339), "to": start.Add(90 * time.Second).Format(time.RFC3339)})
	if since.TotalCount != 2 || since.Edges[0].Node.RecordID != string(lnArea.ID) || since.Edges[1].Node.RecordID != string(dlArea.ID) {
		t.Errorf("between: %+v", since.Edges)
	}
	before := a.audit(t, national, map[string]any{"to": start.Format(time.RFC3339)})
	for _, e := range before.Edges {
		if e.Node.Action == "ExamArea.update" {
			t.Errorf("before the writes: %+v", e.Node)
		}
	}

	// Pages.
	first := a.audit(t, national, map[string]any{"n": 2})
	if len(first.Edges) != 2 || !first.PageInfo.HasNextPage || first.PageInfo.EndCursor == nil {
		t.Fatalf("first page: %+v", first)
	}
	second := a.audit(t, national, map[string]any{"n": 2, "after": *first.PageInfo.EndCursor})
	if len(second.Edges) == 0 || second.Edges[0].Node.ID == first.Edges[0].Node.ID || second.Edges[0].Node.ID == first.Edges[1].Node.ID {
		t.Errorf("second page: %+v", second)
	}

	// Reviewers, candidates and anonymous callers may not read it.
	a.refused(t, "reviewer", a.staff["dalian-reviewer"], auditQ, map[string]any{"n": 10}, "FORBIDDEN")
	a.refused(t, "candidate", a.li, auditQ, map[string]any{"n": 10}, "FORBIDDEN")
	a.refused(t, "anonymous", "", auditQ, map[string]any{"n": 10}, "UNAUTHENTICATED")
}
