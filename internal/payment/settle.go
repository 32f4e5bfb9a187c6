package payment

import (
	"context"
	"errors"
	"fmt"

	"github.com/ruankao/ruankao/ent"
	"github.com/ruankao/ruankao/ent/application"
	"github.com/ruankao/ruankao/ent/paymentorder"
	"github.com/ruankao/ruankao/internal/apperr"
	"github.com/ruankao/ruankao/internal/apply"
	"github.com/ruankao/ruankao/internal/audit"
	"github.com/ruankao/ruankao/internal/catalog"
	"github.com/ruankao/ruankao/internal/clock"
	"github.com/ruankao/ruankao/internal/enum"
	"github.com/ruankao/ruankao/internal/txn"
	"github.com/ruankao/ruankao/internal/viewer"
)

// Refusals of a payment result; each changes nothing and is logged.
var (
	ErrUnknownOrder   = errors.New("payment: no such order of ours")
	ErrAmountMismatch = errors.New("payment: the amount paid is not the order's")
)

// Outcome is what a settlement did.
type Outcome string

const (
	Registered     Outcome = "REGISTERED"      // the payment registered the application
	FlaggedRefund  Outcome = "FLAGGED_REFUND"  // recorded, cannot register: flagged for an admin's refund
	AlreadySettled Outcome = "ALREADY_SETTLED" // a repeat: nothing changed
	NotPaid        Outcome = "NOT_PAID"        // the gateway says the order is not paid
)

// Settle applies a payment result the gateway gave (a verified notification
// or a query answer) exactly once: the same result twice, or fifty at once,
// makes one transition, one audit entry and one receipt number. via names
// the source for the audit ("notify", "query", "poll").
func (s *Service) Settle(ctx context.Context, t Transaction, via string) (Outcome, error) {
	if !ValidOrderNo(t.OrderNo) {
		return "", ErrUnknownOrder
	}
	ctx = viewer.SystemContext(s.ctx(ctx))
	var out Outcome
	var wasLive bool
	var err error
	// A concurrent move of the application (a lapse on another instance)
	// makes the transition's version check fail; the retry sees it.
	for range 3 {
		err = txn.Run(ctx, s.Client, func(ctx context.Context, c *ent.Client) (err error) {
			out, wasLive, err = settle(ctx, c, t, via)
			return err
		})
		if e, ok := apperr.As(err); !ok || e.Code != apperr.Conflict {
			break
		}
	}
	if err == nil && out != NotPaid {
		s.polls.Delete(t.OrderNo)
	}
	// Another live order can exist only beside one we had closed (the
	// database allows one live order): then it must not be paid too.
	if err == nil && out == Registered && !wasLive {
		s.retireOthers(ctx, t.OrderNo)
	}
	return out, err
}

// retireOthers closes any other live order of the application just
// registered (one made after an order we had closed was paid after all), so
// it cannot be paid too. A failure leaves it to the reconciliation.
func (s *Service) retireOthers(ctx context.Context, paidNo string) {
	paid, err := s.Client.PaymentOrder.Query().Where(paymentorder.OutTradeNo(paidNo)).Only(ctx)
	if err != nil {
		return
	}
	others, err := s.Client.PaymentOrder.Query().Where(paymentorder.ApplicationID(paid.ApplicationID),
		paymentorder.StatusEQ(paymentorder.StatusPENDING)).All(ctx)
	if err != nil {
		return
	}
	for _, o := range others {
		if _, err := s.retire(ctx, o, "settled"); err != nil {
			s.log().WarnContext(ctx, "closing a second live order", "order", o.OutTradeNo, "err", err.Error())
		}
	}
}

// settle is Settle's transaction; wasLive tells whether the order was the
// application's live one.
func settle(ctx context.Context, c *ent.Client, t Transaction, via string) (_ Outcome, wasLive bool, err error) {
	order, err := c.PaymentOrder.Query().Where(paymentorder.OutTradeNo(t.OrderNo)).Only(ctx)
	if ent.IsNotFound(err) {
		return "", false, ErrUnknownOrder
	}
	if err != nil {
		return "", false, err
	}
	out, err := settleOrder(ctx, c, order, t, via)
	return out, order.Status == paymentorder.StatusPENDING, err
}

func settleOrder(ctx context.Context, c *ent.Client, order *ent.PaymentOrder, t Transaction, via string) (Outcome, error) {
	now := clock.Now(ctx)
	if t.Status != StatusPaid {
		// Only the gateway's view changes; retire closes the order when due.
		return NotPaid, c.PaymentOrder.UpdateOne(order).SetGatewayState(t.ProviderState).
			SetGatewayAmountFen(t.AmountFen).SetGatewayCheckedAt(now).Exec(ctx)
	}
	if t.AmountFen != order.AmountFen || (t.Currency != "" && t.Currency != "CNY") {
		return "", fmt.Errorf("%w: order %s wants %d fen, paid %d %s", ErrAmountMismatch, order.OutTradeNo, order.AmountFen, t.AmountFen, t.Currency)
	}
	if order.Status == paymentorder.StatusPAID || order.Status == paymentorder.StatusREFUNDED {
		return AlreadySettled, nil
	}
	// Only what the rules read: the whole row is wide (the form, the ID number).
	app, err := c.Application.Query().Where(application.ID(order.ApplicationID)).
		Select(application.FieldID, application.FieldCandidateID, application.FieldSessionID, application.FieldRegionID,
			application.FieldStatus, application.FieldVersion, application.FieldLapseReason).Only(ctx)
	if err != nil {
		return "", err
	}
	policy, err := catalog.From(ctx).Policy(ctx, c, app.RegionID, app.SessionID)
	if err != nil {
		return "", err
	}
	flag, err := refundReason(ctx, c, order, app, policy, t)
	if err != nil {
		return "", err
	}
	// The guard of exactly once: of concurrent settlements only one finds
	// the order still in the state it read.
	u := c.PaymentOrder.Update().Where(paymentorder.ID(order.ID), paymentorder.StatusEQ(order.Status)).
		SetStatus(paymentorder.StatusPAID).SetPaidAt(t.PaidAt).SetProviderTxnID(t.ProviderTxnID).
		SetReceiptNo(ReceiptNo(order.OutTradeNo)).ClearCodeURL().
		SetGatewayState(t.ProviderState).SetGatewayAmountFen(t.AmountFen).SetGatewayCheckedAt(now)
	if flag != "" {
		u.SetRefundDue(true).SetRefundDueReason(flag)
	}
	n, err := u.Save(ctx)
	if err != nil {
		return "", err
	}
	if n == 0 {
		return AlreadySettled, nil
	}
	out, action := FlaggedRefund, "payment.flagged_for_refund"
	if flag == "" {
		if err := apply.Paid(ctx, c, app, app.Status == enum.StatusLapsed); err != nil {
			return "", err
		}
		out, action = Registered, "payment.settled"
	}
	after := map[string]any{"orderNo": order.OutTradeNo, "amountFen": t.AmountFen, "via": via,
		"paidAt": t.PaidAt.UTC().Format("2006-01-02T15:04:05Z"), "applicationStatus": string(app.Status)}
	if flag != "" {
		after["refundDueReason"] = string(flag)
	}
	return out, audit.Record(ctx, c, audit.Entry{Action: action, RecordType: "PaymentOrder",
		RecordID: string(order.ID), RegionID: app.RegionID, After: after})
}

// refundReason says why a payment cannot register its application, or ""
// when it registers it. A payment counts when it was made before the
// region's deadline (by the gateway's success time), whenever we learn of
// it — even for an order we had closed, if the application still waits for
// its fee or lapsed for the want of it.
func refundReason(ctx context.Context, c *ent.Client, order *ent.PaymentOrder, app *ent.Application,
	policy *ent.RegionPolicy, t Transaction) (paymentorder.RefundDueReason, error) {
	switch {
	case policy == nil || t.PaidAt.After(policy.PaymentClosesAt):
		return paymentorder.RefundDueReasonLATE, nil
	case app.Status == enum.StatusAwaitingPayment:
		return "", nil
	case app.Status == enum.StatusLapsed && app.LapseReason != nil && *app.LapseReason == apply.ReasonPaymentOver:
		// It lapsed while we did not know; it comes back unless the candidate
		// has applied again since (one live application per session).
		again, err := c.Application.Query().Where(application.CandidateID(app.CandidateID),
			application.SessionID(app.SessionID), application.IDNEQ(app.ID),
			application.StatusNotIn(enum.StatusWithdrawn, enum.StatusLapsed)).Exist(ctx)
		if err != nil || !again {
			return "", err
		}
	}
	if order.Status == paymentorder.StatusCLOSED {
		return paymentorder.RefundDueReasonORDER_CLOSED, nil
	}
	return paymentorder.RefundDueReasonNOT_PAYABLE, nil
}
