package password

import (
	"errors"
	"regexp"
	"strings"
	"testing"
)

// cheap parameters keep the tests fast; the default ones are exercised a
// few times only.
var cheap = Params{Memory: 64, Iterations: 1, Parallelism: 1}

// Reference strings made with the argon2 reference implementation's command
// line tool (Debian package argon2), e.g.
//
//	printf '%s' 'correct horse' | argon2 saltsaltsaltsalt -id -t 2 -k 64 -p 1 -l 32 -e
var referenceVectors = []struct {
	password, encoded string
	params            Params
	rehashWithParams  bool // needsRehash when verified with params as current
}{
	{"correct horse", "$argon2id$v=19$m=64,t=2,p=1$c2FsdHNhbHRzYWx0c2FsdA$5jdMIzWoFbzSOl6k3wai9uU3f8LD+HmGXQgo1uhHQPI",
		Params{64, 2, 1}, false},
	// 8-byte salt and 16-byte key: verifies, but asks for a rehash.
	{"pass 密码 ABC", "$argon2id$v=19$m=32,t=1,p=2$c29tZXNhbHQ$1bEXC36aNlA3nIPoTn0KrA",
		Params{32, 1, 2}, true},
	// The default parameters.
	{"correct horse battery staple", "$argon2id$v=19$m=65536,t=3,p=2$cnVhbmthby1zYWx0LTE2Yg$O6L81tNxXWwt9PmRbP84IcDt1FqnJngKsvfK+zi1hOA",
		Params{65536, 3, 2}, false},
}

func TestVerifyReferenceVectors(t *testing.T) {
	for _, v := range referenceVectors {
		ok, rehash, err := VerifyWith(v.params, v.password, v.encoded)
		if err != nil || !ok || rehash != v.rehashWithParams {
			t.Errorf("VerifyWith(%v, %q) = %v, %v, %v; want true, %v, nil", v.params, v.password, ok, rehash, err, v.rehashWithParams)
		}
		if v.params == DefaultParams() {
			continue // slow; wrong passwords are tested with cheap parameters
		}
		ok, _, err = VerifyWith(v.params, v.password+"x", v.encoded)
		if err != nil || ok {
			t.Errorf("wrong password for %q: ok=%v err=%v", v.encoded, ok, err)
		}
	}
}

func TestVerifyNormalisesNFKC(t *testing.T) {
	// Full-width letters and an ideographic space, as a Chinese input
	// method in full-width mode types them, match the reference hash of
	// "pass 密码 ABC".
	v := referenceVectors[1]
	ok, _, err := VerifyWith(v.params, "ｐａｓｓ\u3000密码 ＡＢＣ", v.encoded)
	if err != nil || !ok {
		t.Fatalf("full-width spelling: ok=%v err=%v", ok, err)
	}
}

var phc = regexp.MustCompile(`^\$argon2id\$v=19\$m=65536,t=3,p=2\$[A-Za-z0-9+/]{22}\$[A-Za-z0-9+/]{43}$`)

func TestHashDefault(t *testing.T) {
	if DefaultParams() != (Params{Memory: 65536, Iterations: 3, Parallelism: 2}) {
		t.Fatalf("DefaultParams() = %+v; the defaults must stay m=65536,t=3,p=2 (or be raised on purpose)", DefaultParams())
	}
	h, err := Hash("correct horse battery staple")
	if err != nil {
		t.Fatal(err)
	}
	if !phc.MatchString(h) {
		t.Fatalf("Hash = %q, not the PHC format", h)
	}
	ok, rehash, err := Verify("correct horse battery staple", h)
	if !ok || rehash || err != nil {
		t.Fatalf("Verify = %v, %v, %v; want true, false, nil", ok, rehash, err)
	}
}

func TestHashWithRoundTrip(t *testing.T) {
	for _, pw := range []string{"", "correct horse battery staple", "中文密码中文密码中文密码", strings.Repeat("x", 10000)} {
		h, err := HashWith(cheap, pw)
		if err != nil {
			t.Fatal(err)
		}
		if !strings.HasPrefix(h, "$argon2id$v=19$m=64,t=1,p=1$") {
			t.Errorf("HashWith = %q", h)
		}
		ok, rehash, err := VerifyWith(cheap, pw, h)
		if !ok || rehash || err != nil {
			t.Errorf("VerifyWith(%.20q) = %v, %v, %v; want true, false, nil", pw, ok, rehash, err)
		}
		ok, _, err = VerifyWith(cheap, pw+" ", h)
		if ok || err != nil {
			t.Errorf("wrong password accepted (%v, %v)", ok, err)
		}
	}
}

func TestHashSaltsDiffer(t *testing.T) {
	a, _ := HashWith(cheap, "same password")
	b, _ := HashWith(cheap, "same password")
	if a == b {
		t.Fatalf("two hashes of one password are equal: %q", a)
	}
}

func TestNeedsRehash(t *testing.T) {
	h, err := HashWith(cheap, "pw")
	if err != nil {
		t.Fatal(err)
	}
	// Against the defaults, a cheap hash needs a rehash...
	ok, rehash, err := Verify("pw", h)
	if !ok || !rehash || err != nil {
		t.Fatalf("Verify(cheap hash) = %v, %v, %v; want true, true, nil", ok, rehash, err)
	}
	// ...and against any other current parameters too.
	for _, cur := range []Params{{128, 1, 1}, {64, 2, 1}, {64, 1, 2}} {
		if ok, rehash, _ := VerifyWith(cur, "pw", h); !ok || !rehash {
			t.Errorf("VerifyWith(%v) = %v, %v; want true, true", cur, ok, rehash)
		}
	}
	// A wrong password never asks for a rehash.
	if ok, rehash, _ := Verify("other", h); ok || rehash {
		t.Errorf("wrong password: %v, %v", ok, rehash)
	}
}

func TestHashWithRefusesBadParams(t *testing.T) {
	for _, p := range []Params{
		{}, {Memory: 64, Iterations: 0, Parallelism: 1}, {Memory: 64, Iterations: 1, Parallelism: 0},
		{Memory: 15, Iterations: 1, Parallelism: 2}, // below 8 KiB a lane
		{Memory: maxMemory + 1, Iterations: 1, Parallelism: 1},
		{Memory: 64, Iterations: maxIterations + 1, Parallelism: 1},
	} {
		if _, err := HashWith(p, "pw"); !errors.Is(err, ErrBadParams) {
			t.Errorf("HashWith(%+v) err = %v; want ErrBadParams", p, err)
		}
	}
}

func TestVerifyRefusesMalformed(t *testing.T) {
	const salt = "c2FsdHNhbHRzYWx0c2FsdA"
	const key = "5jdMIzWoFbzSOl6k3wai9uU3f8LD+HmGXQgo1uhHQPI"
	good := "$argon2id$v=19$m=64,t=2,p=1$" + salt + "$" + key
	if ok, _, err := VerifyWith(Params{64, 2, 1}, "correct horse", good); !ok || err != nil {
		t.Fatalf("control: %v, %v", ok, err)
	}
	for _, s := range []string{
		"",
		"$",
		"plain text password",
		"$2a$10$N9qo8uLOickgx2ZMRZoMyeIjZAgcfl7p92ldGxad68LJZdL17lhWy", // bcrypt
		"$argon2i$v=19$m=64,t=2,p=1$" + salt + "$" + key,
		"$argon2d$v=19$m=64,t=2,p=1$" + salt + "$" + key,
		"$argon2id$v=16$m=64,t=2,p=1$" + salt + "$" + key,
		"$argon2id$m=64,t=2,p=1$" + salt + "$" + key, // version omitted
		"$argon2id$v=19$t=2,m=64,p=1$" + salt + "$" + key,
		"$argon2id$v=19$m=64,t=2$" + salt + "$" + key,
		"$argon2id$v=19$m=64,t=2,p=1,keyid=x$" + salt + "$" + key,
		"$argon2id$v=19$m=064,t=2,p=1$" + salt + "$" + key,
		"$argon2id$v=19$m=+64,t=2,p=1$" + salt + "$" + key,
		"$argon2id$v=19$m=-64,t=2,p=1$" + salt + "$" + key,
		"$argon2id$v=19$m=,t=2,p=1$" + salt + "$" + key,
		"$argon2id$v=19$m=64,t=2,p=256$" + salt + "$" + key,
		"$argon2id$v=19$m=4294967296,t=2,p=1$" + salt + "$" + key,
		"$argon2id$v=19$m=99999999,t=2,p=1$" + salt + "$" + key, // over 1 GiB
		"$argon2id$v=19$m=64,t=0,p=1$" + salt + "$" + key,
		"$argon2id$v=19$m=64,t=1000,p=1$" + salt + "$" + key,
		"$argon2id$v=19$m=64,t=2,p=0$" + salt + "$" + key,
		"$argon2id$v=19$m=64,t=2,p=1$" + salt + "$",
		"$argon2id$v=19$m=64,t=2,p=1$$" + key,
		"$argon2id$v=19$m=64,t=2,p=1$" + salt + "==$" + key, // padding
		"$argon2id$v=19$m=64,t=2,p=1$" + salt + "$" + key + "=",
		"$argon2id$v=19$m=64,t=2,p=1$" + salt + "$" + key[:len(key)-1] + "J",            // non-zero trailing bits
		"$argon2id$v=19$m=64,t=2,p=1$" + salt + "$" + strings.ReplaceAll(key, "+", "-"), // URL alphabet
		"$argon2id$v=19$m=64,t=2,p=1$c2FsdA$" + key,                                     // 4-byte salt
		"$argon2id$v=19$m=64,t=2,p=1$" + salt + "$c2hvcnQ",                              // 5-byte key
		"$argon2id$v=19$m=64,t=2,p=1$" + salt + "$" + strings.Repeat("A", 100),          // 75-byte key
		"$argon2id$v=19$m=64,t=2,p=1$" + salt + "$" + key + "$",
		"x$argon2id$v=19$m=64,t=2,p=1$" + salt + "$" + key,
		" " + good,
		good + "\n",
	} {
		ok, rehash, err := Verify("correct horse", s)
		if err == nil || ok || rehash {
			t.Errorf("Verify(%q) = %v, %v, %v; want an error", s, ok, rehash, err)
		}
		if !errors.Is(err, ErrMalformed) && !errors.Is(err, ErrBadParams) {
			t.Errorf("Verify(%q) err = %v; want ErrMalformed or ErrBadParams", s, err)
		}
	}
}

func FuzzVerify(f *testing.F) {
	f.Add("$argon2id$v=19$m=64,t=2,p=1$c2FsdHNhbHRzYWx0c2FsdA$5jdMIzWoFbzSOl6k3wai9uU3f8LD+HmGXQgo1uhHQPI")
	f.Add("$argon2id$v=19$m=8,t=1,p=1$$")
	f.Fuzz(func(t *testing.T, s string) {
		// Keep the cost of any accepted parameters small.
		if p, _, _, err := decode(s); err == nil && (p.Memory > 1024 || p.Iterations > 2) {
			return
		}
		ok, rehash, err := Verify("pw", s) // must not panic
		if err != nil && (ok || rehash) {
			t.Fatalf("Verify(%q) = %v, %v, %v", s, ok, rehash, err)
		}
	})
}

func TestDummyVerify(t *testing.T) {
	// DummyVerify must cost what a real Verify against a default hash
	// costs: its hash parses and carries the default parameters.
	p, salt, key, err := decode(dummyEncoded)
	if err != nil || p != DefaultParams() || len(salt) != SaltLen || len(key) != KeyLen {
		t.Fatalf("dummy hash %q: %+v, %d, %d, %v", dummyEncoded, p, len(salt), len(key), err)
	}
	if !isZero(key) {
		t.Fatalf("dummy key %x is not all zero: some password might match it", key)
	}
	DummyVerify() // must not panic
}

func isZero(b []byte) bool {
	for _, x := range b {
		if x != 0 {
			return false
		}
	}
	return true
}

func BenchmarkHashDefault(b *testing.B) {
	for b.Loop() {
		if _, err := Hash("correct horse battery staple"); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkVerifyDefault(b *testing.B) {
	h, _ := Hash("correct horse battery staple")
	for b.Loop() {
		_, _, _ = Verify("correct horse battery staple", h)
	}
}

func BenchmarkDummyVerify(b *testing.B) {
	for b.Loop() {
		DummyVerify()
	}
}
