package testenv

import (
	"bytes"
	"fmt"
	"testing"

	"github.com/ruankao/ruankao/ent"
	"github.com/ruankao/ruankao/ent/examarea"
	"github.com/ruankao/ruankao/ent/examsession"
	"github.com/ruankao/ruankao/ent/qualification"
	"github.com/ruankao/ruankao/ent/region"
	"github.com/ruankao/ruankao/ent/schema/pulid"
	"github.com/ruankao/ruankao/ent/storedfile"
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
	obj, err := e.Files.Put(ctx, bytes.NewReader(samplePhoto()), 1<<20)
	if err != nil {
		t.Fatal(err)
	}
	photos := make([]*ent.StoredFileCreate, n)
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
		photo := pulid.New("FL")
		photos[i] = c.StoredFile.Create().SetID(photo).SetOwnerID(cid).SetKind(storedfile.KindPHOTO).
			SetContentType("image/jpeg").SetSizeBytes(obj.Size).SetSha256(obj.Sum).SetWidth(295).SetHeight(413)
		ids[i] = pulid.New("AP")
		apps[i] = c.Application.Create().SetID(ids[i]).SetCandidateID(cid).SetSessionID(sess.ID).SetRegionID(reg.ID).
			SetAreaID(area.ID).SetQualificationID(q.ID).SetLevel(q.Level).SetName(fmt.Sprintf("考生%03d", i)).
			SetIDType(enum.IDPassport).SetStatus(enum.StatusRegistered).SetRegisteredAt(now).SetSubmittedAt(now).
			SetPhotoID(photo)
	}
	c.Candidate.CreateBulk(cands...).ExecX(ctx)
	c.StoredFile.CreateBulk(photos...).ExecX(ctx)
	c.Application.CreateBulk(apps...).ExecX(ctx)
	return ids
}

func (e *Env) seq() int {
	e.fixtureSeq++
	return e.fixtureSeq
}

// RegisteredFor gives a logged-in candidate a REGISTERED application with
// their saved photo, as if they had applied and paid.
func (e *Env) RegisteredFor(t testing.TB, candidateID, photoID pulid.ID, sessionCode, regionCode, areaName, qual string) pulid.ID {
	t.Helper()
	ctx := System()
	c := e.DB.Client
	cand := c.Candidate.GetX(ctx, candidateID)
	sess := c.ExamSession.Query().Where(examsession.Code(sessionCode)).OnlyX(ctx)
	reg := c.Region.Query().Where(region.Code(regionCode)).OnlyX(ctx)
	area := c.ExamArea.Query().Where(examarea.RegionID(reg.ID), examarea.Name(areaName)).OnlyX(ctx)
	q := c.Qualification.Query().Where(qualification.Code(qual)).OnlyX(ctx)
	return c.Application.Create().SetCandidateID(candidateID).SetSessionID(sess.ID).SetRegionID(reg.ID).
		SetAreaID(area.ID).SetQualificationID(q.ID).SetLevel(q.Level).SetName(cand.Name).SetIDType(cand.IDType).
		SetPhotoID(photoID).SetStatus(enum.StatusRegistered).SetRegisteredAt(e.Clock.Now()).SaveX(ctx).ID
}
