package wxsim

import (
	"encoding/json"
	"fmt"
	"net/http"
	"time"

	"github.com/ruankao/ruankao/internal/payment/wechatpay"
)

// refund answers at once with SUCCESS; the real gateway usually says
// PROCESSING first and tells the outcome later, which callers must expect.
func (s *Sim) refund(_ *http.Request, body []byte) (int, any, *apiError) {
	var req wechatpay.RefundRequestJSON
	if json.Unmarshal(body, &req) != nil || req.OutRefundNo == "" || req.Amount.Refund <= 0 {
		return 0, nil, fail(400, "PARAM_ERROR", "参数错误")
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	if r, ok := s.refunds[req.OutRefundNo]; ok {
		if r.OutTradeNo != req.OutTradeNo || r.Amount.Refund != req.Amount.Refund {
			return 0, nil, fail(400, "INVALID_REQUEST", "退款单号已用于另一笔退款")
		}
		return http.StatusOK, r, nil
	}
	o, ok := s.orders[req.OutTradeNo]
	switch {
	case !ok:
		return 0, nil, fail(404, "RESOURCE_NOT_EXISTS", "订单不存在")
	case o.txn.TradeState != wechatpay.StateSuccess && o.txn.TradeState != wechatpay.StateRefund:
		return 0, nil, fail(400, "INVALID_REQUEST", "订单未支付")
	case req.Amount.Total != o.txn.Amount.Total || o.refunded+req.Amount.Refund > o.txn.Amount.Total:
		return 0, nil, fail(400, "INVALID_REQUEST", "退款金额错误")
	}
	now := s.opt.Clock.Now().In(beijing).Format(time.RFC3339)
	r := wechatpay.RefundJSON{
		RefundID: fmt.Sprintf("5030%020d", s.seq.Add(1)), OutRefundNo: req.OutRefundNo,
		TransactionID: o.txn.TransactionID, OutTradeNo: req.OutTradeNo, Channel: "ORIGINAL",
		Status: "SUCCESS", CreateTime: now, SuccessTime: now,
		Amount: wechatpay.RefundAmount{
			Refund: req.Amount.Refund, Total: o.txn.Amount.Total, Currency: "CNY",
			PayerTotal: o.txn.Amount.Total, PayerRefund: req.Amount.Refund,
		},
	}
	o.refunded += req.Amount.Refund
	o.txn.TradeState, o.txn.TradeStateDesc = wechatpay.StateRefund, "转入退款"
	s.refunds[req.OutRefundNo] = r
	return http.StatusOK, r, nil
}
