package ratelimit

import (
	"fmt"
	"math"
	"time"

	"github.com/ruankao/ruankao/internal/apperr"
)

// NewError is the RATE_LIMITED error for a refusal with the given retry
// hint, for the GraphQL layer to present with extensions.retryAfterSeconds.
func NewError(retryAfter time.Duration) *apperr.Error {
	secs := RetrySeconds(retryAfter)
	return &apperr.Error{
		Code:              apperr.RateLimited,
		Message:           fmt.Sprintf("请求过于频繁，请 %d 秒后重试", secs),
		RetryAfterSeconds: secs,
	}
}

// RetrySeconds is a retry hint in whole seconds, rounded up and at least 1:
// a client that waits that long is admitted (unless others came first).
func RetrySeconds(d time.Duration) int {
	if d <= time.Second {
		return 1
	}
	secs := d / time.Second
	if d%time.Second != 0 {
		secs++
	}
	if secs > math.MaxInt32 {
		return math.MaxInt32
	}
	return int(secs)
}
