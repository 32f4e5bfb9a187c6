package reports

import (
	"math"

	"github.com/ruankao/ruankao/reports/internal/ttfsubset"
)

// widthTable is a font's advances as gofpdf measures them.
type widthTable struct {
	// cw is gofpdf's fontDefType.Cw: each BMP rune's advance in thousandths of an em, rounded as
	// gofpdf rounds it, 0 where the font has no glyph and 65535 for a glyph of no width.
	cw []int
	// missing is what gofpdf counts for a rune without a glyph: .notdef's advance, or 500.
	missing int
}

// gofpdfWidths makes a font's table. Widths depend on the font, not on the subset, so one table
// made once serves every document (gofpdf only reads it; it would build one per document), and
// the documents measure text with it without selecting fonts in gofpdf, which writes a font
// operator into the page for every change.
func gofpdfWidths(parsed func() (*ttfsubset.Font, error)) widthTable {
	t := widthTable{cw: make([]int, 1<<16), missing: 500}
	f, err := parsed()
	if err != nil {
		return t // newDocument reports the error
	}
	scale := 1000.0 / float64(f.UnitsPerEm())
	advance := func(g uint16) int {
		if adv := int(f.Advance(g)); adv < 1<<15 { // as gofpdf reads hmtx
			return int(math.Round(scale * float64(adv)))
		}
		return 0
	}
	for r := range rune(0xFFFF) {
		if g := f.Glyph(r); g != 0 {
			if t.cw[r] = advance(g); t.cw[r] == 0 {
				t.cw[r] = 65535
			}
		}
	}
	if w := advance(0); w != 0 {
		t.missing = w
	}
	return t
}

// symbols is the advance of r in thousandths of an em, in the font that draws it, as gofpdf's
// GetStringSymbolWidth counts it.
func symbols(r rune) int {
	t := fontWidths()
	if fontFor(r) == inFallback {
		t = fallbackFontWidths()
	}
	if r > 0xFFFF {
		r = missingMark
	}
	switch w := t.cw[r]; w {
	case 0:
		return t.missing
	case 65535:
		return 0
	default:
		return w
	}
}

// width is the width of s (already checked) at the current size, in mm, each rune measured in
// its own font: gofpdf's GetStringWidth, summed over the runs of each font.
func (d *document) width(s string) float64 {
	n := 0
	for _, r := range s {
		n += symbols(r)
	}
	return float64(n) * (d.size / d.pdf.GetConversionRatio()) / 1000
}

// runeWidth is the width of r at the current size.
func (d *document) runeWidth(r rune) float64 {
	return float64(symbols(r)) * (d.size / d.pdf.GetConversionRatio()) / 1000
}
