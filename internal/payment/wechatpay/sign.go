package wechatpay

import (
	"crypto"
	"crypto/rand"
	"crypto/rsa"
	"crypto/sha256"
	"encoding/base64"
	"encoding/hex"
	"errors"
	"fmt"
	"strconv"
	"strings"
)

// AuthScheme is the only authorization type APIv3 defines.
const AuthScheme = "WECHATPAY2-SHA256-RSA2048"

// RequestMessage is the string a request signature covers. pathQuery is the
// URL without scheme and host, with "?query" when there is one.
func RequestMessage(method, pathQuery string, timestamp int64, nonce string, body []byte) string {
	return method + "\n" + pathQuery + "\n" + strconv.FormatInt(timestamp, 10) + "\n" + nonce + "\n" + string(body) + "\n"
}

// AnswerMessage is the string the gateway signs on its answers and
// notifications.
func AnswerMessage(timestamp, nonce string, body []byte) string {
	return timestamp + "\n" + nonce + "\n" + string(body) + "\n"
}

// Sign is SHA256withRSA (PKCS #1 v1.5) in base64.
func Sign(key *rsa.PrivateKey, message string) (string, error) {
	sum := sha256.Sum256([]byte(message))
	sig, err := rsa.SignPKCS1v15(nil, key, crypto.SHA256, sum[:])
	if err != nil {
		return "", fmt.Errorf("wechatpay: sign: %w", err)
	}
	return base64.StdEncoding.EncodeToString(sig), nil
}

// ErrBadSignature means a signature did not verify.
var ErrBadSignature = errors.New("wechatpay: bad signature")

// VerifySignature checks a base64 SHA256withRSA signature.
func VerifySignature(pub *rsa.PublicKey, message, signature string) error {
	sig, err := base64.StdEncoding.DecodeString(signature)
	if err != nil {
		return ErrBadSignature
	}
	sum := sha256.Sum256([]byte(message))
	if rsa.VerifyPKCS1v15(pub, crypto.SHA256, sum[:], sig) != nil {
		return ErrBadSignature
	}
	return nil
}

// Authorization is the header value for a request: the documentation's field
// order, although the gateway accepts any.
func Authorization(mchID, serial, nonce string, timestamp int64, signature string) string {
	return fmt.Sprintf(`%s mchid="%s",nonce_str="%s",signature="%s",timestamp="%d",serial_no="%s"`,
		AuthScheme, mchID, nonce, signature, timestamp, serial)
}

// AuthParams are the fields of an Authorization header.
type AuthParams struct {
	MchID, Nonce, Signature, Serial string
	Timestamp                       int64
}

// ParseAuthorization reads an Authorization header; the simulator uses it to
// check the merchant's requests as the gateway does.
func ParseAuthorization(h string) (AuthParams, error) {
	var p AuthParams
	rest, ok := strings.CutPrefix(h, AuthScheme+" ")
	if !ok {
		return p, errors.New("wechatpay: unknown authorization scheme")
	}
	seen := map[string]string{}
	for _, field := range strings.Split(rest, ",") {
		k, v, ok := strings.Cut(strings.TrimSpace(field), "=")
		if !ok || len(v) < 2 || v[0] != '"' || v[len(v)-1] != '"' {
			return p, errors.New("wechatpay: malformed authorization field")
		}
		seen[k] = v[1 : len(v)-1]
	}
	p.MchID, p.Nonce, p.Signature, p.Serial = seen["mchid"], seen["nonce_str"], seen["signature"], seen["serial_no"]
	ts, err := strconv.ParseInt(seen["timestamp"], 10, 64)
	if err != nil || p.MchID == "" || p.Nonce == "" || p.Signature == "" || p.Serial == "" {
		return p, errors.New("wechatpay: incomplete authorization")
	}
	p.Timestamp = ts
	return p, nil
}

// NewNonce is 32 random hex characters, as in the documentation's example.
func NewNonce() string {
	b := make([]byte, 16)
	_, _ = rand.Read(b) // crypto/rand.Read never fails on supported platforms
	return strings.ToUpper(hex.EncodeToString(b))
}
