package wxsim_test

import (
	"context"
	"errors"
	"testing"

	"github.com/ruankao/ruankao/internal/payment"
	"github.com/ruankao/ruankao/internal/payment/wechatpay"
)

func TestRefund(t *testing.T) {
	r := newRig(t, 1)
	ns, ch := notifyServer(t, r.client)
	ctx := context.Background()
	req := payment.RefundRequest{OrderNo: "RK0000000008", RefundNo: "RF0000000008", Reason: "考试取消", AmountFen: 9800, TotalFen: 9800}
	if _, err := r.client.CreateCodeURLOrder(ctx, order("RK0000000008", ns.URL)); err != nil {
		t.Fatal(err)
	}
	var apiErr *wechatpay.APIError
	if _, err := r.client.Refund(ctx, req); !errors.As(err, &apiErr) || apiErr.Code != "INVALID_REQUEST" {
		t.Fatalf("refunding an unpaid order: %v", err)
	}
	if err := r.sim.Pay("RK0000000008"); err != nil {
		t.Fatal(err)
	}
	next(t, ch)
	got, err := r.client.Refund(ctx, req)
	if err != nil || got.Status != payment.RefundSucceeded || got.AmountFen != 9800 || got.ProviderRefundID == "" || got.SucceededAt.IsZero() {
		t.Fatalf("refund: %+v %v", got, err)
	}
	again, err := r.client.Refund(ctx, req)
	if err != nil || again != got {
		t.Fatalf("a retried refund is the same refund: %+v %v", again, err)
	}
	second := req
	second.RefundNo = "RF0000000009"
	second.AmountFen = 1
	if _, err := r.client.Refund(ctx, second); !errors.As(err, &apiErr) || apiErr.Code != "INVALID_REQUEST" {
		t.Fatalf("refunding more than was paid: %v", err)
	}
	if q, err := r.client.Query(ctx, "RK0000000008"); err != nil || q.Status != payment.StatusRefunded {
		t.Fatalf("query after refund: %+v %v", q, err)
	}
	if err := r.client.Close(ctx, "RK0000000008"); !errors.Is(err, wechatpay.ErrOrderPaid) {
		t.Fatalf("closing a refunded order: %v", err)
	}
}
