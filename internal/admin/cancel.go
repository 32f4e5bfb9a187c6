package admin

import (
	"github.com/ruankao/ruankao/ent/schema/pulid"
	"github.com/ruankao/ruankao/internal/enum"
	"github.com/ruankao/ruankao/internal/viewer"
)

// MayCancelIn says whether v may cancel (or withdraw, or confirm the
// cancellation of) an exam in a region: national admins anywhere, a region's
// admins only in their own region, reviewers and exam staff never. The
// privacy policy (authz.Cancellations) says the same at the data layer.
func MayCancelIn(v viewer.Viewer, regionID pulid.ID) bool {
	if v.IsNationalAdmin() {
		return true
	}
	return v.IsStaff() && v.Role == enum.RoleRegionAdmin && v.RegionID != "" && v.RegionID == regionID
}

// MayCancel says whether v may cancel exams at all (FORBIDDEN otherwise).
func MayCancel(v viewer.Viewer) bool {
	return v.IsNationalAdmin() || (v.IsStaff() && v.Role == enum.RoleRegionAdmin && v.RegionID != "")
}
