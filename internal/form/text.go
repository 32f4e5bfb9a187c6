package form

import (
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/ruankao/ruankao/internal/apperr"
	"github.com/ruankao/ruankao/internal/locality"
)

// Longest lengths of the free-text fields, in characters (a Chinese
// character counts as one).
const (
	MaxAddress   = 100 // 通讯地址
	MaxWorkUnit  = 60  // 工作单位
	MaxMajorName = 40  // 专业名称
	MaxTitle     = 40  // 现有职称
)

// Postcode checks a mainland postal code: 6 digits, the first 0–8 (the
// first digit is the postal zone; 9 is not used for mainland addresses).
// Full-width digits are narrowed.
func Postcode(path []string, s string) (string, *apperr.UserError) {
	if blank(s) {
		return "", required(path, "请填写邮政编码")
	}
	t := strings.TrimSpace(narrow(s))
	if len(t) != 6 || !allDigits(t) || t[0] == '9' {
		return "", invalid(path, "邮政编码应为 6 位数字，首位为 0–8，如 116000")
	}
	return t, nil
}

// Text checks a free-text field: trimmed, 1 to maxLen characters, valid UTF-8,
// on one line without control or invisible format characters. It returns
// the trimmed text. Messages say "此项"; the named checks below name the field.
func Text(path []string, s string, maxLen int) (string, *apperr.UserError) {
	return text(path, "此项", s, maxLen)
}

// Address checks 通讯地址 (at most MaxAddress characters).
func Address(path []string, s string) (string, *apperr.UserError) {
	return text(path, "通讯地址", s, MaxAddress)
}

// WorkUnit checks 工作单位 (at most MaxWorkUnit characters).
func WorkUnit(path []string, s string) (string, *apperr.UserError) {
	return text(path, "工作单位", s, MaxWorkUnit)
}

// MajorName checks 专业名称 (at most MaxMajorName characters; "无" is fine).
func MajorName(path []string, s string) (string, *apperr.UserError) {
	return text(path, "专业名称", s, MaxMajorName)
}

// Title checks 现有职称 (at most MaxTitle characters; "无" is fine).
func Title(path []string, s string) (string, *apperr.UserError) {
	return text(path, "现有职称", s, MaxTitle)
}

func text(path []string, what, s string, maxLen int) (string, *apperr.UserError) {
	if !utf8.ValidString(s) {
		return "", invalid(path, what+"含有无法识别的字符，请重新输入")
	}
	t := strings.TrimFunc(s, unicode.IsSpace)
	if t == "" {
		if what == "此项" {
			return "", required(path, "此项不能为空")
		}
		return "", required(path, "请填写"+what)
	}
	for _, r := range t {
		if unicode.IsControl(r) || unicode.In(r, unicode.Cf, unicode.Zl, unicode.Zp) {
			return "", invalid(path, what+"应填写在一行内，不能含有换行、制表符等控制字符")
		}
	}
	if n := utf8.RuneCountInString(t); n > maxLen {
		return "", invalid(path, fmt.Sprintf("%s不能超过 %d 个字（现有 %d 个）", what, maxLen, n))
	}
	return t, nil
}

// Hukou checks a 户籍所在地 code against locality.Choices.
func Hukou(path []string, code string) *apperr.UserError {
	if code == "" {
		return required(path, "请选择户籍所在地")
	}
	if !locality.Valid(code) {
		return invalid(path, "户籍所在地应为列表中的一项：省、自治区、直辖市、新疆生产建设兵团、香港、澳门、台湾或国外")
	}
	return nil
}
