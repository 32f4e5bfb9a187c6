package testenv

import (
	"context"
	"testing"

	"github.com/ruankao/ruankao/ent"
	"github.com/ruankao/ruankao/ent/candidate"
	"github.com/ruankao/ruankao/ent/examsession"
	"github.com/ruankao/ruankao/ent/region"
	"github.com/ruankao/ruankao/ent/schema/pulid"
	"github.com/ruankao/ruankao/internal/demo"
	"github.com/ruankao/ruankao/internal/viewer"
)

// System is a context acting as the system, for fixtures and direct reads.
func System() context.Context { return viewer.SystemContext(context.Background()) }

// CandidateID is the id of a demo identity that has logged in.
func (e *Env) CandidateID(t testing.TB, p demo.Identity) pulid.ID {
	t.Helper()
	return e.DB.Client.Candidate.Query().Where(candidate.Subject(p.Subject)).OnlyIDX(System())
}

// Draft makes a draft application of a candidate in a region for the open
// demo session, as the application form (a later issue) will.
func (e *Env) Draft(t testing.TB, candidateID pulid.ID, regionCode string) *ent.Application {
	t.Helper()
	ctx := System()
	c := e.DB.Client
	cand := c.Candidate.GetX(ctx, candidateID)
	reg := c.Region.Query().Where(region.Code(regionCode)).OnlyX(ctx)
	s := c.ExamSession.Query().Where(examsession.Code(demo.SessionOpen)).OnlyX(ctx)
	return c.Application.Create().SetCandidateID(candidateID).SetSessionID(s.ID).SetRegionID(reg.ID).
		SetName(cand.Name).SetIDType(cand.IDType).SaveX(ctx)
}
