package payment

import (
	"context"
	"errors"
	"time"

	"github.com/ruankao/ruankao/ent"
	"github.com/ruankao/ruankao/ent/paymentorder"
	"github.com/ruankao/ruankao/ent/schema/pulid"
	"github.com/ruankao/ruankao/internal/apperr"
	"github.com/ruankao/ruankao/internal/apply"
	"github.com/ruankao/ruankao/internal/cancellation"
	"github.com/ruankao/ruankao/internal/clock"
	"github.com/ruankao/ruankao/internal/enum"
	"github.com/ruankao/ruankao/internal/txn"
	"github.com/ruankao/ruankao/internal/viewer"
)

// reopenMargin: a pending order this close to its expiry is not handed out
// again, since the payer could not finish in time; a new one is made.
const reopenMargin = time.Minute

// Result is an application and its current payment order (nil when none).
type Result struct {
	Application *ent.Application
	Order       *ent.PaymentOrder
}

// Pay gives the candidate an order to pay their application's fee: the live
// order when there is one, else a new one — after an expired order was
// closed at the gateway and found unpaid, so nobody is charged twice. An
// application already paid answers with its paid order (a retried request).
func (s *Service) Pay(ctx context.Context, appID pulid.ID) (*Result, apperr.Problems, error) {
	ctx = s.ctx(ctx)
	for attempt := 0; attempt < 3; attempt++ {
		app, policy, err := s.current(ctx, appID)
		if err != nil {
			return nil, nil, err
		}
		latest, err := s.latestOrder(ctx, app)
		if err != nil {
			return nil, nil, err
		}
		if app.Status == enum.StatusRegistered && latest != nil && latest.Status == paymentorder.StatusPAID {
			return &Result{app, latest}, nil, nil
		}
		if ps := payable(ctx, app, policy); ps.Any() {
			return &Result{app, latest}, ps, nil
		}
		// A cancelled exam takes no more fees (its paid ones are refunded).
		if u, err := cancellation.Refusal(ctx, s.Client, app.SessionID, app.RegionID, app.AreaID, "id"); err != nil {
			return nil, nil, err
		} else if u != nil {
			return &Result{app, latest}, apperr.Problems{u}, nil
		}
		now := clock.Now(ctx)
		if latest != nil && latest.Status == paymentorder.StatusPENDING {
			if latest.ExpiresAt.After(now.Add(reopenMargin)) {
				return s.place(ctx, app, latest)
			}
			paid, err := s.retire(ctx, latest, "pay")
			if err != nil {
				return s.unavailable(ctx, app, latest, err)
			}
			if paid {
				continue // read the application again: the payment registered it
			}
		}
		order, err := s.create(ctx, app, policy, now)
		if ent.IsConstraintError(err) {
			continue // a concurrent request made the live order; use it
		}
		if err != nil {
			return nil, nil, err
		}
		return s.place(ctx, app, order)
	}
	return nil, nil, apperr.New(apperr.Conflict, "缴费订单正在变化，请稍后重试")
}

// current reads the application as the viewer, up to date with the clock.
func (s *Service) current(ctx context.Context, id pulid.ID) (app *ent.Application, policy *ent.RegionPolicy, err error) {
	err = txn.Run(ctx, s.Client, func(ctx context.Context, c *ent.Client) error {
		app, policy, err = apply.Current(ctx, c, id)
		return err
	})
	return app, policy, err
}

// latestOrder is the application's newest order; the viewer could read the
// application, so the system reads its orders.
func (s *Service) latestOrder(ctx context.Context, app *ent.Application) (*ent.PaymentOrder, error) {
	o, err := s.Client.PaymentOrder.Query().Where(paymentorder.ApplicationID(app.ID)).
		Order(ent.Desc(paymentorder.FieldCreatedAt), ent.Desc(paymentorder.FieldID)).First(viewer.SystemContext(ctx))
	if ent.IsNotFound(err) {
		return nil, nil
	}
	return o, err
}

// payable lists why the application cannot be paid now.
func payable(ctx context.Context, app *ent.Application, policy *ent.RegionPolicy) apperr.Problems {
	var ps apperr.Problems
	switch {
	case app.Status != enum.StatusAwaitingPayment:
		ps.Add(apperr.WrongState, app.Status.Label()+"状态的报名不能缴费", "id")
	case app.FeeTotalFen == nil || *app.FeeTotalFen <= 0:
		ps.Add(apperr.WrongState, "该报名无需缴费", "id")
	case policy == nil || !clock.Now(ctx).Before(policy.PaymentClosesAt):
		ps.Add(apperr.WindowClosed, "缴费时间已结束", "id")
	}
	return ps
}

// create records a new live order; the database refuses a second one.
func (s *Service) create(ctx context.Context, app *ent.Application, policy *ent.RegionPolicy, now time.Time) (*ent.PaymentOrder, error) {
	expires := now.Add(s.lifetime())
	if policy.PaymentClosesAt.Before(expires) {
		expires = policy.PaymentClosesAt
	}
	return s.Client.PaymentOrder.Create().SetApplicationID(app.ID).SetOutTradeNo(NewOrderNo(now)).
		SetAmountFen(*app.FeeTotalFen).SetProvider(s.Provider).SetExpiresAt(expires.UTC()).
		Save(viewer.SystemContext(ctx))
}

// place makes sure the gateway holds the order and we hold its code_url.
// Placing an order again with the same number and terms returns the same
// code_url, so a retry after a lost answer is safe.
func (s *Service) place(ctx context.Context, app *ent.Application, order *ent.PaymentOrder) (*Result, apperr.Problems, error) {
	if order.CodeURL != nil {
		return &Result{app, order}, nil, nil
	}
	code, err := s.Gateway.CreateCodeURLOrder(ctx, Order{
		OrderNo: order.OutTradeNo, Description: "计算机技术与软件专业技术资格（水平）考试报名费",
		AmountFen: order.AmountFen, ExpiresAt: order.ExpiresAt, NotifyURL: s.NotifyURL,
	})
	if errors.Is(err, ErrOrderPaid) {
		if _, err := s.check(ctx, order, "pay"); err != nil {
			return s.unavailable(ctx, app, order, err)
		}
		return s.reread(ctx, app.ID)
	}
	if err != nil {
		return s.unavailable(ctx, app, order, err)
	}
	sys := viewer.SystemContext(ctx)
	if err := s.Client.PaymentOrder.Update().Where(paymentorder.ID(order.ID), paymentorder.CodeURLIsNil()).
		SetCodeURL(code).Exec(sys); err != nil {
		return nil, nil, err
	}
	order, err = s.Client.PaymentOrder.Get(sys, order.ID)
	if err != nil {
		return nil, nil, err
	}
	return &Result{app, order}, nil, nil
}

// unavailable answers a gateway failure: the candidate may try again; the
// order stays as it is and the reconciliation finishes what was begun.
func (s *Service) unavailable(ctx context.Context, app *ent.Application, order *ent.PaymentOrder, err error) (*Result, apperr.Problems, error) {
	if ctx.Err() != nil {
		return nil, nil, ctx.Err()
	}
	s.log().WarnContext(ctx, "payment gateway call failed", "order", order.OutTradeNo, "err", err.Error())
	var ps apperr.Problems
	ps.Add(apperr.GatewayUnavailable, "支付平台暂时无法访问，请稍后重试", "id")
	return &Result{app, order}, ps, nil
}

// reread answers with the application and its newest order as they are now.
func (s *Service) reread(ctx context.Context, id pulid.ID) (*Result, apperr.Problems, error) {
	app, _, err := s.current(ctx, id)
	if err != nil {
		return nil, nil, err
	}
	order, err := s.latestOrder(ctx, app)
	if err != nil {
		return nil, nil, err
	}
	return &Result{app, order}, nil, nil
}
