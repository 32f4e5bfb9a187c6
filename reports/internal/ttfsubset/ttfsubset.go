// Package ttfsubset cuts a TrueType font down to the glyphs of a few runes.
//
// It exists because gofpdf parses the whole font it is given twice per document (the cmap,
// widths and glyph offsets of all ~49.5k glyphs of the CJK font, once in AddUTF8FontFromBytes and
// again when it subsets the font on Output) and offers no way to reuse a parsed font between
// documents. The big font is parsed once here, and each document hands gofpdf a font of only the
// glyphs it uses (SubsetGlyphs), which gofpdf's AddUTF8SubsetFont embeds as it is, with the glyph
// ids as the PDF's character ids. Glyph outlines, metrics and hinting tables are copied
// unchanged, so a subset draws exactly what the full font draws.
//
// Only what gofpdf reads is written: head, hhea, maxp, OS/2, hmtx, cmap (one Unicode BMP format
// 4 subtable, the only kind gofpdf reads), loca, glyf, name, post (version 3, no glyph names) and
// the hinting tables cvt, fpgm, prep and gasp. Layout tables (GSUB, GPOS …) and vertical metrics
// are dropped, as gofpdf drops them.
package ttfsubset

import (
	"encoding/binary"
	"errors"
	"fmt"
	"slices"
)

// Font is a parsed TrueType font; it is read-only after Parse and safe for concurrent use.
type Font struct {
	tables    map[string][]byte
	glyf      []byte // tables["glyf"], looked up once: GlyphData runs several times per glyph
	numGlyphs int
	loca      []uint32   // numGlyphs+1 offsets into glyf
	advance   []uint16   // per glyph
	lsb       []int16    // per glyph
	cmap      [][]uint16 // BMP rune → glyph id, in 256 pages of 256 (nil page: no glyphs)
}

// copied are the tables taken over byte for byte (the hinting ones only where the font has them).
var copied = []string{"OS/2", "name", "cvt ", "fpgm", "prep", "gasp"}

// Parse reads a TrueType (glyf-outline) font. It keeps a reference to data.
func Parse(data []byte) (*Font, error) {
	f := &Font{tables: map[string][]byte{}}
	if len(data) < 12 {
		return nil, errors.New("ttfsubset: too short for a font")
	}
	if v := be32(data, 0); v != 0x00010000 && v != 0x74727565 {
		return nil, fmt.Errorf("ttfsubset: not a TrueType font (sfnt version %#x)", v)
	}
	n := int(be16(data, 4))
	if len(data) < 12+16*n {
		return nil, errors.New("ttfsubset: table directory cut short")
	}
	for i := range n {
		rec := data[12+16*i:]
		tag := string(rec[:4])
		off, length := int(be32(rec, 8)), int(be32(rec, 12))
		if off < 0 || length < 0 || off+length > len(data) {
			return nil, fmt.Errorf("ttfsubset: table %q lies outside the file", tag)
		}
		f.tables[tag] = data[off : off+length]
	}
	for _, t := range []string{"head", "hhea", "maxp", "hmtx", "cmap", "loca", "glyf", "post", "OS/2", "name"} {
		if _, ok := f.tables[t]; !ok {
			return nil, fmt.Errorf("ttfsubset: no %q table", t)
		}
	}
	head, hhea, maxp := f.tables["head"], f.tables["hhea"], f.tables["maxp"]
	if len(head) < 54 || len(hhea) < 36 || len(maxp) < 6 || len(f.tables["post"]) < 32 {
		return nil, errors.New("ttfsubset: head, hhea, maxp or post too short")
	}
	f.numGlyphs = int(be16(maxp, 4))
	f.glyf = f.tables["glyf"]
	if err := f.parseLoca(int(be16(head, 50))); err != nil {
		return nil, err
	}
	if err := f.parseHmtx(int(be16(hhea, 34))); err != nil {
		return nil, err
	}
	if err := f.parseCmap(); err != nil {
		return nil, err
	}
	return f, nil
}

func (f *Font) parseLoca(format int) error {
	loca, glyfLen := f.tables["loca"], uint32(len(f.tables["glyf"]))
	f.loca = make([]uint32, f.numGlyphs+1)
	for i := range f.loca {
		switch format {
		case 0:
			if len(loca) < 2*(i+1) {
				return errors.New("ttfsubset: loca cut short")
			}
			f.loca[i] = 2 * uint32(be16(loca, 2*i))
		case 1:
			if len(loca) < 4*(i+1) {
				return errors.New("ttfsubset: loca cut short")
			}
			f.loca[i] = be32(loca, 4*i)
		default:
			return fmt.Errorf("ttfsubset: unknown loca format %d", format)
		}
		if f.loca[i] > glyfLen || (i > 0 && f.loca[i] < f.loca[i-1]) {
			return fmt.Errorf("ttfsubset: bad loca entry %d", i)
		}
	}
	return nil
}

func (f *Font) parseHmtx(numberOfHMetrics int) error {
	hmtx := f.tables["hmtx"]
	if numberOfHMetrics < 1 || numberOfHMetrics > f.numGlyphs ||
		len(hmtx) < 4*numberOfHMetrics+2*(f.numGlyphs-numberOfHMetrics) {
		return errors.New("ttfsubset: hmtx does not match hhea and maxp")
	}
	f.advance = make([]uint16, f.numGlyphs)
	f.lsb = make([]int16, f.numGlyphs)
	for g := range f.numGlyphs {
		if g < numberOfHMetrics {
			f.advance[g] = be16(hmtx, 4*g)
			f.lsb[g] = int16(be16(hmtx, 4*g+2))
		} else {
			// Glyphs past numberOfHMetrics share the last advance and keep their own lsb.
			f.advance[g] = f.advance[numberOfHMetrics-1]
			f.lsb[g] = int16(be16(hmtx, 4*numberOfHMetrics+2*(g-numberOfHMetrics)))
		}
	}
	return nil
}

// parseCmap reads the Unicode BMP subtable (format 4). Runes beyond the BMP are left out on
// purpose: gofpdf indexes its width and CID-to-glyph tables by rune within 0–0xFFFF.
func (f *Font) parseCmap() error {
	cmap := f.tables["cmap"]
	if len(cmap) < 4 {
		return errors.New("ttfsubset: cmap too short")
	}
	var sub []byte
	for i := range int(be16(cmap, 2)) {
		if len(cmap) < 4+8*(i+1) {
			return errors.New("ttfsubset: cmap directory cut short")
		}
		platform, encoding, off := be16(cmap, 4+8*i), be16(cmap, 6+8*i), int(be32(cmap, 8+8*i))
		if (platform == 3 && encoding == 1) || platform == 0 {
			if off+4 <= len(cmap) && be16(cmap, off) == 4 {
				sub = cmap[off:]
				break
			}
		}
	}
	if sub == nil {
		return errors.New("ttfsubset: no Unicode format 4 cmap")
	}
	if len(sub) < 14 {
		return errors.New("ttfsubset: cmap format 4 cut short")
	}
	segs := int(be16(sub, 6)) / 2
	ends, starts, deltas, ranges := 14, 16+2*segs, 16+4*segs, 16+6*segs
	if len(sub) < ranges+2*segs {
		return errors.New("ttfsubset: cmap format 4 cut short")
	}
	f.cmap = make([][]uint16, 256)
	for s := range segs {
		end, start := int(be16(sub, ends+2*s)), int(be16(sub, starts+2*s))
		delta, rangeOff := be16(sub, deltas+2*s), int(be16(sub, ranges+2*s))
		for r := start; r <= end && r < 0xFFFF; r++ {
			var g uint16
			if rangeOff == 0 {
				g = uint16(r) + delta
			} else {
				at := ranges + 2*s + rangeOff + 2*(r-start)
				if at+2 > len(sub) {
					continue
				}
				if g = be16(sub, at); g != 0 {
					g += delta
				}
			}
			if g == 0 || int(g) >= f.numGlyphs {
				continue
			}
			page := f.cmap[r>>8]
			if page == nil {
				page = make([]uint16, 256)
				f.cmap[r>>8] = page
			}
			page[r&0xFF] = g
		}
	}
	return nil
}

// Glyph returns the glyph id of r, or 0 when the font has no glyph for it.
func (f *Font) Glyph(r rune) uint16 {
	if r < 0 || r >= 0xFFFF || f.cmap[r>>8] == nil {
		return 0
	}
	return f.cmap[r>>8][r&0xFF]
}

// Has says whether the font has a glyph for r.
func (f *Font) Has(r rune) bool { return f.Glyph(r) != 0 }

// UnitsPerEm is the size of the em square in font units, which advances are measured in.
func (f *Font) UnitsPerEm() int { return int(be16(f.tables["head"], 18)) }

// NumGlyphs is the number of glyphs in the font.
func (f *Font) NumGlyphs() int { return f.numGlyphs }

// Advance is the advance width of glyph g in font units.
func (f *Font) Advance(g uint16) uint16 { return f.advance[g] }

// GlyphData is glyph g's record in glyf, as stored.
func (f *Font) GlyphData(g uint16) []byte { return f.glyf[f.loca[g]:f.loca[g+1]] }

// Composite glyph flags (OpenType glyf table).
const (
	argsAreWords    = 0x0001
	haveScale       = 0x0008
	moreComponents  = 0x0020
	haveXYScale     = 0x0040
	haveTwoByTwo    = 0x0080
	compositeHeader = 10
)

// components calls fn with the offset of each component's glyph index in a composite glyph.
func components(glyph []byte, fn func(at int)) error {
	if len(glyph) < compositeHeader || int16(be16(glyph, 0)) >= 0 {
		return nil
	}
	at := compositeHeader
	for {
		if at+4 > len(glyph) {
			return errors.New("ttfsubset: composite glyph cut short")
		}
		flags := be16(glyph, at)
		fn(at + 2)
		at += 4
		if flags&argsAreWords != 0 {
			at += 4
		} else {
			at += 2
		}
		switch {
		case flags&haveScale != 0:
			at += 2
		case flags&haveXYScale != 0:
			at += 4
		case flags&haveTwoByTwo != 0:
			at += 8
		}
		if flags&moreComponents == 0 {
			return nil
		}
	}
}

// Subset returns a TrueType font holding .notdef and the glyphs of runes (and the glyphs their
// composites are built from), renumbered in the order of their ids in this font. Runes the font
// has no glyph for are left out; they draw as .notdef. The result depends only on the set of
// runes, not on their order or repetition.
func (f *Font) Subset(runes []rune) ([]byte, error) {
	b, _, err := f.SubsetGlyphs(runes)
	return b, err
}

// SubsetGlyphs is Subset, and also the glyph id in the subset of each of the runes that the font
// has: the subset's cmap, for a caller that would otherwise parse it back.
func (f *Font) SubsetGlyphs(runes []rune) ([]byte, map[rune]uint16, error) {
	// keep is a bit per glyph of the font (6 KB for 49.5k glyphs, cheaper than a map); old
	// collects the kept glyph ids.
	keep := make([]uint64, (f.numGlyphs+63)/64)
	old := make([]uint16, 0, 2*len(runes)+1) // .notdef, then about a component per rune
	mark := func(g uint16) bool {
		if keep[g/64]&(1<<(g%64)) != 0 {
			return false
		}
		keep[g/64] |= 1 << (g % 64)
		old = append(old, g)
		return true
	}
	mark(0)
	var todo []uint16
	for _, r := range runes {
		if g := f.Glyph(r); g != 0 && mark(g) {
			todo = append(todo, g)
		}
	}
	for len(todo) > 0 {
		g := todo[len(todo)-1]
		todo = todo[:len(todo)-1]
		var bad error
		data := f.GlyphData(g)
		err := components(data, func(at int) {
			c := be16(data, at)
			if int(c) >= f.numGlyphs {
				bad = fmt.Errorf("ttfsubset: glyph %d refers to glyph %d, past the end", g, c)
				return
			}
			if mark(c) {
				todo = append(todo, c)
			}
		})
		if err = errors.Join(err, bad); err != nil {
			return nil, nil, err
		}
	}
	slices.Sort(old)
	renum := func(g uint16) uint16 { i, _ := slices.BinarySearch(old, g); return uint16(i) }

	glyphs := make(map[rune]uint16, len(runes))
	for _, r := range runes {
		if g := f.Glyph(r); g != 0 {
			glyphs[r] = renum(g)
		}
	}

	// loca and hmtx first, from the glyphs' sizes; the glyphs themselves are copied straight
	// into the file by assemble, and their component references renumbered there.
	loca := make([]byte, 0, 4*(len(old)+1))
	hmtx := make([]byte, 0, 4*len(old))
	size := 0
	for _, g := range old {
		loca = binary.BigEndian.AppendUint32(loca, uint32(size))
		size += (len(f.GlyphData(g)) + 3) &^ 3
		hmtx = binary.BigEndian.AppendUint16(hmtx, f.advance[g])
		hmtx = binary.BigEndian.AppendUint16(hmtx, uint16(f.lsb[g]))
	}
	loca = binary.BigEndian.AppendUint32(loca, uint32(size))
	glyf := func(b []byte) ([]byte, error) {
		for _, g := range old {
			start := len(b)
			b = append(b, f.GlyphData(g)...)
			data := b[start:]
			if err := components(data, func(at int) {
				binary.BigEndian.PutUint16(data[at:], renum(be16(data, at)))
			}); err != nil {
				return nil, err
			}
			for len(b)%4 != 0 {
				b = append(b, 0)
			}
		}
		return b, nil
	}

	n := uint16(len(old))
	head := slices.Clone(f.tables["head"])
	binary.BigEndian.PutUint32(head[8:], 0)  // checkSumAdjustment, set once the file is whole
	binary.BigEndian.PutUint16(head[50:], 1) // long loca offsets
	hhea := slices.Clone(f.tables["hhea"])
	binary.BigEndian.PutUint16(hhea[34:], n)
	maxp := slices.Clone(f.tables["maxp"])
	binary.BigEndian.PutUint16(maxp[4:], n)
	post := slices.Clone(f.tables["post"][:32])
	binary.BigEndian.PutUint32(post[0:], 0x00030000)

	out := map[string][]byte{
		"head": head, "hhea": hhea, "maxp": maxp, "post": post,
		"hmtx": hmtx, "loca": loca, "cmap": subsetCmap(glyphs),
	}
	for _, t := range copied {
		if data, ok := f.tables[t]; ok {
			out[t] = data
		}
	}
	file, err := assemble(out, "glyf", size, glyf)
	if err != nil {
		return nil, nil, err
	}
	return file, glyphs, nil
}

// subsetCmap builds a format 4 subtable with one segment per run of consecutive runes whose
// new glyph ids are consecutive too, so every segment is a plain idDelta (gofpdf reads both
// kinds; this one needs no glyph id array).
func subsetCmap(glyphs map[rune]uint16) []byte {
	type pair struct{ code, glyph uint16 }
	pairs := make([]pair, 0, len(glyphs))
	for r, g := range glyphs {
		pairs = append(pairs, pair{uint16(r), g})
	}
	slices.SortFunc(pairs, func(a, b pair) int { return int(a.code) - int(b.code) })
	type seg struct{ start, end, delta uint16 }
	var segs []seg
	for _, p := range pairs {
		c := p.code
		if k := len(segs) - 1; k >= 0 && segs[k].end+1 == c && c+segs[k].delta == p.glyph {
			segs[k].end = c
			continue
		}
		segs = append(segs, seg{c, c, p.glyph - c})
	}
	segs = append(segs, seg{0xFFFF, 0xFFFF, 1}) // the closing segment maps 0xFFFF to glyph 0

	segX2 := uint16(2 * len(segs))
	searchRange, selector := uint16(2), uint16(0)
	for searchRange*2 <= segX2 {
		searchRange *= 2
		selector++
	}
	length := 16 + 8*len(segs)
	b := make([]byte, 0, 12+length)
	b = be16s(b, 0, 1, 3, 1) // version; one subtable: Windows, Unicode BMP
	b = binary.BigEndian.AppendUint32(b, 12)
	b = be16s(b, 4, uint16(length), 0, segX2, searchRange, selector, segX2-searchRange)
	for _, s := range segs {
		b = be16s(b, s.end)
	}
	b = be16s(b, 0) // reservedPad
	for _, s := range segs {
		b = be16s(b, s.start)
	}
	for _, s := range segs {
		b = be16s(b, s.delta)
	}
	for range segs {
		b = be16s(b, 0) // idRangeOffset: none
	}
	return b
}

func be16(b []byte, at int) uint16 { return binary.BigEndian.Uint16(b[at:]) }
func be32(b []byte, at int) uint32 { return binary.BigEndian.Uint32(b[at:]) }

func be16s(b []byte, vs ...uint16) []byte {
	for _, v := range vs {
		b = binary.BigEndian.AppendUint16(b, v)
	}
	return b
}
