package graph_test

import (
	"bytes"
	"crypto/ed25519"
	"crypto/rand"
	"image/png"
	"os"
	"os/exec"
	"path/filepath"
	"testing"

	"github.com/makiuchi-d/gozxing"
	gozxingqr "github.com/makiuchi-d/gozxing/qrcode"

	"github.com/ruankao/ruankao/ent/auditlog"
	"github.com/ruankao/ruankao/ent/examsite"
	"github.com/ruankao/ruankao/ent/schema/pulid"
	"github.com/ruankao/ruankao/internal/demo"
	"github.com/ruankao/ruankao/internal/testenv"
	"github.com/ruankao/ruankao/internal/ticketsig"
)

// qrOf rasterises a PDF's first page as a printer would and reads its QR code.
func qrOf(t *testing.T, pdf []byte) string {
	t.Helper()
	path := filepath.Join(t.TempDir(), "t.pdf")
	if err := os.WriteFile(path, pdf, 0o600); err != nil {
		t.Fatal(err)
	}
	raster, err := exec.Command("pdftoppm", "-r", "150", "-png", "-f", "1", "-l", "1", path).Output()
	if err != nil {
		t.Fatalf("pdftoppm (poppler-utils): %v", err)
	}
	img, err := png.Decode(bytes.NewReader(raster))
	if err != nil {
		t.Fatal(err)
	}
	bmp, err := gozxing.NewBinaryBitmapFromImage(img)
	if err != nil {
		t.Fatal(err)
	}
	res, err := gozxingqr.NewQRCodeReader().Decode(bmp, map[gozxing.DecodeHintType]any{gozxing.DecodeHintType_TRY_HARDER: true})
	if err != nil {
		t.Fatalf("no QR code on the ticket: %v", err)
	}
	return res.GetText()
}

type doorCheck struct {
	Result, Message string
	Valid           bool
	Name            *string
	PhotoURL        *string `json:"photoUrl"`
	Seat            *int
	RoomCode        *string
}

func verify(t *testing.T, env *testenv.Env, token, qr, session string) (doorCheck, *testenv.Response) {
	t.Helper()
	res := env.PostAs(t, token, `query($t: String!, $s: String!) { verifyTicket(token: $t, sessionCode: $s) { result message valid name photoUrl seat roomCode } }`,
		map[string]any{"t": qr, "s": session})
	var d struct{ VerifyTicket doorCheck }
	_ = jsonUnmarshalRaw(res.Data, &d)
	return d.VerifyTicket, res
}

// examStaff makes a region's door-staff account (optionally bound to sites) and logs it in.
func examStaff(t *testing.T, env *testenv.Env, adminName, username, region string, sites ...string) string {
	t.Helper()
	in := map[string]any{"username": username, "displayName": "考务" + username, "password": "Door-Check-2026-x" + string(rune(0x41+len(username))) + "q9!",
		"role": "EXAM_STAFF", "regionCode": region}
	if len(sites) > 0 {
		in["siteIds"] = sites
	}
	var d struct {
		CreateStaffUser struct {
			StaffUser  *struct{ ID string }
			UserErrors []userError
		}
	}
	env.MustAs(t, env.LoginStaff(t, adminName), `mutation($in: CreateStaffUserInput!) { createStaffUser(input: $in) { staffUser { id } userErrors { field code message } } }`,
		map[string]any{"in": in}, &d)
	if d.CreateStaffUser.StaffUser == nil {
		t.Fatalf("exam staff %s: %+v", username, d.CreateStaffUser.UserErrors)
	}
	var l struct {
		StaffLogin struct{ Session *struct{ Token string } }
	}
	env.MustData(t, `mutation($u: String!, $p: String!) { staffLogin(input: {username: $u, password: $p}) { session { token } } }`,
		map[string]any{"u": username, "p": in["password"]}, &l)
	return l.StaffLogin.Session.Token
}

// At the door: the ticket's QR code, read off the printed page, verifies for
// the region's exam staff (name, photo, seat); altered, forged, other-session,
// other-region and other-site checks are refused; every check is audited; and
// exam staff see nothing else of the candidates.
func TestTicketVerificationAtTheDoor(t *testing.T) {
	env := testenv.Start(t, march)
	env.Registered(t, 10, demo.SessionPrint, "210000", "沈阳考区", "ZJ02")
	p := people(1)
	me := newApplicant(t, env, p[0])
	appID := env.RegisteredFor(t, me.id, me.photo, demo.SessionPrint, "210000", "沈阳考区", "ZJ02")
	admin := env.LoginStaff(t, "liaoning-admin")
	r, _ := runPlan(t, env, admin, demo.SessionPrint, nil)
	finished(t, env, admin, r.Run.ID)
	publishPlan(t, env, admin, r.Run.ID)
	var d struct {
		Node struct {
			AdmissionTicket *struct {
				PdfURL string `json:"pdfUrl"`
				Seat   int
				Site   struct{ ID string }
			}
		}
	}
	env.MustAs(t, me.token, `query($id: ID!) { node(id: $id) { ... on Application { admissionTicket { pdfUrl seat site { id } } } } }`,
		map[string]any{"id": string(appID)}, &d)
	qr := qrOf(t, getBody(t, env.Server.URL+d.Node.AdmissionTicket.PdfURL, "", 200))

	door := examStaff(t, env, "liaoning-admin", "door-1", "210000")
	ok, res := verify(t, env, door, qr, demo.SessionPrint)
	if !ok.Valid || ok.Name == nil || *ok.Name != p[0].Name || ok.Seat == nil || *ok.Seat != d.Node.AdmissionTicket.Seat || ok.PhotoURL == nil {
		t.Fatalf("valid ticket: %+v %+v", ok, res.Errors)
	}
	getBody(t, env.Server.URL+*ok.PhotoURL, "", 200)

	altered := []byte(qr)
	altered[len(altered)/2] ^= 1
	if c, _ := verify(t, env, door, string(altered), demo.SessionPrint); c.Result != "FORGED" || c.Name != nil {
		t.Errorf("altered: %+v", c)
	}
	_, rogue, _ := ed25519.GenerateKey(rand.Reader)
	forger, _ := ticketsig.NewSigner("t1", rogue)
	forged, _ := forger.Sign(ticketsig.Claims{TicketNo: "2612100002000001", Session: demo.SessionPrint, Region: "210000", Seat: 1})
	if c, _ := verify(t, env, door, forged, demo.SessionPrint); c.Result != "FORGED" {
		t.Errorf("forged: %+v", c)
	}
	if c, _ := verify(t, env, door, qr, demo.SessionOpen); c.Result != "OTHER_SESSION" {
		t.Errorf("other session: %+v", c)
	}
	dalianDoor := examStaff(t, env, "dalian-admin", "door-dl", "210200")
	if c, _ := verify(t, env, dalianDoor, qr, demo.SessionPrint); c.Result != "OTHER_REGION" || c.Name != nil {
		t.Errorf("other region: %+v", c)
	}
	ctx := testenv.System()
	elsewhere := env.DB.Client.ExamSite.Query().Where(examsite.IDNEQ(pulidOf(d.Node.AdmissionTicket.Site.ID)), examsite.Name("辽宁大学考点")).FirstIDX(ctx)
	if elsewhere == "" { // the ticket is at 辽宁大学考点
		elsewhere = env.DB.Client.ExamSite.Query().Where(examsite.Name("沈阳工业大学考点")).FirstIDX(ctx)
	}
	siteDoor := examStaff(t, env, "liaoning-admin", "door-site", "210000", string(elsewhere))
	if c, _ := verify(t, env, siteDoor, qr, demo.SessionPrint); c.Result != "OTHER_SITE" {
		t.Errorf("other site: %+v", c)
	}
	if n := env.DB.Client.AuditLog.Query().Where(auditlog.Action("AdmissionTicket.verify")).CountX(ctx); n != 6 {
		t.Errorf("%d verifications audited, want 6", n)
	}
	// Exam staff see no candidate's data through the API.
	if res := env.PostAs(t, door, `query($id: ID!) { node(id: $id) { id } }`, map[string]any{"id": string(appID)}); res.Code() != "NOT_FOUND" {
		t.Errorf("exam staff reads an application: %s", res.Data)
	}
	// Candidates and reviewers cannot check tickets.
	if _, res := verify(t, env, me.token, qr, demo.SessionPrint); res.Code() != "FORBIDDEN" {
		t.Errorf("candidate: %+v", res.Errors)
	}
	if _, res := verify(t, env, env.LoginStaff(t, "liaoning-reviewer"), qr, demo.SessionPrint); res.Code() != "FORBIDDEN" {
		t.Errorf("reviewer: %+v", res.Errors)
	}
}

func pulidOf(s string) pulid.ID { return pulid.ID(s) }
