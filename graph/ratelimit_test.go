package graph_test

import (
	"context"
	"testing"
	"time"

	"github.com/vektah/gqlparser/v2"
	"github.com/vektah/gqlparser/v2/ast"

	"github.com/ruankao/ruankao/graph"
	"github.com/ruankao/ruankao/internal/apperr"
	"github.com/ruankao/ruankao/internal/clock"
	"github.com/ruankao/ruankao/internal/ratelimit"
)

func TestRateLimitDirective(t *testing.T) {
	clk := clock.NewManual(time.Date(2026, 5, 1, 9, 0, 0, 0, time.UTC))
	p, err := ratelimit.NewPolicy(ratelimit.Rule{Action: "login.start", PerClient: ratelimit.PerMinute(2)}, clk)
	if err != nil {
		t.Fatal(err)
	}
	dir := graph.RateLimitDirective(ratelimit.Registry{"login.start": p}, nil)
	calls := 0
	next := func(context.Context) (any, error) { calls++; return "ok", nil }
	ctx := ratelimit.WithClient(context.Background(), "203.0.113.7")
	for range 2 {
		if _, err := dir(ctx, nil, next, "login.start"); err != nil {
			t.Fatal(err)
		}
	}
	_, err = dir(ctx, nil, next, "login.start")
	e, ok := apperr.As(err)
	if !ok || e.Code != apperr.RateLimited || e.RetryAfterSeconds != 30 || calls != 2 {
		t.Fatalf("third call: %v (calls %d)", err, calls)
	}
	// Another address is not affected.
	other := ratelimit.WithClient(context.Background(), "198.51.100.1")
	if _, err := dir(other, nil, next, "login.start"); err != nil {
		t.Fatalf("other client: %v", err)
	}
	clk.Advance(30 * time.Second)
	if _, err := dir(ctx, nil, next, "login.start"); err != nil {
		t.Fatalf("after the hint: %v", err)
	}
}

func TestCheckRateLimitsRefusesUnknownAction(t *testing.T) {
	schema := gqlparser.MustLoadSchema(&ast.Source{Input: `
directive @rateLimit(action: String!) on FIELD_DEFINITION
type Query { login: String @rateLimit(action: "login.start") }`})
	if err := graph.CheckRateLimits(schema, ratelimit.Registry{}); err == nil {
		t.Fatal("a field without a policy was accepted")
	}
	p, _ := ratelimit.NewPolicy(ratelimit.Rule{Action: "login.start", PerClient: ratelimit.PerMinute(1)}, clock.System)
	if err := graph.CheckRateLimits(schema, ratelimit.Registry{"login.start": p}); err != nil {
		t.Fatal(err)
	}
}
