package graph_test

import (
	"context"
	"strings"
	"testing"

	"github.com/ruankao/ruankao/ent"
	"github.com/ruankao/ruankao/ent/auditlog"
	"github.com/ruankao/ruankao/ent/schema/pulid"
	"github.com/ruankao/ruankao/ent/staffuser"
	"github.com/ruankao/ruankao/internal/demo"
	"github.com/ruankao/ruankao/internal/testenv"
	"github.com/ruankao/ruankao/internal/viewer"
)

// world: 张伟 applied in 辽宁, 李娜 in 大连; every demo staff account logged in.
type world struct {
	env                *testenv.Env
	zhang, li          string // candidate tokens
	zhangID, liID      string
	zhangApp, liApp    string // application ids
	staff              map[string]string
	liaoningReviewerID string
}

func newWorld(t *testing.T) *world {
	env := testenv.Start(t, march)
	w := &world{env: env, staff: map[string]string{}}
	w.zhang = env.LoginCandidate(t, demo.Identities[0])
	w.li = env.LoginCandidate(t, demo.Identities[1])
	zid, lid := env.CandidateID(t, demo.Identities[0]), env.CandidateID(t, demo.Identities[1])
	w.zhangID, w.liID = string(zid), string(lid)
	w.zhangApp = string(env.Draft(t, zid, "210000").ID)
	w.liApp = string(env.Draft(t, lid, "210200").ID)
	for _, a := range demo.StaffAccounts {
		w.staff[a.Username] = env.LoginStaff(t, a.Username)
	}
	w.liaoningReviewerID = string(env.DB.Client.StaffUser.Query().
		Where(staffuser.Username("liaoning-reviewer")).OnlyIDX(testenv.System()))
	return w
}

const nodeQ = `query($id: ID!) { node(id: $id) { id } }`

// sees reports whether token can read the record: a hidden one is NOT_FOUND.
func (w *world) sees(t *testing.T, token, id string) bool {
	t.Helper()
	res := w.env.PostAs(t, token, nodeQ, map[string]any{"id": id})
	switch {
	case len(res.Errors) == 0 && strings.Contains(string(res.Data), id):
		return true
	case res.Code() == "NOT_FOUND":
		return false
	}
	t.Fatalf("node(%s): %s %+v", id, res.Data, res.Errors)
	return false
}

func TestReadsAreScopedByRoleAndRegion(t *testing.T) {
	w := newWorld(t)
	cases := []struct {
		who, token, id string
		want           bool
	}{
		{"anonymous / 张伟", "", w.zhangID, false},
		{"anonymous / application", "", w.zhangApp, false},
		{"张伟 / himself", w.zhang, w.zhangID, true},
		{"张伟 / his application", w.zhang, w.zhangApp, true},
		{"张伟 / 李娜", w.zhang, w.liID, false},
		{"张伟 / 李娜's application", w.zhang, w.liApp, false},
		{"张伟 / a reviewer", w.zhang, w.liaoningReviewerID, false},
		{"辽宁 reviewer / 辽宁 application", w.staff["liaoning-reviewer"], w.zhangApp, true},
		{"辽宁 reviewer / 辽宁 applicant", w.staff["liaoning-reviewer"], w.zhangID, true},
		{"辽宁 reviewer / 大连 application", w.staff["liaoning-reviewer"], w.liApp, false},
		{"辽宁 reviewer / 大连 applicant", w.staff["liaoning-reviewer"], w.liID, false},
		{"大连 reviewer / 辽宁 application", w.staff["dalian-reviewer"], w.zhangApp, false},
		{"大连 reviewer / 大连 application", w.staff["dalian-reviewer"], w.liApp, true},
		{"大连 admin / 辽宁 applicant", w.staff["dalian-admin"], w.zhangID, false},
		{"大连 admin / 辽宁 reviewer", w.staff["dalian-admin"], w.liaoningReviewerID, false},
		{"辽宁 admin / 辽宁 reviewer", w.staff["liaoning-admin"], w.liaoningReviewerID, true},
		{"北京 reviewer / 辽宁 reviewer", w.staff["beijing-reviewer"], w.liaoningReviewerID, false},
		{"national admin / 大连 application", w.staff["admin"], w.liApp, true},
		{"national admin / 辽宁 applicant", w.staff["admin"], w.zhangID, true},
	}
	for _, c := range cases {
		if got := w.sees(t, c.token, c.id); got != c.want {
			t.Errorf("%s: sees = %v, want %v", c.who, got, c.want)
		}
	}
}

func TestStaffListsAreScoped(t *testing.T) {
	w := newWorld(t)
	count := func(token string) (int, []string) {
		var d struct {
			StaffUsers struct {
				TotalCount int
				Edges      []struct{ Node struct{ Username string } }
			}
		}
		w.env.MustAs(t, token, `{ staffUsers(first: 50) { totalCount edges { node { username } } } }`, nil, &d)
		var names []string
		for _, e := range d.StaffUsers.Edges {
			names = append(names, e.Node.Username)
		}
		return d.StaffUsers.TotalCount, names
	}
	if n, _ := count(w.staff["admin"]); n != len(demo.StaffAccounts) {
		t.Errorf("national admin sees %d staff", n)
	}
	if n, names := count(w.staff["dalian-admin"]); n != 2 || strings.Contains(strings.Join(names, ","), "liaoning") {
		t.Errorf("大连 admin sees %v", names)
	}
	if n, names := count(w.staff["liaoning-reviewer"]); n != 1 || names[0] != "liaoning-reviewer" {
		t.Errorf("辽宁 reviewer sees %v", names)
	}
	for who, token := range map[string]string{"anonymous": "", "candidate": w.zhang} {
		res := w.env.PostAs(t, token, `{ staffUsers(first: 5) { totalCount } }`, nil)
		want := map[string]string{"anonymous": "UNAUTHENTICATED", "candidate": "FORBIDDEN"}[who]
		if res.Code() != want {
			t.Errorf("%s: %+v", who, res.Errors)
		}
	}
}

const createStaffQ = `mutation($in: CreateStaffUserInput!) { createStaffUser(input: $in) {
	staffUser { username region { code } } userErrors { code field message } } }`

func createStaff(w *world, t *testing.T, token, username, role, region string) (*testenv.Response, string) {
	in := map[string]any{"username": username, "displayName": "新账号", "password": "a-long-enough-passphrase", "role": role}
	if region != "" {
		in["regionCode"] = region
	}
	res := w.env.PostAs(t, token, createStaffQ, map[string]any{"in": in})
	code := res.Code()
	if code == "" && strings.Contains(string(res.Data), `"code":"`) {
		code = string(res.Data)[strings.Index(string(res.Data), `"code":"`)+8:]
		code = code[:strings.Index(code, `"`)]
	}
	return res, code
}

func TestWritesAreScopedByRoleAndRegion(t *testing.T) {
	w := newWorld(t)
	cases := []struct {
		who, token, username, role, region, want string
	}{
		{"anonymous", "", "x-anon", "REVIEWER", "210000", "UNAUTHENTICATED"},
		{"candidate", w.zhang, "x-cand", "REVIEWER", "210000", "FORBIDDEN"},
		{"reviewer", w.staff["liaoning-reviewer"], "x-rev", "REVIEWER", "210000", "FORBIDDEN"},
		{"大连 admin → 辽宁 reviewer", w.staff["dalian-admin"], "x-cross", "REVIEWER", "210000", "NOT_ALLOWED"},
		{"大连 admin → 大连 admin", w.staff["dalian-admin"], "x-escalate", "REGION_ADMIN", "210200", "NOT_ALLOWED"},
		{"weak password", w.staff["dalian-admin"], "x-weak", "REVIEWER", "210200", ""},
		{"大连 admin → 大连 reviewer", w.staff["dalian-admin"], "dalian-new", "REVIEWER", "210200", "ok"},
		{"national admin → 辽宁 admin", w.staff["admin"], "liaoning-new", "REGION_ADMIN", "210000", "ok"},
		{"duplicate username", w.staff["admin"], "dalian-new", "REVIEWER", "210200", "USERNAME_TAKEN"},
	}
	for _, c := range cases {
		if c.who == "weak password" {
			in := map[string]any{"username": c.username, "displayName": "x", "password": "password123", "role": c.role, "regionCode": c.region}
			res := w.env.PostAs(t, c.token, createStaffQ, map[string]any{"in": in})
			if !strings.Contains(string(res.Data), "WEAK_PASSWORD") {
				t.Errorf("weak password accepted: %s", res.Data)
			}
			continue
		}
		res, code := createStaff(w, t, c.token, c.username, c.role, c.region)
		if c.want == "ok" {
			if !strings.Contains(string(res.Data), `"username":"`+c.username+`"`) {
				t.Errorf("%s: %s %+v", c.who, res.Data, res.Errors)
			}
			continue
		}
		if code != c.want {
			t.Errorf("%s: got %s (%s %+v)", c.who, code, res.Data, res.Errors)
		}
		exists := w.env.DB.Client.StaffUser.Query().Where(staffuser.Username(c.username)).ExistX(testenv.System())
		if exists && c.want != "USERNAME_TAKEN" {
			t.Errorf("%s: the account was created anyway", c.who)
		}
	}
}

// The data layer refuses what the API would never ask, too.
func TestDataLayerRefusesCrossRegionAndCrossCandidateWrites(t *testing.T) {
	w := newWorld(t)
	c := w.env.DB.Client
	as := func(username string) context.Context {
		u := c.StaffUser.Query().Where(staffuser.Username(username)).OnlyX(testenv.System())
		v := viewer.Viewer{Kind: viewer.Staff, ID: u.ID, Role: u.Role}
		if u.RegionID != nil {
			v.RegionID = *u.RegionID
		}
		return viewer.With(context.Background(), v)
	}
	cand := func(id string) context.Context {
		return viewer.With(context.Background(), viewer.Viewer{Kind: viewer.Candidate, ID: toID(id)})
	}

	// 辽宁's reviewer cannot touch 大连's application; 大连's can.
	if err := c.Application.UpdateOneID(toID(w.liApp)).SetMobile("13800000000").Exec(as("liaoning-reviewer")); !ent.IsNotFound(err) {
		t.Errorf("辽宁 reviewer updated a 大连 application: %v", err)
	}
	if err := c.Application.UpdateOneID(toID(w.liApp)).SetMobile("13800000000").Exec(as("dalian-reviewer")); err != nil {
		t.Errorf("大连 reviewer: %v", err)
	}
	// A candidate cannot change another's application or profile.
	if err := c.Application.UpdateOneID(toID(w.liApp)).SetMobile("13900000000").Exec(cand(w.zhangID)); !ent.IsNotFound(err) {
		t.Errorf("张伟 updated 李娜's application: %v", err)
	}
	if err := c.Candidate.UpdateOneID(toID(w.liID)).SetPrivacyNoticeVersion("x").Exec(cand(w.zhangID)); !ent.IsNotFound(err) {
		t.Errorf("张伟 updated 李娜: %v", err)
	}
	// 大连's admin cannot make a reviewer for 辽宁, nor promote one.
	liaoning := c.StaffUser.Query().Where(staffuser.Username("liaoning-reviewer")).OnlyX(testenv.System())
	err := c.StaffUser.Create().SetUsername("sneaky").SetDisplayName("x").SetRole("REVIEWER").
		SetPasswordHash("x").SetRegionID(*liaoning.RegionID).Exec(as("dalian-admin"))
	if err == nil {
		t.Error("大连 admin created a 辽宁 reviewer")
	}
	if err := c.StaffUser.UpdateOneID(liaoning.ID).SetDisplayName("hacked").Exec(as("dalian-admin")); !ent.IsNotFound(err) {
		t.Errorf("大连 admin renamed a 辽宁 reviewer: %v", err)
	}
	// Counts leak nothing either.
	if n := c.Application.Query().CountX(as("liaoning-reviewer")); n != 1 {
		t.Errorf("辽宁 reviewer counts %d applications", n)
	}
	if n := c.Candidate.Query().CountX(context.Background()); n != 0 {
		t.Errorf("anonymous counts %d candidates", n)
	}
}

func TestStaffReadsAndWritesAreAudited(t *testing.T) {
	w := newWorld(t)
	if !w.sees(t, w.staff["dalian-reviewer"], w.liID) {
		t.Fatal("大连 reviewer cannot see 大连 applicant")
	}
	createStaff(w, t, w.staff["dalian-admin"], "dalian-audited", "REVIEWER", "210200")
	c := w.env.DB.Client
	ctx := testenv.System()
	read := c.AuditLog.Query().Where(auditlog.Action("Candidate.read"), auditlog.RecordID(w.liID)).OnlyX(ctx)
	if read.StaffID == nil || read.RequestID == "" {
		t.Errorf("read entry: %+v", read)
	}
	created := c.AuditLog.Query().Where(auditlog.Action("StaffUser.create")).OnlyX(ctx)
	if created.After["password_hash"] != "[hidden]" || created.After["username"] != "dalian-audited" || created.RegionID == nil {
		t.Errorf("create entry: %+v", created.After)
	}
	// A candidate's own reads are not staff reads.
	w.sees(t, w.li, w.liID)
	if n := c.AuditLog.Query().Where(auditlog.Action("Candidate.read")).CountX(ctx); n != 1 {
		t.Errorf("%d read entries", n)
	}
}

func toID(s string) pulid.ID { return pulid.ID(s) }

// A candidate cannot forge review records on their own application.
func TestCandidateCannotWriteReviewRecords(t *testing.T) {
	w := newWorld(t)
	c := w.env.DB.Client
	me := viewer.With(context.Background(), viewer.Viewer{Kind: viewer.Candidate, ID: toID(w.zhangID)})
	err := c.ReviewDecision.Create().SetApplicationID(toID(w.zhangApp)).SetStaffID(toID(w.liaoningReviewerID)).
		SetDecision("APPROVE").SetApplicationVersion(1).Exec(me)
	if err == nil {
		t.Error("a candidate recorded a review decision")
	}
	err = c.ReviewClaim.Create().SetApplicationID(toID(w.zhangApp)).SetStaffID(toID(w.liaoningReviewerID)).
		SetExpiresAt(w.env.Clock.Now()).Exec(me)
	if err == nil {
		t.Error("a candidate claimed their application")
	}
}

// Staff who open one record see the ID number in full (audited); lists mask it.
func TestStaffSeeFullIDNumberOnlyWhenOpeningOne(t *testing.T) {
	w := newWorld(t)
	dalian := w.staff["dalian-reviewer"]
	var one struct {
		Node struct{ Candidate struct{ IDNumber string } }
	}
	w.env.MustAs(t, dalian, `query($id: ID!) { node(id: $id) { ... on Application { candidate { idNumber } } } }`,
		map[string]any{"id": w.liApp}, &one)
	if one.Node.Candidate.IDNumber != demo.Identities[1].IDNumber {
		t.Errorf("opened: %q", one.Node.Candidate.IDNumber)
	}
	var list struct {
		ReviewQueue struct {
			Edges []struct {
				Node struct{ Candidate struct{ IDNumber string } }
			}
		}
	}
	w.env.MustAs(t, dalian, `{ reviewQueue(filter: {statuses: [DRAFT]}) { edges { node { candidate { idNumber } } } } }`, nil, &list)
	if len(list.ReviewQueue.Edges) != 1 || !strings.Contains(list.ReviewQueue.Edges[0].Node.Candidate.IDNumber, "****") {
		t.Errorf("list: %+v", list)
	}
	if n := w.env.DB.Client.AuditLog.Query().Where(auditlog.Action("Candidate.idNumber.view")).CountX(testenv.System()); n != 1 {
		t.Errorf("%d audited ID views", n)
	}
}

func TestOnlyNationalAdminsChangeRolesAndRegions(t *testing.T) {
	w := newWorld(t)
	c := w.env.DB.Client
	as := func(username string) context.Context {
		u := c.StaffUser.Query().Where(staffuser.Username(username)).OnlyX(testenv.System())
		v := viewer.Viewer{Kind: viewer.Staff, ID: u.ID, Role: u.Role}
		if u.RegionID != nil {
			v.RegionID = *u.RegionID
		}
		return viewer.With(context.Background(), v)
	}
	reviewer := c.StaffUser.Query().Where(staffuser.Username("dalian-reviewer")).OnlyX(testenv.System())
	if err := c.StaffUser.UpdateOneID(reviewer.ID).SetRole("NATIONAL_ADMIN").Exec(as("dalian-reviewer")); err == nil {
		t.Error("a reviewer promoted themself")
	}
	if err := c.StaffUser.UpdateOneID(reviewer.ID).SetRole("REGION_ADMIN").Exec(as("dalian-admin")); err == nil {
		t.Error("a region admin promoted a reviewer")
	}
	if err := c.StaffUser.UpdateOneID(reviewer.ID).ClearRegionID().Exec(as("dalian-admin")); err == nil {
		t.Error("a region admin moved a reviewer out of the region")
	}
	if err := c.StaffUser.UpdateOneID(reviewer.ID).SetDisplayName("新名字").Exec(as("dalian-admin")); err != nil {
		t.Errorf("renaming their reviewer: %v", err)
	}
	if err := c.StaffUser.UpdateOneID(reviewer.ID).SetRole("REGION_ADMIN").Exec(as("admin")); err != nil {
		t.Errorf("national admin: %v", err)
	}
}
