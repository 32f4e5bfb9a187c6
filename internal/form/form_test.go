package form

import (
	"strings"
	"testing"

	"github.com/ruankao/ruankao/internal/apperr"
)

var path = []string{"input", "contact", "field"}

// valueCase is one input of a normalising check: want is the stored value
// when code is "", else the code of the expected problem, whose message must
// contain msg.
type valueCase struct {
	in, want, code, msg string
}

// run checks the cases of one normalising check.
func run(t *testing.T, name string, check func([]string, string) (string, *apperr.UserError), cases []valueCase) {
	t.Helper()
	for _, tc := range cases {
		got, e := check(path, tc.in)
		if tc.code == "" {
			if e != nil {
				t.Errorf("%s(%q): %s %s, want %q", name, tc.in, e.Code, e.Message, tc.want)
			} else if got != tc.want {
				t.Errorf("%s(%q) = %q, want %q", name, tc.in, got, tc.want)
			}
			continue
		}
		if e == nil {
			t.Errorf("%s(%q) = %q, want %s", name, tc.in, got, tc.code)
			continue
		}
		if got != "" {
			t.Errorf("%s(%q): value %q with a problem", name, tc.in, got)
		}
		checkProblem(t, name+"("+tc.in+")", e, tc.code, tc.msg)
	}
}

func checkProblem(t *testing.T, name string, e *apperr.UserError, code, msg string) {
	t.Helper()
	if e.Code != code {
		t.Errorf("%s: code %s (%s), want %s", name, e.Code, e.Message, code)
	}
	if e.Message == "" || !strings.Contains(e.Message, msg) {
		t.Errorf("%s: message %q, want one containing %q", name, e.Message, msg)
	}
	if strings.Join(e.Field, ".") != "input.contact.field" {
		t.Errorf("%s: field %v", name, e.Field)
	}
}

const (
	invalidFormat = apperr.InvalidFormat
	requiredCode  = apperr.Required
)

func TestMobile(t *testing.T) {
	run(t, "Mobile", Mobile, []valueCase{
		{in: "13800138000", want: "13800138000"},
		{in: " 13800138000\t", want: "13800138000"},
		{in: "138 0013 8000", want: "13800138000"},
		{in: "138-0013-8000", want: "13800138000"},
		{in: "138—0013—8000", want: "13800138000"}, // em dashes from an IME
		{in: "+86 138 0013 8000", want: "13800138000"},
		{in: "+8613800138000", want: "13800138000"},
		{in: "+86-13800138000", want: "13800138000"},
		{in: "(+86)13800138000", want: "13800138000"},
		{in: "8613800138000", want: "13800138000"},
		{in: "008613800138000", want: "13800138000"},
		{in: "１３８００１３８０００", want: "13800138000"},       // full-width digits
		{in: "＋８６　１３８－００１３－８０００", want: "13800138000"}, // full-width +, U+3000, －
		{in: "（＋８６）１３８００１３８０００", want: "13800138000"},
		{in: "14512345678", want: "14512345678"},
		{in: "16612345678", want: "16612345678"},
		{in: "19912345678", want: "19912345678"},
		{in: "", code: requiredCode, msg: "手机号码"},
		{in: "   ", code: requiredCode, msg: "手机号码"},
		{in: "\u3000", code: requiredCode, msg: "手机号码"},
		{in: "1380013800", code: invalidFormat, msg: "11 位"},
		{in: "138001380001", code: invalidFormat, msg: "11 位"},
		{in: "12800138000", code: invalidFormat, msg: "13–19"},
		{in: "10800138000", code: invalidFormat, msg: "13–19"},
		{in: "23800138000", code: invalidFormat, msg: "11 位"},
		{in: "86138001380", code: invalidFormat, msg: "11 位"},
		{in: "+85291234567", code: invalidFormat, msg: "11 位"},
		{in: "+86+13800138000", code: invalidFormat, msg: "11 位"},
		{in: "138+00138000", code: invalidFormat, msg: "11 位"},
		{in: "1380013800O", code: invalidFormat, msg: "11 位"}, // letter O
		{in: "138.0013.8000", code: invalidFormat, msg: "11 位"},
		{in: "138\n00138000", code: invalidFormat, msg: "11 位"},
		{in: "١٣٨٠٠١٣٨٠٠٠", code: invalidFormat, msg: "11 位"}, // Arabic-Indic digits
		{in: "手机13800138000", code: invalidFormat, msg: "11 位"},
	})
}

func TestLandline(t *testing.T) {
	run(t, "Landline", Landline, []valueCase{
		{in: "024-12345678", want: "024-12345678"},
		{in: "(024)12345678", want: "024-12345678"},
		{in: "(024) 1234 5678", want: "024-12345678"},
		{in: "（０２４）１２３４５６７８", want: "024-12345678"},
		{in: "０２４－１２３４５６７８", want: "024-12345678"},
		{in: "024 12345678", want: "024-12345678"},
		{in: "02412345678", want: "024-12345678"},
		{in: "010-62345678", want: "010-62345678"},
		{in: "0411-8765432", want: "0411-8765432"},
		{in: "04118765432", want: "0411-8765432"},
		{in: "0411-87654321", want: "0411-87654321"},
		{in: "041187654321", want: "0411-87654321"},
		{in: "024-2345-6789", want: "024-23456789"},
		{in: "024-12345678-123", want: "024-12345678-123"},
		{in: "0411-8765432-1", want: "0411-8765432-1"},
		{in: "02412345678-123", want: "024-12345678-123"},
		{in: "024-12345678转123", want: "024-12345678-123"},
		{in: "024-12345678 分机 8001", want: "024-12345678-8001"},
		{in: "024-12345678 ext. 8001", want: "024-12345678-8001"},
		{in: "024-12345678 EXT 8001", want: "024-12345678-8001"},
		{in: "024-12345678x12", want: "024-12345678-12"},
		{in: "024-12345678#12", want: "024-12345678-12"},
		{in: "+86 24 12345678", want: "024-12345678"},
		{in: "+86-411-8765432", want: "0411-8765432"},
		{in: "0086 411 87654321", want: "0411-87654321"},
		{in: "(+86) 024-12345678", want: "024-12345678"},
		{in: "13800138000", want: "13800138000"}, // a mobile number is accepted
		{in: "+86 138 0013 8000", want: "13800138000"},
		{in: "１３８００１３８０００", want: "13800138000"},
		{in: "", code: requiredCode, msg: "固定电话"},
		{in: " \u3000", code: requiredCode, msg: "固定电话"},
		{in: "87654321", code: invalidFormat, msg: "区号"},
		{in: "8765432", code: invalidFormat, msg: "区号"},
		{in: "024-1234567", code: invalidFormat, msg: "区号加号码"}, // 3-digit code needs 8 digits
		{in: "0411-876543", code: invalidFormat, msg: "区号加号码"},
		{in: "0411-876543210", code: invalidFormat, msg: "区号加号码"},
		{in: "011-12345678", code: invalidFormat, msg: "区号加号码"},
		{in: "001-12345678", code: invalidFormat, msg: "区号加号码"},
		{in: "024-01234567", code: invalidFormat, msg: "区号加号码"},
		{in: "024-112345678", code: invalidFormat, msg: "区号加号码"},
		{in: "024/12345678", code: invalidFormat, msg: "区号加号码"},
		{in: "电话024-12345678", code: invalidFormat, msg: "区号加号码"},
		{in: "024-12345678-1234567", code: invalidFormat, msg: "分机号"},
		{in: "0411-8765432-12-34567", code: invalidFormat, msg: "分机号"},
		{in: "024-12345678转", code: invalidFormat, msg: "分机号"},
		{in: "024-12345678转1234567", code: invalidFormat, msg: "分机号"},
		{in: "024-12345678 ext abc", code: invalidFormat, msg: "分机号"},
		{in: "024-12345678-12转34", code: invalidFormat, msg: "区号加号码"}, // two extensions
		{in: "12800138000", code: invalidFormat, msg: "手机号码"},
	})
}

func TestEmail(t *testing.T) {
	long := strings.Repeat(strings.Repeat("a", 60)+".", 5) + "com"
	run(t, "Email", Email, []valueCase{
		{in: "zhangsan@example.com", want: "zhangsan@example.com"},
		{in: " Zhang.San+tag@Example.COM ", want: "Zhang.San+tag@example.com"},
		{in: "123456@qq.com", want: "123456@qq.com"},
		{in: "１２３４５６＠ｑｑ．ｃｏｍ", want: "123456@qq.com"}, // full-width
		{in: "abc@163。com", want: "abc@163.com"},     // ideographic full stop
		{in: "o'brien@mail.example.org", want: "o'brien@mail.example.org"},
		{in: "a_b-c@sub-domain.example.com.cn", want: "a_b-c@sub-domain.example.com.cn"},
		{in: "x@" + strings.Repeat("a", 63) + ".cn", want: "x@" + strings.Repeat("a", 63) + ".cn"},
		{in: strings.Repeat("a", 64) + "@example.com", want: strings.Repeat("a", 64) + "@example.com"},
		{in: "", code: requiredCode, msg: "电子邮箱"},
		{in: "  ", code: requiredCode, msg: "电子邮箱"},
		{in: "zhangsan", code: invalidFormat, msg: "example.com"},
		{in: "zhangsan@", code: invalidFormat, msg: "example.com"},
		{in: "@example.com", code: invalidFormat, msg: "example.com"},
		{in: "zhangsan@example", code: invalidFormat, msg: "example.com"},
		{in: "zhang san@example.com", code: invalidFormat, msg: "example.com"},
		{in: "Zhang San <zs@example.com>", code: invalidFormat, msg: "地址本身"},
		{in: "<zs@example.com>", code: invalidFormat, msg: "地址本身"},
		{in: "zs@example.com (work)", code: invalidFormat, msg: "example.com"},
		{in: `"zs"@example.com`, code: invalidFormat, msg: "example.com"},
		{in: "a@b@example.com", code: invalidFormat, msg: "example.com"},
		{in: "a..b@example.com", code: invalidFormat, msg: "example.com"},
		{in: ".ab@example.com", code: invalidFormat, msg: "example.com"},
		{in: "ab.@example.com", code: invalidFormat, msg: "example.com"},
		{in: "zs@example..com", code: invalidFormat, msg: "example.com"},
		{in: "zs@example.com.", code: invalidFormat, msg: "example.com"},
		{in: "zs@-example.com", code: invalidFormat, msg: "example.com"},
		{in: "zs@example-.com", code: invalidFormat, msg: "example.com"},
		{in: "zs@exa_mple.com", code: invalidFormat, msg: "example.com"},
		{in: "zs@example.c", code: invalidFormat, msg: "example.com"},
		{in: "zs@example.123", code: invalidFormat, msg: "example.com"},
		{in: "zs@[192.168.0.1]", code: invalidFormat, msg: "example.com"},
		{in: "x@" + strings.Repeat("a", 64) + ".cn", code: invalidFormat, msg: "example.com"},
		{in: strings.Repeat("a", 65) + "@example.com", code: invalidFormat, msg: "example.com"},
		{in: "x@" + long, code: invalidFormat, msg: "254"},
		{in: "张三@example.com", code: invalidFormat, msg: "汉字"},
		{in: "zs@例子.中国", code: invalidFormat, msg: "汉字"},
		{in: "zs@example.com\n", want: "zs@example.com"},
		{in: "zs@exam\nple.com", code: invalidFormat, msg: "example.com"},
	})
}

func TestPostcode(t *testing.T) {
	run(t, "Postcode", Postcode, []valueCase{
		{in: "116000", want: "116000"},
		{in: " 100080 ", want: "100080"},
		{in: "010000", want: "010000"},
		{in: "830000", want: "830000"},
		{in: "８１００００", want: "810000"},
		{in: "１１６０００\u3000", want: "116000"},
		{in: "", code: requiredCode, msg: "邮政编码"},
		{in: "\u3000", code: requiredCode, msg: "邮政编码"},
		{in: "11600", code: invalidFormat, msg: "6 位"},
		{in: "1160000", code: invalidFormat, msg: "6 位"},
		{in: "916000", code: invalidFormat, msg: "0–8"},
		{in: "11600a", code: invalidFormat, msg: "6 位"},
		{in: "116 000", code: invalidFormat, msg: "6 位"},
		{in: "116-000", code: invalidFormat, msg: "6 位"},
		{in: "一一六〇〇〇", code: invalidFormat, msg: "6 位"},
	})
}

// TestMessagesHideInput: messages never repeat what was typed (phone numbers,
// addresses and e-mail addresses are personal information; messages may
// reach a log).
func TestMessagesHideInput(t *testing.T) {
	for _, tc := range []struct {
		name  string
		check func([]string, string) (string, *apperr.UserError)
		in    string
	}{
		{"Mobile", Mobile, "1397531864"},
		{"Landline", Landline, "0249753186420"},
		{"Email", Email, "wang.xiaoming@qq"},
		{"Postcode", Postcode, "97531"},
		{"Address", Address, "辽宁省大连市\n甘井子区"},
		{"WorkUnit", WorkUnit, strings.Repeat("某某科技有限公司", 10)},
	} {
		_, e := tc.check(path, tc.in)
		if e == nil {
			t.Fatalf("%s(%q) accepted", tc.name, tc.in)
		}
		for _, part := range []string{tc.in, tc.in[:len(tc.in)/2], tc.in[len(tc.in)/2:]} {
			if strings.Contains(e.Message, part) {
				t.Errorf("%s(%q): message %q repeats the input", tc.name, tc.in, e.Message)
			}
		}
	}
}
