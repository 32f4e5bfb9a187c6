package rekey

import (
	"bytes"
	"context"
	"crypto/ed25519"
	"strings"
	"testing"

	"github.com/ruankao/ruankao/ent/migrate"
	"github.com/ruankao/ruankao/internal/files"
	"github.com/ruankao/ruankao/internal/pii"
	"github.com/ruankao/ruankao/internal/testenv"
)

// Every column named *_enc in the schema is walked by the job.
func TestColumnsCoverTheSchema(t *testing.T) {
	walked := map[string]bool{}
	for _, c := range Columns {
		walked[c.Name()] = true
	}
	n := 0
	for _, tbl := range migrate.Tables {
		for _, col := range tbl.Columns {
			if strings.HasSuffix(col.Name, "_enc") {
				n++
				if !walked[tbl.Name+"."+col.Name] {
					t.Errorf("%s.%s holds ciphertexts but is not in rekey.Columns", tbl.Name, col.Name)
				}
			}
		}
	}
	if n != len(Columns) {
		t.Errorf("%d encrypted columns in the schema, %d in Columns", n, len(Columns))
	}
}

func signer(t *testing.T, keys ...files.SigningKey) *files.Signer {
	t.Helper()
	s, err := files.NewKeyedSigner(0, keys...)
	if err != nil {
		t.Fatal(err)
	}
	return s
}

// URL and ticket keys: the first start records them; a later start with
// another secret under a recorded id is refused; new ids and removed ids are
// fine (signed URLs and tickets need no re-encryption).
func TestCheckKeysURLAndTickets(t *testing.T) {
	db := testenv.OpenDB(t)
	ctx := context.Background()
	s1 := files.SigningKey{ID: "s1", Secret: bytes.Repeat([]byte{1}, 32)}
	s2 := files.SigningKey{ID: "s2", Secret: bytes.Repeat([]byte{2}, 32)}
	t1 := ed25519.NewKeyFromSeed(bytes.Repeat([]byte{1}, 32)).Public().(ed25519.PublicKey)
	t2 := ed25519.NewKeyFromSeed(bytes.Repeat([]byte{2}, 32)).Public().(ed25519.PublicKey)
	data := ring(t, pii.MasterKey{ID: "k1", Secret: m1})

	notes, err := CheckKeys(ctx, db, Config{Data: data, URL: signer(t, s1), Tickets: map[string]ed25519.PublicKey{"t1": t1}})
	if err != nil || len(notes) != 3 {
		t.Fatalf("first start: %v, %v", notes, err)
	}
	notes, err = CheckKeys(ctx, db, Config{Data: data, URL: signer(t, s1), Tickets: map[string]ed25519.PublicKey{"t1": t1}})
	if err != nil || len(notes) != 0 {
		t.Fatalf("second start: %v, %v", notes, err)
	}
	// A rotation of both, then the old ones leave.
	for _, cfg := range []Config{
		{URL: signer(t, s2, s1), Tickets: map[string]ed25519.PublicKey{"t2": t2, "t1": t1}},
		{URL: signer(t, s2), Tickets: map[string]ed25519.PublicKey{"t2": t2}},
	} {
		if _, err := CheckKeys(ctx, db, cfg); err != nil {
			t.Errorf("rotation: %v", err)
		}
	}
	// Another secret under a known id.
	if _, err := CheckKeys(ctx, db, Config{URL: signer(t, files.SigningKey{ID: "s1", Secret: s2.Secret})}); err == nil ||
		!strings.Contains(err.Error(), "URL signing key s1 is not the key stored under that id before") {
		t.Errorf("another URL key under s1: %v", err)
	}
	if _, err := CheckKeys(ctx, db, Config{Tickets: map[string]ed25519.PublicKey{"t1": t2}}); err == nil ||
		!strings.Contains(err.Error(), "ticket key t1 is not the key stored under that id before") {
		t.Errorf("another ticket key under t1: %v", err)
	}
	if _, err := CheckKeys(ctx, db, Config{Data: ring(t, pii.MasterKey{ID: "k1", Secret: m2})}); err == nil ||
		!strings.Contains(err.Error(), "data key k1 is not the key stored under that id before") {
		t.Errorf("another data key under k1: %v", err)
	}
}
