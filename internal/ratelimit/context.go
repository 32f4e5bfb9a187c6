package ratelimit

import "context"

type clientKey struct{}

// WithClient records the request's client address (from ClientIP) for the
// limits that the GraphQL layer checks.
func WithClient(ctx context.Context, addr string) context.Context {
	return context.WithValue(ctx, clientKey{}, addr)
}

// ClientFrom is the client address recorded by WithClient, or "".
func ClientFrom(ctx context.Context) string {
	s, _ := ctx.Value(clientKey{}).(string)
	return s
}

// Registry holds the policy of every limited action by name.
type Registry map[string]*Policy

// Check applies the action's policy to the client in ctx and the account.
// An action without a policy is a programming error caught at start (see
// graph.CheckRateLimits), so here it is simply allowed.
func (r Registry) Check(ctx context.Context, action, account string) error {
	p := r[action]
	if p == nil {
		return nil
	}
	return p.Check(ctx, ClientFrom(ctx), account)
}
