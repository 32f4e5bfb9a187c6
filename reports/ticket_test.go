package reports

import (
	"bytes"
	"crypto/ed25519"
	"errors"
	"fmt"
	"image"
	"image/color"
	"image/jpeg"
	"image/png"
	"regexp"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/makiuchi-d/gozxing"
	gozxingqr "github.com/makiuchi-d/gozxing/qrcode"

	"github.com/ruankao/ruankao/internal/ticketsig"
)

// testPhoto is a 295 × 413 JPEG (the 2-inch photo at 220 dpi), made once.
var testPhoto = sync.OnceValue(func() []byte {
	img := image.NewRGBA(image.Rect(0, 0, 295, 413))
	for y := range 413 {
		for x := range 295 {
			img.Set(x, y, color.RGBA{uint8(60 + x/3), uint8(90 + y/5), 200, 255})
		}
	}
	var b bytes.Buffer
	if err := jpeg.Encode(&b, img, &jpeg.Options{Quality: 80}); err != nil {
		panic(err)
	}
	return b.Bytes()
})

var testSigner = sync.OnceValue(func() *ticketsig.Signer {
	s, err := ticketsig.NewSigner("k1", ed25519.NewKeyFromSeed(bytes.Repeat([]byte{7}, 32)))
	if err != nil {
		panic(err)
	}
	return s
})

const testNotice = `一、考生须凭准考证和有效身份证件原件参加考试，证件须与报名时使用的一致。
二、考生应提前30分钟到达考场，开考30分钟后不得入场；考试结束前不得交卷离场。
三、考生只准携带黑色字迹的签字笔、2B铅笔、橡皮和无存储功能的计算器进入考场；手机等电子设备须关机后放在指定位置。
四、考生须按准考证上的座位号就座，并将准考证和身份证件放在桌面左上角，以便监考人员核验。

五、考生应自觉遵守考场纪律，服从监考人员的管理，对违纪违规行为将依据《专业技术人员资格考试违纪违规行为处理规定》处理。`

func sampleTicket(i int) TicketData {
	day := time.Date(2027, 5, 23, 0, 0, 0, 0, shanghai)
	t := TicketData{
		Session:       "2027年上半年计算机技术与软件专业技术资格（水平）考试",
		TicketNo:      fmt.Sprintf("2102002710%08d", 12345+i),
		Name:          []string{"欧阳喆堃", "李珺", "王燊", "张犇", "刘䶮"}[i%5],
		IDType:        "居民身份证",
		IDNumber:      "21020219900307123X",
		Photo:         testPhoto(),
		Qualification: "系统集成项目管理工程师",
		Level:         "中级",
		Subjects: []TicketSubject{
			{"综合知识", day.Add(9 * time.Hour), day.Add(11*time.Hour + 30*time.Minute)},
			{"案例分析", day.Add(14 * time.Hour), day.Add(16*time.Hour + 30*time.Minute)},
		},
		SiteName:    "大连理工大学（西部校区）",
		SiteAddress: "辽宁省大连市甘井子区凌工路2号综合教学楼",
		Room:        fmt.Sprintf("%04d", 301+i/30),
		Seat:        1 + i%30,
		Notice:      testNotice,
		Issued:      time.Date(2027, 5, 10, 8, 0, 0, 0, time.UTC),
	}
	tok, err := testSigner().Sign(ticketsig.Claims{
		TicketNo: t.TicketNo, Session: "2027H1", Region: "210200",
		ApplicationID: fmt.Sprintf("AP01JQ8Z3K5V7W9X1Y2Z3A%04d", i), SiteID: "ST01JQ8Z3M0000000000000000AB",
		Room: t.Room, Seat: t.Seat, Expires: day.Add(17 * time.Hour),
	})
	if err != nil {
		panic(err)
	}
	t.Token = tok
	return t
}

func renderTicket(t testing.TB, td TicketData) []byte {
	t.Helper()
	var b bytes.Buffer
	if err := Ticket(&b, td); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

func TestTicketText(t *testing.T) {
	td := sampleTicket(0)
	text := poppler(t, renderTicket(t, td), "pdftotext", "-layout")
	flat := strings.Join(strings.Fields(text), "")
	for _, want := range []string{
		ticketTitle1, ticketTitle2, td.Session,
		"欧阳喆堃", "居民身份证", "21020219900307123X", td.TicketNo,
		"系统集成项目管理工程师（中级）", "大连理工大学（西部校区）", "辽宁省大连市甘井子区凌工路2号综合教学楼",
		"考场0301", "座位号1",
		"综合知识2027-05-2309:00–11:30", "案例分析2027-05-2314:00–16:30",
		"考试须知", "《专业技术人员资格考试违纪违规行为处理规定》处理。",
	} {
		if !strings.Contains(flat, strings.Join(strings.Fields(want), "")) {
			t.Errorf("ticket text lacks %q:\n%s", want, text)
		}
	}
	info := poppler(t, renderTicket(t, td), "pdfinfo")
	for _, want := range []string{`(?m)^Pages:\s+1$`, `(?m)^Page size:.*\(A4\)$`} {
		if !regexp.MustCompile(want).MatchString(info) {
			t.Errorf("pdfinfo does not match %s:\n%s", want, info)
		}
	}
}

// Names beyond GB2312 and CJK Extension A (from the fallback font) come out as text.
func TestTicketRareNames(t *testing.T) {
	for _, name := range []string{"张喆", "李堃", "王珺", "陈燊", "赵犇", "刘䶮", "欧阳䶮喆"} {
		td := sampleTicket(0)
		td.Name = name
		if m := MissingGlyphs(name); len(m) > 0 {
			t.Errorf("%s: no font has %q", name, m)
		}
		pdf := renderTicket(t, td)
		if text := poppler(t, pdf, "pdftotext"); !strings.Contains(text, name) {
			t.Errorf("%s: not in the ticket's text:\n%s", name, text)
		}
		fonts := poppler(t, pdf, "pdffonts")
		if got := strings.Count(fonts, "CID TrueType"); (strings.ContainsRune(name, '䶮')) != (got == 2) {
			t.Errorf("%s: %d embedded fonts:\n%s", name, got, fonts)
		}
	}
}

// The QR code on the page, rasterised as a printer would, decodes to the signed token.
func TestTicketQRCodeVerifies(t *testing.T) {
	td := sampleTicket(3)
	raster := poppler(t, renderTicket(t, td), "pdftoppm", "-r", "300", "-png", "-f", "1", "-l", "1")
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
		t.Fatalf("no QR code found on the page: %v", err)
	}
	if res.GetText() != td.Token {
		t.Fatalf("QR code reads %q, want the token %q", res.GetText(), td.Token)
	}
	v := ticketsig.Verifier{Keys: map[string]ed25519.PublicKey{"k1": testSigner().Public()}}
	c, err := v.Verify(res.GetText())
	if err != nil {
		t.Fatal(err)
	}
	if c.TicketNo != td.TicketNo || c.Room != td.Room || c.Seat != td.Seat {
		t.Errorf("claims %+v do not match the ticket", c)
	}
}

func TestTicketRefusesMissingGlyphs(t *testing.T) {
	td := sampleTicket(0)
	td.Name = "吉𠮷\uE000"
	err := Ticket(&bytes.Buffer{}, td)
	var mg *MissingGlyphsError
	if !errors.As(err, &mg) || !slices.Equal(mg.Runes, []rune{'𠮷', '\uE000'}) {
		t.Fatalf("err = %v, want a MissingGlyphsError for 𠮷 and U+E000", err)
	}
	if !strings.Contains(err.Error(), "𠮷 (U+20BB7)") {
		t.Errorf("error message %q", err)
	}
	// One bad ticket fails the site's file.
	if err := Tickets(&bytes.Buffer{}, []TicketData{sampleTicket(1), td}); !errors.As(err, &mg) {
		t.Errorf("file with a bad ticket: %v", err)
	}
}

func TestTicketIsDeterministic(t *testing.T) {
	first := renderTicket(t, sampleTicket(2))
	for range 3 {
		if !bytes.Equal(first, renderTicket(t, sampleTicket(2))) {
			t.Fatal("two renders of the same ticket differ")
		}
	}
	if bytes.Equal(first, renderTicket(t, sampleTicket(7))) {
		t.Fatal("another candidate gave the same bytes")
	}
}

func TestTicketRefusesIncompleteData(t *testing.T) {
	for name, change := range map[string]func(*TicketData){
		"no photo":    func(td *TicketData) { td.Photo = nil },
		"not a jpeg":  func(td *TicketData) { td.Photo = []byte("GIF89a") },
		"no token":    func(td *TicketData) { td.Token = "" },
		"no seat":     func(td *TicketData) { td.Seat = 0 },
		"no subjects": func(td *TicketData) { td.Subjects = nil },
		"no name":     func(td *TicketData) { td.Name = " " },
		"too long":    func(td *TicketData) { td.Notice = strings.Repeat("考试须知很长。", 900) },
	} {
		td := sampleTicket(0)
		change(&td)
		if err := Ticket(&bytes.Buffer{}, td); err == nil {
			t.Errorf("%s: rendered", name)
		}
	}
}

func TestTicketsFile(t *testing.T) {
	ts := make([]TicketData, 12)
	for i := range ts {
		ts[i] = sampleTicket(i)
	}
	var b bytes.Buffer
	if err := Tickets(&b, ts); err != nil {
		t.Fatal(err)
	}
	if info := poppler(t, b.Bytes(), "pdfinfo"); !regexp.MustCompile(`(?m)^Pages:\s+12$`).MatchString(info) {
		t.Errorf("pdfinfo:\n%s", info)
	}
	// One subset per font for the file: two fonts (䶮 needs the fallback), not two per page.
	if fonts := poppler(t, b.Bytes(), "pdffonts"); strings.Count(fonts, "CID TrueType") != 2 {
		t.Errorf("fonts:\n%s", fonts)
	}
	text := poppler(t, b.Bytes(), "pdftotext")
	pages := strings.Split(text, "\f")
	for i, td := range ts {
		if !strings.Contains(pages[i], td.Name) || !strings.Contains(pages[i], td.TicketNo) {
			t.Errorf("page %d lacks %s %s", i+1, td.Name, td.TicketNo)
		}
	}
}

// BenchmarkTicket renders single tickets cold: a different candidate each time (name, number,
// seat, token and so the font subset and QR code change), nothing cached between them but the
// parsed fonts. Run in parallel on all cores; tickets/s is derived from ns/op.
func BenchmarkTicket(b *testing.B) {
	const n = 64
	ts := make([]TicketData, n)
	for i := range ts {
		ts[i] = sampleTicket(i)
	}
	renderTicket(b, ts[0]) // parse the fonts once, as a running server has
	b.ReportAllocs()
	b.ResetTimer()
	var next sync.Mutex
	i := 0
	b.RunParallel(func(pb *testing.PB) {
		var out bytes.Buffer
		for pb.Next() {
			next.Lock()
			td := ts[i%n]
			i++
			next.Unlock()
			out.Reset()
			if err := Ticket(&out, td); err != nil {
				b.Error(err)
				return
			}
		}
	})
	b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "tickets/s")
}

// BenchmarkTicketsFile renders a site's file of 200 tickets; pages/s counts both cores (the
// files of several sites are rendered in parallel).
func BenchmarkTicketsFile(b *testing.B) {
	const pages = 200
	ts := make([]TicketData, pages)
	for i := range ts {
		ts[i] = sampleTicket(i)
	}
	b.ReportAllocs()
	b.ResetTimer()
	b.RunParallel(func(pb *testing.PB) {
		var out bytes.Buffer
		for pb.Next() {
			out.Reset()
			if err := Tickets(&out, ts); err != nil {
				b.Error(err)
				return
			}
		}
	})
	b.ReportMetric(float64(b.N*pages)/b.Elapsed().Seconds(), "pages/s")
}
