package password

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// Policy limits, counted in characters (runes) after NFKC normalisation.
const (
	MinLength = 12
	// MaxLength is generous (SP 800-63B asks for at least 64) and only
	// keeps absurd inputs out.
	MaxLength = 128
	// passphraseLength: from this length on a password may use a single
	// class of characters (an all-lowercase passphrase is fine).
	passphraseLength = 16
	// minDistinct: fewer different characters than this is a repetition
	// such as "abababababab".
	minDistinct = 5
)

// PolicyError is a password refused by Policy. Its message is Chinese and
// meant for the person choosing the password.
type PolicyError struct{ Message string }

func (e *PolicyError) Error() string { return e.Message }

// The reasons Policy refuses a password (compare with errors.Is or ==).
var (
	ErrEmpty            = &PolicyError{"请输入密码"}
	ErrTooShort         = &PolicyError{"密码至少需要 12 个字符；建议使用一句容易记住的短语"}
	ErrTooLong          = &PolicyError{"密码不能超过 128 个字符"}
	ErrControlChar      = &PolicyError{"密码不能包含控制字符"}
	ErrContainsUsername = &PolicyError{"密码不能包含用户名"}
	ErrMostlyDigits     = &PolicyError{"密码不能全部或几乎全部是数字（如手机号、身份证号、生日）"}
	ErrSingleClass      = &PolicyError{"少于 16 个字符的密码不能只由一类字符组成（如全是小写字母）；请加长密码，或混用字母、数字和符号"}
	ErrRepetitive       = &PolicyError{"密码中重复的字符太多"}
	ErrKeyboardPattern  = &PolicyError{"密码不能是键盘上或字母表中相连的字符（如 qwerty、abcdef、123456）"}
	ErrCommon           = &PolicyError{"这个密码太常见，容易被猜中，请换一个"}
)

// Policy checks a new password for the staff account username and returns
// nil or a *PolicyError (one of the Err… values above). In the spirit of
// NIST SP 800-63B length counts more than composition: at least 12
// characters, any characters (spaces and Chinese included) except control
// characters; it refuses what attackers try first: the username, numbers
// such as phone and ID numbers, short single-class strings, repetitions,
// keyboard and alphabet runs, and common words with digits or symbols
// around them ("Password@2024", "woaini1314520").
func Policy(password, username string) error {
	pw := norm.NFKC.String(password)
	n := utf8.RuneCountInString(pw)
	switch {
	case n == 0:
		return ErrEmpty
	case n < MinLength:
		return ErrTooShort
	case n > MaxLength:
		return ErrTooLong
	}
	lower := strings.ToLower(pw)

	var digits, classes int
	var hasLower, hasUpper, hasDigit, hasSymbol, hasOther bool
	distinct := make(map[rune]struct{})
	for _, r := range lower {
		distinct[r] = struct{}{}
	}
	for _, r := range pw {
		switch {
		case unicode.IsControl(r):
			return ErrControlChar
		case r >= '0' && r <= '9':
			digits++
			hasDigit = true
		case r >= 'a' && r <= 'z':
			hasLower = true
		case r >= 'A' && r <= 'Z':
			hasUpper = true
		case r < utf8.RuneSelf:
			hasSymbol = true
		default:
			hasOther = true // Chinese characters, accented letters…
		}
	}
	for _, b := range []bool{hasLower, hasUpper, hasDigit, hasSymbol, hasOther} {
		if b {
			classes++
		}
	}

	if u := strings.ToLower(norm.NFKC.String(strings.TrimSpace(username))); utf8.RuneCountInString(u) >= 3 && strings.Contains(lower, u) {
		return ErrContainsUsername
	}
	if digits >= n-2 {
		return ErrMostlyDigits
	}
	if classes == 1 && !hasOther && n < passphraseLength {
		return ErrSingleClass
	}
	if len(distinct) < minDistinct {
		return ErrRepetitive
	}
	if keyboardSegments(lower)*4 <= n {
		return ErrKeyboardPattern
	}
	if isCommon(lower) {
		return ErrCommon
	}
	return nil
}

// keyboardRuns are sequences people type instead of passwords; a password
// that splits into few pieces of them (or of their reverses) is refused.
var keyboardRuns = func() []string {
	rows := []string{
		"`1234567890-=", "~!@#$%^&*()_+",
		"qwertyuiop[]\\", "asdfghjkl;'", "zxcvbnm,./",
		"abcdefghijklmnopqrstuvwxyz", "01234567890",
	}
	all := rows
	for _, r := range rows {
		b := []byte(r)
		for i, j := 0, len(b)-1; i < j; i, j = i+1, j-1 {
			b[i], b[j] = b[j], b[i]
		}
		all = append(all, string(b))
	}
	return all
}()

// keyboardSegments returns the least number of pieces s splits into such
// that each piece occurs in one of keyboardRuns. A character found in none
// counts as a piece of its own. "qwertyuiop12" is 2 pieces; a random
// password has nearly as many pieces as characters.
func keyboardSegments(s string) int {
	rs := []rune(s)
	// best[i]: fewest pieces covering rs[:i].
	best := make([]int, len(rs)+1)
	for i := 1; i <= len(rs); i++ {
		best[i] = best[i-1] + 1
		for j := i - 2; j >= 0; j-- {
			if !inKeyboardRun(string(rs[j:i])) {
				break // a longer piece containing this one is in no run either
			}
			best[i] = min(best[i], best[j]+1)
		}
	}
	return best[len(rs)]
}

func inKeyboardRun(piece string) bool {
	for _, run := range keyboardRuns {
		if strings.Contains(run, piece) {
			return true
		}
	}
	return false
}

// commonWords are the letters of passwords people choose first, lowercase.
// A password whose letters are only one of these (possibly repeated), with
// digits and symbols around them, is refused: "Password@2024",
// "P@ssw0rd!2024", "Admin123456!", "woaini1314520", "1qaz2wsx3edc",
// "ruankao20252025".
var commonWords = func() map[string]bool {
	m := make(map[string]bool)
	for _, w := range strings.Fields(`
		password passwd pass pwd admin administrator root user guest test
		login welcome letmein iloveyou love secret changeme default system
		qwerty qwer asdf zxcv qweasd qweasdzxc qazwsx qazwsxedc qazwsxedcrfv
		zaqxsw zaqxswcde abc abcd abcde abcdef qaz wsx edc
		monkey dragon master superman batman football baseball sunshine
		princess shadow
		woaini aini nihao wohenhao laogong laopo baobei zhongguo china
		beijing shanghai ruankao kaoshi baoming
	`) {
		m[w] = true
	}
	return m
}()

// leet undoes the usual substitutions.
var leet = strings.NewReplacer("@", "a", "4", "a", "0", "o", "$", "s", "5", "s", "3", "e", "1", "i", "!", "i", "7", "t")

func isCommon(lower string) bool {
	// Drop the digits and symbols around the core: "p@ssw0rd" of
	// "p@ssw0rd!2024".
	core := strings.TrimFunc(lower, func(r rune) bool { return !unicode.IsLetter(r) })
	for _, s := range []string{core, leet.Replace(core)} {
		letters := strings.Map(func(r rune) rune {
			if unicode.IsLetter(r) {
				return r
			}
			return -1
		}, s)
		if commonWords[letters] || commonWords[repeatedUnit(letters)] {
			return true
		}
	}
	return false
}

// repeatedUnit returns u when s is u repeated at least twice, else "".
func repeatedUnit(s string) string {
	for size := 1; size <= len(s)/2; size++ {
		if len(s)%size == 0 && strings.Repeat(s[:size], len(s)/size) == s {
			return s[:size]
		}
	}
	return ""
}
