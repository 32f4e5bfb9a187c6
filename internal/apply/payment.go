package apply

import (
	"context"

	"github.com/ruankao/ruankao/ent"
	"github.com/ruankao/ruankao/ent/paymentorder"
	"github.com/ruankao/ruankao/ent/schema/pulid"
	"github.com/ruankao/ruankao/ent/statechange"
	"github.com/ruankao/ruankao/internal/clock"
	"github.com/ruankao/ruankao/internal/viewer"
)

// History reasons of the moves a payment makes.
const (
	ReasonPaid         = "报名费已缴纳，报名成功"
	ReasonPaymentFound = "查实缴费截止前已缴费（支付结果晚到），恢复为报名成功"
)

// Paid registers an application whose fee was paid (AWAITING_PAYMENT), or,
// with found set, one that lapsed before we learned of a payment made in
// time. Run in the settlement's transaction, by the system.
// app needs only its id, status, version, session and region.
func Paid(ctx context.Context, client *ent.Client, app *ent.Application, found bool) error {
	st, err := loadSetting(ctx, client, app.SessionID, app.RegionID)
	if err != nil {
		return err
	}
	ev, reason := EvPay, ReasonPaid
	if found {
		ev, reason = EvPaymentFound, ReasonPaymentFound
	}
	return transitionBlind(viewer.SystemContext(ctx), client, app, st, ev, statechange.ActorKindSYSTEM, reason,
		func(m *ent.ApplicationMutation) { m.ClearClosedAt(); m.ClearLapseReason() })
}

// Refunded moves a registration to REFUNDED, by the region admin in ctx.
func Refunded(ctx context.Context, client *ent.Client, app *ent.Application, reason string) (*ent.Application, error) {
	st, err := loadSetting(ctx, client, app.SessionID, app.RegionID)
	if err != nil {
		return nil, err
	}
	return transition(ctx, client, app, st, EvRefund, statechange.ActorKindSTAFF, reason,
		func(u *ent.ApplicationUpdateOne) { u.SetClosedAt(clock.Now(ctx)) })
}

// awaitsGateway: an unpaid application with a live order does not lapse
// until the gateway has been asked about that order (conventions); the
// payment reconciliation asks, settles or closes it, and then it lapses.
func awaitsGateway(ctx context.Context, client *ent.Client, app *ent.Application) (bool, error) {
	return client.PaymentOrder.Query().
		Where(paymentorder.ApplicationID(app.ID), paymentorder.StatusEQ(paymentorder.StatusPENDING)).
		Exist(viewer.SystemContext(ctx))
}

// Current reads one application as the viewer (not found when they may not
// see it) and makes the moves time has made due, in the caller's transaction.
func Current(ctx context.Context, client *ent.Client, id pulid.ID) (*ent.Application, *ent.RegionPolicy, error) {
	app, st, err := load(ctx, client, id)
	if err != nil {
		return nil, nil, err
	}
	return app, st.Policy, nil
}
