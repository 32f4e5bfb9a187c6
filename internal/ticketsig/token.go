package ticketsig

import (
	"crypto/ed25519"
	"encoding/base64"
	"errors"
	"fmt"
	"time"
)

// Claims are what a ticket's token asserts; see the package comment for the encoding.
type Claims struct {
	TicketNo      string // 准考证号
	Session       string // session code, e.g. 2027H1
	Region        string // registration region code
	ApplicationID string
	SiteID        string
	Room          string // room code
	Seat          int    // 1-based seat number
	Expires       time.Time
}

// Errors of Verify; the returned error wraps exactly one of them (errors.Is).
var (
	ErrMalformed    = errors.New("ticketsig: malformed token")
	ErrUnknownKey   = errors.New("ticketsig: unknown key id")
	ErrBadSignature = errors.New("ticketsig: bad signature")
	ErrExpired      = errors.New("ticketsig: token expired")
)

const (
	version   = 1
	maxKeyID  = 16
	sigSize   = ed25519.SignatureSize
	headerMin = 2
)

var enc = base64.RawURLEncoding.Strict()

// Signer makes tokens with one private key. It is safe for concurrent use.
type Signer struct {
	keyID string
	priv  ed25519.PrivateKey
}

// NewSigner checks the key id (1–16 printable ASCII characters) and the key.
func NewSigner(keyID string, priv ed25519.PrivateKey) (*Signer, error) {
	if err := checkKeyID(keyID); err != nil {
		return nil, err
	}
	if len(priv) != ed25519.PrivateKeySize {
		return nil, fmt.Errorf("ticketsig: private key of %d bytes, want %d", len(priv), ed25519.PrivateKeySize)
	}
	return &Signer{keyID: keyID, priv: priv}, nil
}

// KeyID is the id written into the tokens.
func (s *Signer) KeyID() string { return s.keyID }

// Public is the key a Verifier needs for this signer's tokens.
func (s *Signer) Public() ed25519.PublicKey { return s.priv.Public().(ed25519.PublicKey) }

// Sign returns the token of c. The same claims and key give the same token (Ed25519 is
// deterministic), so re-printing a ticket prints the same QR code.
func (s *Signer) Sign(c Claims) (string, error) {
	msg := make([]byte, 0, 160)
	msg = append(msg, version, byte(len(s.keyID)))
	msg = append(msg, s.keyID...)
	msg, err := appendClaims(msg, c)
	if err != nil {
		return "", err
	}
	msg = append(msg, ed25519.Sign(s.priv, msg)...)
	return enc.EncodeToString(msg), nil
}

// Verifier checks tokens against the public keys it knows, by key id.
type Verifier struct {
	Keys map[string]ed25519.PublicKey
	// Now, when set, is the clock: a token is refused (ErrExpired) after its Expires. A door
	// device sets it; tests and audits that read old tokens may leave it nil.
	Now func() time.Time
}

// Verify returns the claims of a genuine token, or an error wrapping ErrMalformed,
// ErrUnknownKey, ErrBadSignature or ErrExpired. The signature is checked before the payload is
// read.
func (v *Verifier) Verify(token string) (Claims, error) {
	raw, err := enc.DecodeString(token)
	if err != nil {
		return Claims{}, fmt.Errorf("%w: %v", ErrMalformed, err)
	}
	if len(raw) < headerMin || raw[0] != version {
		return Claims{}, fmt.Errorf("%w: not a version %d token", ErrMalformed, version)
	}
	k := int(raw[1])
	if k < 1 || k > maxKeyID || len(raw) < headerMin+k+sigSize {
		return Claims{}, fmt.Errorf("%w: too short", ErrMalformed)
	}
	keyID := string(raw[headerMin : headerMin+k])
	pub, ok := v.Keys[keyID]
	if !ok || len(pub) != ed25519.PublicKeySize {
		return Claims{}, fmt.Errorf("%w %q", ErrUnknownKey, keyID)
	}
	msg, sig := raw[:len(raw)-sigSize], raw[len(raw)-sigSize:]
	if !ed25519.Verify(pub, msg, sig) {
		return Claims{}, ErrBadSignature
	}
	c, err := readClaims(msg[headerMin+k:])
	if err != nil {
		// Signed but unreadable: only a signer bug gets here.
		return Claims{}, fmt.Errorf("%w: %v", ErrMalformed, err)
	}
	if v.Now != nil && v.Now().After(c.Expires) {
		return c, fmt.Errorf("%w at %s", ErrExpired, c.Expires.UTC().Format(time.RFC3339))
	}
	return c, nil
}

func checkKeyID(id string) error {
	if len(id) < 1 || len(id) > maxKeyID {
		return fmt.Errorf("ticketsig: key id %q: 1 to %d characters", id, maxKeyID)
	}
	for i := 0; i < len(id); i++ {
		if id[i] <= ' ' || id[i] > '~' {
			return fmt.Errorf("ticketsig: key id %q: printable ASCII only", id)
		}
	}
	return nil
}
