package graph_test

import (
	"bytes"
	"encoding/json"
	"image/png"
	"net/http"
	"strings"
	"testing"

	"github.com/ruankao/ruankao/ent/auditlog"
	"github.com/ruankao/ruankao/internal/demo"
	"github.com/ruankao/ruankao/internal/photo/phototest"
	"github.com/ruankao/ruankao/internal/testenv"
)

func portrait(w, h int) []byte {
	return phototest.Encode(phototest.Portrait(phototest.Options{Width: w, Height: h, Seed: 7}), 95)
}

type photoPayload struct {
	Photo *struct {
		ID            string
		Width, Height int
		URL           string
	}
	Report *struct {
		Passed bool
		Checks []struct {
			Name, Label, Measured, Required, Advice string
			Passed                                  bool
		}
	}
	UserErrors []userError
}

const checkPhotoQ = `mutation($f: Upload!) { checkPhoto(file: $f) { report { passed checks { name label passed measured required advice } } userErrors { code field message } } }`
const savePhotoQ = `mutation($f: Upload!) { savePhoto(file: $f) { photo { id width height url } report { passed checks { name passed advice } } userErrors { code field message } } }`

func decodePhoto(t *testing.T, res *testenv.Response, field string) photoPayload {
	t.Helper()
	if len(res.Errors) > 0 {
		t.Fatalf("%s: %+v", field, res.Errors)
	}
	var m map[string]photoPayload
	if err := json.Unmarshal(res.Data, &m); err != nil {
		t.Fatal(err)
	}
	return m[field]
}

func TestPhotoToolReportsEveryCheck(t *testing.T) {
	env := testenv.Start(t, march)
	good := decodePhoto(t, env.Upload(t, "", checkPhotoQ, nil, "f", "me.jpg", portrait(413, 579)), "checkPhoto")
	if !good.Report.Passed || len(good.Report.Checks) != 8 {
		t.Fatalf("a good photo: %+v", good.Report)
	}
	// A PNG renamed .jpg fails the format check, by content.
	var buf bytes.Buffer
	_ = png.Encode(&buf, phototest.Portrait(phototest.Options{Width: 413, Height: 579, Seed: 1}))
	bad := decodePhoto(t, env.Upload(t, "", checkPhotoQ, nil, "f", "me.jpg", buf.Bytes()), "checkPhoto")
	if bad.Report.Passed || bad.Report.Checks[0].Name != "format" || bad.Report.Checks[0].Passed || bad.Report.Checks[0].Advice == "" {
		t.Fatalf("a renamed PNG: %+v", bad.Report)
	}
	// Too small in pixels.
	small := decodePhoto(t, env.Upload(t, "", checkPhotoQ, nil, "f", "s.jpg", portrait(200, 280)), "checkPhoto")
	if small.Report.Passed {
		t.Fatal("a 200×280 photo passed")
	}
}

func TestSavedPhotoIsNormalisedAndPrivate(t *testing.T) {
	env := testenv.Start(t, march)
	zhang := env.LoginCandidate(t, demo.Identities[0])
	li := env.LoginCandidate(t, demo.Identities[1])

	refused := decodePhoto(t, env.Upload(t, zhang, savePhotoQ, nil, "f", "s.jpg", portrait(200, 280)), "savePhoto")
	if refused.Photo != nil || !hasCode(refused.UserErrors, "PHOTO_INVALID") || refused.Report.Passed {
		t.Fatalf("saving a failing photo: %+v", refused)
	}
	saved := decodePhoto(t, env.Upload(t, zhang, savePhotoQ, nil, "f", "me.jpg", portrait(600, 840)), "savePhoto")
	if saved.Photo == nil || saved.Photo.Width != 295 || saved.Photo.Height != 413 {
		t.Fatalf("saved: %+v", saved)
	}
	req, _ := http.NewRequest(http.MethodGet, env.Server.URL+saved.Photo.URL, nil)
	res, body := env.Raw(t, req)
	if res.StatusCode != 200 || res.Header.Get("Content-Type") != "image/jpeg" || len(body) < 1000 {
		t.Fatalf("photo URL: %d %s", res.StatusCode, res.Header.Get("Content-Type"))
	}
	// Another candidate cannot see it; staff only once the owner applied in their region.
	if w := (&world{env: env}); w.sees(t, li, saved.Photo.ID) {
		t.Error("another candidate sees the photo")
	}
	dalian := env.LoginStaff(t, "dalian-reviewer")
	w := &world{env: env}
	if w.sees(t, dalian, saved.Photo.ID) {
		t.Error("大连 staff see a photo of someone who has not applied there")
	}
	env.Draft(t, env.CandidateID(t, demo.Identities[0]), "210200")
	if !w.sees(t, dalian, saved.Photo.ID) {
		t.Error("大连 staff cannot see their applicant's photo")
	}
	var d struct{ Node struct{ URL string } }
	env.MustAs(t, dalian, `query($id: ID!) { node(id: $id) { ... on StoredFile { url } } }`, map[string]any{"id": saved.Photo.ID}, &d)
	if !strings.HasPrefix(d.Node.URL, "/files/") {
		t.Errorf("staff URL: %q", d.Node.URL)
	}
	if n := env.DB.Client.AuditLog.Query().Where(auditlog.Action("StoredFile.view")).CountX(testenv.System()); n != 1 {
		t.Errorf("%d audited photo views", n)
	}
}

func TestMaterialsAreTypedByContent(t *testing.T) {
	env := testenv.Start(t, march)
	zhao := newApplicant(t, env, demo.Identities[3])
	d := zhao.save(t, "", zhao.fullForm(t, "320000", "南京考区", "210000")).Application
	const q = `mutation($id: ID!, $k: MaterialKind!, $f: Upload!) { uploadMaterial(applicationId: $id, kind: $k, file: $f) {
		material { id materialKind materialKindLabel contentType } userErrors { code field message } } }`
	up := func(token string, name string, content []byte) *testenv.Response {
		return env.Upload(t, token, q, map[string]any{"id": d.ID, "k": "RESIDENCE_PERMIT"}, "f", name, content)
	}
	res := up(zhao.token, "居住证.pdf", []byte("%PDF-1.7\n1 0 obj << >> endobj\n%%EOF"))
	if len(res.Errors) > 0 || !strings.Contains(string(res.Data), `"materialKindLabel":"居住证"`) || !strings.Contains(string(res.Data), "application/pdf") {
		t.Fatalf("a PDF: %s %+v", res.Data, res.Errors)
	}
	res = up(zhao.token, "居住证.pdf", []byte("<html>not a pdf</html>"))
	if !strings.Contains(string(res.Data), "INVALID_FORMAT") {
		t.Errorf("HTML named .pdf: %s", res.Data)
	}
	other := env.LoginCandidate(t, demo.Identities[0])
	if res := up(other, "x.pdf", []byte("%PDF-1.7")); res.Code() != "NOT_FOUND" {
		t.Errorf("uploading to another's application: %s %+v", res.Data, res.Errors)
	}
	// With the material, the non-local candidate submits.
	if p := zhao.submit(t, d.ID, false, ""); len(p.UserErrors) > 0 || p.Application.Status != "PENDING_REVIEW" {
		t.Fatalf("submit with materials: %+v", p)
	}
	if res := up(zhao.token, "late.pdf", []byte("%PDF-1.7")); !strings.Contains(string(res.Data), "WRONG_STATE") {
		t.Errorf("uploading after submission: %s", res.Data)
	}
}

func TestFromLoginToSubmittedWithARealPhoto(t *testing.T) {
	env := testenv.Start(t, march)
	token := env.LoginCandidate(t, demo.Identities[0])
	saved := decodePhoto(t, env.Upload(t, token, savePhotoQ, nil, "f", "me.jpg", portrait(413, 579)), "savePhoto")
	a := &applicant{env: env, token: token, id: env.CandidateID(t, demo.Identities[0])}
	form := a.fullForm(t, "210000", "沈阳考区", "210000")
	form["photoId"] = saved.Photo.ID
	d := a.save(t, "", form).Application
	if p := a.submit(t, d.ID, true, "k1"); p.Application.Status != "PENDING_REVIEW" || len(p.UserErrors) > 0 {
		t.Fatalf("submit: %+v", p)
	}
}

// The photo tool's saved photo is what the guide tells candidates to upload:
// fetched back and run through checkPhoto, it passes every check.
func TestSavedPhotoPassesThePhotoTool(t *testing.T) {
	env := testenv.Start(t, march)
	zhang := env.LoginCandidate(t, demo.Identities[0])
	smooth := func(w, h int) []byte {
		return phototest.Encode(phototest.Portrait(phototest.Options{Width: w, Height: h, Seed: 2026, Texture: -1}), 95)
	}
	for name, src := range map[string][]byte{
		"sample-photo 413×579": phototest.Encode(phototest.Portrait(phototest.Options{Width: 413, Height: 579, Seed: 2026}), 95),
		"smooth 413×579":       smooth(413, 579),
		"smooth 600×800":       smooth(600, 800),
		"smooth 1200×1600":     smooth(1200, 1600),
	} {
		saved := decodePhoto(t, env.Upload(t, zhang, savePhotoQ, nil, "f", "me.jpg", src), "savePhoto")
		if saved.Photo == nil {
			t.Fatalf("%s: not saved: %+v", name, saved)
		}
		req, _ := http.NewRequest(http.MethodGet, env.Server.URL+saved.Photo.URL, nil)
		res, body := env.Raw(t, req)
		if res.StatusCode != 200 {
			t.Fatalf("%s: photo URL: %d", name, res.StatusCode)
		}
		check := decodePhoto(t, env.Upload(t, "", checkPhotoQ, nil, "f", "saved.jpg", body), "checkPhoto")
		if !check.Report.Passed {
			t.Errorf("%s: the saved photo (%d bytes) fails the photo tool: %+v", name, len(body), check.Report.Checks)
		}
	}
}
