package server

import (
	"time"

	"github.com/ruankao/ruankao/internal/clock"
	"github.com/ruankao/ruankao/internal/ratelimit"
)

// rateRules are the limits per action; fields attach to them with
// @rateLimit(action: "…"). Figures allow a person's honest retries with room
// to spare and stop scripted abuse; per-client limits are loose enough for a
// campus or office behind one NAT address.
var rateRules = []ratelimit.Rule{
	{Action: "login.start", PerClient: ratelimit.PerMinute(60), PerAccount: ratelimit.PerMinute(10)},
	{Action: "login.poll", PerClient: ratelimit.Limit{Events: 600, Per: time.Minute, Burst: 120}},
	{Action: "login.password", PerClient: ratelimit.PerMinute(30), PerAccount: ratelimit.PerMinute(5)},
	{Action: "photo.check", PerClient: ratelimit.PerMinute(30), PerAccount: ratelimit.PerMinute(10)},
	{Action: "upload", PerClient: ratelimit.PerMinute(60), PerAccount: ratelimit.PerMinute(20)},
	// Each pay or poll may call the gateway, which limits the merchant's rate.
	{Action: "pay", PerClient: ratelimit.PerMinute(120), PerAccount: ratelimit.PerMinute(20)},
	// 证书查询 is public: a person checks a few certificates, a script many.
	{Action: "certificate.verify", PerClient: ratelimit.PerMinute(20)},
	// A bulk notice reaches thousands of phones: a few an hour per admin.
	{Action: "notice.send", PerClient: ratelimit.PerMinute(10), PerAccount: ratelimit.Limit{Events: 10, Per: time.Hour, Burst: 3}},
	{Action: "pay.poll", PerClient: ratelimit.Limit{Events: 600, Per: time.Minute, Burst: 120}, PerAccount: ratelimit.PerMinute(60)},
}

// NewRateLimits builds the registry of every action's policy on clk, each
// counting in the memory of this instance.
func NewRateLimits(clk clock.Clock) (ratelimit.Registry, error) { return NewRateLimitsScaled(clk, 1) }

// NewRateLimitsScaled is NewRateLimits with every limit multiplied by factor:
// load tests and benchmarks send a crowd's requests from one address.
func NewRateLimitsScaled(clk clock.Clock, factor int) (ratelimit.Registry, error) {
	return NewRateLimitsOn(clk, factor, nil)
}

// NewRateLimitsOn is NewRateLimitsScaled with every policy counting in
// backend (a ratelimit.Fallback over Redis, shared by every instance); nil
// gives each policy a memory of its own.
func NewRateLimitsOn(clk clock.Clock, factor int, backend ratelimit.Backend) (ratelimit.Registry, error) {
	var opts []ratelimit.Option
	if backend != nil {
		opts = append(opts, ratelimit.WithBackend(backend))
	}
	scale := func(l ratelimit.Limit) ratelimit.Limit {
		l.Events *= factor
		l.Burst *= factor
		return l
	}
	reg := ratelimit.Registry{}
	for _, r := range rateRules {
		r.PerClient, r.PerAccount = scale(r.PerClient), scale(r.PerAccount)
		p, err := ratelimit.NewPolicy(r, clk, opts...)
		if err != nil {
			return nil, err
		}
		reg[r.Action] = p
	}
	return reg, nil
}
