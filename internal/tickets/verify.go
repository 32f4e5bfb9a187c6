package tickets

import (
	"context"
	"errors"
	"slices"
	"time"

	"github.com/ruankao/ruankao/ent"
	"github.com/ruankao/ruankao/ent/admissionticket"
	"github.com/ruankao/ruankao/internal/apperr"
	"github.com/ruankao/ruankao/internal/audit"
	"github.com/ruankao/ruankao/internal/cancellation"
	"github.com/ruankao/ruankao/internal/catalog"
	"github.com/ruankao/ruankao/internal/clock"
	"github.com/ruankao/ruankao/internal/enum"
	"github.com/ruankao/ruankao/internal/ticketsig"
	"github.com/ruankao/ruankao/internal/viewer"
)

// Results of a door check.
const (
	CheckValid        = "VALID"
	CheckForged       = "FORGED"        // not a token we signed, or altered
	CheckExpired      = "EXPIRED"       // after the session's last exam day
	CheckOtherSession = "OTHER_SESSION" // signed for another session
	CheckOtherRegion  = "OTHER_REGION"  // a ticket of another region
	CheckOtherSite    = "OTHER_SITE"    // not a site this staff member checks
	CheckNoSuchTicket = "NO_SUCH_TICKET"
	CheckCancelled    = "CANCELLED" // the exam was cancelled in the ticket's scope (force majeure)
)

var checkMessages = map[string]string{
	CheckValid: "准考证有效", CheckForged: "二维码无效（伪造或被篡改）", CheckExpired: "准考证已过期",
	CheckOtherSession: "不是本次考试的准考证", CheckOtherRegion: "不是本地区的准考证", CheckOtherSite: "不是本考点的考生",
	CheckNoSuchTicket: "准考证已失效（考场已调整或报名已变更）",
	CheckCancelled:    "本次考试已取消，准考证作废",
}

// Check is a door check's answer: the candidate's name, photo and seat
// when valid, only the reason otherwise.
type Check struct {
	Result, Message string
	Ticket          *ent.AdmissionTicket
	Application     *ent.Application
	SiteName, Room  string
}

// Verify checks a ticket's QR token at the door, for exam staff of the
// ticket's region (and site, when their account names sites) and the
// region's admins; every check is audited, whatever its result.
func (s *Service) Verify(ctx context.Context, token, sessionCode string) (*Check, error) {
	ctx = s.ctx(ctx)
	v := viewer.From(ctx)
	if !v.IsStaff() || (v.Role != enum.RoleExamStaff && v.Role != enum.RoleRegionAdmin && v.Role != enum.RoleNationalAdmin) {
		return nil, apperr.New(apperr.Forbidden, "只有考务人员和管理员可以核验准考证")
	}
	c, err := s.check(ctx, v, token, sessionCode)
	if err != nil {
		return nil, err
	}
	c.Message = checkMessages[c.Result]
	entry := audit.Entry{Action: "AdmissionTicket.verify", RecordType: "AdmissionTicket", After: map[string]any{"result": c.Result}}
	if c.Ticket != nil {
		entry.RecordID = string(c.Ticket.ID)
		entry.After["ticketNumber"] = c.Ticket.TicketNumber
	}
	if err := audit.Record(ctx, s.Client, entry); err != nil {
		return nil, err
	}
	return c, nil
}

func (s *Service) check(ctx context.Context, v viewer.Viewer, token, sessionCode string) (*Check, error) {
	verifier := &ticketsig.Verifier{Keys: s.Verifier.Keys, Now: func() time.Time { return clock.Now(ctx) }}
	claims, err := verifier.Verify(token)
	switch {
	case errors.Is(err, ticketsig.ErrExpired):
		return &Check{Result: CheckExpired}, nil
	case err != nil:
		return &Check{Result: CheckForged}, nil
	case claims.Session != sessionCode:
		return &Check{Result: CheckOtherSession}, nil
	}
	cat, sysCtx := catalog.From(ctx), sys(ctx)
	if v.RegionID != "" {
		r, err := cat.Region(sysCtx, s.Client, v.RegionID)
		if err != nil {
			return nil, err
		}
		if r.Code != claims.Region {
			return &Check{Result: CheckOtherRegion}, nil
		}
	}
	t, err := s.Client.AdmissionTicket.Query().Where(admissionticket.TicketNumber(claims.TicketNo)).Only(sysCtx)
	if ent.IsNotFound(err) {
		return &Check{Result: CheckNoSuchTicket}, nil
	}
	if err != nil {
		return nil, err
	}
	room, err := s.Client.ExamRoom.Get(sysCtx, t.RoomID)
	if err != nil {
		return nil, err
	}
	if string(t.ApplicationID) != claims.ApplicationID || string(t.SiteID) != claims.SiteID || room.Code != claims.Room || t.Seat != claims.Seat {
		return &Check{Result: CheckNoSuchTicket}, nil // moved since it was printed
	}
	if v.Role == enum.RoleExamStaff {
		u, err := s.Client.StaffUser.Get(sysCtx, v.ID)
		if err != nil {
			return nil, err
		}
		if len(u.SiteIds) > 0 && !slices.Contains(u.SiteIds, t.SiteID) {
			return &Check{Result: CheckOtherSite, Ticket: t}, nil
		}
	}
	app, err := s.Client.Application.Get(sysCtx, t.ApplicationID)
	if err != nil {
		return nil, err
	}
	if x, err := cancellation.InForce(ctx, s.Client, app.SessionID, app.RegionID, app.AreaID); err != nil {
		return nil, err
	} else if x != nil {
		return &Check{Result: CheckCancelled, Ticket: t}, nil
	}
	site, err := s.Client.ExamSite.Get(sysCtx, t.SiteID)
	if err != nil {
		return nil, err
	}
	return &Check{Result: CheckValid, Ticket: t, Application: app, SiteName: site.Name, Room: room.Code}, nil
}
