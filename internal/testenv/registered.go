package testenv

import (
	"fmt"
	"testing"

	"github.com/ruankao/ruankao/ent"
	"github.com/ruankao/ruankao/ent/examarea"
	"github.com/ruankao/ruankao/ent/examsession"
	"github.com/ruankao/ruankao/ent/qualification"
	"github.com/ruankao/ruankao/ent/region"
	"github.com/ruankao/ruankao/ent/schema/pulid"
	"github.com/ruankao/ruankao/internal/enum"
	"github.com/ruankao/ruankao/internal/identity"
	"github.com/ruankao/ruankao/internal/pii"
)

// Registered makes n candidates with REGISTERED applications in an area of
// a region for a session, qualifications taken in turn — what a session's
// paid registrations look like on printing day. It returns the
// applications' ids.
func (e *Env) Registered(t testing.TB, n int, sessionCode, regionCode, areaName string, quals ...string) []pulid.ID {
	t.Helper()
	ctx := System()
	c := e.DB.Client
	sess := c.ExamSession.Query().Where(examsession.Code(sessionCode)).OnlyX(ctx)
	reg := c.Region.Query().Where(region.Code(regionCode)).OnlyX(ctx)
	area := c.ExamArea.Query().Where(examarea.RegionID(reg.ID), examarea.Name(areaName)).OnlyX(ctx)
	qs := make([]*ent.Qualification, len(quals))
	for i, code := range quals {
		qs[i] = c.Qualification.Query().Where(qualification.Code(code)).OnlyX(ctx)
	}
	now := e.Clock.Now()
	ids := make([]pulid.ID, n)
	cands := make([]*ent.CandidateCreate, n)
	apps := make([]*ent.ApplicationCreate, n)
	for i := range n {
		number := fmt.Sprintf("R%07d", e.seq())
		enc, err := e.Keys.Encrypt(number, string(enum.IDPassport))
		if err != nil {
			t.Fatal(err)
		}
		cid := pulid.New("CA")
		cands[i] = c.Candidate.Create().SetID(cid).SetProvider(identity.SimulatorName).SetSubject("reg-" + number).
			SetName(fmt.Sprintf("考生%03d", i)).SetIDType(enum.IDPassport).SetIDNumberEnc(enc).
			SetIDNumberHash(e.Keys.LookupHash(string(enum.IDPassport), number)).SetIDNumberMasked(pii.Mask(number))
		q := qs[i%len(qs)]
		ids[i] = pulid.New("AP")
		apps[i] = c.Application.Create().SetID(ids[i]).SetCandidateID(cid).SetSessionID(sess.ID).SetRegionID(reg.ID).
			SetAreaID(area.ID).SetQualificationID(q.ID).SetLevel(q.Level).SetName(fmt.Sprintf("考生%03d", i)).
			SetIDType(enum.IDPassport).SetStatus(enum.StatusRegistered).SetRegisteredAt(now).SetSubmittedAt(now)
	}
	c.Candidate.CreateBulk(cands...).ExecX(ctx)
	c.Application.CreateBulk(apps...).ExecX(ctx)
	return ids
}

func (e *Env) seq() int {
	e.fixtureSeq++
	return e.fixtureSeq
}
