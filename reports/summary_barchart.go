package reports

// bar is one bar of a horizontal bar chart: its label, its length in the axis' units and the
// text beside it.
type bar struct {
	label  string
	value  float64
	text   string
	others bool // the sum of the bars left out, drawn in grey to set it apart
}

// barChart is a horizontal bar chart with a value axis below. More bars than a page holds go
// on over the next pages, each part with its axis (the same scale throughout).
type barChart struct {
	caption string
	bars    []bar
	axisMax float64 // a fixed end of the axis (100 for rates); 0: a round number above the longest bar
	percent bool    // tick labels in %
}

const (
	barSize      = 8.0 // pt, labels and value texts
	barPitch     = 6.0
	barH         = 4.0
	barAxisH     = 7.0 // the tick labels under the bars
	barLabelMaxW = 58.0
	barTextW     = 34.0 // the value texts right of the longest bar
	barTop       = 2.0  // between the caption and the first bar
)

func (c *barChart) texts() []string {
	texts := []string{c.caption + continued, noData}
	for _, b := range c.bars {
		texts = append(texts, b.label, b.text) // shortened labels need no more: "…" is a summaryGlyph
	}
	return texts
}

// scale is the axis' end and step.
func (c *barChart) scale() (top, step float64) {
	if c.axisMax > 0 {
		return c.axisMax, c.axisMax / axisDivisions
	}
	longest := 0.0
	for _, b := range c.bars {
		longest = max(longest, b.value)
	}
	return niceAxis(longest)
}

// labelWidth is the label column's width: the widest label, up to barLabelMaxW.
func (c *barChart) labelWidth() float64 {
	w := 0.0
	for _, b := range c.bars {
		w = max(w, textWidth(b.label, barSize))
	}
	return min(w+3, barLabelMaxW)
}

func (c *barChart) lay(l *summaryLayout) {
	if len(c.bars) == 0 {
		l.place(sumCaptionH+emptyChartH, func(y float64) {
			l.drawCaption(y, c.caption)
			drawEmptyChart(l.d, y+sumCaptionH, emptyChartH)
		})
		l.y += blockGap
		return
	}
	top, step := c.scale()
	labelW := c.labelWidth()
	// A chart that would fit a page of its own starts on one rather than being split.
	whole := sumCaptionH + barTop + float64(len(c.bars))*barPitch + barAxisH
	if whole > l.room() && whole <= sumBottom-sumTop {
		l.newPage()
	}
	rest, caption := c.bars, c.caption
	for len(rest) > 0 {
		n := min(len(rest), int((l.room()-sumCaptionH-barTop-barAxisH)/barPitch))
		if n < min(len(rest), 3) { // too few bars for this page's end
			l.newPage()
			continue
		}
		part, partCaption := rest[:n], caption
		h := sumCaptionH + barTop + float64(n)*barPitch + barAxisH
		l.place(h, func(y float64) {
			l.drawCaption(y, partCaption)
			c.drawBars(l.d, y+sumCaptionH+barTop, part, labelW, top, step)
		})
		rest, caption = rest[n:], c.caption+continued
	}
	l.y += blockGap
}

func (c *barChart) drawBars(d *document, y0 float64, bars []bar, labelW, top, step float64) {
	pdf := d.pdf
	x0 := sumMargin + labelW
	plotW := sumWidth - labelW - barTextW
	y1 := y0 + float64(len(bars))*barPitch

	// Grid and tick labels.
	d.font(7, false)
	pdf.SetTextColor(100, 100, 100)
	for i := 0; i <= axisDivisions; i++ {
		x := x0 + plotW*float64(i)/axisDivisions
		setDraw(d, gridColor)
		pdf.SetLineWidth(0.15)
		pdf.Line(x, y0, x, y1)
		pdf.SetXY(x-12, y1+1)
		d.cell(24, 4, tickText(step*float64(i), c.percent), "", "CM")
	}
	pdf.SetTextColor(0, 0, 0)

	for i, b := range bars {
		y := y0 + float64(i)*barPitch
		d.font(barSize, false)
		pdf.SetXY(sumMargin, y)
		d.cell(labelW-1.5, barPitch, fit(b.label, labelW-2.5, barSize), "", "RM")
		w := plotW * min(b.value, top) / top
		if w > 0 {
			setFill(d, chartColor)
			if b.others {
				setFill(d, othersColor)
			}
			pdf.Rect(x0, y+(barPitch-barH)/2, w, barH, "F")
		}
		pdf.SetXY(x0+w+0.5, y)
		d.cell(barTextW+plotW-w-0.5, barPitch, b.text, "", "LM")
	}

	pdf.SetDrawColor(60, 60, 60)
	pdf.SetLineWidth(0.3)
	pdf.Line(x0, y0, x0, y1)
	pdf.Line(x0, y1, x0+plotW, y1)
}
