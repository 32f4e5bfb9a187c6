// Package payment holds what the domain needs from a payment provider and
// nothing of any one provider's protocol, so that a 非税 platform, a bank or an
// e-wallet can stand behind the same interface.
package payment

import (
	"context"
	"net/http"
	"time"
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
