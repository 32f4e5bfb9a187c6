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
)

func mustRing(t testing.TB, keys ...MasterKey) *Keys {
	t.Helper()
	k, err := NewKeyring(keys...)
	if err != nil {
		t.Fatalf("NewKeyring: %v", err)
	}
	return k
}

// sealV1 makes a version 1 ciphertext the way releases before key ids did:
// AES-256-GCM under the master's encryption subkey, version byte then nonce,
// the version byte as the aad's prefix.
func sealV1(t testing.TB, m []byte, plain, aad string) []byte {
	t.Helper()
	block, err := aes.NewCipher(hkdfSHA256(m, "ruankao id-number encryption v1"))
	if err != nil {
		t.Fatal(err)
	}
	gcm, _ := cipher.NewGCM(block)
	nonce := []byte("0123456789ab")
	return gcm.Seal(append([]byte{1}, nonce...), nonce, []byte(plain), append([]byte{1}, aad...))
}

func TestNewKeyringRefuses(t *testing.T) {
	good := MasterKey{ID: "k1", Secret: master(1)}
	for name, keys := range map[string][]MasterKey{
		"no key":         nil,
		"empty id":       {{ID: "", Secret: master(1)}},
		"id with colon":  {{ID: "k:1", Secret: master(1)}},
		"id with comma":  {{ID: "k,1", Secret: master(1)}},
		"id with space":  {{ID: "k 1", Secret: master(1)}},
		"id too long":    {{ID: strings.Repeat("k", 17), Secret: master(1)}},
		"non-ASCII id":   {{ID: "钥匙", Secret: master(1)}},
		"short secret":   {{ID: "k2", Secret: master(2)[:31]}, good},
		"id twice":       {{ID: "k1", Secret: master(2)}, good},
		"secret twice":   {{ID: "k2", Secret: master(1)}, good},
		"newest is dup":  {good, {ID: "k3", Secret: master(3)}, {ID: "k1", Secret: master(4)}},
		"nil old secret": {good, {ID: "k0"}},
	} {
		if _, err := NewKeyring(keys...); err == nil {
			t.Errorf("%s: accepted", name)
		}
	}
	k := mustRing(t, MasterKey{ID: "2026-12.a_B", Secret: master(2)}, good)
	if k.Newest() != "2026-12.a_B" || strings.Join(k.IDs(), ",") != "2026-12.a_B,k1" {
		t.Errorf("Newest %q, IDs %v", k.Newest(), k.IDs())
	}
	if !k.Has("k1") || k.Has("k3") {
		t.Error("Has")
	}
	if NewKeysID := mustKeys(t, master(1)).IDs(); len(NewKeysID) != 1 || NewKeysID[0] != LegacyKeyID {
		t.Errorf("NewKeys makes ids %v, want [%s]", NewKeysID, LegacyKeyID)
	}
}

// A database made before key ids holds version 1 ciphertexts under the single
// RUANKAO_DATA_KEY: they decrypt under that key as k1, alone or as the old key
// of a rotation, and nowhere else.
func TestLegacyVersion1(t *testing.T) {
	const aad = "candidate.id_number:RESIDENT_ID"
	v1 := sealV1(t, master(1), "11010519491231002X", aad)
	if id, v, err := KeyID(v1); err != nil || id != "k1" || v != 1 {
		t.Errorf("KeyID of a version 1 ciphertext: %q %d %v", id, v, err)
	}
	for name, k := range map[string]*Keys{
		"NewKeys":         mustKeys(t, master(1)),
		"k1 alone":        mustRing(t, MasterKey{"k1", master(1)}),
		"k1 as the old":   mustRing(t, MasterKey{"k2", master(2)}, MasterKey{"k1", master(1)}),
		"k1 in the midst": mustRing(t, MasterKey{"k3", master(3)}, MasterKey{"k1", master(1)}, MasterKey{"k0", master(9)}),
	} {
		if got, err := k.Decrypt(v1, aad); err != nil || got != "11010519491231002X" {
			t.Errorf("%s: %q, %v", name, got, err)
		}
		if k.IsCurrent(v1) {
			t.Errorf("%s: a version 1 ciphertext counts as current", name)
		}
	}
	if _, err := mustRing(t, MasterKey{"k2", master(1)}).Decrypt(v1, aad); !errors.Is(err, ErrUnknownKey) {
		t.Errorf("the right secret under another id: %v, want ErrUnknownKey (version 1 belongs to k1)", err)
	}
	if _, err := mustRing(t, MasterKey{"k1", master(2)}).Decrypt(v1, aad); !errors.Is(err, ErrDecrypt) {
		t.Errorf("a wrong k1: %v, want ErrDecrypt", err)
	}
	// The old hashes stay: k1's lookup hash is what a single key gave before.
	old := hkdfSHA256(master(1), "ruankao id-number lookup v1")
	k := mustRing(t, MasterKey{"k2", master(2)}, MasterKey{"k1", master(1)})
	hs := k.LookupHashes("RESIDENT_ID", "11010519491231002X")
	if len(hs) != 2 || hs[1] != hmacHex(old, "RESIDENT_ID", "11010519491231002X") {
		t.Errorf("LookupHashes[1] is not the legacy hash")
	}
}

func TestVersion2RoundTripAndRotationOrder(t *testing.T) {
	const aad = "totp:SF01"
	k1 := mustRing(t, MasterKey{"k1", master(1)})
	old, err := k1.Encrypt("JBSWY3DPEHPK3PXP", aad)
	if err != nil {
		t.Fatal(err)
	}
	if id, v, _ := KeyID(old); id != "k1" || v != 2 || !k1.IsCurrent(old) {
		t.Errorf("k1 alone writes %s v%d", id, v)
	}
	// Rotation: k2 comes first. New writes are under k2, old ones still open.
	both := mustRing(t, MasterKey{"k2", master(2)}, MasterKey{"k1", master(1)})
	neu, err := both.Encrypt("JBSWY3DPEHPK3PXP", aad)
	if err != nil {
		t.Fatal(err)
	}
	if id, _, _ := KeyID(neu); id != "k2" || !both.IsCurrent(neu) || both.IsCurrent(old) {
		t.Errorf("the rotated ring writes under %s; current: new %v, old %v", id, both.IsCurrent(neu), both.IsCurrent(old))
	}
	for name, ct := range map[string][]byte{"old": old, "new": neu} {
		if got, err := both.Decrypt(ct, aad); err != nil || got != "JBSWY3DPEHPK3PXP" {
			t.Errorf("[k2,k1] opens the %s ciphertext: %q, %v", name, got, err)
		}
	}
	// The old ring does not know k2: a clear error, not garbage.
	if got, err := k1.Decrypt(neu, aad); !errors.Is(err, ErrUnknownKey) || got != "" {
		t.Errorf("[k1] on a k2 ciphertext: %q, %v; want ErrUnknownKey", got, err)
	}
	// After re-encryption the old key leaves.
	k2 := mustRing(t, MasterKey{"k2", master(2)})
	if got, err := k2.Decrypt(neu, aad); err != nil || got != "JBSWY3DPEHPK3PXP" {
		t.Errorf("[k2] opens the new ciphertext: %q, %v", got, err)
	}
	if _, err := k2.Decrypt(old, aad); !errors.Is(err, ErrUnknownKey) {
		t.Errorf("[k2] on a k1 ciphertext: %v, want ErrUnknownKey", err)
	}
	if !strings.Contains(func() string { _, err := k2.Decrypt(old, aad); return err.Error() }(), "k1") {
		t.Error("ErrUnknownKey does not name the key id")
	}
	// A wrong k2 (another secret under the id) fails to authenticate.
	if _, err := mustRing(t, MasterKey{"k2", master(3)}).Decrypt(neu, aad); !errors.Is(err, ErrDecrypt) {
		t.Errorf("wrong k2: %v, want ErrDecrypt", err)
	}
	// Lookups: the newest hash first; LookupHash is the newest.
	hs := both.LookupHashes("RESIDENT_ID", "1")
	if hs[0] != both.LookupHash("RESIDENT_ID", "1") || hs[0] != k2.LookupHash("RESIDENT_ID", "1") ||
		hs[1] != k1.LookupHash("RESIDENT_ID", "1") || hs[0] == hs[1] {
		t.Error("LookupHashes is not [k2's, k1's]")
	}
}

// The key id is authenticated: relabelling a ciphertext with another id fails
// even where both ids open with the same AES key (two ids of one secret,
// which NewKeyring refuses, are built by hand here).
func TestAADBindsKeyID(t *testing.T) {
	a, err := derive("ka", master(5))
	if err != nil {
		t.Fatal(err)
	}
	b, _ := derive("kb", master(5))
	k := &Keys{ring: []*subkey{a, b}, byID: map[string]*subkey{"ka": a, "kb": b}}
	ct, err := k.Encrypt("11010519491231002X", "x")
	if err != nil {
		t.Fatal(err)
	}
	if got, err := k.Decrypt(ct, "x"); err != nil || got != "11010519491231002X" {
		t.Fatalf("round trip: %q, %v", got, err)
	}
	relabelled := bytes.Clone(ct)
	copy(relabelled[2:4], "kb")
	if got, err := k.Decrypt(relabelled, "x"); !errors.Is(err, ErrDecrypt) {
		t.Errorf("relabelled ka → kb: %q, %v; want ErrDecrypt", got, err)
	}
	// Nor can a version 2 ciphertext pass as version 1 under the same key.
	asV1 := append([]byte{1}, ct[4:]...)
	k.byID[LegacyKeyID] = a
	if got, err := k.Decrypt(asV1, "x"); !errors.Is(err, ErrDecrypt) {
		t.Errorf("version 2 relabelled as version 1: %q, %v; want ErrDecrypt", got, err)
	}
}

func TestKeyCheck(t *testing.T) {
	both := mustRing(t, MasterKey{"k2", master(2)}, MasterKey{"k1", master(1)})
	c1, err := both.SealCheck("k1")
	if err != nil {
		t.Fatal(err)
	}
	c2, _ := both.SealCheck("k2")
	if err := both.VerifyCheck("k1", c1); err != nil {
		t.Errorf("k1 check: %v", err)
	}
	if err := both.VerifyCheck("k2", c2); err != nil {
		t.Errorf("k2 check: %v", err)
	}
	if err := both.VerifyCheck("k2", c1); err == nil {
		t.Error("k1's check passes as k2's")
	}
	if _, err := both.SealCheck("k3"); !errors.Is(err, ErrUnknownKey) {
		t.Errorf("SealCheck of an unknown id: %v", err)
	}
	if err := mustRing(t, MasterKey{"k2", master(2)}).VerifyCheck("k1", c1); !errors.Is(err, ErrUnknownKey) {
		t.Errorf("k1 missing: %v, want ErrUnknownKey", err)
	}
	if err := mustRing(t, MasterKey{"k2", master(7)}).VerifyCheck("k2", c2); !errors.Is(err, ErrDecrypt) {
		t.Errorf("wrong k2: %v, want ErrDecrypt", err)
	}
	// A value of the same key is not a check.
	other, _ := both.Encrypt("ruankao pii key check", "candidate.id_number:RESIDENT_ID")
	if err := both.VerifyCheck("k2", other); err == nil {
		t.Error("an ordinary ciphertext passes as a key check")
	}
	if err := both.VerifyCheck("k2", nil); err == nil {
		t.Error("an empty check passes")
	}
}

func TestKeyIDErrors(t *testing.T) {
	for name, ct := range map[string][]byte{
		"empty": nil, "v2 without length": {2}, "v2 zero length": {2, 0, 'k'},
		"v2 length past the end": {2, 5, 'k'}, "v2 id only": {2, 2, 'k', '2'}, "v9": {9, 1, 2, 3},
	} {
		if id, _, err := KeyID(ct); err == nil {
			t.Errorf("%s: key id %q", name, id)
		}
	}
}

// hmacHex is the lookup hash written out: HMAC-SHA256 over each part with
// its 4-byte big-endian length in front.
func hmacHex(key []byte, parts ...string) string {
	m := hmac.New(sha256.New, key)
	for _, p := range parts {
		m.Write([]byte{byte(len(p) >> 24), byte(len(p) >> 16), byte(len(p) >> 8), byte(len(p))})
		m.Write([]byte(p))
	}
	return hex.EncodeToString(m.Sum(nil))
}
