package auth_test

import (
	"context"
	"errors"
	"io"
	"net"
	"net/url"
	"os"
	"sync"
	"testing"
	"time"

	"github.com/ruankao/ruankao/ent"
	"github.com/ruankao/ruankao/internal/auth"
	"github.com/ruankao/ruankao/internal/store"
	"github.com/ruankao/ruankao/internal/testenv"
	"github.com/ruankao/ruankao/internal/txn"
)

// bound is the issue's: a change on one instance is honoured by every other
// within it.
const bound = 5 * time.Second

// instances are two servers' worth of database client and session cache
// over one PostgreSQL schema: a, where changes are made, and b, whose cache
// a Listener keeps in step. stale is a cache of b's without a listener and
// with the long lifetime: what b would still believe were it not listening.
type instances struct {
	a, b           *store.DB
	cacheA, cacheB *auth.SessionCache
	stale          *auth.SessionCache
	listener       *auth.Listener
	url            string
	stop           context.CancelFunc
	done           sync.WaitGroup
}

func startInstances(t *testing.T, configure func(*auth.Listener)) *instances {
	t.Helper()
	return startInstancesWith(t, func(_ *instances, l *auth.Listener) {
		if configure != nil {
			configure(l)
		}
	})
}

// startInstancesWith is startInstances with the instances at hand while
// the listener is configured.
func startInstancesWith(t *testing.T, configure func(*instances, *auth.Listener)) *instances {
	t.Helper()
	if !testenv.Postgres() {
		t.Skip("LISTEN/NOTIFY: set " + testenv.EnvDatabaseURL + " to a postgres:// URL")
	}
	ctx := context.Background()
	in := &instances{a: testenv.OpenDB(t)}
	var schema string
	if err := in.a.SQL.QueryRowContext(ctx, "SELECT current_schema()").Scan(&schema); err != nil {
		t.Fatal(err)
	}
	u, err := url.Parse(os.Getenv(testenv.EnvDatabaseURL))
	if err != nil {
		t.Fatal(err)
	}
	q := u.Query()
	q.Set("search_path", schema)
	u.RawQuery = q.Encode()
	in.url = u.String()
	if in.b, err = store.Open(ctx, in.url); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = in.b.Close() })
	in.cacheA = auth.NewSharedSessionCache(in.a.Client, 1000)
	in.cacheB = auth.NewSharedSessionCache(in.b.Client, 1000)
	in.stale = auth.NewSessionCache(in.b.Client, 1000)
	in.listener = &auth.Listener{URL: in.url, Cache: in.cacheB, Log: testenv.Logger()}
	configure(in, in.listener)
	lctx, stop := context.WithCancel(ctx)
	in.stop = stop
	in.done.Add(1)
	go func() { defer in.done.Done(); in.listener.Run(lctx) }()
	t.Cleanup(func() { stop(); in.done.Wait() })
	return in
}

// cachedOnB resolves token on b until b's cache holds it (the listener
// listens): the starting point of every check.
func (in *instances) cachedOnB(t *testing.T, token string) {
	t.Helper()
	ctx := testenv.System()
	deadline := time.Now().Add(10 * time.Second)
	for {
		if !resolves(t, ctx, in.cacheB, in.b.Client, token) {
			t.Fatal("b refuses a live session")
		}
		if in.cacheB.Cached(token) {
			break
		}
		if time.Now().After(deadline) {
			t.Fatal("b's cache never held the session: the listener does not listen")
		}
		time.Sleep(10 * time.Millisecond)
	}
	if !resolves(t, ctx, in.stale, in.b.Client, token) || !in.stale.Cached(token) {
		t.Fatal("the cache without a listener should hold the session")
	}
}

// refusedOnB waits until b refuses token, within bound, and checks that a
// cache without the listener still accepts it: the listener did it.
func (in *instances) refusedOnB(t *testing.T, token, what string) time.Duration {
	t.Helper()
	ctx := testenv.System()
	start := time.Now()
	for resolves(t, ctx, in.cacheB, in.b.Client, token) {
		if time.Since(start) > bound {
			t.Fatalf("%s on a: b still accepts the session after %v", what, bound)
		}
		time.Sleep(5 * time.Millisecond)
	}
	took := time.Since(start)
	if !resolves(t, ctx, in.stale, in.b.Client, token) {
		t.Fatalf("%s: the cache without a listener refused too, so this proves nothing about the listener", what)
	}
	t.Logf("%s on a: refused on b after %v", what, took)
	return took
}

func TestLogoutOnOneInstanceEndsTheSessionOnAnother(t *testing.T) {
	in := startInstances(t, nil)
	ctx := testenv.System()
	staff := newStaff(t, in.a.Client, "logout")
	s := login(t, ctx, in.a.Client, staff)
	in.cachedOnB(t, s.Token)
	if err := txn.Run(ctx, in.a.Client, func(ctx context.Context, c *ent.Client) error {
		return auth.Logout(ctx, c, s.Session.ID)
	}); err != nil {
		t.Fatal(err)
	}
	in.refusedOnB(t, s.Token, "logout (in a transaction)")
}

func TestDisabledStaffOnOneInstanceIsRefusedOnAnother(t *testing.T) {
	in := startInstances(t, nil)
	ctx := testenv.System()
	staff := newStaff(t, in.a.Client, "disabled")
	s1, s2 := login(t, ctx, in.a.Client, staff), login(t, ctx, in.a.Client, staff)
	in.cachedOnB(t, s1.Token)
	in.cachedOnB(t, s2.Token)
	// Outside a transaction: the notification is a statement of its own,
	// right after the change.
	in.a.Client.StaffUser.UpdateOneID(staff).SetDisabled(true).ExecX(ctx)
	in.refusedOnB(t, s1.Token, "staff account disabled")
	in.refusedOnB(t, s2.Token, "staff account disabled (its other session)")
}

// A rolled-back logout notifies nobody: b keeps serving the session.
func TestRolledBackLogoutKeepsTheSession(t *testing.T) {
	in := startInstances(t, nil)
	ctx := testenv.System()
	staff := newStaff(t, in.a.Client, "rollback")
	kept, ended := login(t, ctx, in.a.Client, staff), login(t, ctx, in.a.Client, staff)
	in.cachedOnB(t, kept.Token)
	in.cachedOnB(t, ended.Token)
	errRollback := errors.New("changed our mind")
	err := txn.Run(ctx, in.a.Client, func(ctx context.Context, c *ent.Client) error {
		if err := auth.Logout(ctx, c, kept.Session.ID); err != nil {
			return err
		}
		return errRollback
	})
	if !errors.Is(err, errRollback) {
		t.Fatalf("the transaction: %v", err)
	}
	// Notifications arrive in commit order: once a later committed logout
	// is heard, a notification of the rolled-back one would have been too.
	if err := txn.Run(ctx, in.a.Client, func(ctx context.Context, c *ent.Client) error {
		return auth.Logout(ctx, c, ended.Session.ID)
	}); err != nil {
		t.Fatal(err)
	}
	in.refusedOnB(t, ended.Token, "logout after a rolled-back one")
	if !in.cacheB.Cached(kept.Token) {
		t.Error("a rolled-back logout evicted the session from b's cache")
	}
	if !resolves(t, ctx, in.cacheB, in.b.Client, kept.Token) || !resolves(t, ctx, in.cacheA, in.a.Client, kept.Token) {
		t.Error("the session of a rolled-back logout is refused")
	}
}

// When the listener's connection is lost, b serves nothing from its cache
// until it listens again; then it caches and hears changes as before.
func TestListenerLossStopsTheCacheUntilReconnected(t *testing.T) {
	in := startInstances(t, func(l *auth.Listener) { l.MinBackoff = 2 * time.Second })
	ctx := testenv.System()
	staff := newStaff(t, in.a.Client, "reconnect")
	s := login(t, ctx, in.a.Client, staff)
	in.cachedOnB(t, s.Token)
	pid := in.listener.BackendPID()
	if pid == 0 {
		t.Fatal("no listening backend")
	}
	var killed bool
	if err := in.a.SQL.QueryRowContext(context.Background(), "SELECT pg_terminate_backend($1)", int64(pid)).Scan(&killed); err != nil || !killed {
		t.Fatalf("terminate the listener's backend %d: %v %v", pid, killed, err)
	}
	start := time.Now()
	for in.cacheB.Cached(s.Token) {
		if time.Since(start) > bound {
			t.Fatalf("b still serves from its cache %v after the listener's connection was killed", bound)
		}
		time.Sleep(5 * time.Millisecond)
	}
	t.Logf("b stopped serving cached sessions %v after the kill", time.Since(start))
	// Not listening: lookups go to the database, and nothing is kept.
	if !resolves(t, ctx, in.cacheB, in.b.Client, s.Token) {
		t.Fatal("a live session is refused while the listener reconnects")
	}
	cachedMeanwhile := in.cacheB.Cached(s.Token)
	if in.listener.BackendPID() == 0 && cachedMeanwhile {
		t.Fatal("b cached a session while nobody listened")
	}
	in.cachedOnB(t, s.Token) // waits for the reconnection
	if now := in.listener.BackendPID(); now == 0 || now == pid {
		t.Fatalf("listening backend %d after the kill of %d", now, pid)
	}
	t.Logf("b listens and caches again %v after the kill", time.Since(start))
	if err := auth.Logout(ctx, in.a.Client, s.Session.ID); err != nil {
		t.Fatal(err)
	}
	in.refusedOnB(t, s.Token, "logout after the reconnection")
}

// A connection that dies silently (no reset, no error: a partition) is
// caught by the heartbeat's lease: b stops serving from its cache within
// it, long before the heartbeat's own timeout, and trusts the cache again
// once the connection answers.
func TestSilentListenerStopsTheCache(t *testing.T) {
	var proxy *freezingProxy
	in := startInstances(t, func(l *auth.Listener) {
		proxy = startProxy(t, l.URL)
		l.URL = proxy.url
		l.PingTimeout = time.Minute
	})
	ctx := testenv.System()
	staff := newStaff(t, in.a.Client, "silent")
	s := login(t, ctx, in.a.Client, staff)
	in.cachedOnB(t, s.Token)
	pid := in.listener.BackendPID()
	proxy.freeze()
	start := time.Now()
	for in.cacheB.Cached(s.Token) {
		if time.Since(start) > bound {
			proxy.thaw()
			t.Fatalf("b still serves from its cache %v after its listener stopped hearing", bound)
		}
		time.Sleep(5 * time.Millisecond)
	}
	t.Logf("b stopped serving cached sessions %v after the connection froze", time.Since(start))
	if !resolves(t, ctx, in.cacheB, in.b.Client, s.Token) {
		t.Fatal("a live session is refused while the listener does not hear")
	}
	proxy.thaw()
	in.cachedOnB(t, s.Token)
	if got := in.listener.BackendPID(); got != pid {
		t.Errorf("the listener reconnected (backend %d, was %d): the lease alone should have stopped the cache", got, pid)
	}
	t.Logf("b caches again %v after the freeze began", time.Since(start))
}

// freezingProxy forwards TCP to PostgreSQL and can stop forwarding without
// closing anything, as a network partition does.
type freezingProxy struct {
	url   string
	gate  sync.RWMutex
	mu    sync.Mutex
	conns []net.Conn
}

func startProxy(t *testing.T, rawURL string) *freezingProxy {
	t.Helper()
	u, err := url.Parse(rawURL)
	if err != nil {
		t.Fatal(err)
	}
	target := u.Host
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	u.Host = ln.Addr().String()
	p := &freezingProxy{url: u.String()}
	t.Cleanup(func() {
		_ = ln.Close()
		p.mu.Lock()
		defer p.mu.Unlock()
		for _, c := range p.conns {
			_ = c.Close()
		}
	})
	go func() {
		for {
			client, err := ln.Accept()
			if err != nil {
				return
			}
			server, err := net.Dial("tcp", target)
			if err != nil {
				_ = client.Close()
				continue
			}
			p.mu.Lock()
			p.conns = append(p.conns, client, server)
			p.mu.Unlock()
			go p.pipe(server, client)
			go p.pipe(client, server)
		}
	}()
	return p
}

func (p *freezingProxy) pipe(dst, src net.Conn) {
	buf := make([]byte, 32<<10)
	for {
		n, err := src.Read(buf)
		if n > 0 {
			p.gate.RLock()
			_, werr := dst.Write(buf[:n])
			p.gate.RUnlock()
			if werr != nil {
				return
			}
		}
		if err != nil {
			if err != io.EOF {
				_ = dst.Close()
			}
			return
		}
	}
}

func (p *freezingProxy) freeze() { p.gate.Lock() }
func (p *freezingProxy) thaw()   { p.gate.Unlock() }
