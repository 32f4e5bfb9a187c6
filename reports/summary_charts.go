package reports

import (
	"math"
	"strconv"
)

// The charts are drawn with gofpdf's rectangles, lines and text: no images, so they print sharp
// and their labels stay text (searchable, and read back by the tests).

// axisDivisions is how many intervals every value axis has: the daily chart's two axes then share
// their grid lines.
const axisDivisions = 5

// niceAxis is a value axis from 0 to top in axisDivisions steps of 1, 2, 2.5 or 5 times a power
// of ten (whole numbers: the values are counts), top the first such mark at or above max.
func niceAxis(max float64) (top, step float64) {
	if max <= 0 {
		return axisDivisions, 1
	}
	raw := max / axisDivisions
	mag := math.Pow(10, math.Floor(math.Log10(raw)))
	step = 10 * mag
	for _, m := range []float64{1, 2, 2.5, 5} {
		if s := m * mag; s >= raw && s == math.Trunc(s) {
			step = s
			break
		}
	}
	step = math.Max(step, 1)
	return step * axisDivisions, step
}

func tickText(v float64, percent bool) string {
	if percent {
		return strconv.FormatFloat(v, 'f', -1, 64) + "%"
	}
	return grouped(int64(math.Round(v)))
}

// textWidth is s's width in mm at sizePt, measured as the documents measure it (widths.go), but
// before there is a document: the model needs it to shorten labels.
func textWidth(s string, sizePt float64) float64 {
	n := 0
	for _, r := range drawable(s) {
		n += symbols(r)
	}
	return float64(n) * sizePt * 25.4 / 72 / 1000
}

// fit shortens s with … until it is at most w mm wide at sizePt.
func fit(s string, w, sizePt float64) string {
	if textWidth(s, sizePt) <= w {
		return s
	}
	r := []rune(s)
	for len(r) > 1 && textWidth(string(r)+"…", sizePt) > w {
		r = r[:len(r)-1]
	}
	return string(r) + "…"
}

// drawEmptyChart is a chart's frame with 暂无数据 in it.
func drawEmptyChart(d *document, y, h float64) {
	d.pdf.SetDrawColor(200, 200, 200)
	d.pdf.SetLineWidth(0.2)
	d.pdf.Rect(sumMargin, y, sumWidth, h, "D")
	drawNoData(d, y, h)
}

const emptyChartH = 30.0

// chartColor is the bars' fill, lineColor the cumulative line's.
var (
	chartColor  = [3]int{91, 143, 201}
	othersColor = [3]int{165, 165, 165}
	lineColor   = [3]int{192, 57, 43}
	gridColor   = [3]int{222, 222, 222}
)

func setFill(d *document, c [3]int) { d.pdf.SetFillColor(c[0], c[1], c[2]) }
func setDraw(d *document, c [3]int) { d.pdf.SetDrawColor(c[0], c[1], c[2]) }

// legend draws a swatch (a filled box, or a line when line is set) and its label at x, y; it
// returns where the next one goes.
func legend(d *document, x, y float64, label string, c [3]int, line bool) float64 {
	pdf := d.pdf
	if line {
		setDraw(d, c)
		pdf.SetLineWidth(0.6)
		pdf.Line(x, y+2, x+6, y+2)
	} else {
		setFill(d, c)
		pdf.Rect(x, y+0.5, 6, 3, "F")
	}
	d.font(8, false)
	pdf.SetXY(x+7, y)
	d.cell(d.width(label)+2*pdf.GetCellMargin(), 4, label, "", "LM")
	return x + 7 + d.width(label) + 8
}
