package wxsim

import (
	"encoding/json"
	"errors"
	"fmt"
	"net/http"
	"net/url"
	"time"

	"github.com/ruankao/ruankao/internal/payment/wechatpay"
)

var beijing = time.FixedZone("CST", 8*3600)

// Errors of Pay and Fail.
var (
	ErrUnknownOrder = errors.New("wxsim: no such order")
	ErrNotPayable   = errors.New("wxsim: order cannot be paid in its state")
)

type nativeRequest struct {
	AppID       string           `json:"appid"`
	MchID       string           `json:"mchid"`
	Description string           `json:"description"`
	OutTradeNo  string           `json:"out_trade_no"`
	TimeExpire  string           `json:"time_expire"`
	NotifyURL   string           `json:"notify_url"`
	Amount      wechatpay.Amount `json:"amount"`
}

type order struct {
	req      nativeRequest
	expires  time.Time // zero: no time_expire given
	codeURL  string
	refunded int64 // fen
	txn      wechatpay.TransactionJSON
}

func (s *Sim) createNative(_ *http.Request, body []byte) (int, any, *apiError) {
	var req nativeRequest
	if json.Unmarshal(body, &req) != nil {
		return 0, nil, fail(400, "PARAM_ERROR", "请求体不是合法的JSON")
	}
	if req.AppID != s.opt.AppID || req.MchID != s.opt.MchID {
		return 0, nil, fail(400, "APPID_MCHID_NOT_MATCH", "appid和mch_id不匹配")
	}
	u, err := url.Parse(req.NotifyURL)
	switch {
	case len(req.OutTradeNo) < 6 || len(req.OutTradeNo) > 32, req.Description == "",
		req.Amount.Total <= 0, req.Amount.Currency != "" && req.Amount.Currency != "CNY",
		err != nil, u.Scheme != "https" && u.Scheme != "http", u.Host == "":
		return 0, nil, fail(400, "PARAM_ERROR", "参数错误")
	}
	var expires time.Time
	if req.TimeExpire != "" {
		if expires, err = time.Parse(time.RFC3339, req.TimeExpire); err != nil {
			return 0, nil, fail(400, "PARAM_ERROR", "time_expire格式错误")
		}
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	if o, ok := s.orders[req.OutTradeNo]; ok {
		switch {
		case paid(o.txn.TradeState):
			return 0, nil, fail(400, "ORDERPAID", "订单已支付")
		case o.txn.TradeState == wechatpay.StateClosed:
			return 0, nil, fail(400, "ORDER_CLOSED", "订单已关闭")
		case o.req != req:
			return 0, nil, fail(403, "OUT_TRADE_NO_USED", "商户订单号重复")
		}
		return http.StatusOK, map[string]string{"code_url": o.codeURL}, nil
	}
	o := &order{req: req, expires: expires, codeURL: s.codeURL(req.OutTradeNo)}
	o.txn = wechatpay.TransactionJSON{
		AppID: req.AppID, MchID: req.MchID, OutTradeNo: req.OutTradeNo, TradeType: "NATIVE",
		TradeState: wechatpay.StateNotPay, TradeStateDesc: "订单未支付",
		Amount: wechatpay.Amount{Total: req.Amount.Total, Currency: "CNY"},
	}
	s.orders[req.OutTradeNo] = o
	return http.StatusOK, map[string]string{"code_url": o.codeURL}, nil
}

// paid is true once money was taken, refunded or not.
func paid(state string) bool {
	return state == wechatpay.StateSuccess || state == wechatpay.StateRefund
}

func (s *Sim) codeURL(no string) string {
	if s.opt.PayPageURL != "" {
		return s.opt.PayPageURL + "/sim/pay/" + url.PathEscape(no)
	}
	return "weixin://wxpay/bizpayurl?pr=" + wechatpay.NewNonce()[:7]
}

func (s *Sim) query(r *http.Request, _ []byte) (int, any, *apiError) {
	if r.URL.Query().Get("mchid") != s.opt.MchID {
		return 0, nil, fail(400, "PARAM_ERROR", "mchid错误")
	}
	t, ok := s.Order(r.PathValue("no"))
	if !ok {
		return 0, nil, fail(404, "ORDERNOTEXIST", "订单不存在")
	}
	return http.StatusOK, t, nil
}

func (s *Sim) closeOrder(r *http.Request, body []byte) (int, any, *apiError) {
	var req struct {
		MchID string `json:"mchid"`
	}
	if json.Unmarshal(body, &req) != nil || req.MchID != s.opt.MchID {
		return 0, nil, fail(400, "PARAM_ERROR", "mchid错误")
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	o, ok := s.orders[r.PathValue("no")]
	switch {
	case !ok:
		return 0, nil, fail(404, "ORDERNOTEXIST", "订单不存在")
	case paid(o.txn.TradeState):
		return 0, nil, fail(400, "ORDERPAID", "订单已支付")
	}
	o.txn.TradeState, o.txn.TradeStateDesc = wechatpay.StateClosed, "订单已关闭"
	return http.StatusNoContent, nil, nil
}

// Order is the order as a query would answer it.
func (s *Sim) Order(outTradeNo string) (wechatpay.TransactionJSON, bool) {
	s.mu.Lock()
	defer s.mu.Unlock()
	o, ok := s.orders[outTradeNo]
	if !ok {
		return wechatpay.TransactionJSON{}, false
	}
	return o.txn, true
}

// Pay completes the payment and starts delivering the notification.
func (s *Sim) Pay(outTradeNo string) error { return s.pay(outTradeNo, true) }

// PayLosingNotification completes the payment but never notifies, as when
// every delivery is lost: only a query can tell the merchant.
func (s *Sim) PayLosingNotification(outTradeNo string) error { return s.pay(outTradeNo, false) }

func (s *Sim) pay(outTradeNo string, notify bool) error {
	s.mu.Lock()
	o, ok := s.orders[outTradeNo]
	if !ok {
		s.mu.Unlock()
		return ErrUnknownOrder
	}
	now := s.opt.Clock.Now()
	st := o.txn.TradeState
	if st != wechatpay.StateNotPay && st != wechatpay.StatePayError || !o.expires.IsZero() && now.After(o.expires) {
		s.mu.Unlock()
		return fmt.Errorf("%w: %s", ErrNotPayable, st)
	}
	o.txn.TradeState, o.txn.TradeStateDesc = wechatpay.StateSuccess, "支付成功"
	o.txn.TransactionID = fmt.Sprintf("4200%020d", s.seq.Add(1))
	o.txn.BankType = "OTHERS"
	o.txn.SuccessTime = now.In(beijing).Format(time.RFC3339)
	o.txn.Payer = &wechatpay.Payer{OpenID: "oSIMpayer" + wechatpay.NewNonce()[:12]}
	o.txn.Amount.PayerTotal, o.txn.Amount.PayerCurrency = o.txn.Amount.Total, "CNY"
	txn, notifyURL := o.txn, o.req.NotifyURL
	s.mu.Unlock()
	if notify {
		s.deliver(notifyURL, txn)
	}
	return nil
}

// Fail records a failed attempt. The real gateway notifies only successful
// payments, so neither does this.
func (s *Sim) Fail(outTradeNo string) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	o, ok := s.orders[outTradeNo]
	if !ok {
		return ErrUnknownOrder
	}
	if o.txn.TradeState != wechatpay.StateNotPay {
		return fmt.Errorf("%w: %s", ErrNotPayable, o.txn.TradeState)
	}
	o.txn.TradeState, o.txn.TradeStateDesc = wechatpay.StatePayError, "支付失败"
	return nil
}

// ForcePay records a payment of the order at a given time whatever its state
// — as when the gateway's record of a payment is corrected after the order
// was closed or expired — and notifies. For tests of late and found payments.
func (s *Sim) ForcePay(outTradeNo string, at time.Time) error {
	s.mu.Lock()
	o, ok := s.orders[outTradeNo]
	if !ok {
		s.mu.Unlock()
		return ErrUnknownOrder
	}
	o.txn.TradeState, o.txn.TradeStateDesc = wechatpay.StateSuccess, "支付成功"
	o.txn.TransactionID = fmt.Sprintf("4200%020d", s.seq.Add(1))
	o.txn.BankType = "OTHERS"
	o.txn.SuccessTime = at.In(beijing).Format(time.RFC3339)
	o.txn.Amount.PayerTotal, o.txn.Amount.PayerCurrency = o.txn.Amount.Total, "CNY"
	txn, notifyURL := o.txn, o.req.NotifyURL
	s.mu.Unlock()
	s.deliver(notifyURL, txn)
	return nil
}
