package wechatpay

import (
	"bufio"
	"crypto/sha1" // the gateway's hash_type: an integrity check of a file fetched over TLS, not a signature
	"encoding/hex"
	"errors"
	"io"
	"strconv"
	"strings"
	"time"

	"github.com/ruankao/ruankao/internal/payment"
)

// MaxBill bounds the statement file Bill reads. A line is about 300 bytes, so
// this is some 800 000 lines, far above a day of exam registrations.
const MaxBill = 256 << 20

// maxBillLine bounds one line of the file, so that garbage without newlines
// cannot make the reader buffer it all.
const maxBillLine = 64 << 10

// Statement failures besides the gateway's error answers.
var (
	ErrBillTooLarge = errors.New("wechatpay: statement file larger than allowed")
	ErrHashMismatch = errors.New("wechatpay: statement file does not match the hash the gateway signed")
	// ErrBillLayout means a file without the columns of the ALL layout this
	// package reads (交易账单, bill_type=ALL). Merchants still on the early
	// layout (总金额 instead of 应结订单金额, no 订单金额) get it; the docs say
	// opening 免充值券 in the merchant platform switches the layout the next day.
	ErrBillLayout = errors.New("wechatpay: statement file has an unknown layout")
)

// The columns read, by their header names in the ALL layout (交易账单详细说明).
// They are found by name, not position.
const (
	colTime             = "交易时间"   // payment success, or refund accepted (not refund arrived), Beijing time
	colTxnID            = "微信订单号"  //
	colOrderNo          = "商户订单号"  //
	colState            = "交易状态"   // SUCCESS, REFUND, REVOKED
	colCurrency         = "货币种类"   //
	colSettlement       = "应结订单金额" // 订单金额 less non-recharge coupons
	colRefundID         = "微信退款单号" // "0" on a payment line
	colRefundNo         = "商户退款单号" // "0" on a payment line
	colSettlementRefund = "退款金额"   // 申请退款金额 less non-recharge coupons
	colRefundState      = "退款状态"   // as when the statement was made; it is not updated
	colAmount           = "订单金额"   //
	colRefundAsked      = "申请退款金额" //
)

var billColumns = []string{
	colTime, colTxnID, colOrderNo, colState, colCurrency, colSettlement,
	colRefundID, colRefundNo, colSettlementRefund, colRefundState, colAmount, colRefundAsked,
}

// The summary columns read (汇总数据).
const (
	sumCount            = "总交易单数"
	sumSettlement       = "应结订单总金额"
	sumSettlementRefund = "退款总金额"
	sumAmount           = "订单总金额"
	sumRefundAsked      = "申请退款总金额"
)

var summaryColumns = []string{sumCount, sumSettlement, sumSettlementRefund, sumAmount, sumRefundAsked}

// BillSummary is the file's closing summary line, in fen.
type BillSummary struct {
	Count               int
	AmountFen           int64 // 订单总金额
	SettlementFen       int64 // 应结订单总金额
	RefundFen           int64 // 申请退款总金额
	SettlementRefundFen int64 // 退款总金额
}

// readTradeBill reads at most limit bytes of a statement file and returns its
// lines only if the file's SHA-1 is hashHex. The file is parsed as it streams
// in; nothing parsed is returned before the whole file has been hashed.
func readTradeBill(r io.Reader, limit int64, hashHex string) ([]payment.BillLine, BillSummary, error) {
	h := sha1.New()
	counted := &countingReader{r: io.LimitReader(r, limit+1)}
	tee := io.TeeReader(counted, h)
	lines, sum, parseErr := parseTradeBill(tee)
	// A parse that stopped early still hashes the rest, so that a corrupted
	// file is reported as such rather than as unreadable.
	if _, err := io.Copy(io.Discard, tee); err != nil {
		return nil, BillSummary{}, err
	}
	switch {
	case counted.n > limit:
		return nil, BillSummary{}, ErrBillTooLarge
	case !strings.EqualFold(hex.EncodeToString(h.Sum(nil)), hashHex):
		return nil, BillSummary{}, ErrHashMismatch
	case parseErr != nil:
		return nil, BillSummary{}, parseErr
	}
	return lines, sum, nil
}

type countingReader struct {
	r io.Reader
	n int64
}

func (c *countingReader) Read(p []byte) (int, error) {
	n, err := c.r.Read(p)
	c.n += int64(n)
	return n, err
}

// parseTradeBill reads the documented layout: a header line of column names
// separated by commas; data lines whose every field is prefixed with a
// backtick (so that Excel keeps long numbers) and separated by commas; then a
// summary header line (总交易单数,…) and one summary line prefixed likewise.
// Fields are split on ",`" so that a comma in 商品名称 does not shift columns.
func parseTradeBill(r io.Reader) ([]payment.BillLine, BillSummary, error) {
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 0, 4096), maxBillLine)
	var (
		col, sumCol map[string]int
		header      []string
		lines       []payment.BillLine
		sum         BillSummary
		summaryRead bool
	)
	first := true
	for sc.Scan() {
		text := strings.TrimSuffix(sc.Text(), "\r")
		if first {
			text = strings.TrimPrefix(text, "\ufeff")
			first = false
		}
		switch {
		case text == "":
			continue
		case summaryRead:
			return nil, sum, ErrGarbage // nothing follows the summary
		case col == nil:
			header = strings.Split(text, ",")
			var ok bool
			if col, ok = columns(header, billColumns); !ok {
				return nil, sum, ErrBillLayout
			}
		case sumCol == nil && strings.HasPrefix(text, sumCount):
			var ok bool
			if sumCol, ok = columns(strings.Split(text, ","), summaryColumns); !ok {
				return nil, sum, ErrBillLayout
			}
		case sumCol != nil:
			s, err := summaryLine(text, sumCol)
			if err != nil {
				return nil, sum, err
			}
			sum, summaryRead = s, true
		default:
			f, ok := fields(text)
			if !ok || len(f) != len(header) {
				return nil, sum, ErrGarbage
			}
			l, err := billLine(f, col)
			if err != nil {
				return nil, sum, err
			}
			lines = append(lines, l)
		}
	}
	if err := sc.Err(); err != nil {
		return nil, sum, ErrGarbage
	}
	if !summaryRead {
		return nil, sum, ErrGarbage // truncated: the summary closes every statement
	}
	return lines, sum, nil
}

// columns maps each wanted name to its position in header.
func columns(header, want []string) (map[string]int, bool) {
	at := make(map[string]int, len(header))
	for i, name := range header {
		at[strings.TrimSpace(name)] = i
	}
	col := make(map[string]int, len(want))
	for _, name := range want {
		i, ok := at[name]
		if !ok {
			return nil, false
		}
		col[name] = i
	}
	return col, true
}

// fields splits a backtick-prefixed line.
func fields(text string) ([]string, bool) {
	rest, ok := strings.CutPrefix(text, "`")
	if !ok {
		return nil, false
	}
	return strings.Split(rest, ",`"), true
}

func billLine(f []string, col map[string]int) (payment.BillLine, error) {
	get := func(name string) string { return f[col[name]] }
	l := payment.BillLine{
		OrderNo:             get(colOrderNo),
		ProviderTxnID:       get(colTxnID),
		ProviderState:       get(colState),
		Status:              neutralStatus(get(colState)),
		Currency:            get(colCurrency),
		RefundNo:            noneIfZero(get(colRefundNo)),
		ProviderRefundID:    noneIfZero(get(colRefundID)),
		ProviderRefundState: get(colRefundState),
	}
	var err error
	for _, a := range []struct {
		to   *int64
		name string
	}{
		{&l.AmountFen, colAmount}, {&l.SettlementFen, colSettlement},
		{&l.RefundFen, colRefundAsked}, {&l.SettlementRefundFen, colSettlementRefund},
	} {
		if *a.to, err = parseFen(get(a.name)); err != nil {
			return l, err
		}
	}
	at, err := time.ParseInLocation(time.DateTime, get(colTime), beijing)
	if err != nil || l.OrderNo == "" || l.ProviderTxnID == "" {
		return l, ErrGarbage
	}
	if l.Status == payment.StatusRefunded {
		if l.RefundNo == "" {
			return l, ErrGarbage
		}
		l.RefundedAt = at.UTC()
	} else {
		l.PaidAt = at.UTC()
	}
	return l, nil
}

// noneIfZero: the refund columns of a payment line hold "0".
func noneIfZero(s string) string {
	if s == "0" {
		return ""
	}
	return s
}

func summaryLine(text string, col map[string]int) (BillSummary, error) {
	var s BillSummary
	f, ok := fields(text)
	if !ok {
		return s, ErrGarbage
	}
	for _, i := range col {
		if i >= len(f) {
			return s, ErrGarbage
		}
	}
	n, err := strconv.Atoi(f[col[sumCount]])
	if err != nil || n < 0 {
		return s, ErrGarbage
	}
	s.Count = n
	for _, a := range []struct {
		to   *int64
		name string
	}{
		{&s.AmountFen, sumAmount}, {&s.SettlementFen, sumSettlement},
		{&s.RefundFen, sumRefundAsked}, {&s.SettlementRefundFen, sumSettlementRefund},
	} {
		if *a.to, err = parseFen(f[col[a.name]]); err != nil {
			return s, err
		}
	}
	return s, nil
}

// parseFen reads an amount in yuan as the statement writes it ("0.01",
// "60.00", "60", the early layout's "0.0") into whole fen, exactly: no
// floating point, no sign, no exponent, no grouping. Digits past the fen must
// be zeros ("0.00000" is fine, "0.001" is refused): a statement never holds
// fractions of a fen in the columns read here.
func parseFen(s string) (int64, error) {
	whole, frac, dot := strings.Cut(s, ".")
	if whole == "" || len(whole) > 15 || dot && frac == "" || !digits(whole) || !digits(frac) {
		return 0, ErrGarbage
	}
	if len(frac) > 2 {
		if strings.Trim(frac[2:], "0") != "" {
			return 0, ErrGarbage
		}
		frac = frac[:2]
	}
	for len(frac) < 2 {
		frac += "0"
	}
	y, err := strconv.ParseInt(whole, 10, 64)
	if err != nil {
		return 0, ErrGarbage
	}
	f, _ := strconv.ParseInt(frac, 10, 64) // two digits, checked above
	return y*100 + f, nil
}

func digits(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return true
}
