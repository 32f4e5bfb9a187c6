package reports

import "strconv"

// A4 portrait, in mm.
const (
	sumMargin   = 18.0
	sumWidth    = 210 - 2*sumMargin
	sumTop      = 18.0
	sumBottom   = 276.0 // the body ends here; the footer is below
	sumFooterY  = 281.0
	sumHeadingH = 13.0
	sumCaptionH = 8.0
)

// summaryLayout places the report's blocks on pages before anything is drawn: a block that does
// not fit the rest of a page goes to the next one. Knowing every page first gives the footer its
// "共 M 页" and the contents their page numbers; gofpdf's AliasNbPages cannot, since text in the
// subset fonts is written as glyph ids, where the alias is never replaced.
type summaryLayout struct {
	d     *document
	m     *summaryModel
	pages [][]placed
	y     float64 // where the next block goes on the last page
	toc   []tocEntry
}

// placed is a block's drawing at its place on a page.
type placed struct {
	y    float64
	draw func(y float64)
}

type tocEntry struct {
	title string
	page  int
}

// block is a part of a section: it knows the text it draws (for the font subsets) and places
// itself, over as many pages as it needs.
type block interface {
	texts() []string
	lay(l *summaryLayout)
}

type section struct {
	title  string // numbered when laid out
	blocks []block
}

func (l *summaryLayout) newPage() {
	l.pages = append(l.pages, nil)
	l.y = sumTop
}

// ensure starts a new page unless h fits on this one (or this one is still empty: a block taller
// than a page is its own business).
func (l *summaryLayout) ensure(h float64) {
	if len(l.pages) == 0 || (l.y+h > sumBottom && len(l.pages[len(l.pages)-1]) > 0) {
		l.newPage()
	}
}

// place puts a block of height h on the page (the next one when it does not fit).
func (l *summaryLayout) place(h float64, draw func(y float64)) {
	l.ensure(h)
	last := len(l.pages) - 1
	l.pages[last] = append(l.pages[last], placed{l.y, draw})
	l.y += h
}

func (l *summaryLayout) room() float64 { return sumBottom - l.y }

func (l *summaryLayout) page() int { return len(l.pages) }

func (m *summaryModel) lay(d *document) *summaryLayout {
	l := &summaryLayout{d: d, m: m}
	l.newPage()
	l.place(sumBottom-sumTop, l.drawCover)
	for i, sec := range m.sections {
		l.newPage()
		title := sectionTitle(i, sec.title)
		l.toc = append(l.toc, tocEntry{title, l.page()})
		l.place(sumHeadingH, func(y float64) { l.drawHeading(y, title) })
		for _, b := range sec.blocks {
			b.lay(l)
		}
	}
	return l
}

func sectionTitle(i int, title string) string { return chineseNumeral(i+1) + "、" + title }

func (l *summaryLayout) draw() {
	for i, items := range l.pages {
		l.d.pdf.AddPage()
		for _, p := range items {
			p.draw(p.y)
		}
		l.drawFooter(i+1, len(l.pages))
	}
}

func (l *summaryLayout) drawHeading(y float64, title string) {
	d, pdf := l.d, l.d.pdf
	d.font(14, true)
	pdf.SetXY(sumMargin, y)
	d.cell(sumWidth, 9, title, "", "LM")
	pdf.SetDrawColor(160, 0, 0)
	pdf.SetLineWidth(0.5)
	pdf.Line(sumMargin, y+10, sumMargin+sumWidth, y+10)
}

// drawCaption draws a table's or a chart's caption (bold, a little smaller than a heading).
func (l *summaryLayout) drawCaption(y float64, caption string) {
	l.d.font(11, true)
	l.d.pdf.SetXY(sumMargin, y)
	l.d.cell(sumWidth, sumCaptionH, caption, "", "LM")
}

const continued = "（续）"

func (l *summaryLayout) footerText() string {
	s := l.m.s
	return s.scope() + summaryReportName + " · 生成人：" + s.GeneratedBy + " · " + s.generatedText() + "（北京时间）"
}

func pageNumber(page, total int) string {
	return "第 " + strconv.Itoa(page) + " 页 共 " + strconv.Itoa(total) + " 页"
}

func (l *summaryLayout) drawFooter(page, total int) {
	d, pdf := l.d, l.d.pdf
	pdf.SetDrawColor(150, 150, 150)
	pdf.SetLineWidth(0.2)
	pdf.Line(sumMargin, sumFooterY-1.5, sumMargin+sumWidth, sumFooterY-1.5)
	d.font(8, false)
	pdf.SetTextColor(90, 90, 90)
	pdf.SetXY(sumMargin, sumFooterY)
	d.cell(sumWidth-30, 5, fit(l.footerText(), sumWidth-32, 8), "", "LM")
	pdf.SetXY(sumMargin+sumWidth-30, sumFooterY)
	d.cell(30, 5, pageNumber(page, total), "", "RM")
	pdf.SetTextColor(0, 0, 0)
}

const (
	coverTOC  = "目录"
	coverTime = "（北京时间）"
)

// coverRows are the cover's labelled lines.
func (s SummaryData) coverRows() [][2]string {
	rows := [][2]string{{"统计范围", s.scope()}}
	if s.SessionCode != "" {
		rows = append(rows, [2]string{"考试代码", s.SessionCode})
	}
	return append(rows,
		[2]string{"生成时间", s.generatedText() + coverTime},
		[2]string{"生成人", s.GeneratedBy},
	)
}

func (l *summaryLayout) drawCover(float64) {
	d, pdf, s := l.d, l.d.pdf, l.m.s
	y := 62.0
	d.font(18, true)
	for _, line := range d.wrap(s.Session, sumWidth) {
		pdf.SetXY(sumMargin, y)
		d.cell(sumWidth, 9, line, "", "CM")
		y += 9
	}
	y += 6
	d.font(30, true)
	pdf.SetXY(sumMargin, y)
	d.cell(sumWidth, 14, summaryReportName, "", "CM")
	y += 18
	d.font(16, false)
	pdf.SetXY(sumMargin, y)
	d.cell(sumWidth, 9, s.scope(), "", "CM")
	y += 16
	pdf.SetDrawColor(160, 0, 0)
	pdf.SetLineWidth(0.6)
	pdf.Line(sumMargin, y, sumMargin+sumWidth, y)
	pdf.SetLineWidth(0.2)
	pdf.Line(sumMargin, y+1, sumMargin+sumWidth, y+1)

	y += 12
	labelX, labelW, valueW := sumMargin+30.0, 28.0, 90.0
	for _, row := range s.coverRows() {
		d.font(11, false)
		pdf.SetTextColor(90, 90, 90)
		pdf.SetXY(labelX, y)
		d.cell(labelW, 8, row[0], "", "LM")
		pdf.SetTextColor(0, 0, 0)
		pdf.SetXY(labelX+labelW, y)
		d.cell(valueW, 8, row[1], "", "LM")
		y += 8
	}

	y += 14
	d.font(13, true)
	pdf.SetXY(labelX, y)
	d.cell(labelW, 9, coverTOC, "", "LM")
	y += 11
	pdf.SetDrawColor(180, 180, 180)
	for _, e := range l.toc {
		d.font(11, false)
		pdf.SetXY(labelX, y)
		d.cell(labelW+valueW-20, 7.5, e.title, "", "LM")
		pdf.SetXY(labelX+labelW+valueW-20, y)
		d.cell(20, 7.5, strconv.Itoa(e.page), "", "RM")
		pdf.SetLineWidth(0.1)
		pdf.Line(labelX, y+7.5, labelX+labelW+valueW, y+7.5)
		y += 7.5
	}
}

// layoutTexts are the strings the layout itself draws: cover, headings, captions, footer.
func (m *summaryModel) layoutTexts() []string {
	s := m.s
	texts := []string{
		s.Session, summaryReportName, s.scope(), coverTOC, continued,
		"第 页 共", summaryGlyphs, m.layoutFooter(),
	}
	for _, row := range s.coverRows() {
		texts = append(texts, row[0], row[1])
	}
	for i, sec := range m.sections {
		texts = append(texts, sectionTitle(i, sec.title))
	}
	return texts
}

func (m *summaryModel) layoutFooter() string {
	return (&summaryLayout{m: m}).footerText()
}
