package reports

import (
	"bytes"
	"fmt"
	"io"
	"slices"
	"strings"
	"time"

	"github.com/ruankao/ruankao/reports/internal/gofpdf"
)

// CertificateData is what one certificate shows.
type CertificateData struct {
	Number        string // certificate number, e.g. "202612100000GX01000123" (opaque text here)
	Name          string // holder's name (may contain 喆 堃 䶮 etc.)
	Gender        string // "男" / "女" / "" (omit the line when empty)
	IDType        string // e.g. "居民身份证"
	IDNumber      string // full ID number as given
	Qualification string // e.g. "系统架构设计师"
	Level         string // "初级" / "中级" / "高级"
	SessionName   string // e.g. "2026年下半年计算机技术与软件专业技术资格（水平）考试"
	IssuedOn      string // already formatted date, e.g. "2026年12月20日"
	IssuingRegion string // e.g. "辽宁省"  (the issuing exam office's region)
	Photo         []byte // JPEG bytes of the holder's saved photo; nil/empty → a framed empty box with "照片"
	VerifyURL     string // text encoded into a QR code (the public 证书查询 address with the number); empty → no QR
}

const (
	certificateTitle   = "计算机技术与软件专业技术资格（水平）证书"
	certificateExam    = "计算机技术与软件专业技术资格（水平）考试"
	certificateOffice  = certificateExam + "办公室"
	certificateNoPhoto = "照片"
	certificateQRLabel = "扫码核验证书"
	certificateFooter  = "本证书可在证书查询中核验真伪"
)

func (c CertificateData) validate() error {
	var missing []string
	for name, v := range map[string]string{
		"Number": c.Number, "Name": c.Name, "Qualification": c.Qualification, "IssuedOn": c.IssuedOn,
	} {
		if strings.TrimSpace(v) == "" {
			missing = append(missing, name)
		}
	}
	if len(missing) > 0 {
		slices.Sort(missing)
		return fmt.Errorf("reports: certificate %s without %s", c.Number, strings.Join(missing, ", "))
	}
	return nil
}

// sentence is the certificate's statement: who passed which session and holds what.
func (c CertificateData) sentence() string {
	session := c.SessionName
	if strings.TrimSpace(session) == "" {
		session = certificateExam
	}
	return c.Name + " 参加" + session + "，成绩合格，取得" + c.Level + c.Qualification + "资格。"
}

type certificateRow struct {
	label, value string
	bold         bool
}

// rows are the labelled lines; the optional ones (gender, ID, level, issuer) only when given.
func (c CertificateData) rows() []certificateRow {
	var rows []certificateRow
	add := func(label, value string, bold bool) {
		if strings.TrimSpace(value) != "" {
			rows = append(rows, certificateRow{label, value, bold})
		}
	}
	add("姓名", c.Name, true)
	add("性别", c.Gender, false)
	add("证件类型", c.IDType, false)
	add("证件号码", c.IDNumber, false)
	add("资格名称", c.Qualification, true)
	add("级别", c.Level, false)
	add("证书编号", c.Number, true)
	add("签发日期", c.IssuedOn, false)
	if strings.TrimSpace(c.IssuingRegion) != "" {
		add("签发机构", c.IssuingRegion+certificateOffice, false)
	}
	return rows
}

// texts is every string a certificate draws, for the font subsets.
func (c CertificateData) texts() []string {
	texts := []string{certificateTitle, c.sentence(), certificateFooter}
	for _, r := range c.rows() {
		texts = append(texts, r.label, r.value)
	}
	if len(c.Photo) == 0 {
		texts = append(texts, certificateNoPhoto)
	}
	if c.VerifyURL != "" {
		texts = append(texts, certificateQRLabel)
	}
	return texts
}

// created is the PDF's CreationDate and ModDate: the issue date (midnight, Asia/Shanghai) when
// IssuedOn reads as one, else a fixed instant, never the clock, so that renders are identical.
func (c CertificateData) created() time.Time {
	s := strings.TrimSpace(c.IssuedOn)
	for _, layout := range []string{"2006年1月2日", "2006-01-02", "2006/1/2", "2006.1.2"} {
		if t, err := time.ParseInLocation(layout, s, shanghai); err == nil {
			return t
		}
	}
	return time.Unix(0, 0).In(shanghai)
}

// A4 landscape, in mm.
const (
	certBorderOuter = 8.0  // the outer line of the double border, from the page's edge
	certBorderInner = 10.5 // the inner line
	certMargin      = 22.0 // the content, from the page's edge
	certTop         = 44.0 // below the title: the sentence, the photo
	certSideW       = 36.0 // the right column: photo at the top, QR code at the bottom
	certQRSide      = 36.0
	certLabelW      = 30.0
	certRowH        = 10.0
	certLineH       = 5.5
	certSentenceH   = 8.0
)

// Certificate writes one certificate as a one-page A4 landscape PDF. Text no font can draw (a
// name with a character outside both fonts) is refused with a *MissingGlyphsError, before
// anything is drawn: a certificate must show the name as the ID card has it. The same data gives
// the same bytes.
func Certificate(w io.Writer, c CertificateData) error {
	if err := c.validate(); err != nil {
		return err
	}
	d, err := newDocument(layout{
		Size: "A4", Title: certificateTitle, Created: c.created(), strict: true,
	}, c.texts()...)
	if err != nil {
		return err
	}
	if err := c.draw(d); err != nil {
		return err
	}
	return d.output(w)
}

func (c CertificateData) draw(d *document) error {
	pdf := d.pdf
	pdf.AddPageFormat("L", pdf.GetPageSizeStr("A4"))
	pageW, pageH := pdf.GetPageSize()

	// The double border.
	pdf.SetDrawColor(160, 0, 0)
	pdf.SetLineWidth(1.0)
	pdf.Rect(certBorderOuter, certBorderOuter, pageW-2*certBorderOuter, pageH-2*certBorderOuter, "D")
	pdf.SetLineWidth(0.3)
	pdf.Rect(certBorderInner, certBorderInner, pageW-2*certBorderInner, pageH-2*certBorderInner, "D")

	x, width := certMargin, pageW-2*certMargin
	sideX := x + width - certSideW
	mainW := sideX - 8 - x
	valueW := mainW - certLabelW

	// Title.
	pdf.SetXY(x, 20)
	d.font(24, true)
	d.cell(width, 12, certificateTitle, "", "CM")
	pdf.SetDrawColor(160, 0, 0)
	pdf.SetLineWidth(0.6)
	pdf.Line(x, 37, x+width, 37)
	pdf.SetLineWidth(0.2)
	pdf.Line(x, 38, x+width, 38)

	// The statement.
	y := certTop
	d.font(14, false)
	for _, line := range d.wrap(c.sentence(), mainW) {
		pdf.SetXY(x, y)
		d.cell(mainW, certSentenceH, line, "", "LM")
		y += certSentenceH
	}
	y += 5

	// The labelled lines.
	pdf.SetFillColor(242, 242, 242)
	for _, row := range c.rows() {
		size := 11.0
		if row.bold {
			size = 12
		}
		d.font(size, row.bold)
		lines := d.wrap(row.value, valueW)
		h := max(certRowH, float64(len(lines))*certLineH+3)
		d.font(10.5, false)
		pdf.SetDrawColor(90, 90, 90)
		pdf.Rect(x, y, certLabelW, h, "FD")
		pdf.Rect(x+certLabelW, y, valueW, h, "D")
		pdf.SetXY(x, y)
		d.cell(certLabelW, h, row.label, "", "CM")
		d.font(size, row.bold)
		lineY := y + (h-float64(len(lines))*certLineH)/2
		for i, line := range lines {
			pdf.SetXY(x+certLabelW, lineY+float64(i)*certLineH)
			d.cell(valueW, certLineH, line, "", "LM")
		}
		y += h
	}

	// The photo, or the box for one.
	photoX := sideX + (certSideW-photoW)/2
	pdf.SetDrawColor(90, 90, 90)
	pdf.SetLineWidth(0.2)
	if len(c.Photo) > 0 {
		opt := gofpdf.ImageOptions{ImageType: "JPG"}
		pdf.RegisterImageOptionsReader("photo", opt, bytes.NewReader(c.Photo))
		if err := pdf.Error(); err != nil {
			return fmt.Errorf("reports: certificate %s: photo: %w", c.Number, err)
		}
		pdf.ImageOptions("photo", photoX, certTop, photoW, photoH, false, opt, 0, "")
		pdf.Rect(photoX, certTop, photoW, photoH, "D")
	} else {
		pdf.Rect(photoX, certTop, photoW, photoH, "D")
		d.font(12, false)
		pdf.SetTextColor(150, 150, 150)
		pdf.SetXY(photoX, certTop)
		d.cell(photoW, photoH, certificateNoPhoto, "", "CM")
		pdf.SetTextColor(0, 0, 0)
	}

	// The QR code and its caption, at the bottom of the right column.
	footerY := pageH - 22
	if c.VerifyURL != "" {
		modules, err := qrModules(c.VerifyURL)
		if err != nil {
			return fmt.Errorf("reports: certificate %s: %w", c.Number, err)
		}
		qrY := pageH - certBorderInner - 5 - 4 - certQRSide
		d.qr(sideX, qrY, certQRSide, modules)
		d.font(8, false)
		pdf.SetXY(sideX, qrY+certQRSide)
		d.cell(certQRSide, 4, certificateQRLabel, "", "C")
	}

	// The footer.
	d.font(9, false)
	pdf.SetTextColor(80, 80, 80)
	pdf.SetXY(x, footerY)
	d.cell(width, 5, certificateFooter, "", "CM")
	pdf.SetTextColor(0, 0, 0)

	if y > footerY-3 {
		return fmt.Errorf("reports: certificate %s does not fit one page", c.Number)
	}
	return pdf.Error()
}
