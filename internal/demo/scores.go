package demo

import (
	"context"
	"fmt"
	"strings"
	"time"

	"github.com/ruankao/ruankao/ent"
	"github.com/ruankao/ruankao/ent/admissionticket"
	"github.com/ruankao/ruankao/ent/application"
	"github.com/ruankao/ruankao/ent/certificate"
	"github.com/ruankao/ruankao/ent/examsession"
	"github.com/ruankao/ruankao/ent/region"
	"github.com/ruankao/ruankao/ent/scoreimport"
	"github.com/ruankao/ruankao/ent/staffuser"
	"github.com/ruankao/ruankao/internal/clock"
	"github.com/ruankao/ruankao/internal/enum"
	"github.com/ruankao/ruankao/internal/files"
	"github.com/ruankao/ruankao/internal/pii"
	"github.com/ruankao/ruankao/internal/scores"
	"github.com/ruankao/ruankao/internal/seatplan"
	"github.com/ruankao/ruankao/internal/viewer"
)

// scoresQual is what the score holders sat in DEMO-SCORES: 初级 程序员, a
// level beside DEMO-PRINT's 中级, so the demo's certificates show another one.
const scoresQual = "CJ01"

// DemoResult is one demo candidate's DEMO-SCORES result: 初级 程序员 (CJ01)
// in 北京, the marks of 基础知识 and 应用技术 (45 of 75 passes).
type DemoResult struct {
	Person              Identity
	Basics, Application int
}

// ScoreHolders have results in DEMO-SCORES: 陈静 passes both subjects (and
// holds the session's certificate), 赵磊 fails 应用技术.
var ScoreHolders = []DemoResult{
	{Person: Identities[4], Basics: 58, Application: 52}, // 陈静
	{Person: Identities[3], Basics: 51, Application: 39}, // 赵磊
}

// LoadScoreHolders gives DEMO-SCORES its results, the way they come about
// in the session's calendar, each step done by the domain package at a time
// inside its window: ScoreHolders registered in 北京 (before the
// registration close), seated by 北京's seat plan run and published by the
// demo national admin in the printing window, their scores imported as a
// CSV and applied before the release time (so the pass decision is there at
// release), and the certificates issued now. Run after Load and
// LoadAccounts, under the seed lock. Each step is skipped when done: a
// second start adds nothing.
func LoadScoreHolders(ctx context.Context, client *ent.Client, keys *pii.Keys, store files.Store,
	plans *seatplan.Service, results *scores.Service) error {
	sys := viewer.SystemContext(ctx)
	sess, err := client.ExamSession.Query().Where(examsession.Code(SessionScores)).Only(sys)
	if err != nil {
		return err
	}
	now := clock.Now(sys)
	if sess.ScoreReleaseAt == nil || !scores.Released(sess, now) {
		return nil // Load keeps the release in the past; nothing to show otherwise
	}
	reg, err := client.Region.Query().Where(region.Code(ticketRegion)).Only(sys)
	if err != nil {
		return err
	}
	admin, err := client.StaffUser.Query().Where(staffuser.Username("admin")).Only(sys)
	if err != nil {
		return err
	}
	// As the demo national admin, at a given time of the calendar.
	asAdminAt := func(t time.Time) context.Context {
		return viewer.With(clock.With(ctx, clock.NewManual(t)),
			viewer.Viewer{Kind: viewer.Staff, ID: admin.ID, Role: enum.RoleNationalAdmin})
	}

	// 1. Registered a day before the registration closed.
	registeredAt := sess.RegistrationClosesAt.Add(-24 * time.Hour)
	apps := make([]*ent.Application, len(ScoreHolders))
	for i, h := range ScoreHolders {
		cand, err := demoCandidate(sys, client, keys, h.Person)
		if err != nil {
			return fmt.Errorf("demo candidate %s: %w", h.Person.Name, err)
		}
		if err := registerDemo(sys, client, store, cand, sess, reg, ticketArea, scoresQual, registeredAt, uint64(3000+i)); err != nil {
			return fmt.Errorf("demo registration %s: %w", h.Person.Name, err)
		}
		if apps[i], err = client.Application.Query().Where(application.CandidateID(cand.ID), application.SessionID(sess.ID)).Only(sys); err != nil {
			return err
		}
	}

	// 2. Seated: 北京's plan run and published an hour into the printing window.
	seated, err := client.AdmissionTicket.Query().Where(admissionticket.SessionID(sess.ID),
		admissionticket.HasApplicationWith(application.RegionID(reg.ID))).Exist(sys)
	if err != nil {
		return err
	}
	if !seated {
		actx := asAdminAt(sess.TicketPrintOpensAt.Add(time.Hour))
		code := ticketRegion
		run, ps, err := plans.Start(actx, SessionScores, &code)
		if err != nil || ps.Any() {
			return fmt.Errorf("demo seat plan %s: %v %v", SessionScores, err, ps)
		}
		plans.Wait()
		if _, ps, err := plans.Publish(actx, run.ID); err != nil || ps.Any() {
			return fmt.Errorf("demo seat plan publish %s: %v %v", SessionScores, err, ps)
		}
	}

	// 3. Scores imported as the office does (a CSV, checked, applied) two
	// days before the release time.
	applied, err := client.ScoreImport.Query().Where(scoreimport.SessionID(sess.ID),
		scoreimport.StatusEQ(scoreimport.StatusAPPLIED)).Exist(sys)
	if err != nil {
		return err
	}
	if !applied {
		var csv strings.Builder
		csv.WriteString("准考证号,姓名,科目,成绩\n")
		for i, h := range ScoreHolders {
			t, err := client.AdmissionTicket.Query().Where(admissionticket.ApplicationID(apps[i].ID)).Only(sys)
			if err != nil {
				return fmt.Errorf("demo ticket of %s: %w", h.Person.Name, err)
			}
			fmt.Fprintf(&csv, "%s,%s,基础知识,%d\n%s,%s,应用技术,%d\n", t.TicketNumber, h.Person.Name, h.Basics,
				t.TicketNumber, h.Person.Name, h.Application)
		}
		actx := asAdminAt(sess.ScoreReleaseAt.Add(-48 * time.Hour))
		imp, ps, err := results.Start(actx, SessionScores, "演示成绩.csv", strings.NewReader(csv.String()))
		if err != nil || ps.Any() {
			return fmt.Errorf("demo score import: %v %v", err, ps)
		}
		results.Wait()
		if imp, err = client.ScoreImport.Get(sys, imp.ID); err != nil {
			return err
		}
		if imp.Status != scoreimport.StatusREADY {
			return fmt.Errorf("demo score import %s: %s, %d problems", imp.ID, imp.Status, imp.ProblemCount)
		}
		if _, ps, err := results.Apply(actx, imp.ID); err != nil || ps.Any() {
			return fmt.Errorf("demo score apply: %v %v", err, ps)
		}
	}

	// 4. Certificates for those who passed, issued now (after the release).
	issued, err := client.Certificate.Query().Where(certificate.SessionID(sess.ID)).Exist(sys)
	if err != nil || issued {
		return err
	}
	if _, ps, err := results.Issue(asAdminAt(now), SessionScores); err != nil || ps.Any() {
		return fmt.Errorf("demo certificates: %v %v", err, ps)
	}
	return nil
}
