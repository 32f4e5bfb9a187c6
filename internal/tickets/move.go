package tickets

import (
	"context"
	"strings"

	"github.com/ruankao/ruankao/ent"
	"github.com/ruankao/ruankao/ent/admissionticket"
	"github.com/ruankao/ruankao/ent/examroom"
	"github.com/ruankao/ruankao/ent/schema/pulid"
	"github.com/ruankao/ruankao/internal/apperr"
	"github.com/ruankao/ruankao/internal/audit"
	"github.com/ruankao/ruankao/internal/enum"
	"github.com/ruankao/ruankao/internal/txn"
	"github.com/ruankao/ruankao/internal/viewer"
)

// Move is the one change a published plan allows: one candidate to a free
// seat of a room in their own exam area, with a reason, audited with the
// seat before and after. The unique index refuses a taken seat, whatever
// ran at the same time.
func (s *Service) Move(ctx context.Context, ticketID, roomID pulid.ID, seat int, reason string) (*ent.AdmissionTicket, apperr.Problems, error) {
	v := viewer.From(ctx)
	if !v.IsStaff() || (v.Role != enum.RoleRegionAdmin && v.Role != enum.RoleNationalAdmin) {
		return nil, nil, apperr.New(apperr.Forbidden, "只有地区管理员和全国管理员可以调整座位")
	}
	var ps apperr.Problems
	if reason = strings.TrimSpace(reason); reason == "" {
		ps.Add(apperr.Required, "请填写调整原因", "reason")
	}
	var out *ent.AdmissionTicket
	err := txn.Run(ctx, s.Client, func(ctx context.Context, c *ent.Client) error {
		t, err := c.AdmissionTicket.Get(ctx, ticketID) // as the admin: another region's is not found
		if ent.IsNotFound(err) {
			return apperr.NotFoundf("准考证")
		}
		if err != nil {
			return err
		}
		sysCtx := viewer.SystemContext(ctx)
		app, err := c.Application.Get(sysCtx, t.ApplicationID)
		if err != nil {
			return err
		}
		room, err := c.ExamRoom.Query().Where(examroom.ID(roomID)).WithSite().Only(sysCtx)
		switch {
		case ent.IsNotFound(err):
			ps.Add(apperr.NotFound, "考场不存在", "roomId")
		case err != nil:
			return err
		case room.Disabled || room.Edges.Site.Disabled || app.AreaID == nil || room.Edges.Site.AreaID != *app.AreaID:
			ps.Add(apperr.InvalidFormat, "只能调到考生所报考区内启用的考场", "roomId")
		case seat < 1 || seat > room.Capacity:
			ps.Add(apperr.OutOfRange, "座位号须在 1 至考场容量之间", "seat")
		}
		if ps.Any() {
			out = t
			return nil
		}
		taken, err := c.AdmissionTicket.Query().Where(admissionticket.SessionID(t.SessionID), admissionticket.RoomID(roomID),
			admissionticket.Seat(seat)).Exist(sysCtx)
		if err != nil {
			return err
		}
		if taken {
			ps.Add(apperr.SeatTaken, "该座位已有考生", "seat")
			out = t
			return nil
		}
		if out, err = c.AdmissionTicket.UpdateOneID(t.ID).SetSiteID(room.SiteID).SetRoomID(room.ID).SetSeat(seat).Save(sysCtx); err != nil {
			return err
		}
		return audit.Record(ctx, c, audit.Entry{Action: "AdmissionTicket.move", RecordType: "AdmissionTicket", RecordID: string(t.ID),
			RegionID: app.RegionID, Before: map[string]any{"room": string(t.RoomID), "seat": t.Seat},
			After: map[string]any{"room": string(room.ID), "seat": seat, "reason": reason}})
	})
	if ent.IsConstraintError(err) {
		ps.Add(apperr.SeatTaken, "该座位已有考生", "seat")
		return nil, ps, nil
	}
	return out, ps, err
}
