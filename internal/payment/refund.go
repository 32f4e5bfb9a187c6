package payment

import (
	"context"
	"strconv"
	"strings"

	"github.com/ruankao/ruankao/ent"
	"github.com/ruankao/ruankao/ent/paymentorder"
	"github.com/ruankao/ruankao/ent/schema/pulid"
	"github.com/ruankao/ruankao/internal/apperr"
	"github.com/ruankao/ruankao/internal/apply"
	"github.com/ruankao/ruankao/internal/audit"
	"github.com/ruankao/ruankao/internal/clock"
	"github.com/ruankao/ruankao/internal/enum"
	"github.com/ruankao/ruankao/internal/txn"
	"github.com/ruankao/ruankao/internal/viewer"
)

// maxReason bounds the admin's reason, which the gateway shows the payer.
const maxReason = 80

// Refund returns a paid fee through the gateway, by a region admin with a
// reason (candidates cannot ask: 不支持缓退). Two cases qualify: a payment
// flagged for refund (late, for a closed order, for an application no
// longer payable), and a registration of an exam the office cancelled,
// which then leaves REGISTERED for REFUNDED. Asking again while the
// gateway processes answers with the same refund; it never refunds twice.
func (s *Service) Refund(ctx context.Context, orderID pulid.ID, reason string) (*Result, apperr.Problems, error) {
	ctx = s.ctx(ctx)
	v := viewer.From(ctx)
	if !v.IsStaff() || v.Role != enum.RoleRegionAdmin {
		return nil, nil, apperr.New(apperr.Forbidden, "只有地区管理员可以办理退费")
	}
	var ps apperr.Problems
	reason = strings.TrimSpace(reason)
	switch n := len([]rune(reason)); {
	case n == 0:
		ps.Add(apperr.Required, "请填写退费原因", "reason")
	case n > maxReason:
		ps.Add(apperr.InvalidFormat, "退费原因不能超过80个字", "reason")
	}
	// Read as the admin: an order of another region is not found.
	order, err := s.Client.PaymentOrder.Get(ctx, orderID)
	if ent.IsNotFound(err) {
		return nil, nil, apperr.NotFoundf("缴费订单")
	}
	if err != nil {
		return nil, nil, err
	}
	if ps.Any() {
		return s.result(ctx, order, ps)
	}
	if order.Status == paymentorder.StatusREFUNDED {
		return s.result(ctx, order, nil) // done before: a retried request
	}
	if order.RefundStatus == nil || *order.RefundStatus != paymentorder.RefundStatusPENDING {
		if order, ps, err = s.requestRefund(ctx, order, reason); err != nil || ps.Any() {
			return s.result(ctx, order, ps)
		}
	}
	if s.Refunder == nil {
		return nil, nil, apperr.New(apperr.Forbidden, "当前支付渠道不支持退费")
	}
	if _, err := s.askRefund(ctx, order); err != nil {
		// Recorded as requested; the job asks again with the same number.
		s.log().WarnContext(ctx, "refund request failed", "order", order.OutTradeNo, "err", err.Error())
		ps.Add(apperr.GatewayUnavailable, "退费已登记，支付平台暂时无法访问，系统将自动重试", "orderId")
	}
	return s.result(ctx, order, ps)
}

// requestRefund records the request (number, reason, who) before the
// gateway is asked, so that a crash in between leaves a request the job
// finishes, not a refund nobody knows about.
func (s *Service) requestRefund(ctx context.Context, order *ent.PaymentOrder, reason string) (*ent.PaymentOrder, apperr.Problems, error) {
	var ps apperr.Problems
	var out *ent.PaymentOrder
	err := txn.Run(ctx, s.Client, func(ctx context.Context, c *ent.Client) error {
		o, err := c.PaymentOrder.Get(ctx, order.ID)
		if err != nil {
			return err
		}
		app, err := c.Application.Get(viewer.SystemContext(ctx), o.ApplicationID)
		if err != nil {
			return err
		}
		cancelled := !o.RefundDue && app.Status == enum.StatusRegistered
		if o.Status != paymentorder.StatusPAID || !(o.RefundDue || cancelled) {
			ps.Add(apperr.WrongState, "该订单不能退费：只有标记待退费的缴费，或报名成功后考试取消的缴费可以退费", "orderId")
			out = o
			return nil
		}
		attempt := 1
		if o.RefundNo != nil {
			attempt = refundAttempt(*o.RefundNo) + 1
		}
		no := RefundNo(o.OutTradeNo, attempt)
		out, err = c.PaymentOrder.UpdateOneID(o.ID).Where(paymentorder.StatusEQ(paymentorder.StatusPAID)).
			SetRefundNo(no).SetRefundStatus(paymentorder.RefundStatusPENDING).SetRefundReason(reason).
			SetRefundedByID(viewer.From(ctx).ID).Save(ctx)
		if err != nil {
			return err
		}
		return audit.Record(ctx, c, audit.Entry{Action: "payment.refund_requested", RecordType: "PaymentOrder",
			RecordID: string(o.ID), RegionID: app.RegionID,
			After: map[string]any{"refundNo": no, "reason": reason, "amountFen": o.AmountFen, "cancelledExam": cancelled}})
	})
	return out, ps, err
}

// askRefund asks the gateway for the order's recorded refund (the same
// number each time) and records the answer; it returns whether the refund
// reached an end.
func (s *Service) askRefund(ctx context.Context, order *ent.PaymentOrder) (bool, error) {
	r, err := s.Refunder.Refund(ctx, RefundRequest{OrderNo: order.OutTradeNo, RefundNo: *order.RefundNo,
		Reason: derefOr(order.RefundReason, "退费"), AmountFen: order.AmountFen, TotalFen: order.AmountFen})
	if err != nil {
		return false, err
	}
	switch r.Status {
	case RefundSucceeded:
		return true, s.refunded(ctx, order, r)
	case RefundFailed:
		return true, txn.Run(viewer.SystemContext(ctx), s.Client, func(ctx context.Context, c *ent.Client) error {
			if err := c.PaymentOrder.UpdateOneID(order.ID).SetRefundStatus(paymentorder.RefundStatusFAILED).Exec(ctx); err != nil {
				return err
			}
			return audit.Record(ctx, c, audit.Entry{Action: "payment.refund_failed", RecordType: "PaymentOrder",
				RecordID: string(order.ID), RegionID: s.regionOf(ctx, c, order),
				After: map[string]any{"refundNo": *order.RefundNo, "gatewayState": r.ProviderState}})
		})
	}
	return false, nil
}

// refunded records a refund the gateway made; a registration of a cancelled
// exam becomes REFUNDED, by the admin who asked.
func (s *Service) refunded(ctx context.Context, order *ent.PaymentOrder, r Refund) error {
	return txn.Run(viewer.SystemContext(ctx), s.Client, func(ctx context.Context, c *ent.Client) error {
		n, err := c.PaymentOrder.Update().Where(paymentorder.ID(order.ID), paymentorder.StatusEQ(paymentorder.StatusPAID)).
			SetStatus(paymentorder.StatusREFUNDED).SetRefundStatus(paymentorder.RefundStatusSUCCEEDED).
			SetRefundedAt(nonZero(r.SucceededAt, clock.Now(ctx))).SetGatewayState("REFUND").Save(ctx)
		if err != nil || n == 0 {
			return err
		}
		app, err := c.Application.Get(ctx, order.ApplicationID)
		if err != nil {
			return err
		}
		if !order.RefundDue && app.Status == enum.StatusRegistered {
			actx := ctx
			if order.RefundedByID != nil {
				actx = viewer.With(ctx, viewer.Viewer{Kind: viewer.Staff, ID: *order.RefundedByID,
					Role: enum.RoleRegionAdmin, RegionID: app.RegionID})
			}
			if _, err := apply.Refunded(actx, c, app, "考试取消，报名费已退还："+derefOr(order.RefundReason, "")); err != nil {
				return err
			}
		}
		return audit.Record(ctx, c, audit.Entry{Action: "payment.refunded", RecordType: "PaymentOrder",
			RecordID: string(order.ID), RegionID: app.RegionID,
			After: map[string]any{"refundNo": derefOr(order.RefundNo, ""), "amountFen": order.AmountFen, "providerRefundId": r.ProviderRefundID}})
	})
}

func (s *Service) regionOf(ctx context.Context, c *ent.Client, order *ent.PaymentOrder) pulid.ID {
	app, err := c.Application.Get(ctx, order.ApplicationID)
	if err != nil {
		return ""
	}
	return app.RegionID
}

// result answers with the order and its application as the caller sees them.
func (s *Service) result(ctx context.Context, order *ent.PaymentOrder, ps apperr.Problems) (*Result, apperr.Problems, error) {
	sys := viewer.SystemContext(ctx)
	o, err := s.Client.PaymentOrder.Get(sys, order.ID)
	if err != nil {
		return nil, nil, err
	}
	app, err := s.Client.Application.Get(sys, o.ApplicationID)
	if err != nil {
		return nil, nil, err
	}
	return &Result{app, o}, ps, nil
}

func refundAttempt(no string) int {
	if i := strings.LastIndexByte(no, '-'); i >= 0 {
		if n, err := strconv.Atoi(no[i+1:]); err == nil {
			return n
		}
	}
	return 1
}

func derefOr(p *string, def string) string {
	if p == nil {
		return def
	}
	return *p
}

func nonZero[T comparable](v, def T) T {
	var zero T
	if v == zero {
		return def
	}
	return v
}

// RefundCancelled refunds one paid registration of an exam the office
// cancelled, for the cancellation job (internal/cancellation), through the
// same path as Refund: the request recorded first (refund number, reason,
// the admin in ctx who confirmed the cancellation), then the gateway asked
// outside any transaction, the same number on every retry. The caller has
// checked the admin may act in the region. It reports whether the refund
// reached an end at the gateway (succeeded, or failed for an admin to look
// at); an order refunded before answers true at once.
func (s *Service) RefundCancelled(ctx context.Context, orderID pulid.ID, reason string) (bool, error) {
	ctx = s.ctx(ctx)
	order, err := s.Client.PaymentOrder.Get(viewer.SystemContext(ctx), orderID)
	if err != nil {
		return false, err
	}
	if order.Status == paymentorder.StatusREFUNDED {
		return true, nil
	}
	if s.Refunder == nil {
		return false, apperr.New(apperr.Forbidden, "当前支付渠道不支持退费")
	}
	if order.RefundStatus == nil || *order.RefundStatus != paymentorder.RefundStatusPENDING {
		var ps apperr.Problems
		if order, ps, err = s.requestRefund(ctx, order, reason); err != nil {
			return false, err
		}
		if ps.Any() {
			return false, apperr.New(ps[0].Code, ps[0].Message)
		}
	}
	return s.askRefund(ctx, order)
}
