// Package pii protects personal data at rest: ID numbers now, other sensitive
// personal information (PIPL 敏感个人信息) later.
//
// An ID number is stored twice, never in clear:
//
//   - encrypted with AES-256-GCM (Keys.Encrypt), bound through the additional
//     data to what the value is (e.g. "candidate.id_number:RESIDENT_ID"), so a
//     ciphertext copied into another row or column does not decrypt;
//   - as a keyed lookup hash (Keys.LookupHash, HMAC-SHA256), which finds equal
//     numbers of one type — for uniqueness and search — and says nothing
//     about the number to whoever lacks the key.
//
// Both keys are derived from one master key from configuration with HKDF
// (RFC 5869, SHA-256) under distinct info strings, so neither key can stand
// in for the other. Losing the master key loses every encrypted number;
// changing it orphans every stored hash: keep it in the secret store, back
// it up, never log it.
//
// Shown to anyone but the owner and the staff who open one application, a
// number is masked (Mask).
package pii

import (
	"crypto/aes"
	"crypto/cipher"
	"crypto/hkdf"
	"crypto/hmac"
	"crypto/rand"
	"crypto/sha256"
	"encoding/binary"
	"encoding/hex"
	"errors"
	"fmt"
)

// MinMasterKeyLen is the least number of bytes of a master key.
const MinMasterKeyLen = 32

// The HKDF info strings of the subkeys. Changing one changes the key: never
// edit them; a new scheme gets a new string (and a new version byte).
const (
	infoEncryption = "ruankao id-number encryption v1"
	infoLookup     = "ruankao id-number lookup v1"
)

// version1 is the first byte of every ciphertext Encrypt makes now:
// AES-256-GCM, 12-byte random nonce, 16-byte tag, the version byte and the
// caller's additional data authenticated.
const version1 byte = 1

const (
	nonceLen = 12
	tagLen   = 16
)

// Errors of Decrypt. They say nothing about the plaintext.
var (
	// ErrMalformed: too short to be a ciphertext.
	ErrMalformed = errors.New("pii: ciphertext malformed")
	// ErrUnknownVersion: the first byte names no scheme this build knows.
	ErrUnknownVersion = errors.New("pii: unknown ciphertext version")
	// ErrDecrypt: wrong key, wrong additional data, or tampered bytes.
	ErrDecrypt = errors.New("pii: ciphertext does not authenticate")
)

// Keys holds the subkeys derived from one master key. It is safe for
// concurrent use.
type Keys struct {
	aead   cipher.AEAD
	lookup []byte
}

// NewKeys derives the encryption key and the lookup key from master, which
// must be at least MinMasterKeyLen bytes of secret random data (e.g. 32 bytes
// from a CSPRNG, given base64-encoded in configuration). master is not kept.
func NewKeys(master []byte) (*Keys, error) {
	if len(master) < MinMasterKeyLen {
		return nil, fmt.Errorf("pii: master key has %d bytes, needs at least %d", len(master), MinMasterKeyLen)
	}
	encKey, err := hkdf.Key(sha256.New, master, nil, infoEncryption, 32)
	if err != nil {
		return nil, fmt.Errorf("pii: derive encryption key: %w", err)
	}
	lookupKey, err := hkdf.Key(sha256.New, master, nil, infoLookup, 32)
	if err != nil {
		return nil, fmt.Errorf("pii: derive lookup key: %w", err)
	}
	block, err := aes.NewCipher(encKey)
	if err != nil {
		return nil, fmt.Errorf("pii: %w", err)
	}
	aead, err := cipher.NewGCM(block)
	if err != nil {
		return nil, fmt.Errorf("pii: %w", err)
	}
	return &Keys{aead: aead, lookup: lookupKey}, nil
}

// Encrypt seals plaintext with AES-256-GCM under a fresh random 12-byte
// nonce. The result is the version byte (1), the nonce, then the ciphertext
// with its tag. aad is authenticated but not stored: pass what the value is
// and where it lives (e.g. "candidate.id_number:" + the ID type), and pass
// the same to Decrypt. Two encryptions of one value differ.
func (k *Keys) Encrypt(plaintext string, aad string) ([]byte, error) {
	out := make([]byte, 1+nonceLen, 1+nonceLen+len(plaintext)+tagLen)
	out[0] = version1
	if _, err := rand.Read(out[1 : 1+nonceLen]); err != nil {
		return nil, fmt.Errorf("pii: nonce: %w", err)
	}
	return k.aead.Seal(out, out[1:1+nonceLen], []byte(plaintext), additional(version1, aad)), nil
}

// Decrypt opens what Encrypt made with the same aad. Any change to the
// version byte, the nonce, the ciphertext or the aad, or another key, fails
// with ErrUnknownVersion or ErrDecrypt; a too short input with ErrMalformed.
func (k *Keys) Decrypt(ciphertext []byte, aad string) (string, error) {
	if len(ciphertext) == 0 {
		return "", ErrMalformed
	}
	if ciphertext[0] != version1 {
		return "", ErrUnknownVersion
	}
	if len(ciphertext) < 1+nonceLen+tagLen {
		return "", ErrMalformed
	}
	nonce, sealed := ciphertext[1:1+nonceLen], ciphertext[1+nonceLen:]
	plain, err := k.aead.Open(nil, nonce, sealed, additional(version1, aad))
	if err != nil {
		return "", ErrDecrypt
	}
	return string(plain), nil
}

// additional is GCM's additional data: the version byte, then the caller's aad.
func additional(version byte, aad string) []byte {
	b := make([]byte, 0, 1+len(aad))
	b = append(b, version)
	return append(b, aad...)
}

// LookupHash is HMAC-SHA256 under the lookup key over the ID type and the
// normalised number (what idcard.Check gives as Value), hex-encoded (64
// characters). Equal numbers of one type give equal hashes; the same number
// under another type, or under another master key, gives another. Each part
// is length-prefixed, so no two (type, number) pairs share an input.
// Normalise before hashing: "11010519491231002x" and "…002X" hash apart.
func (k *Keys) LookupHash(idType, normalisedNumber string) string {
	m := hmac.New(sha256.New, k.lookup)
	writePart(m, idType)
	writePart(m, normalisedNumber)
	return hex.EncodeToString(m.Sum(nil))
}

func writePart(w interface{ Write([]byte) (int, error) }, s string) {
	var n [4]byte
	binary.BigEndian.PutUint32(n[:], uint32(len(s)))
	_, _ = w.Write(n[:])
	_, _ = w.Write([]byte(s))
}

// devMasterKey is public on purpose: it is in the source code.
const devMasterKey = "INSECURE-ruankao-dev-demo-key-v1"

// DevMasterKey returns a fixed 32-byte master key, the ASCII text
// "INSECURE-ruankao-dev-demo-key-v1", for --dev and --demo only, so that a
// developer's SQLite file still decrypts after a restart. It is published in
// this source file and protects nothing: production must configure its own
// random master key (at least 32 bytes) and must refuse to start without
// one rather than fall back to this.
func DevMasterKey() []byte { return []byte(devMasterKey) }
