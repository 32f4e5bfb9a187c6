package wechatpay

import (
	"crypto/rsa"
	"errors"
	"net/http"
	"strconv"
	"time"

	"github.com/ruankao/ruankao/internal/clock"
)

// MaxSkew is how far a signed timestamp may lie from now, either way: the
// bound on replaying a captured answer or notification.
const MaxSkew = 5 * time.Minute

// Headers the gateway signs its answers and notifications with.
const (
	HeaderSignature = "Wechatpay-Signature"
	HeaderSerial    = "Wechatpay-Serial"
	HeaderTimestamp = "Wechatpay-Timestamp"
	HeaderNonce     = "Wechatpay-Nonce"
	// HeaderSignatureType names the algorithm; absent means AuthScheme's.
	HeaderSignatureType = "Wechatpay-Signature-Type"
)

// Verification failures; each wraps nothing of the body.
var (
	ErrNoSignature   = errors.New("wechatpay: answer is not signed")
	ErrUnknownSerial = errors.New("wechatpay: unknown platform key serial")
	ErrStale         = errors.New("wechatpay: timestamp outside the allowed window")
)

// Verifier checks the gateway's signatures with its platform public keys,
// several of them while the gateway rotates keys.
type Verifier struct {
	Keys  map[string]*rsa.PublicKey // by Wechatpay-Serial
	Clock clock.Clock               // nil means the system clock
}

// Verify checks the signature headers over body.
func (v *Verifier) Verify(h http.Header, body []byte) error {
	sig, serial := h.Get(HeaderSignature), h.Get(HeaderSerial)
	ts, nonce := h.Get(HeaderTimestamp), h.Get(HeaderNonce)
	if sig == "" || ts == "" || nonce == "" {
		return ErrNoSignature
	}
	if st := h.Get(HeaderSignatureType); st != "" && st != AuthScheme {
		return ErrBadSignature
	}
	pub, ok := v.Keys[serial]
	if !ok {
		return ErrUnknownSerial
	}
	sec, err := strconv.ParseInt(ts, 10, 64)
	if err != nil {
		return ErrStale
	}
	c := v.Clock
	if c == nil {
		c = clock.System
	}
	if d := c.Now().Sub(time.Unix(sec, 0)); d > MaxSkew || d < -MaxSkew {
		return ErrStale
	}
	return VerifySignature(pub, AnswerMessage(ts, nonce, body), sig)
}

// VerifyAnswer checks an API answer. A 2xx answer must be signed; an error
// answer is checked when signed and otherwise only ever leads to an error.
func (v *Verifier) VerifyAnswer(status int, h http.Header, body []byte) error {
	if status/100 != 2 && h.Get(HeaderSignature) == "" {
		return nil
	}
	return v.Verify(h, body)
}
