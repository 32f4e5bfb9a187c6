package wechatpay

import (
	"time"

	"github.com/ruankao/ruankao/internal/payment"
)

// Trade states of the transaction object.
const (
	StateSuccess    = "SUCCESS"
	StateRefund     = "REFUND"
	StateNotPay     = "NOTPAY"
	StateClosed     = "CLOSED"
	StateRevoked    = "REVOKED"
	StateUserPaying = "USERPAYING"
	StatePayError   = "PAYERROR"
)

// Amount is in fen.
type Amount struct {
	Total         int64  `json:"total"`
	Currency      string `json:"currency,omitempty"`
	PayerTotal    int64  `json:"payer_total,omitempty"`
	PayerCurrency string `json:"payer_currency,omitempty"`
}

// Payer is the payer's openid under the merchant's appid.
type Payer struct {
	OpenID string `json:"openid,omitempty"`
}

// TransactionJSON is the transaction object of the query answer and of the
// decrypted notification resource.
type TransactionJSON struct {
	AppID          string `json:"appid"`
	MchID          string `json:"mchid"`
	OutTradeNo     string `json:"out_trade_no"`
	TransactionID  string `json:"transaction_id,omitempty"`
	TradeType      string `json:"trade_type,omitempty"`
	TradeState     string `json:"trade_state"`
	TradeStateDesc string `json:"trade_state_desc,omitempty"`
	BankType       string `json:"bank_type,omitempty"`
	Attach         string `json:"attach,omitempty"`
	SuccessTime    string `json:"success_time,omitempty"` // RFC 3339, +08:00
	Payer          *Payer `json:"payer,omitempty"`
	Amount         Amount `json:"amount"`
}

// Neutral converts to the provider-neutral form.
func (t TransactionJSON) Neutral() (payment.Transaction, error) {
	n := payment.Transaction{
		OrderNo:       t.OutTradeNo,
		ProviderTxnID: t.TransactionID,
		ProviderState: t.TradeState,
		AmountFen:     t.Amount.Total,
		Currency:      t.Amount.Currency,
		Status:        neutralStatus(t.TradeState),
	}
	if t.Payer != nil {
		n.Payer = t.Payer.OpenID
	}
	if t.SuccessTime != "" {
		at, err := time.Parse(time.RFC3339, t.SuccessTime)
		if err != nil {
			return n, ErrGarbage
		}
		n.PaidAt = at.UTC()
	}
	if n.Status == payment.StatusPaid && (n.PaidAt.IsZero() || n.ProviderTxnID == "") {
		return n, ErrGarbage
	}
	return n, nil
}

func neutralStatus(state string) payment.Status {
	switch state {
	case StateSuccess:
		return payment.StatusPaid
	case StateNotPay, StateUserPaying:
		return payment.StatusPending
	case StateClosed, StateRevoked:
		return payment.StatusClosed
	case StatePayError:
		return payment.StatusFailed
	case StateRefund:
		return payment.StatusRefunded
	}
	return payment.StatusUnknown
}
