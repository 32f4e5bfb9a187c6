// Package totp implements RFC 6238 time-based one-time passwords (TOTP) for
// the optional staff second factor, with the parameters every authenticator
// app supports: HMAC-SHA1, 6 digits, 30-second steps.
//
// Enrolment: NewSecret, store the secret with the account (unlike a
// password hash it is usable as it is: whoever reads it can make codes, so
// keep it out of logs and exports), show URI(secret, …) as a QR code and
// EncodeSecret(secret) for manual entry, and switch the factor on only after
// the person has entered one valid code.
//
// Login: step, ok := Validate(secret, code, time.Now(), account.LastTOTPStep);
// on success store step as the new LastTOTPStep atomically with accepting
// the login (e.g. UPDATE … SET last_totp_step = step WHERE last_totp_step <
// step, and refuse the login if no row changed), so that two concurrent
// requests cannot both use one code. Attempts must be rate limited by the
// caller: each guess has about a 3-in-a-million chance.
package totp

import (
	"crypto/hmac"
	"crypto/rand"
	"crypto/sha1" // HMAC-SHA1 as RFC 6238 and the apps use it; SHA-1 collisions do not affect HMAC
	"crypto/subtle"
	"encoding/base32"
	"encoding/binary"
	"errors"
	"fmt"
	"net/url"
	"strings"
	"time"
)

const (
	// Digits is the code length.
	Digits = 6
	// Period is the length of a time step.
	Period = 30 * time.Second
	// SecretLen is the length of secrets made by NewSecret: 160 bits, the
	// length RFC 4226 recommends and the size of an HMAC-SHA1 output.
	SecretLen = 20
	// MinSecretLen is the shortest secret Validate accepts (RFC 4226: at
	// least 128 bits).
	MinSecretLen = 16
	// Skew is how many steps before and after the current one Validate
	// accepts, for clock drift and typing time.
	Skew = 1
)

// NewSecret returns SecretLen random bytes.
func NewSecret() ([]byte, error) {
	s := make([]byte, SecretLen)
	if _, err := rand.Read(s); err != nil {
		return nil, fmt.Errorf("totp: reading random secret: %w", err)
	}
	return s, nil
}

var b32 = base32.StdEncoding.WithPadding(base32.NoPadding)

// EncodeSecret returns secret in unpadded upper-case base32, the form that
// authenticator apps show and accept for manual entry.
func EncodeSecret(secret []byte) string { return b32.EncodeToString(secret) }

// DecodeSecret parses base32 as EncodeSecret writes it; it also accepts
// lower case, spaces and hyphens between groups, and trailing padding. It
// refuses a secret shorter than MinSecretLen bytes.
func DecodeSecret(s string) ([]byte, error) {
	s = strings.TrimRight(strings.ToUpper(strings.NewReplacer(" ", "", "-", "").Replace(s)), "=")
	secret, err := b32.DecodeString(s)
	// The unpadded decoder silently drops an incomplete last group ("A"
	// decodes to nothing): only a canonical encoding is accepted.
	if err != nil || b32.EncodeToString(secret) != s {
		return nil, errors.New("totp: malformed base32 secret")
	}
	if len(secret) < MinSecretLen {
		return nil, fmt.Errorf("totp: secret of %d bytes is shorter than %d", len(secret), MinSecretLen)
	}
	return secret, nil
}

// URI returns the otpauth:// key URI (the Google Authenticator "Key Uri
// Format") to show as a QR code, e.g. for issuer "ruankao" and account
// "zhangsan":
//
//	otpauth://totp/ruankao:zhangsan?secret=…&issuer=ruankao&algorithm=SHA1&digits=6&period=30
//
// Issuer and account are percent-encoded (spaces as %20, which all apps
// read); neither should contain a colon.
func URI(secret []byte, issuer, account string) string {
	label := escape(account)
	if issuer != "" {
		label = escape(issuer) + ":" + label
	}
	q := "secret=" + EncodeSecret(secret)
	if issuer != "" {
		q += "&issuer=" + escape(issuer)
	}
	q += fmt.Sprintf("&algorithm=SHA1&digits=%d&period=%d", Digits, int(Period/time.Second))
	return "otpauth://totp/" + label + "?" + q
}

func escape(s string) string {
	// QueryEscape turns spaces into "+", which some apps show literally;
	// a literal "+" has already become %2B.
	return strings.ReplaceAll(url.QueryEscape(s), "+", "%20")
}

// Step returns the RFC 6238 time step of t (floor of Unix time / 30 s).
func Step(t time.Time) int64 {
	sec := t.Unix()
	p := int64(Period / time.Second)
	step := sec / p
	if sec%p < 0 {
		step-- // floor, not truncation, before 1970
	}
	return step
}

// Code returns the 6-digit code of secret at time t.
func Code(secret []byte, t time.Time) string {
	return hotp(secret, uint64(Step(t)), Digits)
}

// hotp is RFC 4226 HOTP: HMAC-SHA1 of the 8-byte big-endian counter,
// dynamic truncation, modulo 10^digits, left-padded with zeros.
func hotp(secret []byte, counter uint64, digits int) string {
	var msg [8]byte
	binary.BigEndian.PutUint64(msg[:], counter)
	mac := hmac.New(sha1.New, secret)
	mac.Write(msg[:])
	sum := mac.Sum(nil)
	offset := sum[len(sum)-1] & 0x0f
	bin := binary.BigEndian.Uint32(sum[offset:offset+4]) & 0x7fffffff
	mod := uint32(1)
	for range digits {
		mod *= 10
	}
	return fmt.Sprintf("%0*d", digits, bin%mod)
}

// Validate checks code against secret at time now, accepting the current
// step and Skew steps either side, but never a step <= lastStep (the step of
// the last code accepted for this account, 0 if none): a code, once used,
// is refused, and so are codes older than it. On success it returns the
// matched step, which the caller must store as the new lastStep.
//
// code must be exactly 6 ASCII digits (callers may strip spaces the person
// typed). The comparison is constant-time, and all candidate steps are
// computed whether or not an earlier one matched. A secret shorter than
// MinSecretLen never validates.
func Validate(secret []byte, code string, now time.Time, lastStep int64) (step int64, ok bool) {
	if len(secret) < MinSecretLen || !isDigits(code, Digits) {
		return 0, false
	}
	cur := Step(now)
	for s := cur - Skew; s <= cur+Skew; s++ {
		match := subtle.ConstantTimeCompare([]byte(hotp(secret, uint64(s), Digits)), []byte(code)) == 1
		// Later steps overwrite earlier ones: should two steps share a code
		// (one chance in a million), the highest is recorded, which refuses
		// more replays, not fewer.
		if match && s > lastStep && s >= 0 {
			step, ok = s, true
		}
	}
	return step, ok
}

func isDigits(s string, n int) bool {
	if len(s) != n {
		return false
	}
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return true
}
