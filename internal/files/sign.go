package files

import (
	"crypto/hmac"
	"crypto/sha256"
	"encoding/base64"
	"encoding/binary"
	"errors"
	"fmt"
	"net/url"
	"strconv"
	"strings"
	"time"
)

// Signed URLs
//
// A signed URL lets a browser fetch one file without a bearer token (an
// <img src> cannot send one). It names the file, the viewer it was issued to
// and its expiry, and carries an HMAC-SHA256 over those and the purpose
// (kind) of the file. Anyone who holds the URL can use it until it expires:
// that is why it lives only minutes, and why it must never be written into a
// log (server access logs included: log the path without the query), an
// audit record or an error message. The viewer in the URL says whom it was
// issued to: a request that carries a bearer token must carry that
// viewer's (internal/server refuses any other), and the file is reachable
// with the bearer token alone as well.
//
// Keys rotate: the signer holds one or more keys, each with a short id, the
// newest first. It signs with the newest and writes the key id into the
// signature parameter (sig=KEYID.MAC, the id covered by the MAC); it verifies
// with whichever configured key the URL names. URLs live minutes, so no job is
// needed: an old key can leave configuration once every instance signs with
// the new one and the URL lifetime (plus the clock skew) has passed. A
// signature without a key id (made before key ids existed) is checked under
// the key with id LegacyKeyID and the MAC of that time, so a rolling upgrade
// keeps the URLs already handed out.

// PathPrefix is the path under which signed URLs point.
const PathPrefix = "/files/"

// DefaultURLTTL is how long a signed URL lives unless configured otherwise.
const DefaultURLTTL = 5 * time.Minute

// MinKeyLen is the shortest accepted signing key, in bytes.
const MinKeyLen = 32

// LegacyKeyID is the id NewSigner gives its one key, and the key that checks
// signatures without a key id.
const LegacyKeyID = "k1"

// maxKeyIDLen is the longest key id.
const maxKeyIDLen = 16

// clockSkew is how far beyond the signer's TTL an expiry may lie (instances
// whose clocks differ a little, a TTL shortened by a new configuration).
const clockSkew = time.Minute

var (
	// ErrURLExpired: the URL was genuine but has expired; the client should
	// ask for a new one.
	ErrURLExpired = errors.New("files: signed URL expired")
	// ErrURLInvalid: the URL was not made by us for this file, viewer and
	// purpose, or was altered.
	ErrURLInvalid = errors.New("files: signed URL invalid")
)

// SigningKey is one URL signing key of the configuration.
type SigningKey struct {
	ID     string
	Secret []byte
}

// Signer makes and checks signed URLs. It is safe for concurrent use.
type Signer struct {
	keys []SigningKey // newest first, secrets copied
	byID map[string][]byte
	ttl  time.Duration
}

// NewSigner makes a Signer with one secret key from configuration (at least
// MinKeyLen bytes of random data; every instance must share it), id
// LegacyKeyID, and the lifetime of the URLs it makes (0 means DefaultURLTTL).
func NewSigner(key []byte, ttl time.Duration) (*Signer, error) {
	return NewKeyedSigner(ttl, SigningKey{ID: LegacyKeyID, Secret: key})
}

// NewKeyedSigner makes a Signer with several keys, the newest first: it signs
// with keys[0] and verifies with any. Ids are 1–16 letters, digits, '.', '_'
// or '-', distinct; no secret may appear twice.
func NewKeyedSigner(ttl time.Duration, keys ...SigningKey) (*Signer, error) {
	if len(keys) == 0 {
		return nil, errors.New("files: no URL signing key")
	}
	s := &Signer{byID: make(map[string][]byte, len(keys))}
	seen := map[string]string{}
	for _, k := range keys {
		if err := checkKeyID(k.ID); err != nil {
			return nil, err
		}
		if _, dup := s.byID[k.ID]; dup {
			return nil, fmt.Errorf("files: URL signing key id %q given twice", k.ID)
		}
		if len(k.Secret) < MinKeyLen {
			return nil, fmt.Errorf("files: URL signing key %s must be at least %d bytes, got %d", k.ID, MinKeyLen, len(k.Secret))
		}
		if other, dup := seen[string(k.Secret)]; dup {
			return nil, fmt.Errorf("files: URL signing keys %s and %s are the same secret", other, k.ID)
		}
		seen[string(k.Secret)] = k.ID
		secret := append([]byte(nil), k.Secret...)
		s.keys = append(s.keys, SigningKey{ID: k.ID, Secret: secret})
		s.byID[k.ID] = secret
	}
	if ttl < 0 {
		return nil, fmt.Errorf("files: negative URL lifetime %v", ttl)
	}
	if ttl == 0 {
		ttl = DefaultURLTTL
	}
	if ttl < time.Second {
		return nil, fmt.Errorf("files: URL lifetime %v is shorter than a second", ttl)
	}
	s.ttl = ttl
	return s, nil
}

func checkKeyID(id string) error {
	if len(id) < 1 || len(id) > maxKeyIDLen {
		return fmt.Errorf("files: key id %q: 1 to %d characters", id, maxKeyIDLen)
	}
	for i := 0; i < len(id); i++ {
		c := id[i]
		if !('a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9' || c == '.' || c == '_' || c == '-') {
			return fmt.Errorf("files: key id %q: only letters, digits, '.', '_' and '-'", id)
		}
	}
	return nil
}

// KeyIDs lists the key ids, the newest (the signing key) first.
func (s *Signer) KeyIDs() []string {
	ids := make([]string, len(s.keys))
	for i, k := range s.keys {
		ids[i] = k.ID
	}
	return ids
}

// KeyCheck is an HMAC of a constant under the key id: stored once per id
// (internal/rekey), it shows at start-up that every instance holds the same
// secret under an id, without revealing it. false when the id is unknown.
func (s *Signer) KeyCheck(id string) ([]byte, bool) {
	key, ok := s.byID[id]
	if !ok {
		return nil, false
	}
	m := hmac.New(sha256.New, key)
	m.Write([]byte("ruankao/files/signing-key-check/v1\x00" + id))
	return m.Sum(nil), true
}

// TTL is the lifetime of the URLs the signer makes.
func (s *Signer) TTL() time.Duration { return s.ttl }

// SignedURL is a URL to hand to a browser.
type SignedURL struct {
	// URL is the path and query: /files/{fileID}?exp=UNIX&v=VIEWER&sig=KEYID.MAC.
	URL string
	// Expires is when the URL stops working.
	Expires time.Time
}

// Sign makes a URL for the file fileID of the given kind (its purpose, e.g.
// "photo" or "material"), usable by the holder until now+TTL. fileID, viewer
// and kind must not be empty.
func (s *Signer) Sign(kind, fileID, viewer string, now time.Time) (SignedURL, error) {
	return s.SignUnder(PathPrefix, kind, fileID, viewer, now)
}

// SignUnder is Sign for a document served under another path (receipts,
// tickets); the kind keeps a URL of one purpose from opening another.
func (s *Signer) SignUnder(prefix, kind, fileID, viewer string, now time.Time) (SignedURL, error) {
	if kind == "" || fileID == "" || viewer == "" {
		return SignedURL{}, errors.New("files: Sign needs a kind, a file id and a viewer")
	}
	exp := now.Add(s.ttl).Unix()
	k := s.keys[0]
	sig := k.ID + "." + base64.RawURLEncoding.EncodeToString(mac(k.Secret, k.ID, kind, fileID, viewer, exp))
	u := prefix + url.PathEscape(fileID) +
		"?exp=" + strconv.FormatInt(exp, 10) +
		"&v=" + url.QueryEscape(viewer) +
		"&sig=" + sig
	return SignedURL{URL: u, Expires: time.Unix(exp, 0).UTC()}, nil
}

// Verify checks a signed URL's parts: sig must be the signature of exactly
// this kind, fileID, viewer and exp under the key it names (one of the
// signer's), and now must be before exp. It returns
// ErrURLExpired for a genuine URL past its expiry and ErrURLInvalid for
// anything else. The comparison takes constant time.
func (s *Signer) Verify(kind, fileID, viewer string, exp int64, sig string, now time.Time) error {
	if kind == "" || fileID == "" || viewer == "" {
		return ErrURLInvalid
	}
	keyID, encoded := LegacyKeyID, sig
	legacy := true
	if i := strings.LastIndexByte(sig, '.'); i >= 0 {
		keyID, encoded, legacy = sig[:i], sig[i+1:], false
		if checkKeyID(keyID) != nil {
			return ErrURLInvalid
		}
	}
	key, ok := s.byID[keyID]
	if !ok {
		return ErrURLInvalid // a key removed, or never ours
	}
	got, err := base64.RawURLEncoding.Strict().DecodeString(encoded)
	if err != nil || len(got) != sha256.Size {
		return ErrURLInvalid
	}
	want := mac(key, keyID, kind, fileID, viewer, exp)
	if legacy {
		want = macV1(key, kind, fileID, viewer, exp)
	}
	if !hmac.Equal(got, want) {
		return ErrURLInvalid
	}
	// Genuine: now judge the time. An expiry further ahead than any URL we
	// make is refused too (a key reused with a longer lifetime elsewhere).
	nowUnix := now.Unix()
	if nowUnix >= exp {
		return ErrURLExpired
	}
	if exp-nowUnix > int64((s.ttl+clockSkew)/time.Second) {
		return ErrURLInvalid
	}
	return nil
}

// VerifyQuery checks a request for a signed URL: fileID from the path, q from
// the URL's query. It returns the viewer the URL was issued to. A parameter
// that is missing, repeated or malformed is ErrURLInvalid.
func (s *Signer) VerifyQuery(kind, fileID string, q url.Values, now time.Time) (viewer string, err error) {
	one := func(name string) (string, bool) {
		v := q[name]
		if len(v) != 1 || v[0] == "" {
			return "", false
		}
		return v[0], true
	}
	expStr, ok1 := one("exp")
	viewer, ok2 := one("v")
	sig, ok3 := one("sig")
	if !ok1 || !ok2 || !ok3 {
		return "", ErrURLInvalid
	}
	exp, err := strconv.ParseInt(expStr, 10, 64)
	if err != nil || strconv.FormatInt(exp, 10) != expStr {
		return "", ErrURLInvalid // not canonical: "+123", "0123"
	}
	if err := s.Verify(kind, fileID, viewer, exp, sig, now); err != nil {
		return "", err
	}
	return viewer, nil
}

// mac is HMAC-SHA256 over an unambiguous encoding of the bound values: a
// domain label, then each string with its length in front (the key id
// first), then the expiry.
func mac(key []byte, keyID, kind, fileID, viewer string, exp int64) []byte {
	return macFields(key, "ruankao/files/signed-url/v2", []string{keyID, kind, fileID, viewer}, exp)
}

// macV1 is the MAC of the URLs made before key ids: no key id.
func macV1(key []byte, kind, fileID, viewer string, exp int64) []byte {
	return macFields(key, "ruankao/files/signed-url/v1", []string{kind, fileID, viewer}, exp)
}

func macFields(key []byte, label string, fields []string, exp int64) []byte {
	m := hmac.New(sha256.New, key)
	var buf [binary.MaxVarintLen64]byte
	writeField := func(v string) {
		n := binary.PutUvarint(buf[:], uint64(len(v)))
		m.Write(buf[:n])
		m.Write([]byte(v))
	}
	writeField(label)
	for _, f := range fields {
		writeField(f)
	}
	var e [8]byte
	binary.BigEndian.PutUint64(e[:], uint64(exp))
	m.Write(e[:])
	return m.Sum(nil)
}
