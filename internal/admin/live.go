package admin

import (
	"context"
	"time"

	"entgo.io/ent/dialect/sql"

	"github.com/ruankao/ruankao/ent"
	"github.com/ruankao/ruankao/ent/admissionticket"
	"github.com/ruankao/ruankao/ent/application"
	"github.com/ruankao/ruankao/ent/examsession"
	"github.com/ruankao/ruankao/ent/predicate"
	"github.com/ruankao/ruankao/ent/schema/pulid"
	"github.com/ruankao/ruankao/internal/authz"
	"github.com/ruankao/ruankao/internal/civil"
	"github.com/ruankao/ruankao/internal/clock"
	"github.com/ruankao/ruankao/internal/enum"
	"github.com/ruankao/ruankao/internal/viewer"
)

// What a change may break is counted by the system, whatever the admin may
// read: the answer is about the data, not about the viewer.
//
// Only sessions whose exam is not over count (their last exam day is today or
// later, in Asia/Shanghai): an application registered for an exam already held
// is history, and an area, room or qualification may be retired after it.

func notOver(now time.Time) predicate.ExamSession {
	return examsession.LastExamDayGTE(civil.In(now, clock.Shanghai))
}

// live keeps applications that still count (conventions: any state but
// WITHDRAWN and LAPSED) for an exam not yet over.
func live(now time.Time) []predicate.Application {
	return []predicate.Application{
		authz.LiveApplication(),
		application.HasSessionWith(notOver(now)),
	}
}

// LiveApplications counts the live applications matching preds.
func LiveApplications(ctx context.Context, client *ent.Client, now time.Time, preds ...predicate.Application) (int, error) {
	return client.Application.Query().Where(append(live(now), preds...)...).Count(viewer.SystemContext(ctx))
}

// LevelsInUseOutside lists the levels of live applications in an area that
// the given levels would no longer accept.
func LevelsInUseOutside(ctx context.Context, client *ent.Client, now time.Time, areaID pulid.ID, levels []enum.Level) ([]enum.Level, error) {
	var out []enum.Level
	for _, l := range []enum.Level{enum.LevelJunior, enum.LevelIntermediate, enum.LevelSenior} {
		if Accepts(levels, l) {
			continue
		}
		n, err := LiveApplications(ctx, client, now, application.AreaID(areaID), application.LevelEQ(l))
		if err != nil {
			return nil, err
		}
		if n > 0 {
			out = append(out, l)
		}
	}
	return out, nil
}

// Accepts reports whether an area with these levels accepts a level; an area
// without levels accepts every level (as ExamArea.acceptsLevel says).
func Accepts(levels []enum.Level, l enum.Level) bool {
	if len(levels) == 0 {
		return true
	}
	for _, x := range levels {
		if x == l {
			return true
		}
	}
	return false
}

func tickets(now time.Time, preds ...predicate.AdmissionTicket) []predicate.AdmissionTicket {
	return append(preds, ticketSessionWith(notOver(now)))
}

// ticketSessionWith is what HasSessionWith would be: a ticket's session_id
// is a plain copy with no edge (ent/schema/admissionticket.go says why).
func ticketSessionWith(ps ...predicate.ExamSession) predicate.AdmissionTicket {
	return func(s *sql.Selector) {
		t := sql.Table(examsession.Table)
		in := sql.Select(t.C(examsession.FieldID)).From(t)
		for _, p := range ps {
			p(in)
		}
		s.Where(sql.In(s.C(admissionticket.FieldSessionID), in))
	}
}

// HighestSeat is the highest seat number assigned in a room on an admission
// ticket of an exam not yet over; 0 when none is.
func HighestSeat(ctx context.Context, client *ent.Client, now time.Time, roomID pulid.ID) (int, error) {
	t, err := client.AdmissionTicket.Query().Where(tickets(now, admissionticket.RoomID(roomID))...).
		Order(ent.Desc(admissionticket.FieldSeat)).First(viewer.SystemContext(ctx))
	if ent.IsNotFound(err) {
		return 0, nil
	}
	if err != nil {
		return 0, err
	}
	return t.Seat, nil
}

// SeatsAssigned counts the seats assigned on admission tickets of exams not
// yet over, in a room or in a site.
func SeatsAssigned(ctx context.Context, client *ent.Client, now time.Time, pred predicate.AdmissionTicket) (int, error) {
	return client.AdmissionTicket.Query().Where(tickets(now, pred)...).Count(viewer.SystemContext(ctx))
}
