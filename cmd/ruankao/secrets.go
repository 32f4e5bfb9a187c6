package main

import (
	"crypto/ed25519"
	"crypto/rand"
	"encoding/base64"
	"fmt"
	"log/slog"
	"os"
	"strings"

	"github.com/ruankao/ruankao/internal/files"
	"github.com/ruankao/ruankao/internal/pii"
	"github.com/ruankao/ruankao/internal/ticketsig"
)

// signerFromEnv reads the key that signs file URLs from RUANKAO_SIGNING_KEY
// (base64, 32 bytes or more). Production refuses to start without one; dev
// makes a random key, so signed URLs die with the process.
func signerFromEnv(dev bool, log *slog.Logger) (*files.Signer, error) {
	raw := strings.TrimSpace(os.Getenv("RUANKAO_SIGNING_KEY"))
	if raw == "" {
		if !dev {
			return nil, fmt.Errorf("RUANKAO_SIGNING_KEY is required in production: 32 or more random bytes in base64, e.g. from `openssl rand -base64 32`")
		}
		key := make([]byte, 32)
		if _, err := rand.Read(key); err != nil {
			return nil, err
		}
		log.Warn("RUANKAO_SIGNING_KEY not set: using a random key; signed file URLs end with this process")
		return files.NewSigner(key, 0)
	}
	key, err := decodeKey(raw)
	if err != nil || len(key) < files.MinKeyLen {
		return nil, fmt.Errorf("RUANKAO_SIGNING_KEY must be base64 of at least %d bytes", files.MinKeyLen)
	}
	return files.NewSigner(key, 0)
}

func decodeKey(s string) ([]byte, error) {
	for _, enc := range []*base64.Encoding{base64.StdEncoding, base64.URLEncoding, base64.RawStdEncoding, base64.RawURLEncoding} {
		if b, err := enc.DecodeString(s); err == nil {
			return b, nil
		}
	}
	return nil, fmt.Errorf("not base64")
}

// keysFromEnv reads the master key that protects ID numbers and TOTP secrets
// from RUANKAO_DATA_KEY (base64, 32 bytes or more). Losing it loses every
// stored ID number. Production refuses to start without one; dev and demo
// use a fixed, published, insecure key so a developer's database survives
// restarts.
func keysFromEnv(dev bool, log *slog.Logger) (*pii.Keys, error) {
	raw := strings.TrimSpace(os.Getenv("RUANKAO_DATA_KEY"))
	if raw == "" {
		if !dev {
			return nil, fmt.Errorf("RUANKAO_DATA_KEY is required in production: 32 or more random bytes in base64, kept safe (it decrypts every stored ID number)")
		}
		log.Warn("RUANKAO_DATA_KEY not set: using the published development key; never use this database in production")
		return pii.NewKeys(pii.DevMasterKey())
	}
	key, err := decodeKey(raw)
	if err != nil || len(key) < pii.MinMasterKeyLen {
		return nil, fmt.Errorf("RUANKAO_DATA_KEY must be base64 of at least %d bytes", pii.MinMasterKeyLen)
	}
	return pii.NewKeys(key)
}

// devTicketSeed is the published, insecure ticket-signing seed of dev and
// demo mode, so printed demo tickets keep verifying across restarts.
var devTicketSeed = []byte("ruankao-dev-ticket-key-NOT-SAFE!")

// ticketSignerFromEnv reads the Ed25519 key that signs the tickets' QR
// tokens from RUANKAO_TICKET_KEY (a PKCS#8 PEM file's path, or base64 of the
// 32-byte seed) and its id from RUANKAO_TICKET_KEY_ID (default k1). Door
// devices hold the public key only. Production refuses to start without it.
func ticketSignerFromEnv(dev bool, log *slog.Logger) (*ticketsig.Signer, *ticketsig.Verifier, error) {
	id := strings.TrimSpace(os.Getenv("RUANKAO_TICKET_KEY_ID"))
	if id == "" {
		id = "k1"
	}
	raw := strings.TrimSpace(os.Getenv("RUANKAO_TICKET_KEY"))
	var key ed25519.PrivateKey
	switch {
	case raw == "" && !dev:
		return nil, nil, fmt.Errorf("RUANKAO_TICKET_KEY is required in production: an Ed25519 key (PKCS#8 PEM file) or base64 of a 32-byte seed; it signs the tickets' QR codes")
	case raw == "":
		log.Warn("RUANKAO_TICKET_KEY not set: using the published development ticket key")
		key, id = ed25519.NewKeyFromSeed(devTicketSeed), "dev"
	default:
		text := []byte(raw)
		if b, err := os.ReadFile(raw); err == nil {
			text = b
		}
		k, err := ticketsig.ParsePrivateKey(text)
		if err != nil {
			return nil, nil, fmt.Errorf("RUANKAO_TICKET_KEY: %w", err)
		}
		key = k
	}
	s, err := ticketsig.NewSigner(id, key)
	if err != nil {
		return nil, nil, fmt.Errorf("RUANKAO_TICKET_KEY_ID: %w", err)
	}
	return s, &ticketsig.Verifier{Keys: map[string]ed25519.PublicKey{id: s.Public()}}, nil
}
