package authz

import (
	"context"

	"entgo.io/ent/entql"

	"github.com/ruankao/ruankao/ent/application"
	"github.com/ruankao/ruankao/ent/candidate"
	"github.com/ruankao/ruankao/ent/predicate"
	"github.com/ruankao/ruankao/ent/privacy"
	"github.com/ruankao/ruankao/ent/schema/pulid"
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
	byApplicationsOf interface {
		WhereHasApplicationsWith(...predicate.Application)
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

// RegionCandidateFile keeps files of candidates who applied in the viewer's region.
var RegionCandidateFile = where(func(v viewer.Viewer, f privacy.Filter) bool {
	w, ok := f.(byOwnerCandidate)
	if ok {
		w.WhereHasOwnerWith(candidate.HasApplicationsWith(application.RegionID(v.RegionID)))
	}
	return ok
})

// RegionCandidate keeps candidates who applied in the viewer's region.
var RegionCandidate = where(func(v viewer.Viewer, f privacy.Filter) bool {
	w, ok := f.(byApplicationsOf)
	if ok {
		w.WhereHasApplicationsWith(application.RegionID(v.RegionID))
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
