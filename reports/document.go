package reports

import (
	"fmt"
	"io"
	"slices"
	"strings"
	"time"

	"github.com/ruankao/ruankao/reports/internal/gofpdf"
)

const fontFamily = "wqy"

// layout is what every document of this package sets up the same way.
type layout struct {
	Size    string    // gofpdf page size: "A4", "A5"
	Title   string    // PDF metadata; never personal data (the metadata travels with the file)
	Created time.Time // CreationDate and ModDate; taken from the data so that renders are identical

	// wholeFont hands gofpdf the whole font, as the naive set-up does; only the tests use it, to
	// show that the subset draws the same pixels.
	wholeFont bool
}

// document is a gofpdf document whose font holds the glyphs of the texts given to newDocument,
// and only those: the text of a document is known before it is drawn, and cutting the font to it
// first is what keeps a document at a few milliseconds (see package ttfsubset). Drawing a text
// that was not declared would show empty glyphs, so it is refused instead (with an error from
// output, as gofpdf reports its own errors).
type document struct {
	pdf   *gofpdf.Fpdf
	runes map[rune]bool
	err   error
}

func newDocument(l layout, texts ...string) (*document, error) {
	d := &document{runes: map[rune]bool{}}
	for _, t := range texts {
		for _, r := range drawable(t) {
			d.runes[r] = true
		}
	}
	fontBytes := fontTTF
	if !l.wholeFont {
		f, err := font()
		if err != nil {
			return nil, fmt.Errorf("reports: font: %w", err)
		}
		runes := make([]rune, 0, len(d.runes))
		for r := range d.runes {
			runes = append(runes, r)
		}
		slices.Sort(runes)
		if fontBytes, err = f.Subset(runes); err != nil {
			return nil, fmt.Errorf("reports: font: %w", err)
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
	pdf.AddUTF8FontFromBytes(fontFamily, "", fontBytes)
	pdf.SetFont(fontFamily, "", 10)
	d.pdf = pdf
	return d, pdf.Error()
}

// check refuses (once, for output to report) a text that newDocument was not given.
func (d *document) check(s string) string {
	s = drawable(s)
	for _, r := range s {
		if !d.runes[r] && d.err == nil {
			d.err = fmt.Errorf("reports: %q drawn but not declared to newDocument (rune %q)", s, r)
		}
	}
	return s
}

// font sets the size in points; bold is drawn as fill and stroke (in black, as the text is),
// since the font has no bold face.
func (d *document) font(sizePt float64, bold bool) {
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

// cell draws s in a cell (gofpdf's CellFormat: align "L", "C", "R"; border "" or "1").
func (d *document) cell(w, h float64, s, border, align string) {
	d.pdf.CellFormat(w, h, d.check(s), border, 0, align, false, 0, "")
}

// Punctuation that may not begin a line (避头点), kept at the end of the line before.
const noLineStart = "，。、；：？！）》」』〉】”’,.;:?!)%"

// wrap breaks s into lines no wider than w at the current font size, between any two
// characters (Chinese has no spaces to break at; gofpdf's SplitText drops the character it breaks
// at), keeping closing punctuation off the start of a line.
func (d *document) wrap(s string, w float64) []string {
	s = d.check(s)
	w -= 2 * d.pdf.GetCellMargin()
	var lines []string
	var line []rune
	for _, r := range s {
		if r == '\n' {
			lines, line = append(lines, string(line)), nil
			continue
		}
		if len(line) > 0 && d.pdf.GetStringWidth(string(append(line, r))) > w && !strings.ContainsRune(noLineStart, r) {
			lines, line = append(lines, string(line)), nil
		}
		line = append(line, r)
	}
	return append(lines, string(line))
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
