package form

import (
	"io"
	"strconv"
	"strings"

	"github.com/ruankao/ruankao/internal/apperr"
	"github.com/ruankao/ruankao/internal/civil"
)

// PastDate checks that d (what it is, e.g. "出生日期", names it in messages)
// is set and not after today: REQUIRED when d is zero, INVALID_FORMAT when
// it lies in the future. Dates that may lie ahead (毕业时间 of a student)
// use DateNotAfter with their own limit instead.
func PastDate(path []string, d, today civil.Date, what string) *apperr.UserError {
	if d.IsZero() {
		return required(path, "请填写"+what)
	}
	if d.After(today) {
		return invalid(path, what+"不能晚于今天（"+today.String()+"）")
	}
	return nil
}

// DateNotAfter refuses d later than limit with message (INVALID_FORMAT).
// A zero d or limit is no constraint: presence is Required's business.
func DateNotAfter(path []string, d, limit civil.Date, message string) *apperr.UserError {
	if d.IsZero() || limit.IsZero() || !d.After(limit) {
		return nil
	}
	return invalid(path, message)
}

// DateNotBefore refuses d earlier than limit with message (INVALID_FORMAT),
// e.g. a 职称 date before the birth date. A zero d or limit is no constraint.
func DateNotBefore(path []string, d, limit civil.Date, message string) *apperr.UserError {
	if d.IsZero() || limit.IsZero() || !d.Before(limit) {
		return nil
	}
	return invalid(path, message)
}

// DateText is a calendar date of the form as it was sent: the Date scalar's
// text, not yet checked. The form's date fields arrive as DateText (not
// civil.Date) so that an impossible day such as 2015-02-30 is a problem of
// the form, reported by Date with its field path together with the form's
// other problems, rather than an error that fails the whole request.
type DateText string

// DateTextOf is the text of a stored date, nil for nil.
func DateTextOf(d *civil.Date) *DateText {
	if d == nil {
		return nil
	}
	t := DateText(d.String())
	return &t
}

// MarshalGQL writes the text as a string.
func (d DateText) MarshalGQL(w io.Writer) { _, _ = io.WriteString(w, strconv.Quote(string(d))) }

// UnmarshalGQL keeps any string; only a value that is not a string at all
// is an error of the request.
func (d *DateText) UnmarshalGQL(v any) error {
	s, ok := v.(string)
	if !ok {
		return apperr.New(apperr.BadRequest, "日期应为字符串 YYYY-MM-DD")
	}
	*d = DateText(s)
	return nil
}

// Date reads s as YYYY-MM-DD (full-width digits and dashes narrowed,
// surrounding space trimmed): REQUIRED when blank, INVALID_FORMAT for
// another shape or a day that does not exist (2015-02-30, 2023-02-29).
// what names the field in messages, e.g. "毕业时间".
func Date(path []string, s DateText, what string) (civil.Date, *apperr.UserError) {
	t := strings.TrimSpace(narrow(string(s)))
	if t == "" {
		return civil.Date{}, required(path, "请填写"+what)
	}
	if len(t) != 10 || t[4] != '-' || t[7] != '-' || !allDigits(t[:4]+t[5:7]+t[8:]) {
		return civil.Date{}, invalid(path, what+"的格式应为 YYYY-MM-DD，例如 2015-07-01")
	}
	d, err := civil.Parse(t)
	if err != nil || d.Year < 1 {
		return civil.Date{}, invalid(path, what+"不是有效的日期（"+t+"），请检查月份和日期")
	}
	return d, nil
}
