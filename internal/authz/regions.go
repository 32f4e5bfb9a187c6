package authz

import (
	"context"

	entgen "github.com/ruankao/ruankao/ent"
	"github.com/ruankao/ruankao/ent/application"
	"github.com/ruankao/ruankao/ent/schema/pulid"
	"github.com/ruankao/ruankao/ent/storedfile"
	"github.com/ruankao/ruankao/internal/viewer"
)

// RecordRegions lists the regions a candidate's record belongs to: the
// regions whose staff may see it under the policies above, which are the
// regions whose admins read the audit entry of a staff read of it.
//
//   - an application: its region;
//   - a candidate: the regions of their applications (RegionCandidate);
//   - a material: its application's region; a photo: the regions of its
//     owner's live applications (RegionCandidateFile).
//
// For a region-scoped viewer the list is cut to their own region: they saw
// the record as that region's staff. Other records belong to no region.
func RecordRegions(ctx context.Context, client *entgen.Client, record any) ([]pulid.ID, error) {
	sys := viewer.SystemContext(ctx)
	apps := client.Application.Query()
	switch x := record.(type) {
	case *entgen.Application:
		return narrow(ctx, []pulid.ID{x.RegionID}), nil
	case *entgen.Candidate:
		apps.Where(application.CandidateID(x.ID))
	case *entgen.StoredFile:
		f, err := client.StoredFile.Query().Where(storedfile.ID(x.ID)).
			Select(storedfile.FieldKind, storedfile.FieldOwnerID, storedfile.FieldApplicationID).Only(sys)
		if err != nil {
			return nil, err
		}
		switch {
		case f.Kind == storedfile.KindMATERIAL && f.ApplicationID != nil:
			apps.Where(application.ID(*f.ApplicationID))
		case f.Kind == storedfile.KindPHOTO:
			apps.Where(application.CandidateID(f.OwnerID), LiveApplication())
		default:
			return nil, nil
		}
	default:
		return nil, nil
	}
	got, err := apps.Unique(true).Select(application.FieldRegionID).Strings(sys)
	if err != nil {
		return nil, err
	}
	ids := make([]pulid.ID, len(got))
	for i, id := range got {
		ids[i] = pulid.ID(id)
	}
	return narrow(ctx, ids), nil
}

func narrow(ctx context.Context, ids []pulid.ID) []pulid.ID {
	v := viewer.From(ctx)
	if !v.RegionScoped() {
		return ids
	}
	for _, id := range ids {
		if id == v.RegionID {
			return []pulid.ID{id}
		}
	}
	return []pulid.ID{v.RegionID}
}
