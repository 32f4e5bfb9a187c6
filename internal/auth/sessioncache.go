package auth

import (
	"container/list"
	"context"
	"fmt"
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
// lookup racing the change cannot cache the old row again.
//
// On PostgreSQL (NewSharedSessionCache) several instances share the
// database, and the same hooks also NOTIFY NotifyChannel in the change's
// transaction. A Listener on each instance forgets what they name; while it
// is not listening, nothing is served from the cache. Without a Listener an
// entry is believed SharedSessionCacheTTL.
type SessionCache struct {
	mu        sync.Mutex
	byHash    map[string]*list.Element // of *cachedSession
	bySession map[pulid.ID]*list.Element
	byStaff   map[pulid.ID]map[*list.Element]struct{}
	lru       list.List
	marked    map[pulid.ID]time.Time // sessions and staff changed recently
	max       int
	ttl       time.Duration // with a listener, or on a database of this process alone
	sharedTTL time.Duration // shared, without a listener
	nowFunc   func() time.Time

	// gen is bumped whenever the cache is emptied: a lookup that read the
	// database before may not put what it read.
	gen uint64
	// shared: other instances use the database; the hooks notify them.
	shared bool
	// listening: a Listener runs; entries are served only before trustedUntil,
	// which the listener moves on while its connection is known to be alive.
	listening    bool
	trustedUntil time.Time
}

// SessionCacheTTL bounds how long an entry is believed without a look at
// the database on a database this process alone uses, or while a Listener
// hears the other instances: what they cannot notify (a row changed by hand
// in SQL) is seen after it.
const SessionCacheTTL = 2 * time.Minute

// SharedSessionCacheTTL is the lifetime of an entry on a shared database
// when no Listener runs: what another instance did to a session is seen
// after it.
const SharedSessionCacheTTL = 5 * time.Second

// markFor outlasts any transaction that changes a session or a staff user:
// until then, what is read about them is not cached.
const markFor = 30 * time.Second

type cachedSession struct {
	hash     string
	s        *ent.AuthSession // with its staff user, when staff
	loadedAt time.Time
}

// NewSessionCache holds up to max sessions (each a few hundred bytes) and
// installs the hooks that keep it correct on client. It is for a database
// only this process uses (SQLite).
func NewSessionCache(client *ent.Client, max int) *SessionCache {
	c := newSessionCache(max)
	client.AuthSession.Use(c.sessionHook())
	client.StaffUser.Use(c.staffHook())
	return c
}

func newSessionCache(max int) *SessionCache {
	return &SessionCache{byHash: map[string]*list.Element{}, bySession: map[pulid.ID]*list.Element{},
		byStaff: map[pulid.ID]map[*list.Element]struct{}{}, marked: map[pulid.ID]time.Time{},
		max: max, ttl: SessionCacheTTL, sharedTTL: SharedSessionCacheTTL, nowFunc: time.Now}
}

// NewSharedSessionCache is NewSessionCache for a PostgreSQL database that
// other instances share: its hooks also notify them (pg_notify in the
// change's transaction), and until a Listener runs on it an entry is
// believed SharedSessionCacheTTL.
func NewSharedSessionCache(client *ent.Client, max int) *SessionCache {
	c := NewSessionCache(client, max)
	c.shared = true
	return c
}

// Resolve is auth.Resolve through the cache.
func (c *SessionCache) Resolve(ctx context.Context, client *ent.Client, token string) (viewer.Viewer, bool, error) {
	return resolve(ctx, client, token, c)
}

// get returns a copy of the cached session, or nil and the generation a
// lookup in the database must give put.
func (c *SessionCache) get(hash string) (*ent.AuthSession, uint64) {
	c.mu.Lock()
	defer c.mu.Unlock()
	now := c.nowFunc()
	if !c.trustedLocked(now) {
		return nil, c.gen
	}
	el, ok := c.byHash[hash]
	if !ok {
		return nil, c.gen
	}
	e := el.Value.(*cachedSession)
	ttl := c.ttl
	if c.shared && !c.listening {
		ttl = c.sharedTTL
	}
	if now.Sub(e.loadedAt) >= ttl || c.markedLocked(e.s) {
		c.removeLocked(el)
		return nil, c.gen
	}
	c.lru.MoveToFront(el)
	copied := *e.s
	return &copied, c.gen
}

// trustedLocked: whether entries may be served at all. With a listener, only
// while it is known to hear every change.
func (c *SessionCache) trustedLocked(now time.Time) bool {
	return !c.listening || now.Before(c.trustedUntil)
}

// put caches a session read from the database when nothing changed it
// meanwhile: no change to it or its staff account, and the cache not
// emptied since the lookup began (gen).
func (c *SessionCache) put(hash string, s *ent.AuthSession, gen uint64) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if gen != c.gen || !c.trustedLocked(c.nowFunc()) || c.markedLocked(s) {
		return
	}
	if el, ok := c.byHash[hash]; ok {
		c.removeLocked(el)
	}
	if el, ok := c.bySession[s.ID]; ok {
		c.removeLocked(el)
	}
	copied := *s
	el := c.lru.PushFront(&cachedSession{hash: hash, s: &copied, loadedAt: c.nowFunc()})
	c.byHash[hash] = el
	c.bySession[s.ID] = el
	if s.StaffID != nil {
		set := c.byStaff[*s.StaffID]
		if set == nil {
			set = map[*list.Element]struct{}{}
			c.byStaff[*s.StaffID] = set
		}
		set[el] = struct{}{}
	}
	for c.lru.Len() > c.max {
		c.removeLocked(c.lru.Back())
	}
}

// drop forgets one token's entry without marking it.
func (c *SessionCache) drop(hash string) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if el, ok := c.byHash[hash]; ok {
		c.removeLocked(el)
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
	e := el.Value.(*cachedSession)
	c.lru.Remove(el)
	delete(c.byHash, e.hash)
	if c.bySession[e.s.ID] == el {
		delete(c.bySession, e.s.ID)
	}
	if e.s.StaffID != nil {
		if set := c.byStaff[*e.s.StaffID]; set != nil {
			delete(set, el)
			if len(set) == 0 {
				delete(c.byStaff, *e.s.StaffID)
			}
		}
	}
}

// clearLocked empties the cache; lookups under way may not put what they read.
func (c *SessionCache) clearLocked() {
	c.byHash = map[string]*list.Element{}
	c.bySession = map[pulid.ID]*list.Element{}
	c.byStaff = map[pulid.ID]map[*list.Element]struct{}{}
	c.lru.Init()
	c.gen++
}

// forget drops every entry of the given sessions or staff users and marks them.
func (c *SessionCache) forget(ids []pulid.ID) {
	if len(ids) == 0 {
		return
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	until := c.nowFunc().Add(markFor)
	for _, id := range ids {
		c.marked[id] = until
		if el, ok := c.bySession[id]; ok {
			c.removeLocked(el)
		}
		for el := range c.byStaff[id] {
			c.removeLocked(el)
		}
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
			return c.forgetAround(ctx, m, next, "s:")
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
			return c.forgetAround(ctx, m, next, "u:")
		})
	}
}

// mutation is what forgetAround needs of an AuthSession or StaffUser mutation.
type mutation interface {
	ent.Mutation
	IDs(context.Context) ([]pulid.ID, error)
	Client() *ent.Client
	Tx() (*ent.Tx, error)
}

// forgetAround forgets the rows m changes before and after it runs: before,
// so no request uses them meanwhile; after, for a lookup that read them
// while the statement ran. On a shared database it then tells the other
// instances, after the change succeeded and in its transaction.
func (c *SessionCache) forgetAround(ctx context.Context, m mutation, next ent.Mutator, prefix string) (ent.Value, error) {
	ids, err := m.IDs(viewer.SystemContext(ctx))
	if err != nil {
		return nil, err
	}
	c.forget(ids)
	v, err := next.Mutate(ctx, m)
	c.forget(ids)
	if err != nil || !c.shared || len(ids) == 0 {
		return v, err
	}
	if err := notifyChanged(ctx, m, prefix, ids); err != nil {
		return nil, fmt.Errorf("notify other instances of a session change: %w", err)
	}
	return v, nil
}
