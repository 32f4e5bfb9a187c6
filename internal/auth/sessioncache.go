package auth

import (
	"container/list"
	"context"
	"sync"
	"time"

	"github.com/ruankao/ruankao/ent"
	"github.com/ruankao/ruankao/ent/authsession"
	"github.com/ruankao/ruankao/ent/hook"
	"github.com/ruankao/ruankao/ent/schema/pulid"
	"github.com/ruankao/ruankao/internal/viewer"
)

// SessionCache keeps recently seen sessions in memory, so that a request
// does not look its bearer token up in the database each time (the lookup
// was a fifth of a candidate's read). It stays correct on this instance
// through ent hooks: a session revoked or deleted, or any change to a staff
// account (disabled, role, region, password), forgets what is cached about
// them before the change commits, and marks them for a while so that a
// lookup racing the change cannot cache the old row again. Other instances
// see such a change when their entry ages out (SessionCacheTTL).
type SessionCache struct {
	mu      sync.Mutex
	byHash  map[string]*list.Element // of *cachedSession
	lru     list.List
	marked  map[pulid.ID]time.Time // sessions and staff changed recently
	max     int
	ttl     time.Duration
	nowFunc func() time.Time
}

// SessionCacheTTL bounds how long an entry is believed without a look at
// the database: what another instance did to a session is seen after it.
const SessionCacheTTL = 2 * time.Minute

// markFor outlasts any transaction that changes a session or a staff user:
// until then, what is read about them is not cached.
const markFor = 30 * time.Second

type cachedSession struct {
	hash     string
	s        *ent.AuthSession // with its staff user, when staff
	loadedAt time.Time
}

// NewSessionCache holds up to max sessions (each a few hundred bytes) and
// installs the hooks that keep it correct on client.
func NewSessionCache(client *ent.Client, max int) *SessionCache {
	c := &SessionCache{byHash: map[string]*list.Element{}, marked: map[pulid.ID]time.Time{},
		max: max, ttl: SessionCacheTTL, nowFunc: time.Now}
	client.AuthSession.Use(c.sessionHook())
	client.StaffUser.Use(c.staffHook())
	return c
}

// Resolve is auth.Resolve through the cache.
func (c *SessionCache) Resolve(ctx context.Context, client *ent.Client, token string) (viewer.Viewer, bool, error) {
	return resolve(ctx, client, token, c)
}

func (c *SessionCache) get(hash string) *ent.AuthSession {
	c.mu.Lock()
	defer c.mu.Unlock()
	el, ok := c.byHash[hash]
	if !ok {
		return nil
	}
	e := el.Value.(*cachedSession)
	if c.nowFunc().Sub(e.loadedAt) >= c.ttl || c.markedLocked(e.s) {
		c.removeLocked(el)
		return nil
	}
	c.lru.MoveToFront(el)
	copied := *e.s
	return &copied
}

// put caches a session read from the database when nothing changed it meanwhile.
func (c *SessionCache) put(hash string, s *ent.AuthSession) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.markedLocked(s) {
		return
	}
	if el, ok := c.byHash[hash]; ok {
		c.removeLocked(el)
	}
	copied := *s
	c.byHash[hash] = c.lru.PushFront(&cachedSession{hash: hash, s: &copied, loadedAt: c.nowFunc()})
	for c.lru.Len() > c.max {
		c.removeLocked(c.lru.Back())
	}
}

// touched records a session's new last-seen time, written by this instance.
func (c *SessionCache) touched(hash string, at time.Time) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if el, ok := c.byHash[hash]; ok {
		e := el.Value.(*cachedSession)
		copied := *e.s
		copied.LastSeenAt = at
		e.s = &copied
	}
}

func (c *SessionCache) markedLocked(s *ent.AuthSession) bool {
	now := c.nowFunc()
	for id, until := range c.marked {
		if !now.Before(until) {
			delete(c.marked, id)
		}
	}
	if _, ok := c.marked[s.ID]; ok {
		return true
	}
	if s.StaffID != nil {
		_, ok := c.marked[*s.StaffID]
		return ok
	}
	return false
}

func (c *SessionCache) removeLocked(el *list.Element) {
	c.lru.Remove(el)
	delete(c.byHash, el.Value.(*cachedSession).hash)
}

// forget drops every entry of the given sessions or staff users and marks them.
func (c *SessionCache) forget(ids []pulid.ID) {
	if len(ids) == 0 {
		return
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	until := c.nowFunc().Add(markFor)
	set := make(map[pulid.ID]bool, len(ids))
	for _, id := range ids {
		set[id] = true
		c.marked[id] = until
	}
	for el := c.lru.Front(); el != nil; {
		next := el.Next()
		s := el.Value.(*cachedSession).s
		if set[s.ID] || (s.StaffID != nil && set[*s.StaffID]) {
			c.removeLocked(el)
		}
		el = next
	}
}

// Len is how many sessions are cached.
func (c *SessionCache) Len() int {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.lru.Len()
}

// sessionHook forgets sessions revoked, expired early or deleted; a
// last-seen touch changes nothing the cache relies on.
func (c *SessionCache) sessionHook() ent.Hook {
	return func(next ent.Mutator) ent.Mutator {
		return hook.AuthSessionFunc(func(ctx context.Context, m *ent.AuthSessionMutation) (ent.Value, error) {
			if m.Op().Is(ent.OpCreate) || onlyTouch(m) {
				return next.Mutate(ctx, m)
			}
			return c.forgetAround(ctx, m, next)
		})
	}
}

func onlyTouch(m *ent.AuthSessionMutation) bool {
	fields := m.Fields()
	return len(fields) == 1 && fields[0] == authsession.FieldLastSeenAt && len(m.ClearedFields()) == 0
}

// staffHook forgets the sessions of a staff user whose account changes.
func (c *SessionCache) staffHook() ent.Hook {
	return func(next ent.Mutator) ent.Mutator {
		return hook.StaffUserFunc(func(ctx context.Context, m *ent.StaffUserMutation) (ent.Value, error) {
			if m.Op().Is(ent.OpCreate) {
				return next.Mutate(ctx, m)
			}
			return c.forgetAround(ctx, m, next)
		})
	}
}

// forgetAround forgets the rows m changes before and after it runs: before,
// so no request uses them meanwhile; after, for a lookup that read them
// while the statement ran.
func (c *SessionCache) forgetAround(ctx context.Context, m interface {
	ent.Mutation
	IDs(context.Context) ([]pulid.ID, error)
}, next ent.Mutator) (ent.Value, error) {
	ids, err := m.IDs(viewer.SystemContext(ctx))
	if err != nil {
		return nil, err
	}
	c.forget(ids)
	v, err := next.Mutate(ctx, m)
	c.forget(ids)
	return v, err
}
