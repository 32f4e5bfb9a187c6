package auth

import (
	"testing"
	"time"

	"github.com/ruankao/ruankao/ent"
	"github.com/ruankao/ruankao/ent/schema/pulid"
)

// fakeTime is a cache's clock a test moves.
type fakeTime struct{ now time.Time }

func (f *fakeTime) Now() time.Time { return f.now }

func testCache(t *testing.T) (*SessionCache, *fakeTime) {
	t.Helper()
	ft := &fakeTime{now: time.Date(2026, 3, 2, 8, 0, 0, 0, time.UTC)}
	c := newSessionCache(10)
	c.nowFunc = ft.Now
	return c, ft
}

func session(id, staff string) *ent.AuthSession {
	s := &ent.AuthSession{ID: pulid.ID(id)}
	if staff != "" {
		st := pulid.ID(staff)
		s.StaffID = &st
	}
	return s
}

func has(c *SessionCache, hash string) bool {
	s, _ := c.get(hash)
	return s != nil
}

// cacheFrom puts a session as a lookup that began now would.
func cacheFrom(c *SessionCache, hash string, s *ent.AuthSession) {
	_, gen := c.get(hash)
	c.put(hash, s, gen)
}

func TestSessionCacheLifetimes(t *testing.T) {
	local, ft := testCache(t)
	cacheFrom(local, "h1", session("AS1", ""))
	ft.now = ft.now.Add(SharedSessionCacheTTL + time.Second)
	if !has(local, "h1") {
		t.Fatal("a database of one process: the entry lives SessionCacheTTL")
	}
	ft.now = ft.now.Add(SessionCacheTTL)
	if has(local, "h1") {
		t.Fatal("the entry outlived SessionCacheTTL")
	}

	shared, ft := testCache(t)
	shared.shared = true
	cacheFrom(shared, "h1", session("AS1", ""))
	ft.now = ft.now.Add(SharedSessionCacheTTL - time.Millisecond)
	if !has(shared, "h1") {
		t.Fatal("shared without a listener: the entry should live SharedSessionCacheTTL")
	}
	ft.now = ft.now.Add(time.Millisecond)
	if has(shared, "h1") {
		t.Fatal("shared without a listener: the entry outlived SharedSessionCacheTTL")
	}
}

// With a listener the cache serves only while the listener is known to hear
// every change: from LISTEN, for a lease renewed by each heartbeat.
func TestSessionCacheTrustsOnlyAListeningListener(t *testing.T) {
	c, ft := testCache(t)
	c.shared = true
	c.attach()
	cacheFrom(c, "h1", session("AS1", ""))
	if has(c, "h1") {
		t.Fatal("served before the listener listens")
	}
	c.resume(ft.now.Add(3 * time.Second))
	cacheFrom(c, "h1", session("AS1", ""))
	if !has(c, "h1") {
		t.Fatal("not cached while the listener listens")
	}
	ft.now = ft.now.Add(2 * time.Second)
	c.renew(ft.now.Add(3 * time.Second))
	ft.now = ft.now.Add(2 * time.Second)
	if !has(c, "h1") {
		t.Fatal("a renewed lease should keep the entry")
	}
	ft.now = ft.now.Add(time.Second)
	if has(c, "h1") {
		t.Fatal("served after the lease ran out (the heartbeat went unanswered)")
	}
	c.renew(ft.now.Add(3 * time.Second))
	if !has(c, "h1") {
		t.Fatal("an answered heartbeat should trust the entries again")
	}
	ft.now = ft.now.Add(SharedSessionCacheTTL + time.Second)
	if c.renew(ft.now.Add(3 * time.Second)); !has(c, "h1") {
		t.Fatal("with a listener the entry lives SessionCacheTTL")
	}

	c.suspend()
	if has(c, "h1") || c.Len() != 0 {
		t.Fatal("a lost connection must empty the cache")
	}
	// A lookup that read the database while nobody listened must not put
	// its row after LISTEN succeeds: a change in between was not heard.
	_, gen := c.get("h2")
	c.resume(ft.now.Add(3 * time.Second))
	c.put("h2", session("AS2", ""), gen)
	if has(c, "h2") {
		t.Fatal("a row read before the cache was emptied was cached")
	}
	c.detach()
	cacheFrom(c, "h1", session("AS1", ""))
	if ft.now = ft.now.Add(SharedSessionCacheTTL); has(c, "h1") {
		t.Fatal("after the listener stops, entries live SharedSessionCacheTTL")
	}
}

func TestSessionCacheApplyNotifications(t *testing.T) {
	c, _ := testCache(t)
	cacheFrom(c, "h1", session("AS1", "ST1"))
	cacheFrom(c, "h2", session("AS2", "ST1"))
	cacheFrom(c, "h3", session("AS3", "ST2"))
	cacheFrom(c, "h4", session("AS4", ""))
	c.apply("s:AS4")
	if has(c, "h4") || !has(c, "h3") {
		t.Fatal("s:<id> forgets that session only")
	}
	cacheFrom(c, "h4", session("AS4", ""))
	if has(c, "h4") {
		t.Fatal("a session just changed elsewhere was cached again (it is marked)")
	}
	c.apply("u:ST1")
	if has(c, "h1") || has(c, "h2") || !has(c, "h3") {
		t.Fatal("u:<id> forgets every session of that staff user, and only those")
	}
	c.apply("*")
	if c.Len() != 0 {
		t.Fatal("* forgets everything")
	}
	cacheFrom(c, "h3", session("AS3", "ST2"))
	c.apply("something new")
	if c.Len() != 0 {
		t.Fatal("an unknown payload forgets everything")
	}
	if len(c.bySession) != 0 || len(c.byStaff) != 0 || len(c.byHash) != 0 {
		t.Fatalf("indexes not emptied: %d %d %d", len(c.bySession), len(c.byStaff), len(c.byHash))
	}
}
