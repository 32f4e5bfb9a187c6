package gofpdf

// ruankao: fonts that the caller has already cut to a document's text.
//
// AddUTF8FontFromBytes parses the font it is given (its cmap and widths into 65,536-entry tables)
// and, on Output, cuts it again to the runes drawn and embeds it with a 128 KB CIDToGIDMap from
// Unicode to the new glyph ids, compressed per font per document. A font that is already a
// subset needs none of that: its glyph ids serve as the CIDs (/CIDToGIDMap /Identity), text is
// written as glyph ids, and a ToUnicode CMap of just its glyphs keeps the text extractable.

import (
	"fmt"
	"slices"
	"strconv"
	"unicode/utf16"
)

// cutFont is what a font registered with AddUTF8SubsetFont embeds.
type cutFont struct {
	file   []byte          // the TrueType file, embedded as is
	glyphs map[rune]uint16 // the glyph id in file (and CID) of each rune it draws
}

// AddUTF8SubsetFont registers a TrueType font that holds the glyphs of a document's text and is
// embedded as given, with its glyph ids as the CIDs. glyphs maps each rune the document draws in
// this font to its glyph id in ttf; a rune drawn that is not in it draws as glyph 0 (.notdef).
// widths is the rune-indexed width table of fontDefType.Cw (thousandths of an em, 0 for no glyph,
// 65535 for a glyph of no width), 65,536 entries for the BMP; it is only read, so one table can
// serve every document cut from the same font. Page number aliases (AliasNbPages) are not
// replaced in text drawn in such a font.
func (f *Fpdf) AddUTF8SubsetFont(familyStr, styleStr string, ttf []byte, glyphs map[rune]uint16, widths []int) {
	if f.err != nil {
		return
	}
	familyStr = fontFamilyEscape(familyStr)
	fontkey := getFontKey(familyStr, styleStr)
	if _, ok := f.fonts[fontkey]; ok {
		return
	}
	if len(widths) != 1<<16 {
		f.err = fmt.Errorf("utf8 font %s: %d widths, want 65536", fontkey, len(widths))
		return
	}
	utf, err := parseSubsetMetrics(ttf)
	if err != nil {
		f.err = fmt.Errorf("utf8 font %s: %w", fontkey, err)
		return
	}
	f.fonts[fontkey] = fontDefType{
		Tp:   "UTF8",
		Name: fontkey,
		Desc: FontDescType{
			Ascent:       utf.Ascent,
			Descent:      utf.Descent,
			CapHeight:    utf.CapHeight,
			Flags:        utf.Flags,
			FontBBox:     utf.Bbox,
			ItalicAngle:  utf.ItalicAngle,
			StemV:        utf.StemV,
			MissingWidth: widthOfGlyph0(ttf, utf),
		},
		Up:        int(round(utf.UnderlinePosition)),
		Ut:        round(utf.UnderlineThickness),
		Cw:        widths,
		usedRunes: map[int]int{},
		cut:       &cutFont{file: ttf, glyphs: glyphs},
		i:         cutFontID(fontkey, len(f.fonts)),
	}
}

// parseSubsetMetrics reads only the font-wide metrics (head, hhea, OS/2, post), not the cmap
// and widths of every glyph, which the caller gave.
func parseSubsetMetrics(ttf []byte) (utf *utf8FontFile, err error) {
	defer func() { // the table readers index the file without checking its length
		if r := recover(); r != nil {
			err = fmt.Errorf("malformed TrueType font: %v", r)
		}
	}()
	utf = newUTF8Font(&fileReader{array: ttf})
	if v := utf.readUint32(); v != 0x00010000 && v != 0x74727565 {
		return nil, fmt.Errorf("not a TrueType font: %#x", v)
	}
	utf.generateTableDescriptions()
	for _, t := range []string{"head", "hhea", "hmtx", "post"} {
		if utf.tableDescriptions[t] == nil {
			return nil, fmt.Errorf("no %s table", t)
		}
	}
	utf.parseHEADTable()
	utf.parseHHEATable()
	utf.parsePOSTTable(utf.parseOS2Table())
	return utf, nil
}

// widthOfGlyph0 is the advance of .notdef, the MissingWidth that AddUTF8FontFromBytes sets.
func widthOfGlyph0(ttf []byte, utf *utf8FontFile) int {
	adv := utf.getUint16(utf.tableDescriptions["hmtx"].position)
	if adv >= 1<<15 {
		adv = 0
	}
	return round(1000.0 / float64(utf.fontElementSize) * float64(adv))
}

// cutFontID names the font's resource: the font key when it is a plain PDF name (it is unique
// in the document), instead of a 40-digit hash repeated by every font change in the content.
func cutFontID(fontkey string, n int) string {
	for _, c := range fontkey {
		if !('a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9') {
			return "c" + strconv.Itoa(n)
		}
	}
	return fontkey
}

// textString is s in the current UTF-8 font's encoding for a content stream (escaped, without
// the parentheses): glyph ids for a cut font, else UTF-16BE, noting the runes for the font's
// subset.
func (f *Fpdf) textString(s string) string {
	cut := f.currentFont.cut
	if cut == nil {
		for _, r := range s {
			f.currentFont.usedRunes[int(r)] = int(r)
		}
		return f.escape(utf8toutf16(s, false))
	}
	b := make([]byte, 0, 2*len(s))
	for _, r := range s {
		g := cut.glyphs[r]
		b = append(b, byte(g>>8), byte(g))
	}
	return f.escape(string(b))
}

// putCutFont writes the objects of a cut font, the Type0 font first (at font.N).
func (f *Fpdf) putCutFont(font *fontDefType) {
	cut := font.cut
	name := "utf8" + font.Name
	// Every glyph a rune maps to, with its width, by glyph id; glyphs only composites use get
	// none. Of two runes with one glyph, the first stays, for ToUnicode.
	glyphs := make([]cutGlyph, 0, len(cut.glyphs))
	for r, g := range cut.glyphs {
		w := font.Cw[r&0xFFFF]
		if w == 65535 {
			w = 0
		}
		glyphs = append(glyphs, cutGlyph{g, r, w})
	}
	slices.SortFunc(glyphs, func(a, b cutGlyph) int {
		if a.gid != b.gid {
			return int(a.gid) - int(b.gid)
		}
		return int(a.r - b.r)
	})
	glyphs = slices.CompactFunc(glyphs, func(a, b cutGlyph) bool { return a.gid == b.gid })

	f.newobj()
	f.outf("<</Type /Font /Subtype /Type0 /BaseFont /%s /Encoding /Identity-H /DescendantFonts [%d 0 R] /ToUnicode %d 0 R>>",
		name, f.n+1, f.n+2)
	f.out("endobj")

	f.newobj()
	dw := commonWidth(glyphs)
	var s fmtBuffer
	s.printf("<</Type /Font /Subtype /CIDFontType2 /BaseFont /%s /CIDSystemInfo <</Registry (Adobe) /Ordering (Identity) /Supplement 0>>", name)
	s.printf(" /FontDescriptor %d 0 R /DW %d /W [", f.n+2, dw)
	for i := 0; i < len(glyphs); {
		if glyphs[i].w == dw {
			i++
			continue
		}
		// A run of consecutive glyph ids whose widths differ from /DW: "first [w w ...]".
		s.WriteString(strconv.Itoa(int(glyphs[i].gid)) + " [")
		j := i
		for ; j < len(glyphs) && glyphs[j].gid == glyphs[i].gid+uint16(j-i) && glyphs[j].w != dw; j++ {
			s.WriteString(strconv.Itoa(glyphs[j].w) + " ")
		}
		s.WriteString("] ")
		i = j
	}
	s.WriteString("] /CIDToGIDMap /Identity>>")
	f.out(s.String())
	f.out("endobj")

	f.newobj()
	withCompressed(toUnicodeCMap(glyphs), func(cmap []byte) {
		f.outf("<</Length %d /Filter /FlateDecode>>", len(cmap))
		f.putstream(cmap)
	})
	f.out("endobj")

	f.newobj()
	s.Truncate(0)
	d := font.Desc
	s.printf("<</Type /FontDescriptor /FontName /%s /Ascent %d /Descent %d /CapHeight %d", name, d.Ascent, d.Descent, d.CapHeight)
	s.printf(" /Flags %d /FontBBox [%d %d %d %d] /ItalicAngle %d /StemV %d /MissingWidth %d /FontFile2 %d 0 R>>",
		(d.Flags|4)&^32, d.FontBBox.Xmin, d.FontBBox.Ymin, d.FontBBox.Xmax, d.FontBBox.Ymax,
		d.ItalicAngle, d.StemV, d.MissingWidth, f.n+1)
	f.out(s.String())
	f.out("endobj")

	f.newobj()
	withCompressed(cut.file, func(file []byte) {
		f.outf("<</Length %d /Filter /FlateDecode /Length1 %d>>", len(file), len(cut.file))
		f.putstream(file)
	})
	f.out("endobj")
}

// cutGlyph is a glyph of a cut font that a rune maps to.
type cutGlyph struct {
	gid uint16
	r   rune
	w   int // thousandths of an em
}

// commonWidth is the most frequent width (the smallest of equals), for /DW.
func commonWidth(glyphs []cutGlyph) int {
	count := map[int]int{}
	best := 0
	for _, g := range glyphs {
		count[g.w]++
	}
	for w, n := range count {
		if n > count[best] || n == count[best] && w < best {
			best = w
		}
	}
	return best
}

// toUnicodeCMap maps each glyph id back to its rune, so that text can be extracted and searched.
func toUnicodeCMap(glyphs []cutGlyph) []byte {
	b := []byte("/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n" +
		"/CIDSystemInfo <</Registry (Adobe) /Ordering (UCS) /Supplement 0>> def\n" +
		"/CMapName /Adobe-Identity-UCS def\n/CMapType 2 def\n" +
		"1 begincodespacerange\n<0000> <FFFF>\nendcodespacerange\n")
	const hex = "0123456789ABCDEF"
	hex4 := func(b []byte, v uint16) []byte {
		return append(b, hex[v>>12], hex[v>>8&15], hex[v>>4&15], hex[v&15])
	}
	for at := 0; at < len(glyphs); at += 100 { // at most 100 entries a block
		block := glyphs[at:min(at+100, len(glyphs))]
		b = append(b, strconv.Itoa(len(block))+" beginbfchar\n"...)
		for _, g := range block {
			b = hex4(append(b, '<'), g.gid)
			b = append(b, "> <"...)
			for _, u := range utf16.AppendRune(nil, g.r) {
				b = hex4(b, u)
			}
			b = append(b, ">\n"...)
		}
		b = append(b, "endbfchar\n"...)
	}
	return append(b, "endcmap\nCMapName currentdict /CMap defineresource pop\nend\nend"...)
}

// sizeHint guesses the size of the finished file from its largest parts (ruankao): the pages
// (compressed to about a third), the images (embedded as they are) and the cut fonts (to about
// two thirds).
func (f *Fpdf) sizeHint() int {
	n := 16 << 10
	for _, p := range f.pages {
		if p != nil {
			n += p.Len() / 3
		}
	}
	for _, img := range f.images {
		n += len(img.data)
	}
	for _, font := range f.fonts {
		if font.cut != nil {
			n += len(font.cut.file) * 2 / 3
		}
	}
	return n
}
