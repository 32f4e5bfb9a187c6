package ticketsig

import (
	"crypto/ed25519"
	"crypto/x509"
	"encoding/base64"
	"encoding/pem"
	"fmt"
	"strings"
)

// ParsePrivateKey reads an Ed25519 private key from configuration: a PEM "PRIVATE KEY" block
// (PKCS #8, what `openssl genpkey -algorithm ed25519` writes) or the base64 (standard or URL
// alphabet, padded or not) of the 32-byte seed.
func ParsePrivateKey(text []byte) (ed25519.PrivateKey, error) {
	if block, _ := pem.Decode(text); block != nil {
		if block.Type != "PRIVATE KEY" {
			return nil, fmt.Errorf("ticketsig: PEM block %q, want PRIVATE KEY (PKCS #8)", block.Type)
		}
		k, err := x509.ParsePKCS8PrivateKey(block.Bytes)
		if err != nil {
			return nil, fmt.Errorf("ticketsig: %w", err)
		}
		priv, ok := k.(ed25519.PrivateKey)
		if !ok {
			return nil, fmt.Errorf("ticketsig: a %T, not an Ed25519 key", k)
		}
		return priv, nil
	}
	seed, err := decodeBase64(string(text))
	if err != nil || len(seed) != ed25519.SeedSize {
		return nil, fmt.Errorf("ticketsig: neither PEM nor the base64 of a %d-byte seed", ed25519.SeedSize)
	}
	return ed25519.NewKeyFromSeed(seed), nil
}

// ParsePublicKey reads an Ed25519 public key: a PEM "PUBLIC KEY" block (PKIX) or the base64 of
// its 32 bytes.
func ParsePublicKey(text []byte) (ed25519.PublicKey, error) {
	if block, _ := pem.Decode(text); block != nil {
		if block.Type != "PUBLIC KEY" {
			return nil, fmt.Errorf("ticketsig: PEM block %q, want PUBLIC KEY", block.Type)
		}
		k, err := x509.ParsePKIXPublicKey(block.Bytes)
		if err != nil {
			return nil, fmt.Errorf("ticketsig: %w", err)
		}
		pub, ok := k.(ed25519.PublicKey)
		if !ok {
			return nil, fmt.Errorf("ticketsig: a %T, not an Ed25519 key", k)
		}
		return pub, nil
	}
	raw, err := decodeBase64(string(text))
	if err != nil || len(raw) != ed25519.PublicKeySize {
		return nil, fmt.Errorf("ticketsig: neither PEM nor the base64 of a %d-byte key", ed25519.PublicKeySize)
	}
	return ed25519.PublicKey(raw), nil
}

// MarshalPublicKey writes pub as a PEM "PUBLIC KEY" block, for the door devices' configuration.
func MarshalPublicKey(pub ed25519.PublicKey) ([]byte, error) {
	der, err := x509.MarshalPKIXPublicKey(pub)
	if err != nil {
		return nil, fmt.Errorf("ticketsig: %w", err)
	}
	return pem.EncodeToMemory(&pem.Block{Type: "PUBLIC KEY", Bytes: der}), nil
}

func decodeBase64(s string) ([]byte, error) {
	s = strings.TrimSpace(s)
	s = strings.NewReplacer("-", "+", "_", "/").Replace(strings.TrimRight(s, "="))
	return base64.RawStdEncoding.DecodeString(s)
}
