package graph

import (
	"context"

	"github.com/ruankao/ruankao/ent"
	"github.com/ruankao/ruankao/ent/paymentorder"
	"github.com/ruankao/ruankao/graph/model"
	"github.com/ruankao/ruankao/internal/apperr"
	"github.com/ruankao/ruankao/internal/clock"
	"github.com/ruankao/ruankao/internal/files"
	"github.com/ruankao/ruankao/internal/payment"
	"github.com/ruankao/ruankao/internal/viewer"
)

// payments is the payment service, or the answer that none is configured.
func (r *Resolver) payments() (*payment.Service, error) {
	if r.Payments == nil {
		return nil, apperr.New(apperr.Forbidden, "本系统未配置网上缴费渠道")
	}
	return r.Payments, nil
}

func paymentPayload(res *payment.Result, ps apperr.Problems) *model.PaymentPayload {
	out := &model.PaymentPayload{UserErrors: userErrors(ps)}
	if res != nil {
		out.Application, out.Order = res.Application, res.Order
	}
	return out
}

// receiptURL signs the receipt's URL for the viewer, once there is one.
func (r *Resolver) receiptURL(ctx context.Context, o *ent.PaymentOrder) (*files.SignedURL, error) {
	if o.ReceiptNo == nil || (o.Status != paymentorder.StatusPAID && o.Status != paymentorder.StatusREFUNDED) {
		return nil, nil
	}
	key := string(viewer.From(ctx).ID)
	if key == "" {
		return nil, nil
	}
	u, err := r.Signer.SignUnder(payment.ReceiptPath, payment.ReceiptKind, string(o.ID), key, clock.Now(ctx))
	if err != nil {
		return nil, err
	}
	return &u, nil
}

// ordersOf is an application's orders, newest first, batched per request.
func (r *Resolver) ordersOf(ctx context.Context, app *ent.Application) ([]*ent.PaymentOrder, error) {
	return loaders(ctx, r.Client).orders.Load(ctx, app.ID)
}

func listFilter(f *model.PaymentOrderListFilter) payment.ListFilter {
	if f == nil {
		return payment.ListFilter{}
	}
	return payment.ListFilter{RegionCode: f.RegionCode, Status: f.Status, RefundDue: f.RefundDue, CreatedOn: f.CreatedOn}
}
