package pii

import (
	"bytes"
	"crypto/aes"
	"crypto/cipher"
	"crypto/hmac"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"strings"
	"testing"
	"unicode/utf8"
)

func mustKeys(t testing.TB, master []byte) *Keys {
	t.Helper()
	k, err := NewKeys(master)
	if err != nil {
		t.Fatalf("NewKeys: %v", err)
	}
	return k
}

func master(b byte) []byte { return bytes.Repeat([]byte{b}, 32) }

func TestNewKeysRefusesShortKeys(t *testing.T) {
	for _, n := range []int{0, 1, 16, 24, 31} {
		if _, err := NewKeys(make([]byte, n)); err == nil {
			t.Errorf("NewKeys accepted a %d-byte key", n)
		}
	}
	if _, err := NewKeys(nil); err == nil {
		t.Error("NewKeys accepted nil")
	}
	for _, n := range []int{32, 33, 64} {
		if _, err := NewKeys(make([]byte, n)); err != nil {
			t.Errorf("NewKeys refused a %d-byte key: %v", n, err)
		}
	}
}

func TestRoundTrip(t *testing.T) {
	k := mustKeys(t, master(7))
	for _, c := range []struct{ plain, aad string }{
		{"11010519491231002X", "candidate.id_number:RESIDENT_ID"},
		{"H12345678", "candidate.id_number:HK_MACAO_TRAVEL_PERMIT"},
		{"", ""},
		{"张三 13800138000 北京市朝阳区", "candidate.contact"},
		{strings.Repeat("x", 10000), strings.Repeat("a", 1000)},
		{"\x00\xff binary", "\x00"},
	} {
		ct, err := k.Encrypt(c.plain, c.aad)
		if err != nil {
			t.Fatalf("Encrypt: %v", err)
		}
		if ct[0] != 2 || ct[1] != 2 || string(ct[2:4]) != "k1" {
			t.Errorf("header % x, want version 2 and key id k1", ct[:4])
		}
		if want := 4 + 12 + len(c.plain) + 16; len(ct) != want {
			t.Errorf("ciphertext of %d bytes has length %d, want %d", len(c.plain), len(ct), want)
		}
		if len(c.plain) >= 8 && bytes.Contains(ct, []byte(c.plain[:8])) {
			t.Errorf("ciphertext contains the plaintext")
		}
		got, err := k.Decrypt(ct, c.aad)
		if err != nil || got != c.plain {
			t.Errorf("Decrypt = %q, %v; want %q", got, err, c.plain)
		}
	}
}

func TestEncryptionsDiffer(t *testing.T) {
	k := mustKeys(t, master(7))
	seen := map[string]bool{}
	nonces := map[string]bool{}
	for range 100 {
		ct, err := k.Encrypt("11010519491231002X", "aad")
		if err != nil {
			t.Fatal(err)
		}
		if seen[string(ct)] {
			t.Fatal("two encryptions of one value are equal")
		}
		seen[string(ct)] = true
		nonces[string(ct[4:16])] = true
	}
	if len(nonces) != 100 {
		t.Errorf("%d distinct nonces in 100 encryptions", len(nonces))
	}
}

func TestTamperingFails(t *testing.T) {
	k := mustKeys(t, master(7))
	const aad = "candidate.id_number:RESIDENT_ID"
	ct, err := k.Encrypt("11010519491231002X", aad)
	if err != nil {
		t.Fatal(err)
	}
	part := func(i int) string {
		switch {
		case i == 0:
			return "version"
		case i == 1:
			return "key id length"
		case i < 4:
			return "key id"
		case i < 16:
			return "nonce"
		case i < len(ct)-16:
			return "ciphertext"
		}
		return "tag"
	}
	// Every bit of every byte: version, nonce, ciphertext and tag.
	for i := range ct {
		for bit := range 8 {
			bad := bytes.Clone(ct)
			bad[i] ^= 1 << bit
			got, err := k.Decrypt(bad, aad)
			if err == nil {
				t.Fatalf("%s byte %d bit %d flipped: decrypted to %q", part(i), i, bit, got)
			}
			want := ErrDecrypt
			switch {
			case i == 0:
				want = ErrUnknownVersion
			case i == 1 && (bad[1] == 0 || bad[1] > 16):
				want = ErrMalformed
			case i < 4:
				want = ErrUnknownKey // another key id, which the ring lacks
			}
			if !errors.Is(err, want) {
				t.Errorf("%s byte %d flipped: %v, want %v", part(i), i, err, want)
			}
		}
	}
	for name, bad := range map[string][]byte{
		"empty":           {},
		"version only":    ct[:1],
		"no tag":          ct[:len(ct)-16],
		"one byte short":  ct[:len(ct)-1],
		"one byte longer": append(bytes.Clone(ct), 0),
		"as version 1":    append([]byte{1}, ct[4:]...),
		"version 3":       append([]byte{3}, ct[1:]...),
		"version 0":       append([]byte{0}, ct[1:]...),
		"header only":     ct[:4],
	} {
		if got, err := k.Decrypt(bad, aad); err == nil {
			t.Errorf("%s: decrypted to %q", name, got)
		}
	}
	for _, other := range []string{"", "candidate.id_number:CHINESE_PASSPORT", aad + " ", strings.ToUpper(aad)} {
		if got, err := k.Decrypt(ct, other); !errors.Is(err, ErrDecrypt) {
			t.Errorf("aad %q: %q, %v; want ErrDecrypt", other, got, err)
		}
	}
	if got, err := mustKeys(t, master(8)).Decrypt(ct, aad); !errors.Is(err, ErrDecrypt) {
		t.Errorf("another key: %q, %v; want ErrDecrypt", got, err)
	}
	if got, err := k.Decrypt(ct, aad); err != nil || got != "11010519491231002X" {
		t.Errorf("the untouched ciphertext no longer decrypts: %q, %v", got, err)
	}
}

func TestSwappedCiphertextFails(t *testing.T) {
	k := mustKeys(t, master(7))
	a, _ := k.Encrypt("H12345678", "candidate:c1:id_number:HK_MACAO_TRAVEL_PERMIT")
	b, _ := k.Encrypt("E12345678", "candidate:c2:id_number:CHINESE_PASSPORT")
	if _, err := k.Decrypt(a, "candidate:c2:id_number:CHINESE_PASSPORT"); err == nil {
		t.Error("a ciphertext moved to another row decrypted")
	}
	if _, err := k.Decrypt(b, "candidate:c1:id_number:HK_MACAO_TRAVEL_PERMIT"); err == nil {
		t.Error("a ciphertext moved to another row decrypted")
	}
}

// hkdfSHA256 is RFC 5869 written out with HMAC, independent of crypto/hkdf:
// an empty salt is HashLen zero bytes; one block is enough for 32 bytes.
func hkdfSHA256(secret []byte, info string) []byte {
	ext := hmac.New(sha256.New, make([]byte, sha256.Size))
	ext.Write(secret)
	prk := ext.Sum(nil)
	exp := hmac.New(sha256.New, prk)
	exp.Write([]byte(info))
	exp.Write([]byte{1})
	return exp.Sum(nil)
}

func TestKeysAreHKDFOfTheMaster(t *testing.T) {
	m := DevMasterKey()
	encKey := hkdfSHA256(m, "ruankao id-number encryption v1")
	lookupKey := hkdfSHA256(m, "ruankao id-number lookup v1")
	if bytes.Equal(encKey, lookupKey) {
		t.Fatal("the two subkeys are equal")
	}
	k := mustKeys(t, m)

	// The lookup hash is HMAC-SHA256 under the lookup subkey over the
	// length-prefixed type and number.
	mac := hmac.New(sha256.New, lookupKey)
	mac.Write([]byte{0, 0, 0, 11})
	mac.Write([]byte("RESIDENT_ID"))
	mac.Write([]byte{0, 0, 0, 18})
	mac.Write([]byte("11010519491231002X"))
	if got, want := k.LookupHash("RESIDENT_ID", "11010519491231002X"), hex.EncodeToString(mac.Sum(nil)); got != want {
		t.Errorf("LookupHash = %s, want %s", got, want)
	}

	// A ciphertext opens with plain AES-256-GCM under the encryption subkey,
	// the nonce after the header (version 2, key id length, key id) and the
	// header in the aad.
	ct, err := k.Encrypt("11010519491231002X", "col")
	if err != nil {
		t.Fatal(err)
	}
	block, _ := aes.NewCipher(encKey)
	gcm, _ := cipher.NewGCM(block)
	plain, err := gcm.Open(nil, ct[4:16], ct[16:], []byte("\x02\x02k1col"))
	if err != nil || string(plain) != "11010519491231002X" {
		t.Errorf("independent AES-GCM open: %q, %v", plain, err)
	}
	// A version 1 ciphertext of the releases before key ids, sealed here by
	// hand (version byte, nonce, sealed; the version byte as the aad's
	// prefix), still opens under the legacy key id.
	nonce := []byte("twelve bytes")
	v1 := gcm.Seal(append([]byte{1}, nonce...), nonce, []byte("H12345678"), []byte("\x01col"))
	if got, err := k.Decrypt(v1, "col"); err != nil || got != "H12345678" {
		t.Errorf("version 1 ciphertext: %q, %v", got, err)
	}
	// The master key itself is neither subkey.
	if _, err := func() ([]byte, error) {
		b, _ := aes.NewCipher(m)
		g, _ := cipher.NewGCM(b)
		return g.Open(nil, ct[4:16], ct[16:], []byte("\x02\x02k1col"))
	}(); err == nil {
		t.Error("the master key opens the ciphertext: no key derivation")
	}
}

func TestLookupHash(t *testing.T) {
	k := mustKeys(t, master(7))
	h := k.LookupHash("RESIDENT_ID", "11010519491231002X")
	if len(h) != 64 {
		t.Errorf("hash %q has length %d, want 64 hex characters", h, len(h))
	}
	if _, err := hex.DecodeString(h); err != nil {
		t.Errorf("hash is not hex: %v", err)
	}
	if strings.Contains(h, "110105") || strings.Contains(strings.ToUpper(h), "002X") {
		t.Errorf("hash %s shows the number", h)
	}
	if h2 := k.LookupHash("RESIDENT_ID", "11010519491231002X"); h2 != h {
		t.Error("equal input, different hashes")
	}
	if h2 := mustKeys(t, master(7)).LookupHash("RESIDENT_ID", "11010519491231002X"); h2 != h {
		t.Error("same master key in a new Keys, different hash (would break after a restart)")
	}
	for name, other := range map[string]string{
		"another type":   k.LookupHash("HK_MACAO_RESIDENCE_PERMIT", "11010519491231002X"),
		"another number": k.LookupHash("RESIDENT_ID", "110105194912310021"),
		"another key":    mustKeys(t, master(8)).LookupHash("RESIDENT_ID", "11010519491231002X"),
		"lower-case x":   k.LookupHash("RESIDENT_ID", "11010519491231002x"),
		"no type":        k.LookupHash("", "11010519491231002X"),
		"plain SHA-256":  hex.EncodeToString(sha256Sum("RESIDENT_ID11010519491231002X")),
	} {
		if other == h {
			t.Errorf("%s gives the same hash", name)
		}
	}
	// Moving characters between the type and the number changes the hash.
	if k.LookupHash("AB", "C") == k.LookupHash("A", "BC") {
		t.Error(`("AB","C") and ("A","BC") hash alike`)
	}
	if k.LookupHash("", "") == k.LookupHash("\x00\x00\x00\x00", "") {
		t.Error("length prefix is ambiguous")
	}
}

func sha256Sum(s string) []byte {
	h := sha256.Sum256([]byte(s))
	return h[:]
}

func TestMask(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"210102199001011234", "2101**********1234"},
		{"11010519491231002X", "1101**********002X"},
		{"911398199012310021", "9113**********0021"},
		{"USA310085031512", "USA*********512"},
		{"H1234567801", "H1*******01"},
		{"1234567801", "12******01"},
		{"H12345678", "H1*****78"},
		{"E12345678", "E1*****78"},
		{"EA1234567", "EA*****67"},
		{"12345678", "12****78"},
		{"1234567", "1*****7"},
		{"1234", "1**4"},
		{"123", "***"},
		{"1", "*"},
		{"", ""},
		{"一二三四五六七八", "一二****七八"},
		{strings.Repeat("9", 30), "9999" + strings.Repeat("*", 22) + "9999"},
	} {
		if got := Mask(c.in); got != c.want {
			t.Errorf("Mask(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

func TestMaskNeverShowsMoreThanHalf(t *testing.T) {
	for n := range 41 {
		s := strings.Repeat("7", n)
		m := Mask(s)
		if utf8.RuneCountInString(m) != n {
			t.Errorf("length %d: mask %q has another length", n, m)
		}
		if shown := n - strings.Count(m, "*"); 2*shown > n {
			t.Errorf("length %d: %d characters shown", n, shown)
		}
	}
}

func TestDevMasterKey(t *testing.T) {
	k := DevMasterKey()
	if len(k) != 32 {
		t.Fatalf("dev key has %d bytes, want 32", len(k))
	}
	if string(k) != "INSECURE-ruankao-dev-demo-key-v1" {
		t.Errorf("dev key changed to %q: a developer's database would no longer decrypt", k)
	}
	k[0] = 'X'
	if DevMasterKey()[0] != 'I' {
		t.Error("changing the returned slice changed the dev key")
	}
	// Survives a restart: what one Keys encrypts, a new one decrypts.
	ct, err := mustKeys(t, DevMasterKey()).Encrypt("H12345678", "a")
	if err != nil {
		t.Fatal(err)
	}
	if got, err := mustKeys(t, DevMasterKey()).Decrypt(ct, "a"); err != nil || got != "H12345678" {
		t.Errorf("new Keys from the dev key: %q, %v", got, err)
	}
}
