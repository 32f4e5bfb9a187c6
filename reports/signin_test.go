package reports

import (
	"bytes"
	"errors"
	"regexp"
	"strings"
	"testing"
	"time"
)

func sampleSignIn(n int) SignInData {
	day := time.Date(2027, 5, 23, 0, 0, 0, 0, shanghai)
	s := SignInData{
		Session:  "2027年上半年计算机技术与软件专业技术资格（水平）考试",
		SiteName: "大连理工大学（西部校区）",
		Room:     "0301",
		Start:    day.Add(9 * time.Hour),
		End:      day.Add(11*time.Hour + 30*time.Minute),
		Subjects: []string{"综合知识"},
		Issued:   time.Date(2027, 5, 20, 8, 0, 0, 0, time.UTC),
	}
	for i := n - 1; i >= 0; i-- { // given out of order on purpose
		td := sampleTicket(i)
		s.Rows = append(s.Rows, SignInRow{Seat: i + 1, Name: td.Name, TicketNo: td.TicketNo, IDNumber: td.IDNumber, Photo: td.Photo})
	}
	return s
}

func TestSignInSheet(t *testing.T) {
	s := sampleSignIn(20)
	var b bytes.Buffer
	if err := SignInSheet(&b, s); err != nil {
		t.Fatal(err)
	}
	if info := poppler(t, b.Bytes(), "pdfinfo"); !regexp.MustCompile(`(?m)^Pages:\s+3$`).MatchString(info) {
		t.Errorf("want 3 pages (8 rows a page):\n%s", info)
	}
	text := poppler(t, b.Bytes(), "pdftotext", "-layout")
	for _, want := range []string{"考场签到表", "大连理工大学（西部校区）", "考场：0301", "2027-05-23 09:00–11:30", "综合知识",
		"欧阳喆堃", "刘䶮", "2102**********123X", sampleTicket(7).TicketNo, "第 3 页 共 3 页", "考生签名"} {
		if flat := func(s string) string { return strings.Join(strings.Fields(s), "") }; !strings.Contains(flat(text), flat(want)) {
			t.Errorf("sheet lacks %q", want)
		}
	}
	if strings.Contains(text, "21020219900307123X") {
		t.Error("the full ID number is printed")
	}
	// Seat order: seat 1's ticket number comes before seat 2's, on page 1.
	page1 := strings.Split(text, "\f")[0]
	if i, j := strings.Index(page1, sampleTicket(0).TicketNo), strings.Index(page1, sampleTicket(1).TicketNo); i < 0 || j < i {
		t.Errorf("rows not in seat order:\n%s", page1)
	}
	s.Rows[0].Name = "吉𠮷"
	var mg *MissingGlyphsError
	if err := SignInSheet(&bytes.Buffer{}, s); !errors.As(err, &mg) {
		t.Errorf("err = %v, want MissingGlyphsError", err)
	}
}

func TestMaskID(t *testing.T) {
	for in, want := range map[string]string{"21020219900307123X": "2102**********123X", "H12345678": "H123*5678", "AB12": "A**2"} {
		if got := maskID(in); got != want {
			t.Errorf("maskID(%s) = %s, want %s", in, got, want)
		}
	}
}
