package payment

import (
	"context"
	"errors"

	"github.com/ruankao/ruankao/ent"
	"github.com/ruankao/ruankao/ent/paymentorder"
	"github.com/ruankao/ruankao/internal/clock"
	"github.com/ruankao/ruankao/internal/viewer"
)

// check asks the gateway about a pending order and settles it when paid.
// ErrOrderNotFound means the gateway never got the order.
func (s *Service) check(ctx context.Context, order *ent.PaymentOrder, via string) (Outcome, error) {
	t, err := s.Gateway.Query(ctx, order.OutTradeNo)
	if err != nil {
		return "", err
	}
	return s.Settle(ctx, t, via)
}

// retire ends a pending order that is past its expiry (or must make way for
// a new one) so that a candidate can never pay twice: ask the gateway; if
// paid, settle; else close it there, and only then here. It returns whether
// the order turned out paid.
func (s *Service) retire(ctx context.Context, order *ent.PaymentOrder, via string) (bool, error) {
	out, err := s.check(ctx, order, via)
	switch {
	case errors.Is(err, ErrOrderNotFound):
		// Never placed (its creation failed on the way): nothing to close there.
	case err != nil:
		return false, err
	case out != NotPaid:
		return true, nil
	default:
		if err := s.Gateway.Close(ctx, order.OutTradeNo); errors.Is(err, ErrOrderPaid) {
			// Paid between our question and the close: learn it and settle.
			out, err := s.check(ctx, order, via)
			return err == nil && out != NotPaid, err
		} else if err != nil && !errors.Is(err, ErrOrderNotFound) {
			return false, err
		}
	}
	sys := viewer.SystemContext(ctx)
	now := clock.Now(ctx)
	err = s.Client.PaymentOrder.Update().
		Where(paymentorder.ID(order.ID), paymentorder.StatusEQ(paymentorder.StatusPENDING)).
		SetStatus(paymentorder.StatusCLOSED).SetClosedAt(now).ClearCodeURL().
		SetGatewayState("CLOSED").SetGatewayCheckedAt(now).Exec(sys)
	s.polls.Delete(order.OutTradeNo)
	return false, err
}
