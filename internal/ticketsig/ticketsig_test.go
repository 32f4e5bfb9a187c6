package ticketsig

import (
	"crypto/ed25519"
	"crypto/x509"
	"encoding/base64"
	"encoding/pem"
	"errors"
	"strings"
	"testing"
	"time"
)

func testKey(seed byte) ed25519.PrivateKey {
	s := make([]byte, ed25519.SeedSize)
	for i := range s {
		s[i] = seed + byte(i)
	}
	return ed25519.NewKeyFromSeed(s)
}

func sample() Claims {
	return Claims{
		TicketNo:      "210200271010012345",
		Session:       "2027H1",
		Region:        "210200",
		ApplicationID: "AP01JQ8Z3K5V7W9X1Y2Z3A4B5C6D",
		SiteID:        "ST01JQ8Z3M0000000000000000AB",
		Room:          "0312",
		Seat:          27,
		Expires:       time.Date(2027, 5, 23, 10, 0, 0, 0, time.UTC),
	}
}

func setup(t *testing.T) (*Signer, *Verifier) {
	t.Helper()
	s, err := NewSigner("k1", testKey(1))
	if err != nil {
		t.Fatal(err)
	}
	return s, &Verifier{Keys: map[string]ed25519.PublicKey{"k1": s.Public()}}
}

func TestRoundTrip(t *testing.T) {
	s, v := setup(t)
	for _, c := range []Claims{
		sample(),
		func() Claims { // nothing packable: every field raw
			c := sample()
			c.TicketNo, c.Session, c.Region = "A-0012", "DEMO-PRINT", "兵团"
			c.ApplicationID, c.SiteID, c.Room = "AP01jq8z3k5v7w9x1y2z3a4b5c6d", "site 9", "A楼301"
			c.Seat = 1 << 20
			return c
		}(),
		func() Claims { c := sample(); c.TicketNo, c.Room = "0000000000000000012", "007"; return c }(),
	} {
		tok, err := s.Sign(c)
		if err != nil {
			t.Fatal(err)
		}
		got, err := v.Verify(tok)
		if err != nil {
			t.Fatalf("%+v: %v", c, err)
		}
		if got != c {
			t.Errorf("got %+v\nwant %+v", got, c)
		}
		if strings.ContainsAny(tok, "=+/") {
			t.Errorf("not unpadded base64url: %s", tok)
		}
	}
	tok, _ := s.Sign(sample())
	if len(tok) >= 200 {
		t.Errorf("a typical token is %d characters, want < 200", len(tok))
	}
	t.Logf("typical token: %d characters", len(tok))
	if again, _ := s.Sign(sample()); again != tok {
		t.Error("signing twice gave two tokens")
	}
}

func TestAlteredByteRefused(t *testing.T) {
	s, v := setup(t)
	tok, _ := s.Sign(sample())
	raw, _ := base64.RawURLEncoding.DecodeString(tok)
	for i := range raw {
		alt := append([]byte(nil), raw...)
		alt[i] ^= 0x01
		_, err := v.Verify(base64.RawURLEncoding.EncodeToString(alt))
		if err == nil {
			t.Fatalf("byte %d altered: accepted", i)
		}
		// Past the header, every change is the signature's to catch.
		if i >= 2+len("k1") && !errors.Is(err, ErrBadSignature) {
			t.Errorf("byte %d altered: %v, want ErrBadSignature", i, err)
		}
	}
}

func TestForgedRefused(t *testing.T) {
	_, v := setup(t)
	forger, _ := NewSigner("k1", testKey(2)) // the right key id, another key
	tok, _ := forger.Sign(sample())
	if _, err := v.Verify(tok); !errors.Is(err, ErrBadSignature) {
		t.Errorf("forged token: %v, want ErrBadSignature", err)
	}
}

func TestUnknownKeyRefused(t *testing.T) {
	_, v := setup(t)
	other, _ := NewSigner("k2", testKey(1))
	tok, _ := other.Sign(sample())
	if _, err := v.Verify(tok); !errors.Is(err, ErrUnknownKey) {
		t.Errorf("token of key k2: %v, want ErrUnknownKey", err)
	}
}

func TestTruncatedRefused(t *testing.T) {
	s, v := setup(t)
	tok, _ := s.Sign(sample())
	for n := range len(tok) {
		if _, err := v.Verify(tok[:n]); err == nil {
			t.Fatalf("cut to %d characters: accepted", n)
		}
	}
	for _, bad := range []string{tok + "A", tok + "=", " " + tok, strings.ToUpper(tok[:1]) + "!" + tok[2:]} {
		if _, err := v.Verify(bad); err == nil {
			t.Errorf("%q accepted", bad)
		}
	}
	if _, err := v.Verify(""); !errors.Is(err, ErrMalformed) {
		t.Errorf("empty token: %v, want ErrMalformed", err)
	}
}

func TestExpiry(t *testing.T) {
	s, v := setup(t)
	tok, _ := s.Sign(sample())
	v.Now = func() time.Time { return sample().Expires.Add(-time.Minute) }
	if _, err := v.Verify(tok); err != nil {
		t.Errorf("before expiry: %v", err)
	}
	v.Now = func() time.Time { return sample().Expires.Add(time.Second) }
	if _, err := v.Verify(tok); !errors.Is(err, ErrExpired) {
		t.Errorf("after expiry: %v, want ErrExpired", err)
	}
}

func TestSignRefusesIncompleteClaims(t *testing.T) {
	s, _ := setup(t)
	for name, change := range map[string]func(*Claims){
		"no ticket":  func(c *Claims) { c.TicketNo = "" },
		"no room":    func(c *Claims) { c.Room = "" },
		"no seat":    func(c *Claims) { c.Seat = 0 },
		"no expires": func(c *Claims) { c.Expires = time.Time{} },
	} {
		c := sample()
		change(&c)
		if _, err := s.Sign(c); err == nil {
			t.Errorf("%s: signed", name)
		}
	}
	for _, id := range []string{"", "a b", strings.Repeat("k", 17), "密钥"} {
		if _, err := NewSigner(id, testKey(1)); err == nil {
			t.Errorf("key id %q accepted", id)
		}
	}
}

func TestParseKeys(t *testing.T) {
	priv := testKey(3)
	der, err := x509.MarshalPKCS8PrivateKey(priv)
	if err != nil {
		t.Fatal(err)
	}
	pemKey := pem.EncodeToMemory(&pem.Block{Type: "PRIVATE KEY", Bytes: der})
	seed := priv.Seed()
	for name, text := range map[string][]byte{
		"pem":        pemKey,
		"std base64": []byte(base64.StdEncoding.EncodeToString(seed) + "\n"),
		"url base64": []byte(base64.RawURLEncoding.EncodeToString(seed)),
	} {
		got, err := ParsePrivateKey(text)
		if err != nil || !got.Equal(priv) {
			t.Errorf("%s: %v", name, err)
		}
	}
	if _, err := ParsePrivateKey([]byte("c2hvcnQ")); err == nil {
		t.Error("a short seed accepted")
	}
	pub := priv.Public().(ed25519.PublicKey)
	pubPEM, err := MarshalPublicKey(pub)
	if err != nil {
		t.Fatal(err)
	}
	for name, text := range map[string][]byte{
		"pem": pubPEM, "base64": []byte(base64.StdEncoding.EncodeToString(pub)),
	} {
		got, err := ParsePublicKey(text)
		if err != nil || !got.Equal(pub) {
			t.Errorf("public %s: %v", name, err)
		}
	}
	if _, err := ParsePublicKey(pemKey); err == nil {
		t.Error("a private key PEM accepted as public")
	}
}

func TestULID(t *testing.T) {
	for _, s := range []string{"01JQ8Z3K5V7W9X1Y2Z3A4B5C6D", "00000000000000000000000000", "7ZZZZZZZZZZZZZZZZZZZZZZZZZ"} {
		if len(s) != ulidLen {
			continue
		}
		id, ok := decodeULID(s)
		if !ok || encodeULID(id) != s {
			t.Errorf("%s: %v %s", s, ok, encodeULID(id))
		}
	}
	for _, s := range []string{"8ZZZZZZZZZZZZZZZZZZZZZZZZZ", "0000000000000000000000000I"} {
		if _, ok := decodeULID(s); ok {
			t.Errorf("%s packed", s)
		}
	}
}

func BenchmarkSign(b *testing.B) {
	s, _ := NewSigner("k1", testKey(1))
	c := sample()
	for b.Loop() {
		if _, err := s.Sign(c); err != nil {
			b.Fatal(err)
		}
	}
}
