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

// PathPrefix is the path under which signed URLs point.
const PathPrefix = "/files/"

// DefaultURLTTL is how long a signed URL lives unless configured otherwise.
const DefaultURLTTL = 5 * time.Minute

// MinKeyLen is the shortest accepted signing key, in bytes.
const MinKeyLen = 32

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

// Signer makes and checks signed URLs. It is safe for concurrent use.
type Signer struct {
	key []byte
	ttl time.Duration
}

// NewSigner makes a Signer with a secret key from configuration (at least
// MinKeyLen bytes of random data; every instance must share it) and the
// lifetime of the URLs it makes (0 means DefaultURLTTL).
func NewSigner(key []byte, ttl time.Duration) (*Signer, error) {
	if len(key) < MinKeyLen {
		return nil, fmt.Errorf("files: URL signing key must be at least %d bytes, got %d", MinKeyLen, len(key))
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
	return &Signer{key: append([]byte(nil), key...), ttl: ttl}, nil
}

// TTL is the lifetime of the URLs the signer makes.
func (s *Signer) TTL() time.Duration { return s.ttl }

// SignedURL is a URL to hand to a browser.
type SignedURL struct {
	// URL is the path and query: /files/{fileID}?exp=UNIX&v=VIEWER&sig=….
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
	sig := base64.RawURLEncoding.EncodeToString(s.mac(kind, fileID, viewer, exp))
	u := prefix + url.PathEscape(fileID) +
		"?exp=" + strconv.FormatInt(exp, 10) +
		"&v=" + url.QueryEscape(viewer) +
		"&sig=" + sig
	return SignedURL{URL: u, Expires: time.Unix(exp, 0).UTC()}, nil
}

// Verify checks a signed URL's parts: sig must be the signature of exactly
// this kind, fileID, viewer and exp, and now must be before exp. It returns
// ErrURLExpired for a genuine URL past its expiry and ErrURLInvalid for
// anything else. The comparison takes constant time.
func (s *Signer) Verify(kind, fileID, viewer string, exp int64, sig string, now time.Time) error {
	if kind == "" || fileID == "" || viewer == "" {
		return ErrURLInvalid
	}
	got, err := base64.RawURLEncoding.Strict().DecodeString(sig)
	if err != nil || len(got) != sha256.Size {
		return ErrURLInvalid
	}
	if !hmac.Equal(got, s.mac(kind, fileID, viewer, exp)) {
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
// domain label, then each string with its length in front, then the expiry.
func (s *Signer) mac(kind, fileID, viewer string, exp int64) []byte {
	m := hmac.New(sha256.New, s.key)
	var buf [binary.MaxVarintLen64]byte
	writeField := func(v string) {
		n := binary.PutUvarint(buf[:], uint64(len(v)))
		m.Write(buf[:n])
		m.Write([]byte(v))
	}
	writeField("ruankao/files/signed-url/v1")
	writeField(kind)
	writeField(fileID)
	writeField(viewer)
	var e [8]byte
	binary.BigEndian.PutUint64(e[:], uint64(exp))
	m.Write(e[:])
	return m.Sum(nil)
}
