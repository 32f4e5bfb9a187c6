package graph

import (
	"context"

	"github.com/ruankao/ruankao/ent"
)

// regionOf and qualificationOf name an application's region and
// qualification from the in-memory catalog (internal/catalog.Cache): a list
// of applications then costs no query for them.
func (r *Resolver) regionOf(ctx context.Context, app *ent.Application) (*ent.Region, error) {
	if app.Edges.Region != nil {
		return app.Edges.Region, nil
	}
	if r.Catalog == nil {
		return app.QueryRegion().Only(ctx)
	}
	return r.Catalog.Region(ctx, r.Client, app.RegionID)
}

func (r *Resolver) qualificationOf(ctx context.Context, app *ent.Application) (*ent.Qualification, error) {
	switch {
	case app.QualificationID == nil:
		return nil, nil
	case app.Edges.Qualification != nil:
		return app.Edges.Qualification, nil
	case r.Catalog == nil:
		return app.QueryQualification().Only(ctx)
	}
	return r.Catalog.Qualification(ctx, r.Client, *app.QualificationID)
}
