package graph_test

import (
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/ruankao/ruankao/ent/auditlog"
	"github.com/ruankao/ruankao/ent/examsession"
	"github.com/ruankao/ruankao/internal/demo"
	"github.com/ruankao/ruankao/internal/testenv"
)

// pdfText reads a PDF's text back with poppler's pdftotext (.ci/run installs it).
func pdfText(t *testing.T, pdf []byte) string {
	t.Helper()
	if _, err := exec.LookPath("pdftotext"); err != nil {
		t.Fatal("pdftotext (poppler-utils) is needed to read the PDFs back: apt-get install poppler-utils")
	}
	path := filepath.Join(t.TempDir(), "doc.pdf")
	if err := os.WriteFile(path, pdf, 0o600); err != nil {
		t.Fatal(err)
	}
	out, err := exec.Command("pdftotext", "-layout", path, "-").Output()
	if err != nil {
		t.Fatal(err)
	}
	return string(out)
}

// From a published plan to a printed ticket: the candidate prints their own
// inside the printing window (name with 喆 and 堃, ID number, ticket number,
// site, room, seat on the page), nobody else's; the region's admin prints a
// room's tickets and its sign-in sheet, audited; another region's cannot.
func TestPrintingTickets(t *testing.T) {
	env := testenv.Start(t, march)
	env.Registered(t, 40, demo.SessionPrint, "210000", "沈阳考区", "ZJ02", "ZJ01")
	p := people(2)
	p[0].Name = "王喆堃"
	me := newApplicant(t, env, p[0])
	other := newApplicant(t, env, p[1])
	appID := env.RegisteredFor(t, me.id, me.photo, demo.SessionPrint, "210000", "沈阳考区", "ZJ02")
	admin := env.LoginStaff(t, "liaoning-admin")
	r, _ := runPlan(t, env, admin, demo.SessionPrint, nil)
	run := finished(t, env, admin, r.Run.ID)
	if pub, res := publishPlan(t, env, admin, run.ID); pub.Run == nil || pub.Run.Status != "PUBLISHED" {
		t.Fatalf("publish: %+v %+v", pub, res.Errors)
	}
	var d struct {
		Node struct {
			AdmissionTicket *struct {
				ID, TicketNumber string
				Seat             int
				PdfURL           *string `json:"pdfUrl"`
				Site             struct{ Name string }
				Room             struct{ ID, Code string }
			}
		}
	}
	const q = `query($id: ID!) { node(id: $id) { ... on Application { admissionTicket { id ticketNumber seat pdfUrl site { name } room { id code } } } } }`
	env.MustAs(t, me.token, q, map[string]any{"id": string(appID)}, &d)
	tk := d.Node.AdmissionTicket
	if tk == nil || tk.PdfURL == nil {
		t.Fatalf("the candidate's ticket: %+v", d.Node)
	}
	pdf := getBody(t, env.Server.URL+*tk.PdfURL, "", http.StatusOK)
	text := pdfText(t, pdf)
	for _, want := range []string{"王喆堃", p[0].IDNumber, tk.TicketNumber, tk.Site.Name, tk.Room.Code, strconv.Itoa(tk.Seat), "准考证"} {
		if !strings.Contains(text, want) {
			t.Errorf("the ticket lacks %q:\n%s", want, text)
		}
	}
	// Nobody else's: another candidate, anonymous, another viewer's token on my URL.
	getBody(t, env.Server.URL+"/tickets/"+tk.ID, other.token, http.StatusNotFound)
	getBody(t, env.Server.URL+"/tickets/"+tk.ID, "", http.StatusNotFound)
	getBody(t, env.Server.URL+*tk.PdfURL, other.token, http.StatusNotFound)
	if res := env.PostAs(t, other.token, q, map[string]any{"id": string(appID)}); res.Code() != "NOT_FOUND" {
		t.Errorf("another candidate reads my application's ticket: %s", res.Data)
	}
	if res := env.PostAs(t, other.token, `query($id: ID!) { node(id: $id) { id } }`, map[string]any{"id": tk.ID}); res.Code() != "NOT_FOUND" {
		t.Errorf("another candidate reads my ticket by its id: %s", res.Data)
	}
	getBody(t, env.Server.URL+"/tickets/"+tk.ID, me.token, http.StatusOK)

	// The region's admin: a room's tickets and its sign-in sheet; 大连's admin neither.
	room := env.Server.URL + "/tickets/rooms/" + tk.Room.ID + "?session=" + demo.SessionPrint
	sheet := env.Server.URL + "/signin/" + tk.Room.ID + "?session=" + demo.SessionPrint
	if text := pdfText(t, getBody(t, room, admin, http.StatusOK)); !strings.Contains(text, tk.TicketNumber) {
		t.Errorf("the room's file lacks the ticket")
	}
	if text := pdfText(t, getBody(t, sheet, admin, http.StatusOK)); !strings.Contains(text, "王喆堃") || !strings.Contains(text, tk.TicketNumber) {
		t.Errorf("the sign-in sheet:\n%s", text)
	}
	dalian := env.LoginStaff(t, "dalian-admin")
	getBody(t, room, dalian, http.StatusNotFound)
	getBody(t, sheet, dalian, http.StatusNotFound)
	getBody(t, room, env.LoginStaff(t, "liaoning-reviewer"), http.StatusForbidden)
	getBody(t, room, "", http.StatusUnauthorized)
	ctx := testenv.System()
	if n := env.DB.Client.AuditLog.Query().Where(auditlog.ActionIn("AdmissionTicket.export", "AdmissionTicket.signin_sheet")).CountX(ctx); n != 2 {
		t.Errorf("%d staff print audits", n)
	}

	// After the printing window, the candidate can no longer print.
	sess := env.DB.Client.ExamSession.Query().Where(examsession.Code(demo.SessionPrint)).OnlyX(ctx)
	env.Clock.Set(sess.TicketPrintClosesAt.Add(time.Minute))
	me.token = env.LoginCandidate(t, p[0])
	getBody(t, env.Server.URL+"/tickets/"+tk.ID, me.token, http.StatusForbidden)
}
