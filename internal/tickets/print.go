package tickets

import (
	"context"
	"io"
	"sort"

	"github.com/ruankao/ruankao/ent"
	"github.com/ruankao/ruankao/ent/admissionticket"
	"github.com/ruankao/ruankao/ent/examsession"
	"github.com/ruankao/ruankao/ent/schema/pulid"
	"github.com/ruankao/ruankao/internal/apperr"
	"github.com/ruankao/ruankao/internal/audit"
	"github.com/ruankao/ruankao/internal/cancellation"
	"github.com/ruankao/ruankao/internal/catalog"
	"github.com/ruankao/ruankao/internal/clock"
	"github.com/ruankao/ruankao/internal/enum"
	"github.com/ruankao/ruankao/internal/viewer"
	"github.com/ruankao/ruankao/reports"
)

// TicketKind is the purpose ticket URLs are signed for.
const TicketKind = "TICKET"

// Get reads one ticket as the viewer: their own for a candidate, their
// region's for staff; anything else is not found.
func (s *Service) Get(ctx context.Context, id pulid.ID) (*ent.AdmissionTicket, error) {
	t, err := s.Client.AdmissionTicket.Get(ctx, id)
	if ent.IsNotFound(err) {
		return nil, apperr.NotFoundf("准考证")
	}
	return t, err
}

// Ticket renders one ticket. A candidate prints their own only inside the
// session's printing window; staff of its region any time, audited. t must
// have been read as the viewer (Get) or through a URL signed for them.
func (s *Service) Ticket(ctx context.Context, t *ent.AdmissionTicket) ([]byte, error) {
	ctx = s.ctx(ctx)
	v := viewer.From(ctx)
	sess, err := catalog.From(ctx).Session(sys(ctx), s.Client, t.SessionID)
	if err != nil {
		return nil, err
	}
	if v.Kind == viewer.Candidate {
		now := clock.Now(ctx)
		if now.Before(sess.TicketPrintOpensAt) || !now.Before(sess.TicketPrintClosesAt) {
			return nil, apperr.New(apperr.Forbidden, "准考证打印时间为 "+clock.Shown(sess.TicketPrintOpensAt)+" 至 "+clock.Shown(sess.TicketPrintClosesAt))
		}
	}
	if err := s.void(ctx, t); err != nil {
		return nil, err
	}
	d, app, err := s.data(sys(ctx), t)
	if err != nil {
		return nil, err
	}
	if v.IsStaff() {
		if err := audit.Read(ctx, s.Client, audit.Entry{Action: "AdmissionTicket.print", RecordType: "AdmissionTicket",
			RecordID: string(t.ID)}, app); err != nil {
			return nil, err
		}
	}
	return render(func(w io.Writer) error { return reports.Ticket(w, d) })
}

// staffRoom checks a staff member may print a room's papers and gives the
// room's tickets of the session in seat order.
func (s *Service) staffRoom(ctx context.Context, roomID pulid.ID, sessionCode string) (*ent.ExamRoom, []*ent.AdmissionTicket, error) {
	v := viewer.From(ctx)
	if !v.IsStaff() || (v.Role != enum.RoleRegionAdmin && v.Role != enum.RoleNationalAdmin) {
		return nil, nil, apperr.New(apperr.Forbidden, "只有地区管理员和全国管理员可以打印考场材料")
	}
	sessionID, err := s.Client.ExamSession.Query().Where(examsession.Code(sessionCode)).OnlyID(sys(ctx))
	if ent.IsNotFound(err) {
		return nil, nil, apperr.NotFoundf("考场")
	}
	if err != nil {
		return nil, nil, err
	}
	// Tickets are read under the admin's privacy: another region's room has none.
	ts, err := s.Client.AdmissionTicket.Query().Where(admissionticket.SessionID(sessionID), admissionticket.RoomID(roomID)).
		Order(ent.Asc(admissionticket.FieldSeat)).All(ctx)
	if err != nil {
		return nil, nil, err
	}
	if len(ts) == 0 {
		return nil, nil, apperr.NotFoundf("考场")
	}
	// A room lies in one 考区 of one region: its first ticket says whether
	// the sitting is cancelled, and then the room's papers are void too.
	if err := s.void(ctx, ts[0]); err != nil {
		return nil, nil, err
	}
	room, err := s.Client.ExamRoom.Get(sys(ctx), roomID)
	return room, ts, err
}

// RoomTickets renders every ticket of a room as one file, in seat order.
func (s *Service) RoomTickets(ctx context.Context, roomID pulid.ID, sessionCode string) ([]byte, error) {
	ctx = s.ctx(ctx)
	_, ts, err := s.staffRoom(ctx, roomID, sessionCode)
	if err != nil {
		return nil, err
	}
	ds := make([]reports.TicketData, len(ts))
	for i, t := range ts {
		if ds[i], _, err = s.data(sys(ctx), t); err != nil {
			return nil, err
		}
	}
	if err := audit.Record(ctx, s.Client, audit.Entry{Action: "AdmissionTicket.export", RecordType: "ExamRoom",
		RecordID: string(roomID), After: map[string]any{"session": sessionCode, "tickets": len(ts)}}); err != nil {
		return nil, err
	}
	return render(func(w io.Writer) error { return reports.Tickets(w, ds) })
}

// SignInSheet renders a room's 考场签到表: photos, names, ticket numbers
// and masked ID numbers in seat order, for the session's first sitting.
func (s *Service) SignInSheet(ctx context.Context, roomID pulid.ID, sessionCode string) ([]byte, error) {
	ctx = s.ctx(ctx)
	room, ts, err := s.staffRoom(ctx, roomID, sessionCode)
	if err != nil {
		return nil, err
	}
	site, err := s.Client.ExamSite.Get(sys(ctx), room.SiteID)
	if err != nil {
		return nil, err
	}
	sheet := reports.SignInData{SiteName: site.Name, Room: room.Code, Issued: ts[0].CreatedAt}
	subjects := map[string]bool{}
	for _, t := range ts {
		d, _, err := s.data(sys(ctx), t)
		if err != nil {
			return nil, err
		}
		sheet.Session = d.Session
		sheet.Rows = append(sheet.Rows, reports.SignInRow{Seat: t.Seat, Name: d.Name, TicketNo: d.TicketNo, IDNumber: d.IDNumber, Photo: d.Photo})
		if len(d.Subjects) > 0 {
			first := d.Subjects[0]
			if sheet.Start.IsZero() || first.Start.Before(sheet.Start) {
				sheet.Start, sheet.End = first.Start, first.End
			}
			subjects[first.Name] = true
		}
	}
	for name := range subjects {
		sheet.Subjects = append(sheet.Subjects, name)
	}
	sort.Strings(sheet.Subjects)
	if err := audit.Record(ctx, s.Client, audit.Entry{Action: "AdmissionTicket.signin_sheet", RecordType: "ExamRoom",
		RecordID: string(roomID), After: map[string]any{"session": sessionCode, "rows": len(ts)}}); err != nil {
		return nil, err
	}
	return render(func(w io.Writer) error { return reports.SignInSheet(w, sheet) })
}

// Path is where a ticket's PDF is served (GET Path + id).
const Path = "/tickets/"

// void refuses the ticket of an exam cancelled in its scope (TICKET_VOID,
// 410 Gone): a printed copy must not get anyone into a closed site.
func (s *Service) void(ctx context.Context, t *ent.AdmissionTicket) error {
	x, err := s.cancelledFor(ctx, t)
	if err != nil || x == nil {
		return err
	}
	return apperr.New(apperr.TicketVoid, "本次考试已取消（"+x.Reason+"），准考证已作废，请勿前往考点；已缴报名费将原路退还")
}

// cancelledFor is the cancellation in force over the ticket's application.
func (s *Service) cancelledFor(ctx context.Context, t *ent.AdmissionTicket) (*ent.Cancellation, error) {
	app, err := s.Client.Application.Get(sys(ctx), t.ApplicationID)
	if err != nil {
		return nil, err
	}
	return cancellation.InForce(ctx, s.Client, app.SessionID, app.RegionID, app.AreaID)
}
