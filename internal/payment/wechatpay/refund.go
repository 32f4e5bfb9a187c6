package wechatpay

import (
	"context"
	"net/http"
	"time"

	"github.com/ruankao/ruankao/internal/payment"
)

var _ payment.Refunder = (*Client)(nil)

// RefundAmount is the amount object of a refund, in fen.
type RefundAmount struct {
	Refund      int64  `json:"refund"`
	Total       int64  `json:"total"`
	Currency    string `json:"currency"`
	PayerTotal  int64  `json:"payer_total,omitempty"`
	PayerRefund int64  `json:"payer_refund,omitempty"`
}

// RefundRequestJSON is the body of POST /v3/refund/domestic/refunds.
type RefundRequestJSON struct {
	OutTradeNo  string       `json:"out_trade_no"`
	OutRefundNo string       `json:"out_refund_no"`
	Reason      string       `json:"reason,omitempty"`
	Amount      RefundAmount `json:"amount"`
}

// RefundJSON is the refund object the gateway answers with.
type RefundJSON struct {
	RefundID      string       `json:"refund_id"`
	OutRefundNo   string       `json:"out_refund_no"`
	TransactionID string       `json:"transaction_id"`
	OutTradeNo    string       `json:"out_trade_no"`
	Channel       string       `json:"channel,omitempty"`
	Status        string       `json:"status"` // SUCCESS, CLOSED, PROCESSING, ABNORMAL
	CreateTime    string       `json:"create_time,omitempty"`
	SuccessTime   string       `json:"success_time,omitempty"`
	Amount        RefundAmount `json:"amount"`
}

// Refund asks the gateway for a refund.
func (c *Client) Refund(ctx context.Context, r payment.RefundRequest) (payment.Refund, error) {
	req := RefundRequestJSON{
		OutTradeNo: r.OrderNo, OutRefundNo: r.RefundNo, Reason: r.Reason,
		Amount: RefundAmount{Refund: r.AmountFen, Total: r.TotalFen, Currency: "CNY"},
	}
	var ans RefundJSON
	if err := c.call(ctx, http.MethodPost, "/v3/refund/domestic/refunds", req, &ans); err != nil {
		return payment.Refund{}, err
	}
	if ans.OutRefundNo != r.RefundNo {
		return payment.Refund{}, ErrGarbage
	}
	out := payment.Refund{
		RefundNo: ans.OutRefundNo, ProviderRefundID: ans.RefundID, ProviderState: ans.Status,
		AmountFen: ans.Amount.Refund, Status: payment.RefundPending,
	}
	switch ans.Status {
	case "SUCCESS":
		out.Status = payment.RefundSucceeded
	case "CLOSED", "ABNORMAL":
		out.Status = payment.RefundFailed
	}
	if ans.SuccessTime != "" {
		at, err := time.Parse(time.RFC3339, ans.SuccessTime)
		if err != nil {
			return payment.Refund{}, ErrGarbage
		}
		out.SucceededAt = at.UTC()
	}
	return out, nil
}
