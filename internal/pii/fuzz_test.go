package pii

import (
	"strings"
	"testing"
	"unicode/utf8"
)

// FuzzDecrypt feeds any bytes to Decrypt: it never panics, and nothing but
// an untouched ciphertext of the same key and aad decrypts.
//
//	go test ./internal/pii -run '^$' -fuzz FuzzDecrypt -fuzztime 60s
func FuzzDecrypt(f *testing.F) {
	k := mustKeys(f, DevMasterKey())
	// A fixed nonce, so that the fuzzing workers (separate processes) see
	// the same seed as the coordinator.
	nonce := []byte("fixed-nonce!")
	hdr := []byte{version2, 2, 'k', '1'}
	good := k.ring[0].aead.Seal(append(append([]byte{}, hdr...), nonce...), nonce, []byte("11010519491231002X"), additional(hdr, "aad"))
	f.Add(good, "aad")
	f.Add(good, "other")
	f.Add([]byte{}, "")
	f.Add([]byte{1}, "aad")
	f.Add([]byte{2, 2, 'k'}, "aad")
	f.Add(append([]byte{1}, make([]byte, 28)...), "aad")
	f.Add(append([]byte{1}, good[4:]...), "aad")
	f.Add(append([]byte{2, 2, 'k', '2'}, good[4:]...), "aad")
	f.Fuzz(func(t *testing.T, ct []byte, aad string) {
		plain, err := k.Decrypt(ct, aad)
		if err != nil {
			if plain != "" {
				t.Fatalf("error %v with plaintext %q", err, plain)
			}
			return
		}
		if string(ct) != string(good) || aad != "aad" || plain != "11010519491231002X" {
			t.Fatalf("forged ciphertext %x with aad %q decrypted to %q", ct, aad, plain)
		}
	})
}

// FuzzRoundTrip: any plaintext and aad come back, and another aad fails.
func FuzzRoundTrip(f *testing.F) {
	k := mustKeys(f, DevMasterKey())
	f.Add("11010519491231002X", "candidate.id_number:RESIDENT_ID")
	f.Add("", "")
	f.Add("张三", "\x00")
	f.Fuzz(func(t *testing.T, plain, aad string) {
		ct, err := k.Encrypt(plain, aad)
		if err != nil {
			t.Fatal(err)
		}
		got, err := k.Decrypt(ct, aad)
		if err != nil || got != plain {
			t.Fatalf("round trip of %q: %q, %v", plain, got, err)
		}
		if _, err := k.Decrypt(ct, aad+"x"); err == nil {
			t.Fatalf("aad %q also decrypts with %q", aad, aad+"x")
		}
	})
}

// FuzzMask: the mask keeps the length and the characters it shows, shows
// only a prefix and a suffix, at most half of all, and the first and last 4
// of a number of 16 characters or more.
func FuzzMask(f *testing.F) {
	for _, s := range []string{"", "1", "H12345678", "11010519491231002X", "一二三四五六七八", "\xff\xfe", "**12**"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		r := []rune(s)
		m := Mask(s)
		if !utf8.ValidString(m) {
			t.Fatalf("Mask(%q) = %q is not valid UTF-8", s, m)
		}
		mr := []rune(m)
		n := len(r)
		if len(mr) != n {
			t.Fatalf("Mask(%q) = %q: %d runes, want %d", s, m, len(mr), n)
		}
		// Where the mask is not a star it shows the number's own rune.
		for i := range r {
			if mr[i] != '*' && mr[i] != r[i] {
				t.Fatalf("Mask(%q) = %q changes rune %d", s, m, i)
			}
		}
		if strings.ContainsRune(s, '*') {
			return // stars in the number make shown and hidden look alike
		}
		// The shown part is a prefix and a suffix of equal length k.
		k, j := 0, 0
		for k < n && mr[k] != '*' {
			k++
		}
		for j < n && mr[n-1-j] != '*' {
			j++
		}
		if k != j || (n > 0 && k == n) {
			t.Fatalf("Mask(%q) = %q: shows %d at the start and %d at the end", s, m, k, j)
		}
		for i := k; i < n-k; i++ {
			if mr[i] != '*' {
				t.Fatalf("Mask(%q) = %q shows rune %d in the middle", s, m, i)
			}
		}
		if 4*k > n {
			t.Fatalf("Mask(%q) = %q shows %d of %d runes", s, m, 2*k, n)
		}
		if n >= 16 && (string(mr[:4]) != string(r[:4]) || string(mr[n-4:]) != string(r[n-4:])) {
			t.Fatalf("Mask(%q) = %q hides the first or last 4", s, m)
		}
	})
}
