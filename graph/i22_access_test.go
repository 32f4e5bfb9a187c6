package graph_test

import (
	"net/http"
	"slices"
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
