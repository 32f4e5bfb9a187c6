package demo

import (
	"bytes"
	"context"
	"fmt"
	"time"

	"github.com/ruankao/ruankao/ent"
	"github.com/ruankao/ruankao/ent/application"
	"github.com/ruankao/ruankao/ent/candidate"
	"github.com/ruankao/ruankao/ent/examarea"
	"github.com/ruankao/ruankao/ent/examsession"
	"github.com/ruankao/ruankao/ent/qualification"
	"github.com/ruankao/ruankao/ent/region"
	"github.com/ruankao/ruankao/ent/seatplanrun"
	"github.com/ruankao/ruankao/ent/staffuser"
	"github.com/ruankao/ruankao/ent/storedfile"
	"github.com/ruankao/ruankao/internal/clock"
	"github.com/ruankao/ruankao/internal/enum"
	"github.com/ruankao/ruankao/internal/files"
	"github.com/ruankao/ruankao/internal/idcard"
	"github.com/ruankao/ruankao/internal/identity"
	"github.com/ruankao/ruankao/internal/photo/phototest"
	"github.com/ruankao/ruankao/internal/pii"
	"github.com/ruankao/ruankao/internal/seatplan"
	"github.com/ruankao/ruankao/internal/viewer"
)

// TicketHolder is the demo candidate with a 准考证 in DEMO-PRINT: registered
// in 北京 (no demo account administers 北京, so its plan is nobody's to try),
// seated by a published seat plan, so the portal's 打印准考证 works at once.
var TicketHolder = Identities[4] // 陈静, demo-chen-jing

const (
	ticketRegion = "110000"
	ticketArea   = "北京考区"
	ticketQual   = "ZJ02"
)

// LoadTicketHolder registers TicketHolder in DEMO-PRINT (as the identity
// simulator would have created her on login, with a generated photo) and runs
// and publishes 北京's seat plan as the demo national admin. Run after Load
// and LoadAccounts; does nothing once 北京's plan of the session is published.
func LoadTicketHolder(ctx context.Context, client *ent.Client, keys *pii.Keys, store files.Store, plans *seatplan.Service) error {
	sys := viewer.SystemContext(ctx)
	sess, err := client.ExamSession.Query().Where(examsession.Code(SessionPrint)).Only(sys)
	if err != nil {
		return err
	}
	reg, err := client.Region.Query().Where(region.Code(ticketRegion)).Only(sys)
	if err != nil {
		return err
	}
	published, err := client.SeatPlanRun.Query().Where(seatplanrun.SessionID(sess.ID), seatplanrun.RegionID(reg.ID),
		seatplanrun.StatusEQ(seatplanrun.StatusPUBLISHED)).Exist(sys)
	if err != nil || published {
		return err
	}
	now := clock.Now(sys)
	if now.Before(sess.TicketPrintOpensAt) || !now.Before(sess.TicketPrintClosesAt) {
		return nil // Load keeps the window around today; nothing to plan otherwise
	}
	cand, err := demoCandidate(sys, client, keys, TicketHolder)
	if err != nil {
		return err
	}
	if err := registerDemo(sys, client, store, cand, sess, reg, ticketArea, ticketQual, now, 2026); err != nil {
		return err
	}
	admin, err := client.StaffUser.Query().Where(staffuser.Username("admin")).Only(sys)
	if err != nil {
		return err
	}
	actx := viewer.With(ctx, viewer.Viewer{Kind: viewer.Staff, ID: admin.ID, Role: enum.RoleNationalAdmin})
	code := ticketRegion
	run, ps, err := plans.Start(actx, SessionPrint, &code)
	if err != nil {
		return err
	}
	if ps.Any() {
		return fmt.Errorf("demo seat plan: %v", ps)
	}
	plans.Wait()
	if _, ps, err := plans.Publish(actx, run.ID); err != nil || ps.Any() {
		return fmt.Errorf("demo seat plan publish: %v %v", err, ps)
	}
	return nil
}

// registerDemo registers cand in sess (region reg, area areaName,
// qualification qual) as a paid application registered at `at`, with a
// generated photo (seed): what the form, review and payment would have left.
// Nothing happens when cand has an application in sess already.
func registerDemo(sys context.Context, client *ent.Client, store files.Store, cand *ent.Candidate, sess *ent.ExamSession,
	reg *ent.Region, areaName, qual string, at time.Time, seed uint64) error {
	has, err := client.Application.Query().Where(application.CandidateID(cand.ID), application.SessionID(sess.ID)).Exist(sys)
	if err != nil || has {
		return err
	}
	area, err := client.ExamArea.Query().Where(examarea.RegionID(reg.ID), examarea.Name(areaName)).Only(sys)
	if err != nil {
		return err
	}
	q, err := client.Qualification.Query().Where(qualification.Code(qual)).Only(sys)
	if err != nil {
		return err
	}
	img := phototest.Portrait(phototest.Options{Width: 295, Height: 413, Seed: seed})
	obj, err := store.Put(sys, bytes.NewReader(phototest.Encode(img, 90)), 1<<20)
	if err != nil {
		return err
	}
	ph, err := client.StoredFile.Create().SetOwnerID(cand.ID).SetKind(storedfile.KindPHOTO).SetContentType("image/jpeg").
		SetSizeBytes(obj.Size).SetSha256(obj.Sum).SetWidth(295).SetHeight(413).Save(sys)
	if err != nil {
		return err
	}
	return client.Application.Create().SetCandidateID(cand.ID).SetSessionID(sess.ID).SetRegionID(reg.ID).
		SetAreaID(area.ID).SetQualificationID(q.ID).SetLevel(q.Level).SetName(cand.Name).SetIDType(cand.IDType).
		SetPhotoID(ph.ID).SetStatus(enum.StatusRegistered).SetSubmittedAt(at).SetRegisteredAt(at).Exec(sys)
}

// demoCandidate is p's candidate, created as a first login would.
func demoCandidate(sys context.Context, client *ent.Client, keys *pii.Keys, p Identity) (*ent.Candidate, error) {
	cand, err := client.Candidate.Query().Where(candidate.Provider(identity.SimulatorName), candidate.Subject(p.Subject)).Only(sys)
	if err == nil || !ent.IsNotFound(err) {
		return cand, err
	}
	num, err := idcard.CheckContext(sys, p.IDType, p.IDNumber)
	if err != nil {
		return nil, err
	}
	enc, err := keys.Encrypt(num.Value, string(num.Type))
	if err != nil {
		return nil, err
	}
	c := client.Candidate.Create().SetProvider(identity.SimulatorName).SetSubject(p.Subject).SetName(p.Name).
		SetIDType(num.Type).SetIDNumberEnc(enc).SetIDNumberHash(keys.LookupHash(string(num.Type), num.Value)).
		SetIDNumberMasked(pii.Mask(num.Value))
	if num.BirthDate != nil {
		c.SetBirthDate(num.BirthDate)
	}
	if num.Gender != "" {
		c.SetGender(candidate.Gender(num.Gender))
	}
	return c.Save(sys)
}
