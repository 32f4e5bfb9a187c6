package reports

import (
	"fmt"
	"io"
	"slices"
	"strings"
	"time"

	"github.com/ruankao/ruankao/reports/internal/gofpdf"
	"github.com/ruankao/ruankao/reports/internal/ttfsubset"
)

// The gofpdf font families: the primary font and the fallback (fonts.go).
const (
	fontFamily     = "wqy"
	fallbackFamily = "wqyzh"
)

// layout is what every document of this package sets up the same way.
type layout struct {
	Size    string    // gofpdf page size: "A4", "A5"
	Title   string    // PDF metadata; never personal data (the metadata travels with the file)
	Created time.Time // CreationDate and ModDate; taken from the data so that renders are identical

	// strict refuses (with a *MissingGlyphsError) text that no font can draw, instead of drawing
	// boxes and 〓.
	strict bool

	// wholeFont hands gofpdf the whole fonts, as the naive set-up does; only the tests use it, to
	// show that the subsets draw the same pixels.
	wholeFont bool
}

// document is a gofpdf document whose fonts hold the glyphs of the texts given to newDocument,
// and only those: the text of a document is known before it is drawn, and cutting the fonts to
// it first is what keeps a document at a few milliseconds (see package ttfsubset). Drawing a text
// that was not declared would show empty glyphs, so it is refused instead (with an error from
// output, as gofpdf reports its own errors).
//
// Text is drawn in the primary font; runs of characters only the fallback font has are drawn in
// the fallback, which is registered only when the declared text needs it.
type document struct {
	pdf      *gofpdf.Fpdf
	runes    map[rune]bool
	fallback bool    // some declared rune is drawn in the fallback font
	size     float64 // the current font size in points
	err      error
}

func newDocument(l layout, texts ...string) (*document, error) {
	d := &document{runes: map[rune]bool{}}
	var primary, fallback, missing []rune
	seen := map[rune]bool{}
	for _, t := range texts {
		for _, r := range t {
			if seen[r] {
				continue
			}
			seen[r] = true
			switch fontFor(r) {
			case inPrimary:
				primary = append(primary, r)
			case inFallback:
				fallback = append(fallback, r)
			default:
				missing = append(missing, r)
			}
		}
	}
	if l.strict && len(missing) > 0 {
		return nil, &MissingGlyphsError{Runes: missing}
	}
	for _, r := range missing { // drawn as the primary font's box, or as 〓 beyond the BMP
		r = []rune(drawable(string(r)))[0]
		if !slices.Contains(primary, r) {
			primary = append(primary, r)
		}
	}
	for _, r := range primary {
		d.runes[r] = true
	}
	for _, r := range fallback {
		d.runes[r] = true
	}
	d.fallback = len(fallback) > 0

	primaryFont, err := subset(font, fontTTF, primary, l.wholeFont)
	if err != nil {
		return nil, err
	}
	var fallbackSub cut
	if d.fallback {
		if fallbackSub, err = subset(fallbackFont, fallbackTTF, fallback, l.wholeFont); err != nil {
			return nil, err
		}
	}

	pdf := gofpdf.New("P", "mm", l.Size, "")
	// Byte-identical output for identical data: fixed dates, and objects in a fixed order
	// (gofpdf walks maps otherwise). Compression (zlib) is deterministic and stays on.
	pdf.SetCatalogSort(true)
	pdf.SetCreationDate(l.Created)
	pdf.SetModificationDate(l.Created)
	pdf.SetTitle(l.Title, true)
	pdf.SetCreator("ruankao", false)
	pdf.SetAutoPageBreak(false, 0)
	primaryFont.add(pdf, fontFamily, fontWidths().cw)
	if d.fallback {
		fallbackSub.add(pdf, fallbackFamily, fallbackFontWidths().cw)
	}
	pdf.SetFont(fontFamily, "", 10)
	d.pdf, d.size = pdf, 10
	return d, pdf.Error()
}

// cut is a font cut to a document's runes, or (glyphs nil) a whole font.
type cut struct {
	ttf    []byte
	glyphs map[rune]uint16 // each rune's glyph id in ttf
}

// subset cuts the parsed font to runes (the order does not matter), or returns the whole font.
func subset(parsed func() (*ttfsubset.Font, error), whole []byte, runes []rune, wholeFont bool) (cut, error) {
	if wholeFont {
		return cut{ttf: whole}, nil
	}
	f, err := parsed()
	if err != nil {
		return cut{}, fmt.Errorf("reports: font: %w", err)
	}
	b, glyphs, err := f.SubsetGlyphs(runes)
	if err != nil {
		return cut{}, fmt.Errorf("reports: font: %w", err)
	}
	return cut{b, glyphs}, nil
}

// add registers the font with gofpdf: a subset as it is, with its glyph ids as the PDF's
// character ids (gofpdf would parse it, cut it again and map Unicode onto the new glyph ids);
// a whole font the usual way, for gofpdf to cut.
func (c cut) add(pdf *gofpdf.Fpdf, family string, widths []int) {
	if c.glyphs == nil {
		pdf.AddUTF8FontFromBytes(family, "", c.ttf)
		return
	}
	pdf.AddUTF8SubsetFont(family, "", c.ttf, c.glyphs, widths)
}

// check refuses (once, for output to report) a text that newDocument was not given.
func (d *document) check(s string) string {
	s = drawable(s)
	for _, r := range s {
		if !d.runes[r] && r != '\n' && d.err == nil {
			d.err = fmt.Errorf("reports: %q drawn but not declared to newDocument (rune %q)", s, r)
		}
	}
	return s
}

// font sets the size in points; bold is drawn as fill and stroke (in black, as the text is),
// since the fonts have no bold face.
func (d *document) font(sizePt float64, bold bool) {
	d.size = sizePt
	d.pdf.SetFontSize(sizePt)
	if bold {
		d.pdf.SetDrawColor(0, 0, 0)
		d.pdf.SetTextRenderingMode(2)
		d.pdf.SetLineWidth(sizePt / 60)
	} else {
		d.pdf.SetTextRenderingMode(0)
		d.pdf.SetLineWidth(0.2)
	}
}

// textRun is a stretch of text drawn in one font.
type textRun struct {
	s        string
	fallback bool
}

// runs splits s (already checked) by font; a document without the fallback font has one run.
func (d *document) runs(s string) []textRun {
	if !d.fallback {
		return []textRun{{s: s}}
	}
	var out []textRun
	start, cur := 0, false
	for i, r := range s {
		fb := fontFor(r) == inFallback
		if i > 0 && fb != cur {
			out = append(out, textRun{s[start:i], cur})
			start = i
		}
		cur = fb
	}
	return append(out, textRun{s[start:], cur})
}

func (d *document) useFont(fallback bool) {
	if fallback {
		d.pdf.SetFont(fallbackFamily, "", d.size)
	} else {
		d.pdf.SetFont(fontFamily, "", d.size)
	}
}

// cell draws s in a cell (gofpdf's CellFormat: align "L", "C", "R", optionally with "M" for
// vertical centring; border "" or "1").
func (d *document) cell(w, h float64, s, border, align string) {
	s = d.check(s)
	runs := d.runs(s)
	if len(runs) == 1 && !runs[0].fallback {
		d.pdf.CellFormat(w, h, s, border, 0, align, false, 0, "")
		return
	}
	// Mixed fonts: the frame first, then each run in its own font, placed by hand.
	x, y := d.pdf.GetXY()
	d.pdf.CellFormat(w, h, "", border, 0, "", false, 0, "")
	margin := d.pdf.GetCellMargin()
	total := d.width(s)
	left := x + margin
	switch {
	case strings.Contains(align, "C"):
		left = x + (w-total)/2
	case strings.Contains(align, "R"):
		left = x + w - margin - total
	}
	vertical := strings.Trim(align, "LCR")
	d.pdf.SetCellMargin(0)
	for _, run := range runs {
		d.useFont(run.fallback)
		rw := d.pdf.GetStringWidth(run.s)
		d.pdf.SetXY(left, y)
		d.pdf.CellFormat(rw, h, run.s, "", 0, "L"+vertical, false, 0, "")
		left += rw
	}
	d.pdf.SetCellMargin(margin)
	d.useFont(false)
	d.pdf.SetXY(x+w, y)
}

// Punctuation that may not begin a line (避头点), kept at the end of the line before.
const noLineStart = "，。、；：？！）》」』〉】”’,.;:?!)%"

// wrap breaks s into lines no wider than w at the current font size, between any two
// characters (Chinese has no spaces to break at; gofpdf's SplitText drops the character it breaks
// at), keeping closing punctuation off the start of a line. Widths are summed rune by rune
// (gofpdf's text width is the sum of its runes' advances, so this is the same and linear).
func (d *document) wrap(s string, w float64) []string {
	s = d.check(s)
	w -= 2 * d.pdf.GetCellMargin()
	var lines []string
	start, lineW := 0, 0.0
	for i, r := range s {
		if r == '\n' {
			lines = append(lines, s[start:i])
			start, lineW = i+1, 0
			continue
		}
		rw := d.runeWidth(r)
		if i > start && lineW+rw > w && !strings.ContainsRune(noLineStart, r) {
			lines = append(lines, s[start:i])
			start, lineW = i, 0
		}
		lineW += rw
	}
	return append(lines, s[start:])
}

func (d *document) output(w io.Writer) error {
	if d.err != nil {
		return d.err
	}
	if err := d.pdf.Output(w); err != nil {
		return fmt.Errorf("reports: pdf: %w", err)
	}
	return nil
}
