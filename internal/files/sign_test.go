package files

import (
	"bytes"
	"errors"
	"net/url"
	"strconv"
	"strings"
	"testing"
	"time"
)

var (
	testKey = bytes.Repeat([]byte{0x42}, 32)
	t0      = time.Date(2026, 3, 10, 8, 0, 0, 0, time.UTC)
)

func newSigner(t *testing.T, ttl time.Duration) *Signer {
	t.Helper()
	s, err := NewSigner(testKey, ttl)
	if err != nil {
		t.Fatal(err)
	}
	return s
}

// parse splits a signed URL into the file id and the query.
func parse(t *testing.T, raw string) (string, url.Values) {
	t.Helper()
	u, err := url.Parse(raw)
	if err != nil {
		t.Fatal(err)
	}
	if !strings.HasPrefix(u.Path, PathPrefix) {
		t.Fatalf("path %q lacks prefix %q", u.Path, PathPrefix)
	}
	return strings.TrimPrefix(u.Path, PathPrefix), u.Query()
}

func TestNewSigner(t *testing.T) {
	if _, err := NewSigner(testKey[:31], 0); err == nil {
		t.Error("31-byte key accepted")
	}
	if _, err := NewSigner(nil, 0); err == nil {
		t.Error("no key accepted")
	}
	if _, err := NewSigner(testKey, -time.Second); err == nil {
		t.Error("negative TTL accepted")
	}
	if _, err := NewSigner(testKey, time.Millisecond); err == nil {
		t.Error("sub-second TTL accepted")
	}
	if s := newSigner(t, 0); s.TTL() != DefaultURLTTL || DefaultURLTTL != 5*time.Minute {
		t.Errorf("default TTL = %v", s.TTL())
	}
	if s := newSigner(t, 2*time.Minute); s.TTL() != 2*time.Minute {
		t.Errorf("TTL = %v", s.TTL())
	}
	// The signer keeps its own copy of the key.
	key := bytes.Repeat([]byte{1}, 32)
	s, _ := NewSigner(key, 0)
	su, _ := s.Sign("photo", "FL01", "CA01", t0)
	key[0] = 2
	id, q := parse(t, su.URL)
	if _, err := s.VerifyQuery("photo", id, q, t0); err != nil {
		t.Errorf("changing the caller's key slice broke the signer: %v", err)
	}
}

func TestSignFormatAndVerify(t *testing.T) {
	s := newSigner(t, 0)
	su, err := s.Sign("photo", "FL01KABC", "CA01KXYZ", t0)
	if err != nil {
		t.Fatal(err)
	}
	wantExp := t0.Add(5 * time.Minute)
	if !su.Expires.Equal(wantExp) {
		t.Errorf("Expires = %v, want %v", su.Expires, wantExp)
	}
	wantPrefix := "/files/FL01KABC?exp=" + strconv.FormatInt(wantExp.Unix(), 10) + "&v=CA01KXYZ&sig="
	if !strings.HasPrefix(su.URL, wantPrefix) {
		t.Fatalf("URL = %q, want prefix %q", su.URL, wantPrefix)
	}
	sig, ok := strings.CutPrefix(strings.TrimPrefix(su.URL, wantPrefix), "k1.")
	if !ok || len(sig) != 43 || strings.ContainsAny(sig, "+/=") {
		t.Errorf("sig %q is not the key id k1, a dot and unpadded base64url of 32 bytes", sig)
	}
	id, q := parse(t, su.URL)
	viewer, err := s.VerifyQuery("photo", id, q, t0)
	if err != nil || viewer != "CA01KXYZ" {
		t.Errorf("VerifyQuery = %q, %v", viewer, err)
	}
	// Deterministic: same inputs, same URL.
	again, _ := s.Sign("photo", "FL01KABC", "CA01KXYZ", t0)
	if again != su {
		t.Errorf("signing is not deterministic: %q vs %q", again.URL, su.URL)
	}
}

func TestSignRejectsEmpty(t *testing.T) {
	s := newSigner(t, 0)
	for _, c := range [][3]string{{"", "F", "V"}, {"photo", "", "V"}, {"photo", "F", ""}} {
		if _, err := s.Sign(c[0], c[1], c[2], t0); err == nil {
			t.Errorf("Sign%q accepted", c)
		}
	}
}

func TestVerifyExpiry(t *testing.T) {
	s := newSigner(t, 0)
	su, _ := s.Sign("material", "FL01", "ST01", t0)
	id, q := parse(t, su.URL)
	for _, c := range []struct {
		at   time.Time
		want error
	}{
		{t0, nil},
		{t0.Add(5*time.Minute - time.Second), nil},
		{t0.Add(5*time.Minute - time.Nanosecond), nil},
		{t0.Add(5 * time.Minute), ErrURLExpired},
		{t0.Add(time.Hour), ErrURLExpired},
	} {
		if _, err := s.VerifyQuery("material", id, q, c.at); !errors.Is(err, c.want) {
			t.Errorf("at +%v: err = %v, want %v", c.at.Sub(t0), err, c.want)
		}
	}
}

func TestVerifyRejectsAlteredOrRebound(t *testing.T) {
	s := newSigner(t, 0)
	su, _ := s.Sign("photo", "FL01KABC", "CA01KXYZ", t0)
	id, q := parse(t, su.URL)
	exp, _ := strconv.ParseInt(q.Get("exp"), 10, 64)
	sig := q.Get("sig")

	if err := s.Verify("photo", id, "CA01KXYZ", exp, sig, t0); err != nil {
		t.Fatalf("genuine URL refused: %v", err)
	}
	flip := func(s string) string {
		b := []byte(s)
		if b[5] == 'A' {
			b[5] = 'B'
		} else {
			b[5] = 'A'
		}
		return string(b)
	}
	cases := []struct {
		name               string
		kind, file, viewer string
		exp                int64
		sig                string
	}{
		{"other file", "photo", "FL01KABD", "CA01KXYZ", exp, sig},
		{"other viewer", "photo", id, "CA01KXYY", exp, sig},
		{"other kind", "material", id, "CA01KXYZ", exp, sig},
		{"later expiry", "photo", id, "CA01KXYZ", exp + 1, sig},
		{"earlier expiry", "photo", id, "CA01KXYZ", exp - 1, sig},
		{"altered sig", "photo", id, "CA01KXYZ", exp, flip(sig)},
		{"truncated sig", "photo", id, "CA01KXYZ", exp, sig[:42]},
		{"padded sig", "photo", id, "CA01KXYZ", exp, sig + "="},
		{"empty sig", "photo", id, "CA01KXYZ", exp, ""},
		{"not base64", "photo", id, "CA01KXYZ", exp, strings.Repeat("*", 43)},
		{"empty viewer", "photo", id, "", exp, sig},
		{"field boundary moved", "photo", "FL01KABCC", "A01KXYZ", exp, sig},
	}
	for _, c := range cases {
		if err := s.Verify(c.kind, c.file, c.viewer, c.exp, c.sig, t0); !errors.Is(err, ErrURLInvalid) {
			t.Errorf("%s: err = %v, want ErrURLInvalid", c.name, err)
		}
	}

	// Another key.
	other, _ := NewSigner(bytes.Repeat([]byte{0x43}, 32), 0)
	if err := other.Verify("photo", id, "CA01KXYZ", exp, sig, t0); !errors.Is(err, ErrURLInvalid) {
		t.Errorf("other key: err = %v", err)
	}
	// Expired and altered: altered wins (only genuine URLs are "expired").
	if err := s.Verify("photo", id, "CA01KXYY", exp, sig, t0.Add(time.Hour)); !errors.Is(err, ErrURLInvalid) {
		t.Errorf("altered and expired: err = %v", err)
	}
}

func TestVerifyRejectsFarExpiry(t *testing.T) {
	long := newSigner(t, 24*time.Hour) // same key, longer lifetime
	short := newSigner(t, 0)
	su, _ := long.Sign("photo", "FL01", "CA01", t0)
	id, q := parse(t, su.URL)
	if _, err := long.VerifyQuery("photo", id, q, t0); err != nil {
		t.Fatalf("long signer refuses its own URL: %v", err)
	}
	if _, err := short.VerifyQuery("photo", id, q, t0); !errors.Is(err, ErrURLInvalid) {
		t.Errorf("expiry a day ahead accepted by a 5-minute signer: %v", err)
	}
	// Within TTL plus skew is fine (an instance whose clock is a little behind).
	su, _ = short.Sign("photo", "FL01", "CA01", t0)
	id, q = parse(t, su.URL)
	if _, err := short.VerifyQuery("photo", id, q, t0.Add(-30*time.Second)); err != nil {
		t.Errorf("30 s clock skew refused: %v", err)
	}
}

func TestVerifyQueryMalformed(t *testing.T) {
	s := newSigner(t, 0)
	su, _ := s.Sign("photo", "FL01", "CA01", t0)
	id, q := parse(t, su.URL)
	mutate := map[string]func(url.Values){
		"missing exp":      func(v url.Values) { v.Del("exp") },
		"missing viewer":   func(v url.Values) { v.Del("v") },
		"missing sig":      func(v url.Values) { v.Del("sig") },
		"repeated exp":     func(v url.Values) { v.Add("exp", v.Get("exp")) },
		"repeated viewer":  func(v url.Values) { v.Add("v", "CA02") },
		"repeated sig":     func(v url.Values) { v.Add("sig", v.Get("sig")) },
		"exp not a number": func(v url.Values) { v.Set("exp", "soon") },
		"exp with plus":    func(v url.Values) { v.Set("exp", "+"+v.Get("exp")) },
		"exp leading zero": func(v url.Values) { v.Set("exp", "0"+v.Get("exp")) },
		"empty viewer":     func(v url.Values) { v.Set("v", "") },
	}
	for name, m := range mutate {
		v := url.Values{}
		for k, vs := range q {
			v[k] = append([]string(nil), vs...)
		}
		m(v)
		if _, err := s.VerifyQuery("photo", id, v, t0); !errors.Is(err, ErrURLInvalid) {
			t.Errorf("%s: err = %v, want ErrURLInvalid", name, err)
		}
	}
}

func TestSignEscapesIDs(t *testing.T) {
	s := newSigner(t, 0)
	fileID, viewer := "a b/../c?d", "v&sig=x#y"
	su, err := s.Sign("photo", fileID, viewer, t0)
	if err != nil {
		t.Fatal(err)
	}
	u, err := url.Parse(su.URL)
	if err != nil {
		t.Fatal(err)
	}
	if u.Fragment != "" || len(u.Query()["sig"]) != 1 {
		t.Fatalf("URL %q not escaped", su.URL)
	}
	gotID := strings.TrimPrefix(u.Path, PathPrefix)
	if gotID != fileID {
		t.Errorf("file id round trip = %q, want %q", gotID, fileID)
	}
	got, err := s.VerifyQuery("photo", gotID, u.Query(), t0)
	if err != nil || got != viewer {
		t.Errorf("VerifyQuery = %q, %v", got, err)
	}
}
