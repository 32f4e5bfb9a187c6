package form

import (
	"strings"

	"github.com/ruankao/ruankao/internal/apperr"
)

const (
	msgMobile   = "手机号码应为 11 位数字，以 13–19 开头，如 13800138000（可带 +86，空格和横线会被去掉）"
	msgLandline = "固定电话应为区号加号码，如 024-12345678、(024)12345678、0411-8765432，分机号写在最后（如 -123 或 转123）；也可填写 11 位手机号码"
	msgNoArea   = "固定电话请加上区号，如 024-12345678"
	msgExt      = "分机号应为 1 到 6 位数字"
)

// Mobile checks a mainland mobile number: 11 digits starting with 13–19,
// optionally after a +86, 0086 or 86 country prefix; spaces, dashes and
// brackets are dropped, full-width characters narrowed. It returns the 11
// digits.
func Mobile(path []string, s string) (string, *apperr.UserError) {
	if blank(s) {
		return "", required(path, "请填写手机号码")
	}
	if m, ok := mobile(narrow(s)); ok {
		return m, nil
	}
	return "", invalid(path, msgMobile)
}

// mobile strips separators and the country prefix from an already narrowed s.
func mobile(s string) (string, bool) {
	t := strings.TrimSpace(s)
	var b strings.Builder
	for i, r := range t {
		switch {
		case r >= '0' && r <= '9':
			b.WriteRune(r)
		case r == ' ' || r == '-' || r == '(' || r == ')':
		case r == '+' && strings.TrimLeft(t[:i], " (") == "":
			b.WriteRune(r)
		default:
			return "", false
		}
	}
	d := stripCountry(b.String())
	if len(d) == 11 && d[0] == '1' && d[1] >= '3' && d[1] <= '9' && allDigits(d) {
		return d, true
	}
	return "", false
}

// stripCountry removes a +86 or 0086 prefix, and a bare 86 before 11 digits.
func stripCountry(d string) string {
	switch {
	case strings.HasPrefix(d, "+86"):
		return d[3:]
	case strings.HasPrefix(d, "0086"):
		return d[4:]
	case strings.HasPrefix(d, "86") && len(d) == 13:
		return d[2:]
	}
	return d
}

// Landline checks a fixed-line number with its area code, and an optional
// extension, or a mobile number (the form accepts one there). Accepted:
// 024-12345678, (024)12345678, 024 12345678, 02412345678, 0411-8765432,
// +86 24 12345678, with an extension after "-", "转", "ext", "x" or "#".
// Area codes: 010 and 020–029 (3 digits, 8-digit numbers), else 0 and three
// digits (7- or 8-digit numbers); a number does not start with 0. It returns
// "024-12345678", "0411-8765432-123", or the 11 digits of a mobile number.
func Landline(path []string, s string) (string, *apperr.UserError) {
	if blank(s) {
		return "", required(path, "请填写固定电话")
	}
	t := strings.TrimSpace(narrow(s))
	if m, ok := mobile(t); ok {
		return m, nil
	}
	v, msg := landline(t)
	if msg != "" {
		return "", invalid(path, msg)
	}
	return v, nil
}

var extMarkers = []string{"分机", "转", "ext.", "ext", "x", "#"}

// landline parses a narrowed, trimmed s; msg is "" when it is well-formed.
func landline(s string) (v, msg string) {
	s = strings.ToLower(s)
	main, ext := s, ""
	for _, m := range extMarkers {
		if i := strings.Index(s, m); i >= 0 {
			main = s[:i]
			ext = strings.Trim(s[i+len(m):], " -:.")
			if !allDigits(ext) || len(ext) > 6 {
				return "", msgExt
			}
			break
		}
	}
	main = strings.TrimSpace(main)
	country := false
	for _, p := range []string{"(+86)", "+86", "0086"} {
		if strings.HasPrefix(main, p) {
			main, country = main[len(p):], true
			break
		}
	}
	groups := strings.FieldsFunc(main, func(r rune) bool {
		return r == '-' || r == ' ' || r == '(' || r == ')'
	})
	if len(groups) == 0 {
		return "", msgLandline
	}
	for _, g := range groups {
		if !allDigits(g) {
			return "", msgLandline
		}
	}
	if country && groups[0][0] != '0' {
		groups[0] = "0" + groups[0]
	}

	number := func(area, num, ext string) string {
		if ext != "" {
			return area + "-" + num + "-" + ext
		}
		return area + "-" + num
	}
	// The groups as written: area code, number, then an extension.
	if len(groups) >= 2 && areaLen(groups[0]) == len(groups[0]) && subscriber(groups[0], groups[1]) {
		if len(groups) > 2 {
			if ext != "" {
				return "", msgLandline
			}
			ext = strings.Join(groups[2:], "")
			if len(ext) > 6 {
				return "", msgExt
			}
		}
		return number(groups[0], groups[1], ext), ""
	}
	// All digits together: area code and number.
	if area, num, ok := split(strings.Join(groups, "")); ok {
		return number(area, num, ext), ""
	}
	// The last group as the extension.
	if n := len(groups); n >= 2 && ext == "" && len(groups[n-1]) <= 6 {
		if area, num, ok := split(strings.Join(groups[:n-1], "")); ok {
			return number(area, num, groups[n-1]), ""
		}
	}
	all := strings.Join(groups, "")
	if len(all) >= 7 && len(all) <= 8 && all[0] != '0' {
		return "", msgNoArea
	}
	return "", msgLandline
}

// areaLen is the length of the area code d starts with, 0 when d does not
// start with one: 010 and 020–029 have 3 digits, 03xx–09xx have 4.
func areaLen(d string) int {
	if len(d) < 3 || d[0] != '0' || !allDigits(d[:3]) {
		return 0
	}
	switch {
	case d[1] == '1':
		if d[2] == '0' {
			return 3
		}
		return 0
	case d[1] == '2':
		return 3
	case d[1] >= '3' && len(d) >= 4 && isDigit(d[3]):
		return 4
	}
	return 0
}

// subscriber reports whether num is a local number for area: 8 digits after
// a 3-digit area code, 7 or 8 after a 4-digit one, not starting with 0 (a
// trunk prefix typed twice). Real numbers start with 2–8, but a leading 1 or
// 9 is accepted rather than refuse a number we do not know of.
func subscriber(area, num string) bool {
	if !allDigits(num) || num[0] == '0' {
		return false
	}
	if len(area) == 3 {
		return len(num) == 8
	}
	return len(num) == 7 || len(num) == 8
}

// split cuts d into area code and number.
func split(d string) (area, num string, ok bool) {
	n := areaLen(d)
	if n == 0 || !subscriber(d[:n], d[n:]) {
		return "", "", false
	}
	return d[:n], d[n:], true
}
