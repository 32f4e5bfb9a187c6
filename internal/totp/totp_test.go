package totp

import (
	"bytes"
	"net/url"
	"strconv"
	"strings"
	"testing"
	"time"
)

// rfcSecret is the SHA1 seed of RFC 6238 Appendix B.
var rfcSecret = []byte("12345678901234567890")

// rfcVectors are the SHA1 rows of RFC 6238 Appendix B (8 digits).
var rfcVectors = []struct {
	unix int64
	step int64
	code string
}{
	{59, 0x1, "94287082"},
	{1111111109, 0x23523EC, "07081804"},
	{1111111111, 0x23523ED, "14050471"},
	{1234567890, 0x273EF07, "89005924"},
	{2000000000, 0x3F940AA, "69279037"},
	{20000000000, 0x27BC86AA, "65353130"},
}

func TestRFC6238Vectors(t *testing.T) {
	for _, v := range rfcVectors {
		now := time.Unix(v.unix, 0).UTC()
		if got := Step(now); got != v.step {
			t.Errorf("Step(%d) = %#x; want %#x", v.unix, got, v.step)
		}
		if got := hotp(rfcSecret, uint64(v.step), 8); got != v.code {
			t.Errorf("8-digit code at %d = %s; want %s", v.unix, got, v.code)
		}
		// The 6-digit code is the last 6 digits of the 8-digit one
		// (both are the same truncated value modulo 10^n).
		want6 := v.code[2:]
		if got := Code(rfcSecret, now); got != want6 {
			t.Errorf("Code at %d = %s; want %s", v.unix, got, want6)
		}
		if step, ok := Validate(rfcSecret, want6, now, 0); !ok || step != v.step {
			t.Errorf("Validate(%s at %d) = %d, %v; want %d, true", want6, v.unix, step, ok, v.step)
		}
	}
}

// RFC 4226 Appendix D: HOTP values of the same secret for counters 0–9.
func TestRFC4226Vectors(t *testing.T) {
	want := []string{"755224", "287082", "359152", "969429", "338314", "254676", "287922", "162583", "399871", "520489"}
	for c, w := range want {
		if got := hotp(rfcSecret, uint64(c), 6); got != w {
			t.Errorf("hotp(%d) = %s; want %s", c, got, w)
		}
	}
}

func TestStepFloorsBefore1970(t *testing.T) {
	for _, c := range []struct {
		unix, step int64
	}{{0, 0}, {29, 0}, {30, 1}, {-1, -1}, {-30, -1}, {-31, -2}} {
		if got := Step(time.Unix(c.unix, 0)); got != c.step {
			t.Errorf("Step(%d) = %d; want %d", c.unix, got, c.step)
		}
	}
}

func TestValidateSkewAndReplay(t *testing.T) {
	secret := rfcSecret
	now := time.Unix(1234567890, 0) // step 0x273EF07
	cur := Step(now)
	at := func(step int64) string { return hotp(secret, uint64(step), Digits) }

	for _, c := range []struct {
		name     string
		code     string
		lastStep int64
		wantStep int64
		wantOK   bool
	}{
		{"current step", at(cur), 0, cur, true},
		{"previous step", at(cur - 1), 0, cur - 1, true},
		{"next step", at(cur + 1), 0, cur + 1, true},
		{"two steps old", at(cur - 2), 0, 0, false},
		{"two steps ahead", at(cur + 2), 0, 0, false},
		{"replay of the current step", at(cur), cur, 0, false},
		{"older step after a newer one", at(cur - 1), cur, 0, false},
		{"previous step, last use before it", at(cur - 1), cur - 2, cur - 1, true},
		{"next step after the current one was used", at(cur + 1), cur, cur + 1, true},
		{"replay of the next step", at(cur + 1), cur + 1, 0, false},
		{"wrong code", wrongCode(secret, cur), 0, 0, false},
	} {
		step, ok := Validate(secret, c.code, now, c.lastStep)
		if ok != c.wantOK || step != c.wantStep {
			t.Errorf("%s: Validate(%s, last %d) = %d, %v; want %d, %v", c.name, c.code, c.lastStep, step, ok, c.wantStep, c.wantOK)
		}
	}
}

// wrongCode returns a 6-digit code matching none of the steps cur-2…cur+2.
func wrongCode(secret []byte, cur int64) string {
	used := map[string]bool{}
	for s := cur - 2; s <= cur+2; s++ {
		used[hotp(secret, uint64(s), Digits)] = true
	}
	for i := 0; ; i++ {
		c := strconv.Itoa(100000 + i)
		if !used[c] {
			return c
		}
	}
}

func TestValidateFlow(t *testing.T) {
	// A person logs in, then tries the same code again 10 s later, then
	// logs in with the next code 30 s later.
	// A fixed secret, so the two codes below are known to differ.
	secret := []byte("12345678901234567890")
	t0 := time.Date(2025, 5, 24, 8, 30, 0, 0, time.UTC) // a step boundary
	code := Code(secret, t0.Add(5*time.Second))
	last, ok := Validate(secret, code, t0.Add(5*time.Second), 0)
	if !ok {
		t.Fatal("first use refused")
	}
	if _, ok := Validate(secret, code, t0.Add(15*time.Second), last); ok {
		t.Fatal("replay accepted")
	}
	next := Code(secret, t0.Add(35*time.Second))
	if next == code {
		t.Fatal("the fixed secret gives equal consecutive codes: pick another time")
	}
	if s, ok := Validate(secret, next, t0.Add(35*time.Second), last); !ok || s != last+1 {
		t.Fatalf("next code: %d, %v; want %d, true", s, ok, last+1)
	}
}

func TestValidateRefusesMalformedCodes(t *testing.T) {
	now := time.Unix(1234567890, 0)
	good := Code(rfcSecret, now)
	if _, ok := Validate(rfcSecret, good, now, 0); !ok {
		t.Fatal("control refused")
	}
	for _, code := range []string{
		"", good[:5], good + "0", "0" + good, " " + good, good + " ", good[:3] + " " + good[3:],
		"+" + good[1:], "-" + good[1:], "１２３４５６", "٠١٢٣٤٥", "abcdef", "12345\x00",
		"89005924", // the 8-digit code of the same step
	} {
		if _, ok := Validate(rfcSecret, code, now, 0); ok {
			t.Errorf("Validate(%q) accepted", code)
		}
	}
}

func TestValidateRefusesShortSecrets(t *testing.T) {
	now := time.Unix(1234567890, 0)
	for _, secret := range [][]byte{nil, {}, []byte("short secret 15")} {
		if _, ok := Validate(secret, Code(secret, now), now, 0); ok {
			t.Errorf("secret of %d bytes accepted", len(secret))
		}
	}
}

func TestNewSecret(t *testing.T) {
	a, err := NewSecret()
	if err != nil {
		t.Fatal(err)
	}
	b, _ := NewSecret()
	if len(a) != 20 || len(b) != 20 || bytes.Equal(a, b) {
		t.Fatalf("NewSecret: %x, %x", a, b)
	}
}

func TestEncodeDecodeSecret(t *testing.T) {
	const enc = "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ" // base32 of rfcSecret
	if got := EncodeSecret(rfcSecret); got != enc {
		t.Fatalf("EncodeSecret = %s; want %s", got, enc)
	}
	secret, _ := NewSecret()
	if s := EncodeSecret(secret); strings.Contains(s, "=") || len(s) != 32 {
		t.Errorf("EncodeSecret of 20 bytes = %q", s)
	}
	odd := []byte("0123456789abcdef") // 16 bytes: base32 would need padding
	if s := EncodeSecret(odd); strings.Contains(s, "=") {
		t.Errorf("EncodeSecret(16 bytes) = %q has padding", s)
	}
	for _, in := range []string{enc, strings.ToLower(enc), "GEZD GNBV GY3T QOJQ GEZD GNBV GY3T QOJQ", "gezd-gnbv-gy3t-qojq-gezd-gnbv-gy3t-qojq"} {
		got, err := DecodeSecret(in)
		if err != nil || !bytes.Equal(got, rfcSecret) {
			t.Errorf("DecodeSecret(%q) = %q, %v", in, got, err)
		}
	}
	if got, err := DecodeSecret(EncodeSecret(odd) + "======"); err != nil || !bytes.Equal(got, odd) {
		t.Errorf("DecodeSecret with padding = %q, %v", got, err)
	}
	for _, in := range []string{
		"", "A", "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQA", // incomplete last group
		trailingBitsSet(EncodeSecret(odd)), // non-zero trailing bits
		"GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJ1", // 1 is not base32
		"GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ!",
		"GEZDGNBVGY3TQOJQ", // 10 bytes: too short
	} {
		if _, err := DecodeSecret(in); err == nil {
			t.Errorf("DecodeSecret(%q) accepted", in)
		}
	}
}

// trailingBitsSet sets the lowest bit of the last character of an
// encoding that has unused trailing bits.
func trailingBitsSet(enc string) string {
	const alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"
	i := strings.IndexByte(alphabet, enc[len(enc)-1])
	return enc[:len(enc)-1] + string(alphabet[i|1])
}

func TestURI(t *testing.T) {
	got := URI(rfcSecret, "ruankao", "zhangsan")
	want := "otpauth://totp/ruankao:zhangsan?secret=GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ&issuer=ruankao&algorithm=SHA1&digits=6&period=30"
	if got != want {
		t.Fatalf("URI =\n %s; want\n %s", got, want)
	}

	// Spaces, non-ASCII and reserved characters are escaped, and the URI
	// parses back to the same parts.
	got = URI(rfcSecret, "软考 报名", "li si@example.com&x=1")
	if strings.ContainsAny(got, " +") {
		t.Errorf("URI %q contains a space or a plus", got)
	}
	u, err := url.Parse(got)
	if err != nil {
		t.Fatal(err)
	}
	q := u.Query()
	if u.Scheme != "otpauth" || u.Host != "totp" || u.Path != "/软考 报名:li si@example.com&x=1" ||
		q.Get("issuer") != "软考 报名" || q.Get("secret") != EncodeSecret(rfcSecret) ||
		q.Get("algorithm") != "SHA1" || q.Get("digits") != "6" || q.Get("period") != "30" || len(q) != 5 {
		t.Errorf("URI %q parses to %q %q %q %v", got, u.Scheme, u.Host, u.Path, q)
	}
}
