package files

import (
	"bytes"
	"crypto/hmac"
	"crypto/sha256"
	"encoding/base64"
	"encoding/binary"
	"errors"
	"strconv"
	"strings"
	"testing"
	"time"
)

var (
	oldKey = bytes.Repeat([]byte{0x11}, 32)
	newKey = bytes.Repeat([]byte{0x22}, 32)
)

func keyed(t *testing.T, keys ...SigningKey) *Signer {
	t.Helper()
	s, err := NewKeyedSigner(0, keys...)
	if err != nil {
		t.Fatal(err)
	}
	return s
}

// A rotation: URLs made under the old key verify while it is configured
// beside the new one, and stop once it is removed; new URLs are signed with
// the newest key.
func TestSignedURLKeyRotation(t *testing.T) {
	before := keyed(t, SigningKey{"s1", oldKey})
	during := keyed(t, SigningKey{"s2", newKey}, SigningKey{"s1", oldKey})
	after := keyed(t, SigningKey{"s2", newKey})

	old, _ := before.Sign("photo", "FL01", "CA01", t0)
	id, q := parse(t, old.URL)
	if !strings.HasPrefix(q.Get("sig"), "s1.") {
		t.Fatalf("sig %q does not name s1", q.Get("sig"))
	}
	if _, err := during.VerifyQuery("photo", id, q, t0.Add(time.Minute)); err != nil {
		t.Errorf("old URL during the rotation: %v", err)
	}
	if _, err := after.VerifyQuery("photo", id, q, t0.Add(time.Minute)); !errors.Is(err, ErrURLInvalid) {
		t.Errorf("old URL after the old key left: %v, want ErrURLInvalid", err)
	}

	neu, _ := during.Sign("photo", "FL01", "CA01", t0)
	id, q = parse(t, neu.URL)
	if !strings.HasPrefix(q.Get("sig"), "s2.") {
		t.Errorf("the rotated signer signs with %q, want s2", q.Get("sig"))
	}
	for name, s := range map[string]*Signer{"during": during, "after": after} {
		if _, err := s.VerifyQuery("photo", id, q, t0); err != nil {
			t.Errorf("new URL %s: %v", name, err)
		}
	}
	if _, err := before.VerifyQuery("photo", id, q, t0); !errors.Is(err, ErrURLInvalid) {
		t.Errorf("an instance without s2 accepted an s2 URL: %v", err)
	}
	if got := strings.Join(during.KeyIDs(), ","); got != "s2,s1" {
		t.Errorf("KeyIDs = %s", got)
	}
}

// The key id is bound by the MAC: relabelling a signature with another id
// fails even where both ids hold the same secret (which the constructor
// refuses; the map is set by hand).
func TestSignedURLKeyIDBound(t *testing.T) {
	s := keyed(t, SigningKey{"s2", newKey}, SigningKey{"s1", oldKey})
	s.byID["s3"] = s.byID["s2"]
	su, _ := s.Sign("photo", "FL01", "CA01", t0)
	_, q := parse(t, su.URL)
	exp, _ := strconv.ParseInt(q.Get("exp"), 10, 64)
	sig := q.Get("sig")
	for name, bad := range map[string]string{
		"relabelled":     "s3" + strings.TrimPrefix(sig, "s2"),
		"other old key":  "s1" + strings.TrimPrefix(sig, "s2"),
		"unknown key":    "s9" + strings.TrimPrefix(sig, "s2"),
		"empty key id":   strings.TrimPrefix(sig, "s2"),
		"bad key id":     "s 2" + strings.TrimPrefix(sig, "s2"),
		"id without mac": "s2.",
		"two dots":       "s2.." + strings.TrimPrefix(sig, "s2."),
	} {
		if err := s.Verify("photo", "FL01", "CA01", exp, bad, t0); !errors.Is(err, ErrURLInvalid) {
			t.Errorf("%s (%q): %v, want ErrURLInvalid", name, bad, err)
		}
	}
}

// A URL handed out before key ids (sig is the bare MAC, label v1) keeps
// verifying under the legacy key k1 for its few minutes.
func TestSignedURLWithoutKeyID(t *testing.T) {
	m := hmac.New(sha256.New, oldKey)
	var buf [binary.MaxVarintLen64]byte
	for _, f := range []string{"ruankao/files/signed-url/v1", "photo", "FL01", "CA01"} {
		n := binary.PutUvarint(buf[:], uint64(len(f)))
		m.Write(buf[:n])
		m.Write([]byte(f))
	}
	exp := t0.Add(5 * time.Minute).Unix()
	var e [8]byte
	binary.BigEndian.PutUint64(e[:], uint64(exp))
	m.Write(e[:])
	sig := base64.RawURLEncoding.EncodeToString(m.Sum(nil))

	if err := keyed(t, SigningKey{"s2", newKey}, SigningKey{"k1", oldKey}).Verify("photo", "FL01", "CA01", exp, sig, t0); err != nil {
		t.Errorf("a legacy URL under k1: %v", err)
	}
	legacy, _ := NewSigner(oldKey, 0)
	if err := legacy.Verify("photo", "FL01", "CA01", exp, sig, t0); err != nil {
		t.Errorf("a legacy URL under NewSigner's key: %v", err)
	}
	if err := keyed(t, SigningKey{"s1", oldKey}).Verify("photo", "FL01", "CA01", exp, sig, t0); !errors.Is(err, ErrURLInvalid) {
		t.Errorf("a legacy URL with no k1 configured: %v", err)
	}
	if err := legacy.Verify("photo", "FL01", "CA02", exp, sig, t0); !errors.Is(err, ErrURLInvalid) {
		t.Errorf("a legacy URL for another viewer: %v", err)
	}
}

func TestNewKeyedSignerRefuses(t *testing.T) {
	for name, keys := range map[string][]SigningKey{
		"none":         nil,
		"empty id":     {{"", newKey}},
		"id with ':'":  {{"a:b", newKey}},
		"long id":      {{strings.Repeat("a", 17), newKey}},
		"short secret": {{"s2", newKey[:31]}},
		"id twice":     {{"s2", newKey}, {"s2", oldKey}},
		"secret twice": {{"s2", newKey}, {"s1", newKey}},
	} {
		if _, err := NewKeyedSigner(0, keys...); err == nil {
			t.Errorf("%s: accepted", name)
		}
	}
	s := keyed(t, SigningKey{"s2", newKey}, SigningKey{"s1", oldKey})
	c2, _ := s.KeyCheck("s2")
	c1, _ := s.KeyCheck("s1")
	again, _ := keyed(t, SigningKey{"s2", newKey}).KeyCheck("s2")
	wrong, _ := keyed(t, SigningKey{"s2", oldKey}).KeyCheck("s2")
	if bytes.Equal(c1, c2) || !bytes.Equal(c2, again) || bytes.Equal(c2, wrong) {
		t.Error("KeyCheck does not tell the keys apart, or differs for one key")
	}
	if _, ok := s.KeyCheck("s9"); ok {
		t.Error("KeyCheck of an unknown id")
	}
}
