package payment

import (
	"errors"
	"net/http"

	"github.com/ruankao/ruankao/internal/reqid"
)

// Routes of the payment service: NotifyPath + provider name takes the
// gateway's notifications; ReceiptPath + order id serves receipts.
const (
	NotifyPath  = "/pay/notify/"
	ReceiptPath = "/receipts/"
)

// MaxNotifyBytes bounds a notification body; real ones are about 1 KB.
const MaxNotifyBytes = 64 << 10

// NotifyHandler takes the gateway's payment notifications: verified and
// decrypted by the provider, then settled exactly once. A refused one is
// logged with the request id and the reason — never the keys or the body —
// and answered as the provider expects, so that it retries what may later
// succeed.
func (s *Service) NotifyHandler() http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		ctx := r.Context()
		// One byte over the limit lets the provider tell "too large" from a cut body.
		r.Body = http.MaxBytesReader(w, r.Body, MaxNotifyBytes+1)
		t, err := s.Gateway.ParseNotification(r)
		if err != nil {
			s.log().WarnContext(ctx, "payment notification refused", "request_id", reqid.From(ctx), "reason", err.Error())
			s.Gateway.AnswerNotification(w, err)
			return
		}
		out, err := s.Settle(ctx, t, "notify")
		switch {
		case errors.Is(err, ErrUnknownOrder), errors.Is(err, ErrAmountMismatch):
			s.log().WarnContext(ctx, "payment notification refused", "request_id", reqid.From(ctx), "order", t.OrderNo, "reason", err.Error())
		case err != nil:
			s.log().ErrorContext(ctx, "payment notification not settled", "request_id", reqid.From(ctx), "order", t.OrderNo, "err", err.Error())
		case out == FlaggedRefund:
			s.log().WarnContext(ctx, "payment flagged for refund", "request_id", reqid.From(ctx), "order", t.OrderNo)
		}
		s.Gateway.AnswerNotification(w, err)
	})
}
