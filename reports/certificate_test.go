package reports

import (
	"bytes"
	"errors"
	"fmt"
	"image/png"
	"regexp"
	"slices"
	"strings"
	"sync"
	"testing"

	"github.com/makiuchi-d/gozxing"
	gozxingqr "github.com/makiuchi-d/gozxing/qrcode"
)

func sampleCertificate(i int) CertificateData {
	number := fmt.Sprintf("202612100000GX01%06d", 123+i)
	return CertificateData{
		Number:        number,
		Name:          "欧阳喆",
		Gender:        "男",
		IDType:        "居民身份证",
		IDNumber:      "21020219900307123X",
		Qualification: "系统架构设计师",
		Level:         "高级",
		SessionName:   "2026年下半年计算机技术与软件专业技术资格（水平）考试",
		IssuedOn:      "2026年12月20日",
		IssuingRegion: "辽宁省",
		Photo:         testPhoto(),
		VerifyURL:     "https://ruankao.example/zs/" + number,
	}
}

func renderCertificate(t testing.TB, c CertificateData) []byte {
	t.Helper()
	var b bytes.Buffer
	if err := Certificate(&b, c); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

// noSpace is text without white space: pdftotext puts spaces and line breaks where the layout has
// them (the table's columns, the wrapped statement).
func noSpace(s string) string { return strings.Join(strings.Fields(s), "") }

func TestCertificateText(t *testing.T) {
	for _, name := range []string{"欧阳喆", "李堃䶮", "刘䶮"} {
		c := sampleCertificate(0)
		c.Name = name
		if m := MissingGlyphs(name); len(m) > 0 {
			t.Errorf("%s: no font has %q", name, m)
		}
		pdf := renderCertificate(t, c)
		text := poppler(t, pdf, "pdftotext", "-layout")
		got := noSpace(text)
		for _, want := range []string{
			certificateTitle,
			name + "参加2026年下半年计算机技术与软件专业技术资格（水平）考试，成绩合格，取得高级系统架构设计师资格。",
			"姓名" + name, "性别男", "证件类型居民身份证", "证件号码21020219900307123X",
			"资格名称系统架构设计师", "级别高级", "证书编号202612100000GX01000123",
			"签发日期2026年12月20日", "签发机构辽宁省计算机技术与软件专业技术资格（水平）考试办公室",
			certificateQRLabel, certificateFooter,
		} {
			if !strings.Contains(got, noSpace(want)) {
				t.Errorf("%s: certificate text lacks %q:\n%s", name, want, text)
			}
		}
		if strings.Contains(got, certificateNoPhoto) {
			t.Errorf("%s: the photo box is drawn although there is a photo", name)
		}
		// 䶮 is CJK Extension A: the fallback font's subset is embedded only for it.
		fonts := poppler(t, pdf, "pdffonts")
		if n := strings.Count(fonts, "CID TrueType"); strings.ContainsRune(name, '䶮') != (n == 2) {
			t.Errorf("%s: %d embedded fonts:\n%s", name, n, fonts)
		}
	}
}

func TestCertificateIsOneLandscapeA4Page(t *testing.T) {
	pdf := renderCertificate(t, sampleCertificate(0))
	info := poppler(t, pdf, "pdfinfo")
	for _, want := range []string{
		`(?m)^Pages:\s+1$`,
		`(?m)^Page size:\s+841\.89 x 595\.2\d* pts \(A4\)$`,
		`(?m)^Title:\s+` + regexp.QuoteMeta(certificateTitle) + `$`,
	} {
		if !regexp.MustCompile(want).MatchString(info) {
			t.Errorf("pdfinfo does not match %s:\n%s", want, info)
		}
	}
	// No personal data in the metadata, and dates from the issue date, not the clock.
	for _, date := range []string{"/CreationDate (D:20261220000000", "/ModDate (D:20261220000000"} {
		if !bytes.Contains(pdf, []byte(date)) {
			t.Errorf("no %s", date)
		}
	}
}

// decodeQR rasterises the page as a printer would and reads the QR code on it.
func decodeQR(t *testing.T, pdf []byte) (string, error) {
	t.Helper()
	raster := poppler(t, pdf, "pdftoppm", "-r", "300", "-png", "-f", "1", "-l", "1")
	img, err := png.Decode(strings.NewReader(raster))
	if err != nil {
		t.Fatal(err)
	}
	bmp, err := gozxing.NewBinaryBitmapFromImage(img)
	if err != nil {
		t.Fatal(err)
	}
	res, err := gozxingqr.NewQRCodeReader().Decode(bmp, map[gozxing.DecodeHintType]any{gozxing.DecodeHintType_TRY_HARDER: true})
	if err != nil {
		return "", err
	}
	return res.GetText(), nil
}

func TestCertificateQRCode(t *testing.T) {
	c := sampleCertificate(5)
	c.Name = "李堃䶮"
	got, err := decodeQR(t, renderCertificate(t, c))
	if err != nil {
		t.Fatalf("no QR code found on the page: %v", err)
	}
	if got != c.VerifyURL {
		t.Fatalf("QR code reads %q, want %q", got, c.VerifyURL)
	}

	c.VerifyURL = ""
	pdf := renderCertificate(t, c)
	if text := noSpace(poppler(t, pdf, "pdftotext")); strings.Contains(text, certificateQRLabel) {
		t.Errorf("caption %q without a QR code:\n%s", certificateQRLabel, text)
	}
	if got, err := decodeQR(t, pdf); err == nil {
		t.Errorf("a QR code (%q) without VerifyURL", got)
	}
}

func TestCertificateOptionalParts(t *testing.T) {
	c := sampleCertificate(0)
	c.Gender = ""
	c.Photo = nil
	text := noSpace(poppler(t, renderCertificate(t, c), "pdftotext"))
	if strings.Contains(text, "性别") {
		t.Errorf("a 性别 line without a gender:\n%s", text)
	}
	if !strings.Contains(text, certificateNoPhoto) {
		t.Errorf("no %q box without a photo:\n%s", certificateNoPhoto, text)
	}
	c.Gender = "女"
	if text := noSpace(poppler(t, renderCertificate(t, c), "pdftotext")); !strings.Contains(text, "性别女") {
		t.Errorf("no 性别女:\n%s", text)
	}

	c.Photo = []byte("GIF89a")
	if err := Certificate(&bytes.Buffer{}, c); err == nil || !strings.Contains(err.Error(), "photo") {
		t.Errorf("a photo that is no JPEG: err = %v", err)
	}
}

func TestCertificateRefusesIncompleteData(t *testing.T) {
	for field, change := range map[string]func(*CertificateData){
		"Number":        func(c *CertificateData) { c.Number = "" },
		"Name":          func(c *CertificateData) { c.Name = " " },
		"Qualification": func(c *CertificateData) { c.Qualification = "" },
		"IssuedOn":      func(c *CertificateData) { c.IssuedOn = "\t" },
	} {
		c := sampleCertificate(0)
		change(&c)
		err := Certificate(&bytes.Buffer{}, c)
		if err == nil || !strings.Contains(err.Error(), field) {
			t.Errorf("no %s: err = %v, want one naming %s", field, err, field)
		}
		var mg *MissingGlyphsError
		if errors.As(err, &mg) {
			t.Errorf("no %s: a MissingGlyphsError", field)
		}
	}
}

func TestCertificateRefusesMissingGlyphs(t *testing.T) {
	c := sampleCertificate(0)
	c.Name = "张𠀀"
	err := Certificate(&bytes.Buffer{}, c)
	var mg *MissingGlyphsError
	if !errors.As(err, &mg) || !slices.Equal(mg.Runes, []rune{'𠀀'}) {
		t.Fatalf("err = %v, want a MissingGlyphsError for 𠀀", err)
	}
	if !strings.Contains(err.Error(), "𠀀 (U+20000)") {
		t.Errorf("error message %q", err)
	}
}

func TestCertificateIsDeterministic(t *testing.T) {
	first := renderCertificate(t, sampleCertificate(2))
	for range 3 {
		if !bytes.Equal(first, renderCertificate(t, sampleCertificate(2))) {
			t.Fatal("two renders of the same certificate differ")
		}
	}
	if bytes.Equal(first, renderCertificate(t, sampleCertificate(3))) {
		t.Fatal("another certificate gave the same bytes")
	}
}

func TestCertificateWrapsLongValues(t *testing.T) {
	c := sampleCertificate(0)
	c.SessionName = strings.Repeat("计算机技术与软件专业技术资格（水平）考试，", 5)
	text := poppler(t, renderCertificate(t, c), "pdftotext")
	if got := strings.Count(noSpace(text), "考试，"); got != 5 {
		t.Errorf("the wrapped statement lost characters (%d of 5 repeats):\n%s", got, text)
	}
	if regexp.MustCompile(`(?m)^，`).MatchString(text) {
		t.Errorf("a line starts with a comma:\n%s", text)
	}
	c.SessionName = strings.Repeat("很长的考试名称", 300)
	if err := Certificate(&bytes.Buffer{}, c); err == nil || !strings.Contains(err.Error(), "does not fit") {
		t.Errorf("a certificate longer than its page: err = %v", err)
	}
}

// certificateNames are 64 different names, a few with 喆, 堃 (beyond GB2312) and 䶮 (Extension
// A, the fallback font), so the font subsets differ from one certificate to the next.
var certificateNames = sync.OnceValue(func() []string {
	var names []string
	for _, family := range []string{"张", "王", "李", "刘", "陈", "欧阳", "赵", "黄"} {
		for _, given := range []string{"喆", "堃", "䶮", "珺", "燊伟", "芳", "静怡", "子涵"} {
			names = append(names, family+given)
		}
	}
	return names
})

// BenchmarkCertificate renders single certificates cold, each iteration another holder (name,
// number and so the font subsets and the QR code change), nothing cached between them but the
// parsed fonts. Run in parallel on all cores, as BenchmarkTicket; certificates/s is derived
// from ns/op.
func BenchmarkCertificate(b *testing.B) {
	names := certificateNames()
	cs := make([]CertificateData, len(names))
	for i := range cs {
		cs[i] = sampleCertificate(i)
		cs[i].Name = names[i]
	}
	renderCertificate(b, cs[0]) // parse the fonts once, as a running server has
	b.ReportAllocs()
	b.ResetTimer()
	var next sync.Mutex
	i := 0
	b.RunParallel(func(pb *testing.PB) {
		var out bytes.Buffer
		for pb.Next() {
			next.Lock()
			c := cs[i%len(cs)]
			i++
			next.Unlock()
			out.Reset()
			if err := Certificate(&out, c); err != nil {
				b.Error(err)
				return
			}
		}
	})
	b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "certificates/s")
}
