package reports

import "math"

// lineChart is the registration curve: each day's first submissions as bars (right axis) under
// the cumulative count as a line (left axis). Both axes have axisDivisions steps, so they share
// the grid.
type lineChart struct {
	caption string
	days    []SummaryDay
}

const (
	lineUnitH    = 6.0  // the axes' unit labels above the plot
	linePlotH    = 95.0 // mm
	lineDayH     = 6.0  // the day labels under the plot
	lineLegendH  = 8.0
	lineAxisW    = 16.0 // the tick labels left and right of the plot
	lineMaxBarW  = 8.0
	lineMarkers  = 62 // days up to which each day's point is marked
	lineLeftUnit = "累计（人）"
	lineDayUnit  = "当日（人）"
	lineCumLabel = "累计报名（左轴）"
	lineDayLabel = "当日提交（右轴）"
)

func (c *lineChart) texts() []string {
	texts := []string{c.fullCaption(), noData, lineLeftUnit, lineDayUnit, lineCumLabel, lineDayLabel}
	for _, day := range c.days {
		texts = append(texts, day.Day)
	}
	return texts
}

// fullCaption names the days the chart covers.
func (c *lineChart) fullCaption() string {
	if len(c.days) == 0 {
		return c.caption
	}
	return c.caption + "（" + c.days[0].Day + " 至 " + c.days[len(c.days)-1].Day + "）"
}

func (c *lineChart) lay(l *summaryLayout) {
	if len(c.days) == 0 {
		l.place(sumCaptionH+emptyChartH, func(y float64) {
			l.drawCaption(y, c.caption)
			drawEmptyChart(l.d, y+sumCaptionH, emptyChartH)
		})
		l.y += blockGap
		return
	}
	h := sumCaptionH + lineUnitH + linePlotH + lineDayH + lineLegendH
	l.place(h, func(y float64) {
		l.drawCaption(y, c.fullCaption())
		c.draw(l.d, y+sumCaptionH)
	})
	l.y += blockGap
}

// dayLabel is the day as MM-DD (the caption has the year).
func dayLabel(day string) string {
	if len(day) == len("2006-01-02") {
		return day[5:]
	}
	return day
}

func (c *lineChart) draw(d *document, y float64) {
	pdf := d.pdf
	x0, x1 := sumMargin+lineAxisW, sumMargin+sumWidth-lineAxisW
	yTop := y + lineUnitH
	yBot := yTop + linePlotH
	n := len(c.days)
	maxCum, maxDay := 0.0, 0.0
	for _, day := range c.days {
		maxCum = max(maxCum, float64(day.Cumulative))
		maxDay = max(maxDay, float64(day.Submitted))
	}
	cumTop, cumStep := niceAxis(maxCum)
	dayTop, dayStep := niceAxis(maxDay)
	slot := (x1 - x0) / float64(n)
	center := func(i int) float64 { return x0 + (float64(i)+0.5)*slot }
	height := func(v, top float64) float64 { return linePlotH * math.Max(0, math.Min(v, top)) / top }

	// Axis units, grid and both axes' tick labels.
	d.font(7, false)
	pdf.SetTextColor(100, 100, 100)
	pdf.SetXY(sumMargin, y)
	d.cell(lineAxisW+10, lineUnitH, lineLeftUnit, "", "LM")
	pdf.SetXY(x1-10, y)
	d.cell(lineAxisW+10, lineUnitH, lineDayUnit, "", "RM")
	for i := 0; i <= axisDivisions; i++ {
		gy := yBot - linePlotH*float64(i)/axisDivisions
		setDraw(d, gridColor)
		pdf.SetLineWidth(0.15)
		pdf.Line(x0, gy, x1, gy)
		pdf.SetXY(sumMargin, gy-2)
		d.cell(lineAxisW-1, 4, tickText(cumStep*float64(i), false), "", "RM")
		pdf.SetXY(x1+1, gy-2)
		d.cell(lineAxisW-1, 4, tickText(dayStep*float64(i), false), "", "LM")
	}

	// The daily bars.
	setFill(d, chartColor)
	bw := math.Min(slot*0.6, lineMaxBarW)
	for i, day := range c.days {
		if h := height(float64(day.Submitted), dayTop); h > 0 {
			pdf.Rect(center(i)-bw/2, yBot-h, bw, h, "F")
		}
	}

	// The cumulative line, over the bars.
	setDraw(d, lineColor)
	pdf.SetLineWidth(0.6)
	for i, day := range c.days {
		px, py := center(i), yBot-height(float64(day.Cumulative), cumTop)
		if i == 0 {
			pdf.MoveTo(px, py)
		} else {
			pdf.LineTo(px, py)
		}
	}
	pdf.DrawPath("D")
	if n <= lineMarkers {
		setFill(d, lineColor)
		for i, day := range c.days {
			pdf.Circle(center(i), yBot-height(float64(day.Cumulative), cumTop), 0.6, "F")
		}
	}

	// The axes, and as many day labels as fit side by side: every k-th day.
	pdf.SetDrawColor(60, 60, 60)
	pdf.SetLineWidth(0.3)
	pdf.Line(x0, yTop, x0, yBot)
	pdf.Line(x1, yTop, x1, yBot)
	pdf.Line(x0, yBot, x1, yBot)
	d.font(7, false)
	pdf.SetTextColor(100, 100, 100)
	labelW := textWidth("00-00", 7) + 3
	every := max(1, int(math.Ceil(labelW/slot)))
	for i, day := range c.days {
		if i%every != 0 {
			continue
		}
		pdf.SetLineWidth(0.2)
		pdf.Line(center(i), yBot, center(i), yBot+1)
		pdf.SetXY(center(i)-labelW/2-1, yBot+1)
		d.cell(labelW+2, lineDayH-1, dayLabel(day.Day), "", "CM")
	}
	pdf.SetTextColor(0, 0, 0)

	ly := yBot + lineDayH + 2
	next := legend(d, x0, ly, lineDayLabel, chartColor, false)
	legend(d, next, ly, lineCumLabel, lineColor, true)
}
