package wechatpay

import (
	"errors"
	"fmt"
)

// APIError is an error answer of the gateway. Its text holds the status and
// code only: the message may quote request data.
type APIError struct {
	Status  int
	Code    string // e.g. ORDERPAID, ORDERNOTEXIST, SYSTEMERROR
	Message string
}

func (e *APIError) Error() string {
	return fmt.Sprintf("wechatpay: gateway answered %d %s", e.Status, e.Code)
}

// Is lets callers test with errors.Is against the sentinels below.
func (e *APIError) Is(target error) bool {
	t, ok := target.(*APIError)
	return ok && t.Status == 0 && t.Code == e.Code
}

// Gateway error codes callers act on.
var (
	ErrOrderPaid     = &APIError{Code: "ORDERPAID"}
	ErrOrderNotExist = &APIError{Code: "ORDERNOTEXIST"}
	ErrOrderClosed   = &APIError{Code: "ORDER_CLOSED"}
	ErrSystem        = &APIError{Code: "SYSTEMERROR"}
	ErrSignError     = &APIError{Code: "SIGN_ERROR"}
	ErrParam         = &APIError{Code: "PARAM_ERROR"}
)

// ErrGarbage means the gateway's answer was not the JSON the call expects.
var ErrGarbage = errors.New("wechatpay: unreadable gateway answer")

// Temporary tells whether retrying the same call later may succeed.
func Temporary(err error) bool {
	var e *APIError
	if errors.As(err, &e) {
		return e.Status >= 500 || e.Code == "SYSTEMERROR" || e.Code == "FREQUENCY_LIMITED"
	}
	return !errors.Is(err, ErrBadSignature) && !errors.Is(err, ErrUnknownSerial)
}
