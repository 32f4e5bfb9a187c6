package demo_test

import (
	"context"
	"net/http"
	"strings"
	"testing"
	"time"

	"github.com/ruankao/ruankao/internal/clock"
	"github.com/ruankao/ruankao/internal/demo"
	"github.com/ruankao/ruankao/internal/seatplan"
	"github.com/ruankao/ruankao/internal/testenv"
)

// serve --demo gives 陈静 a 准考证 of DEMO-PRINT, which she downloads after
// her QR login; a second start changes nothing.
func TestTicketHolderDownloadsHerTicket(t *testing.T) {
	env := testenv.Start(t, time.Date(2026, 12, 2, 10, 0, 0, 0, clock.Shanghai))
	ctx := clock.With(context.Background(), env.Clock)
	plans := &seatplan.Service{Client: env.DB.Client, Dialect: env.DB.Dialect}
	for range 2 {
		if err := demo.LoadTicketHolder(ctx, env.DB.Client, env.Keys, env.Files, plans); err != nil {
			t.Fatal(err)
		}
	}
	token := env.LoginCandidate(t, demo.TicketHolder)
	var data struct {
		MyApplications []struct {
			Status          string
			Session         struct{ Code string }
			AdmissionTicket *struct {
				TicketNumber string
				PdfURL       string `json:"pdfUrl"`
			}
		}
	}
	env.MustAs(t, token, `{ myApplications { status session { code } admissionTicket { ticketNumber pdfUrl } } }`, nil, &data)
	if len(data.MyApplications) != 1 {
		t.Fatalf("applications: %+v", data.MyApplications)
	}
	a := data.MyApplications[0]
	if a.Status != "REGISTERED" || a.Session.Code != demo.SessionPrint || a.AdmissionTicket == nil || a.AdmissionTicket.PdfURL == "" {
		t.Fatalf("application: %+v", a)
	}
	req, _ := http.NewRequest(http.MethodGet, env.Server.URL+a.AdmissionTicket.PdfURL, nil)
	res, body := env.Raw(t, req)
	if res.StatusCode != 200 || !strings.HasPrefix(string(body), "%PDF") {
		t.Fatalf("ticket PDF: %d %.40q", res.StatusCode, body)
	}
}
