package reports

// noData stands in for a table, chart or figure without data yet (a session before its first
// application).
const noData = "暂无数据"

type column struct {
	head  string
	w     float64 // mm; a table's columns add up to sumWidth
	align string  // "L", "C", "R"
}

// table is a titled table with an optional total row. A table longer than the page goes on
// over the next pages, its caption (marked 续) and head repeated on each.
type table struct {
	caption string
	cols    []column
	rows    [][]string
	total   []string // drawn bold under the rows; nil for none
}

const (
	tableSize  = 9.0 // pt
	tableLineH = 4.4
	tablePad   = 1.3
	tableHeadH = 7.0
	blockGap   = 6.0
	// tableMinRows rows at least start a table on a page.
	tableMinRows = 3
)

func (t *table) texts() []string {
	texts := []string{t.caption + continued, noData}
	for _, c := range t.cols {
		texts = append(texts, c.head)
	}
	for _, r := range t.rows {
		texts = append(texts, r...)
	}
	return append(texts, t.total...)
}

// tableRow is a row as laid out: each cell's lines.
type tableRow struct {
	cells [][]string
	h     float64
	total bool
	odd   bool // shaded, to follow a row across the page
}

func (t *table) lay(l *summaryLayout) {
	l.d.font(tableSize, false)
	var rows []tableRow
	for i, r := range t.rows {
		rows = append(rows, t.wrapRow(l.d, r, false, i%2 == 1))
	}
	if t.total != nil {
		rows = append(rows, t.wrapRow(l.d, t.total, true, false))
	}
	head := func(y float64) { t.drawHead(l.d, y) }
	if len(rows) == 0 {
		l.ensure(sumCaptionH + tableHeadH + tableHeadH)
		l.place(sumCaptionH, func(y float64) { l.drawCaption(y, t.caption) })
		l.place(tableHeadH, head)
		l.place(tableHeadH, func(y float64) {
			drawNoData(l.d, y, tableHeadH)
			l.d.pdf.SetDrawColor(90, 90, 90)
			l.d.pdf.SetLineWidth(0.3)
			l.d.pdf.Line(sumMargin, y+tableHeadH, sumMargin+sumWidth, y+tableHeadH)
		})
		l.y += blockGap
		return
	}
	// The caption and the head go with the first few rows, never alone at a page's foot.
	first := sumCaptionH + tableHeadH
	for _, r := range rows[:min(len(rows), tableMinRows)] {
		first += r.h
	}
	l.ensure(first)
	l.place(sumCaptionH, func(y float64) { l.drawCaption(y, t.caption) })
	l.place(tableHeadH, head)
	for _, r := range rows {
		if l.room() < r.h {
			l.newPage()
			l.place(sumCaptionH, func(y float64) { l.drawCaption(y, t.caption+continued) })
			l.place(tableHeadH, head)
		}
		l.place(r.h, func(y float64) { t.drawRow(l.d, y, r) })
	}
	l.y += blockGap
}

func (t *table) wrapRow(d *document, cells []string, total, odd bool) tableRow {
	r := tableRow{total: total, odd: odd}
	n := 1
	for i, c := range t.cols {
		var lines []string
		if i < len(cells) {
			lines = d.wrap(cells[i], c.w)
		}
		r.cells = append(r.cells, lines)
		n = max(n, len(lines))
	}
	r.h = float64(n)*tableLineH + 2*tablePad
	return r
}

func (t *table) drawHead(d *document, y float64) {
	pdf := d.pdf
	pdf.SetFillColor(228, 232, 238)
	pdf.Rect(sumMargin, y, sumWidth, tableHeadH, "F")
	pdf.SetDrawColor(90, 90, 90)
	pdf.SetLineWidth(0.3)
	pdf.Line(sumMargin, y, sumMargin+sumWidth, y)
	pdf.Line(sumMargin, y+tableHeadH, sumMargin+sumWidth, y+tableHeadH)
	d.font(tableSize, true)
	x := sumMargin
	for _, c := range t.cols {
		pdf.SetXY(x, y)
		d.cell(c.w, tableHeadH, c.head, "", c.align+"M")
		x += c.w
	}
}

func (t *table) drawRow(d *document, y float64, r tableRow) {
	pdf := d.pdf
	if r.odd {
		pdf.SetFillColor(246, 247, 249)
		pdf.Rect(sumMargin, y, sumWidth, r.h, "F")
	}
	d.font(tableSize, r.total)
	x := sumMargin
	for i, c := range t.cols {
		lines := r.cells[i]
		top := y + (r.h-float64(len(lines))*tableLineH)/2
		for j, line := range lines {
			pdf.SetXY(x, top+float64(j)*tableLineH)
			d.cell(c.w, tableLineH, line, "", c.align+"M")
		}
		x += c.w
	}
	if r.total {
		pdf.SetDrawColor(90, 90, 90)
		pdf.SetLineWidth(0.3)
		pdf.Line(sumMargin, y, sumMargin+sumWidth, y)
	} else {
		pdf.SetDrawColor(215, 215, 215)
		pdf.SetLineWidth(0.1)
	}
	pdf.Line(sumMargin, y+r.h, sumMargin+sumWidth, y+r.h)
}

// drawNoData draws 暂无数据 across the body's width.
func drawNoData(d *document, y, h float64) {
	d.font(10, false)
	d.pdf.SetTextColor(130, 130, 130)
	d.pdf.SetXY(sumMargin, y)
	d.cell(sumWidth, h, noData, "", "CM")
	d.pdf.SetTextColor(0, 0, 0)
}
