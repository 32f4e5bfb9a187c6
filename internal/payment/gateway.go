// Package payment holds what the domain needs from a payment provider and
// nothing of any one provider's protocol, so that a 非税 platform, a bank or an
// e-wallet can stand behind the same interface.
package payment

import (
	"context"
	"errors"
	"net/http"
	"time"

	"github.com/ruankao/ruankao/internal/civil"
)

// Gateway is one payment provider seen from the merchant side.
type Gateway interface {
	// CreateCodeURLOrder opens an order the payer completes by scanning a QR code.
	CreateCodeURLOrder(ctx context.Context, o Order) (codeURL string, err error)
	// Query asks the provider for the order's state; it is the only way to learn a
	// payment whose notification was lost.
	Query(ctx context.Context, orderNo string) (Transaction, error)
	// Close makes an unpaid order unpayable, so a new order cannot lead to a
	// second charge.
	Close(ctx context.Context, orderNo string) error
	// ParseNotification verifies and decodes the provider's callback.
	ParseNotification(r *http.Request) (Transaction, error)
	// AnswerNotification writes the reply the provider expects: an acknowledgement
	// when err is nil, otherwise a refusal that makes the provider retry.
	AnswerNotification(w http.ResponseWriter, err error)
}

// Order is what a provider needs to open an order.
type Order struct {
	OrderNo     string // ours, unique, without personal data
	Description string
	AmountFen   int64
	ExpiresAt   time.Time
	NotifyURL   string
}

// Status is a provider-neutral order state.
type Status string

// Order states; a provider maps its own onto these.
const (
	StatusPending  Status = "PENDING"  // created, not paid
	StatusPaid     Status = "PAID"     // money received
	StatusClosed   Status = "CLOSED"   // closed unpaid
	StatusFailed   Status = "FAILED"   // the payer's attempt failed; the order may still be paid
	StatusRefunded Status = "REFUNDED" // paid, then refunded
	StatusUnknown  Status = "UNKNOWN"  // a state this package does not know; never treat as paid
)

// Transaction is an order as the provider sees it.
type Transaction struct {
	OrderNo       string
	ProviderTxnID string // empty until paid
	Status        Status
	ProviderState string // the provider's own state name, for logs and reconciliation
	AmountFen     int64
	Currency      string
	PaidAt        time.Time // UTC; zero unless paid
	Payer         string    // the provider's pseudonymous payer id, if given
}

// Refunder is a provider that refunds through its API. It is apart from
// Gateway because refunds are rare admin actions a provider may lack.
type Refunder interface {
	// Refund asks for a refund of a paid order. Asking again with the same
	// RefundNo returns the same refund, so a retried request cannot refund twice.
	Refund(ctx context.Context, r RefundRequest) (Refund, error)
}

// RefundRequest refunds AmountFen of an order whose total was TotalFen.
type RefundRequest struct {
	OrderNo   string
	RefundNo  string // ours, unique
	Reason    string // shown to the payer
	AmountFen int64
	TotalFen  int64
}

// RefundStatus is a provider-neutral refund state.
type RefundStatus string

// Refund states.
const (
	RefundPending   RefundStatus = "PENDING"
	RefundSucceeded RefundStatus = "SUCCEEDED"
	RefundFailed    RefundStatus = "FAILED" // closed or abnormal: needs an admin
)

// Refund is a refund as the provider sees it.
type Refund struct {
	RefundNo         string
	ProviderRefundID string
	Status           RefundStatus
	ProviderState    string
	AmountFen        int64
	SucceededAt      time.Time // UTC; zero unless succeeded
}

// Biller is a provider that hands out a daily statement of its trades (对账单),
// which reconciliation compares with our orders. It is apart from Gateway
// because it serves a nightly job, not the payer, and a provider may lack it.
type Biller interface {
	// Bill is the provider's statement of day, a calendar day in Asia/Shanghai:
	// one line for each payment that succeeded and one for each refund accepted
	// on that day. A day on which neither happened gives an error matching
	// ErrNoBill, which callers treat as an empty day; a day whose statement is
	// not made yet (it is ready the next morning) gives one matching
	// ErrBillNotReady. The lines are returned only once the whole statement was
	// read and checked, so a partial statement is never mistaken for the day.
	Bill(ctx context.Context, day civil.Date) ([]BillLine, error)
}

// Errors of Bill that callers act on; providers' errors match them with errors.Is.
var (
	ErrNoBill       = errors.New("payment: the provider has no statement for that day")
	ErrBillNotReady = errors.New("payment: the provider's statement for that day is not ready yet")

	// ErrOrderPaid: Close or Create of an order the payer has already paid.
	ErrOrderPaid = errors.New("payment: the order is paid")
	// ErrOrderNotFound: the provider never received the order (its creation
	// failed on the way), so it cannot be paid.
	ErrOrderNotFound = errors.New("payment: the provider has no such order")
)

// BillLine is one line of a provider's statement. A statement line never
// changes once made: an order paid and refunded on one day has a PAID line and
// a REFUNDED line, and a later refund shows on the later day's statement only.
//
// Amounts are whole fen. AmountFen and RefundFen are what the order and the
// refund asked for, so they compare with Order.AmountFen and
// RefundRequest.AmountFen (WeChat Pay: 订单金额, 申请退款金额). The
// Settlement amounts are what the provider moves to or from our account: less
// any discount it does not settle (WeChat Pay: 应结订单金额, 退款金额, net of
// 免充值券 coupons). We issue no coupons, so the two agree unless something is
// wrong.
type BillLine struct {
	OrderNo       string
	ProviderTxnID string
	// Status is what the line records, not the order's state today: PAID for a
	// payment, REFUNDED for a refund, CLOSED for a payment the provider revoked,
	// UNKNOWN for a line kind this package does not know.
	Status        Status
	ProviderState string // the provider's own name for the line kind
	Currency      string

	// A payment line's amounts; read RefundFen on a refund line (WeChat Pay
	// writes 0.00 here on those).
	AmountFen     int64 // the order's total
	SettlementFen int64 // what the payment settles to us

	RefundNo            string // ours; empty unless a refund line
	ProviderRefundID    string
	RefundFen           int64  // the refund asked for; 0 on a payment line
	SettlementRefundFen int64  // what the refund takes back from us
	ProviderRefundState string // the refund's state when the statement was made

	PaidAt     time.Time // UTC; when the payment succeeded; zero on a refund line
	RefundedAt time.Time // UTC; when the refund was accepted (not when it arrived); zero unless a refund line
}
