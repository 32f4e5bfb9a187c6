// Package form checks the format of the application form's fields: phone
// numbers, e-mail, postcode, free text and dates. Each check returns the
// normalised value to store and nil, or a *apperr.UserError with the field
// path the caller gave, code INVALID_FORMAT (REQUIRED when the value is
// empty) and a Chinese message that says what is expected. Checker collects
// the problems of a whole form so that they are reported all at once.
//
// Messages never repeat the value itself (phone numbers and addresses are
// personal information, and messages may reach a log).
//
// A draft may be incomplete but a field that is present must be well-formed:
// the caller decides what "absent" means (a nil pointer) and calls a check
// only for present values; an empty or all-blank present value is REQUIRED.
//
// Normalisation. Chinese input methods in full-width mode type full-width
// digits, letters and punctuation (U+FF01–U+FF5E, e.g. "１３８", "＠", "（",
// "－") and the ideographic space U+3000. For phone numbers, postcodes and
// e-mail addresses these are turned into their ASCII forms before checking,
// and the ASCII form is what is returned and stored; a person who typed
// "１３８ ００１３ ８０００" means 13800138000. Free text is kept as typed
// (only trimmed): full-width characters are ordinary text in an address.
package form

import (
	"slices"
	"strings"
	"unicode"

	"github.com/ruankao/ruankao/internal/apperr"
)

func problem(path []string, code, message string) *apperr.UserError {
	field := slices.Clone(path)
	if field == nil {
		field = []string{}
	}
	return &apperr.UserError{Field: field, Code: code, Message: message}
}

func invalid(path []string, message string) *apperr.UserError {
	return problem(path, apperr.InvalidFormat, message)
}

func required(path []string, message string) *apperr.UserError {
	return problem(path, apperr.Required, message)
}

// Required reports a missing value: nil when present, else REQUIRED with
// "请填写" and what (e.g. "手机号码").
func Required(path []string, present bool, what string) *apperr.UserError {
	if present {
		return nil
	}
	return required(path, "请填写"+what)
}

// narrow turns full-width ASCII (U+FF01–U+FF5E) into ASCII, the ideographic
// space U+3000 into a space and the dash-like characters an input method may
// give (‐ ‑ ‒ – — ― − ﹣) into '-'.
func narrow(s string) string {
	return strings.Map(func(r rune) rune {
		switch {
		case r >= 0xFF01 && r <= 0xFF5E:
			return r - 0xFEE0
		case r == 0x3000:
			return ' '
		case r >= 0x2010 && r <= 0x2015, r == 0x2212, r == 0xFE63:
			return '-'
		}
		return r
	}, s)
}

func isDigit(c byte) bool { return c >= '0' && c <= '9' }

func allDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		if !isDigit(s[i]) {
			return false
		}
	}
	return s != ""
}

// blank reports whether s is empty or only white space.
func blank(s string) bool { return strings.TrimFunc(s, unicode.IsSpace) == "" }
