package reports

import (
	"errors"
	"fmt"
	"io"
	"slices"
	"strconv"
	"strings"
	"time"
	_ "time/tzdata" // Asia/Shanghai on machines without a zoneinfo database
)

// ReceiptData is what a payment receipt shows. The caller maps its records onto it; it holds no
// ID number on purpose (personal data minimisation: a receipt is shared with employers and
// reimbursement desks, and the order number already identifies the payment).
type ReceiptData struct {
	ReceiptNo     string // 收据号码
	OrderNo       string // 订单号 (our payment order)
	TransactionNo string // 支付流水号 (the gateway's transaction number)
	Gateway       string // 支付渠道, e.g. 微信支付; optional

	AmountFen int64 // the amount paid, in fen
	PayerName string

	Session       string // 考试, e.g. 2026年上半年计算机技术与软件专业技术资格（水平）考试
	Region        string // 报名地区, e.g. 大连市
	Qualification string // 报考资格, e.g. 系统集成项目管理工程师
	Level         string // its level label: 初级, 中级, 高级
	Subjects      int    // how many subjects the fee pays for

	PaidAt time.Time // when the gateway took the payment; printed in Asia/Shanghai
	Office string    // the issuing office: the region's exam office

	VerifyURL string // where the receipt can be checked; optional, printed as text
}

const receiptTitle1 = "计算机技术与软件专业技术资格（水平）考试"
const receiptTitle2 = "报名费电子收据"

var shanghai = func() *time.Location {
	if loc, err := time.LoadLocation("Asia/Shanghai"); err == nil {
		return loc
	}
	return time.FixedZone("CST", 8*3600) // the same offset: China has kept no DST since 1991
}()

func (r ReceiptData) validate() error {
	var missing []string
	for name, v := range map[string]string{
		"ReceiptNo": r.ReceiptNo, "OrderNo": r.OrderNo, "TransactionNo": r.TransactionNo,
		"PayerName": r.PayerName, "Session": r.Session, "Region": r.Region,
		"Qualification": r.Qualification, "Office": r.Office,
	} {
		if strings.TrimSpace(v) == "" {
			missing = append(missing, name)
		}
	}
	if r.PaidAt.IsZero() {
		missing = append(missing, "PaidAt")
	}
	if len(missing) > 0 {
		slices.Sort(missing)
		return fmt.Errorf("reports: receipt without %s", strings.Join(missing, ", "))
	}
	if r.AmountFen <= 0 {
		return fmt.Errorf("reports: receipt for %s: free regions create no payment", Yuan(r.AmountFen))
	}
	if r.Subjects < 1 {
		return errors.New("reports: receipt for no subject")
	}
	return nil
}

// receiptRow is one line of the receipt's table.
type receiptRow struct {
	label, value string
	bold         bool
}

func (r ReceiptData) rows() []receiptRow {
	qual := r.Qualification
	if r.Level != "" {
		qual += "（" + r.Level + "）"
	}
	rows := []receiptRow{
		{label: "收据号码", value: r.ReceiptNo},
		{label: "订单号", value: r.OrderNo},
		{label: "支付流水号", value: r.TransactionNo},
		{label: "缴费人", value: r.PayerName, bold: true},
		{label: "考试", value: r.Session},
		{label: "报名地区", value: r.Region},
		{label: "报考资格", value: qual},
		{label: "报考科目数", value: strconv.Itoa(r.Subjects) + " 科"},
		{label: "金额（小写）", value: Yuan(r.AmountFen), bold: true},
		{label: "金额（大写）", value: "人民币" + AmountInWords(r.AmountFen), bold: true},
		{label: "支付时间", value: r.PaidAt.In(shanghai).Format("2006-01-02 15:04:05") + "（北京时间）"},
	}
	if r.Gateway != "" {
		rows = append(rows, receiptRow{label: "支付渠道", value: r.Gateway})
	}
	return rows
}

func (r ReceiptData) footer() []string {
	lines := []string{"开具单位：" + r.Office, "本收据由系统自动生成。"}
	if r.VerifyURL != "" {
		lines = append(lines, "验证地址："+r.VerifyURL)
	}
	return lines
}

// A5 portrait, in mm.
const (
	receiptMargin = 12.0
	receiptLabelW = 30.0
	receiptLineH  = 6.0
	receiptPadY   = 1.5
)

// Receipt writes the electronic receipt of a paid registration fee as a one-page A5 PDF. The same
// data gives the same bytes.
func Receipt(w io.Writer, r ReceiptData) error {
	return r.render(w, false)
}

func (r ReceiptData) render(w io.Writer, wholeFont bool) error {
	if err := r.validate(); err != nil {
		return err
	}
	rows, footer := r.rows(), r.footer()
	texts := append([]string{receiptTitle1, receiptTitle2}, footer...)
	for _, row := range rows {
		texts = append(texts, row.label, row.value)
	}
	d, err := newDocument(layout{
		Size:      "A5",
		Title:     receiptTitle2,
		Created:   r.PaidAt.In(shanghai),
		wholeFont: wholeFont,
	}, texts...)
	if err != nil {
		return err
	}
	pdf := d.pdf
	pdf.AddPage()
	pageW, pageH := pdf.GetPageSize()
	x, width := receiptMargin, pageW-2*receiptMargin
	valueW := width - receiptLabelW

	pdf.SetXY(x, 14)
	d.font(12, true)
	d.cell(width, 7, receiptTitle1, "", "C")
	pdf.SetXY(x, 22)
	d.font(17, true)
	d.cell(width, 9, receiptTitle2, "", "C")
	pdf.SetDrawColor(160, 0, 0)
	pdf.SetLineWidth(0.6)
	pdf.Line(x, 34, x+width, 34)
	pdf.SetLineWidth(0.2)
	pdf.Line(x, 35, x+width, 35)

	pdf.SetFillColor(242, 242, 242)
	y := 40.0
	for _, row := range rows {
		d.font(10, row.bold)
		lines := d.wrap(row.value, valueW)
		h := float64(len(lines))*receiptLineH + 2*receiptPadY
		d.font(10, false)
		pdf.SetDrawColor(90, 90, 90)
		pdf.Rect(x, y, receiptLabelW, h, "FD")
		pdf.Rect(x+receiptLabelW, y, valueW, h, "D")
		pdf.SetXY(x, y)
		d.cell(receiptLabelW, h, row.label, "", "CM")
		d.font(10, row.bold)
		for i, line := range lines {
			pdf.SetXY(x+receiptLabelW, y+receiptPadY+float64(i)*receiptLineH)
			d.cell(valueW, receiptLineH, line, "", "LM")
		}
		y += h
	}

	y += 6
	d.font(10, false)
	for i, text := range footer {
		if i == 1 {
			d.font(8, false)
			y += 2
		}
		for _, line := range d.wrap(text, width) {
			pdf.SetXY(x, y)
			align := "L"
			if i == 0 {
				align = "R"
			}
			d.cell(width, 5, line, "", align)
			y += 5
		}
	}
	if y > pageH-receiptMargin {
		return fmt.Errorf("reports: receipt %s does not fit one page", r.ReceiptNo)
	}
	return d.output(w)
}
