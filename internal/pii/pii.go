// Package pii protects personal data at rest: ID numbers and staff TOTP
// secrets now, other sensitive personal information (PIPL 敏感个人信息) later.
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
// # Keys and rotation
//
// Keys is a keyring: one or more master keys from configuration, each with a
// short key id, newest first. From each master key two subkeys are derived
// with HKDF (RFC 5869, SHA-256) under distinct info strings, so neither can
// stand in for the other: an AES-256-GCM key and an HMAC lookup key.
//
// Encrypt always uses the newest key and writes its id into the ciphertext
// (format version 2, below); Decrypt finds the key by that id, so old keys
// keep decrypting what they encrypted until the re-encryption job
// (internal/rekey) has moved everything to the newest key. A ciphertext under
// a key id the ring lacks fails with ErrUnknownKey, never with garbage.
//
// Ciphertexts of format version 1 (made before key ids existed) carry no key
// id: they are under the legacy key, the one with id LegacyKeyID ("k1"),
// which is what the single RUANKAO_DATA_KEY of earlier releases becomes.
//
// The lookup hash follows the key too: LookupHash uses the newest key's
// lookup subkey, LookupHashes gives the hash under every key of the ring, and
// a lookup matches any of them. The re-encryption job rewrites a row's hash
// in the same UPDATE as its ciphertext, so the pair always agrees. The
// alternative, a lookup key from a separate secret that never rotates, keeps
// one hash per number and single-valued lookups, but that secret could never
// change, and for the databases that exist it would have to be the old
// master key's derivation, so the old key could never leave configuration.
// The price of the chosen design is one HMAC per configured key per lookup
// and an IN of two hashes while a rotation is under way.
//
// Losing a master key loses every value still encrypted under it (and every
// backup made while it was in use); keep each key in the secret store and in
// the backups' key escrow, never log it.
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
	"crypto/subtle"
	"encoding/binary"
	"encoding/hex"
	"errors"
	"fmt"
)

// MinMasterKeyLen is the least number of bytes of a master key.
const MinMasterKeyLen = 32

// LegacyKeyID is the id of the key that decrypts version 1 ciphertexts (they
// carry no id): the single RUANKAO_DATA_KEY of releases before key rotation.
const LegacyKeyID = "k1"

// MaxKeyIDLen is the longest key id.
const MaxKeyIDLen = 16

// The HKDF info strings of the subkeys. Changing one changes the key: never
// edit them; a new scheme gets a new string (and a new version byte).
const (
	infoEncryption = "ruankao id-number encryption v1"
	infoLookup     = "ruankao id-number lookup v1"
)

// The first byte of a ciphertext says its format. Both are AES-256-GCM with a
// 12-byte random nonce and a 16-byte tag.
//
//	version 1: 0x01 | nonce | sealed                       aad: 0x01 | caller's aad
//	version 2: 0x02 | idLen | id | nonce | sealed          aad: 0x02 | idLen | id | caller's aad
//
// Version 1 is only read (under LegacyKeyID); Encrypt writes version 2, whose
// key id is authenticated: a ciphertext relabelled with another id fails.
const (
	version1 byte = 1
	version2 byte = 2
)

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
	// ErrUnknownKey: the ciphertext names a key id the keyring lacks (a key
	// removed from configuration too early, or never added).
	ErrUnknownKey = errors.New("pii: ciphertext under a key that is not configured")
	// ErrDecrypt: wrong key, wrong additional data, or tampered bytes.
	ErrDecrypt = errors.New("pii: ciphertext does not authenticate")
)

// MasterKey is one key of the configuration: its id and its secret (at
// least MinMasterKeyLen bytes of secret random data).
type MasterKey struct {
	ID     string
	Secret []byte
}

type subkey struct {
	id     string
	aead   cipher.AEAD
	lookup []byte
}

// Keys is a keyring: the subkeys derived from one or more master keys, the
// newest first. It is safe for concurrent use.
type Keys struct {
	ring []*subkey
	byID map[string]*subkey
}

// NewKeys makes a keyring of one master key with id LegacyKeyID, which must
// be at least MinMasterKeyLen bytes of secret random data (e.g. 32 bytes from
// a CSPRNG, given base64-encoded in configuration). master is not kept.
func NewKeys(master []byte) (*Keys, error) {
	return NewKeyring(MasterKey{ID: LegacyKeyID, Secret: master})
}

// NewKeyring makes a keyring of keys, the newest first: Encrypt uses
// keys[0], Decrypt any of them by id. Ids must be valid (CheckKeyID) and
// distinct, and no secret may appear twice. The secrets are not kept.
func NewKeyring(keys ...MasterKey) (*Keys, error) {
	if len(keys) == 0 {
		return nil, errors.New("pii: a keyring needs at least one key")
	}
	k := &Keys{byID: make(map[string]*subkey, len(keys))}
	seen := map[[32]byte]string{}
	for _, m := range keys {
		if err := CheckKeyID(m.ID); err != nil {
			return nil, err
		}
		if _, dup := k.byID[m.ID]; dup {
			return nil, fmt.Errorf("pii: key id %q given twice", m.ID)
		}
		if len(m.Secret) < MinMasterKeyLen {
			return nil, fmt.Errorf("pii: master key %s has %d bytes, needs at least %d", m.ID, len(m.Secret), MinMasterKeyLen)
		}
		fp := sha256.Sum256(m.Secret)
		if other, dup := seen[fp]; dup {
			return nil, fmt.Errorf("pii: keys %s and %s are the same secret", other, m.ID)
		}
		seen[fp] = m.ID
		sk, err := derive(m.ID, m.Secret)
		if err != nil {
			return nil, err
		}
		k.ring = append(k.ring, sk)
		k.byID[m.ID] = sk
	}
	return k, nil
}

func derive(id string, master []byte) (*subkey, error) {
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
	return &subkey{id: id, aead: aead, lookup: lookupKey}, nil
}

// CheckKeyID accepts 1 to MaxKeyIDLen characters of A–Z, a–z, 0–9, '.', '_'
// and '-' (so a key list "k2:…,k1:…" parses without quoting).
func CheckKeyID(id string) error {
	if len(id) < 1 || len(id) > MaxKeyIDLen {
		return fmt.Errorf("pii: key id %q: 1 to %d characters", id, MaxKeyIDLen)
	}
	for i := 0; i < len(id); i++ {
		c := id[i]
		if !('a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9' || c == '.' || c == '_' || c == '-') {
			return fmt.Errorf("pii: key id %q: only letters, digits, '.', '_' and '-'", id)
		}
	}
	return nil
}

// Newest is the id of the key Encrypt uses.
func (k *Keys) Newest() string { return k.ring[0].id }

// IDs lists the key ids, the newest first.
func (k *Keys) IDs() []string {
	ids := make([]string, len(k.ring))
	for i, sk := range k.ring {
		ids[i] = sk.id
	}
	return ids
}

// Has reports whether the ring holds the key id.
func (k *Keys) Has(id string) bool { _, ok := k.byID[id]; return ok }

// Encrypt seals plaintext with AES-256-GCM under the newest key and a fresh
// random 12-byte nonce, in format version 2: the version byte, the key id
// with its length, the nonce, then the ciphertext with its tag. aad is
// authenticated but not stored: pass what the value is and where it lives
// (e.g. "candidate.id_number:" + the ID type), and pass the same to Decrypt.
// Two encryptions of one value differ.
func (k *Keys) Encrypt(plaintext string, aad string) ([]byte, error) {
	return k.ring[0].seal(plaintext, aad)
}

func (sk *subkey) seal(plaintext, aad string) ([]byte, error) {
	h := 2 + len(sk.id)
	out := make([]byte, h+nonceLen, h+nonceLen+len(plaintext)+tagLen)
	out[0], out[1] = version2, byte(len(sk.id))
	copy(out[2:], sk.id)
	nonce := out[h : h+nonceLen]
	if _, err := rand.Read(nonce); err != nil {
		return nil, fmt.Errorf("pii: nonce: %w", err)
	}
	return sk.aead.Seal(out, nonce, []byte(plaintext), additional(out[:h], aad)), nil
}

// header splits a ciphertext into its header (version byte, and key id for
// version 2), the key id it names, the nonce and the sealed part.
func header(ciphertext []byte) (hdr []byte, id string, nonce, sealed []byte, err error) {
	if len(ciphertext) == 0 {
		return nil, "", nil, nil, ErrMalformed
	}
	h := 1
	switch ciphertext[0] {
	case version1:
		id = LegacyKeyID
	case version2:
		if len(ciphertext) < 2 {
			return nil, "", nil, nil, ErrMalformed
		}
		n := int(ciphertext[1])
		if n < 1 || n > MaxKeyIDLen || len(ciphertext) < 2+n {
			return nil, "", nil, nil, ErrMalformed
		}
		h = 2 + n
		id = string(ciphertext[2:h])
	default:
		return nil, "", nil, nil, ErrUnknownVersion
	}
	if len(ciphertext) < h+nonceLen+tagLen {
		return nil, "", nil, nil, ErrMalformed
	}
	return ciphertext[:h], id, ciphertext[h : h+nonceLen], ciphertext[h+nonceLen:], nil
}

// KeyID is the id of the key a ciphertext is under (LegacyKeyID for version
// 1) and its format version, read from its header without decrypting: what
// the re-encryption job counts. Errors: ErrMalformed, ErrUnknownVersion.
func KeyID(ciphertext []byte) (id string, version int, err error) {
	_, id, _, _, err = header(ciphertext)
	if err != nil {
		return "", 0, err
	}
	return id, int(ciphertext[0]), nil
}

// IsCurrent reports whether a ciphertext is in the current format under the
// newest key: nothing for the re-encryption job to do.
func (k *Keys) IsCurrent(ciphertext []byte) bool {
	id, v, err := KeyID(ciphertext)
	return err == nil && v == int(version2) && id == k.Newest()
}

// Decrypt opens what Encrypt made (under any key of the ring) with the same
// aad, and version 1 ciphertexts under LegacyKeyID. Any change to the header,
// the nonce, the ciphertext or the aad, or another key under the same id,
// fails with ErrUnknownVersion or ErrDecrypt; a key id the ring lacks with
// ErrUnknownKey; a too short input with ErrMalformed.
func (k *Keys) Decrypt(ciphertext []byte, aad string) (string, error) {
	hdr, id, nonce, sealed, err := header(ciphertext)
	if err != nil {
		return "", err
	}
	sk := k.byID[id]
	if sk == nil {
		return "", fmt.Errorf("%w: %s", ErrUnknownKey, id)
	}
	plain, err := sk.aead.Open(nil, nonce, sealed, additional(hdr, aad))
	if err != nil {
		return "", ErrDecrypt
	}
	return string(plain), nil
}

// additional is GCM's additional data: the header, then the caller's aad.
func additional(hdr []byte, aad string) []byte {
	b := make([]byte, 0, len(hdr)+len(aad))
	b = append(b, hdr...)
	return append(b, aad...)
}

// The key check: a known constant encrypted under one key, stored once per
// key id (internal/rekey), so that a start-up proves each configured key is
// the one that id named before — a wrong key is refused before it writes.
const (
	checkPlain = "ruankao pii key check"
	checkAAD   = "pii.key_check"
)

// SealCheck encrypts the key check constant under the key id.
func (k *Keys) SealCheck(id string) ([]byte, error) {
	sk := k.byID[id]
	if sk == nil {
		return nil, fmt.Errorf("%w: %s", ErrUnknownKey, id)
	}
	return sk.seal(checkPlain, checkAAD)
}

// VerifyCheck reports whether check is SealCheck(id) under the configured key
// of that id: nil, ErrUnknownKey (not configured) or ErrDecrypt (another key
// under the same id).
func (k *Keys) VerifyCheck(id string, check []byte) error {
	got, _, err := KeyID(check)
	if err != nil || got != id {
		return ErrDecrypt
	}
	plain, err := k.Decrypt(check, checkAAD)
	if err != nil {
		return err
	}
	if subtle.ConstantTimeCompare([]byte(plain), []byte(checkPlain)) != 1 {
		return ErrDecrypt
	}
	return nil
}

// LookupHash is HMAC-SHA256 under the newest key's lookup subkey over the ID
// type and the normalised number (what idcard.Check gives as Value),
// hex-encoded (64 characters): what a new row stores. Equal numbers of one
// type give equal hashes; the same number under another type, or under
// another master key, gives another. Each part is length-prefixed, so no two
// (type, number) pairs share an input. Normalise before hashing:
// "11010519491231002x" and "…002X" hash apart.
func (k *Keys) LookupHash(idType, normalisedNumber string) string {
	return k.ring[0].hash(idType, normalisedNumber)
}

// LookupHashes is the lookup hash under every key of the ring, the newest
// first: a lookup (uniqueness, search) matches a row whose hash is any of
// them, since rows not yet re-encrypted keep their old key's hash.
func (k *Keys) LookupHashes(idType, normalisedNumber string) []string {
	out := make([]string, len(k.ring))
	for i, sk := range k.ring {
		out[i] = sk.hash(idType, normalisedNumber)
	}
	return out
}

func (sk *subkey) hash(idType, normalisedNumber string) string {
	m := hmac.New(sha256.New, sk.lookup)
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
