package reports

import (
	"bytes"
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"
	"time"
)

func sampleReceipt() ReceiptData {
	return ReceiptData{
		ReceiptNo:     "SJ2026210200000123",
		OrderNo:       "PO01JQ8Z3K5V7W9X1Y2Z3A4B5C",
		TransactionNo: "4200002026032012345678901234",
		Gateway:       "微信支付",
		AmountFen:     1_680_32,
		PayerName:     "欧阳喆",
		Session:       "2026年上半年计算机技术与软件专业技术资格（水平）考试",
		Region:        "大连市",
		Qualification: "系统集成项目管理工程师",
		Level:         "中级",
		Subjects:      2,
		PaidAt:        time.Date(2026, 3, 19, 22, 3, 7, 0, time.UTC), // 06:03 the next day in Shanghai
		Office:        "大连市人事考试中心",
		VerifyURL:     "https://ruankao.example/r/SJ2026210200000123",
	}
}

func render(t testing.TB, r ReceiptData) []byte {
	t.Helper()
	var b bytes.Buffer
	if err := Receipt(&b, r); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

// poppler runs one of poppler-utils' tools on pdf. A missing tool fails the test rather than
// skipping it: a skipped check reads as a passed one (.ci/run installs the package).
func poppler(t *testing.T, pdf []byte, tool string, args ...string) string {
	t.Helper()
	if _, err := exec.LookPath(tool); err != nil {
		t.Fatalf("%s not installed: apt-get install poppler-utils (.ci/run does)", tool)
	}
	path := filepath.Join(t.TempDir(), "doc.pdf")
	if err := os.WriteFile(path, pdf, 0o600); err != nil {
		t.Fatal(err)
	}
	args = append(args, path)
	if tool == "pdftotext" {
		args = append(args, "-") // to stdout; the others write there by default
	}
	var stderr bytes.Buffer
	cmd := exec.Command(tool, args...)
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if err != nil || stderr.Len() > 0 {
		t.Fatalf("%s: %v\n%s", tool, err, stderr.String())
	}
	return string(out)
}

func TestReceiptText(t *testing.T) {
	r := sampleReceipt()
	text := poppler(t, render(t, r), "pdftotext", "-layout")
	for _, want := range []string{
		"报名费电子收据",
		"欧阳喆",
		"人民币壹仟陆佰捌拾元零叁角贰分",
		"¥1,680.32",
		"PO01JQ8Z3K5V7W9X1Y2Z3A4B5C",
		"SJ2026210200000123",
		"4200002026032012345678901234",
		"2026-03-20 06:03:07",
		"系统集成项目管理工程师（中级）",
		"大连市人事考试中心",
		"2026年上半年计算机技术与软件专业技术资格（水平）考试",
		"本收据由系统自动生成",
		"微信支付",
	} {
		if !strings.Contains(text, want) {
			t.Errorf("receipt text lacks %q:\n%s", want, text)
		}
	}
	if strings.Contains(text, "2026-03-19") {
		t.Error("payment time printed in UTC, not Asia/Shanghai")
	}
}

func TestReceiptRareNames(t *testing.T) {
	for _, name := range []string{"张喆", "李堃", "王珺", "Zhang Wei", "阿卜杜拉·买买提"} {
		r := sampleReceipt()
		r.PayerName = name
		if text := poppler(t, render(t, r), "pdftotext"); !strings.Contains(text, name) {
			t.Errorf("%s: not in the receipt's text:\n%s", name, text)
		}
		if m := MissingGlyphs(name); len(m) > 0 {
			t.Errorf("%s: the font lacks %q", name, m)
		}
	}
}

// The primary font stops at the GBK hanzi: 䶮 (CJK Extension A) comes from the fallback font;
// 𠮷 (Extension B, past the BMP, which gofpdf cannot address) is drawn as 〓. Neither may fail a
// receipt (tickets refuse the second, see TestTicketRefusesMissingGlyphs).
func TestReceiptNamesTheFontLacks(t *testing.T) {
	if m := MissingGlyphs("刘䶮 吉𠮷 张喆"); !slices.Equal(m, []rune{'𠮷'}) {
		t.Errorf("MissingGlyphs = %q, want 𠮷", m)
	}
	r := sampleReceipt()
	r.PayerName = "刘䶮吉𠮷"
	text := poppler(t, render(t, r), "pdftotext")
	if !strings.Contains(text, "刘䶮吉〓") {
		t.Errorf("want the name as 刘䶮吉〓 in the text:\n%s", text)
	}
}

func TestReceiptIsOnePagePDF(t *testing.T) {
	pdf := render(t, sampleReceipt())
	if !bytes.HasPrefix(pdf, []byte("%PDF-1.")) {
		t.Errorf("starts with %q", pdf[:min(len(pdf), 8)])
	}
	if !bytes.HasSuffix(bytes.TrimRight(pdf, "\r\n"), []byte("%%EOF")) {
		t.Errorf("does not end with %%%%EOF")
	}
	info := poppler(t, pdf, "pdfinfo")
	for _, want := range []string{`(?m)^Pages:\s+1$`, `(?m)^Page size:.*\(A5\)$`, `(?m)^Title:\s+报名费电子收据$`} {
		if !regexp.MustCompile(want).MatchString(info) {
			t.Errorf("pdfinfo does not match %s:\n%s", want, info)
		}
	}
	if fonts := poppler(t, pdf, "pdffonts"); !regexp.MustCompile(`CID TrueType\s+Identity-H\s+yes`).MatchString(fonts) {
		t.Errorf("font not embedded:\n%s", fonts)
	}
}

func TestReceiptIsDeterministic(t *testing.T) {
	first := render(t, sampleReceipt())
	// The dates come from the payment, not the clock (renders within one second would agree
	// even with the clock's).
	for _, date := range []string{"/CreationDate (D:20260320060307)", "/ModDate (D:20260320060307)"} {
		if !bytes.Contains(first, []byte(date)) {
			t.Errorf("no %s", date)
		}
	}
	for range 5 { // gofpdf walks maps: one equal pair could be luck
		if again := render(t, sampleReceipt()); !bytes.Equal(first, again) {
			t.Fatal("two renders of the same data differ")
		}
	}
	other := sampleReceipt()
	other.PayerName = "欧阳堃"
	if bytes.Equal(first, render(t, other)) {
		t.Fatal("another name gave the same bytes")
	}
}

// The subset font must draw exactly what the whole font draws: both renders, rasterised, are
// pixel for pixel the same.
func TestReceiptSubsetDrawsLikeWholeFont(t *testing.T) {
	r := sampleReceipt()
	r.PayerName = "欧阳喆堃珺䶮"
	var whole bytes.Buffer
	if err := r.render(&whole, true); err != nil {
		t.Fatal(err)
	}
	sub := render(t, r)
	if len(sub) >= whole.Len() {
		t.Errorf("subset PDF %d bytes, whole-font PDF %d", len(sub), whole.Len())
	}
	a := poppler(t, sub, "pdftoppm", "-r", "150", "-gray")
	b := poppler(t, whole.Bytes(), "pdftoppm", "-r", "150", "-gray")
	if a != b {
		t.Error("the subset font rasterises differently from the whole font")
	}
	if strings.Count(a, "\x00") < 1000 {
		t.Error("the raster has hardly any black: nothing drawn?")
	}
}

func TestReceiptRefusesIncompleteData(t *testing.T) {
	for name, change := range map[string]func(*ReceiptData){
		"no order":    func(r *ReceiptData) { r.OrderNo = "" },
		"blank payer": func(r *ReceiptData) { r.PayerName = "  " },
		"no office":   func(r *ReceiptData) { r.Office = "" },
		"no time":     func(r *ReceiptData) { r.PaidAt = time.Time{} },
		"free":        func(r *ReceiptData) { r.AmountFen = 0 },
		"no subject":  func(r *ReceiptData) { r.Subjects = 0 },
	} {
		r := sampleReceipt()
		change(&r)
		var b bytes.Buffer
		if err := Receipt(&b, r); err == nil {
			t.Errorf("%s: rendered", name)
		}
	}
}

func TestReceiptWrapsLongValues(t *testing.T) {
	r := sampleReceipt()
	r.Session = strings.Repeat("计算机技术与软件专业技术资格（水平）考试，", 4)
	text := poppler(t, render(t, r), "pdftotext")
	if got := strings.Count(strings.ReplaceAll(text, "\n", ""), "考试，"); got != 4 {
		t.Errorf("the wrapped session name lost characters (%d of 4 repeats):\n%s", got, text)
	}
	if regexp.MustCompile(`(?m)^，`).MatchString(text) {
		t.Errorf("a line starts with a comma:\n%s", text)
	}
	r.Session = strings.Repeat("很长的考试名称", 200)
	if err := Receipt(&bytes.Buffer{}, r); err == nil {
		t.Error("a receipt longer than its page was written")
	}
}

func TestUndeclaredTextIsRefused(t *testing.T) {
	d, err := newDocument(layout{Size: "A5", Created: time.Unix(0, 0)}, "收据")
	if err != nil {
		t.Fatal(err)
	}
	d.pdf.AddPage()
	d.cell(20, 5, "收据", "", "L")
	d.cell(20, 5, "发票", "", "L")
	if err := d.output(&bytes.Buffer{}); err == nil || !strings.Contains(err.Error(), "发票") {
		t.Errorf("err = %v, want one naming 发票", err)
	}
}

func BenchmarkReceipt(b *testing.B) {
	r := sampleReceipt()
	render(b, r) // the font is parsed once per process, not per receipt
	b.ResetTimer()
	for b.Loop() {
		var out bytes.Buffer
		if err := Receipt(&out, r); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkReceiptWholeFont is the naive set-up (gofpdf given the whole font every time), kept
// to show what the subsetting saves.
func BenchmarkReceiptWholeFont(b *testing.B) {
	r := sampleReceipt()
	for b.Loop() {
		var out bytes.Buffer
		if err := r.render(&out, true); err != nil {
			b.Fatal(err)
		}
	}
}

func TestReceiptConcurrent(t *testing.T) {
	want := render(t, sampleReceipt())
	errs := make(chan error, 4)
	for range 4 {
		go func() {
			var b bytes.Buffer
			err := Receipt(&b, sampleReceipt())
			if err == nil && !bytes.Equal(b.Bytes(), want) {
				err = errors.New("a concurrent render differs")
			}
			errs <- err
		}()
	}
	for range 4 {
		if err := <-errs; err != nil {
			t.Error(err)
		}
	}
}
