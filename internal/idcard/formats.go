package idcard

import (
	"github.com/ruankao/ruankao/internal/civil"
)

// gbShape reports whether s has the shape of GB 11643: 17 digits and a check
// character that is a digit or X (x was upper-cased by normalise).
func gbShape(s string) bool {
	if len(s) != 18 || !allDigits(s[:17]) {
		return false
	}
	c := s[17]
	return c == 'X' || (c >= '0' && c <= '9')
}

// checkResident checks a 居民身份证 number (公民身份号码).
//
// Source: GB 11643-1999 《公民身份号码》: 18 characters — a 6-digit address code
// (GB/T 2260), the birth date YYYYMMDD, a 3-digit sequence code whose last
// digit is odd for men and even for women, and a check character under ISO
// 7064:1983 MOD 11-2 (weights 7 9 10 5 8 4 2 1 6 3 7 9 10 5 8 4 2, sum mod 11
// mapped through 1 0 X 9 8 7 6 5 4 3 2).
//
// Only the 2-digit province prefix is checked (conventions: no complete
// historical list of the 6-digit codes exists offline). The 15-digit numbers
// of the first-generation card are refused: that card stopped being valid on
// 2013-01-01 (《居民身份证法》 and the 公安部 notice on ending its use), and a
// 15-digit number has no check digit and a 2-digit year.
func checkResident(s string, today civil.Date) (Number, error) {
	if len(s) == 15 && allDigits(s) {
		return Number{}, fail(CodeInvalidFormat,
			"15位的第一代居民身份证号码自2013年1月1日起已停止使用，请填写18位的第二代居民身份证号码")
	}
	if !gbShape(s) {
		return Number{}, fail(CodeInvalidFormat,
			"居民身份证号码应为18位：前17位是数字，最后一位是数字或X")
	}
	switch p := s[:2]; {
	case isProvince(p):
	case p == "81" || p == "82":
		return Number{}, fail(CodeInvalidRegion,
			"以810000或820000开头的是港澳居民居住证号码，请把证件类型选为“港澳居民居住证”")
	case p == "83":
		return Number{}, fail(CodeInvalidRegion,
			"以830000开头的是台湾居民居住证号码，请把证件类型选为“台湾居民居住证”")
	case p[0] == '9':
		return Number{}, fail(CodeInvalidRegion,
			"以9开头的18位号码是外国人永久居留身份证号码，请把证件类型选为“外国人永久居留身份证”")
	default:
		return Number{}, fail(CodeInvalidRegion,
			"居民身份证号码前两位应为省级行政区代码（11–15、21–23、31–37、41–46、50–54、61–65），请核对")
	}
	birth, err := checkBirth(s[6:14], "居民身份证", "第7至14位", today)
	if err != nil {
		return Number{}, err
	}
	if checkChar(s[:17]) != s[17] {
		return Number{}, fail(CodeInvalidCheckDigit,
			"居民身份证号码校验位不正确，请核对最后一位（也可能是前面某一位填错了）")
	}
	return Number{BirthDate: birth, Gender: genderOf(s[16]), Region: s[:2]}, nil
}

// checkHKMacaoResidence checks a 港澳居民居住证 number.
//
// Source: 《港澳台居民居住证申领发放办法》 (国务院办公厅 2018) and the 公安部
// notice on its numbers: the holder gets a 公民身份号码 under GB 11643 whose
// address code is 810000 for Hong Kong residents and 820000 for Macao
// residents; birth date, sequence code (odd for men) and MOD 11-2 check
// character as for a 居民身份证.
func checkHKMacaoResidence(s string, today civil.Date) (Number, error) {
	const what = "港澳居民居住证"
	if !gbShape(s) {
		return Number{}, fail(CodeInvalidFormat,
			what+"号码应为18位：以810000（香港）或820000（澳门）开头，前17位是数字，最后一位是数字或X")
	}
	switch s[:6] {
	case "810000", "820000":
	case "830000":
		return Number{}, fail(CodeInvalidRegion,
			"以830000开头的是台湾居民居住证号码，请把证件类型选为“台湾居民居住证”")
	default:
		return Number{}, fail(CodeInvalidRegion,
			what+"号码前6位应为810000（香港）或820000（澳门），请核对")
	}
	return residencePermit(s, what, today)
}

// checkTaiwanResidence checks a 台湾居民居住证 number: as a 港澳居民居住证,
// with the address code 830000 (same sources).
func checkTaiwanResidence(s string, today civil.Date) (Number, error) {
	const what = "台湾居民居住证"
	if !gbShape(s) {
		return Number{}, fail(CodeInvalidFormat,
			what+"号码应为18位：以830000开头，前17位是数字，最后一位是数字或X")
	}
	switch s[:6] {
	case "830000":
	case "810000", "820000":
		return Number{}, fail(CodeInvalidRegion,
			"以810000或820000开头的是港澳居民居住证号码，请把证件类型选为“港澳居民居住证”")
	default:
		return Number{}, fail(CodeInvalidRegion, what+"号码前6位应为830000，请核对")
	}
	return residencePermit(s, what, today)
}

// residencePermit checks birth date and check character of a 居住证 number
// whose shape and prefix are already right.
func residencePermit(s, what string, today civil.Date) (Number, error) {
	birth, err := checkBirth(s[6:14], what, "第7至14位", today)
	if err != nil {
		return Number{}, err
	}
	if checkChar(s[:17]) != s[17] {
		return Number{}, fail(CodeInvalidCheckDigit,
			what+"号码校验位不正确，请核对最后一位（也可能是前面某一位填错了）")
	}
	return Number{BirthDate: birth, Gender: genderOf(s[16]), Region: s[:2]}, nil
}

// checkForeignPermanent checks a 外国人永久居留身份证 number, in either of the
// two formats in use.
//
// The 2023 format (issued since 2023-12-01). Source: 国家移民管理局,
// 《新版外国人永久居留身份证机读信息规则（2023版）》 (the adaptation guide
// published for card readers in 2023): 18 characters, "17 digits + 1 check
// character" after the 公民身份号码 standard; the first digit is 9 (marking a
// foreigner; citizens' numbers start with 1–8); the last is a MOD 11-2 check
// character computed as for a 居民身份证; the nationality, a 3-letter code in
// the old format, becomes a numeric one. Positions:
//
//	1      9
//	2–3    issuing (受理地) province code
//	4–6    nationality, ISO 3166-1 numeric (GB/T 2659)
//	7–14   birth date YYYYMMDD
//	15–17  sequence code; the 17th digit is odd for men, even for women
//	18     check character (0–9 or X)
//
// (1+2+3+8+3+1 = 18.) Checked: the shape, the 9, the province code against
// the list of a 居民身份证, the birth date, the check character. The
// nationality code is kept, not checked (no complete list offline).
//
// The older format (2004 card, kept by the 2017 card, still valid until it
// expires). Source: the same guide ("由15位(3位拉丁字母+12位数字)调整为18位")
// for the shape; the layout of the 12 digits follows public implementations
// that agree with each other (3 letters nationality, ISO 3166-1 alpha-3;
// 4-digit 受理地 code = 2-digit province + 2-digit city; birth date YYMMDD;
// 1 sequence digit; 1 check digit). Checked: 3 letters + 12 digits, the
// province code (digits 4–5), the birth date (digits 8–13). The check digit
// is not checked and no gender is derived: their rules are not in any
// official text we could find, and a false refusal locks a person out.
// Century: 20YY when that day is not after today nor after 2023-12-01 (the
// old format was no longer issued after that), otherwise 19YY.
func checkForeignPermanent(s string, today civil.Date) (Number, error) {
	const what = "外国人永久居留身份证"
	switch len(s) {
	case 18:
		if !gbShape(s) {
			break
		}
		if s[0] != '9' {
			return Number{}, fail(CodeInvalidFormat,
				"新版外国人永久居留身份证号码以9开头；以1至8开头的18位号码是居民身份证或居住证号码，请核对证件类型")
		}
		if !isProvince(s[1:3]) {
			return Number{}, fail(CodeInvalidRegion,
				what+"号码第2、3位应为受理地的省级行政区代码（如11北京、31上海），请核对")
		}
		birth, err := checkBirth(s[6:14], what, "第7至14位", today)
		if err != nil {
			return Number{}, err
		}
		if checkChar(s[:17]) != s[17] {
			return Number{}, fail(CodeInvalidCheckDigit,
				what+"号码校验位不正确，请核对最后一位（也可能是前面某一位填错了）")
		}
		return Number{BirthDate: birth, Gender: genderOf(s[16]), Region: s[1:3], Nationality: s[3:6]}, nil
	case 15:
		if !isLetters(s[:3]) || !allDigits(s[3:]) {
			break
		}
		if !isProvince(s[3:5]) {
			return Number{}, fail(CodeInvalidRegion,
				"旧版外国人永久居留身份证号码第4、5位应为受理地的省级行政区代码（如11北京、31上海），请核对")
		}
		birth, ok := oldForeignBirth(s[7:13], today)
		if !ok {
			return Number{}, fail(CodeInvalidBirthDate,
				"旧版外国人永久居留身份证号码第8至13位应为出生日期（年年月月日日），这一段不是有效的日期，请核对")
		}
		return Number{BirthDate: &birth, Region: s[3:5], Nationality: s[:3]}, nil
	}
	return Number{}, fail(CodeInvalidFormat,
		what+"号码应为18位（新版：以9开头，前17位是数字，最后一位是数字或X）或15位（旧版：3个英文字母加12位数字）")
}

// lastOldForeignCard is the day the 2023 format replaced the 15-character one.
var lastOldForeignCard = civil.Date{Year: 2023, Month: 12, Day: 1}

// oldForeignBirth reads the YYMMDD of an old-format 外国人永久居留身份证.
func oldForeignBirth(yymmdd string, today civil.Date) (civil.Date, bool) {
	latest := today
	if lastOldForeignCard.Before(latest) {
		latest = lastOldForeignCard
	}
	if d, ok := parseDate("20" + yymmdd); ok && !d.After(latest) {
		return d, true
	}
	d, ok := parseDate("19" + yymmdd)
	if !ok || d.After(today) {
		return civil.Date{}, false
	}
	return d, true
}

func isLetters(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < 'A' || s[i] > 'Z' {
			return false
		}
	}
	return s != ""
}

// checkHKMacaoPass checks a 港澳居民来往内地通行证 (回乡证) number.
//
// Source: 公安部出入境管理局 on the card version issued since 2013-01-02: the
// number is H (Hong Kong residents) or M (Macao residents) followed by 8
// digits; the holder keeps it for life and the issue count (换证次数) is
// printed apart. The booklet issued before (10-year validity) wrote the
// number as H/M + 10 digits (the 8 digits + a 2-digit issue count), and
// many systems (airlines, 12306, banks) still record that form, so it is
// accepted too. Value keeps the form that was given; H12345678 and
// H1234567801 are not made equal. The number carries no birth date or
// gender; Region is 81 for H and 82 for M (the GB/T 2260 codes of Hong Kong
// and Macao, as in a 居住证).
func checkHKMacaoPass(s string) (Number, error) {
	if (len(s) == 9 || len(s) == 11) && (s[0] == 'H' || s[0] == 'M') && allDigits(s[1:]) {
		region := "81"
		if s[0] == 'M' {
			region = "82"
		}
		return Number{Region: region}, nil
	}
	return Number{}, fail(CodeInvalidFormat,
		"港澳居民来往内地通行证号码应为H（香港）或M（澳门）加8位数字；旧版证件为H或M加10位数字")
}

// checkTaiwanPass checks a 台湾居民来往大陆通行证 (台胞证) number.
//
// Source: 公安部出入境管理局 on the card version issued since 2015-09-21: the
// number is 8 digits, kept for life, with the issue count printed apart. The
// 5-year booklet issued before wrote a 10-digit number (the 8 digits + a
// 2-digit issue count); it is accepted because records made from booklets
// still carry it. The letter or number in brackets that some booklets added
// is not part of the number and is refused (normalise refuses brackets).
// No birth date, gender or region.
func checkTaiwanPass(s string) (Number, error) {
	if (len(s) == 8 || len(s) == 10) && allDigits(s) {
		return Number{}, nil
	}
	return Number{}, fail(CodeInvalidFormat,
		"台湾居民来往大陆通行证号码应为8位数字；旧版证件为10位数字。请不要填写括号和其中的换证次数")
}

// checkPassport checks a 中国护照 number, for 华侨 (Chinese citizens settled
// abroad, who have no 居民身份证).
//
// Source: 《中华人民共和国普通护照和出入境通行证签发管理办法》 and the
// 公安部出入境管理局 announcements on the e-passport: ordinary passports
// (普通护照) are 9 characters:
//
//	E + 8 digits               electronic ordinary passport, 2012–
//	E + a letter + 7 digits    once the E + 8 digit series ran out (from
//	                           about 2019: EA…, EB…, …);
//	                           the letter is never I or O (read as 1 and 0)
//	G + 8 digits               older ordinary passport, 1997–2012
//
// Refused: 外交护照 (D…, DE…), 公务护照 (S…, SE…) and 因公普通护照 (P…, PE…),
// with a message of their own, and the 14…/15… booklets of before 1997,
// long expired. A 华侨
// holds an ordinary passport; the holder of one of these is a state employee
// who has a 居民身份证 and registers with it. A HKSAR or MSAR passport is
// not a 中国护照 here (those residents use the 回乡证).
func checkPassport(s string) (Number, error) {
	if len(s) == 9 && allDigits(s[2:]) {
		switch {
		case (s[0] == 'E' || s[0] == 'G') && s[1] >= '0' && s[1] <= '9':
			return Number{}, nil
		case s[0] == 'E' && s[1] >= 'A' && s[1] <= 'Z' && s[1] != 'I' && s[1] != 'O':
			return Number{}, nil
		}
	}
	if officialPassport(s) {
		return Number{}, fail(CodeInvalidFormat,
			"外交护照、公务护照和因公普通护照不能用于报名：请使用普通护照，或改用居民身份证报名")
	}
	return Number{}, fail(CodeInvalidFormat,
		"中国护照号码应为9位：E加8位数字、E加1个字母（I、O除外）和7位数字，或G加8位数字")
}

// officialPassport reports whether s looks like a diplomatic, service or
// public-affairs passport number: D, S or P, an optional E (the electronic
// ones), then digits, 8 or 9 characters in all.
func officialPassport(s string) bool {
	if len(s) < 8 || len(s) > 9 || (s[0] != 'D' && s[0] != 'S' && s[0] != 'P') {
		return false
	}
	rest := s[1:]
	if rest[0] == 'E' {
		rest = rest[1:]
	}
	return allDigits(rest)
}
