package payment

import (
	"crypto/rand"
	"encoding/base32"
	"strconv"
	"strings"
	"time"

	"github.com/ruankao/ruankao/internal/clock"
)

// Order numbers (README "Payment"): "RK", the Asia/Shanghai date of creation
// as YYMMDD, then 16 characters of Crockford base32 from 80 random bits —
// 24 characters of [0-9A-Z], within every gateway's limit (WeChat Pay: 6–32
// of [0-9A-Za-z_-|*]). Nothing in it comes from the candidate, and it says
// nothing about how many orders there are. The database's unique index is
// the final word; a collision (2^-80 a pair) fails the insert and is retried.
//
// A receipt is numbered "SJ" + the order number's tail, a refund "TK" + the
// same tail (a second attempt after a failed refund adds "-2", "-3" …), so
// staff can go from any of them to the order.
const (
	orderPrefix   = "RK"
	receiptPrefix = "SJ"
	refundPrefix  = "TK"
)

var crockford = base32.NewEncoding("0123456789ABCDEFGHJKMNPQRSTVWXYZ").WithPadding(base32.NoPadding)

// NewOrderNo makes a fresh order number for an order made at now.
func NewOrderNo(now time.Time) string {
	var b [10]byte
	if _, err := rand.Read(b[:]); err != nil {
		panic(err) // crypto/rand does not fail on supported platforms
	}
	return orderPrefix + now.In(clock.Shanghai).Format("060102") + crockford.EncodeToString(b[:])
}

// ValidOrderNo tells whether s has the shape of our order numbers, so that
// anything else from outside is refused before it reaches the database.
func ValidOrderNo(s string) bool {
	if len(s) != 24 || !strings.HasPrefix(s, orderPrefix) {
		return false
	}
	for _, c := range s[2:] {
		if (c < '0' || c > '9') && (c < 'A' || c > 'Z') {
			return false
		}
	}
	return true
}

// ReceiptNo is the receipt number of a settled order.
func ReceiptNo(orderNo string) string {
	return receiptPrefix + strings.TrimPrefix(orderNo, orderPrefix)
}

// RefundNo is the refund number of an order's nth refund attempt (from 1).
func RefundNo(orderNo string, attempt int) string {
	no := refundPrefix + strings.TrimPrefix(orderNo, orderPrefix)
	if attempt > 1 {
		no += "-" + strconv.Itoa(attempt)
	}
	return no
}
