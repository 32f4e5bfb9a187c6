package authz

import (
	"context"

	"entgo.io/ent"

	entgen "github.com/ruankao/ruankao/ent"
	"github.com/ruankao/ruankao/ent/examarea"
	"github.com/ruankao/ruankao/ent/examsite"
	"github.com/ruankao/ruankao/ent/predicate"
	"github.com/ruankao/ruankao/ent/privacy"
	"github.com/ruankao/ruankao/ent/schema/pulid"
	"github.com/ruankao/ruankao/internal/enum"
	"github.com/ruankao/ruankao/internal/viewer"
)

type (
	byArea interface {
		WhereHasAreaWith(...predicate.ExamArea)
	}
	bySite interface {
		WhereHasSiteWith(...predicate.ExamSite)
	}
)

// SiteInRegion keeps the sites of the viewer's region's exam areas, and the
// rooms of those sites.
var SiteInRegion = where(func(v viewer.Viewer, f privacy.Filter) bool {
	if w, ok := f.(byArea); ok {
		w.WhereHasAreaWith(examarea.RegionID(v.RegionID))
		return true
	}
	if w, ok := f.(bySite); ok {
		w.WhereHasSiteWith(examsite.HasAreaWith(examarea.RegionID(v.RegionID)))
		return true
	}
	return false
})

// siteInOwnRegion lets national admins create any site or room, and a region
// admin a site under an exam area of their region or a room under a site of
// such an area. The parent is looked up in the mutation's own transaction.
func siteInOwnRegion(ctx context.Context, v viewer.Viewer, m ent.Mutation) error {
	if v.IsNationalAdmin() {
		return privacy.Allow
	}
	if !v.RegionScoped() || v.Role != enum.RoleRegionAdmin {
		return denied(v)
	}
	c, ok := m.(interface{ Client() *entgen.Client })
	if !ok {
		return denied(v)
	}
	var (
		exists bool
		err    error
	)
	switch x := m.(type) {
	case interface{ AreaID() (pulid.ID, bool) }:
		id, set := x.AreaID()
		if !set {
			return denied(v)
		}
		exists, err = c.Client().ExamArea.Query().
			Where(examarea.ID(id), examarea.RegionID(v.RegionID)).Exist(ctx)
	case interface{ SiteID() (pulid.ID, bool) }:
		id, set := x.SiteID()
		if !set {
			return denied(v)
		}
		exists, err = c.Client().ExamSite.Query().
			Where(examsite.ID(id), examsite.HasAreaWith(examarea.RegionID(v.RegionID))).Exist(ctx)
	default:
		return denied(v)
	}
	if err != nil {
		return err
	}
	if !exists {
		return denied(v)
	}
	return privacy.Allow
}
