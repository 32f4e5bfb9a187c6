package ratelimit

import (
	"context"
	"errors"
	"fmt"
	"net/netip"
	"time"

	"github.com/ruankao/ruankao/internal/clock"
)

// Rule is the limits of one action, e.g.
//
//	Rule{Action: "login.start", PerClient: PerMinute(10), PerAccount: PerMinute(5)}
//
// A zero Limit means no limit of that kind.
type Rule struct {
	// Action names what is limited ("login.start", "photo.check", "upload"),
	// for logs and metrics.
	Action string
	// PerClient limits each client address (see ClientKey).
	PerClient Limit
	// PerAccount limits each account, whatever address it is used from.
	PerAccount Limit
}

// Policy enforces a Rule. Its counts live in a Backend: by default a Memory
// of its own, so actions never share counts; WithBackend shares one (checks
// are named after the action, so actions still never share counts). It is
// safe for concurrent use.
type Policy struct {
	action      string
	clk         clock.Clock
	client      Limit // zero: no per-client limit
	account     Limit // zero: no per-account limit
	clientName  string
	accountName string
	backend     Backend
}

// WithBackend makes a Policy count in b (e.g. a Fallback over Redis) instead
// of a Memory of its own. Limiters ignore it.
func WithBackend(b Backend) Option { return func(o *options) { o.backend = b } }

// NewPolicy makes a Policy for r, reading the time from clk; opts apply to
// the limiters of its own Memory (unless WithBackend gives another backend).
func NewPolicy(r Rule, clk clock.Clock, opts ...Option) (*Policy, error) {
	if r.Action == "" {
		return nil, errors.New("ratelimit: rule without an action")
	}
	if r.PerClient.IsZero() && r.PerAccount.IsZero() {
		return nil, fmt.Errorf("ratelimit: rule %q sets no limit", r.Action)
	}
	if clk == nil {
		return nil, errors.New("ratelimit: no clock")
	}
	if !r.PerClient.IsZero() {
		if err := r.PerClient.validate(); err != nil {
			return nil, fmt.Errorf("ratelimit: %s per client: %w", r.Action, err)
		}
	}
	if !r.PerAccount.IsZero() {
		if err := r.PerAccount.validate(); err != nil {
			return nil, fmt.Errorf("ratelimit: %s per account: %w", r.Action, err)
		}
	}
	var o options
	for _, opt := range opts {
		opt(&o)
	}
	if o.backend == nil {
		m, err := NewMemory(clk, opts...)
		if err != nil {
			return nil, err
		}
		o.backend = m
	}
	return &Policy{action: r.Action, clk: clk, client: r.PerClient, account: r.PerAccount,
		clientName: r.Action + ":client", accountName: r.Action + ":account", backend: o.backend}, nil
}

// Action is the rule's action.
func (p *Policy) Action() string { return p.action }

// Allow counts one event by client (an address from ClientIP) on account
// (empty when not known yet, e.g. before the identity provider answers; then
// only the client limit applies).
//
// It is all or nothing: the event is counted against both limits or neither,
// so a refused address cannot use up its victim's account budget, and
// attempts on an account that is already refused do not use up the address's.
// When refused, retryAfter is the longest wait of the refusing limits.
//
// A backend that fails refuses nothing: the event is admitted (a Fallback
// never fails; it answers from memory instead).
func (p *Policy) Allow(ctx context.Context, client, account string) (ok bool, retryAfter time.Duration) {
	var buf [2]Check
	checks := buf[:0]
	if !p.client.IsZero() {
		checks = append(checks, Check{Name: p.clientName, Key: ClientKey(client), Limit: p.client})
	}
	if !p.account.IsZero() && account != "" {
		checks = append(checks, Check{Name: p.accountName, Key: account, Limit: p.account})
	}
	if len(checks) == 0 {
		return true, 0
	}
	ok, retryAfter, err := p.backend.Allow(ctx, p.clk.Now(), checks)
	if err != nil {
		return true, 0
	}
	return ok, retryAfter
}

// Check is Allow as an error: nil when admitted, otherwise the RATE_LIMITED
// *apperr.Error made by NewError.
func (p *Policy) Check(ctx context.Context, client, account string) error {
	if ok, retry := p.Allow(ctx, client, account); !ok {
		return NewError(retry)
	}
	return nil
}

// Sweep forgets idle keys kept in memory (see Limiter.Sweep); a shared
// store forgets them itself.
func (p *Policy) Sweep() int {
	if s, ok := p.backend.(interface{ Sweep() int }); ok {
		return s.Sweep()
	}
	return 0
}

// ClientKey is the key a client address is limited by: an IPv4 address as
// it is (IPv4-mapped IPv6 too), an IPv6 address by its /64, because one
// subscriber typically holds a whole /64 and could otherwise change address
// at every attempt. Anything that is not an address is used as it is.
func ClientKey(addr string) string {
	a, err := netip.ParseAddr(addr)
	if err != nil {
		return addr
	}
	a = a.Unmap().WithZone("")
	if a.Is4() {
		return a.String()
	}
	p, err := a.Prefix(64)
	if err != nil {
		return a.String()
	}
	return p.String()
}
