package admin

import (
	"regexp"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/ruankao/ruankao/internal/apperr"
)

// Limits of the numbers an admin sets.
const (
	MaxReviewWorkingDays = 30
	MaxNameRunes         = 100
	MaxTitleRunes        = 200
	MaxAddressRunes      = 200
	MaxBodyRunes         = 100000
)

var (
	placeCode   = regexp.MustCompile(`^[0-9A-Za-z-]{1,16}$`)
	sessionCode = regexp.MustCompile(`^[A-Z0-9][A-Z0-9-]{0,31}$`)
)

// Text checks a required line of text: trimmed, not empty, at most max
// characters, without control characters. It returns the trimmed value.
func Text(ps *apperr.Problems, value string, max int, path ...string) string {
	v := strings.TrimSpace(value)
	switch {
	case v == "":
		ps.Add(apperr.Required, "不能为空", path...)
	case utf8.RuneCountInString(v) > max:
		ps.Add(apperr.InvalidFormat, "不能超过 "+strconv.Itoa(max)+" 个字符", path...)
	case strings.ContainsFunc(v, unicode.IsControl):
		ps.Add(apperr.InvalidFormat, "不能包含控制字符", path...)
	}
	return v
}

// Body checks a notice body: any text, line breaks allowed, at most MaxBodyRunes.
func Body(ps *apperr.Problems, value string, path ...string) string {
	if utf8.RuneCountInString(value) > MaxBodyRunes {
		ps.Add(apperr.InvalidFormat, "正文不能超过 "+strconv.Itoa(MaxBodyRunes)+" 个字符", path...)
	}
	return value
}

// PlaceCode checks the code of an exam area, site or room (e.g. 01, 0102).
func PlaceCode(ps *apperr.Problems, value string, path ...string) string {
	v := strings.TrimSpace(value)
	if v == "" {
		ps.Add(apperr.Required, "编号不能为空", path...)
	} else if !placeCode.MatchString(v) {
		ps.Add(apperr.InvalidFormat, "编号应为 1 至 16 位字母、数字或连字符", path...)
	}
	return v
}

// SessionCode checks a session's code (2026H1, DEMO-OPEN).
func SessionCode(ps *apperr.Problems, value string, path ...string) string {
	v := strings.TrimSpace(value)
	if v == "" {
		ps.Add(apperr.Required, "批次代码不能为空", path...)
	} else if !sessionCode.MatchString(v) {
		ps.Add(apperr.InvalidFormat, "批次代码应为大写字母、数字和连字符，至多 32 位，例如 2026H2", path...)
	}
	return v
}

// ReviewDays checks the N of "review within N working days".
func ReviewDays(ps *apperr.Problems, n int, path ...string) {
	if n < 0 || n > MaxReviewWorkingDays {
		ps.Add(apperr.OutOfRange, "审核工作日数应在 0 至 "+strconv.Itoa(MaxReviewWorkingDays)+" 之间", path...)
	}
}

// Fee checks a fee per subject in fen: 0 (free) or more.
func Fee(ps *apperr.Problems, fen int, path ...string) {
	if fen < 0 {
		ps.Add(apperr.OutOfRange, "每科费用不能为负数", path...)
	}
}

// Capacity checks a room's seat count: at least 1.
func Capacity(ps *apperr.Problems, n int, path ...string) {
	if n < 1 {
		ps.Add(apperr.OutOfRange, "考场座位数至少为 1", path...)
	}
}
