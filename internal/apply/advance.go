package apply

import (
	"context"
	"fmt"
	"time"

	"github.com/ruankao/ruankao/ent"
	"github.com/ruankao/ruankao/ent/application"
	"github.com/ruankao/ruankao/ent/regionpolicy"
	"github.com/ruankao/ruankao/ent/schema/pulid"
	"github.com/ruankao/ruankao/ent/statechange"
	"github.com/ruankao/ruankao/internal/civil"
	"github.com/ruankao/ruankao/internal/clock"
	"github.com/ruankao/ruankao/internal/enum"
	"github.com/ruankao/ruankao/internal/viewer"
)

// Lapse reasons, shown to the candidate in the state history.
const (
	ReasonWindowClosed    = "报名时间已结束，未提交的草稿已失效"
	ReasonCorrectionOver  = "修改截止时间已过，审核未通过的报名已失效"
	ReasonPaymentOver     = "缴费截止时间已过，未缴费的报名已失效"
	ReasonReviewAfterOpen = "报名已结束，进入资格审核"
)

// Advance makes the moves that time has made due for one application, in the
// caller's transaction: a read or write of one application always sees it
// current, whatever the job has or has not done yet.
func Advance(ctx context.Context, client *ent.Client, app *ent.Application) (*ent.Application, error) {
	st, err := loadSetting(ctx, client, app.SessionID, app.RegionID)
	if err != nil || st.Policy == nil {
		return app, err
	}
	return advance(ctx, client, app, st)
}

// AdvanceAll makes the due moves of many applications in the caller's
// transaction, reading each region's setting once: the job's batches stay a
// few statements per application, so they hold the write lock briefly.
// It returns how many moved.
func AdvanceAll(ctx context.Context, client *ent.Client, ids []pulid.ID) (int, error) {
	apps, err := client.Application.Query().Where(application.IDIn(ids...)).All(ctx)
	if err != nil {
		return 0, err
	}
	settings := map[[2]pulid.ID]*setting{}
	moved := 0
	for _, app := range apps {
		key := [2]pulid.ID{app.SessionID, app.RegionID}
		st, ok := settings[key]
		if !ok {
			if st, err = loadSetting(ctx, client, app.SessionID, app.RegionID); err != nil {
				return moved, err
			}
			settings[key] = st
		}
		if st.Policy == nil {
			continue
		}
		after, err := advance(ctx, client, app, st)
		if err != nil {
			return moved, fmt.Errorf("application %s: %w", app.ID, err)
		}
		if after.Status != app.Status {
			moved++
		}
	}
	return moved, nil
}

// Due reports whether time has made a move due for app, reading only: a
// read request opens a write transaction for Advance only when it is.
func Due(ctx context.Context, client *ent.Client, app *ent.Application) (bool, error) {
	if !movesWithClock(app.Status) {
		return false, nil
	}
	p, err := client.RegionPolicy.Query().
		Where(regionpolicy.RegionID(app.RegionID), regionpolicy.SessionID(app.SessionID)).Only(viewer.SystemContext(ctx))
	if ent.IsNotFound(err) {
		return false, nil
	}
	if err != nil {
		return false, err
	}
	return DueUnder(ctx, app, p), nil
}

// DueUnder is Due with the region's policy for the session already at hand
// (nil when the region has none).
func DueUnder(ctx context.Context, app *ent.Application, p *ent.RegionPolicy) bool {
	if p == nil || !movesWithClock(app.Status) {
		return false
	}
	return !clock.Now(ctx).Before(*dueBy(app.Status, p))
}

// movesWithClock tells, before reading any policy, whether a status can move by itself.
func movesWithClock(s enum.ApplicationStatus) bool { return dueBy(s, &ent.RegionPolicy{}) != nil }

// dueBy is the one rule of time-driven moves: the instant from which an
// application in status s moves by itself, or nil when it never does.
func dueBy(s enum.ApplicationStatus, p *ent.RegionPolicy) *time.Time {
	switch s {
	case enum.StatusDraft, enum.StatusSubmitted:
		return &p.RegistrationClosesAt
	case enum.StatusRejected:
		return &p.CorrectionClosesAt
	case enum.StatusAwaitingPayment:
		return &p.PaymentClosesAt
	}
	return nil
}

func advance(ctx context.Context, client *ent.Client, app *ent.Application, st *setting) (*ent.Application, error) {
	p := st.Policy
	if at := dueBy(app.Status, p); at == nil || clock.Now(ctx).Before(*at) {
		return app, nil
	}
	switch app.Status {
	case enum.StatusDraft:
		return move(ctx, client, app, st, EvWindowCloses, ReasonWindowClosed, nil)
	case enum.StatusSubmitted:
		cal, err := calendar(ctx, client)
		if err != nil {
			return nil, err
		}
		closed := p.RegistrationClosesAt
		deadline := cal.Deadline(civil.In(closed, clock.Shanghai), p.ReviewWorkingDays, clock.Shanghai)
		return move(ctx, client, app, st, EvReviewOpens, ReasonReviewAfterOpen, func(u *ent.ApplicationUpdateOne) {
			u.SetReviewStartedAt(closed).SetReviewDeadlineAt(deadline)
		})
	case enum.StatusRejected:
		return move(ctx, client, app, st, EvLapse, ReasonCorrectionOver, nil)
	default: // awaiting payment
		if wait, err := awaitsGateway(ctx, client, app); err != nil || wait {
			return app, err
		}
		return move(ctx, client, app, st, EvLapse, ReasonPaymentOver, nil)
	}
}

// move applies one transition made by the clock, recorded as the system's.
func move(ctx context.Context, client *ent.Client, app *ent.Application, st *setting, ev Event, reason string, extra func(*ent.ApplicationUpdateOne)) (*ent.Application, error) {
	return transition(viewer.SystemContext(ctx), client, app, st, ev, statechange.ActorKindSYSTEM, reason, extra)
}

// transition is the only writer of an application's status: it asks the
// machine, updates the row if its version is unchanged, and records the move.
func transition(ctx context.Context, client *ent.Client, app *ent.Application, st *setting, ev Event,
	actor statechange.ActorKind, reason string, extra func(*ent.ApplicationUpdateOne)) (*ent.Application, error) {
	to, err := Next(app.Status, ev, st.facts())
	if err != nil {
		return nil, err
	}
	u := client.Application.UpdateOneID(app.ID).Where(application.Version(app.Version))
	setMove(u.Mutation(), app, to, reason, clock.Now(ctx))
	if extra != nil {
		extra(u)
	}
	updated, err := u.Save(ctx)
	if ent.IsNotFound(err) {
		return nil, errConflict
	}
	if err != nil {
		return nil, err
	}
	if err := record(ctx, client, app, to, actor, reason); err != nil {
		return nil, err
	}
	return updated, announce(ctx, client, app, to, ev, st, reason)
}

// transitionBlind is transition for a caller that does not need the row
// back (a payment's settlement, on its hot path): one UPDATE, no re-read.
func transitionBlind(ctx context.Context, client *ent.Client, app *ent.Application, st *setting, ev Event,
	actor statechange.ActorKind, reason string, extra func(*ent.ApplicationMutation)) error {
	to, err := Next(app.Status, ev, st.facts())
	if err != nil {
		return err
	}
	u := client.Application.Update().Where(application.ID(app.ID), application.Version(app.Version))
	setMove(u.Mutation(), app, to, reason, clock.Now(ctx))
	if extra != nil {
		extra(u.Mutation())
	}
	n, err := u.Save(ctx)
	if err != nil {
		return err
	}
	if n == 0 {
		return errConflict
	}
	if err := record(ctx, client, app, to, actor, reason); err != nil {
		return err
	}
	return announce(ctx, client, app, to, ev, st, reason)
}

// setMove writes the move's status, version and instants.
func setMove(m *ent.ApplicationMutation, app *ent.Application, to enum.ApplicationStatus, reason string, now time.Time) {
	m.SetStatus(to)
	m.SetVersion(app.Version + 1)
	switch to {
	case enum.StatusWithdrawn, enum.StatusLapsed:
		m.SetClosedAt(now)
		if to == enum.StatusLapsed {
			m.SetLapseReason(reason)
		}
	case enum.StatusRegistered:
		m.SetRegisteredAt(now)
	}
}

// record files the move in the application's history.
func record(ctx context.Context, client *ent.Client, app *ent.Application, to enum.ApplicationStatus,
	actor statechange.ActorKind, reason string) error {
	c := client.StateChange.Create().SetApplicationID(app.ID).SetFromStatus(app.Status).SetToStatus(to).
		SetActorKind(actor).SetReason(reason)
	hctx := ctx
	switch v := viewer.From(ctx); v.Kind {
	case viewer.Staff:
		c.SetStaffID(v.ID)
	case viewer.Candidate:
		// The UPDATE above reached the row only through the candidate's
		// privacy filter: their history row needs no second look.
		hctx = viewer.SystemContext(ctx)
	}
	return c.Exec(hctx)
}
