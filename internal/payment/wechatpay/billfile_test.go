package wechatpay

import (
	"bytes"
	"crypto/sha1"
	"encoding/hex"
	"errors"
	"strings"
	"testing"
	"time"

	"github.com/ruankao/ruankao/internal/payment"
)

const allHeader = "交易时间,公众账号ID,商户号,特约商户号,设备号,微信订单号,商户订单号,用户标识,交易类型,交易状态,付款银行,货币种类," +
	"应结订单金额,代金券金额,微信退款单号,商户退款单号,退款金额,充值券退款金额,退款类型,退款状态,商品名称,商户数据包,手续费,费率," +
	"订单金额,申请退款金额,费率备注"

// The ALL statement shown on WeChat's 下载对账单 page of 微信云托管
// (developers.weixin.qq.com/minigame/dev/wxcloudrun/src/development/pay/order/bill.html),
// the one published statement in the current layout. The page shows one line
// of the day and the day's summary, so the summary counts 12 lines.
const docStatement = allHeader + "\n" +
	"`2022-03-21 13:51:31,`wxfdc955f7104ad557,`180023671,`176531292,`,`420000612032130748613220688," +
	"`2021WERUN1647840687637,`oZWaCKXip5njeEiloC4oeOV1TTsk,`JSAPI,`SUCCESS,`OTHERS,`CNY,`0.01,`0.00,`0,`0," +
	"`0.00,`0.00,`,`,`微信云托管支付测试,`,`0.00000,`0.90%,`0.01,`0.00,`\n" +
	"总交易单数,应结订单总金额,退款总金额,充值券退款总金额,手续费总金额,订单总金额,申请退款总金额\n" +
	"`12,`0.06,`0.06,`0.00,`0.00000,`0.06,`0.06\n"

func TestParseTradeBillDocExample(t *testing.T) {
	lines, sum, err := parseTradeBill(strings.NewReader(docStatement))
	if err != nil {
		t.Fatal(err)
	}
	want := payment.BillLine{
		OrderNo: "2021WERUN1647840687637", ProviderTxnID: "420000612032130748613220688",
		Status: payment.StatusPaid, ProviderState: "SUCCESS", Currency: "CNY",
		AmountFen: 1, SettlementFen: 1,
		PaidAt: time.Date(2022, 3, 21, 5, 51, 31, 0, time.UTC),
	}
	if len(lines) != 1 || lines[0] != want {
		t.Fatalf("lines %+v\nwant %+v", lines, want)
	}
	if sum != (BillSummary{Count: 12, AmountFen: 6, SettlementFen: 6, RefundFen: 6, SettlementRefundFen: 6}) {
		t.Fatalf("summary %+v", sum)
	}
	// Bill itself would refuse this excerpt: 12 lines summed, one shown.
	if _, _, err := readAndCount(docStatement); !errors.Is(err, ErrGarbage) {
		t.Fatalf("an excerpt whose summary counts other lines: %v", err)
	}
}

// The example of the early layout on the v2 下载对账单 page
// (pay.weixin.qq.com/wiki/doc/api/native.php?chapter=9_6, as quoted at
// blog.csdn.net/weixin_33268205/article/details/111897134): 总金额 where the
// current layout has 应结订单金额, and no 订单金额 at all.
const earlyStatement = "交易时间,公众账号ID,商户号,子商户号,设备号,微信订单号,商户订单号,用户标识,交易类型,交易状态,付款银行,货币种类," +
	"总金额,代金券或立减优惠金额,微信退款单号,商户退款单号,退款金额,代金券或立减优惠退款金额,退款类型,退款状态,商品名称,商户数据包,手续费,费率\n" +
	"`2014-11-10 16:33:45,`wx2421b1c4370ec43b,`10000100,`0,`1000,`1001690740201411100005734289,`1415640626," +
	"`085e9858e3ba5186aafcbaed1,`MICROPAY,`SUCCESS,`OTHERS,`CNY,`0.01,`0.0,`0,`0,`0,`0,`,`,`被扫支付测试,`订单额外描述,`0,`0.60%\n" +
	"总交易单数,总交易额,总退款金额,总代金券或立减优惠退款金额,手续费总金额\n" +
	"`1,`0.01,`0.0,`0.0,`0\n"

func TestParseTradeBillEarlyLayoutRefused(t *testing.T) {
	if _, _, err := parseTradeBill(strings.NewReader(earlyStatement)); !errors.Is(err, ErrBillLayout) {
		t.Fatalf("early layout: %v", err)
	}
}

// A payment and a refund of it on one day, built from the field descriptions
// of 交易账单详细说明: the refund line repeats the order's ids, holds 0.00 in
// the order amounts and the refund in 退款金额 and 申请退款金额, and its 交易时间
// is when the refund was accepted. The file starts with a byte-order mark and
// ends its lines with CRLF; the goods name holds a comma.
const refundStatement = "\ufeff" + allHeader + "\r\n" +
	"`2026-12-01 20:10:00,`wxd678efh567hg6787,`1230000109,`0,`,`4200000001202612011234567890,`RK01TESTORDER," +
	"`oUpF8uMuAJO_M2pxb1Q9zNjWeS6o,`NATIVE,`SUCCESS,`OTHERS,`CNY,`98.00,`0.00,`0,`0,`0.00,`0.00,`,`," +
	"`软考报名费,含资格审核,`,`0.59000,`0.60%,`98.00,`0.00,`\r\n" +
	"`2026-12-01 23:59:59,`wxd678efh567hg6787,`1230000109,`0,`,`4200000001202612011234567890,`RK01TESTORDER," +
	"`oUpF8uMuAJO_M2pxb1Q9zNjWeS6o,`NATIVE,`REFUND,`OTHERS,`CNY,`0.00,`0.00,`50300000012026120100000001,`RF01TESTREFUND," +
	"`30.00,`0.00,`ORIGINAL,`PROCESSING,`软考报名费,含资格审核,`,`-0.18000,`0.60%,`0.00,`30.00,`\r\n" +
	"总交易单数,应结订单总金额,退款总金额,充值券退款总金额,手续费总金额,订单总金额,申请退款总金额\r\n" +
	"`2,`98.00,`30.00,`0.00,`0.41000,`98.00,`30.00\r\n"

func TestParseTradeBillRefundLine(t *testing.T) {
	lines, sum, err := readAndCount(refundStatement)
	if err != nil {
		t.Fatal(err)
	}
	if len(lines) != 2 || sum.Count != 2 || sum.AmountFen != 9800 || sum.RefundFen != 3000 {
		t.Fatalf("lines %+v summary %+v", lines, sum)
	}
	pay, refund := lines[0], lines[1]
	if pay.Status != payment.StatusPaid || pay.AmountFen != 9800 || pay.SettlementFen != 9800 || pay.RefundFen != 0 ||
		pay.RefundNo != "" || !pay.PaidAt.Equal(time.Date(2026, 12, 1, 12, 10, 0, 0, time.UTC)) || !pay.RefundedAt.IsZero() {
		t.Errorf("payment line %+v", pay)
	}
	want := payment.BillLine{
		OrderNo: "RK01TESTORDER", ProviderTxnID: "4200000001202612011234567890",
		Status: payment.StatusRefunded, ProviderState: "REFUND", Currency: "CNY",
		RefundNo: "RF01TESTREFUND", ProviderRefundID: "50300000012026120100000001",
		RefundFen: 3000, SettlementRefundFen: 3000, ProviderRefundState: "PROCESSING",
		RefundedAt: time.Date(2026, 12, 1, 15, 59, 59, 0, time.UTC),
	}
	if refund != want {
		t.Errorf("refund line\n got %+v\nwant %+v", refund, want)
	}
}

// readAndCount is what Bill does with a file whose hash is right.
func readAndCount(file string) ([]payment.BillLine, BillSummary, error) {
	sum := sha1.Sum([]byte(file))
	lines, s, err := readTradeBill(strings.NewReader(file), MaxBill, hex.EncodeToString(sum[:]))
	if err == nil && s.Count != len(lines) {
		err = ErrGarbage
	}
	return lines, s, err
}

func TestParseFen(t *testing.T) {
	good := map[string]int64{
		"0.01": 1, "60.00": 6000, "60": 6000, "60.5": 6050, "0.0": 0, "0": 0, "0.00000": 0, "98.10000": 9810,
		"007.07": 707, "123456789012345.99": 12345678901234599,
		"0.29": 29, "0.57": 57, "1.15": 115, "4.35": 435, // each is off by one fen through float64 truncation
	}
	for s, want := range good {
		if got, err := parseFen(s); err != nil || got != want {
			t.Errorf("parseFen(%q) = %d, %v; want %d", s, got, err, want)
		}
	}
	for _, s := range []string{
		"", ".", ".5", "1.", "-1.00", "+1.00", " 1.00", "1.00 ", "1,000.00", "1e3", "0x10", "1.001", "0.005",
		"１.００", "¥1.00", "1..0", "1.0.0", "1234567890123456.00", "NaN", "`1.00",
	} {
		if got, err := parseFen(s); err == nil {
			t.Errorf("parseFen(%q) = %d, want an error", s, got)
		}
	}
}

func TestReadTradeBillChecksHashAndSize(t *testing.T) {
	file := []byte(refundStatement)
	sum := sha1.Sum(file)
	hash := hex.EncodeToString(sum[:])
	if _, _, err := readTradeBill(bytes.NewReader(file), MaxBill, strings.ToUpper(hash)); err != nil {
		t.Fatalf("upper-case hash: %v", err)
	}
	changed := bytes.Replace(file, []byte("`30.00,`0.00,`ORIGINAL"), []byte("`3.00,`0.00,`ORIGINAL"), 1)
	if _, _, err := readTradeBill(bytes.NewReader(changed), MaxBill, hash); !errors.Is(err, ErrHashMismatch) {
		t.Fatalf("a changed amount: %v", err)
	}
	// A corruption that also breaks the layout is reported as a corruption.
	if _, _, err := readTradeBill(bytes.NewReader(file[:len(file)/2]), MaxBill, hash); !errors.Is(err, ErrHashMismatch) {
		t.Fatalf("a truncated file: %v", err)
	}
	if _, _, err := readTradeBill(bytes.NewReader(file), int64(len(file)-1), hash); !errors.Is(err, ErrBillTooLarge) {
		t.Fatalf("over the limit: %v", err)
	}
	if _, _, err := readTradeBill(bytes.NewReader(file), int64(len(file)), hash); err != nil {
		t.Fatalf("at the limit: %v", err)
	}
}

func TestParseTradeBillRefusesGarbage(t *testing.T) {
	payLine := "`2026-12-01 20:10:00,`wx,`1230000109,`0,`,`4200000001,`RK01,`o,`NATIVE,`SUCCESS,`OTHERS,`CNY," +
		"`98.00,`0.00,`0,`0,`0.00,`0.00,`,`,`报名费,`,`0.59000,`0.60%,`98.00,`0.00,`\n"
	summary := "总交易单数,应结订单总金额,退款总金额,充值券退款总金额,手续费总金额,订单总金额,申请退款总金额\n`1,`98.00,`0.00,`0.00,`0.59000,`98.00,`0.00\n"
	if _, _, err := parseTradeBill(strings.NewReader(allHeader + "\n" + payLine + summary)); err != nil {
		t.Fatalf("the well-formed base case: %v", err)
	}
	cases := map[string]string{
		"empty":                    "",
		"no summary":               allHeader + "\n" + payLine,
		"summary header only":      allHeader + "\n" + payLine + strings.SplitAfter(summary, "\n")[0],
		"a line after the summary": allHeader + "\n" + payLine + summary + payLine,
		"a field missing":          allHeader + "\n" + strings.Replace(payLine, "`0.60%,", "", 1) + summary,
		"no backticks":             allHeader + "\n" + strings.ReplaceAll(payLine, "`", "") + summary,
		"a float amount":           allHeader + "\n" + strings.Replace(payLine, "`98.00,`0.00,`0,", "`9.8e1,`0.00,`0,", 1) + summary,
		"a bad time":               allHeader + "\n" + strings.Replace(payLine, "2026-12-01 20:10:00", "2026-12-01T20:10:00+08:00", 1) + summary,
		"no order number":          allHeader + "\n" + strings.Replace(payLine, "`RK01,", "`,", 1) + summary,
		"a refund without number":  allHeader + "\n" + strings.Replace(payLine, "`SUCCESS,", "`REFUND,", 1) + summary,
		"a bad count":              allHeader + "\n" + payLine + strings.Replace(summary, "`1,", "`one,", 1),
		"an endless line":          allHeader + "\n" + "`" + strings.Repeat("x", maxBillLine+1),
	}
	for name, file := range cases {
		if _, _, err := parseTradeBill(strings.NewReader(file)); !errors.Is(err, ErrGarbage) {
			t.Errorf("%s: %v", name, err)
		}
	}
	if _, _, err := parseTradeBill(strings.NewReader(strings.Replace(allHeader, "订单金额,申请", "金额,申请", 1) + "\n" + payLine + summary)); !errors.Is(err, ErrBillLayout) {
		t.Errorf("a header without 订单金额: %v", err)
	}
}
