package wechatpay

import (
	"errors"
	"fmt"

	"github.com/ruankao/ruankao/internal/payment"
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

// Is lets callers test with errors.Is against the sentinels below, and against
// payment's provider-neutral ones where a code means one of them.
func (e *APIError) Is(target error) bool {
	switch target {
	case payment.ErrNoBill:
		return e.Code == ErrNoStatement.Code
	case payment.ErrBillNotReady:
		return e.Code == ErrStatementCreating.Code
	case payment.ErrOrderPaid:
		return e.Code == ErrOrderPaid.Code
	case payment.ErrOrderNotFound:
		return e.Code == ErrOrderNotExist.Code || e.Code == "RESOURCE_NOT_EXISTS"
	}
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

	// ErrNoStatement (400 NO_STATEMENT_EXIST, 请求的账单文件不存在) means no
	// payment and no refund happened that day: an empty day, not a failure.
	// It matches payment.ErrNoBill.
	ErrNoStatement = &APIError{Code: "NO_STATEMENT_EXIST"}
	// ErrStatementCreating (400 STATEMENT_CREATING, 账单生成中) means the
	// statement is not made yet; the gateway makes yesterday's after 9:00 and
	// advises asking after 10:00. It matches payment.ErrBillNotReady.
	ErrStatementCreating = &APIError{Code: "STATEMENT_CREATING"}
)

// ErrGarbage means the gateway's answer was not the JSON the call expects, or
// a statement file not in the documented format.
var ErrGarbage = errors.New("wechatpay: unreadable gateway answer")

// Temporary tells whether retrying the same call later may succeed.
func Temporary(err error) bool {
	var e *APIError
	if errors.As(err, &e) {
		return e.Status >= 500 || e.Code == "SYSTEMERROR" || e.Code == "FREQUENCY_LIMITED" ||
			e.Code == ErrStatementCreating.Code
	}
	// A hash mismatch is worth a retry: the next download may arrive whole.
	for _, final := range []error{ErrBadSignature, ErrUnknownSerial, ErrForeignDownload, ErrBillLayout, ErrBillTooLarge} {
		if errors.Is(err, final) {
			return false
		}
	}
	return true
}
