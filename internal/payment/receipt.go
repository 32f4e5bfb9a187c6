package payment

import (
	"bytes"
	"context"
	"errors"
	"io"

	"github.com/ruankao/ruankao/ent"
	"github.com/ruankao/ruankao/ent/paymentorder"
	"github.com/ruankao/ruankao/ent/schema/pulid"
	"github.com/ruankao/ruankao/internal/apperr"
	"github.com/ruankao/ruankao/internal/audit"
	"github.com/ruankao/ruankao/internal/catalog"
	"github.com/ruankao/ruankao/internal/files"
	"github.com/ruankao/ruankao/internal/viewer"
	"github.com/ruankao/ruankao/reports"
)

// maxReceipt bounds a stored receipt; one page is about 30 KB.
const maxReceipt = 4 << 20

// ReceiptKind is the purpose receipt URLs are signed for.
const ReceiptKind = "RECEIPT"

// OrderFor reads one order as the viewer; one they may not see is not found.
func (s *Service) OrderFor(ctx context.Context, id pulid.ID) (*ent.PaymentOrder, error) {
	o, err := s.Client.PaymentOrder.Get(ctx, id)
	if ent.IsNotFound(err) {
		return nil, apperr.NotFoundf("缴费订单")
	}
	return o, err
}

// Receipt is the receipt PDF of a settled order, rendered on its first
// download (never inside the settlement) and kept in the file store, so
// every later download gives the same bytes. A staff download is audited.
// order must have been read as the viewer (OrderFor) or through a URL
// signed for them.
func (s *Service) Receipt(ctx context.Context, order *ent.PaymentOrder) (io.ReadSeekCloser, files.Object, error) {
	if order.ReceiptNo == nil || (order.Status != paymentorder.StatusPAID && order.Status != paymentorder.StatusREFUNDED) {
		return nil, files.Object{}, apperr.NotFoundf("收据")
	}
	ctx = s.ctx(ctx)
	if v := viewer.From(ctx); v.IsStaff() {
		app, err := s.Client.Application.Get(viewer.SystemContext(ctx), order.ApplicationID)
		if err != nil {
			return nil, files.Object{}, err
		}
		if err := audit.Read(ctx, s.Client, audit.Entry{Action: "PaymentOrder.receipt", RecordType: "PaymentOrder",
			RecordID: string(order.ID)}, app); err != nil {
			return nil, files.Object{}, err
		}
	}
	if order.ReceiptSha256 != nil {
		r, obj, err := s.Files.Open(ctx, *order.ReceiptSha256)
		if !errors.Is(err, files.ErrNotFound) {
			return r, obj, err
		}
	}
	pdf, err := s.renderReceipt(ctx, order)
	if err != nil {
		return nil, files.Object{}, err
	}
	obj, err := s.Files.Put(ctx, bytes.NewReader(pdf), maxReceipt)
	if err != nil {
		return nil, files.Object{}, err
	}
	// Rendering is deterministic: two first downloads at once store the same bytes.
	if err := s.Client.PaymentOrder.UpdateOneID(order.ID).SetReceiptSha256(obj.Sum).
		Exec(viewer.SystemContext(ctx)); err != nil {
		return nil, files.Object{}, err
	}
	return s.Files.Open(ctx, obj.Sum)
}

func (s *Service) renderReceipt(ctx context.Context, o *ent.PaymentOrder) ([]byte, error) {
	sys := viewer.SystemContext(ctx)
	app, err := s.Client.Application.Get(sys, o.ApplicationID)
	if err != nil {
		return nil, err
	}
	cat := catalog.From(ctx)
	region, err := cat.Region(sys, s.Client, app.RegionID)
	if err != nil {
		return nil, err
	}
	sess, err := cat.Session(sys, s.Client, app.SessionID)
	if err != nil {
		return nil, err
	}
	d := reports.ReceiptData{
		ReceiptNo: *o.ReceiptNo, OrderNo: o.OutTradeNo, TransactionNo: derefOr(o.ProviderTxnID, ""),
		Gateway: providerLabel(o.Provider), AmountFen: o.AmountFen, PayerName: app.Name,
		Session: sess.Name, Region: region.Name, Office: region.Name + "计算机技术与软件专业技术资格考试管理机构",
		Subjects: 1,
	}
	if o.PaidAt != nil {
		d.PaidAt = *o.PaidAt
	}
	if app.QualificationID != nil {
		q, err := cat.Qualification(sys, s.Client, *app.QualificationID)
		if err != nil {
			return nil, err
		}
		n, err := cat.SubjectCount(sys, s.Client, q.ID)
		if err != nil {
			return nil, err
		}
		d.Qualification, d.Level, d.Subjects = q.Name, q.Level.Label(), n
	}
	var buf bytes.Buffer
	if err := reports.Receipt(&buf, d); err != nil {
		return nil, err
	}
	return buf.Bytes(), nil
}

func providerLabel(p string) string {
	if p == "wechatpay" {
		return "微信支付"
	}
	return p
}
