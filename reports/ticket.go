package reports

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/ruankao/ruankao/reports/internal/gofpdf"
)

// TicketData is what an admission ticket (准考证) shows, and nothing more. The caller maps its
// records onto it.
type TicketData struct {
	Session  string // 考试名称, e.g. 2027年上半年计算机技术与软件专业技术资格（水平）考试
	TicketNo string // 准考证号, printed as text; the QR code carries Token

	Name     string
	IDType   string // the ID type's label, e.g. 居民身份证
	IDNumber string // printed in full: the door staff compare it with the ID card
	Photo    []byte // the saved photo, JPEG, embedded as is (not decoded)

	Qualification string // 报考资格, e.g. 系统集成项目管理工程师
	Level         string // 初级, 中级, 高级; optional
	Subjects      []TicketSubject

	SiteName    string // 考点
	SiteAddress string
	Room        string // 考场, the room code
	Seat        int    // 座位号

	Notice string // the region's 考试须知: paragraphs, one a line, wrapped to the page
	Token  string // the signed token (internal/ticketsig) the QR code carries

	Issued time.Time // when the ticket was made: the PDF's dates (not printed), so renders are identical
}

// TicketSubject is one subject and its sitting.
type TicketSubject struct {
	Name       string
	Start, End time.Time // printed in Asia/Shanghai
}

const (
	ticketTitle1 = "计算机技术与软件专业技术资格（水平）考试"
	ticketTitle2 = "准考证"
)

func (t TicketData) validate() error {
	var missing []string
	for name, v := range map[string]string{
		"Session": t.Session, "TicketNo": t.TicketNo, "Name": t.Name, "IDType": t.IDType,
		"IDNumber": t.IDNumber, "Qualification": t.Qualification, "SiteName": t.SiteName,
		"SiteAddress": t.SiteAddress, "Room": t.Room, "Token": t.Token,
	} {
		if strings.TrimSpace(v) == "" {
			missing = append(missing, name)
		}
	}
	if len(t.Photo) == 0 {
		missing = append(missing, "Photo")
	}
	if len(t.Subjects) == 0 {
		missing = append(missing, "Subjects")
	}
	if t.Issued.IsZero() {
		missing = append(missing, "Issued")
	}
	if len(missing) > 0 {
		slices.Sort(missing)
		return fmt.Errorf("reports: ticket %s without %s", t.TicketNo, strings.Join(missing, ", "))
	}
	if t.Seat < 1 {
		return fmt.Errorf("reports: ticket %s: seat %d", t.TicketNo, t.Seat)
	}
	for _, s := range t.Subjects {
		if s.Name == "" || s.Start.IsZero() || !s.End.After(s.Start) {
			return fmt.Errorf("reports: ticket %s: subject %q without a sitting", t.TicketNo, s.Name)
		}
	}
	return nil
}

// sittingText is "2027-05-23 09:00–11:30" (Asia/Shanghai); a sitting past midnight shows both dates.
func sittingText(start, end time.Time) string {
	start, end = start.In(shanghai), end.In(shanghai)
	s := start.Format("2006-01-02 15:04") + "–"
	if end.Format("20060102") != start.Format("20060102") {
		return s + end.Format("2006-01-02 15:04")
	}
	return s + end.Format("15:04")
}

type ticketRow struct{ label, value string }

func (t TicketData) rows() []ticketRow {
	qual := t.Qualification
	if t.Level != "" {
		qual += "（" + t.Level + "）"
	}
	return []ticketRow{
		{"姓名", t.Name},
		{"证件类型", t.IDType},
		{"证件号码", t.IDNumber},
		{"准考证号", t.TicketNo},
		{"报考资格", qual},
		{"考点", t.SiteName},
		{"考点地址", t.SiteAddress},
		{"考场", t.Room},
		{"座位号", strconv.Itoa(t.Seat)},
	}
}

var ticketLabels = []string{ticketTitle1, ticketTitle2, "考试科目", "考试时间", "考试须知", "（北京时间）"}

// texts is every string a ticket draws, for the font subsets.
func (t TicketData) texts() []string {
	texts := append([]string{t.Session, t.Notice}, ticketLabels...)
	for _, r := range t.rows() {
		texts = append(texts, r.label, r.value)
	}
	for _, s := range t.Subjects {
		texts = append(texts, s.Name, sittingText(s.Start, s.End))
	}
	return texts
}

// Ticket writes one admission ticket as a one-page A4 PDF. Text no font can draw (a name with
// a character outside both fonts) is refused with a *MissingGlyphsError, before anything is
// drawn. The same data gives the same bytes.
func Ticket(w io.Writer, t TicketData) error { return Tickets(w, []TicketData{t}) }

// Tickets writes the tickets of a whole site (or any list) as one PDF, a page each, in the order
// given. The pages share one subset of each font. One ticket that cannot be drawn fails the file.
func Tickets(w io.Writer, ts []TicketData) error { return renderTickets(w, ts, false) }

func renderTickets(w io.Writer, ts []TicketData, wholeFont bool) error {
	if len(ts) == 0 {
		return errors.New("reports: no ticket to print")
	}
	var texts []string
	for _, t := range ts {
		if err := t.validate(); err != nil {
			return err
		}
		texts = append(texts, t.texts()...)
	}
	d, err := newDocument(layout{
		Size: "A4", Title: ticketTitle1 + ticketTitle2, Created: ts[0].Issued.In(shanghai),
		strict: true, wholeFont: wholeFont,
	}, texts...)
	if err != nil {
		return err
	}
	for i, t := range ts {
		if err := t.draw(d, i); err != nil {
			return err
		}
	}
	return d.output(w)
}

// A4 portrait, in mm.
const (
	ticketMargin = 18.0
	ticketLabelW = 24.0
	ticketRowH   = 8.5
	photoW       = 33.0 // a 2-inch photo, 33 × 48 mm
	photoH       = 48.0
	ticketQRSide = 40.0
)

func (t TicketData) draw(d *document, page int) error {
	pdf := d.pdf
	pdf.AddPage()
	pageW, pageH := pdf.GetPageSize()
	x, width := ticketMargin, pageW-2*ticketMargin
	sideX := x + width - ticketQRSide // the right column: photo over QR code
	tableW := sideX - 4 - x
	valueW := tableW - ticketLabelW

	pdf.SetXY(x, 14)
	d.font(14, true)
	d.cell(width, 8, ticketTitle1, "", "C")
	pdf.SetXY(x, 23)
	d.font(24, true)
	d.cell(width, 11, ticketTitle2, "", "C")
	pdf.SetXY(x, 35)
	d.font(11, false)
	d.cell(width, 6, t.Session, "", "C")
	pdf.SetDrawColor(160, 0, 0)
	pdf.SetLineWidth(0.6)
	pdf.Line(x, 43, x+width, 43)
	pdf.SetLineWidth(0.2)
	pdf.Line(x, 44, x+width, 44)

	top := 49.0
	y := top
	pdf.SetFillColor(242, 242, 242)
	pdf.SetDrawColor(90, 90, 90)
	for _, row := range t.rows() {
		bold := row.label == "姓名" || row.label == "准考证号" || row.label == "座位号"
		size := 10.5
		if bold {
			size = 12
		}
		d.font(size, bold)
		lines := d.wrap(row.value, valueW)
		h := max(ticketRowH, float64(len(lines))*5.5+3)
		d.font(10, false)
		pdf.Rect(x, y, ticketLabelW, h, "FD")
		pdf.Rect(x+ticketLabelW, y, valueW, h, "D")
		pdf.SetXY(x, y)
		d.cell(ticketLabelW, h, row.label, "", "CM")
		d.font(size, bold)
		lineY := y + (h-float64(len(lines))*5.5)/2
		for i, line := range lines {
			pdf.SetXY(x+ticketLabelW, lineY+float64(i)*5.5)
			d.cell(valueW, 5.5, line, "", "LM")
		}
		y += h
	}

	// Photo and QR code.
	name := "photo" + strconv.Itoa(page)
	opt := gofpdf.ImageOptions{ImageType: "JPG"}
	pdf.RegisterImageOptionsReader(name, opt, bytes.NewReader(t.Photo))
	if err := pdf.Error(); err != nil {
		return fmt.Errorf("reports: ticket %s: photo: %w", t.TicketNo, err)
	}
	photoX := sideX + (ticketQRSide-photoW)/2
	pdf.ImageOptions(name, photoX, top, photoW, photoH, false, opt, 0, "")
	pdf.Rect(photoX, top, photoW, photoH, "D")
	modules, err := qrModules(t.Token)
	if err != nil {
		return fmt.Errorf("reports: ticket %s: %w", t.TicketNo, err)
	}
	d.qr(sideX, top+photoH+4, ticketQRSide, modules)
	d.font(9, false)
	pdf.SetXY(sideX, top+photoH+4+ticketQRSide)
	d.cell(ticketQRSide, 4, t.TicketNo, "", "C")

	// Subjects.
	y = max(y, top+photoH+4+ticketQRSide+5) + 6
	subjectW := width * 0.55
	d.font(10, true)
	pdf.SetXY(x, y)
	d.cell(subjectW, 7, "考试科目", "1", "CM")
	d.cell(width-subjectW, 7, "考试时间", "1", "CM")
	y += 7
	for _, s := range t.Subjects {
		d.font(10.5, false)
		pdf.SetXY(x, y)
		d.cell(subjectW, 7.5, s.Name, "1", "LM")
		d.cell(width-subjectW, 7.5, sittingText(s.Start, s.End), "1", "CM")
		y += 7.5
	}
	d.font(8, false)
	pdf.SetXY(x, y+0.5)
	d.cell(width, 4, "（北京时间）", "", "R")
	y += 8

	// Notice.
	if strings.TrimSpace(t.Notice) != "" {
		d.font(11, true)
		pdf.SetXY(x, y)
		d.cell(width, 6, "考试须知", "", "C")
		y += 7
		d.font(9, false)
		for _, para := range strings.Split(t.Notice, "\n") {
			para = strings.TrimSpace(para)
			if para == "" {
				y += 1.5
				continue
			}
			for _, line := range d.wrap(para, width) {
				pdf.SetXY(x, y)
				d.cell(width, 4.6, line, "", "L")
				y += 4.6
			}
		}
	}
	if y > pageH-10 {
		return fmt.Errorf("reports: ticket %s does not fit one page", t.TicketNo)
	}
	return pdf.Error()
}
