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

// SignInData is a room's sign-in sheet (考场签到表) for one sitting.
type SignInData struct {
	Session  string // 考试名称
	SiteName string
	Room     string // room code
	Start    time.Time
	End      time.Time // the sitting, printed in Asia/Shanghai
	Subjects []string  // the subjects of the sitting
	Rows     []SignInRow
	Issued   time.Time // the PDF's dates (not printed)
}

// SignInRow is one candidate. IDNumber is given in full and printed masked
// (2101**********123X): the sheet lies open on the invigilators' desk.
type SignInRow struct {
	Seat     int
	Name     string
	TicketNo string
	IDNumber string
	Photo    []byte // JPEG, printed as a thumbnail (embedded as is)
}

const signInTitle = "考场签到表"

// maskID keeps the first and last four characters of an ID number (fewer of a short one).
func maskID(id string) string {
	r := []rune(id)
	keep := 4
	if len(r) <= 8 {
		keep = len(r) / 4
	}
	return string(r[:keep]) + strings.Repeat("*", len(r)-2*keep) + string(r[len(r)-keep:])
}

var signInHeads = []string{"座位号", "照片", "姓名", "准考证号", "证件号码", "考生签名"}

// Column widths in mm (A4 portrait, 18 mm margins: 174 mm).
var signInCols = []float64{15, 22, 30, 41, 38, 28}

const (
	signInRowH   = 27.0
	signInHeadH  = 8.0
	signInTop    = 54.0
	signInBottom = 16.0
)

// SignInSheet writes the sign-in sheet of one room and sitting, rows in seat order, as many A4
// pages as the room needs, each with the header and "第 i 页 共 n 页". Like the tickets, it refuses
// names no font can draw (*MissingGlyphsError).
func SignInSheet(w io.Writer, s SignInData) error {
	if s.Session == "" || s.SiteName == "" || s.Room == "" || s.Start.IsZero() || !s.End.After(s.Start) || s.Issued.IsZero() {
		return errors.New("reports: sign-in sheet without session, site, room, sitting or issue time")
	}
	if len(s.Rows) == 0 {
		return errors.New("reports: sign-in sheet without candidates")
	}
	rows := slices.Clone(s.Rows)
	slices.SortStableFunc(rows, func(a, b SignInRow) int { return a.Seat - b.Seat })
	for _, r := range rows {
		if r.Seat < 1 || r.Name == "" || r.TicketNo == "" || r.IDNumber == "" || len(r.Photo) == 0 {
			return fmt.Errorf("reports: sign-in row of seat %d incomplete", r.Seat)
		}
	}
	avail := 297 - signInBottom - signInTop - signInHeadH
	perPage := int(avail / signInRowH)
	pages := (len(rows) + perPage - 1) / perPage

	header := s.header()
	texts := append(slices.Clone(signInHeads), signInTitle, "第 页 共 0123456789")
	texts = append(texts, header...)
	for _, r := range rows {
		texts = append(texts, strconv.Itoa(r.Seat), r.Name, r.TicketNo, maskID(r.IDNumber))
	}
	d, err := newDocument(layout{Size: "A4", Title: signInTitle, Created: s.Issued.In(shanghai), strict: true}, texts...)
	if err != nil {
		return err
	}
	pdf := d.pdf
	opt := gofpdf.ImageOptions{ImageType: "JPG"}
	for p := range pages {
		pdf.AddPage()
		x := ticketMargin
		pdf.SetXY(x, 14)
		d.font(18, true)
		d.cell(174, 9, signInTitle, "", "C")
		d.font(10, false)
		for i, line := range header {
			pdf.SetXY(x, 26+float64(i)*6)
			d.cell(174, 6, line, "", "L")
		}
		y := signInTop
		pdf.SetFillColor(242, 242, 242)
		pdf.SetDrawColor(60, 60, 60)
		pdf.SetXY(x, y)
		d.font(10, true)
		for i, h := range signInHeads {
			pdf.Rect(pdf.GetX(), y, signInCols[i], signInHeadH, "F")
			d.cell(signInCols[i], signInHeadH, h, "1", "CM")
		}
		y += signInHeadH
		d.font(10, false)
		for _, r := range rows[p*perPage : min(len(rows), (p+1)*perPage)] {
			pdf.SetXY(x, y)
			d.font(11, true)
			d.cell(signInCols[0], signInRowH, strconv.Itoa(r.Seat), "1", "CM")
			d.cell(signInCols[1], signInRowH, "", "1", "")
			name := "p" + strconv.Itoa(r.Seat) + "-" + r.TicketNo
			pdf.RegisterImageOptionsReader(name, opt, bytes.NewReader(r.Photo))
			if err := pdf.Error(); err != nil {
				return fmt.Errorf("reports: photo of seat %d: %w", r.Seat, err)
			}
			pdf.ImageOptions(name, x+signInCols[0]+(signInCols[1]-17)/2, y+1.5, 17, 24, false, opt, 0, "")
			d.font(11, false)
			d.cell(signInCols[2], signInRowH, r.Name, "1", "CM")
			d.font(10, false)
			d.cell(signInCols[3], signInRowH, r.TicketNo, "1", "CM")
			d.cell(signInCols[4], signInRowH, maskID(r.IDNumber), "1", "CM")
			d.cell(signInCols[5], signInRowH, "", "1", "")
			y += signInRowH
		}
		d.font(9, false)
		pdf.SetXY(x, 297-signInBottom+4)
		d.cell(174, 5, "第 "+strconv.Itoa(p+1)+" 页 共 "+strconv.Itoa(pages)+" 页", "", "C")
	}
	return d.output(w)
}

func (s SignInData) header() []string {
	return []string{
		"考试：" + s.Session,
		"考点：" + s.SiteName + "    考场：" + s.Room + "    人数：" + strconv.Itoa(len(s.Rows)),
		"时间：" + sittingText(s.Start, s.End) + "（北京时间）    科目：" + strings.Join(s.Subjects, "、"),
	}
}
