package authz

import (
	"context"

	"github.com/ruankao/ruankao/ent/application"
	"github.com/ruankao/ruankao/ent/examsession"
	"github.com/ruankao/ruankao/ent/privacy"
	"github.com/ruankao/ruankao/internal/clock"
	"github.com/ruankao/ruankao/internal/viewer"
)

// Scores: a candidate reads their own, and only once the session's scores
// are released (node ids included); the region's staff and national admins
// read them at any time. Only score imports write them, as the system.
var Scores = Policy{
	Read:   Scope{Candidate: OwnReleasedScore, National: All, Regional: RegionApplication},
	Create: nationalOnly,
}

// NationalOnly: national admins read; the system writes (score imports).
var NationalOnly = Policy{
	Read: Scope{National: All},
}

// OwnReleasedScore keeps the viewer's own scores of sessions whose release
// time has come.
func OwnReleasedScore(ctx context.Context, v viewer.Viewer, f privacy.Filter) error {
	w, ok := f.(byApplication)
	if !ok {
		return privacy.Denyf("authz: %T lacks the filter this rule needs", f)
	}
	w.WhereHasApplicationWith(application.CandidateID(v.ID),
		application.HasSessionWith(examsession.ScoreReleaseAtNotNil(), examsession.ScoreReleaseAtLTE(clock.Now(ctx))))
	return privacy.Allow
}
