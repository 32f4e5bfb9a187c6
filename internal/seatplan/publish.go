package seatplan

import (
	"context"
	"github.com/ruankao/ruankao/internal/notify"

	"github.com/ruankao/ruankao/ent"
	"github.com/ruankao/ruankao/ent/schema/pulid"
	"github.com/ruankao/ruankao/ent/seatplanrun"
	"github.com/ruankao/ruankao/internal/apperr"
	"github.com/ruankao/ruankao/internal/audit"
	"github.com/ruankao/ruankao/internal/clock"
	"github.com/ruankao/ruankao/internal/enum"
	"github.com/ruankao/ruankao/internal/store"
	"github.com/ruankao/ruankao/internal/txn"
	"github.com/ruankao/ruankao/internal/viewer"
)

// publishSQL makes a run's staged seats admission tickets in one statement
// (portable SQL: SQLite and PostgreSQL alike). A ticket's id is its stage
// row's ULID under the ticket prefix. Only applications still REGISTERED
// get one; the unique indexes refuse a second ticket for an application or
// a seat, whatever ran concurrently.
const publishSQL = `INSERT INTO admission_tickets
	(id, created_at, updated_at, application_id, session_id, site_id, room_id, seat, ticket_number, plan_run_id)
	SELECT 'AT' || substr(s.id, 3), $1, $1, s.application_id, s.session_id, s.site_id, s.room_id, s.seat, s.ticket_number, s.run_id
	FROM seat_stages s JOIN applications a ON a.id = s.application_id
	WHERE s.run_id = $2 AND a.status = 'REGISTERED'`

// Publish makes a READY run the region's plan: frozen from then on.
func (s *Service) Publish(ctx context.Context, runID pulid.ID) (*ent.SeatPlanRun, apperr.Problems, error) {
	ctx = s.ctx(ctx)
	v := viewer.From(ctx)
	if !v.IsStaff() || (v.Role != enum.RoleRegionAdmin && v.Role != enum.RoleNationalAdmin) {
		return nil, nil, apperr.New(apperr.Forbidden, "只有地区管理员和全国管理员可以发布考场编排")
	}
	// Read as the admin: another region's run is not found.
	run, err := s.Client.SeatPlanRun.Get(ctx, runID)
	if ent.IsNotFound(err) {
		return nil, nil, apperr.NotFoundf("考场编排")
	}
	if err != nil {
		return nil, nil, err
	}
	var ps apperr.Problems
	if run.Status == seatplanrun.StatusPUBLISHED {
		return run, nil, nil // a retried request
	}
	if run.Status != seatplanrun.StatusREADY {
		ps.Add(apperr.WrongState, "只有编排完成（READY）的方案可以发布", "runId")
		return run, ps, nil
	}
	sys := viewer.SystemContext(ctx)
	sess, err := s.Client.ExamSession.Get(sys, run.SessionID)
	if err != nil {
		return nil, nil, err
	}
	sc := &scope{session: sess, region: &ent.Region{ID: run.RegionID}}
	var published int64
	err = txn.Run(sys, s.Client, func(ctx context.Context, c *ent.Client) error {
		if out, err := s.publishedIn(ctx, c, sc); err != nil || out {
			if out {
				ps.Add(apperr.WrongState, "本地区本次考试的考场编排已发布", "runId")
			}
			return err
		}
		res, err := c.ExecContext(ctx, store.Rebind(s.Dialect, publishSQL), clock.Now(ctx), string(run.ID))
		if err != nil {
			return err
		}
		if published, err = res.RowsAffected(); err != nil {
			return err
		}
		now := clock.Now(ctx)
		if err := c.SeatPlanRun.UpdateOneID(run.ID).SetStatus(seatplanrun.StatusPUBLISHED).SetPublishedAt(now).
			SetPublishedByID(v.ID).Exec(ctx); err != nil {
			return err
		}
		if err := c.SeatPlanRun.Update().Where(seatplanrun.SessionID(run.SessionID), seatplanrun.RegionID(run.RegionID),
			seatplanrun.IDNEQ(run.ID), seatplanrun.StatusEQ(seatplanrun.StatusREADY)).
			SetStatus(seatplanrun.StatusSUPERSEDED).Exec(ctx); err != nil {
			return err
		}
		if err := notify.Fan(ctx, c, notify.Broadcast{Kind: notify.TicketReady, Session: run.SessionID,
			Region: &run.RegionID, Key: "TICKET_READY:" + string(run.ID)}); err != nil {
			return err
		}
		return audit.Record(viewer.With(ctx, v), c, audit.Entry{Action: "seatplan.publish", RecordType: "SeatPlanRun",
			RecordID: string(run.ID), RegionID: run.RegionID, After: map[string]any{"tickets": published, "seed": run.Seed,
				"inputsDigest": run.InputsDigest}})
	})
	if err != nil || ps.Any() {
		return run, ps, err
	}
	run, err = s.Client.SeatPlanRun.Get(sys, run.ID)
	return run, nil, err
}

func (s *Service) publishedIn(ctx context.Context, c *ent.Client, sc *scope) (bool, error) {
	return (&Service{Client: c}).published(ctx, sc)
}
