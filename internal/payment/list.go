package payment

import (
	"context"

	"github.com/ruankao/ruankao/ent"
	"github.com/ruankao/ruankao/ent/application"
	"github.com/ruankao/ruankao/ent/paymentorder"
	"github.com/ruankao/ruankao/ent/predicate"
	"github.com/ruankao/ruankao/ent/region"
	"github.com/ruankao/ruankao/internal/apperr"
	"github.com/ruankao/ruankao/internal/civil"
	"github.com/ruankao/ruankao/internal/clock"
	"github.com/ruankao/ruankao/internal/enum"
	"github.com/ruankao/ruankao/internal/viewer"
)

// ListFilter narrows the admins' order list.
type ListFilter struct {
	RegionCode *string
	Status     *paymentorder.Status
	RefundDue  *bool
	CreatedOn  *civil.Date // an Asia/Shanghai day
}

// Orders is the admins' order list: region admins see their region's (the
// privacy policy scopes every read; a region code of another region finds
// nothing), national admins any region or all. Reviewers do not handle money.
func Orders(ctx context.Context, client *ent.Client, f ListFilter) (*ent.PaymentOrderQuery, error) {
	v := viewer.From(ctx)
	if v.Kind == viewer.Anonymous {
		return nil, apperr.New(apperr.Unauthenticated, "请先登录")
	}
	if !v.IsStaff() || (v.Role != enum.RoleRegionAdmin && v.Role != enum.RoleNationalAdmin) {
		return nil, apperr.New(apperr.Forbidden, "只有地区管理员和全国管理员可以查看缴费订单")
	}
	var preds []predicate.PaymentOrder
	if f.RegionCode != nil {
		preds = append(preds, paymentorder.HasApplicationWith(application.HasRegionWith(region.Code(*f.RegionCode))))
	}
	if f.Status != nil {
		preds = append(preds, paymentorder.StatusEQ(*f.Status))
	}
	if f.RefundDue != nil {
		preds = append(preds, paymentorder.RefundDue(*f.RefundDue))
	}
	if f.CreatedOn != nil {
		start := f.CreatedOn.Start(clock.Shanghai)
		preds = append(preds, paymentorder.CreatedAtGTE(start), paymentorder.CreatedAtLT(f.CreatedOn.AddDays(1).Start(clock.Shanghai)))
	}
	return client.PaymentOrder.Query().Where(preds...), nil
}
