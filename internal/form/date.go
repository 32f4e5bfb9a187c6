package form

import (
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
