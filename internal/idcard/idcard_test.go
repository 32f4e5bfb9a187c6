package idcard

import (
	"context"
	"errors"
	"strings"
	"testing"
	"time"

	"github.com/ruankao/ruankao/internal/civil"
	"github.com/ruankao/ruankao/internal/clock"
	"github.com/ruankao/ruankao/internal/enum"
)

// today is the fixed "now" of the tests.
var today = civil.MustParse("2026-05-01")

// mod112 is the tests' own ISO 7064 MOD 11-2, written from the standard's
// definition rather than from GB 11643's tables: the weight of the i-th
// character counted from the right (the check character being 1) is
// 2^(i-1) mod 11, and the check value is (12 - sum mod 11) mod 11, 10 = X.
func mod112(body17 string) string {
	if len(body17) != 17 {
		panic("mod112 needs 17 digits: " + body17)
	}
	sum := 0
	for i, c := range body17 {
		w := 1
		for range 17 - i { // 2^(18-pos) with pos = i+1
			w = w * 2 % 11
		}
		sum += int(c-'0') * w
	}
	v := (12 - sum%11) % 11
	if v == 10 {
		return "X"
	}
	return string(rune('0' + v))
}

// gb builds an 18-character number from its parts with a correct check character.
func gb(parts ...string) string {
	body := strings.Join(parts, "")
	return body + mod112(body)
}

// wrongCheck gives the number with a check character that is not the right one.
func wrongCheck(n string) string {
	body, c := n[:17], n[17]
	for _, alt := range "0123456789X" {
		if byte(alt) != c {
			return body + string(alt)
		}
	}
	panic("unreachable")
}

func date(s string) *civil.Date {
	d := civil.MustParse(s)
	return &d
}

func TestMod112HelperOnTextbookSample(t *testing.T) {
	// 11010519491231002X is the sample of GB 11643-1999 (a woman born on
	// 1949-12-31 in 北京市朝阳区): the weighted sum is 167, 167 mod 11 = 2 → X.
	if got := mod112("11010519491231002"); got != "X" {
		t.Fatalf("helper gives %s for the textbook sample, want X", got)
	}
	if got := string(checkChar("11010519491231002")); got != "X" {
		t.Fatalf("checkChar gives %s for the textbook sample, want X", got)
	}
}

func TestCheckDigitAgreesWithIndependentHelper(t *testing.T) {
	// Every body digit in every position, so every weight is exercised.
	for pos := range 17 {
		for d := '0'; d <= '9'; d++ {
			body := []byte("34052419800101001")
			body[pos] = byte(d)
			if got, want := string(checkChar(string(body))), mod112(string(body)); got != want {
				t.Errorf("checkChar(%s) = %s, helper says %s", body, got, want)
			}
		}
	}
}

type okCase struct {
	name   string
	typ    enum.IDType
	raw    string
	value  string
	birth  *civil.Date
	gender string
	region string
	nation string
}

func TestCheckAccepts(t *testing.T) {
	cases := []okCase{
		// 居民身份证
		{"textbook sample", enum.IDResident, "11010519491231002X", "11010519491231002X", date("1949-12-31"), GenderFemale, "11", ""},
		{"lower-case x stored as X", enum.IDResident, "11010519491231002x", "11010519491231002X", date("1949-12-31"), GenderFemale, "11", ""},
		{"surrounding whitespace trimmed", enum.IDResident, " \t11010519491231002X\r\n", "11010519491231002X", date("1949-12-31"), GenderFemale, "11", ""},
		{"ideographic spaces trimmed", enum.IDResident, "\u300011010519491231002X\u3000", "11010519491231002X", date("1949-12-31"), GenderFemale, "11", ""},
		{"full-width digits and x", enum.IDResident, "１１０１０５１９４９１２３１００２ｘ", "11010519491231002X", date("1949-12-31"), GenderFemale, "11", ""},
		{"odd 17th digit is male", enum.IDResident, gb("440305", "20000229", "123"), gb("440305", "20000229", "123"), date("2000-02-29"), GenderMale, "44", ""},
		{"zero 17th digit is female", enum.IDResident, gb("650102", "19000101", "010"), gb("650102", "19000101", "010"), date("1900-01-01"), GenderFemale, "65", ""},
		{"born today", enum.IDResident, gb("310101", "20260501", "009"), gb("310101", "20260501", "009"), date("2026-05-01"), GenderMale, "31", ""},
		{"prefix 15", enum.IDResident, gb("150102", "19851010", "002"), gb("150102", "19851010", "002"), date("1985-10-10"), GenderFemale, "15", ""},
		{"prefix 21", enum.IDResident, gb("210102", "19900101", "123"), gb("210102", "19900101", "123"), date("1990-01-01"), GenderMale, "21", ""},
		{"prefix 23", enum.IDResident, gb("230102", "19900101", "123"), gb("230102", "19900101", "123"), date("1990-01-01"), GenderMale, "23", ""},
		{"prefix 37", enum.IDResident, gb("370102", "19900101", "123"), gb("370102", "19900101", "123"), date("1990-01-01"), GenderMale, "37", ""},
		{"prefix 41", enum.IDResident, gb("410102", "19900101", "123"), gb("410102", "19900101", "123"), date("1990-01-01"), GenderMale, "41", ""},
		{"prefix 46", enum.IDResident, gb("460102", "19900101", "123"), gb("460102", "19900101", "123"), date("1990-01-01"), GenderMale, "46", ""},
		{"prefix 50", enum.IDResident, gb("500102", "19900101", "123"), gb("500102", "19900101", "123"), date("1990-01-01"), GenderMale, "50", ""},
		{"prefix 54", enum.IDResident, gb("540102", "19900101", "123"), gb("540102", "19900101", "123"), date("1990-01-01"), GenderMale, "54", ""},
		{"prefix 61", enum.IDResident, gb("610102", "19900101", "123"), gb("610102", "19900101", "123"), date("1990-01-01"), GenderMale, "61", ""},

		// 港澳居民居住证
		{"Hong Kong resident", enum.IDHKMacaoResidence, gb("810000", "19900101", "123"), gb("810000", "19900101", "123"), date("1990-01-01"), GenderMale, "81", ""},
		{"Macao resident", enum.IDHKMacaoResidence, gb("820000", "19850615", "002"), gb("820000", "19850615", "002"), date("1985-06-15"), GenderFemale, "82", ""},
		{"HK/Macao permit lower x", enum.IDHKMacaoResidence, strings.ToLower(xNumber(t, "810000", "19700101")), xNumber(t, "810000", "19700101"), date("1970-01-01"), "", "81", ""},

		// 台湾居民居住证
		{"Taiwan resident", enum.IDTaiwanResidence, gb("830000", "19780808", "031"), gb("830000", "19780808", "031"), date("1978-08-08"), GenderMale, "83", ""},
		{"Taiwan resident female", enum.IDTaiwanResidence, gb("830000", "20040229", "048"), gb("830000", "20040229", "048"), date("2004-02-29"), GenderFemale, "83", ""},

		// 外国人永久居留身份证, 2023 format: 9 + province + nationality + date + sequence + check
		{"2023 format, Beijing, USA, male", enum.IDForeignPermanent, gb("9", "11", "840", "19850315", "123"), gb("9", "11", "840", "19850315", "123"), date("1985-03-15"), GenderMale, "11", "840"},
		{"2023 format, Shanghai, Japan, female", enum.IDForeignPermanent, gb("9", "31", "392", "20000229", "012"), gb("9", "31", "392", "20000229", "012"), date("2000-02-29"), GenderFemale, "31", "392"},
		{"2023 format, sample of a public library", enum.IDForeignPermanent, "911398199012310021", "911398199012310021", date("1990-12-31"), GenderFemale, "11", "398"},

		// 外国人永久居留身份证, older format: 3 letters + province/city + YYMMDD + 2 digits
		{"old format, sample of a public library", enum.IDForeignPermanent, "KAZ110090123105", "KAZ110090123105", date("1990-12-31"), "", "11", "KAZ"},
		{"old format, 19YY when 20YY would be after 2023-12-01", enum.IDForeignPermanent, "USA310085031512", "USA310085031512", date("1985-03-15"), "", "31", "USA"},
		{"old format, 20YY child", enum.IDForeignPermanent, "CAN440005060712", "CAN440005060712", date("2005-06-07"), "", "44", "CAN"},
		{"old format, last day of old format", enum.IDForeignPermanent, "FRA110023120112", "FRA110023120112", date("2023-12-01"), "", "11", "FRA"},
		{"old format, 2024 is read as 1924", enum.IDForeignPermanent, "GBR110024010112", "GBR110024010112", date("1924-01-01"), "", "11", "GBR"},
		{"old format, 2000-02-29", enum.IDForeignPermanent, "DEU110000022912", "DEU110000022912", date("2000-02-29"), "", "11", "DEU"},
		{"old format, lower case letters", enum.IDForeignPermanent, "usa310085031512", "USA310085031512", date("1985-03-15"), "", "31", "USA"},

		// 港澳居民来往内地通行证
		{"HK pass", enum.IDHKMacaoPass, "H12345678", "H12345678", nil, "", "81", ""},
		{"Macao pass", enum.IDHKMacaoPass, "M87654321", "M87654321", nil, "", "82", ""},
		{"HK pass lower h", enum.IDHKMacaoPass, "h12345678", "H12345678", nil, "", "81", ""},
		{"HK pass full width", enum.IDHKMacaoPass, "Ｈ１２３４５６７８", "H12345678", nil, "", "81", ""},
		{"HK pass old 10 digits", enum.IDHKMacaoPass, "H1234567801", "H1234567801", nil, "", "81", ""},
		{"Macao pass old 10 digits", enum.IDHKMacaoPass, "M0123456702", "M0123456702", nil, "", "82", ""},

		// 台湾居民来往大陆通行证
		{"Taiwan pass", enum.IDTaiwanPass, "12345678", "12345678", nil, "", "", ""},
		{"Taiwan pass leading zero", enum.IDTaiwanPass, "01234567", "01234567", nil, "", "", ""},
		{"Taiwan pass old 10 digits", enum.IDTaiwanPass, "1234567801", "1234567801", nil, "", "", ""},

		// 中国护照
		{"E passport", enum.IDPassport, "E12345678", "E12345678", nil, "", "", ""},
		{"EA passport", enum.IDPassport, "EA1234567", "EA1234567", nil, "", "", ""},
		{"EH passport", enum.IDPassport, "EH7654321", "EH7654321", nil, "", "", ""},
		{"EZ passport", enum.IDPassport, "EZ0000001", "EZ0000001", nil, "", "", ""},
		{"G passport", enum.IDPassport, "G12345678", "G12345678", nil, "", "", ""},
		{"lower-case passport", enum.IDPassport, "ea1234567", "EA1234567", nil, "", "", ""},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			n, err := CheckAt(c.typ, c.raw, today)
			if err != nil {
				t.Fatalf("CheckAt(%s, %q) refused: %v", c.typ, c.raw, err)
			}
			if n.Type != c.typ || n.Value != c.value {
				t.Errorf("type/value = %s/%q, want %s/%q", n.Type, n.Value, c.typ, c.value)
			}
			switch {
			case c.birth == nil && n.BirthDate != nil:
				t.Errorf("birth date = %s, want none", n.BirthDate)
			case c.birth != nil && (n.BirthDate == nil || *n.BirthDate != *c.birth):
				t.Errorf("birth date = %v, want %s", n.BirthDate, c.birth)
			}
			if c.gender != "" || c.birth == nil || c.typ == enum.IDForeignPermanent && len(c.value) == 15 {
				if n.Gender != c.gender {
					t.Errorf("gender = %q, want %q", n.Gender, c.gender)
				}
			}
			if n.Region != c.region || n.Nationality != c.nation {
				t.Errorf("region/nationality = %q/%q, want %q/%q", n.Region, n.Nationality, c.region, c.nation)
			}
		})
	}
}

// xNumber finds a number with the given prefix and date whose check character is X.
func xNumber(t *testing.T, prefix, birth string) string {
	for seq := range 1000 {
		s := string(rune('0'+seq/100)) + string(rune('0'+seq/10%10)) + string(rune('0'+seq%10))
		if n := gb(prefix, birth, s); n[17] == 'X' {
			return n
		}
	}
	t.Fatalf("no X number for %s %s", prefix, birth)
	return ""
}

type errCase struct {
	name string
	typ  enum.IDType
	raw  string
	code string
	want string // a part of the message
}

func TestCheckRefuses(t *testing.T) {
	sample := "11010519491231002X"
	cases := []errCase{
		// shape, all types
		{"empty", enum.IDResident, "", CodeInvalidFormat, "不能为空"},
		{"only spaces", enum.IDPassport, " \t\u3000 ", CodeInvalidFormat, "不能为空"},
		{"space inside", enum.IDResident, "110105 19491231002X", CodeInvalidFormat, "空格"},
		{"ideographic space inside", enum.IDResident, "110105\u300019491231002X", CodeInvalidFormat, "空格"},
		{"tab inside", enum.IDHKMacaoPass, "H1234\t5678", CodeInvalidFormat, "空格"},
		{"hyphen", enum.IDResident, "110105-19491231002X", CodeInvalidFormat, "横线"},
		{"Chinese character", enum.IDResident, "11010519491231002叉", CodeInvalidFormat, "只能包含数字和英文字母"},
		{"invalid UTF-8", enum.IDResident, "1101051949123100\xff2", CodeInvalidFormat, "无法识别"},
		{"unknown type", enum.IDType("DRIVING_LICENCE"), sample, CodeInvalidFormat, "不支持的证件类型"},

		// 居民身份证
		{"first-generation 15 digits", enum.IDResident, "110105491231002", CodeInvalidFormat, "2013年1月1日"},
		{"17 characters", enum.IDResident, sample[:17], CodeInvalidFormat, "18位"},
		{"19 characters", enum.IDResident, sample + "1", CodeInvalidFormat, "18位"},
		{"X not last", enum.IDResident, "1101051949123100X2", CodeInvalidFormat, "18位"},
		{"letter other than X", enum.IDResident, "11010519491231002A", CodeInvalidFormat, "18位"},
		{"wrong check digit", enum.IDResident, "110105194912310021", CodeInvalidCheckDigit, "居民身份证号码校验位不正确，请核对最后一位"},
		{"wrong check X", enum.IDResident, wrongCheck(gb("440305", "20000229", "124")), CodeInvalidCheckDigit, "校验位"},
		{"1999-02-30", enum.IDResident, gb("110101", "19990230", "123"), CodeInvalidBirthDate, "第7至14位"},
		{"2023-02-29", enum.IDResident, gb("110101", "20230229", "123"), CodeInvalidBirthDate, "不是有效的日期"},
		{"1900-02-29", enum.IDResident, gb("110101", "19000229", "123"), CodeInvalidBirthDate, "不是有效的日期"},
		{"month 13", enum.IDResident, gb("110101", "19901301", "123"), CodeInvalidBirthDate, "不是有效的日期"},
		{"month 00", enum.IDResident, gb("110101", "19900001", "123"), CodeInvalidBirthDate, "不是有效的日期"},
		{"day 00", enum.IDResident, gb("110101", "19900100", "123"), CodeInvalidBirthDate, "不是有效的日期"},
		{"April 31", enum.IDResident, gb("110101", "19900431", "123"), CodeInvalidBirthDate, "不是有效的日期"},
		{"tomorrow", enum.IDResident, gb("110101", "20260502", "123"), CodeInvalidBirthDate, "晚于今天"},
		{"far future", enum.IDResident, gb("110101", "20990101", "123"), CodeInvalidBirthDate, "晚于今天"},
		{"before 1900", enum.IDResident, gb("110101", "18991231", "123"), CodeInvalidBirthDate, "早于1900年"},
		{"HK permit typed as resident", enum.IDResident, gb("810000", "19900101", "123"), CodeInvalidRegion, "港澳居民居住证"},
		{"Macao permit typed as resident", enum.IDResident, gb("820000", "19900101", "123"), CodeInvalidRegion, "港澳居民居住证"},
		{"Taiwan permit typed as resident", enum.IDResident, gb("830000", "19900101", "123"), CodeInvalidRegion, "台湾居民居住证"},
		{"foreigner typed as resident", enum.IDResident, gb("9", "11", "840", "19850315", "123"), CodeInvalidRegion, "外国人永久居留身份证"},
		{"bad region reported before bad check digit", enum.IDResident, wrongCheck(gb("100101", "19900101", "123")), CodeInvalidRegion, "前两位"},

		// 港澳居民居住证
		{"HK permit with Taiwan prefix", enum.IDHKMacaoResidence, gb("830000", "19900101", "123"), CodeInvalidRegion, "台湾居民居住证"},
		{"HK permit with mainland prefix", enum.IDHKMacaoResidence, sample, CodeInvalidRegion, "810000（香港）或820000（澳门）"},
		{"HK permit 810001", enum.IDHKMacaoResidence, gb("810001", "19900101", "123"), CodeInvalidRegion, "前6位"},
		{"HK permit 811000", enum.IDHKMacaoResidence, gb("811000", "19900101", "123"), CodeInvalidRegion, "前6位"},
		{"HK permit wrong check", enum.IDHKMacaoResidence, wrongCheck(gb("810000", "19900101", "123")), CodeInvalidCheckDigit, "港澳居民居住证号码校验位不正确"},
		{"HK permit 1999-02-30", enum.IDHKMacaoResidence, gb("810000", "19990230", "123"), CodeInvalidBirthDate, "港澳居民居住证"},
		{"HK permit future", enum.IDHKMacaoResidence, gb("820000", "20300101", "123"), CodeInvalidBirthDate, "晚于今天"},
		{"HK permit 17 characters", enum.IDHKMacaoResidence, gb("810000", "19900101", "123")[:17], CodeInvalidFormat, "18位"},

		// 台湾居民居住证
		{"Taiwan permit with HK prefix", enum.IDTaiwanResidence, gb("810000", "19900101", "123"), CodeInvalidRegion, "港澳居民居住证"},
		{"Taiwan permit with mainland prefix", enum.IDTaiwanResidence, sample, CodeInvalidRegion, "830000"},
		{"Taiwan permit 830100", enum.IDTaiwanResidence, gb("830100", "19900101", "123"), CodeInvalidRegion, "830000"},
		{"Taiwan permit wrong check", enum.IDTaiwanResidence, wrongCheck(gb("830000", "19900101", "123")), CodeInvalidCheckDigit, "台湾居民居住证号码校验位不正确"},
		{"Taiwan permit before 1900", enum.IDTaiwanResidence, gb("830000", "18990101", "123"), CodeInvalidBirthDate, "早于1900年"},
		{"Taiwan permit future", enum.IDTaiwanResidence, gb("830000", "20270101", "123"), CodeInvalidBirthDate, "晚于今天"},
		{"Taiwan permit with letters", enum.IDTaiwanResidence, "83000019900101A23X", CodeInvalidFormat, "18位"},

		// 外国人永久居留身份证, 2023 format
		{"2023 format, citizen number", enum.IDForeignPermanent, sample, CodeInvalidFormat, "以9开头"},
		{"2023 format, province 99", enum.IDForeignPermanent, gb("9", "99", "840", "19850315", "123"), CodeInvalidRegion, "第2、3位"},
		{"2023 format, province 10", enum.IDForeignPermanent, gb("9", "10", "840", "19850315", "123"), CodeInvalidRegion, "第2、3位"},
		{"2023 format, province 81", enum.IDForeignPermanent, gb("9", "81", "840", "19850315", "123"), CodeInvalidRegion, "第2、3位"},
		{"2023 format, 1985-02-29", enum.IDForeignPermanent, gb("9", "11", "840", "19850229", "123"), CodeInvalidBirthDate, "第7至14位"},
		{"2023 format, future", enum.IDForeignPermanent, gb("9", "11", "840", "20261231", "123"), CodeInvalidBirthDate, "晚于今天"},
		{"2023 format, before 1900", enum.IDForeignPermanent, gb("9", "11", "840", "18851231", "123"), CodeInvalidBirthDate, "早于1900年"},
		{"2023 format, wrong check", enum.IDForeignPermanent, wrongCheck(gb("9", "11", "840", "19850315", "123")), CodeInvalidCheckDigit, "外国人永久居留身份证号码校验位不正确"},
		{"2023 format, X inside", enum.IDForeignPermanent, "91184019850315X231", CodeInvalidFormat, "18位"},
		// 外国人永久居留身份证, older format
		{"old format, province 99", enum.IDForeignPermanent, "USA990085031512", CodeInvalidRegion, "第4、5位"},
		{"old format, province 16", enum.IDForeignPermanent, "USA160085031512", CodeInvalidRegion, "第4、5位"},
		{"old format, month 13", enum.IDForeignPermanent, "USA110085131512", CodeInvalidBirthDate, "第8至13位"},
		{"old format, 2001-02-29 and 1901-02-29", enum.IDForeignPermanent, "USA110001022912", CodeInvalidBirthDate, "第8至13位"},
		{"old format, 1985-04-31", enum.IDForeignPermanent, "USA110085043112", CodeInvalidBirthDate, "第8至13位"},
		{"old format, digit among letters", enum.IDForeignPermanent, "US1110085031512", CodeInvalidFormat, "3个英文字母加12位数字"},
		{"old format, letter among digits", enum.IDForeignPermanent, "USA11008503151A", CodeInvalidFormat, "3个英文字母加12位数字"},
		{"old format, 14 characters", enum.IDForeignPermanent, "USA11008503151", CodeInvalidFormat, "15位"},
		{"old format, 2 letters + 13 digits", enum.IDForeignPermanent, "US1100850315123", CodeInvalidFormat, "15位"},

		// 港澳居民来往内地通行证
		{"HK pass C prefix", enum.IDHKMacaoPass, "C12345678", CodeInvalidFormat, "H（香港）或M（澳门）"},
		{"HK pass 7 digits", enum.IDHKMacaoPass, "H1234567", CodeInvalidFormat, "8位数字"},
		{"HK pass 9 digits", enum.IDHKMacaoPass, "H123456789", CodeInvalidFormat, "8位数字"},
		{"HK pass 11 digits", enum.IDHKMacaoPass, "H12345678901", CodeInvalidFormat, "8位数字"},
		{"HK pass letter inside", enum.IDHKMacaoPass, "HA1234567", CodeInvalidFormat, "8位数字"},
		{"HK pass no letter", enum.IDHKMacaoPass, "12345678", CodeInvalidFormat, "8位数字"},
		{"HK pass with issue count in brackets", enum.IDHKMacaoPass, "H12345678(01)", CodeInvalidFormat, "括号"},

		// 台湾居民来往大陆通行证
		{"Taiwan pass 7 digits", enum.IDTaiwanPass, "1234567", CodeInvalidFormat, "8位数字"},
		{"Taiwan pass 9 digits", enum.IDTaiwanPass, "123456789", CodeInvalidFormat, "8位数字"},
		{"Taiwan pass 18 digits", enum.IDTaiwanPass, gb("830000", "19900101", "123"), CodeInvalidFormat, "8位数字"},
		{"Taiwan pass with letter", enum.IDTaiwanPass, "T1234567", CodeInvalidFormat, "8位数字"},
		{"Taiwan pass with bracketed count", enum.IDTaiwanPass, "1234567(B)", CodeInvalidFormat, "括号"},
		{"Taiwan pass with count letter", enum.IDTaiwanPass, "1234567890B", CodeInvalidFormat, "8位数字"},

		// 中国护照
		{"passport EI", enum.IDPassport, "EI1234567", CodeInvalidFormat, "I、O除外"},
		{"passport EO", enum.IDPassport, "EO1234567", CodeInvalidFormat, "I、O除外"},
		{"passport 8 characters", enum.IDPassport, "E1234567", CodeInvalidFormat, "9位"},
		{"passport 10 characters", enum.IDPassport, "E123456789", CodeInvalidFormat, "9位"},
		{"passport two letters after E", enum.IDPassport, "EAB123456", CodeInvalidFormat, "9位"},
		{"passport K prefix", enum.IDPassport, "K12345678", CodeInvalidFormat, "9位"},
		{"passport GA", enum.IDPassport, "GA1234567", CodeInvalidFormat, "9位"},
		{"pre-1997 passport", enum.IDPassport, "141234567", CodeInvalidFormat, "9位"},
		{"diplomatic", enum.IDPassport, "D1234567", CodeInvalidFormat, "外交护照"},
		{"diplomatic e-passport", enum.IDPassport, "DE1234567", CodeInvalidFormat, "外交护照"},
		{"service", enum.IDPassport, "S12345678", CodeInvalidFormat, "公务护照"},
		{"service e-passport", enum.IDPassport, "SE1234567", CodeInvalidFormat, "公务护照"},
		{"public affairs", enum.IDPassport, "P1234567", CodeInvalidFormat, "因公普通护照"},
		{"public affairs e-passport", enum.IDPassport, "PE1234567", CodeInvalidFormat, "因公普通护照"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			n, err := CheckAt(c.typ, c.raw, today)
			if err == nil {
				t.Fatalf("CheckAt(%s, %q) accepted: %+v", c.typ, c.raw, n)
			}
			if n != (Number{}) {
				t.Errorf("refused number still returned %+v", n)
			}
			var e *Error
			if !errors.As(err, &e) {
				t.Fatalf("error %T is not *Error", err)
			}
			if e.Code != c.code {
				t.Errorf("code = %s, want %s (message %q)", e.Code, c.code, e.Message)
			}
			if !strings.Contains(e.Message, c.want) {
				t.Errorf("message %q does not contain %q", e.Message, c.want)
			}
			assertNoLeak(t, c.raw, e.Message)
		})
	}
}

// assertNoLeak checks that a message repeats no 6-character run of the number.
func assertNoLeak(t *testing.T, raw, msg string) {
	t.Helper()
	s := strings.ToUpper(strings.TrimSpace(raw))
	for i := 0; i+6 <= len(s); i++ {
		part := s[i : i+6]
		if part == "810000" || part == "820000" || part == "830000" {
			continue // the prefixes the messages name on purpose
		}
		if strings.Contains(msg, part) {
			t.Errorf("message %q repeats %q of the number", msg, part)
		}
	}
}

func TestBadProvincePrefixes(t *testing.T) {
	for _, p := range []string{"00", "10", "16", "19", "20", "24", "30", "38", "40", "47", "49", "55", "60", "66", "70", "71", "80", "84", "90", "91", "99"} {
		n := gb(p+"0101", "19900101", "123")
		if _, err := CheckAt(enum.IDResident, n, today); codeOf(err) != CodeInvalidRegion {
			t.Errorf("居民身份证 prefix %s: %v, want INVALID_REGION", p, err)
		}
		f := gb("9", p, "840", "19900101", "123")
		if _, err := CheckAt(enum.IDForeignPermanent, f, today); codeOf(err) != CodeInvalidRegion {
			t.Errorf("外国人永久居留身份证 province %s: %v, want INVALID_REGION", p, err)
		}
		old := "USA" + p + "0090010112"
		if _, err := CheckAt(enum.IDForeignPermanent, old, today); codeOf(err) != CodeInvalidRegion {
			t.Errorf("old 外国人永久居留身份证 province %s: %v, want INVALID_REGION", p, err)
		}
	}
}

func TestEveryProvincePrefixAccepted(t *testing.T) {
	want := []string{"11", "12", "13", "14", "15", "21", "22", "23", "31", "32", "33", "34", "35", "36", "37",
		"41", "42", "43", "44", "45", "46", "50", "51", "52", "53", "54", "61", "62", "63", "64", "65"}
	if len(provinces) != len(want) {
		t.Errorf("%d province codes, want %d", len(provinces), len(want))
	}
	for _, p := range want {
		n := gb(p+"0102", "19900101", "123")
		got, err := CheckAt(enum.IDResident, n, today)
		if err != nil || got.Region != p {
			t.Errorf("prefix %s: %+v, %v", p, got, err)
		}
	}
}

func codeOf(err error) string {
	var e *Error
	if errors.As(err, &e) {
		return e.Code
	}
	return ""
}

// Any single wrong digit of a valid number is caught: MOD 11-2 detects every
// single substitution, and the other checks may catch it first.
func TestEverySingleSubstitutionRefused(t *testing.T) {
	valid := map[enum.IDType]string{
		enum.IDResident:         "11010519491231002X",
		enum.IDHKMacaoResidence: gb("810000", "19900101", "123"),
		enum.IDTaiwanResidence:  gb("830000", "19780808", "031"),
		enum.IDForeignPermanent: gb("9", "11", "840", "19850315", "123"),
	}
	for typ, n := range valid {
		if _, err := CheckAt(typ, n, today); err != nil {
			t.Fatalf("%s %s refused: %v", typ, n, err)
		}
		for pos := range 18 {
			for _, c := range "0123456789X" {
				if byte(c) == n[pos] {
					continue
				}
				m := n[:pos] + string(c) + n[pos+1:]
				if _, err := CheckAt(typ, m, today); err == nil {
					t.Errorf("%s: %s (position %d changed) accepted", typ, m, pos+1)
				}
			}
		}
	}
}

func TestOldForeignCenturyFollowsToday(t *testing.T) {
	for _, c := range []struct {
		today, raw, want string
	}{
		{"2010-01-01", "CAN310015060712", "1915-06-07"}, // 2015 was still in the future
		{"2016-01-01", "CAN310015060712", "2015-06-07"},
		{"2016-01-01", "CAN310016010112", "2016-01-01"}, // born that very day
		{"2016-01-01", "CAN310016010212", "1916-01-02"},
		{"2030-01-01", "CAN310025010112", "1925-01-01"}, // old cards stopped in 2023
	} {
		n, err := CheckAt(enum.IDForeignPermanent, c.raw, civil.MustParse(c.today))
		if err != nil || n.BirthDate == nil || n.BirthDate.String() != c.want {
			t.Errorf("today %s, %s: %+v, %v; want born %s", c.today, c.raw, n, err, c.want)
		}
	}
}

func TestCheckUsesShanghaiToday(t *testing.T) {
	now := civil.In(time.Now(), clock.Shanghai)
	born := now.AddDays(1)
	n := gb("110101", born.String()[0:4]+born.String()[5:7]+born.String()[8:10], "123")
	if _, err := Check(enum.IDResident, n); codeOf(err) != CodeInvalidBirthDate {
		t.Errorf("Check accepted a birth date of tomorrow (%s): %v", born, err)
	}
	if _, err := Check(enum.IDResident, "11010519491231002X"); err != nil {
		t.Errorf("Check refused the textbook sample: %v", err)
	}
}

func TestCheckContextReadsTheContextClock(t *testing.T) {
	// 2026-05-01 16:30 UTC is already 2026-05-02 in Shanghai.
	c := clock.NewManual(time.Date(2026, 5, 1, 16, 30, 0, 0, time.UTC))
	ctx := clock.With(context.Background(), c)
	n := gb("110101", "20260502", "123")
	if _, err := CheckContext(ctx, enum.IDResident, n); err != nil {
		t.Errorf("born on the Shanghai day of the clock: %v", err)
	}
	c.Set(time.Date(2026, 5, 1, 15, 59, 0, 0, time.UTC)) // 23:59 on 2026-05-01 in Shanghai
	if _, err := CheckContext(ctx, enum.IDResident, n); codeOf(err) != CodeInvalidBirthDate {
		t.Errorf("born tomorrow in Shanghai: %v, want INVALID_BIRTH_DATE", err)
	}
}

func TestErrorAsUserError(t *testing.T) {
	_, err := CheckAt(enum.IDResident, "110105194912310021", today)
	var e *Error
	if !errors.As(err, &e) {
		t.Fatalf("%T is not *Error", err)
	}
	ue := e.UserError("input", "idNumber")
	if ue.Code != CodeInvalidCheckDigit || ue.Message != e.Message || strings.Join(ue.Field, ".") != "input.idNumber" {
		t.Errorf("UserError = %+v", ue)
	}
	if ue := e.UserError(); ue.Field == nil || len(ue.Field) != 0 {
		t.Errorf("UserError() field = %#v, want empty, not nil", ue.Field)
	}
	if got := e.Error(); !strings.HasPrefix(got, "INVALID_CHECK_DIGIT: ") {
		t.Errorf("Error() = %q", got)
	}
}
