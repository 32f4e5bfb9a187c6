package auth_test

import (
	"context"
	"testing"
	"time"

	"github.com/ruankao/ruankao/ent"
	"github.com/ruankao/ruankao/ent/schema/pulid"
	"github.com/ruankao/ruankao/internal/auth"
	"github.com/ruankao/ruankao/internal/clock"
	"github.com/ruankao/ruankao/internal/enum"
	"github.com/ruankao/ruankao/internal/store"
	"github.com/ruankao/ruankao/internal/testenv"
)

// newStaff creates a staff account directly (no password to hash).
func newStaff(t testing.TB, c *ent.Client, username string) pulid.ID {
	t.Helper()
	return c.StaffUser.Create().SetUsername(username).SetDisplayName(username).
		SetRole(enum.RoleNationalAdmin).SetPasswordHash("not-a-hash").SaveX(testenv.System()).ID
}

func login(t testing.TB, ctx context.Context, c *ent.Client, staff pulid.ID) *auth.Issued {
	t.Helper()
	in, err := auth.StartSession(ctx, c, "", staff, "127.0.0.1", "test")
	if err != nil {
		t.Fatal(err)
	}
	return in
}

func resolves(t testing.TB, ctx context.Context, cache *auth.SessionCache, c *ent.Client, token string) bool {
	t.Helper()
	_, ok, err := cache.Resolve(ctx, c, token)
	if err != nil {
		t.Fatal(err)
	}
	return ok
}

// A cached session is refused the moment it expires or goes idle, without
// waiting for the entry to age out; an idle copy is read again first, since
// another instance may have kept the session alive meanwhile.
func TestCachedSessionExpiresOnTime(t *testing.T) {
	var count testenv.Counter
	db := testenv.OpenDB(t, store.WithDriverWrapper(count.Wrap))
	clk := clock.NewManual(time.Date(2026, 3, 2, 8, 0, 0, 0, time.UTC))
	ctx := clock.With(testenv.System(), clk)
	cache := auth.NewSessionCache(db.Client, 100)
	staff := newStaff(t, db.Client, "expiry")

	long := login(t, ctx, db.Client, staff)
	count.Reset()
	if !resolves(t, ctx, cache, db.Client, long.Token) || !cache.Cached(long.Token) {
		t.Fatal("a new session should resolve and be cached")
	}
	perLookup := count.Selects() // the session and its staff account
	// Kept alive every 20 minutes until its lifetime ends.
	for clk.Now().Add(20 * time.Minute).Before(long.ExpiresAt) {
		clk.Advance(20 * time.Minute)
		if !resolves(t, ctx, cache, db.Client, long.Token) {
			t.Fatalf("refused at %v, before it expires at %v", clk.Now(), long.ExpiresAt)
		}
	}
	if !cache.Cached(long.Token) {
		t.Fatal("the session fell out of the cache")
	}
	clk.Set(long.ExpiresAt)
	count.Reset()
	if resolves(t, ctx, cache, db.Client, long.Token) {
		t.Fatal("a cached session past its expiry was accepted")
	}
	if n := count.Selects(); n != 0 {
		t.Errorf("the expiry was found by reading the database (%d selects), not on the cached copy", n)
	}

	idle := login(t, ctx, db.Client, staff)
	if !resolves(t, ctx, cache, db.Client, idle.Token) || !cache.Cached(idle.Token) {
		t.Fatal("a new session should resolve and be cached")
	}
	clk.Advance(auth.StaffSessions.Idle)
	count.Reset()
	if resolves(t, ctx, cache, db.Client, idle.Token) {
		t.Fatal("a cached idle session was accepted")
	}
	if n := count.Selects(); n != perLookup {
		t.Errorf("an idle cached copy is read again once: %d selects, a lookup is %d", n, perLookup)
	}

	// Another instance saw the session since this one cached it.
	other := login(t, ctx, db.Client, staff)
	if !resolves(t, ctx, cache, db.Client, other.Token) || !cache.Cached(other.Token) {
		t.Fatal("a new session should resolve and be cached")
	}
	clk.Advance(auth.StaffSessions.Idle - time.Minute)
	db.Client.AuthSession.UpdateOneID(other.Session.ID).SetLastSeenAt(clk.Now()).ExecX(ctx)
	clk.Advance(2 * time.Minute)
	if !resolves(t, ctx, cache, db.Client, other.Token) {
		t.Fatal("a session another instance kept alive was refused as idle from the cached copy")
	}
}

// What a bearer token costs to resolve from the cache and from the database
// (README: the session cache's lifetime).
func BenchmarkResolve(b *testing.B) {
	db := testenv.OpenDB(b)
	ctx := testenv.System()
	staff := newStaff(b, db.Client, "bench")
	in := login(b, ctx, db.Client, staff)
	b.Run("cached", func(b *testing.B) {
		cache := auth.NewSessionCache(db.Client, 100)
		for b.Loop() {
			if !resolves(b, ctx, cache, db.Client, in.Token) {
				b.Fatal("refused")
			}
		}
	})
	b.Run("database", func(b *testing.B) {
		for b.Loop() {
			if _, ok, err := auth.Resolve(ctx, db.Client, in.Token); err != nil || !ok {
				b.Fatal("refused", err)
			}
		}
	})
}
