package reports

// figure is one key figure: what it counts, the number, and a line that puts it in context.
type figure struct{ label, value, note string }

// figures are key figures as cards, cols to a row, under an optional caption.
type figures struct {
	caption string
	cols    int
	items   []figure
}

const (
	figureGap  = 4.0
	figureCard = 25.0 // a card's height
	figureNote = 8.0  // pt
)

func (f *figures) texts() []string {
	texts := []string{f.caption}
	for _, it := range f.items {
		texts = append(texts, it.label, it.value, it.note) // shortened notes need no more: "…" is a summaryGlyph
	}
	return texts
}

func (f *figures) lay(l *summaryLayout) {
	rows := (len(f.items) + f.cols - 1) / f.cols
	h := float64(rows) * (figureCard + figureGap)
	top := 0.0
	if f.caption != "" {
		top = sumCaptionH
	}
	l.place(top+h, func(y float64) {
		if f.caption != "" {
			l.drawCaption(y, f.caption)
		}
		f.draw(l.d, y+top)
	})
	l.y += 2
}

func (f *figures) draw(d *document, y0 float64) {
	pdf := d.pdf
	w := (sumWidth - float64(f.cols-1)*figureGap) / float64(f.cols)
	valueSize := 18.0
	if f.cols > 2 {
		valueSize = 15
	}
	for i, it := range f.items {
		x := sumMargin + float64(i%f.cols)*(w+figureGap)
		y := y0 + float64(i/f.cols)*(figureCard+figureGap)
		pdf.SetFillColor(244, 246, 249)
		pdf.Rect(x, y, w, figureCard, "F")
		setFill(d, chartColor)
		pdf.Rect(x, y, 1.2, figureCard, "F")

		d.font(9, false)
		pdf.SetTextColor(90, 90, 90)
		pdf.SetXY(x+3, y+2)
		d.cell(w-4, 5, it.label, "", "LM")
		size := valueSize
		for size > 9 && textWidth(it.value, size) > w-6 { // a large amount still fits its card
			size--
		}
		d.font(size, true)
		pdf.SetTextColor(0, 0, 0)
		pdf.SetXY(x+3, y+8)
		d.cell(w-4, 9, it.value, "", "LM")
		d.font(figureNote, false)
		pdf.SetTextColor(110, 110, 110)
		pdf.SetXY(x+3, y+figureCard-7)
		d.cell(w-4, 5, fit(it.note, w-6, figureNote), "", "LM")
		pdf.SetTextColor(0, 0, 0)
	}
}

// note is a line of small grey text.
type note struct{ text string }

func (n *note) texts() []string { return []string{n.text} }

func (n *note) lay(l *summaryLayout) {
	l.place(8, func(y float64) {
		l.d.font(9, false)
		l.d.pdf.SetTextColor(90, 90, 90)
		l.d.pdf.SetXY(sumMargin, y)
		l.d.cell(sumWidth, 6, n.text, "", "LM")
		l.d.pdf.SetTextColor(0, 0, 0)
	})
}

// keyFigures are the key figures page: registrations, payments, revenue, locality, seats, and
// the review desk; after the exam its results too.
func (s SummaryData) keyFigures() []block {
	var rooms, capacity, used int
	for _, site := range s.Seats {
		rooms, capacity, used = rooms+site.Rooms, capacity+site.Capacity, used+site.Used
	}
	regs, paid := s.Registrations, s.registered()
	main := &figures{cols: 2, items: []figure{
		{"报名人数", count(regs), "已提交且有效的报名（不含草稿、已撤回、已失效）"},
		{"已缴费/报名成功", count(paid), "占报名人数 " + share(paid, regs)},
		{"收入", yuanText(s.RevenueFen) + " 元", "已缴费订单 " + count(s.PaidOrders) + " 笔"},
		{"本地/外地", count(s.Local) + " / " + count(s.NonLocal), "外地考生占 " + share(s.NonLocal, s.Local+s.NonLocal)},
		{"考场座位使用率", share(used, capacity),
			"已用 " + count(used) + " / " + count(capacity) + " 座，" + count(len(s.Seats)) + " 个考点，" + count(rooms) + " 个考场"},
		{"全部申请", count(sum(s.ByStatus)), "各状态合计，含草稿、已撤回、已失效"},
	}}
	review := &figures{caption: "审核", cols: 4, items: []figure{
		{"按时", count(s.Review.OnTime), "期限内审核"},
		{"超时", count(s.Review.Late), "超过期限后审核"},
		{"待审", count(s.Review.Waiting), "尚未审核"},
		{"已超期", count(s.Review.Overdue), "待审且已过期限"},
	}}
	blocks := []block{&note{"统计范围：" + s.scope() + "　数据截至 " + s.generatedText() + "（北京时间）"}, main, review}
	if s.Results != nil {
		blocks = append(blocks, s.Results.figures())
	}
	return blocks
}

func (r *SummaryResults) figures() *figures {
	return &figures{caption: "考试结果", cols: 4, items: []figure{
		{"参考", count(r.Sat), "报名成功 " + count(r.Registered) + " 人"},
		{"缺考", count(r.Absent), "任一科目缺考"},
		{"通过", count(r.Passed), "占参考 " + share(r.Passed, r.Sat)},
		{"通过率", share(r.Passed, r.Sat), "通过人数/参考人数"},
	}}
}
