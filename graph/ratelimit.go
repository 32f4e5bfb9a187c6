package graph

import (
	"context"
	"fmt"

	"github.com/99designs/gqlgen/graphql"
	"github.com/vektah/gqlparser/v2/ast"

	"github.com/ruankao/ruankao/internal/ratelimit"
)

// RateLimitDirective implements @rateLimit(action): the call counts against
// the client address and the logged-in account, and is refused with
// RATE_LIMITED and a retry hint beyond the action's policy.
func RateLimitDirective(reg ratelimit.Registry, account func(context.Context) string) func(context.Context, any, graphql.Resolver, string) (any, error) {
	return func(ctx context.Context, _ any, next graphql.Resolver, action string) (any, error) {
		acct := ""
		if account != nil {
			acct = account(ctx)
		}
		if err := reg.Check(ctx, action, acct); err != nil {
			return nil, err
		}
		return next(ctx)
	}
}

// CheckRateLimits fails when a field names an action that has no policy, so a
// missing limit stops the server at start instead of silently allowing all.
func CheckRateLimits(schema *ast.Schema, reg ratelimit.Registry) error {
	for _, def := range schema.Types {
		for _, f := range def.Fields {
			d := f.Directives.ForName("rateLimit")
			if d == nil {
				continue
			}
			action := d.Arguments.ForName("action").Value.Raw
			if reg[action] == nil {
				return fmt.Errorf("%s.%s: @rateLimit(action: %q) has no policy", def.Name, f.Name, action)
			}
		}
	}
	return nil
}
