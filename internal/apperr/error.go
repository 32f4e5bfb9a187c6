package apperr

import "errors"

// Error is an error a client may see: its code and a Chinese message.
type Error struct {
	Code    string
	Message string
	// RetryAfterSeconds is set for RATE_LIMITED.
	RetryAfterSeconds int
	// Reason, when set, says why in a stable code of its own
	// (extensions.reason), e.g. FORBIDDEN for TOTP_ENROLMENT_REQUIRED.
	Reason string
}

func (e *Error) Error() string { return e.Code + ": " + e.Message }

// New makes an Error.
func New(code, message string) *Error { return &Error{Code: code, Message: message} }

// NotFoundf says a record does not exist (or is not the caller's to see).
func NotFoundf(what string) *Error { return New(NotFound, what+"不存在") }

// As finds an *Error in err's chain.
func As(err error) (*Error, bool) {
	var e *Error
	ok := errors.As(err, &e)
	return e, ok
}

// IsCode tells whether err is an *Error with code.
func IsCode(err error, code string) bool {
	e, ok := As(err)
	return ok && e.Code == code
}
