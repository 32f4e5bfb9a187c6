package ratelimit

import (
	"context"
	"errors"
	"fmt"
	"sync"
	"testing"
	"time"

	"github.com/ruankao/ruankao/internal/apperr"
	"github.com/ruankao/ruankao/internal/clock"
	"github.com/ruankao/ruankao/internal/ratelimit/redistest"
)

var loginStart = Rule{Action: "login.start", PerClient: PerMinute(10), PerAccount: PerMinute(5)}

// backend is where a test's policies count: the tests of the Policy run on
// every backend, and must pass the same on each.
type backend struct {
	name string
	// option makes a test's policies share a backend; nil: each policy
	// counts in a Memory of its own (the default).
	option func(t *testing.T, clk clock.Clock) Option
}

var backends = []backend{
	{name: "memory"},
	{name: "redis", option: func(t *testing.T, _ clock.Clock) Option {
		rdb, prefix := redistest.Client(t)
		return WithBackend(NewRedis(rdb, prefix, []byte("test key")))
	}},
}

// onBackends runs f once per backend.
func onBackends(t *testing.T, f func(t *testing.T, b backend)) {
	for _, b := range backends {
		t.Run(b.name, func(t *testing.T) { f(t, b) })
	}
}

// policy makes a Policy for r on b, reading clk.
func (b backend) policy(t *testing.T, r Rule, clk clock.Clock, opts ...Option) *Policy {
	t.Helper()
	if b.option != nil {
		opts = append(opts, b.option(t, clk))
	}
	p, err := NewPolicy(r, clk, opts...)
	if err != nil {
		t.Fatal(err)
	}
	return p
}

func (b backend) newPolicy(t *testing.T, r Rule, opts ...Option) (*Policy, *clock.Manual) {
	t.Helper()
	clk := clock.NewManual(t0)
	return b.policy(t, r, clk, opts...), clk
}

func policyAllow(t *testing.T, p *Policy, client, account string, n int) {
	t.Helper()
	for i := range n {
		if ok, retry := p.Allow(context.Background(), client, account); !ok {
			t.Fatalf("(%s, %s): event %d of %d refused (retry %v)", client, account, i+1, n, retry)
		}
	}
}

func policyRefuse(t *testing.T, p *Policy, client, account string, want time.Duration) {
	t.Helper()
	ok, retry := p.Allow(context.Background(), client, account)
	if ok || retry != want {
		t.Fatalf("(%s, %s): ok=%v retry=%v, want refused with %v", client, account, ok, retry, want)
	}
}

func TestNewPolicyValidates(t *testing.T) {
	clk := clock.NewManual(t0)
	for _, r := range []Rule{
		{PerClient: PerMinute(1)},
		{Action: "x"},
		{Action: "x", PerClient: Limit{Events: -1, Per: time.Minute}},
		{Action: "x", PerAccount: Limit{Events: 1}},
	} {
		if _, err := NewPolicy(r, clk); err == nil {
			t.Errorf("NewPolicy(%+v) accepted", r)
		}
	}
	p, err := NewPolicy(loginStart, clk)
	if err != nil || p.Action() != "login.start" {
		t.Errorf("NewPolicy = %v, %v", p, err)
	}
}

func TestPolicyPerAccountAcrossAddresses(t *testing.T) {
	onBackends(t, func(t *testing.T, b backend) {
		p, clk := b.newPolicy(t, loginStart)
		// One account from many addresses: the account limit (5/min) holds.
		for i := range 5 {
			policyAllow(t, p, fmt.Sprint("203.0.113.", i), "alice", 1)
		}
		policyRefuse(t, p, "203.0.113.99", "alice", 12*time.Second)
		// Other accounts are unaffected.
		policyAllow(t, p, "203.0.113.99", "bob", 1)
		clk.Advance(12 * time.Second)
		policyAllow(t, p, "203.0.113.100", "alice", 1)
	})
}

func TestPolicyPerClientAcrossAccounts(t *testing.T) {
	onBackends(t, func(t *testing.T, b backend) {
		p, _ := b.newPolicy(t, loginStart)
		// One address trying many accounts: the address limit (10/min) holds.
		for i := range 10 {
			policyAllow(t, p, "198.51.100.7", fmt.Sprint("user", i), 1)
		}
		policyRefuse(t, p, "198.51.100.7", "user99", 6*time.Second)
		// Other addresses are unaffected, even for the same accounts.
		policyAllow(t, p, "198.51.100.8", "user0", 1)
	})
}

func TestPolicyAllOrNothing(t *testing.T) {
	onBackends(t, func(t *testing.T, b backend) {
		p, _ := b.newPolicy(t, loginStart)
		// Exhaust alice from one address (5 events), then keep hammering her:
		// the refusals must not use up the address's budget.
		policyAllow(t, p, "192.0.2.1", "alice", 5)
		for range 20 {
			policyRefuse(t, p, "192.0.2.1", "alice", 12*time.Second)
		}
		policyAllow(t, p, "192.0.2.1", "bob", 5) // the address's 6th to 10th events
		policyRefuse(t, p, "192.0.2.1", "carol", 6*time.Second)

		// A refused address does not use up its victim's account budget.
		for range 20 {
			policyRefuse(t, p, "192.0.2.1", "dave", 6*time.Second)
		}
		policyAllow(t, p, "192.0.2.2", "dave", 5)
	})
}

func TestPolicyLongestRetryHint(t *testing.T) {
	onBackends(t, func(t *testing.T, b backend) {
		r := Rule{Action: "upload", PerClient: PerMinute(10), PerAccount: Limit{Events: 2, Per: time.Hour}}
		p, clk := b.newPolicy(t, r)
		policyAllow(t, p, "192.0.2.1", "alice", 2) // alice: next in 30 min
		policyAllow(t, p, "192.0.2.1", "bob", 2)
		policyAllow(t, p, "192.0.2.1", "carol", 2)
		policyAllow(t, p, "192.0.2.1", "dave", 2)
		policyAllow(t, p, "192.0.2.1", "erin", 2) // the address: 10 events, next in 6 s
		// Both refuse: the longer wait is the hint.
		policyRefuse(t, p, "192.0.2.1", "alice", 30*time.Minute)
		// Only the address refuses.
		policyRefuse(t, p, "192.0.2.1", "frank", 6*time.Second)
		// Only the account refuses.
		clk.Advance(6 * time.Second)
		policyRefuse(t, p, "192.0.2.1", "alice", 30*time.Minute-6*time.Second)
	})
}

func TestPolicyWithoutAccount(t *testing.T) {
	onBackends(t, func(t *testing.T, b backend) {
		p, _ := b.newPolicy(t, loginStart)
		// Before the account is known only the address limit applies.
		policyAllow(t, p, "192.0.2.1", "", 10)
		policyRefuse(t, p, "192.0.2.1", "", 6*time.Second)

		onlyAccount, _ := b.newPolicy(t, Rule{Action: "photo.check", PerAccount: PerMinute(1)})
		policyAllow(t, onlyAccount, "192.0.2.1", "alice", 1)
		policyRefuse(t, onlyAccount, "192.0.2.2", "alice", time.Minute)
		policyAllow(t, onlyAccount, "192.0.2.1", "bob", 1)
	})
}

func TestPolicyIPv6ByPrefix(t *testing.T) {
	onBackends(t, func(t *testing.T, b backend) {
		p, _ := b.newPolicy(t, Rule{Action: "login.password", PerClient: PerMinute(3)})
		// Changing the interface id within a /64 does not escape the limit.
		policyAllow(t, p, "2001:db8:1:2::1", "", 1)
		policyAllow(t, p, "2001:db8:1:2::ffff", "", 1)
		policyAllow(t, p, "2001:db8:1:2:aaaa:bbbb:cccc:dddd", "", 1)
		policyRefuse(t, p, "2001:db8:1:2::2", "", 20*time.Second)
		// Another /64 is another client.
		policyAllow(t, p, "2001:db8:1:3::1", "", 3)
	})
}

func TestClientKey(t *testing.T) {
	for in, want := range map[string]string{
		"192.0.2.1":            "192.0.2.1",
		"::ffff:192.0.2.1":     "192.0.2.1",
		"2001:db8::1":          "2001:db8::/64",
		"2001:db8:0:0:8000::1": "2001:db8::/64",
		"2001:db8:0:1::1":      "2001:db8:0:1::/64",
		"fe80::1%eth0":         "fe80::/64",
		"not-an-address":       "not-an-address",
		"@":                    "@",
		"":                     "",
	} {
		if got := ClientKey(in); got != want {
			t.Errorf("ClientKey(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestPolicyCheckError(t *testing.T) {
	onBackends(t, func(t *testing.T, b backend) {
		p, _ := b.newPolicy(t, Rule{Action: "login.poll", PerClient: Limit{Events: 1, Per: 90 * time.Second}})
		if err := p.Check(context.Background(), "192.0.2.1", ""); err != nil {
			t.Fatalf("first Check = %v", err)
		}
		err := p.Check(context.Background(), "192.0.2.1", "")
		e, ok := apperr.As(err)
		if !ok {
			t.Fatalf("Check = %v, want *apperr.Error", err)
		}
		want := apperr.Error{Code: apperr.RateLimited, Message: "请求过于频繁，请 90 秒后重试", RetryAfterSeconds: 90}
		if *e != want {
			t.Errorf("error = %+v, want %+v", *e, want)
		}
	})
}

func TestNewError(t *testing.T) {
	for _, c := range []struct {
		d    time.Duration
		want int
	}{
		{0, 1},
		{-time.Second, 1},
		{time.Nanosecond, 1},
		{time.Second, 1},
		{time.Second + time.Nanosecond, 2},
		{1500 * time.Millisecond, 2},
		{12 * time.Second, 12},
		{30*time.Minute - time.Millisecond, 1800},
		{time.Duration(1<<63 - 1), 1<<31 - 1},
	} {
		e := NewError(c.d)
		if e.Code != apperr.RateLimited || e.RetryAfterSeconds != c.want {
			t.Errorf("NewError(%v) = %+v, want %d s", c.d, e, c.want)
		}
		if want := fmt.Sprintf("请求过于频繁，请 %d 秒后重试", c.want); e.Message != want {
			t.Errorf("message %q, want %q", e.Message, want)
		}
		var target *apperr.Error
		if !errors.As(error(e), &target) {
			t.Error("not an *apperr.Error")
		}
	}
}

func TestPolicyConcurrent(t *testing.T) {
	onBackends(t, func(t *testing.T, b backend) {
		// Clock still: per account exactly 5 admitted, per address at most 10,
		// and the totals agree with both, however the goroutines interleave.
		// The clock takes no lock and each goroutine counts on its own, so that
		// nothing but the policy orders the goroutines (the race detector then
		// sees any unguarded access).
		p := b.policy(t, loginStart, fixedClock{})
		accounts := []string{"a", "b", "c", "d", "e", "f"}
		clients := []string{"192.0.2.1", "192.0.2.2", "192.0.2.3"}
		const goroutines = 6
		var perAccount [goroutines][6]int
		var perClient [goroutines][3]int
		var wg sync.WaitGroup
		start := make(chan struct{})
		for g := range goroutines {
			wg.Go(func() {
				<-start
				for i := range 2000 {
					a, c := (g+i)%len(accounts), (g*7+i)%len(clients)
					if ok, _ := p.Allow(context.Background(), clients[c], accounts[a]); ok {
						perAccount[g][a]++
						perClient[g][c]++
					}
					if i%500 == 499 {
						p.Sweep()
					}
				}
			})
		}
		close(start)
		wg.Wait()
		total := 0
		for a := range accounts {
			n := 0
			for g := range goroutines {
				n += perAccount[g][a]
			}
			if n > 5 {
				t.Errorf("account %s: %d admitted, limit 5", accounts[a], n)
			}
			total += n
		}
		for c := range clients {
			n := 0
			for g := range goroutines {
				n += perClient[g][c]
			}
			if n > 10 {
				t.Errorf("client %s: %d admitted, limit 10", clients[c], n)
			}
		}
		// Account a is always tried from client a%3 (c = (g+i)%3 = a%3), two
		// accounts per client: 2 × 5 = 10 per client, so every budget is used up
		// exactly and the total is 30 whatever the interleaving.
		if total != 30 {
			t.Errorf("%d admitted in all, want 30", total)
		}
	})
}

func TestPolicyConcurrentManyAccounts(t *testing.T) {
	onBackends(t, func(t *testing.T, b backend) {
		// Every goroutine tries each of 2000 accounts once: the first three to
		// arrive are admitted, so both limiters keep changing for the whole run
		// (the race detector needs writes on all sides) and the count per
		// account is exact. The client budget (4000) cannot run out: at most
		// two goroutines use the same client for an account.
		const goroutines, accounts = 6, 2000
		p := b.policy(t, Rule{
			Action:     "upload",
			PerClient:  Limit{Events: 4000, Per: time.Hour},
			PerAccount: Limit{Events: 3, Per: time.Hour},
		}, fixedClock{}, WithMaxKeys(accounts))
		clients := []string{"192.0.2.1", "192.0.2.2", "2001:db8::1"}
		var admitted [goroutines][accounts]bool
		var wg sync.WaitGroup
		start := make(chan struct{})
		for g := range goroutines {
			wg.Go(func() {
				<-start
				for i := range accounts {
					admitted[g][i], _ = p.Allow(context.Background(), clients[(g+i)%len(clients)], fmt.Sprint("account-", i))
				}
			})
		}
		close(start)
		wg.Wait()
		for i := range accounts {
			n := 0
			for g := range goroutines {
				if admitted[g][i] {
					n++
				}
			}
			if n != 3 {
				t.Fatalf("account-%d: %d admitted, want 3", i, n)
			}
		}
	})
}
