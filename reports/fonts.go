package reports

import (
	_ "embed"
	"fmt"
	"strings"
	"sync"

	"github.com/ruankao/ruankao/reports/internal/ttfsubset"
)

// fontTTF is WenQuanYi Micro Hei (fonts/build.sh makes it, fonts/LICENSE-wqy-microhei.txt is its
// licence): plain TrueType, as gofpdf needs, with Latin, digits and the GBK hanzi, which real
// names need (喆, 堃, 珺 are outside GB2312).
//
//go:embed fonts/wqy-microhei.ttf
var fontTTF []byte

// fallbackTTF is the fallback for the ideographs Micro Hei lacks, above all CJK Extension A
// (䶮): a 2.6 MB cut of WenQuanYi Zen Hei, the same 黑体 style (fonts/build-fallback.sh makes it
// and says why this font and this cut; fonts/LICENSE-wqy-zenhei.txt is its licence). A document
// embeds a subset of it only when its text needs one of those characters.
//
//go:embed fonts/wqy-zenhei-exta.ttf
var fallbackTTF []byte

// The fonts are parsed once per process; every document then embeds subsets cut from them (see
// package ttfsubset for why gofpdf is not handed a whole font).
var (
	font         = sync.OnceValues(func() (*ttfsubset.Font, error) { return ttfsubset.Parse(fontTTF) })
	fallbackFont = sync.OnceValues(func() (*ttfsubset.Font, error) { return ttfsubset.Parse(fallbackTTF) })

	fontWidths         = sync.OnceValue(func() widthTable { return gofpdfWidths(font) })
	fallbackFontWidths = sync.OnceValue(func() widthTable { return gofpdfWidths(fallbackFont) })
)

// missingMark stands in for runes outside the Basic Multilingual Plane (e.g. 𠮷, CJK Extension B)
// where a document is lenient about missing glyphs (the receipt): gofpdf indexes its tables by
// rune up to 0xFFFF and panics past it. 〓 is the typesetter's usual mark for a character that
// could not be set.
const missingMark = '〓'

// drawable is the text as it will be drawn: runes beyond the BMP replaced by missingMark.
func drawable(s string) string {
	return strings.Map(func(r rune) rune {
		if r > 0xFFFF {
			return missingMark
		}
		return r
	}, s)
}

// Which font draws a rune.
const (
	inPrimary = iota
	inFallback
	inNone
)

// fontFor says which font has a glyph for r: the primary font first, then the fallback. Layout
// characters (new line, tab) count as the primary's.
func fontFor(r rune) int {
	if r == '\n' || r == '\t' {
		return inPrimary
	}
	if r > 0xFFFF {
		return inNone // past gofpdf's reach, whatever the fonts hold
	}
	if f, err := font(); err == nil && f.Has(r) {
		return inPrimary
	}
	if f, err := fallbackFont(); err == nil && f.Has(r) {
		return inFallback
	}
	return inNone
}

// MissingGlyphs lists, once each and in order of appearance, the runes of s that neither font
// can draw: runes of the BMP that no font has, and every rune beyond the BMP (e.g. 𠮷, which
// gofpdf cannot address). An admin's pre-print check lists them; the ticket documents refuse
// such text with a *MissingGlyphsError, the receipt draws them as a box (BMP) or 〓.
func MissingGlyphs(s string) []rune {
	var missing []rune
	seen := map[rune]bool{}
	for _, r := range s {
		if seen[r] {
			continue
		}
		seen[r] = true
		if fontFor(r) == inNone {
			missing = append(missing, r)
		}
	}
	return missing
}

// MissingGlyphsError is returned by the documents that refuse to draw a character no font has
// (tickets, sign-in sheets): a name printed with a box on an admission ticket is a ticket the
// door staff cannot match to the ID card.
type MissingGlyphsError struct {
	Runes []rune // once each, in order of appearance
}

func (e *MissingGlyphsError) Error() string {
	var b strings.Builder
	for i, r := range e.Runes {
		if i > 0 {
			b.WriteString(", ")
		}
		fmt.Fprintf(&b, "%c (U+%04X)", r, r)
	}
	return "reports: no font has " + b.String()
}
