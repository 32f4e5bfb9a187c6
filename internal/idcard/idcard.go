// Package idcard checks an identity-document number against the rules of its
// type (enum.IDType) and derives what the number itself carries: birth date,
// gender and region. The accepted formats and their sources are listed in
// README.md beside this file and, per type, above each check function.
//
// Check runs on what the identity provider returns, so its job is to catch
// garbage and typing slips with a clear Chinese message, not to prove that a
// document exists. Where a rule is uncertain it leans towards accepting.
//
// Error messages never repeat the number or any part of it: they may end up
// in a log, and ID numbers must never be logged.
package idcard

import (
	"context"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/ruankao/ruankao/internal/apperr"
	"github.com/ruankao/ruankao/internal/civil"
	"github.com/ruankao/ruankao/internal/clock"
	"github.com/ruankao/ruankao/internal/enum"
)

// Error codes. INVALID_FORMAT is apperr's; the three others are specific to
// ID numbers and belong in apperr's list of userError codes as well.
const (
	CodeInvalidFormat     = apperr.InvalidFormat // the shape: length, characters, letters
	CodeInvalidCheckDigit = apperr.InvalidCheckDigit
	CodeInvalidBirthDate  = apperr.InvalidBirthDate
	CodeInvalidRegion     = apperr.InvalidRegion
)

// Genders derived from a number.
const (
	GenderMale   = "MALE"
	GenderFemale = "FEMALE"
)

// Error says what is wrong with a number: a stable Code and a Chinese Message
// that tells what the number should look like.
type Error struct {
	Code    string
	Message string
}

func (e *Error) Error() string { return e.Code + ": " + e.Message }

// UserError gives the problem as a userError of a mutation payload, with the
// input path of the field that holds the number.
func (e *Error) UserError(field ...string) *apperr.UserError {
	if field == nil {
		field = []string{}
	}
	return &apperr.UserError{Field: field, Code: e.Code, Message: e.Message}
}

func fail(code, message string) *Error { return &Error{Code: code, Message: message} }

// Number is a checked number and what it carries.
type Number struct {
	Type enum.IDType
	// Value is the normalised number: surrounding whitespace trimmed,
	// full-width digits and letters turned into ASCII, letters upper-cased
	// (so a final x is stored as X). Store, hash and compare this form.
	Value string
	// BirthDate is the birth date the number carries, nil where it carries none.
	BirthDate *civil.Date
	// Gender is GenderMale or GenderFemale where the number carries it, else "".
	Gender string
	// Region is the 2-digit code the number carries: the province prefix of a
	// 居民身份证, 81/82/83 for 居住证 (and 81/82 for the H/M of a 回乡证), the
	// issuing province of a 外国人永久居留身份证; "" where there is none.
	Region string
	// Nationality is the nationality code of a 外国人永久居留身份证: ISO
	// 3166-1 numeric (3 digits) in the 2023 format, alpha-3 (3 letters) in the
	// older one; "" for the other types. It is not checked against a list.
	Nationality string
}

// Check checks raw as a number of type t, with today's date in Asia/Shanghai
// (from the system clock) as the latest possible birth date. Code that has a
// request context should call CheckContext so that tests can move the clock.
func Check(t enum.IDType, raw string) (Number, error) {
	return CheckAt(t, raw, civil.In(clock.System.Now(), clock.Shanghai))
}

// CheckContext is Check with "today" taken from the context's clock.
func CheckContext(ctx context.Context, t enum.IDType, raw string) (Number, error) {
	return CheckAt(t, raw, civil.In(clock.Now(ctx), clock.Shanghai))
}

// CheckAt checks raw as a number of type t; a birth date after today is refused.
// The error, when not nil, is an *Error.
func CheckAt(t enum.IDType, raw string, today civil.Date) (Number, error) {
	s, err := normalise(raw)
	if err != nil {
		return Number{}, err
	}
	var n Number
	switch t {
	case enum.IDResident:
		n, err = checkResident(s, today)
	case enum.IDHKMacaoResidence:
		n, err = checkHKMacaoResidence(s, today)
	case enum.IDTaiwanResidence:
		n, err = checkTaiwanResidence(s, today)
	case enum.IDForeignPermanent:
		n, err = checkForeignPermanent(s, today)
	case enum.IDHKMacaoPass:
		n, err = checkHKMacaoPass(s)
	case enum.IDTaiwanPass:
		n, err = checkTaiwanPass(s)
	case enum.IDPassport:
		n, err = checkPassport(s)
	default:
		return Number{}, fail(CodeInvalidFormat, "不支持的证件类型")
	}
	if err != nil {
		return Number{}, err
	}
	n.Type, n.Value = t, s
	return n, nil
}

// normalise trims surrounding whitespace (including the ideographic space
// U+3000), turns full-width ASCII (U+FF01–U+FF5E, what Chinese input methods
// type in full-width mode) into ASCII and upper-cases letters. It refuses
// whitespace inside, invalid UTF-8 and any character that is not an ASCII
// letter or digit afterwards.
func normalise(raw string) (string, error) {
	if !utf8.ValidString(raw) {
		return "", fail(CodeInvalidFormat, "证件号码含有无法识别的字符，只能包含数字和英文字母")
	}
	s := strings.TrimSpace(raw)
	if s == "" {
		return "", fail(CodeInvalidFormat, "证件号码不能为空")
	}
	var b strings.Builder
	b.Grow(len(s))
	for _, r := range s {
		if unicode.IsSpace(r) {
			return "", fail(CodeInvalidFormat, "证件号码中间不能有空格，请去掉空格后重新填写")
		}
		if r >= 0xFF01 && r <= 0xFF5E {
			r -= 0xFEE0
		}
		switch {
		case r >= '0' && r <= '9', r >= 'A' && r <= 'Z':
		case r >= 'a' && r <= 'z':
			r -= 'a' - 'A'
		default:
			return "", fail(CodeInvalidFormat, "证件号码只能包含数字和英文字母，不能含有横线、括号、标点或汉字")
		}
		b.WriteRune(r)
	}
	return b.String(), nil
}

// allDigits reports whether s is non-empty and only ASCII digits.
func allDigits(s string) bool {
	if s == "" {
		return false
	}
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return true
}

// provinces holds the 2-digit province-level codes of GB/T 2260 that a
// 居民身份证 may start with (conventions: 11–15, 21–23, 31–37, 41–46, 50–54,
// 61–65). Written out on purpose, not derived from reference/regions.csv.
var provinces = func() map[string]bool {
	m := map[string]bool{}
	for _, r := range [][2]int{{11, 15}, {21, 23}, {31, 37}, {41, 46}, {50, 54}, {61, 65}} {
		for c := r[0]; c <= r[1]; c++ {
			m[string(rune('0'+c/10))+string(rune('0'+c%10))] = true
		}
	}
	return m
}()

// isProvince reports whether code is a mainland province-level code.
func isProvince(code string) bool { return provinces[code] }

// gb11643 are the weights of ISO 7064 MOD 11-2 as GB 11643-1999 lists them
// for the 17 body digits, and checkChars maps the weighted sum mod 11 to the
// check character.
var (
	gb11643Weights = [17]int{7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2}
	gb11643Chars   = "10X98765432"
)

// checkChar computes the GB 11643 check character of 17 ASCII digits.
func checkChar(body string) byte {
	sum := 0
	for i := 0; i < 17; i++ {
		sum += int(body[i]-'0') * gb11643Weights[i]
	}
	return gb11643Chars[sum%11]
}

// earliestBirth is the earliest birth date any number may carry.
var earliestBirth = civil.Date{Year: 1900, Month: 1, Day: 1}

// parseDate reads 8 ASCII digits YYYYMMDD as a real calendar day.
func parseDate(s string) (civil.Date, bool) {
	if len(s) != 8 || !allDigits(s) {
		return civil.Date{}, false
	}
	y := atoi(s[0:4])
	m := atoi(s[4:6])
	d := atoi(s[6:8])
	if m < 1 || m > 12 || d < 1 || d > daysIn(y, m) {
		return civil.Date{}, false
	}
	return civil.Date{Year: y, Month: time.Month(m), Day: d}, true
}

func atoi(s string) int {
	n := 0
	for i := 0; i < len(s); i++ {
		n = n*10 + int(s[i]-'0')
	}
	return n
}

func daysIn(y, m int) int {
	switch m {
	case 2:
		if y%4 == 0 && (y%100 != 0 || y%400 == 0) {
			return 29
		}
		return 28
	case 4, 6, 9, 11:
		return 30
	}
	return 31
}

// checkBirth checks the YYYYMMDD at s as a birth date: a real day, not before
// 1900-01-01, not after today. what names the document in the message and
// where the positions of the date in the number (e.g. "第7至14位").
func checkBirth(s, what, where string, today civil.Date) (*civil.Date, error) {
	d, ok := parseDate(s)
	if !ok {
		return nil, fail(CodeInvalidBirthDate, what+"号码"+where+"应为出生日期（年年年年月月日日），这一段不是有效的日期，请核对")
	}
	if d.Before(earliestBirth) {
		return nil, fail(CodeInvalidBirthDate, what+"号码"+where+"的出生日期早于1900年1月1日，请核对")
	}
	if d.After(today) {
		return nil, fail(CodeInvalidBirthDate, what+"号码"+where+"的出生日期晚于今天，请核对")
	}
	return &d, nil
}

// genderOf reads a sequence digit: odd for men, even (including 0) for women.
func genderOf(digit byte) string {
	if (digit-'0')%2 == 1 {
		return GenderMale
	}
	return GenderFemale
}
