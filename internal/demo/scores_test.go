package demo_test

import (
	"context"
	"testing"
	"time"

	"github.com/ruankao/ruankao/ent/admissionticket"
	"github.com/ruankao/ruankao/ent/application"
	"github.com/ruankao/ruankao/ent/certificate"
	"github.com/ruankao/ruankao/ent/examsession"
	"github.com/ruankao/ruankao/ent/score"
	"github.com/ruankao/ruankao/ent/scoreimport"
	"github.com/ruankao/ruankao/ent/seatplanrun"
	"github.com/ruankao/ruankao/internal/clock"
	"github.com/ruankao/ruankao/internal/demo"
	"github.com/ruankao/ruankao/internal/scores"
	"github.com/ruankao/ruankao/internal/seatplan"
	"github.com/ruankao/ruankao/internal/testenv"
)

// serve --demo gives DEMO-SCORES its results: 陈静 passes and holds a
// certificate that 证书查询 finds, 赵磊 fails 应用技术; a second start adds
// nothing.
func TestScoreHoldersSeeResultsAndCertificate(t *testing.T) {
	env := testenv.Start(t, time.Date(2026, 12, 2, 10, 0, 0, 0, clock.Shanghai))
	ctx := clock.With(context.Background(), env.Clock)
	c := env.DB.Client
	plans := &seatplan.Service{Client: c, Dialect: env.DB.Dialect}
	results := &scores.Service{Client: c, Files: env.Files, Keys: env.Keys, Dialect: env.DB.Dialect, Reads: env.DB.Reads()}
	sys := testenv.System()
	sess := c.ExamSession.Query().Where(examsession.Code(demo.SessionScores)).OnlyX(sys)
	count := func() [6]int {
		return [6]int{
			c.Application.Query().Where(application.SessionID(sess.ID)).CountX(sys),
			c.SeatPlanRun.Query().Where(seatplanrun.SessionID(sess.ID)).CountX(sys),
			c.AdmissionTicket.Query().Where(admissionticket.SessionID(sess.ID)).CountX(sys),
			c.ScoreImport.Query().Where(scoreimport.SessionID(sess.ID), scoreimport.StatusEQ(scoreimport.StatusAPPLIED)).CountX(sys),
			c.Score.Query().Where(score.SessionID(sess.ID)).CountX(sys),
			c.Certificate.Query().Where(certificate.SessionID(sess.ID)).CountX(sys),
		}
	}
	var first [6]int
	for i := range 2 {
		// As serve does: 陈静's DEMO-PRINT ticket first (北京's numbers of the same half-year).
		if err := demo.LoadTicketHolder(ctx, c, env.Keys, env.Files, plans); err != nil {
			t.Fatalf("start %d: %v", i+1, err)
		}
		if err := demo.LoadScoreHolders(ctx, c, env.Keys, env.Files, plans, results); err != nil {
			t.Fatalf("start %d: %v", i+1, err)
		}
		if i == 0 {
			first = count()
		}
	}
	// Two applications, one plan, two tickets, one import, four scores, one certificate.
	if want := [6]int{2, 1, 2, 1, 4, 1}; first != want || count() != want {
		t.Fatalf("rows after the first start %v, the second %v; want %v", first, count(), want)
	}

	type subjectScore struct {
		Subject struct{ Name string }
		Points  *int
		Passed  bool
	}
	type app struct {
		Status  string
		Session struct{ Code string }
		Result  *struct {
			Released bool
			Passed   *bool
			Subjects []subjectScore
		}
		Certificate *struct {
			Number   string
			IssuedOn string
		}
	}
	var data struct{ MyApplications []app }
	const q = `{ myApplications { status session { code } result { released passed subjects { subject { name } points passed } }
		certificate { number issuedOn } } }`
	number := ""
	for _, h := range demo.ScoreHolders {
		data.MyApplications = nil
		env.MustAs(t, env.LoginCandidate(t, h.Person), q, nil, &data)
		var a *app
		for i := range data.MyApplications {
			if data.MyApplications[i].Session.Code == demo.SessionScores {
				a = &data.MyApplications[i]
			}
		}
		if a == nil {
			t.Fatalf("%s: applications %+v", h.Person.Name, data.MyApplications)
		}
		if a.Status != "REGISTERED" || a.Session.Code != demo.SessionScores || a.Result == nil || !a.Result.Released ||
			a.Result.Passed == nil || len(a.Result.Subjects) != 2 {
			t.Fatalf("%s: %+v", h.Person.Name, a)
		}
		pass := h.Basics >= 45 && h.Application >= 45
		want := map[string]int{"基础知识": h.Basics, "应用技术": h.Application}
		for _, s := range a.Result.Subjects {
			if s.Points == nil || *s.Points != want[s.Subject.Name] || s.Passed != (*s.Points >= 45) {
				t.Errorf("%s %s: %+v", h.Person.Name, s.Subject.Name, s)
			}
		}
		if *a.Result.Passed != pass || (a.Certificate != nil) != pass {
			t.Errorf("%s: passed %v, certificate %+v; want passed %v", h.Person.Name, *a.Result.Passed, a.Certificate, pass)
		}
		if a.Certificate != nil {
			number = a.Certificate.Number
			if a.Certificate.IssuedOn != "2026-12-02" || len(number) != 21 {
				t.Errorf("certificate %+v", a.Certificate)
			}
		}
	}
	if demo.ScoreHolders[0].Basics < 45 || demo.ScoreHolders[1].Application >= 45 {
		t.Fatal("陈静 should pass and 赵磊 fail")
	}

	// 证书查询: the number or the ID number, with the holder's name.
	chen := demo.ScoreHolders[0].Person
	for _, tc := range []struct {
		in      map[string]any
		genuine bool
	}{
		{map[string]any{"number": number, "name": chen.Name}, true},
		{map[string]any{"idNumber": chen.IDNumber, "name": chen.Name}, true},
		{map[string]any{"number": number, "name": "赵磊"}, false},
		{map[string]any{"number": "20260000000ZJ02000009", "name": chen.Name}, false},
	} {
		var got struct {
			VerifyCertificate struct {
				Genuine      bool
				Certificates []struct{ Qualification string }
			}
		}
		env.MustAs(t, "", `query($in: VerifyCertificateInput!) { verifyCertificate(input: $in) { genuine certificates { qualification } } }`,
			map[string]any{"in": tc.in}, &got)
		if got.VerifyCertificate.Genuine != tc.genuine {
			t.Errorf("verify %v: %+v", tc.in, got.VerifyCertificate)
		}
	}
}
