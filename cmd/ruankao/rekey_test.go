package main

import (
	"bytes"
	"context"
	"crypto/ed25519"
	"encoding/base64"
	"errors"
	"fmt"
	"log/slog"
	neturl "net/url"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/ruankao/ruankao/internal/enum"
	"github.com/ruankao/ruankao/internal/files"
	"github.com/ruankao/ruankao/internal/pii"
	"github.com/ruankao/ruankao/internal/store"
	"github.com/ruankao/ruankao/internal/ticketsig"
	"github.com/ruankao/ruankao/internal/viewer"
)

func b64(b []byte) string { return base64.StdEncoding.EncodeToString(b) }

var (
	dataK1 = bytes.Repeat([]byte{0x31}, 32)
	dataK2 = bytes.Repeat([]byte{0x32}, 32)
	dataK3 = bytes.Repeat([]byte{0x33}, 32)
)

func clearKeyEnv(t *testing.T) {
	for _, v := range []string{"RUANKAO_DATA_KEY", "RUANKAO_DATA_KEYS", "RUANKAO_SIGNING_KEY", "RUANKAO_SIGNING_KEYS",
		"RUANKAO_TICKET_KEY", "RUANKAO_TICKET_KEY_ID", "RUANKAO_TICKET_VERIFY_KEYS"} {
		t.Setenv(v, "")
	}
}

func addCandidates(t *testing.T, url string, keys *pii.Keys, n int) {
	t.Helper()
	ctx := viewer.SystemContext(context.Background())
	db, err := store.Open(ctx, url)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	for i := range n {
		number := fmt.Sprintf("E%08d", i+1)
		enc, err := keys.Encrypt(number, string(enum.IDPassport))
		if err != nil {
			t.Fatal(err)
		}
		db.Client.Candidate.Create().SetProvider("sim").SetSubject(number).SetName("考生").SetIDType(enum.IDPassport).
			SetIDNumberEnc(enc).SetIDNumberHash(keys.LookupHash(string(enum.IDPassport), number)).SetIDNumberMasked(pii.Mask(number)).
			ExecX(ctx)
	}
}

// The rotation of the data key from the operator's shell: RUANKAO_DATA_KEY
// (k1) → RUANKAO_DATA_KEYS=k2,k1 → rekey → rekey --check → RUANKAO_DATA_KEYS=k2;
// serve refuses a wrong or missing key with one clear line.
func TestRekeyCommand(t *testing.T) {
	clearKeyEnv(t)
	ctx := context.Background()
	url := "sqlite://" + filepath.Join(t.TempDir(), "x.db")
	if err := commands["migrate"](ctx, []string{"--db", url}); err != nil {
		t.Fatal(err)
	}
	var out bytes.Buffer
	rekeyOut = &out
	defer func() { rekeyOut = os.Stdout }()
	run := func(args ...string) error {
		out.Reset()
		return rekeyCommand(ctx, append([]string{"--db", url}, args...))
	}

	// Before: the single key of earlier releases.
	t.Setenv("RUANKAO_DATA_KEY", b64(dataK1))
	if err := run("--check"); err != nil { // records k1
		t.Fatalf("check with k1: %v\n%s", err, out.String())
	}
	k1, _ := pii.NewKeys(dataK1)
	addCandidates(t, url, k1, 30)

	// Both set is refused.
	t.Setenv("RUANKAO_DATA_KEYS", "k2:"+b64(dataK2)+",k1:"+b64(dataK1))
	if err := run("--check"); err == nil || !strings.Contains(err.Error(), "both RUANKAO_DATA_KEYS and RUANKAO_DATA_KEY are set") {
		t.Errorf("both variables: %v", err)
	}
	t.Setenv("RUANKAO_DATA_KEY", "")
	err := run("--check")
	if !errors.Is(err, errLeft) || !strings.Contains(out.String(), "candidates.id_number_enc: k1 30") {
		t.Fatalf("check during the rotation: %v\n%s", err, out.String())
	}
	if err := run("--batch", "7"); err != nil || !strings.Contains(out.String(), "30 moved to k2") ||
		!strings.Contains(out.String(), "key k1 encrypts nothing any more") {
		t.Fatalf("rekey: %v\n%s", err, out.String())
	}
	if err := run("--check"); err != nil || !strings.Contains(out.String(), "candidates.id_number_enc: k2 30") {
		t.Fatalf("check after: %v\n%s", err, out.String())
	}

	// The old key leaves.
	t.Setenv("RUANKAO_DATA_KEYS", "k2:"+b64(dataK2))
	if err := run("--check"); err != nil {
		t.Fatalf("check with k2 alone: %v\n%s", err, out.String())
	}
	serveWith := func() error {
		return serve(ctx, []string{"--dev", "--db", url, "--addr", "127.0.0.1:0"})
	}
	for keys, want := range map[string]string{
		"k2:" + b64(dataK3):                        "data key k2 is not the key stored under that id before",
		"k1:" + b64(dataK1):                        "RUANKAO_DATA_KEYS lacks key k2, which still encrypts 30 values",
		"k2:" + b64(dataK2) + ",k1:" + b64(dataK3): "data key k1 is not the key stored under that id before",
		"k2:short":                                 "data key k2 (RUANKAO_DATA_KEY or RUANKAO_DATA_KEYS) must be base64 of at least 32 bytes",
		"k2" + b64(dataK2):                         "is not id:value",
		"k 2:" + b64(dataK2):                       "key id",
	} {
		t.Setenv("RUANKAO_DATA_KEYS", keys)
		err := serveWith()
		if err == nil || !strings.Contains(err.Error(), want) || strings.Contains(err.Error(), "\n") {
			t.Errorf("serve with RUANKAO_DATA_KEYS=%s…: %v, want %q", keys[:4], err, want)
		}
		if err != nil && strings.Contains(err.Error(), b64(dataK3)) {
			t.Errorf("the error shows a key: %v", err)
		}
	}
}

// Signed URLs: RUANKAO_SIGNING_KEYS with the old key second keeps the URLs
// made under it valid; the single variable is k1.
func TestSigningKeysFromEnv(t *testing.T) {
	clearKeyEnv(t)
	old, neu := bytes.Repeat([]byte{1}, 32), bytes.Repeat([]byte{2}, 32)
	t.Setenv("RUANKAO_SIGNING_KEY", b64(old))
	before, eph, err := signerFromEnv(false, slogDiscard())
	if err != nil || eph || strings.Join(before.KeyIDs(), ",") != "k1" {
		t.Fatalf("single key: %v %v %v", before, eph, err)
	}
	now := time.Now()
	su, _ := before.Sign("photo", "FL01", "CA01", now)
	t.Setenv("RUANKAO_SIGNING_KEY", "")
	t.Setenv("RUANKAO_SIGNING_KEYS", "s2:"+b64(neu)+", k1:"+b64(old))
	during, _, err := signerFromEnv(false, slogDiscard())
	if err != nil {
		t.Fatal(err)
	}
	if err := verifyURL(during, su.URL, now); err != nil {
		t.Errorf("old URL with both keys: %v", err)
	}
	t.Setenv("RUANKAO_SIGNING_KEYS", "s2:"+b64(neu))
	after, _, _ := signerFromEnv(false, slogDiscard())
	if err := verifyURL(after, su.URL, now); err == nil {
		t.Error("old URL verifies after its key left")
	}
	nu, _ := during.Sign("photo", "FL01", "CA01", now)
	if !strings.Contains(nu.URL, "sig=s2.") || verifyURL(after, nu.URL, now) != nil {
		t.Errorf("new URL %q not signed with s2", nu.URL)
	}
	_, eph, err = func() (any, bool, error) {
		t.Setenv("RUANKAO_SIGNING_KEYS", "")
		s, e, err := signerFromEnv(true, slogDiscard())
		return s, e, err
	}()
	if err != nil || !eph {
		t.Errorf("dev without a key: ephemeral %v, %v", eph, err)
	}
}

// Tickets: RUANKAO_TICKET_KEY signs with the new key; RUANKAO_TICKET_VERIFY_KEYS
// keeps the old public key, so tickets printed before verify (the same
// Verifier the door check uses).
func TestTicketKeysFromEnv(t *testing.T) {
	clearKeyEnv(t)
	oldSeed, newSeed := bytes.Repeat([]byte{7}, 32), bytes.Repeat([]byte{8}, 32)
	oldSigner, _ := ticketsig.NewSigner("k1", ed25519.NewKeyFromSeed(oldSeed))
	claims := ticketsig.Claims{TicketNo: "210200000000000001", Session: "2027H1", Region: "210200", ApplicationID: "AP01",
		SiteID: "SI01", Room: "101", Seat: 3, Expires: time.Now().Add(time.Hour)}
	printed, err := oldSigner.Sign(claims)
	if err != nil {
		t.Fatal(err)
	}
	// The old public key as base64, or as a PEM file.
	pem, _ := ticketsig.MarshalPublicKey(oldSigner.Public())
	pemPath := filepath.Join(t.TempDir(), "k1.pub.pem")
	if err := os.WriteFile(pemPath, pem, 0o600); err != nil {
		t.Fatal(err)
	}
	t.Setenv("RUANKAO_TICKET_KEY", b64(newSeed))
	t.Setenv("RUANKAO_TICKET_KEY_ID", "k2")
	for _, old := range []string{b64(oldSigner.Public()), pemPath} {
		t.Setenv("RUANKAO_TICKET_VERIFY_KEYS", "k1:"+old)
		s, v, err := ticketSignerFromEnv(false, slogDiscard())
		if err != nil {
			t.Fatal(err)
		}
		if s.KeyID() != "k2" || len(v.Keys) != 2 {
			t.Errorf("signer %s, %d verification keys", s.KeyID(), len(v.Keys))
		}
		if c, err := v.Verify(printed); err != nil || c.TicketNo != claims.TicketNo {
			t.Errorf("a ticket printed under k1: %v", err)
		}
		fresh, _ := s.Sign(claims)
		if _, err := v.Verify(fresh); err != nil {
			t.Errorf("a ticket printed under k2: %v", err)
		}
	}
	// Without the old public key the printed ticket is unknown, not forged.
	t.Setenv("RUANKAO_TICKET_VERIFY_KEYS", "")
	_, v, _ := ticketSignerFromEnv(false, slogDiscard())
	if _, err := v.Verify(printed); !errors.Is(err, ticketsig.ErrUnknownKey) {
		t.Errorf("k1 removed: %v, want ErrUnknownKey", err)
	}
	// The signer's own id with another public key is refused.
	other, _ := ticketsig.NewSigner("x", ed25519.NewKeyFromSeed(bytes.Repeat([]byte{9}, 32)))
	t.Setenv("RUANKAO_TICKET_VERIFY_KEYS", "k2:"+b64(other.Public()))
	if _, _, err := ticketSignerFromEnv(false, slogDiscard()); err == nil || !strings.Contains(err.Error(), "is not the public key of RUANKAO_TICKET_KEY") {
		t.Errorf("k2 twice: %v", err)
	}
}

func slogDiscard() *slog.Logger { return slog.New(slog.DiscardHandler) }

func verifyURL(s *files.Signer, raw string, now time.Time) error {
	u, err := neturl.Parse(raw)
	if err != nil {
		return err
	}
	_, err = s.VerifyQuery("photo", strings.TrimPrefix(u.Path, files.PathPrefix), u.Query(), now)
	return err
}
