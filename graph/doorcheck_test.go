package graph_test

import (
	"bytes"
	"crypto/ed25519"
	"crypto/rand"
	"image"
	"image/png"
	"os"
	"os/exec"
	"path/filepath"
	"testing"

	"github.com/makiuchi-d/gozxing"
	gozxingqr "github.com/makiuchi-d/gozxing/qrcode"

	"github.com/ruankao/ruankao/ent/admissionticket"
	"github.com/ruankao/ruankao/ent/auditlog"
	"github.com/ruankao/ruankao/ent/examroom"
	"github.com/ruankao/ruankao/ent/examsite"
	"github.com/ruankao/ruankao/ent/schema/pulid"
	"github.com/ruankao/ruankao/internal/demo"
	"github.com/ruankao/ruankao/internal/testenv"
	"github.com/ruankao/ruankao/internal/ticketsig"
)

// qrOf rasterises a PDF's first page at 300 dpi, as an office printer prints
// it (at 150 dpi a module is about 3 pixels and anti-aliasing can defeat the
// reader), and reads its QR code.
func qrOf(t *testing.T, pdf []byte) string {
	t.Helper()
	path := filepath.Join(t.TempDir(), "t.pdf")
	if err := os.WriteFile(path, pdf, 0o600); err != nil {
		t.Fatal(err)
	}
	raster, err := exec.Command("pdftoppm", "-r", "300", "-png", "-f", "1", "-l", "1", path).Output()
	if err != nil {
		t.Fatalf("pdftoppm (poppler-utils): %v", err)
	}
	img, err := png.Decode(bytes.NewReader(raster))
	if err != nil {
		t.Fatal(err)
	}
	// The QR code's own square first, with a 4 mm quiet zone: reports/ticket.go
	// prints it 40 mm wide at (152, 101) mm on A4, below the photo, where the
	// page's other squares (photo frame, table corners) cannot pass for finder
	// patterns; then the whole page. zxing's hybrid binarizer now and then
	// misreads the module count of a sharp printed code that zbar reads at
	// once, and its global histogram binarizer reads those, so each crop goes
	// through both, as a phone scanner retries.
	b := img.Bounds()
	mm := func(v float64) int { return int(v * float64(b.Dx()) / 210) }
	crops := []image.Rectangle{image.Rect(b.Min.X+mm(148), b.Min.Y+mm(97), b.Min.X+mm(196), b.Min.Y+mm(145)), b}
	var last error
	for _, c := range crops {
		part := img.(interface {
			SubImage(image.Rectangle) image.Image
		}).SubImage(c)
		for _, binarize := range []func(gozxing.LuminanceSource) gozxing.Binarizer{gozxing.NewHybridBinarizer, gozxing.NewGlobalHistgramBinarizer} {
			bmp, err := gozxing.NewBinaryBitmap(binarize(gozxing.NewLuminanceSourceFromImage(part)))
			if err != nil {
				t.Fatal(err)
			}
			res, err := gozxingqr.NewQRCodeReader().Decode(bmp, map[gozxing.DecodeHintType]any{gozxing.DecodeHintType_TRY_HARDER: true})
			if err == nil {
				return res.GetText()
			}
			last = err
		}
	}
	t.Fatalf("no QR code on the ticket: %v", last)
	return ""
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

// A published plan changes only by a single audited move: the old QR code
// then no longer admits; a taken seat is refused. Names the fonts cannot
// print are listed before printing day.
func TestMoveSeatAndGlyphReport(t *testing.T) {
	env := testenv.Start(t, march)
	ids := env.Registered(t, 30, demo.SessionPrint, "210000", "沈阳考区", "ZJ02")
	p := people(1)
	me := newApplicant(t, env, p[0])
	appID := env.RegisteredFor(t, me.id, me.photo, demo.SessionPrint, "210000", "沈阳考区", "ZJ02")
	admin := env.LoginStaff(t, "liaoning-admin")
	r, _ := runPlan(t, env, admin, demo.SessionPrint, nil)
	finished(t, env, admin, r.Run.ID)
	publishPlan(t, env, admin, r.Run.ID)
	var d struct {
		Node struct {
			AdmissionTicket struct {
				ID     string
				PdfURL string `json:"pdfUrl"`
				Seat   int
				Room   struct{ ID string }
			}
		}
	}
	env.MustAs(t, me.token, `query($id: ID!) { node(id: $id) { ... on Application { admissionTicket { id pdfUrl seat room { id } } } } }`,
		map[string]any{"id": string(appID)}, &d)
	tk := d.Node.AdmissionTicket
	qr := qrOf(t, getBody(t, env.Server.URL+tk.PdfURL, "", 200))
	ctx := testenv.System()
	other := env.DB.Client.AdmissionTicket.Query().Where(admissionticket.ApplicationID(ids[0])).OnlyX(ctx)
	move := func(room string, seat int, reason string) (struct {
		Ticket     *struct{ Seat int }
		UserErrors []userError
	}, *testenv.Response) {
		res := env.PostAs(t, admin, `mutation($t: ID!, $r: ID!, $s: Int!, $why: String!) { moveSeat(ticketId: $t, roomId: $r, seat: $s, reason: $why) { ticket { seat } userErrors { field code message } } }`,
			map[string]any{"t": tk.ID, "r": room, "s": seat, "why": reason})
		var out struct {
			MoveSeat struct {
				Ticket     *struct{ Seat int }
				UserErrors []userError
			}
		}
		_ = jsonUnmarshalRaw(res.Data, &out)
		return out.MoveSeat, res
	}
	if m, _ := move(string(other.RoomID), other.Seat, "视力原因调前排"); !hasCode(m.UserErrors, "SEAT_TAKEN") {
		t.Errorf("a taken seat: %+v", m.UserErrors)
	}
	if m, _ := move(tk.Room.ID, 30, " "); !hasCode(m.UserErrors, "REQUIRED") {
		t.Errorf("no reason: %+v", m.UserErrors)
	}
	// A free seat in the candidate's area: the last seat of a room not full.
	site := env.DB.Client.AdmissionTicket.GetX(ctx, pulidOf(tk.ID)).SiteID
	area := env.DB.Client.ExamSite.GetX(ctx, site).AreaID
	var freeRoom string
	free := 0
	for _, rm := range env.DB.Client.ExamRoom.Query().Where(examroom.HasSiteWith(examsite.AreaID(area))).AllX(ctx) {
		if !env.DB.Client.AdmissionTicket.Query().Where(admissionticket.RoomID(rm.ID), admissionticket.Seat(rm.Capacity)).ExistX(ctx) {
			freeRoom, free = string(rm.ID), rm.Capacity
			break
		}
	}
	if m, res := move(freeRoom, free, "视力原因调座"); m.Ticket == nil || m.Ticket.Seat != free || len(m.UserErrors) > 0 {
		t.Fatalf("move: %+v %+v", m, res.Errors)
	}
	if _, res := moveAs(t, env, env.LoginStaff(t, "dalian-admin"), tk.ID, tk.Room.ID); res.Code() != "NOT_FOUND" {
		t.Errorf("大连's admin moving 辽宁's candidate: %+v", res.Errors)
	}
	if n := env.DB.Client.AuditLog.Query().Where(auditlog.Action("AdmissionTicket.move")).CountX(ctx); n != 1 {
		t.Errorf("%d moves audited", n)
	}
	door := examStaff(t, env, "liaoning-admin", "door-mv", "210000")
	if c, _ := verify(t, env, door, qr, demo.SessionPrint); c.Result != "NO_SUCH_TICKET" {
		t.Errorf("the old QR code after the move: %+v", c)
	}

	// A name with a character beyond every font (Ext-B) is reported.
	env.DB.Client.Application.UpdateOneID(ids[1]).SetName("𠮷田").ExecX(ctx)
	var g struct {
		TicketGlyphProblems []struct {
			Application struct{ ID string }
			Missing     []string
		}
	}
	env.MustAs(t, admin, `query { ticketGlyphProblems(sessionCode: "`+demo.SessionPrint+`") { application { id } missing } }`, nil, &g)
	if len(g.TicketGlyphProblems) != 1 || g.TicketGlyphProblems[0].Application.ID != string(ids[1]) || g.TicketGlyphProblems[0].Missing[0] != "𠮷" {
		t.Errorf("glyph report: %+v", g.TicketGlyphProblems)
	}
	var none struct{ TicketGlyphProblems []struct{ Missing []string } }
	env.MustAs(t, env.LoginStaff(t, "dalian-admin"), `query { ticketGlyphProblems(sessionCode: "`+demo.SessionPrint+`") { missing } }`, nil, &none)
	if len(none.TicketGlyphProblems) != 0 {
		t.Errorf("大连 sees 辽宁's names: %+v", none)
	}
}

func moveAs(t *testing.T, env *testenv.Env, token, ticket, room string) (map[string]any, *testenv.Response) {
	res := env.PostAs(t, token, `mutation($t: ID!, $r: ID!) { moveSeat(ticketId: $t, roomId: $r, seat: 1, reason: "x") { userErrors { code } } }`,
		map[string]any{"t": ticket, "r": room})
	return nil, res
}
