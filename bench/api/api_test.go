// Package api benchmarks the GraphQL API through its HTTP handler on the
// embedded SQLite (or PostgreSQL with RUANKAO_TEST_DATABASE_URL), for the
// requests an opening morning is made of:
//
//	go test ./bench/api -bench . -benchtime 3s
package api

import (
	"fmt"
	"testing"
	"time"

	"github.com/ruankao/ruankao/internal/clock"
	"github.com/ruankao/ruankao/internal/demo"
	"github.com/ruankao/ruankao/internal/enum"
	"github.com/ruankao/ruankao/internal/testenv"
)

var morning = time.Date(2026, 3, 2, 8, 30, 0, 0, clock.Shanghai)

// BenchmarkCatalogRegionPage: a region's page, anonymous (the most common read).
func BenchmarkCatalogRegionPage(b *testing.B) {
	env := testenv.Start(b, morning)
	const q = `{ region(code: "210200") { name policies { session { code registrationOpen } free reviewModeLabel }
		areas { name levels } notices { kindLabel title } } }`
	b.ResetTimer()
	b.RunParallel(func(pb *testing.PB) {
		for pb.Next() {
			if res := env.Post(b, q, nil); len(res.Errors) > 0 {
				b.Fatal(res.Errors)
			}
		}
	})
}

// BenchmarkCandidateReadsOwnApplication: a logged-in candidate polls their
// application (bearer-token lookup, privacy filter, time-driven check).
func BenchmarkCandidateReadsOwnApplication(b *testing.B) {
	env := testenv.Start(b, morning)
	token := env.LoginCandidate(b, demo.Identities[0])
	env.Draft(b, env.CandidateID(b, demo.Identities[0]), "210000")
	const q = `{ myApplications { id status statusLabel region { name } } }`
	b.ResetTimer()
	b.RunParallel(func(pb *testing.PB) {
		for pb.Next() {
			if res := env.PostAs(b, token, q, nil); len(res.Errors) > 0 {
				b.Fatal(res.Errors)
			}
		}
	})
}

// BenchmarkSaveDraft: a candidate saves their form (one write transaction with
// every field check and region rule).
func BenchmarkSaveDraft(b *testing.B) {
	env := testenv.Start(b, morning)
	tokens := make([]string, 8)
	for i := range tokens {
		p := demo.Identity{Subject: fmt.Sprintf("bench-%d", i), Name: "考生", IDType: enum.IDPassport, IDNumber: fmt.Sprintf("E%08d", i)}
		tokens[i] = env.LoginCandidate(b, p)
	}
	const q = `mutation($s: String, $id: ID, $in: ApplicationInput!) { saveApplication(sessionCode: $s, id: $id, input: $in) { application { id } userErrors { code } } }`
	ids := make([]string, len(tokens))
	for i, tok := range tokens {
		var d struct {
			SaveApplication struct{ Application struct{ ID string } }
		}
		env.MustAs(b, tok, q, map[string]any{"s": demo.SessionOpen, "in": map[string]any{"regionCode": "210000"}}, &d)
		ids[i] = d.SaveApplication.Application.ID
	}
	in := map[string]any{"regionCode": "210000", "hukouCode": "210000", "title": "无", "employment": "EMPLOYED",
		"workUnit": "某公司", "education": "BACHELOR", "address": "沈阳市和平区", "email": "a@example.com",
		"mobile": "13800000000", "postcode": "110001"}
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		k := i % len(tokens)
		if res := env.PostAs(b, tokens[k], q, map[string]any{"id": ids[k], "in": in}); len(res.Errors) > 0 {
			b.Fatal(res.Errors)
		}
	}
}
