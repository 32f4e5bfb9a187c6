package payment

import (
	"context"

	"github.com/ruankao/ruankao/ent/paymentorder"
	"github.com/ruankao/ruankao/ent/schema/pulid"
	"github.com/ruankao/ruankao/internal/apperr"
	"github.com/ruankao/ruankao/internal/clock"
)

// Refresh is the candidate's poll while the QR code is shown: it asks the
// gateway about the pending order (at most every few seconds per order), so
// a payment whose notification is late or lost still registers at once.
// A gateway that does not answer is not the candidate's problem here: the
// answer is what we know.
func (s *Service) Refresh(ctx context.Context, appID pulid.ID) (*Result, apperr.Problems, error) {
	ctx = s.ctx(ctx)
	res, _, err := s.reread(ctx, appID)
	if err != nil {
		return nil, nil, err
	}
	o := res.Order
	if o == nil || o.Status != paymentorder.StatusPENDING || !s.pollDue(o.OutTradeNo, clock.Now(ctx)) {
		return res, nil, nil
	}
	var gwErr error
	if o.ExpiresAt.After(clock.Now(ctx)) {
		_, gwErr = s.check(ctx, o, "poll")
	} else {
		_, gwErr = s.retire(ctx, o, "poll")
	}
	if gwErr != nil {
		s.log().WarnContext(ctx, "payment query on poll failed", "order", o.OutTradeNo, "err", gwErr.Error())
		return res, nil, nil
	}
	return s.reread(ctx, appID)
}
