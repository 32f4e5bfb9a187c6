package graph

import (
	"context"

	"github.com/ruankao/ruankao/ent"
	"github.com/ruankao/ruankao/ent/schema/pulid"
	"github.com/ruankao/ruankao/graph/model"
	"github.com/ruankao/ruankao/internal/clock"
	"github.com/ruankao/ruankao/internal/seatplan"
	"github.com/ruankao/ruankao/internal/tickets"
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

// ticketCheck shapes a door check; the photo URL is signed for the staff
// member at the door (the check itself was audited).
func (r *Resolver) ticketCheck(ctx context.Context, c *tickets.Check) (*model.TicketCheck, error) {
	out := &model.TicketCheck{Result: c.Result, Message: c.Message, Valid: c.Result == tickets.CheckValid}
	if !out.Valid {
		return out, nil
	}
	out.TicketNumber, out.Name = &c.Ticket.TicketNumber, &c.Application.Name
	out.SiteName, out.RoomCode, out.Seat = &c.SiteName, &c.Room, &c.Ticket.Seat
	if c.Application.PhotoID != nil {
		photo, err := r.Client.StoredFile.Get(viewer.SystemContext(ctx), *c.Application.PhotoID)
		if err != nil {
			return nil, err
		}
		u, err := r.Signer.Sign(string(photo.Kind), string(photo.ID), string(viewer.From(ctx).ID), clock.Now(ctx))
		if err != nil {
			return nil, err
		}
		out.PhotoURL = &u.URL
	}
	return out, nil
}
