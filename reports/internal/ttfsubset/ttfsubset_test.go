package ttfsubset

import (
	"bytes"
	"encoding/binary"
	"os"
	"testing"
)

func loadFont(t testing.TB) *Font {
	t.Helper()
	data, err := os.ReadFile("../../fonts/wqy-microhei.ttf")
	if err != nil {
		t.Fatal(err)
	}
	f, err := Parse(data)
	if err != nil {
		t.Fatal(err)
	}
	return f
}

// firstComposite finds a CJK rune drawn by a composite glyph, so the tests cover the renumbering
// of component references (most of this font's hanzi are composites).
func firstComposite(t *testing.T, f *Font) rune {
	for r := rune(0x4E00); r < 0x9FA5; r++ {
		if d := f.GlyphData(f.Glyph(r)); len(d) >= 10 && int16(binary.BigEndian.Uint16(d)) < 0 {
			return r
		}
	}
	t.Fatal("no composite hanzi")
	return 0
}

func TestParse(t *testing.T) {
	f := loadFont(t)
	if f.NumGlyphs() != 49531 {
		t.Errorf("NumGlyphs = %d, want 49531", f.NumGlyphs())
	}
	for _, r := range "喆堃珺张伟Az09¥，" {
		if !f.Has(r) {
			t.Errorf("no glyph for %q", r)
		}
	}
	for _, r := range []rune{'䶮', 0x20BB7, -1, 0xFFFF} {
		if f.Has(r) {
			t.Errorf("a glyph for %U, which the font lacks", r)
		}
	}
}

func TestSubsetKeepsGlyphs(t *testing.T) {
	f := loadFont(t)
	comp := firstComposite(t, f)
	runes := []rune("张喆堃珺 A1¥（）：" + string(comp) + "䶮\U00020BB7")
	data, err := f.Subset(runes)
	if err != nil {
		t.Fatal(err)
	}
	sub, err := Parse(data)
	if err != nil {
		t.Fatalf("subset does not parse: %v", err)
	}
	if got := checksum(data); got != 0xB1B0AFBA {
		t.Errorf("whole-font checksum %#x, want 0xB1B0AFBA", got)
	}
	for i := range int(binary.BigEndian.Uint16(data[4:])) { // each table's, head's adjustment as 0
		rec := data[12+16*i:]
		off, n := binary.BigEndian.Uint32(rec[8:]), binary.BigEndian.Uint32(rec[12:])
		table := bytes.Clone(data[off : off+n])
		if string(rec[:4]) == "head" {
			binary.BigEndian.PutUint32(table[8:], 0)
		}
		if got, want := binary.BigEndian.Uint32(rec[4:]), checksum(table); got != want {
			t.Errorf("table %q: checksum %#x in the directory, %#x computed", rec[:4], got, want)
		}
	}
	for _, r := range runes {
		if !f.Has(r) {
			if sub.Has(r) {
				t.Errorf("subset has %U, which the font lacks", r)
			}
			continue
		}
		sameGlyph(t, f, f.Glyph(r), sub, sub.Glyph(r), string(r))
	}
	if sub.NumGlyphs() >= 100 {
		t.Errorf("subset has %d glyphs for %d runes", sub.NumGlyphs(), len(runes))
	}
}

// sameGlyph compares glyph a of f and b of sub: same metrics, same outline bytes, and for
// composites the same components, recursively.
func sameGlyph(t *testing.T, f *Font, a uint16, sub *Font, b uint16, what string) {
	t.Helper()
	if a == 0 || b == 0 {
		t.Errorf("%s: glyph %d → %d", what, a, b)
		return
	}
	if f.Advance(a) != sub.Advance(b) || f.lsb[a] != sub.lsb[b] {
		t.Errorf("%s: metrics %d/%d, subset %d/%d", what, f.Advance(a), f.lsb[a], sub.Advance(b), sub.lsb[b])
	}
	da, db := f.GlyphData(a), sub.GlyphData(b)
	db = db[:min(len(db), len(da))] // the subset pads glyphs to 4 bytes
	var ca, cb []uint16
	components(da, func(at int) { ca = append(ca, binary.BigEndian.Uint16(da[at:])) })
	components(db, func(at int) { cb = append(cb, binary.BigEndian.Uint16(db[at:])) })
	if len(ca) != len(cb) {
		t.Errorf("%s: %d components, subset %d", what, len(ca), len(cb))
		return
	}
	masked := func(d []byte) []byte {
		d = bytes.Clone(d)
		components(d, func(at int) { d[at], d[at+1] = 0, 0 })
		return d
	}
	if !bytes.Equal(masked(da), masked(db)) {
		t.Errorf("%s: glyph bytes differ", what)
	}
	for i := range ca {
		sameGlyph(t, f, ca[i], sub, cb[i], what+" component")
	}
}

func TestSubsetDependsOnlyOnTheSet(t *testing.T) {
	f := loadFont(t)
	a, err := f.Subset([]rune("张喆收据¥1"))
	if err != nil {
		t.Fatal(err)
	}
	b, err := f.Subset([]rune("1¥据收喆张张1"))
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(a, b) {
		t.Error("the same runes in another order gave another font")
	}
}

func TestParseRefusesOtherFormats(t *testing.T) {
	for name, data := range map[string][]byte{
		"empty": nil,
		"ttc":   []byte("ttcf\x00\x01\x00\x00\x00\x00\x00\x00"),
		"otf":   []byte("OTTO\x00\x00\x00\x00\x00\x00\x00\x00"),
	} {
		if _, err := Parse(data); err == nil {
			t.Errorf("%s: parsed", name)
		}
	}
}

func BenchmarkSubset(b *testing.B) {
	f := loadFont(b)
	runes := []rune("计算机技术与软件专业技术资格（水平）考试报名费电子收据张喆壹仟零伍元整¥1,005.00 2026-05-20 14:03:07")
	for b.Loop() {
		if _, err := f.Subset(runes); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkParse is the cost paid once per process.
func BenchmarkParse(b *testing.B) {
	data, err := os.ReadFile("../../fonts/wqy-microhei.ttf")
	if err != nil {
		b.Fatal(err)
	}
	for b.Loop() {
		if _, err := Parse(data); err != nil {
			b.Fatal(err)
		}
	}
}
