package authz

import (
	"context"

	"entgo.io/ent"
	"entgo.io/ent/entql"

	"github.com/ruankao/ruankao/ent/privacy"
	"github.com/ruankao/ruankao/ent/schema/pulid"
	"github.com/ruankao/ruankao/internal/enum"
	"github.com/ruankao/ruankao/internal/viewer"
)

// staffRead: a reviewer sees only themself; a region admin the staff of the region.
func staffRead(ctx context.Context, v viewer.Viewer, f privacy.Filter) error {
	if v.Role == enum.RoleRegionAdmin {
		return InRegion(ctx, v, f)
	}
	return Self(ctx, v, f)
}

// staffWrite: a reviewer changes only themself (password, second factor); a
// region admin the reviewers of the region, and themself.
func staffWrite(ctx context.Context, v viewer.Viewer, f privacy.Filter) error {
	if v.Role != enum.RoleRegionAdmin {
		return Self(ctx, v, f)
	}
	f.Where(entql.Or(
		entql.FieldEQ("id", string(v.ID)),
		entql.And(entql.FieldEQ("region_id", string(v.RegionID)),
			entql.Or(entql.FieldEQ("role", string(enum.RoleReviewer)), entql.FieldEQ("role", string(enum.RoleExamStaff)))),
	))
	return privacy.Allow
}

// staffCreate: national admins create any staff; a region admin only
// reviewers of its own region.
func staffCreate(_ context.Context, v viewer.Viewer, m ent.Mutation) error {
	if v.IsNationalAdmin() {
		return privacy.Allow
	}
	if v.Role != enum.RoleRegionAdmin || !v.RegionScoped() {
		return denied(v)
	}
	sm, ok := m.(interface {
		Role() (enum.Role, bool)
		RegionID() (pulid.ID, bool)
	})
	if !ok {
		return denied(v)
	}
	role, _ := sm.Role()
	region, _ := sm.RegionID()
	if (role == enum.RoleReviewer || role == enum.RoleExamStaff) && region == v.RegionID {
		return privacy.Allow
	}
	return denied(v)
}

// staffUpdate: only national admins change a role or a region, so nobody
// promotes themself or moves a reviewer out of reach.
func staffUpdate(_ context.Context, v viewer.Viewer, m ent.Mutation) error {
	if v.IsNationalAdmin() {
		return nil
	}
	for _, f := range []string{"role", "region_id"} {
		if _, set := m.Field(f); set {
			return denied(v)
		}
		if m.FieldCleared(f) {
			return denied(v)
		}
	}
	return nil
}
