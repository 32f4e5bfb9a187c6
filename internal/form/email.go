package form

import (
	"net/mail"
	"strings"

	"github.com/ruankao/ruankao/internal/apperr"
)

const (
	// MaxEmail is the longest address SMTP can carry (RFC 5321 path limit).
	MaxEmail   = 254
	maxLocal   = 64 // RFC 5321 §4.5.3.1.1
	maxLabel   = 63 // RFC 1035
	msgEmail   = "电子邮箱格式不正确，应如 zhangsan@example.com（只填写地址本身）"
	msgEmailCh = "电子邮箱只能包含英文字母、数字和 . _ - + 等符号，不能含有汉字或全角符号"
)

// Email checks an e-mail address: net/mail must read it as a bare address
// (no display name, no angle brackets, no comments), with exactly one @, a
// dot-atom local part of at most 64 characters, and a domain of at least two
// dot-separated labels of letters, digits and hyphens ending in a TLD of
// letters; at most 254 characters in all. Addresses must be ASCII: notices
// are sent through SMTP servers that may not support SMTPUTF8. Full-width
// characters are narrowed first, and 。 and ｡ become '.' (IDNA treats them
// as dots too, RFC 3490 §3.1); the domain is lower-cased.
func Email(path []string, s string) (string, *apperr.UserError) {
	if blank(s) {
		return "", required(path, "请填写电子邮箱")
	}
	t := strings.TrimSpace(strings.Map(func(r rune) rune {
		if r == 0x3002 || r == 0xFF61 {
			return '.'
		}
		return r
	}, narrow(s)))
	for i := 0; i < len(t); i++ {
		if t[i] >= 0x80 {
			return "", invalid(path, msgEmailCh)
		}
	}
	if len(t) > MaxEmail {
		return "", invalid(path, "电子邮箱不能超过 254 个字符")
	}
	addr, err := mail.ParseAddress(t)
	if err != nil || addr.Name != "" || addr.Address != t || strings.Count(t, "@") != 1 {
		return "", invalid(path, msgEmail)
	}
	local, domain, _ := strings.Cut(t, "@")
	domain = strings.ToLower(domain)
	if !dotAtom(local) || !hostname(domain) {
		return "", invalid(path, msgEmail)
	}
	return local + "@" + domain, nil
}

// dotAtom reports whether s is an RFC 5322 dot-atom of at most 64 characters.
func dotAtom(s string) bool {
	if s == "" || len(s) > maxLocal {
		return false
	}
	for _, part := range strings.Split(s, ".") {
		if part == "" {
			return false
		}
		for i := 0; i < len(part); i++ {
			c := part[i]
			if !(isLetter(c) || isDigit(c) || strings.IndexByte("!#$%&'*+/=?^_`{|}~-", c) >= 0) {
				return false
			}
		}
	}
	return true
}

// hostname reports whether s is a lower-case DNS name of two labels or more
// whose last label (the TLD) is letters only.
func hostname(s string) bool {
	labels := strings.Split(s, ".")
	if len(labels) < 2 {
		return false
	}
	for _, l := range labels {
		if l == "" || len(l) > maxLabel || l[0] == '-' || l[len(l)-1] == '-' {
			return false
		}
		for i := 0; i < len(l); i++ {
			if c := l[i]; !(isLetter(c) || isDigit(c) || c == '-') {
				return false
			}
		}
	}
	tld := labels[len(labels)-1]
	if len(tld) < 2 {
		return false
	}
	for i := 0; i < len(tld); i++ {
		if !isLetter(tld[i]) {
			return false
		}
	}
	return true
}

func isLetter(c byte) bool { return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' }
