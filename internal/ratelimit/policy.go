package ratelimit

import (
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

// Policy enforces a Rule. Each Policy has limiters of its own, so actions
// never share counts. It is safe for concurrent use.
type Policy struct {
	action  string
	clk     clock.Clock
	client  *Limiter // nil: no per-client limit
	account *Limiter // nil: no per-account limit
}

// NewPolicy makes a Policy for r, reading the time from clk; opts apply to
// both of its limiters.
func NewPolicy(r Rule, clk clock.Clock, opts ...Option) (*Policy, error) {
	if r.Action == "" {
		return nil, errors.New("ratelimit: rule without an action")
	}
	if r.PerClient.IsZero() && r.PerAccount.IsZero() {
		return nil, fmt.Errorf("ratelimit: rule %q sets no limit", r.Action)
	}
	p := &Policy{action: r.Action, clk: clk}
	var err error
	if !r.PerClient.IsZero() {
		if p.client, err = New(r.PerClient, clk, opts...); err != nil {
			return nil, fmt.Errorf("ratelimit: %s per client: %w", r.Action, err)
		}
	}
	if !r.PerAccount.IsZero() {
		if p.account, err = New(r.PerAccount, clk, opts...); err != nil {
			return nil, fmt.Errorf("ratelimit: %s per account: %w", r.Action, err)
		}
	}
	return p, nil
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
func (p *Policy) Allow(client, account string) (ok bool, retryAfter time.Duration) {
	now := p.clk.Now().UnixNano()
	var lims [2]*Limiter
	var keys [2]string
	n := 0
	if p.client != nil {
		lims[n], keys[n] = p.client, normKey(ClientKey(client))
		n++
	}
	if p.account != nil && account != "" {
		lims[n], keys[n] = p.account, normKey(account)
		n++
	}
	// Always the client limiter first, then the account limiter: a fixed
	// order, and no one else takes these locks, so no deadlock.
	for i := range n {
		lims[i].mu.Lock()
		defer lims[i].mu.Unlock()
	}
	var tats [2]int64
	for i := range n {
		tat, retry := lims[i].decideLocked(keys[i], now)
		if retry > 0 {
			ok = false
			retryAfter = max(retryAfter, retry)
			continue
		}
		tats[i] = tat
	}
	if retryAfter > 0 {
		return false, retryAfter
	}
	for i := range n {
		lims[i].commitLocked(keys[i], tats[i], now)
	}
	return true, 0
}

// Check is Allow as an error: nil when admitted, otherwise the RATE_LIMITED
// *apperr.Error made by NewError.
func (p *Policy) Check(client, account string) error {
	if ok, retry := p.Allow(client, account); !ok {
		return NewError(retry)
	}
	return nil
}

// Sweep forgets idle keys in both limiters (see Limiter.Sweep).
func (p *Policy) Sweep() int {
	n := 0
	if p.client != nil {
		n += p.client.Sweep()
	}
	if p.account != nil {
		n += p.account.Sweep()
	}
	return n
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
