package authz

import (
	"context"

	"entgo.io/ent/dialect/sql"
	"entgo.io/ent/dialect/sql/sqlgraph"
	"entgo.io/ent/entql"

	"github.com/ruankao/ruankao/ent/application"
	"github.com/ruankao/ruankao/ent/candidate"
	"github.com/ruankao/ruankao/ent/predicate"
	"github.com/ruankao/ruankao/ent/privacy"
	"github.com/ruankao/ruankao/ent/schema/pulid"
	"github.com/ruankao/ruankao/ent/storedfile"
	"github.com/ruankao/ruankao/internal/enum"
	"github.com/ruankao/ruankao/internal/viewer"
)

type (
	byID          interface{ WhereID(entql.StringP) }
	byRegion      interface{ WhereRegionID(entql.StringP) }
	byCandidate   interface{ WhereCandidateID(entql.StringP) }
	byOwner       interface{ WhereOwnerID(entql.StringP) }
	byApplication interface {
		WhereHasApplicationWith(...predicate.Application)
	}
	byOwnerCandidate interface{ WhereHasOwnerWith(...predicate.Candidate) }
	byFileRegion     interface {
		Where(entql.P)
		WhereKind(entql.StringP)
	}
	byApplicationsOf interface {
		WhereHasApplicationsWith(...predicate.Application)
	}
	byCandidateEdge interface {
		WhereHasCandidateWith(...predicate.Candidate)
	}
)

func eq(id pulid.ID) entql.StringP { return entql.StringEQ(string(id)) }

// Self keeps the viewer's own row (candidates, staff users).
var Self = where(func(v viewer.Viewer, f privacy.Filter) bool {
	w, ok := f.(byID)
	if ok {
		w.WhereID(eq(v.ID))
	}
	return ok
})

// InRegion keeps rows whose region_id is the viewer's region.
var InRegion = where(func(v viewer.Viewer, f privacy.Filter) bool {
	w, ok := f.(byRegion)
	if ok {
		w.WhereRegionID(eq(v.RegionID))
	}
	return ok
})

// OwnCandidateID keeps rows whose candidate_id is the viewer.
var OwnCandidateID = where(func(v viewer.Viewer, f privacy.Filter) bool {
	w, ok := f.(byCandidate)
	if ok {
		w.WhereCandidateID(eq(v.ID))
	}
	return ok
})

// OwnApplication keeps rows of the viewer's own applications.
var OwnApplication = where(func(v viewer.Viewer, f privacy.Filter) bool {
	w, ok := f.(byApplication)
	if ok {
		w.WhereHasApplicationWith(application.CandidateID(v.ID))
	}
	return ok
})

// RegionApplication keeps rows of applications in the viewer's region.
var RegionApplication = where(func(v viewer.Viewer, f privacy.Filter) bool {
	w, ok := f.(byApplication)
	if ok {
		w.WhereHasApplicationWith(application.RegionID(v.RegionID))
	}
	return ok
})

// OwnFile keeps the viewer's own files.
var OwnFile = where(func(v viewer.Viewer, f privacy.Filter) bool {
	w, ok := f.(byOwner)
	if ok {
		w.WhereOwnerID(eq(v.ID))
	}
	return ok
})

// RegionCandidateFile keeps the files that belong to the viewer's region: a
// material belongs to its application's region; a photo to the regions of
// its owner's live applications (not withdrawn, not lapsed). A candidate who
// once applied elsewhere does not open their files to that region's staff.
var RegionCandidateFile = where(func(v viewer.Viewer, f privacy.Filter) bool {
	w, ok := f.(byFileRegion)
	if ok {
		w.Where(FileInRegion(v.RegionID))
	}
	return ok
})

// FileInRegion is the predicate of a stored file that belongs to region: the
// region's staff may see it, and a read of it is audited under that region.
func FileInRegion(region pulid.ID) entql.P {
	material := entql.And(
		entql.FieldEQ(storedfile.FieldKind, storedfile.KindMATERIAL.String()),
		entql.HasEdgeWith(storedfile.EdgeApplication, sqlgraph.WrapFunc(application.RegionID(region))),
	)
	photo := entql.And(
		entql.FieldEQ(storedfile.FieldKind, storedfile.KindPHOTO.String()),
		entql.HasEdgeWith(storedfile.EdgeOwner, sqlgraph.WrapFunc(candidate.HasApplicationsWith(
			application.RegionID(region), LiveApplication()))),
	)
	return entql.Or(material, photo)
}

// LiveApplication keeps applications in any state but WITHDRAWN and LAPSED.
// It is written as the one-live-application index's own WHERE, with literals
// (ent/schema/application.go): a database uses a partial index only for a
// query whose condition implies the index's, which a bound parameter cannot,
// and a candidate who withdrew often would be read row by row.
func LiveApplication() predicate.Application {
	return predicate.Application(func(s *sql.Selector) {
		s.Where(sql.ExprP(s.C(application.FieldStatus) + " NOT IN ('" + string(enum.StatusWithdrawn) + "', '" + string(enum.StatusLapsed) + "')"))
	})
}

// RegionCandidate keeps candidates who applied in the viewer's region.
var RegionCandidate = where(func(v viewer.Viewer, f privacy.Filter) bool {
	w, ok := f.(byApplicationsOf)
	if ok {
		w.WhereHasApplicationsWith(application.RegionID(v.RegionID))
	}
	return ok
})

// RegionCandidateRecord keeps rows of candidates who applied in the viewer's region.
var RegionCandidateRecord = where(func(v viewer.Viewer, f privacy.Filter) bool {
	w, ok := f.(byCandidateEdge)
	if ok {
		w.WhereHasCandidateWith(candidate.HasApplicationsWith(application.RegionID(v.RegionID)))
	}
	return ok
})

// RegionAdminOnly narrows a rule to region admins; reviewers get nothing.
func RegionAdminOnly(r Rule) Rule {
	return func(ctx context.Context, v viewer.Viewer, f privacy.Filter) error {
		if v.Role != enum.RoleRegionAdmin {
			return nothing(f)
		}
		return r(ctx, v, f)
	}
}

// InRegionOrApplication keeps rows of the viewer's region: by their own
// region_id where they have one, else by their application's region.
var InRegionOrApplication = where(func(v viewer.Viewer, f privacy.Filter) bool {
	if w, ok := f.(byRegion); ok {
		w.WhereRegionID(eq(v.RegionID))
		return true
	}
	if w, ok := f.(byApplication); ok {
		w.WhereHasApplicationWith(application.RegionID(v.RegionID))
		return true
	}
	return false
})
