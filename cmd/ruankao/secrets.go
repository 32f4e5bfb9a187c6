package main

import (
	"context"
	"crypto/ed25519"
	"crypto/rand"
	"encoding/base64"
	"fmt"
	"log/slog"
	"os"
	"strings"

	"github.com/ruankao/ruankao/internal/files"
	"github.com/ruankao/ruankao/internal/pii"
	"github.com/ruankao/ruankao/internal/rekey"
	"github.com/ruankao/ruankao/internal/store"
	"github.com/ruankao/ruankao/internal/ticketsig"
)

// Keys rotate (README "Key rotation"). Each secret can be given as a list of
// id:value pairs, newest first — RUANKAO_DATA_KEYS="k2:BASE64,k1:BASE64" —
// where the newest encrypts or signs and the older ones only decrypt or
// verify; the single-key variables of earlier releases stay valid and mean a
// list of one key with id k1.

// namedValue is one id:value of a key list.
type namedValue struct{ id, value string }

// parseKeyList splits "id:value,id:value" (spaces around the parts ignored;
// the value is everything after the first colon). Ids are checked by the
// key's own package.
func parseKeyList(name, raw string) ([]namedValue, error) {
	var out []namedValue
	for _, part := range strings.Split(raw, ",") {
		part = strings.TrimSpace(part)
		if part == "" {
			continue
		}
		id, value, ok := strings.Cut(part, ":")
		id, value = strings.TrimSpace(id), strings.TrimSpace(value)
		if !ok || id == "" || value == "" {
			return nil, fmt.Errorf("%s: %q is not id:value (e.g. k2:BASE64,k1:BASE64, newest first)", name, redact(part))
		}
		out = append(out, namedValue{id, value})
	}
	if len(out) == 0 {
		return nil, fmt.Errorf("%s is empty", name)
	}
	return out, nil
}

// redact keeps a key out of an error message: the id part only.
func redact(part string) string {
	if id, _, ok := strings.Cut(part, ":"); ok {
		return id + ":…"
	}
	return "…"
}

// keyListFromEnv reads the list variable, or else the single-key variable as
// a list of one key with id k1; both set is a mistake.
func keyListFromEnv(listVar, singleVar, legacyID string) ([]namedValue, error) {
	list := strings.TrimSpace(os.Getenv(listVar))
	single := strings.TrimSpace(os.Getenv(singleVar))
	switch {
	case list != "" && single != "":
		return nil, fmt.Errorf("both %s and %s are set: use %s only (list the old key there, e.g. k2:NEW,%s:OLD)", listVar, singleVar, listVar, legacyID)
	case list != "":
		return parseKeyList(listVar, list)
	case single != "":
		return []namedValue{{legacyID, single}}, nil
	}
	return nil, nil
}

// signerFromEnv reads the keys that sign file URLs: RUANKAO_SIGNING_KEYS
// ("s2:BASE64,s1:BASE64", newest first) or RUANKAO_SIGNING_KEY (one key, id
// k1); each 32 bytes or more. Production refuses to start without one; dev
// makes a random key (ephemeral: true), so signed URLs die with the process.
func signerFromEnv(dev bool, log *slog.Logger) (signer *files.Signer, ephemeral bool, err error) {
	list, err := keyListFromEnv("RUANKAO_SIGNING_KEYS", "RUANKAO_SIGNING_KEY", files.LegacyKeyID)
	if err != nil {
		return nil, false, err
	}
	if list == nil {
		if !dev {
			return nil, false, fmt.Errorf("RUANKAO_SIGNING_KEY is required in production (or RUANKAO_SIGNING_KEYS, id:key pairs newest first): 32 or more random bytes in base64, e.g. from `openssl rand -base64 32`")
		}
		key := make([]byte, 32)
		if _, err := rand.Read(key); err != nil {
			return nil, false, err
		}
		log.Warn("RUANKAO_SIGNING_KEY not set: using a random key; signed file URLs end with this process")
		s, err := files.NewSigner(key, 0)
		return s, true, err
	}
	keys := make([]files.SigningKey, 0, len(list))
	for _, nv := range list {
		key, err := decodeKey(nv.value)
		if err != nil || len(key) < files.MinKeyLen {
			return nil, false, fmt.Errorf("URL signing key %s (RUANKAO_SIGNING_KEY or RUANKAO_SIGNING_KEYS) must be base64 of at least %d bytes", nv.id, files.MinKeyLen)
		}
		keys = append(keys, files.SigningKey{ID: nv.id, Secret: key})
	}
	s, err := files.NewKeyedSigner(0, keys...)
	return s, false, err
}

func decodeKey(s string) ([]byte, error) {
	for _, enc := range []*base64.Encoding{base64.StdEncoding, base64.URLEncoding, base64.RawStdEncoding, base64.RawURLEncoding} {
		if b, err := enc.DecodeString(s); err == nil {
			return b, nil
		}
	}
	return nil, fmt.Errorf("not base64")
}

// keysFromEnv reads the master keys that protect ID numbers and TOTP secrets:
// RUANKAO_DATA_KEYS ("k2:BASE64,k1:BASE64", newest first: k2 encrypts, both
// decrypt) or RUANKAO_DATA_KEY (one key, id k1, which is also the key of the
// values stored before key ids existed); each 32 bytes or more. Losing a key
// loses every value still under it. Production refuses to start without one;
// dev and demo use a fixed, published, insecure key (id k1) so a developer's
// database survives restarts. That the keys are the right ones is checked
// against the database at start (rekey.CheckKeys).
func keysFromEnv(dev bool, log *slog.Logger) (*pii.Keys, error) {
	list, err := keyListFromEnv("RUANKAO_DATA_KEYS", "RUANKAO_DATA_KEY", pii.LegacyKeyID)
	if err != nil {
		return nil, err
	}
	if list == nil {
		if !dev {
			return nil, fmt.Errorf("RUANKAO_DATA_KEY is required in production (or RUANKAO_DATA_KEYS, id:key pairs newest first): 32 or more random bytes in base64, kept safe (it decrypts every stored ID number)")
		}
		log.Warn("RUANKAO_DATA_KEY not set: using the published development key; never use this database in production")
		return pii.NewKeys(pii.DevMasterKey())
	}
	keys := make([]pii.MasterKey, 0, len(list))
	for _, nv := range list {
		key, err := decodeKey(nv.value)
		if err != nil || len(key) < pii.MinMasterKeyLen {
			return nil, fmt.Errorf("data key %s (RUANKAO_DATA_KEY or RUANKAO_DATA_KEYS) must be base64 of at least %d bytes", nv.id, pii.MinMasterKeyLen)
		}
		if !dev && string(key) == string(pii.DevMasterKey()) {
			return nil, fmt.Errorf("data key %s is the published development key: production needs a secret one", nv.id)
		}
		keys = append(keys, pii.MasterKey{ID: nv.id, Secret: key})
	}
	return pii.NewKeyring(keys...)
}

// devTicketSeed is the published, insecure ticket-signing seed of dev and
// demo mode, so printed demo tickets keep verifying across restarts.
var devTicketSeed = []byte("ruankao-dev-ticket-key-NOT-SAFE!")

// ticketSignerFromEnv reads the Ed25519 key that signs the tickets' QR
// tokens from RUANKAO_TICKET_KEY (a PKCS#8 PEM file's path, or base64 of the
// 32-byte seed) and its id from RUANKAO_TICKET_KEY_ID (default k1), and the
// public keys of earlier ticket keys that still verify from
// RUANKAO_TICKET_VERIFY_KEYS ("k1:BASE64,k0:/etc/ruankao/k0.pub.pem": the
// base64 of a 32-byte public key or a PEM file's path). Printed tickets cannot
// be re-signed, so an old public key stays until its session's exams are
// over. Door devices hold the public keys only. Production refuses to start
// without the signing key.
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
		k, err := ticketsig.ParsePrivateKey(fileOrText(raw))
		if err != nil {
			return nil, nil, fmt.Errorf("RUANKAO_TICKET_KEY: %w", err)
		}
		key = k
	}
	s, err := ticketsig.NewSigner(id, key)
	if err != nil {
		return nil, nil, fmt.Errorf("RUANKAO_TICKET_KEY_ID: %w", err)
	}
	verify := map[string]ed25519.PublicKey{id: s.Public()}
	if extra := strings.TrimSpace(os.Getenv("RUANKAO_TICKET_VERIFY_KEYS")); extra != "" {
		list, err := parseKeyList("RUANKAO_TICKET_VERIFY_KEYS", extra)
		if err != nil {
			return nil, nil, err
		}
		for _, nv := range list {
			if len(nv.id) > 16 {
				return nil, nil, fmt.Errorf("RUANKAO_TICKET_VERIFY_KEYS key id %q: at most 16 characters", nv.id)
			}
			pub, err := ticketsig.ParsePublicKey(fileOrText(nv.value))
			if err != nil {
				return nil, nil, fmt.Errorf("RUANKAO_TICKET_VERIFY_KEYS key %s: %w", nv.id, err)
			}
			if old, dup := verify[nv.id]; dup && !old.Equal(pub) {
				if nv.id == id {
					return nil, nil, fmt.Errorf("RUANKAO_TICKET_VERIFY_KEYS key %s is not the public key of RUANKAO_TICKET_KEY, which has that id: give a new ticket key a new id", nv.id)
				}
				return nil, nil, fmt.Errorf("RUANKAO_TICKET_VERIFY_KEYS names key %s twice", nv.id)
			}
			verify[nv.id] = pub
		}
	}
	return s, &ticketsig.Verifier{Keys: verify}, nil
}

// fileOrText is the file's content when raw names a readable file, else raw.
func fileOrText(raw string) []byte {
	if b, err := os.ReadFile(raw); err == nil {
		return b
	}
	return []byte(raw)
}

// checkKeys is the start-up key check (rekey.CheckKeys): every configured
// key must be the one its id named before, and every data key that may still
// encrypt values must be configured. A random dev URL key is not checked.
func checkKeys(ctx context.Context, db *store.DB, data *pii.Keys, signer *files.Signer, ephemeral bool, tickets *ticketsig.Verifier, log *slog.Logger) error {
	cfg := rekey.Config{Data: data}
	if !ephemeral {
		cfg.URL = signer
	}
	if tickets != nil {
		cfg.Tickets = tickets.Keys
	}
	notes, err := rekey.CheckKeys(ctx, db, cfg)
	for _, n := range notes {
		log.Info("key check: " + n)
	}
	if err != nil {
		return fmt.Errorf("key check: %w", err)
	}
	return nil
}
