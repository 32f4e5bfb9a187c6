package graph_test

import (
	"encoding/json"
	"maps"
	"strings"
	"testing"

	"github.com/ruankao/ruankao/ent/schema/pulid"
	"github.com/ruankao/ruankao/internal/demo"
	"github.com/ruankao/ruankao/internal/enum"
	"github.com/ruankao/ruankao/internal/testenv"
)

// The region is fixed from the first submit on: 辽宁 rejects an
// application, the candidate's correction cannot move it to 上海.
func TestCorrectionKeepsTheRegion(t *testing.T) {
	env := testenv.Start(t, march)
	ps := people(2)
	cand, id := submitIn(t, env, ps[0], "210000", "沈阳考区", "210000", "ZJ02")
	liaoning := env.LoginStaff(t, "liaoning-reviewer")
	if p, _ := decide(t, env, liaoning, rejectQ, map[string]any{"id": id, "v": 2, "r": []string{"PHOTO_NONCOMPLIANT"}}); p.Application == nil || p.Application.Status != "REJECTED" {
		t.Fatalf("reject: %+v", p)
	}
	before := env.DB.Client.Application.GetX(testenv.System(), pulid.ID(id))

	moved := cand.fullForm(t, "310000", "上海考区", "310000")
	s := cand.save(t, id, moved)
	if !hasCode(s.UserErrors, "REGION_FIXED") {
		t.Fatalf("moving a rejected application to 上海: %+v", s.UserErrors)
	}
	for _, e := range s.UserErrors {
		if e.Code == "REGION_FIXED" && (len(e.Field) != 2 || e.Field[0] != "input" || e.Field[1] != "regionCode" || e.Message == "") {
			t.Errorf("REGION_FIXED problem: %+v", e)
		}
	}
	// Other problems come with it, and nothing is saved.
	moved["email"] = "not-an-email"
	if s := cand.save(t, id, moved); !hasCode(s.UserErrors, "REGION_FIXED") || !hasCode(s.UserErrors, "INVALID_FORMAT") {
		t.Errorf("all problems at once: %+v", s.UserErrors)
	}
	after := env.DB.Client.Application.GetX(testenv.System(), pulid.ID(id))
	if after.RegionID != before.RegionID || after.Version != before.Version {
		t.Errorf("the refused correction changed the application: region %s→%s, version %d→%d", before.RegionID, after.RegionID, before.Version, after.Version)
	}
	// Submitting as it stands goes back to 辽宁's review, not to 上海.
	if p := cand.submit(t, id, true, ""); p.Application == nil || p.Application.Status != "PENDING_REVIEW" || len(p.UserErrors) > 0 {
		t.Fatalf("resubmit: %+v", p)
	}
	if n, _ := queue(t, env, liaoning, map[string]any{"sessionCode": demo.SessionOpen}, "OLDEST_FIRST"); n != 1 {
		t.Errorf("辽宁's queue holds %d applications, want the corrected one", n)
	}
	// A correction in the same region is fine.
	if p, _ := decide(t, env, liaoning, rejectQ, map[string]any{"id": id, "v": 4, "r": []string{"PHOTO_NONCOMPLIANT"}}); p.Application == nil {
		t.Fatalf("second reject: %+v", p)
	}
	same := cand.fullForm(t, "210000", "沈阳考区", "210000")
	same["address"] = "辽宁省沈阳市皇姑区某路 2 号"
	if s := cand.save(t, id, same); len(s.UserErrors) > 0 {
		t.Errorf("a correction in 辽宁: %+v", s.UserErrors)
	}

	// A draft never submitted may still change its region.
	other := newApplicant(t, env, ps[1])
	d := other.save(t, "", other.fullForm(t, "210000", "沈阳考区", "210000")).Application
	if s := other.save(t, d.ID, other.fullForm(t, "310000", "上海考区", "310000")); len(s.UserErrors) > 0 {
		t.Errorf("moving a draft: %+v", s.UserErrors)
	}
}

// 固定电话 is marked * on the official form: a draft may leave it out, a
// submit may not; the mobile number stands in when there is no fixed line.
func TestLandlineIsRequiredAtSubmit(t *testing.T) {
	env := testenv.Start(t, march)
	a := newApplicant(t, env, demo.Identities[0])
	form := a.fullForm(t, "210000", "沈阳考区", "210000")
	delete(form, "landline")
	d := a.save(t, "", form)
	if d.Application == nil || len(d.UserErrors) > 0 {
		t.Fatalf("a draft without a landline: %+v", d.UserErrors)
	}
	p := a.submit(t, d.Application.ID, true, "")
	if p.Application.Status != "DRAFT" || len(p.UserErrors) != 1 || p.UserErrors[0].Code != "REQUIRED" ||
		len(p.UserErrors[0].Field) != 2 || p.UserErrors[0].Field[1] != "landline" {
		t.Fatalf("submit without a landline: %+v %+v", p.Application, p.UserErrors)
	}
	// A present value must be well-formed, even in a draft.
	for _, bad := range []string{"12345", "", "024-1234"} {
		form["landline"] = bad
		if s := a.save(t, d.Application.ID, form); len(s.UserErrors) != 1 || s.UserErrors[0].Field[1] != "landline" {
			t.Errorf("landline %q: %+v", bad, s.UserErrors)
		}
	}
	// Without a fixed line, the mobile number.
	form["landline"] = "13800000000"
	if s := a.save(t, d.Application.ID, form); len(s.UserErrors) > 0 {
		t.Fatalf("the mobile as landline: %+v", s.UserErrors)
	}
	if p := a.submit(t, d.Application.ID, true, ""); p.Application.Status != "PENDING_REVIEW" || len(p.UserErrors) > 0 {
		t.Fatalf("submit: %+v %+v", p.Application, p.UserErrors)
	}
}

// An impossible date is a problem of the form, reported at its field with
// the form's other problems (not a BAD_REQUEST for the whole request), and
// nothing is saved. Every date field of the form.
func TestImpossibleDatesAreUserErrors(t *testing.T) {
	env := testenv.Start(t, march)
	overseas := demo.Identity{Subject: "demo-huaqiao", Name: "林华", IDType: enum.IDPassport, IDNumber: "EA1234567"}
	a := newApplicant(t, env, overseas) // a passport carries no birth date: the form asks for it
	form := a.fullForm(t, "210000", "沈阳考区", "000000")
	form["title"] = "工程师"
	form["titleDate"] = "2020-06-01"
	form["gender"], form["birthDate"] = "FEMALE", "1992-12-31"
	d := a.save(t, "", form)
	if d.Application == nil || len(d.UserErrors) > 0 {
		t.Fatalf("the good form: %+v", d.UserErrors)
	}
	id := d.Application.ID
	for _, field := range []string{"birthDate", "titleDate", "workStartDate", "graduationDate"} {
		bad := maps.Clone(form)
		bad[field] = "2015-02-30"
		bad["email"] = "not-an-email"
		res := env.PostAs(t, a.token, `mutation($id: ID, $in: ApplicationInput!) { saveApplication(id: $id, input: $in) { userErrors { field code message } } }`,
			map[string]any{"id": id, "in": bad})
		if len(res.Errors) > 0 {
			t.Errorf("%s 2015-02-30: a GraphQL error %+v", field, res.Errors)
			continue
		}
		var p struct{ SaveApplication payload }
		if err := json.Unmarshal(res.Data, &p); err != nil {
			t.Fatal(err)
		}
		got := strings.Join(codes(p.SaveApplication.UserErrors), " ")
		if !strings.Contains(got, "INVALID_FORMAT@input."+field) || !strings.Contains(got, "INVALID_FORMAT@input.email") {
			t.Errorf("%s 2015-02-30: %s", field, got)
		}
	}
	// Malformed text too; a number is still a malformed request.
	bad := maps.Clone(form)
	bad["graduationDate"] = "2015/06/30"
	if p := a.save(t, id, bad); !strings.Contains(strings.Join(codes(p.UserErrors), " "), "INVALID_FORMAT@input.graduationDate") {
		t.Errorf("2015/06/30: %+v", p.UserErrors)
	}
	bad["graduationDate"] = 20150630
	if res := env.PostAs(t, a.token, `mutation($id: ID, $in: ApplicationInput!) { saveApplication(id: $id, input: $in) { userErrors { code } } }`,
		map[string]any{"id": id, "in": bad}); res.Code() != "BAD_REQUEST" {
		t.Errorf("a number as a date: %s %+v", res.Data, res.Errors)
	}
	// Nothing was saved; the good form submits with its dates as sent.
	if v := a.view(t, id); v.Version != d.Application.Version {
		t.Errorf("refused saves changed the application: %+v", v)
	}
	var got struct {
		Node struct{ BirthDate, TitleDate, WorkStartDate, GraduationDate string }
	}
	env.MustAs(t, a.token, `query($id: ID!) { node(id: $id) { ... on Application { birthDate titleDate workStartDate graduationDate } } }`, map[string]any{"id": id}, &got)
	if n := got.Node; n.BirthDate != "1992-12-31" || n.TitleDate != "2020-06-01" || n.WorkStartDate != "2015-07-01" || n.GraduationDate != "2015-06-30" {
		t.Errorf("stored dates: %+v", n)
	}
	if p := a.submit(t, id, true, ""); len(p.UserErrors) > 0 {
		t.Errorf("submit: %+v", p.UserErrors)
	}
}

// A front end shows the form without hard-coding Chinese: every value of the
// form's enums has a label in formChoices, the objects carry the labels of
// their values, and the age is known before any form is saved.
func TestFormLabelsAndAgeBeforeTheFirstSave(t *testing.T) {
	env := testenv.Start(t, march)
	var ch struct {
		FormChoices map[string][]struct{ Value, Label string }
	}
	env.MustData(t, `{ formChoices { genders { value label } idTypes { value label } employments { value label }
		educations { value label } degrees { value label } majorRelations { value label } statuses { value label } actorKinds { value label } } }`, nil, &ch)
	for field, enumName := range map[string]string{
		"genders": "ApplicationGender", "idTypes": "IDType", "employments": "ApplicationEmployment",
		"educations": "ApplicationEducation", "degrees": "ApplicationDegree", "majorRelations": "ApplicationMajorRelation",
		"statuses": "ApplicationStatus", "actorKinds": "StateChangeActorKind",
	} {
		var ty struct {
			Type struct{ EnumValues []struct{ Name string } }
		}
		env.MustData(t, `query($n: String!) { type: __type(name: $n) { enumValues { name } } }`, map[string]any{"n": enumName}, &ty)
		got := ch.FormChoices[field]
		if len(got) != len(ty.Type.EnumValues) {
			t.Errorf("%s: %d choices for %d values of %s", field, len(got), len(ty.Type.EnumValues), enumName)
			continue
		}
		for i, v := range ty.Type.EnumValues {
			if got[i].Value != v.Name || got[i].Label == "" || got[i].Label == v.Name {
				t.Errorf("%s: choice %d is %+v, value %s", field, i, got[i], v.Name)
			}
		}
	}
	label := func(field, value string) string {
		for _, c := range ch.FormChoices[field] {
			if c.Value == value {
				return c.Label
			}
		}
		return "?"
	}
	if label("educations", "BACHELOR") != "大学本科" || label("degrees", "NONE") != "无" || label("employments", "STUDENT") != "在校" ||
		label("majorRelations", "SIMILAR") != "相近" || label("genders", "FEMALE") != "女" || label("idTypes", "CHINESE_PASSPORT") != "中国护照" ||
		label("statuses", "PENDING_REVIEW") != "待审核" {
		t.Errorf("labels: %+v", ch.FormChoices)
	}

	// The age at the session's first exam day, before the form is first saved.
	a := newApplicant(t, env, demo.Identities[0])
	const meQ = `query($s: String!) { me { candidate { genderLabel idTypeLabel ageAt(sessionCode: $s) } } }`
	type meView struct {
		Me struct {
			Candidate struct {
				GenderLabel *string
				IDTypeLabel string
				AgeAt       *int
			}
		}
	}
	var me meView
	env.MustAs(t, a.token, meQ, map[string]any{"s": demo.SessionOpen}, &me)
	if me.Me.Candidate.AgeAt == nil || me.Me.Candidate.GenderLabel == nil || me.Me.Candidate.IDTypeLabel != "居民身份证" {
		t.Fatalf("before the first save: %+v", me.Me.Candidate)
	}
	var none meView
	env.MustAs(t, a.token, meQ, map[string]any{"s": "NO-SUCH"}, &none)
	if none.Me.Candidate.AgeAt != nil {
		t.Errorf("age for a session that does not exist: %d", *none.Me.Candidate.AgeAt)
	}

	// The saved form records the same age; every enum of it has its label.
	d := a.save(t, "", a.fullForm(t, "210000", "沈阳考区", "210000")).Application
	if d.Age == nil || *d.Age != *me.Me.Candidate.AgeAt {
		t.Errorf("age %v on the form, %d before it", d.Age, *me.Me.Candidate.AgeAt)
	}
	a.submit(t, d.ID, true, "")
	var mine struct {
		MyApplications []struct {
			IDTypeLabel, StatusLabel                                                      string
			GenderLabel, EmploymentLabel, EducationLabel, DegreeLabel, MajorRelationLabel *string
			History                                                                       []struct {
				FromStatus, FromStatusLabel             *string
				ToStatus, ToStatusLabel, ActorKindLabel string
			}
		}
	}
	env.MustAs(t, a.token, `{ myApplications { idTypeLabel statusLabel genderLabel employmentLabel educationLabel degreeLabel majorRelationLabel
		history { fromStatus fromStatusLabel toStatus toStatusLabel actorKindLabel } } }`, nil, &mine)
	m := mine.MyApplications[0]
	if m.IDTypeLabel != "居民身份证" || m.StatusLabel != "待审核" || *m.GenderLabel != *me.Me.Candidate.GenderLabel || *m.EmploymentLabel != "在职" ||
		*m.EducationLabel != "大学本科" || *m.DegreeLabel != "学士" || *m.MajorRelationLabel != "相同" {
		t.Errorf("application labels: %+v", m)
	}
	if len(m.History) != 1 || *m.History[0].FromStatus != "DRAFT" || *m.History[0].FromStatusLabel != "草稿" ||
		m.History[0].ToStatusLabel != "待审核" || m.History[0].ActorKindLabel != "考生" {
		t.Errorf("history labels: %+v", m.History)
	}

	// A passport carries no birth date: no age until the form gives one.
	overseas := newApplicant(t, env, demo.Identity{Subject: "demo-huaqiao", Name: "林华", IDType: enum.IDPassport, IDNumber: "EA1234567"})
	var p meView
	env.MustAs(t, overseas.token, meQ, map[string]any{"s": demo.SessionOpen}, &p)
	if p.Me.Candidate.AgeAt != nil || p.Me.Candidate.GenderLabel != nil || p.Me.Candidate.IDTypeLabel != "中国护照" {
		t.Errorf("passport holder: %+v", p.Me.Candidate)
	}
}
