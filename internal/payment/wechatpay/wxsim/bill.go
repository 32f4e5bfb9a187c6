package wxsim

import (
	"cmp"
	"crypto/sha1" // the gateway's hash_type
	"encoding/hex"
	"fmt"
	"io"
	"net/http"
	"slices"
	"strings"
	"time"

	"github.com/ruankao/ruankao/internal/payment/wechatpay"
)

// billURLLife is how long a download_url works; the current docs say 5 min.
const billURLLife = 5 * time.Minute

// The ALL layout's columns (交易账单详细说明), in order.
const (
	billHeader = "交易时间,公众账号ID,商户号,特约商户号,设备号,微信订单号,商户订单号,用户标识,交易类型,交易状态," +
		"付款银行,货币种类,应结订单金额,代金券金额,微信退款单号,商户退款单号,退款金额,充值券退款金额,退款类型,退款状态," +
		"商品名称,商户数据包,手续费,费率,订单金额,申请退款金额,费率备注"
	billSummaryHeader = "总交易单数,应结订单总金额,退款总金额,充值券退款总金额,手续费总金额,订单总金额,申请退款总金额"
)

// feePerMille is the simulated merchant's rate, 0.60%, a common one.
const feePerMille = 6

type billFile struct {
	body    []byte
	expires time.Time
}

// SetBillAmount makes the statement show fen as the order's amount on its
// payment line, while the order itself keeps its real amount: the gateway's
// books disagree with its answers, which reconciliation must notice. The
// statement stays well-formed: its summary and hash cover the shown amount.
func (s *Sim) SetBillAmount(outTradeNo string, fen int64) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.billAmount[outTradeNo] = fen
}

// SetBillTamper changes each statement file as served, after its hash was
// computed, as a corrupted or truncated transfer would; nil stops it.
func (s *Sim) SetBillTamper(f func([]byte) []byte) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.billTamper = f
}

// tradeBill answers 申请交易账单 for bill_type ALL, uncompressed. A day's
// statement exists once the day is over in Beijing time (the real gateway
// makes it the next morning) and only if a payment succeeded or a refund was
// accepted on it.
func (s *Sim) tradeBill(r *http.Request, _ []byte) (int, any, *apiError) {
	q := r.URL.Query()
	day, err := time.ParseInLocation(time.DateOnly, q.Get("bill_date"), beijing)
	switch {
	case err != nil:
		return 0, nil, fail(400, "PARAM_ERROR", "bill_date格式错误")
	case q.Get("bill_type") != "" && q.Get("bill_type") != "ALL", q.Get("tar_type") != "":
		return 0, nil, fail(400, "PARAM_ERROR", "模拟器只提供未压缩的ALL账单")
	}
	now := s.opt.Clock.Now()
	if now.Before(day.AddDate(0, 0, 1)) {
		return 0, nil, fail(400, "STATEMENT_CREATING", "账单生成中")
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	file, ok := s.statement(day)
	if !ok {
		return 0, nil, fail(400, "NO_STATEMENT_EXIST", "请求的账单文件不存在")
	}
	sum := sha1.Sum(file)
	if s.billTamper != nil {
		file = s.billTamper(slices.Clone(file))
	}
	for t, f := range s.bills {
		if now.After(f.expires) {
			delete(s.bills, t)
		}
	}
	token := wechatpay.NewNonce()
	s.bills[token] = billFile{body: file, expires: now.Add(billURLLife)}
	scheme := "http"
	if r.TLS != nil {
		scheme = "https"
	}
	return http.StatusOK, wechatpay.TradeBillJSON{
		HashType: "SHA1", HashValue: hex.EncodeToString(sum[:]),
		DownloadURL: scheme + "://" + r.Host + "/v3/billdownload/file?token=" + token,
	}, nil
}

// billDownload serves the file to a signed request. As the docs say of the
// real one, the answer carries no gateway signature: the hash is the check.
func (s *Sim) billDownload(w http.ResponseWriter, r *http.Request) {
	body, err := io.ReadAll(io.LimitReader(r.Body, 64<<10))
	if err != nil || !s.authorized(r, body) {
		s.writeSigned(w, http.StatusUnauthorized, fail(401, "SIGN_ERROR", "签名错误"), s.opt.PlatformKey)
		return
	}
	s.mu.Lock()
	f, ok := s.bills[r.URL.Query().Get("token")]
	s.mu.Unlock()
	if !ok || s.opt.Clock.Now().After(f.expires) {
		s.writeSigned(w, http.StatusBadRequest, fail(400, "INVALID_REQUEST", "账单下载地址已失效，请重新申请"), s.opt.PlatformKey)
		return
	}
	w.Header().Set("Content-Type", "application/octet-stream")
	_, _ = w.Write(f.body)
}

// billRow is one line before it is written.
type billRow struct {
	at       time.Time
	o        *order
	refund   *wechatpay.RefundJSON // nil on a payment line
	amount   int64                 // 订单金额 = 应结订单金额: the simulator has no coupons
	refunded int64                 // 申请退款金额 = 退款金额
}

// statement writes day's file; s.mu is held. Lines are in time order.
func (s *Sim) statement(day time.Time) ([]byte, bool) {
	end := day.AddDate(0, 0, 1)
	on := func(rfc3339 string) (time.Time, bool) {
		t, err := time.Parse(time.RFC3339, rfc3339)
		return t, err == nil && !t.Before(day) && t.Before(end)
	}
	var rows []billRow
	for _, o := range s.orders {
		// A payment's line stays as it was made, refunded since or not.
		if at, ok := on(o.txn.SuccessTime); ok && paid(o.txn.TradeState) {
			amount := o.txn.Amount.Total
			if fen, ok := s.billAmount[o.txn.OutTradeNo]; ok {
				amount = fen
			}
			rows = append(rows, billRow{at: at, o: o, amount: amount})
		}
	}
	for _, r := range s.refunds {
		// 交易时间 of a refund is when it was accepted, not when it arrived.
		if at, ok := on(r.CreateTime); ok {
			rows = append(rows, billRow{at: at, o: s.orders[r.OutTradeNo], refund: &r, refunded: r.Amount.Refund})
		}
	}
	if len(rows) == 0 {
		return nil, false
	}
	slices.SortFunc(rows, func(a, b billRow) int {
		return cmp.Or(a.at.Compare(b.at), cmp.Compare(a.o.txn.OutTradeNo, b.o.txn.OutTradeNo),
			cmp.Compare(a.refundNo(), b.refundNo()))
	})
	var b strings.Builder
	var settled, refunded, fees int64
	b.WriteString(billHeader + "\n")
	for _, r := range rows {
		fee := (r.amount*feePerMille + 500) / 1000
		state, refundID, refundNo, channel, refundState := wechatpay.StateSuccess, "0", "0", "", ""
		if r.refund != nil {
			fee = -(r.refunded*feePerMille + 500) / 1000 // the fee on the refunded part comes back
			state, refundID, refundNo = wechatpay.StateRefund, r.refund.RefundID, r.refund.OutRefundNo
			channel, refundState = r.refund.Channel, r.refund.Status
		}
		t := r.o.txn
		openID := ""
		if t.Payer != nil {
			openID = t.Payer.OpenID
		}
		writeFields(&b, r.at.In(beijing).Format(time.DateTime), t.AppID, t.MchID, "0", "",
			t.TransactionID, t.OutTradeNo, openID, t.TradeType, state, t.BankType, "CNY",
			yuan(r.amount), "0.00", refundID, refundNo, yuan(r.refunded), "0.00", channel, refundState,
			r.o.req.Description, t.Attach, feeText(fee), "0.60%", yuan(r.amount), yuan(r.refunded), "")
		settled, refunded, fees = settled+r.amount, refunded+r.refunded, fees+fee
	}
	b.WriteString(billSummaryHeader + "\n")
	writeFields(&b, fmt.Sprint(len(rows)), yuan(settled), yuan(refunded), "0.00", feeText(fees), yuan(settled), yuan(refunded))
	return []byte(b.String()), true
}

func (r billRow) refundNo() string {
	if r.refund == nil {
		return ""
	}
	return r.refund.OutRefundNo
}

// writeFields writes one line, each field prefixed with a backtick.
func writeFields(b *strings.Builder, f ...string) {
	for i, v := range f {
		if i > 0 {
			b.WriteByte(',')
		}
		b.WriteByte('`')
		b.WriteString(v)
	}
	b.WriteByte('\n')
}

// yuan writes non-negative fen as the statement does: "0.01", "98.00".
func yuan(fen int64) string { return fmt.Sprintf("%d.%02d", fen/100, fen%100) }

// feeText writes a fee as the statement does: to the fen, padded with three
// zeros, negative when refunded ("0.59000", "-0.59000").
func feeText(fen int64) string {
	if fen < 0 {
		return "-" + yuan(-fen) + "000"
	}
	return yuan(fen) + "000"
}
