package graph_test

import (
	"encoding/json"
	"net/http"
	"slices"
	"strings"
	"testing"

	"github.com/ruankao/ruankao/ent"
	"github.com/ruankao/ruankao/ent/examsession"
	entregion "github.com/ruankao/ruankao/ent/region"
	"github.com/ruankao/ruankao/ent/schema/pulid"
	"github.com/ruankao/ruankao/internal/demo"
	"github.com/ruankao/ruankao/internal/enum"
	"github.com/ruankao/ruankao/internal/testenv"
)

// fileWorld: 李娜 once applied in 江苏 (a withdrawn draft with a material) and
// now applies in 大连 (a draft with a material); she has a saved photo.
type fileWorld struct {
	*world
	jiangsuApp, jiangsuMaterial, dalianMaterial, photo string
}

func newFileWorld(t *testing.T) *fileWorld {
	w := &fileWorld{world: newWorld(t)}
	env, li := w.env, toID(w.liID)
	js := draftIn(t, env, li, "320000", demo.SessionPrint)
	w.jiangsuApp = string(js.ID)
	w.jiangsuMaterial = string(env.Material(t, li, js.ID, enum.MaterialKind("RESIDENCE_PERMIT")))
	env.DB.Client.Application.UpdateOneID(js.ID).SetStatus(enum.StatusWithdrawn).ExecX(testenv.System())
	w.dalianMaterial = string(env.Material(t, li, toID(w.liApp), enum.MaterialKind("RESIDENCE_PERMIT")))
	w.photo = string(env.SavedPhoto(t, li))
	return w
}

// draftIn makes a draft in another session than testenv.Draft's.
func draftIn(t *testing.T, env *testenv.Env, cand pulid.ID, regionCode, sessionCode string) *ent.Application {
	t.Helper()
	ctx, c := testenv.System(), env.DB.Client
	who := c.Candidate.GetX(ctx, cand)
	reg := c.Region.Query().Where(entregion.Code(regionCode)).OnlyX(ctx)
	s := c.ExamSession.Query().Where(examsession.Code(sessionCode)).OnlyX(ctx)
	return c.Application.Create().SetCandidateID(cand).SetSessionID(s.ID).SetRegionID(reg.ID).
		SetName(who.Name).SetIDType(who.IDType).SaveX(ctx)
}

// A material belongs to its application's region; a photo to the regions of
// its owner's live applications.
func TestFilesBelongToTheirApplicationsRegion(t *testing.T) {
	w := newFileWorld(t)
	jiangsu, dalian := w.staff["jiangsu-reviewer"], w.staff["dalian-reviewer"]
	cases := []struct {
		who, token, id string
		want           bool
	}{
		{"江苏 reviewer / 大连 material", jiangsu, w.dalianMaterial, false},
		{"江苏 reviewer / 江苏 material of a withdrawn draft", jiangsu, w.jiangsuMaterial, true},
		{"江苏 reviewer / photo (no live 江苏 application)", jiangsu, w.photo, false},
		{"大连 reviewer / 江苏 material", dalian, w.jiangsuMaterial, false},
		{"大连 reviewer / 大连 material", dalian, w.dalianMaterial, true},
		{"大连 reviewer / photo", dalian, w.photo, true},
		{"辽宁 reviewer / photo", w.staff["liaoning-reviewer"], w.photo, false},
		{"national admin / 大连 material", w.staff["admin"], w.dalianMaterial, true},
	}
	for _, c := range cases {
		if got := w.sees(t, c.token, c.id); got != c.want {
			t.Errorf("%s: sees = %v, want %v", c.who, got, c.want)
		}
	}
	// Nor through a field of it.
	res := w.env.PostAs(t, jiangsu, `query($id: ID!) { node(id: $id) { ... on StoredFile { owner { id } } } }`,
		map[string]any{"id": w.dalianMaterial})
	if res.Code() != "NOT_FOUND" {
		t.Errorf("江苏 reviewer reads the 大连 material's owner: %s %+v", res.Data, res.Errors)
	}
}

// auditRegions lists the regions of the audit entries of one record and action
// that the admin token can read.
func auditRegions(t *testing.T, w *world, token, record, action string) []string {
	t.Helper()
	var data struct{ AuditLogs auditPage }
	w.env.MustAs(t, token, auditQ, map[string]any{"n": 100, "record": record, "action": action}, &data)
	var out []string
	for _, e := range data.AuditLogs.Edges {
		r := ""
		if e.Node.RegionID != nil {
			r = *e.Node.RegionID
		}
		out = append(out, r)
	}
	return out
}

func regionID(t *testing.T, w *world, code string) string {
	t.Helper()
	var data struct{ Region struct{ ID string } }
	w.env.MustData(t, `query($c: String!) { region(code: $c) { id } }`, map[string]any{"c": code}, &data)
	return data.Region.ID
}

// A national admin's reads of a candidate's record, ID number, photo and
// materials are in the audit log of the record's region(s).
func TestNationalAdminReadsAreAuditedUnderTheRecordsRegion(t *testing.T) {
	w := newFileWorld(t)
	admin := w.staff["admin"]
	dalianID, liaoningID := regionID(t, w.world, "210200"), regionID(t, w.world, "210000")
	// 张伟 applies in 辽宁 and in 大连 too.
	draftIn(t, w.env, toID(w.zhangID), "210200", demo.SessionPrint)

	for _, id := range []string{w.liApp, w.liID, w.dalianMaterial, w.photo, w.zhangID} {
		if !w.sees(t, admin, id) {
			t.Fatalf("national admin cannot see %s", id)
		}
	}
	var opened struct {
		Node struct {
			Candidate struct{ IDNumber string }
			Photo     *struct{ URL string }
		}
	}
	w.env.DB.Client.Application.UpdateOneID(toID(w.liApp)).SetPhotoID(toID(w.photo)).ExecX(testenv.System())
	w.env.MustAs(t, admin, `query($id: ID!) { node(id: $id) { ... on Application { candidate { idNumber } photo { url } } } }`,
		map[string]any{"id": w.liApp}, &opened)
	if opened.Node.Candidate.IDNumber != demo.Identities[1].IDNumber || opened.Node.Photo == nil {
		t.Fatalf("opened: %+v", opened)
	}

	dalianAdmin, liaoningAdmin := w.staff["dalian-admin"], w.staff["liaoning-admin"]
	for _, c := range []struct{ record, action string }{
		{w.liApp, "Application.read"},
		{w.liID, "Candidate.read"},
		{w.liID, "Candidate.idNumber.view"},
		{w.dalianMaterial, "StoredFile.read"},
		{w.photo, "StoredFile.read"},
		{w.photo, "StoredFile.view"},
		{w.zhangID, "Candidate.read"},
	} {
		got := auditRegions(t, w.world, dalianAdmin, c.record, c.action)
		if len(got) == 0 || slices.ContainsFunc(got, func(r string) bool { return r != dalianID }) {
			t.Errorf("大连 admin's audit log for %s %s: regions %v, want only %s", c.action, c.record, got, dalianID)
		}
	}
	// 张伟 belongs to 辽宁 and 大连: each region's admin sees the read.
	if got := auditRegions(t, w.world, liaoningAdmin, w.zhangID, "Candidate.read"); !slices.Equal(got, []string{liaoningID}) {
		t.Errorf("辽宁 admin's audit log for 张伟: %v", got)
	}
	if got := auditRegions(t, w.world, admin, w.zhangID, "Candidate.read"); len(got) != 2 {
		t.Errorf("national audit log for 张伟: %v, want one entry per region", got)
	}
	// Nothing of 李娜 is filed under 江苏 or 辽宁 (her 江苏 draft is withdrawn).
	for _, code := range []string{"320000", "210000"} {
		rid := regionID(t, w.world, code)
		if got := auditRegions(t, w.world, admin, w.photo, "StoredFile.read"); slices.Contains(got, rid) {
			t.Errorf("photo read filed under %s", code)
		}
	}
}

// fetch GETs a file path with an optional bearer token.
func fetch(t *testing.T, env *testenv.Env, token, path string) int {
	t.Helper()
	req, err := http.NewRequest(http.MethodGet, env.Server.URL+path, nil)
	if err != nil {
		t.Fatal(err)
	}
	if token != "" {
		req.Header.Set("Authorization", "Bearer "+token)
	}
	res, _ := env.Raw(t, req)
	return res.StatusCode
}

// A signed URL is bound to its viewer: another viewer's token is refused, no
// token is a capability for its minutes; the bearer token alone works for
// whoever may see the file (staff audited).
func TestSignedFileURLsAreBoundToTheirViewer(t *testing.T) {
	w := newFileWorld(t)
	env := w.env
	var got struct {
		Node struct{ URL string }
	}
	env.MustAs(t, w.li, `query($id: ID!) { node(id: $id) { ... on StoredFile { url } } }`, map[string]any{"id": w.photo}, &got)
	signed := got.Node.URL
	bare := "/files/" + w.photo
	cases := []struct {
		who, token, path string
		want             int
	}{
		{"no token, signed", "", signed, 200},
		{"owner's token, signed", w.li, signed, 200},
		{"another candidate's token, signed", w.zhang, signed, 404},
		{"a reviewer's token, signed for the owner", w.staff["dalian-reviewer"], signed, 404},
		{"a stale token, signed", "not-a-session", signed, 404},
		{"owner's token, no signature", w.li, bare, 200},
		{"another candidate's token, no signature", w.zhang, bare, 404},
		{"no token, no signature", "", bare, 404},
		{"大连 reviewer's token, no signature", w.staff["dalian-reviewer"], bare, 200},
		{"辽宁 reviewer's token, no signature", w.staff["liaoning-reviewer"], bare, 404},
	}
	for _, c := range cases {
		if code := fetch(t, env, c.token, c.path); code != c.want {
			t.Errorf("%s: %d, want %d", c.who, code, c.want)
		}
	}
	dalianID := regionID(t, w.world, "210200")
	if got := auditRegions(t, w.world, w.staff["dalian-admin"], w.photo, "StoredFile.view"); !slices.Equal(got, []string{dalianID}) {
		t.Errorf("the 大连 reviewer's fetch by token: audit regions %v", got)
	}
}

// userErrorCodes reads payload.userErrors[].code of the one mutation field.
func userErrorCodes(t *testing.T, res *testenv.Response, field string) []string {
	t.Helper()
	if len(res.Errors) > 0 {
		t.Fatalf("%s: %+v", field, res.Errors)
	}
	var m map[string]struct {
		UserErrors []struct{ Code, Message string }
	}
	if err := json.Unmarshal(res.Data, &m); err != nil {
		t.Fatal(err)
	}
	var out []string
	for _, e := range m[field].UserErrors {
		out = append(out, e.Code)
	}
	return out
}

// No personal data is collected before both consents to the current privacy
// notice are given (the notice, and separately sensitive personal information).
func TestPersonalDataNeedsThePrivacyNotice(t *testing.T) {
	env := testenv.Start(t, march)
	token := env.LoginCandidateWithoutConsent(t, demo.Identities[0])
	me := env.CandidateID(t, demo.Identities[0])
	draft := string(env.Draft(t, me, "210000").ID)
	want := []string{"PRIVACY_NOTICE_REQUIRED", "SENSITIVE_CONSENT_REQUIRED"}

	photo := env.Upload(t, token, savePhotoQ, nil, "f", "me.jpg", portrait(413, 579))
	if got := userErrorCodes(t, photo, "savePhoto"); !slices.Equal(got, want) {
		t.Errorf("savePhoto: %v", got)
	}
	const saveQ = `mutation($s: String, $id: ID, $in: ApplicationInput!) { saveApplication(sessionCode: $s, id: $id, input: $in) { application { id } userErrors { code message } } }`
	contact := map[string]any{"regionCode": "210000", "mobile": "13800000000", "email": "zhangwei@example.com"}
	if got := userErrorCodes(t, env.PostAs(t, token, saveQ, map[string]any{"id": draft, "in": contact}), "saveApplication"); !slices.Equal(got, want) {
		t.Errorf("saveApplication: %v", got)
	}
	pdf := []byte("%PDF-1.7\n1 0 obj\n<<>>\nendobj\ntrailer\n<<>>\n%%EOF\n")
	material := env.Upload(t, token, `mutation($a: ID!, $f: Upload!) { uploadMaterial(applicationId: $a, kind: RESIDENCE_PERMIT, file: $f) { material { id } userErrors { code } } }`,
		map[string]any{"a": draft}, "f", "permit.pdf", pdf)
	if got := userErrorCodes(t, material, "uploadMaterial"); !slices.Equal(got, want) {
		t.Errorf("uploadMaterial: %v", got)
	}
	submit := env.PostAs(t, token, `mutation($id: ID!) { submitApplication(id: $id, commitmentAccepted: true) { application { status } userErrors { code } } }`,
		map[string]any{"id": draft})
	if got := userErrorCodes(t, submit, "submitApplication"); !slices.Equal(got, want) {
		t.Errorf("submitApplication: %v", got)
	}
	c := env.DB.Client
	if n := c.StoredFile.Query().CountX(testenv.System()); n != 0 {
		t.Errorf("%d files stored before consent", n)
	}
	if app := c.Application.GetX(testenv.System(), toID(draft)); app.Mobile != nil || app.Status != enum.StatusDraft {
		t.Errorf("the draft changed before consent: %+v", app)
	}

	// Once accepted, the same writes go through.
	env.GiveConsent(t, token)
	if got := userErrorCodes(t, env.PostAs(t, token, saveQ, map[string]any{"id": draft, "in": contact}), "saveApplication"); len(got) != 0 {
		t.Errorf("saveApplication after consent: %v", got)
	}
	photo = env.Upload(t, token, savePhotoQ, nil, "f", "me.jpg", portrait(413, 579))
	if got := userErrorCodes(t, photo, "savePhoto"); len(got) != 0 {
		t.Errorf("savePhoto after consent: %v", got)
	}
}

// Production mode gives no "Did you mean …" hints: they would rebuild the
// schema that introspection hides. --dev keeps them.
func TestProductionModeSuggestsNothing(t *testing.T) {
	queries := []string{
		`{ reviewQueu { totalCount } }`,                             // a field
		`{ region(cod: "210000") { name } }`,                        // an argument
		`query($x: Strin) { examSessions { code } }`,                // a type
		`{ reviewQueue(order: OLDEST_FIRS) { totalCount } }`,        // an enum value
		`{ reviewQueue(filter: {sessionCod: "x"}) { totalCount } }`, // an input field
		`{ examSessions }`,                                          // a selection
		`{ region(code: "210000") { nam } }`,                        // a field of a type
	}
	prod := testenv.StartWith(t, march, nil)
	dev := testenv.Start(t, march)
	hinted := 0
	for _, q := range queries {
		res := prod.Post(t, q, nil)
		if len(res.Errors) == 0 {
			t.Errorf("%s: no error", q)
		}
		for _, e := range res.Errors {
			if strings.Contains(e.Message, "Did you mean") {
				t.Errorf("production: %s → %s", q, e.Message)
			}
		}
		for _, e := range dev.Post(t, q, nil).Errors {
			if strings.Contains(e.Message, "Did you mean") {
				hinted++
			}
		}
	}
	if hinted == 0 {
		t.Error("--dev lost its suggestions")
	}
}

// nodes(ids:) answers an absent or hidden id with null in its place and a
// NOT_FOUND error on its path, for one id as for many.
func TestNodesAnswersEachIDInItsPlace(t *testing.T) {
	w := newWorld(t)
	absent := "AP01JZZZZZZZZZZZZZZZZZZZZZ"
	const q = `query($ids: [ID!]!) { nodes(ids: $ids) { id } }`
	for _, c := range []struct {
		name    string
		ids     []string
		want    []string // "" for null
		missing []int
	}{
		{"one absent", []string{absent}, []string{""}, []int{0}},
		{"one hidden", []string{w.liApp}, []string{""}, []int{0}},
		{"one visible", []string{w.zhangApp}, []string{w.zhangApp}, nil},
		{"mixed", []string{w.zhangApp, w.liApp, absent, "XX-not-an-id", w.zhangID},
			[]string{w.zhangApp, "", "", "", w.zhangID}, []int{1, 2, 3}},
		{"two hidden", []string{w.liApp, w.liID}, []string{"", ""}, []int{0, 1}},
	} {
		res := w.env.PostAs(t, w.zhang, q, map[string]any{"ids": c.ids})
		var data struct {
			Nodes []*struct{ ID string }
		}
		if err := json.Unmarshal(res.Data, &data); err != nil || data.Nodes == nil {
			t.Errorf("%s: data %s (%v), errors %+v", c.name, res.Data, err, res.Errors)
			continue
		}
		var got []string
		for _, n := range data.Nodes {
			if n == nil {
				got = append(got, "")
			} else {
				got = append(got, n.ID)
			}
		}
		if !slices.Equal(got, c.want) {
			t.Errorf("%s: nodes %v, want %v", c.name, got, c.want)
		}
		var paths []int
		for _, e := range res.Errors {
			if e.Extensions["code"] != "NOT_FOUND" || len(e.Path) != 2 || e.Path[0] != "nodes" {
				t.Errorf("%s: error %+v", c.name, e)
				continue
			}
			paths = append(paths, int(e.Path[1].(float64)))
		}
		if !slices.Equal(paths, c.missing) {
			t.Errorf("%s: NOT_FOUND at %v, want %v", c.name, paths, c.missing)
		}
	}
}

// loginAs logs in a staff account with a password.
func loginAs(t *testing.T, env *testenv.Env, username, password string) string {
	t.Helper()
	var data struct {
		StaffLogin struct{ Session *struct{ Token string } }
	}
	env.MustData(t, `mutation($u: String!, $p: String!) { staffLogin(input: {username: $u, password: $p}) { session { token } } }`,
		map[string]any{"u": username, "p": password}, &data)
	if data.StaffLogin.Session == nil {
		t.Fatalf("login %s failed", username)
	}
	return data.StaffLogin.Session.Token
}

// A reviewer sees which colleague holds a claim, though they may not read
// other staff accounts; releasing a claim is audited under the application,
// with the claim's before-image.
func TestClaimHolderShownAndReleaseAudited(t *testing.T) {
	env := testenv.Start(t, march)
	_, id := submitIn(t, env, people(1)[0], "210200", "大连考区", "210000", "ZJ02")
	admin := env.LoginStaff(t, "dalian-admin")
	var created struct {
		CreateStaffUser struct{ UserErrors []struct{ Code string } }
	}
	env.MustAs(t, admin, createStaffQ, map[string]any{"in": map[string]any{"username": "dalian-second", "displayName": "第二审核员",
		"password": "a-long-enough-passphrase", "role": "REVIEWER", "regionCode": "210200"}}, &created)
	if len(created.CreateStaffUser.UserErrors) > 0 {
		t.Fatalf("create reviewer: %+v", created)
	}
	first := env.LoginStaff(t, "dalian-reviewer")
	second := loginAs(t, env, "dalian-second", "a-long-enough-passphrase")
	res := env.PostAs(t, first, `mutation($id: ID!) { claimApplication(id: $id) { claim { mine } } }`, map[string]any{"id": id})
	if len(res.Errors) > 0 {
		t.Fatalf("claim: %+v", res.Errors)
	}
	// The second reviewer cannot open the first's account …
	var me struct {
		Me struct{ Staff struct{ ID string } }
	}
	env.MustAs(t, first, `{ me { staff { id } } }`, nil, &me)
	if r := env.PostAs(t, second, nodeQ, map[string]any{"id": me.Me.Staff.ID}); r.Code() != "NOT_FOUND" {
		t.Fatalf("a reviewer reads a colleague's account: %s", r.Data)
	}
	// … but the queue says who holds the claim.
	_, items := queue(t, env, second, nil, "")
	if len(items) != 1 || items[0].Claim == nil || items[0].Claim.Mine || items[0].Claim.ReviewerName != "大连市审核员（演示）" {
		t.Errorf("queue claim seen by a colleague: %+v", items)
	}

	res = env.PostAs(t, first, `mutation($id: ID!) { releaseApplication(id: $id) { userErrors { code } } }`, map[string]any{"id": id})
	if len(res.Errors) > 0 {
		t.Fatalf("release: %+v", res.Errors)
	}
	var data struct{ AuditLogs auditPage }
	env.MustAs(t, admin, auditQ, map[string]any{"n": 10, "action": "ReviewClaim.delete"}, &data)
	if len(data.AuditLogs.Edges) != 1 {
		t.Fatalf("release entries: %+v", data.AuditLogs)
	}
	e := data.AuditLogs.Edges[0].Node
	if e.RecordID != id || e.Before["application_id"] != id || e.Before["staff_id"] != me.Me.Staff.ID || e.Before["id"] == nil {
		t.Errorf("release entry: record %q, before %v", e.RecordID, e.Before)
	}
	// Releasing nothing logs nothing.
	env.PostAs(t, first, `mutation($id: ID!) { releaseApplication(id: $id) { userErrors { code } } }`, map[string]any{"id": id})
	env.MustAs(t, admin, auditQ, map[string]any{"n": 10, "action": "ReviewClaim.delete"}, &data)
	if len(data.AuditLogs.Edges) != 1 {
		t.Errorf("%d release entries after a second release", len(data.AuditLogs.Edges))
	}
}
