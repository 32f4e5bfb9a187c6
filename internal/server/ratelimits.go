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
}

// NewRateLimits builds the registry of every action's policy on clk.
func NewRateLimits(clk clock.Clock) (ratelimit.Registry, error) {
	reg := ratelimit.Registry{}
	for _, r := range rateRules {
		p, err := ratelimit.NewPolicy(r, clk)
		if err != nil {
			return nil, err
		}
		reg[r.Action] = p
	}
	return reg, nil
}
