package main

import (
	"bytes"
	"context"
	"os"
	"strings"
	"testing"

	"github.com/ruankao/ruankao/ent/application"
	"github.com/ruankao/ruankao/ent/examsession"
	"github.com/ruankao/ruankao/internal/pii"
	"github.com/ruankao/ruankao/internal/store"
	"github.com/ruankao/ruankao/internal/viewer"
)

// The shell's generator fills a migrated database; the same seed gives the
// same fingerprint in another database and refuses to fill one session twice.
func TestGenerateCommand(t *testing.T) {
	ctx := viewer.SystemContext(context.Background())
	var out bytes.Buffer
	stdout = &out
	defer func() { stdout = os.Stdout }()
	run := func(url string, extra ...string) (string, error) {
		out.Reset()
		args := append([]string{"--db", url, "--dev", "--quiet", "--seed", "9", "--applications", "400", "--now", "2026-03-10"}, extra...)
		err := generateCommand(ctx, args)
		return out.String(), err
	}
	dirA, dirB := t.TempDir(), t.TempDir()
	urlA, urlB := "sqlite://"+dirA+"/a.db", "sqlite://"+dirB+"/b.db"
	if _, err := run(urlA); err == nil || !strings.Contains(err.Error(), "migrat") {
		t.Fatalf("an unmigrated database: %v", err)
	}
	a, err := run(urlA, "--migrate")
	if err != nil || !strings.Contains(a, "session GEN-2026H1: 400 applications") {
		t.Fatalf("generate: %v\n%s", err, a)
	}
	b, err := run(urlB, "--migrate")
	if err != nil || fingerprint(a) == "" || fingerprint(a) != fingerprint(b) {
		t.Fatalf("the same seed twice:\n%s\n%s (%v)", a, b, err)
	}
	if _, err := run(urlA); err == nil {
		t.Error("the same seed into the same session twice")
	}
	s, err := run(urlA, "--stage", "scores")
	if err != nil || !strings.Contains(s, "session GEN-2026H1-SCORES") || strings.Contains(s, "tickets 0,") {
		t.Fatalf("the scores stage: %v\n%s", err, s)
	}

	db, err := store.Open(ctx, urlA)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	for code, want := range map[string]int{"GEN-2026H1": 400, "GEN-2026H1-SCORES": 400} {
		n, err := db.Client.Application.Query().Where(application.HasSessionWith(examsession.Code(code))).Count(ctx)
		if err != nil || n != want {
			t.Errorf("%s: %d applications (%v)", code, n, err)
		}
	}
	// --dev encrypts with the published development key, as serve --dev reads.
	keys, err := pii.NewKeys(pii.DevMasterKey())
	if err != nil {
		t.Fatal(err)
	}
	c, err := db.Client.Candidate.Query().First(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := keys.Decrypt(c.IDNumberEnc, string(c.IDType)); err != nil {
		t.Errorf("a generated ID number does not open with the development key: %v", err)
	}
	if err := generateCommand(ctx, []string{"--db", urlA, "--tickets", "sometimes"}); err == nil {
		t.Error("--tickets sometimes accepted")
	}
}

func fingerprint(out string) string {
	for _, line := range strings.Split(out, "\n") {
		if f, ok := strings.CutPrefix(strings.TrimSpace(line), "fingerprint "); ok {
			return f
		}
	}
	return ""
}
