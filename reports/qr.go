package reports

import (
	"fmt"
	"strconv"

	"github.com/ruankao/ruankao/reports/internal/qr"
)

// qrQuietZone is the white margin around a QR symbol, in modules (ISO/IEC 18004 asks for 4).
const qrQuietZone = 4

// qrModules encodes payload (byte mode for a token's base64url, level M, as internal/qrcode
// does) and returns its modules, row by row, true for dark; the quiet zone is not included.
//
// The encoder is package qr's, not yeqown/go-qrcode (which internal/qrcode uses for PNGs) nor
// gozxing's: both choose the best of the eight masks by penalty scores and allocate at every
// step, which at a thousand tickets a second was most of a ticket's time. qr fixes the mask
// (pattern 2; any mask makes a valid symbol, ISO/IEC 18004 §7.8) and the tests decode the
// printed code.
func qrModules(payload string) ([][]bool, error) {
	rows, err := qr.Encode([]byte(payload))
	if err != nil {
		return nil, fmt.Errorf("reports: QR code of %d bytes: %w", len(payload), err)
	}
	return rows, nil
}

// qr draws the modules as filled rectangles in a square of side mm (quiet zone included) whose
// top left corner is at x, y. Vector modules need no image encoding and stay sharp at any print
// resolution. The rectangles are qrRects', all in one path and one fill, in a coordinate system
// of one unit per module, so the operators are short integers.
func (d *document) qr(x, y, side float64, modules [][]bool) {
	n := len(modules)
	if n == 0 {
		return
	}
	k := d.pdf.GetConversionRatio() // points per mm
	_, pageH := d.pdf.GetPageSize()
	module := side / float64(n+2*qrQuietZone) * k
	ox := (x + float64(qrQuietZone)*side/float64(n+2*qrQuietZone)) * k
	oy := (pageH - y - float64(qrQuietZone)*side/float64(n+2*qrQuietZone)) * k
	b := make([]byte, 0, 16*n*n/4)
	b = append(b, "q 0 g "...)
	b = strconv.AppendFloat(b, module, 'f', 4, 64)
	b = append(b, " 0 0 "...)
	b = strconv.AppendFloat(b, -module, 'f', 4, 64)
	b = append(b, ' ')
	b = strconv.AppendFloat(b, ox, 'f', 3, 64)
	b = append(b, ' ')
	b = strconv.AppendFloat(b, oy, 'f', 3, 64)
	b = append(b, " cm\n"...)
	for _, r := range qrRects(modules) {
		b = strconv.AppendInt(b, int64(r.col), 10)
		b = append(b, ' ')
		b = strconv.AppendInt(b, int64(r.row), 10)
		b = append(b, ' ')
		b = strconv.AppendInt(b, int64(r.w), 10)
		b = append(b, ' ')
		b = strconv.AppendInt(b, int64(r.h), 10)
		b = append(b, " re\n"...)
	}
	b = append(b, "f Q"...)
	d.pdf.RawWriteStr(string(b))
}

// qrRect is a rectangle of dark modules, in modules from the symbol's top left corner.
type qrRect struct{ col, row, w, h uint8 } // versions up to 40 have at most 177 modules a side

// qrRects covers the dark modules with rectangles: each horizontal run of dark modules, extended
// down over the rows below that have the same run: about a tenth fewer rectangles than one per
// run (the QR code is two thirds of a ticket's page content).
func qrRects(modules [][]bool) []qrRect {
	rects := make([]qrRect, 0, len(modules)*len(modules)/4)
	var prev, cur []int // the rectangles open at the row above and at this row, left to right
	for row, cells := range modules {
		cur = cur[:0]
		j := 0
		for col := 0; col < len(cells); {
			if !cells[col] {
				col++
				continue
			}
			end := col
			for end < len(cells) && cells[end] {
				end++
			}
			for j < len(prev) && int(rects[prev[j]].col) < col {
				j++
			}
			if j < len(prev) && int(rects[prev[j]].col) == col && int(rects[prev[j]].w) == end-col {
				rects[prev[j]].h++
				cur = append(cur, prev[j])
				j++
			} else {
				cur = append(cur, len(rects))
				rects = append(rects, qrRect{uint8(col), uint8(row), uint8(end - col), 1})
			}
			col = end
		}
		prev, cur = cur, prev
	}
	return rects
}
