package reports

import (
	_ "embed"
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

// font is parsed once per process; every document then embeds a subset cut from it (see
// package ttfsubset for why gofpdf is not handed the whole font).
var font = sync.OnceValues(func() (*ttfsubset.Font, error) { return ttfsubset.Parse(fontTTF) })

// missingMark stands in for runes outside the Basic Multilingual Plane (e.g. 𠮷, CJK Extension B):
// gofpdf indexes its tables by rune up to 0xFFFF and panics past it. 〓 is the typesetter's usual
// mark for a character that could not be set.
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

// MissingGlyphs lists, once each and in order of appearance, the runes of s that the documents'
// font cannot draw. They still appear in the PDF: runes of the BMP (such as 䶮, CJK Extension A,
// which the font lacks) as the font's empty box, with the right character in the text layer;
// runes beyond it as 〓. A caller may warn when a name gives a non-empty list.
func MissingGlyphs(s string) []rune {
	f, err := font()
	if err != nil {
		return []rune(s)
	}
	var missing []rune
	seen := map[rune]bool{}
	for _, r := range s {
		if r == '\n' || r == '\t' || seen[r] {
			continue
		}
		seen[r] = true
		if !f.Has(r) {
			missing = append(missing, r)
		}
	}
	return missing
}
