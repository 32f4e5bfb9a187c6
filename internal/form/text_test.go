package form

import (
	"strings"
	"testing"

	"github.com/ruankao/ruankao/internal/apperr"
	"github.com/ruankao/ruankao/internal/civil"
)

func TestText(t *testing.T) {
	five := func(p []string, s string) (string, *apperr.UserError) { return Text(p, s, 5) }
	run(t, "Text", five, []valueCase{
		{in: "abc", want: "abc"},
		{in: "  abc\t ", want: "abc"},
		{in: "\u3000无\u3000", want: "无"},
		{in: "中文五个字", want: "中文五个字"},             // 5 characters, 15 bytes
		{in: "ａｂｃ", want: "ａｂｃ"},                 // full-width kept in free text
		{in: "a  b", want: "a  b"},               // inner spaces kept
		{in: "\U00020BB7家", want: "\U00020BB7家"}, // a character outside the BMP counts once
		{in: "", code: requiredCode, msg: "不能为空"},
		{in: " \u3000\t", code: requiredCode, msg: "不能为空"},
		{in: "中文六个字了", code: invalidFormat, msg: "不能超过 5 个字（现有 6 个）"},
		{in: "a\nb", code: invalidFormat, msg: "控制字符"},
		{in: "a\rb", code: invalidFormat, msg: "控制字符"},
		{in: "a\tb", code: invalidFormat, msg: "控制字符"},
		{in: "a\x00b", code: invalidFormat, msg: "控制字符"},
		{in: "a\x7fb", code: invalidFormat, msg: "控制字符"},
		{in: "a\u200bb", code: invalidFormat, msg: "控制字符"}, // zero-width space
		{in: "a\u202eb", code: invalidFormat, msg: "控制字符"}, // right-to-left override
		{in: "\ufeffab", code: invalidFormat, msg: "控制字符"}, // byte-order mark
		{in: "a\u2028b", code: invalidFormat, msg: "控制字符"}, // line separator
		{in: "a\xffb", code: invalidFormat, msg: "无法识别"},
	})
}

func TestNamedText(t *testing.T) {
	for _, tc := range []struct {
		name  string
		check func([]string, string) (string, *apperr.UserError)
		what  string
		max   int
	}{
		{"Address", Address, "通讯地址", 100},
		{"WorkUnit", WorkUnit, "工作单位", 60},
		{"MajorName", MajorName, "专业名称", 40},
		{"Title", Title, "现有职称", 40},
	} {
		run(t, tc.name, tc.check, []valueCase{
			{in: "无", want: "无"},
			{in: strings.Repeat("字", tc.max), want: strings.Repeat("字", tc.max)},
			{in: " " + strings.Repeat("a", tc.max) + " ", want: strings.Repeat("a", tc.max)},
			{in: strings.Repeat("字", tc.max+1), code: invalidFormat, msg: tc.what + "不能超过"},
			{in: "", code: requiredCode, msg: "请填写" + tc.what},
			{in: "x\ny", code: invalidFormat, msg: tc.what},
		})
	}
}

func TestHukou(t *testing.T) {
	for _, tc := range []struct {
		code, want string
	}{
		{"210000", ""},
		{"660000", ""},
		{"810000", ""},
		{"000000", ""},
		{"", requiredCode},
		{"210200", invalidFormat}, // 大连 is a region, not a 户籍 choice
		{"990000", invalidFormat},
		{" 210000", invalidFormat},
	} {
		e := Hukou(path, tc.code)
		if tc.want == "" {
			if e != nil {
				t.Errorf("Hukou(%q): %s %s", tc.code, e.Code, e.Message)
			}
			continue
		}
		if e == nil {
			t.Errorf("Hukou(%q) accepted, want %s", tc.code, tc.want)
			continue
		}
		checkProblem(t, "Hukou("+tc.code+")", e, tc.want, "户籍所在地")
	}
}

func TestDates(t *testing.T) {
	d := civil.MustParse
	today := d("2026-03-10")
	var zero civil.Date
	for _, tc := range []struct {
		name string
		e    *apperr.UserError
		code string // "" when no problem
		msg  string
	}{
		{"PastDate yesterday", PastDate(path, d("2026-03-09"), today, "出生日期"), "", ""},
		{"PastDate today", PastDate(path, today, today, "出生日期"), "", ""},
		{"PastDate long ago", PastDate(path, d("1960-02-29"), today, "出生日期"), "", ""},
		{"PastDate tomorrow", PastDate(path, d("2026-03-11"), today, "出生日期"), invalidFormat, "出生日期不能晚于今天（2026-03-10）"},
		{"PastDate next year", PastDate(path, d("2027-01-01"), today, "职称取得时间"), invalidFormat, "职称取得时间不能晚于今天"},
		{"PastDate zero", PastDate(path, zero, today, "出生日期"), requiredCode, "请填写出生日期"},
		{"NotAfter before", DateNotAfter(path, d("2026-06-30"), d("2026-07-01"), "毕业时间太晚"), "", ""},
		{"NotAfter equal", DateNotAfter(path, d("2026-07-01"), d("2026-07-01"), "毕业时间太晚"), "", ""},
		{"NotAfter after", DateNotAfter(path, d("2026-07-02"), d("2026-07-01"), "毕业时间太晚"), invalidFormat, "毕业时间太晚"},
		{"NotAfter zero date", DateNotAfter(path, zero, d("2026-07-01"), "毕业时间太晚"), "", ""},
		{"NotAfter zero limit", DateNotAfter(path, d("2026-07-02"), zero, "毕业时间太晚"), "", ""},
		{"NotBefore after", DateNotBefore(path, d("2010-01-01"), d("1990-05-01"), "不能早于出生日期"), "", ""},
		{"NotBefore equal", DateNotBefore(path, d("1990-05-01"), d("1990-05-01"), "不能早于出生日期"), "", ""},
		{"NotBefore before", DateNotBefore(path, d("1990-04-30"), d("1990-05-01"), "不能早于出生日期"), invalidFormat, "不能早于出生日期"},
		{"NotBefore zero date", DateNotBefore(path, zero, d("1990-05-01"), "不能早于出生日期"), "", ""},
		{"NotBefore zero limit", DateNotBefore(path, d("1990-04-30"), zero, "不能早于出生日期"), "", ""},
	} {
		switch {
		case tc.code == "" && tc.e != nil:
			t.Errorf("%s: %s %s", tc.name, tc.e.Code, tc.e.Message)
		case tc.code != "" && tc.e == nil:
			t.Errorf("%s: accepted, want %s", tc.name, tc.code)
		case tc.code != "":
			checkProblem(t, tc.name, tc.e, tc.code, tc.msg)
		}
	}
}

func TestRequired(t *testing.T) {
	if e := Required(path, true, "手机号码"); e != nil {
		t.Errorf("present: %v", e)
	}
	e := Required(path, false, "手机号码")
	if e == nil {
		t.Fatal("absent: accepted")
	}
	checkProblem(t, "Required", e, requiredCode, "请填写手机号码")
}

// TestChecker fills a whole form at once: every problem is collected, in
// order, with its own path, and good values come back normalised.
func TestChecker(t *testing.T) {
	var c Checker
	if c.Any() {
		t.Fatal("a new Checker has problems")
	}
	p := func(name string) []string { return []string{"input", name} }
	today := civil.MustParse("2026-03-10")
	mobile := c.Mobile(p("mobile"), "＋86 138-0013-8000")
	landline := c.Landline(p("landline"), "(0411)8765432")
	email := c.Email(p("email"), "Zhang San <zs@example.com>")
	postcode := c.Postcode(p("postcode"), "1160000")
	address := c.Address(p("address"), " 辽宁省大连市 ")
	unit := c.WorkUnit(p("workUnit"), strings.Repeat("单位", 31))
	major := c.MajorName(p("majorName"), "计算机科学与技术")
	title := c.Title(p("title"), "")
	text := c.Text(p("remark"), "ok", 2)
	hukouOK := c.Hukou(p("hukouCode"), "210000")
	hukouBad := c.Hukou(p("hukouCode2"), "210200")
	birthOK := c.PastDate(p("birthDate"), civil.MustParse("1990-05-01"), today, "出生日期")
	grad := c.DateNotAfter(p("graduationDate"), civil.MustParse("2031-07-01"), civil.MustParse("2030-12-31"), "毕业时间不能晚于 2030-12-31")
	titleDate := c.DateNotBefore(p("titleDate"), civil.MustParse("1989-01-01"), civil.MustParse("1990-05-01"), "职称取得时间不能早于出生日期")
	gender := c.Required(p("gender"), false, "性别")

	for _, v := range []struct{ got, want string }{
		{mobile, "13800138000"}, {landline, "0411-8765432"}, {email, ""}, {postcode, ""},
		{address, "辽宁省大连市"}, {unit, ""}, {major, "计算机科学与技术"}, {title, ""}, {text, "ok"},
	} {
		if v.got != v.want {
			t.Errorf("value %q, want %q", v.got, v.want)
		}
	}
	for i, ok := range []bool{hukouOK, !hukouBad, birthOK, !grad, !titleDate, !gender} {
		if !ok {
			t.Errorf("boolean result %d wrong", i)
		}
	}
	want := []struct{ field, code string }{
		{"input.email", invalidFormat},
		{"input.postcode", invalidFormat},
		{"input.workUnit", invalidFormat},
		{"input.title", requiredCode},
		{"input.hukouCode2", invalidFormat},
		{"input.graduationDate", invalidFormat},
		{"input.titleDate", invalidFormat},
		{"input.gender", requiredCode},
	}
	if !c.Any() || len(c.Problems) != len(want) {
		t.Fatalf("%d problems, want %d: %v", len(c.Problems), len(want), c.Problems)
	}
	for i, w := range want {
		got := c.Problems[i]
		if f := strings.Join(got.Field, "."); f != w.field || got.Code != w.code || got.Message == "" {
			t.Errorf("problem %d: %s %s %q, want %s %s", i, f, got.Code, got.Message, w.field, w.code)
		}
	}
	if !c.Add(nil) || len(c.Problems) != len(want) {
		t.Error("Add(nil) recorded something")
	}
}

// TestPathOwnership: a problem keeps its own copy of the path, and a nil
// path becomes an empty list (JSON [] rather than null).
func TestPathOwnership(t *testing.T) {
	base := make([]string, 2, 8)
	copy(base, []string{"input", "contact"})
	_, e := Mobile(append(base, "mobile"), "123")
	_ = append(base, "landline") // reuses the backing array
	if e == nil || strings.Join(e.Field, ".") != "input.contact.mobile" {
		t.Fatalf("field %v", e)
	}
	_, e = Postcode(nil, "x")
	if e == nil || e.Field == nil || len(e.Field) != 0 {
		t.Fatalf("nil path gives %#v", e)
	}
}
