package payment

import (
	"context"
	"errors"
	"io"
	"time"

	"github.com/ruankao/ruankao/ent"
	"github.com/ruankao/ruankao/ent/application"
	"github.com/ruankao/ruankao/ent/paymentorder"
	"github.com/ruankao/ruankao/ent/region"
	"github.com/ruankao/ruankao/ent/schema/pulid"
	"github.com/ruankao/ruankao/internal/apperr"
	"github.com/ruankao/ruankao/internal/audit"
	"github.com/ruankao/ruankao/internal/catalog"
	"github.com/ruankao/ruankao/internal/civil"
	"github.com/ruankao/ruankao/internal/clock"
	"github.com/ruankao/ruankao/internal/enum"
	"github.com/ruankao/ruankao/internal/viewer"
	"github.com/ruankao/ruankao/reports"
)

// exportPage is how many orders one read of the export holds.
const exportPage = 500

// Reconciliation results, with the Chinese the export shows.
const (
	ResultMatch          = "MATCH"              // 一致
	ResultAmount         = "AMOUNT_MISMATCH"    // 金额不符
	ResultMissingThere   = "MISSING_AT_GATEWAY" // 网关账单无此笔支付
	ResultNotSettledHere = "NOT_SETTLED_HERE"   // 网关已收款，本系统未入账
	ResultRefundMissing  = "REFUND_MISSING"     // 本系统已退款，网关账单无此笔退款
	ResultUnknownHere    = "UNKNOWN_ORDER"      // 网关账单有，本系统无此订单
	ResultNoBill         = "NO_BILL_YET"        // 网关账单未生成：按最近一次查询结果
	ResultStateMismatch  = "STATE_MISMATCH"     // 最近一次查询结果与本系统不符
)

var resultLabels = map[string]string{
	ResultMatch: "一致", ResultAmount: "金额不符", ResultMissingThere: "网关账单无此笔支付",
	ResultNotSettledHere: "网关已收款，本系统未入账", ResultRefundMissing: "本系统已退款，网关账单无此笔退款",
	ResultUnknownHere: "网关账单有，本系统无此订单", ResultNoBill: "网关账单未生成，按最近一次查询一致",
	ResultStateMismatch: "最近一次查询结果与本系统不符",
}

// ExportFilter picks the day (Asia/Shanghai) and, for national admins, the region.
type ExportFilter struct {
	Day        civil.Date
	RegionCode string
}

// billDay is the gateway's statement of one day, by order number.
type billDay struct {
	ready    bool
	paid     map[string]BillLine
	refunded map[string]BillLine
}

// WriteReconciliation streams the day's reconciliation to w as CSV: every
// order of the region created, paid or refunded that day beside the
// gateway's statement of the day (or, before the statement is made, its
// last answer to a query), with each mismatch named. Region admins export
// their region; national admins one region or all, and only an export of
// all lists statement lines for orders we do not know. Audited as an export.
func (s *Service) WriteReconciliation(ctx context.Context, w io.Writer, f ExportFilter) error {
	ctx = s.ctx(ctx)
	v := viewer.From(ctx)
	if !v.IsStaff() || (v.Role != enum.RoleRegionAdmin && v.Role != enum.RoleNationalAdmin) {
		return apperr.New(apperr.Forbidden, "只有地区管理员和全国管理员可以导出对账单")
	}
	bill, err := s.bill(ctx, f.Day)
	if err != nil {
		return err
	}
	if err := audit.Record(ctx, s.Client, audit.Entry{Action: "PaymentOrder.export", RecordType: "PaymentOrder",
		After: map[string]any{"day": f.Day.String(), "region": f.RegionCode, "billReady": bill.ready}}); err != nil {
		return err
	}
	out, err := reports.NewReconciliationCSV(w)
	if err != nil {
		return err
	}
	start, end := f.Day.Start(clock.Shanghai), f.Day.AddDays(1).Start(clock.Shanghai)
	q := s.Client.PaymentOrder.Query().Where(paymentorder.Or(
		paymentorder.And(paymentorder.CreatedAtGTE(start), paymentorder.CreatedAtLT(end)),
		paymentorder.And(paymentorder.PaidAtGTE(start), paymentorder.PaidAtLT(end)),
		paymentorder.And(paymentorder.RefundedAtGTE(start), paymentorder.RefundedAtLT(end))))
	if f.RegionCode != "" {
		q.Where(paymentorder.HasApplicationWith(application.HasRegionWith(region.Code(f.RegionCode))))
	}
	seen := map[string]bool{}
	var after string
	for {
		page := q.Clone().Order(ent.Asc(paymentorder.FieldID)).Limit(exportPage).WithApplication()
		if after != "" {
			page.Where(paymentorder.IDGT(pulid.ID(after)))
		}
		orders, err := page.All(ctx)
		if err != nil {
			return err
		}
		for _, o := range orders {
			seen[o.OutTradeNo] = true
			row, err := s.reconcileRow(ctx, o, bill, start, end)
			if err != nil {
				return err
			}
			if err := out.Write(row); err != nil {
				return err
			}
		}
		if err := out.Flush(); err != nil {
			return err
		}
		if len(orders) < exportPage {
			break
		}
		after = string(orders[len(orders)-1].ID)
	}
	if v.Role == enum.RoleNationalAdmin && f.RegionCode == "" {
		for no, l := range bill.paid {
			if !seen[no] {
				amount := l.AmountFen
				_ = out.Write(reports.ReconciliationRow{OrderNo: no, AmountFen: l.AmountFen, PaidAt: l.PaidAt,
					ProviderTxnID: l.ProviderTxnID, GatewayState: l.ProviderState, GatewayAmountFen: &amount,
					Result: ResultUnknownHere, ResultLabel: resultLabels[ResultUnknownHere]})
			}
		}
	}
	return out.Flush()
}

// bill reads the gateway's statement of day; none yet (or a gateway without
// statements) falls back to the orders' last queried state.
func (s *Service) bill(ctx context.Context, day civil.Date) (*billDay, error) {
	b := &billDay{paid: map[string]BillLine{}, refunded: map[string]BillLine{}}
	biller, ok := s.Gateway.(Biller)
	if !ok {
		return b, nil
	}
	lines, err := biller.Bill(ctx, day)
	switch {
	case errors.Is(err, ErrNoBill):
		b.ready = true
		return b, nil
	case errors.Is(err, ErrBillNotReady):
		return b, nil
	case err != nil:
		s.log().WarnContext(ctx, "trade statement unavailable", "day", day.String(), "err", err.Error())
		return b, nil
	}
	b.ready = true
	for _, l := range lines {
		switch l.Status {
		case StatusPaid:
			b.paid[l.OrderNo] = l
		case StatusRefunded:
			b.refunded[l.OrderNo] = l
		}
	}
	return b, nil
}

func (s *Service) reconcileRow(ctx context.Context, o *ent.PaymentOrder, bill *billDay, start, end time.Time) (reports.ReconciliationRow, error) {
	row := reports.ReconciliationRow{OrderNo: o.OutTradeNo, ApplicationID: string(o.ApplicationID), AmountFen: o.AmountFen,
		Status: string(o.Status), CreatedAt: o.CreatedAt, ProviderTxnID: derefOr(o.ProviderTxnID, ""),
		RefundDue: o.RefundDue, RefundNo: derefOr(o.RefundNo, ""), GatewayState: derefOr(o.GatewayState, ""),
		GatewayAmountFen: o.GatewayAmountFen}
	row.StatusLabel = OrderStatusLabel(o.Status)
	if o.PaidAt != nil {
		row.PaidAt = *o.PaidAt
	}
	if o.RefundedAt != nil {
		row.RefundedAt = *o.RefundedAt
	}
	if o.RefundStatus != nil {
		row.RefundStatus = string(*o.RefundStatus)
	}
	if app := o.Edges.Application; app != nil {
		if r, err := catalog.From(ctx).Region(ctx, s.Client, app.RegionID); err == nil && r != nil {
			row.Region = r.Name
		}
	}
	row.Result = compare(o, bill, start, end)
	row.ResultLabel = resultLabels[row.Result]
	return row, nil
}

// compare names what the gateway's view says of our order.
func compare(o *ent.PaymentOrder, bill *billDay, start, end time.Time) string {
	paid := o.Status == paymentorder.StatusPAID || o.Status == paymentorder.StatusREFUNDED
	in := func(t *time.Time) bool { return t != nil && !t.Before(start) && t.Before(end) }
	if !bill.ready {
		gwPaid := o.GatewayState != nil && (*o.GatewayState == "SUCCESS" || *o.GatewayState == "REFUND")
		if paid != gwPaid && o.GatewayState != nil {
			return ResultStateMismatch
		}
		if o.GatewayAmountFen != nil && paid && *o.GatewayAmountFen != o.AmountFen {
			return ResultAmount
		}
		return ResultNoBill
	}
	line, there := bill.paid[o.OutTradeNo]
	switch {
	case there && !paid:
		return ResultNotSettledHere
	case there && line.AmountFen != o.AmountFen:
		return ResultAmount
	case paid && in(o.PaidAt) && !there:
		return ResultMissingThere
	}
	if o.Status == paymentorder.StatusREFUNDED && in(o.RefundedAt) {
		if _, ok := bill.refunded[o.OutTradeNo]; !ok {
			return ResultRefundMissing
		}
	}
	return ResultMatch
}

// OrderStatusLabel is the Chinese of an order state.
func OrderStatusLabel(s paymentorder.Status) string {
	switch s {
	case paymentorder.StatusPENDING:
		return "待支付"
	case paymentorder.StatusPAID:
		return "已支付"
	case paymentorder.StatusCLOSED:
		return "已关闭"
	case paymentorder.StatusFAILED:
		return "支付失败"
	case paymentorder.StatusREFUNDED:
		return "已退款"
	}
	return string(s)
}
