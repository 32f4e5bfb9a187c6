package graph

import (
	"context"

	"github.com/ruankao/ruankao/ent"
	"github.com/ruankao/ruankao/ent/schema/pulid"
	"github.com/ruankao/ruankao/graph/model"
	"github.com/ruankao/ruankao/internal/apperr"
	"github.com/ruankao/ruankao/internal/cancellation"
	"github.com/ruankao/ruankao/internal/enum"
	"github.com/ruankao/ruankao/internal/viewer"
	"github.com/ruankao/ruankao/reports"
)

func cancellationPayload(x *ent.Cancellation, ps apperr.Problems) *model.CancellationPayload {
	return &model.CancellationPayload{Cancellation: x, UserErrors: userErrors(ps)}
}

// previewModel shapes a preview, its statuses in the machine's order.
func previewModel(p *cancellation.Preview) *model.CancellationPreview {
	out := &model.CancellationPreview{Applications: p.Applications, PaidOrders: p.PaidOrders,
		RefundFen: int(p.RefundFen), RefundText: reports.Yuan(p.RefundFen), Tickets: p.Tickets,
		ByStatus: []*model.CancellationStatusCount{}}
	for _, v := range (enum.ApplicationStatus("")).Values() {
		s := enum.ApplicationStatus(v)
		if n := p.ByStatus[s]; n > 0 {
			out.ByStatus = append(out.ByStatus, &model.CancellationStatusCount{Status: s, Label: s.Label(), Count: n})
		}
	}
	return out
}

// staffName is a staff member's display name, read as the system (the
// viewer may read the cancellation, hence who made it).
func (r *Resolver) staffName(ctx context.Context, id pulid.ID) (string, error) {
	u, err := r.Client.StaffUser.Get(viewer.SystemContext(ctx), id)
	if err != nil {
		return "", err
	}
	return u.DisplayName, nil
}
