package graph

import (
	"context"

	"github.com/ruankao/ruankao/ent"
	"github.com/ruankao/ruankao/ent/schema/pulid"
	"github.com/ruankao/ruankao/graph/model"
	"github.com/ruankao/ruankao/internal/seatplan"
	"github.com/ruankao/ruankao/internal/viewer"
)

func (r *Resolver) seatPlans() *seatplan.Service { return r.SeatPlans }

// shortfalls gives each short area with its record.
func (r *Resolver) shortfalls(ctx context.Context, run *ent.SeatPlanRun) ([]*model.SeatShortfall, error) {
	out := make([]*model.SeatShortfall, 0, len(run.Shortfalls))
	for _, f := range run.Shortfalls {
		a, err := r.Client.ExamArea.Get(viewer.SystemContext(ctx), pulid.ID(f.AreaID))
		if err != nil {
			return nil, err
		}
		out = append(out, &model.SeatShortfall{Area: a, Need: f.Need, Have: f.Have, Lack: f.Lack})
	}
	return out, nil
}
