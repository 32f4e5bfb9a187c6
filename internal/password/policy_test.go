package password

import (
	"errors"
	"strings"
	"testing"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

func TestPolicyAccepts(t *testing.T) {
	for _, pw := range []string{
		"correct horse battery staple",
		"correcthorsebatterystaple", // one class, but 16 characters or more
		"Tr0ub4dor&3xyz",
		"k9#Lm2$xQ7!p",
		"我的软考报名密码很长很长好记",
		"春眠不觉晓处处闻啼鸟知多少",
		"zhangsan-likes-green-tea", // the username "li" is too short to check
		"1984 was a good book",
		"Ｓｐｒｉｎｇ　ｒａｉｎ　２０２５", // full-width: NFKC gives "Spring rain 2025"
	} {
		if err := Policy(pw, "li"); err != nil {
			t.Errorf("Policy(%q) = %v; want nil", pw, err)
		}
	}
}

func TestPolicyRefuses(t *testing.T) {
	for _, c := range []struct {
		pw, user string
		want     error
	}{
		{"", "admin", ErrEmpty},
		{"Tr0ub4dor&3", "", ErrTooShort},                   // 11
		{"我的软考报名密码很长", "", ErrTooShort},                    // 10 Chinese characters
		{"ＡＢＣ", "", ErrTooShort},                           // full-width still 3
		{strings.Repeat("Ab1!", 32) + "x", "", ErrTooLong}, // 129
		{"correct\thorse battery", "", ErrControlChar},
		{"correct horse\x00battery", "", ErrControlChar},
		{"my name is zhangsan ok", "zhangsan", ErrContainsUsername},
		{"my name is ZhangSan ok", "zhangsan", ErrContainsUsername},
		{"my name is zhangsan ok", " ZhangSan ", ErrContainsUsername},
		{"13812345678!", "", ErrMostlyDigits},       // phone number
		{"11010519491231002X", "", ErrMostlyDigits}, // ID number
		{"202401011234", "", ErrMostlyDigits},       // date
		{"a1234567890b", "", ErrMostlyDigits},
		{"troubadourhor", "", ErrSingleClass},       // 13 lower-case letters
		{"TROUBADOURHORSE", "", ErrSingleClass},     // 15 upper-case letters
		{"!?#%&*!?#%&*", "", ErrSingleClass},        // symbols only
		{"aaaaaaaaaaaaaaaaaaaa", "", ErrRepetitive}, // long, one class: allowed, but one character
		{"abababababab1", "", ErrRepetitive},
		{"密码密码密码密码密码密码", "", ErrRepetitive},
		{"abcdefghijklmnop", "", ErrKeyboardPattern},
		{"qwertyuiop12", "", ErrKeyboardPattern},
		{"QWERTYuiop!!", "", ErrKeyboardPattern},
		{"asdfghjkl;'123", "", ErrKeyboardPattern},
		{"!@#$%^&*()12", "", ErrKeyboardPattern},
		{"zyxwvutsrqpo9", "", ErrKeyboardPattern},
		{"Password@2024", "", ErrCommon},
		{"P@ssw0rd!2024", "", ErrCommon},
		{"Admin123456!", "", ErrCommon},
		{"woaini1314520", "", ErrCommon},
		{"5201314woaini", "", ErrCommon},
		{"1qaz2wsx3edc", "", ErrCommon},
		{"1q2w3e4r5t6y", "", ErrCommon},
		{"passwordpassword", "", ErrCommon},
		{"Ruankao@2025!!", "", ErrCommon},
		{"ＰＡＳＳＷＯＲＤ＠２０２４", "", ErrCommon}, // full-width spelling of Password@2024
	} {
		err := Policy(c.pw, c.user)
		if err != c.want {
			t.Errorf("Policy(%q, %q) = %v; want %v", c.pw, c.user, err, c.want)
		}
	}
}

func TestPolicyErrorsAreChinese(t *testing.T) {
	for _, e := range []error{ErrEmpty, ErrTooShort, ErrTooLong, ErrControlChar, ErrContainsUsername,
		ErrMostlyDigits, ErrSingleClass, ErrRepetitive, ErrKeyboardPattern, ErrCommon} {
		var pe *PolicyError
		if !errors.As(e, &pe) || pe.Message == "" || !utf8.ValidString(pe.Message) || !strings.ContainsRune(pe.Message, '密') {
			t.Errorf("%#v is not a Chinese PolicyError", e)
		}
	}
}

func TestKeyboardSegments(t *testing.T) {
	for _, c := range []struct {
		s    string
		want int
	}{
		{"", 0},
		{"q", 1},
		{"qwerty", 1},
		{"qwertyuiop12", 2},
		{"ytrewq", 1},
		{"k9#lm2$xq7!p", 11}, // only "lm" (alphabet) joins two characters
	} {
		if got := keyboardSegments(c.s); got != c.want {
			t.Errorf("keyboardSegments(%q) = %d; want %d", c.s, got, c.want)
		}
	}
}

func FuzzPolicy(f *testing.F) {
	f.Add("correct horse battery staple", "zhangsan")
	f.Add("Password@2024", "")
	f.Add("ｐａｓｓ\u3000密码", "密码")
	f.Fuzz(func(t *testing.T, pw, user string) {
		err := Policy(pw, user) // must not panic
		if err == nil && utf8.RuneCountInString(norm.NFKC.String(pw)) < MinLength {
			t.Fatalf("Policy(%q) accepted a short password", pw)
		}
		if _, ok := err.(*PolicyError); err != nil && !ok {
			t.Fatalf("Policy(%q) = %T", pw, err)
		}
	})
}
