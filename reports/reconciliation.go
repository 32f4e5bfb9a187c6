package reports

import (
	"encoding/csv"
	"io"
	"strconv"
	"time"
)

// ReconciliationRow is one order in a region's daily reconciliation export:
// our record beside the gateway's, and what comparing them found.
type ReconciliationRow struct {
	OrderNo, ApplicationID, Region string
	AmountFen                      int64
	Status, StatusLabel            string
	CreatedAt, PaidAt, RefundedAt  time.Time // zero when not applicable
	ProviderTxnID                  string
	RefundDue                      bool
	RefundNo, RefundStatus         string
	GatewayState                   string
	GatewayAmountFen               *int64
	Result, ResultLabel            string // e.g. MATCH 一致, AMOUNT_MISMATCH 金额不符
}

var reconciliationHeader = []string{"订单号", "报名编号", "报名地区", "金额（元）", "金额（分）", "订单状态", "状态代码",
	"下单时间", "支付时间", "支付流水号", "待退费", "退款单号", "退款状态", "退款时间", "网关状态", "网关金额（分）", "对账结果", "结果代码"}

// ReconciliationCSV streams the export row by row: UTF-8 with a BOM so
// that Excel opens it as such, times in Asia/Shanghai.
type ReconciliationCSV struct{ w *csv.Writer }

// NewReconciliationCSV writes the BOM and the header.
func NewReconciliationCSV(w io.Writer) (*ReconciliationCSV, error) {
	if _, err := io.WriteString(w, "\ufeff"); err != nil {
		return nil, err
	}
	c := &ReconciliationCSV{w: csv.NewWriter(w)}
	return c, c.w.Write(reconciliationHeader)
}

// Write adds one row.
func (c *ReconciliationCSV) Write(r ReconciliationRow) error {
	gwAmount := ""
	if r.GatewayAmountFen != nil {
		gwAmount = strconv.FormatInt(*r.GatewayAmountFen, 10)
	}
	due := "否"
	if r.RefundDue {
		due = "是"
	}
	return c.w.Write(cells(r.OrderNo, r.ApplicationID, r.Region, Yuan(r.AmountFen), strconv.FormatInt(r.AmountFen, 10),
		r.StatusLabel, r.Status, shanghaiTime(r.CreatedAt), shanghaiTime(r.PaidAt), r.ProviderTxnID, due, r.RefundNo,
		r.RefundStatus, shanghaiTime(r.RefundedAt), r.GatewayState, gwAmount, r.ResultLabel, r.Result))
}

// Flush sends what is buffered, so that a long export reaches the client as it goes.
func (c *ReconciliationCSV) Flush() error {
	c.w.Flush()
	return c.w.Error()
}

func shanghaiTime(t time.Time) string {
	if t.IsZero() {
		return ""
	}
	return t.In(shanghai).Format("2006-01-02 15:04:05")
}

// cells keeps a spreadsheet from reading a cell as a formula (CSV injection):
// one that starts with = + - @ or a control character gets a leading '.
func cells(vs ...string) []string {
	for i, v := range vs {
		if v != "" && (v[0] == '=' || v[0] == '+' || v[0] == '-' || v[0] == '@' || v[0] == '\t' || v[0] == '\r') {
			vs[i] = "'" + v
		}
	}
	return vs
}
