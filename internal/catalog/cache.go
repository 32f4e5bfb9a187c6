package catalog

import (
	"context"
	"sync"
	"time"

	"github.com/ruankao/ruankao/internal/changes"

	"github.com/ruankao/ruankao/ent"
	"github.com/ruankao/ruankao/ent/calendarday"
	"github.com/ruankao/ruankao/ent/regionpolicy"
	"github.com/ruankao/ruankao/ent/schema/pulid"
	"github.com/ruankao/ruankao/ent/subject"
	"github.com/ruankao/ruankao/internal/viewer"
)

// Cache holds the catalog every application refers to in memory: regions,
// qualifications with their subjects, and each region's policy per session.
// An application shown names its region and qualification and lists its
// subjects, and a read checks the policy for a due move; there are a few
// hundred such rows, changed by admins a few times a window. A change
// through ent empties the cache before it commits and keeps it from filling
// again for markFor, so that nothing read before the commit is kept;
// meanwhile lookups go to the database row by row.
//
// On PostgreSQL other instances share the database (NewSharedCache): a
// change also notifies them (internal/changes), and a snapshot is believed
// only while auth.Listener is known to hear those notifications — or, with
// no listener running, for SharedTTL after it was loaded.
type Cache struct {
	mu          sync.Mutex
	snap        *snapshot
	gen         uint64
	markedUntil time.Time

	shared       bool
	listening    bool
	trustedUntil time.Time // while listening
	loadedAt     time.Time
}

// SharedTTL bounds a shared cache's snapshot when no listener runs: what
// another instance changed is seen after it.
const SharedTTL = 5 * time.Second

type snapshot struct {
	regions   map[pulid.ID]*ent.Region
	quals     map[pulid.ID]*ent.Qualification
	subjects  map[pulid.ID][]*ent.Subject // by qualification, in order
	policies  map[[2]pulid.ID]*ent.RegionPolicy
	sessions  map[pulid.ID]*ent.ExamSession
	areas     map[pulid.ID]*ent.ExamArea
	offerings map[[2]pulid.ID]bool // session, qualification: enabled
	days      []*ent.CalendarDay   // not disabled
}

// markFor outlasts any transaction that changes the catalog.
const markFor = 30 * time.Second

// NewCache makes an empty cache and installs, on client, the hooks that keep it correct.
func NewCache(client *ent.Client) *Cache {
	c := &Cache{}
	c.install(client)
	return c
}

// NewSharedCache is NewCache for a PostgreSQL database other instances
// share: its changes are notified to them, and theirs heard through
// auth.Listener (Also).
func NewSharedCache(client *ent.Client) *Cache {
	c := &Cache{shared: true}
	c.install(client)
	return c
}

func (c *Cache) install(client *ent.Client) {
	client.Use(func(next ent.Mutator) ent.Mutator {
		return ent.MutateFunc(func(ctx context.Context, m ent.Mutation) (ent.Value, error) {
			switch m.Type() {
			case ent.TypeRegion, ent.TypeQualification, ent.TypeSubject, ent.TypeRegionPolicy,
				ent.TypeExamSession, ent.TypeExamArea, ent.TypeOffering, ent.TypeCalendarDay:
			default:
				return next.Mutate(ctx, m)
			}
			c.invalidate()
			defer c.invalidate()
			v, err := next.Mutate(ctx, m)
			if err == nil && c.shared {
				if cm, ok := m.(changes.Mutation); ok {
					err = changes.Notify(ctx, cm, []string{changes.CatalogPrefix})
				}
			}
			return v, err
		})
	})
}

func (c *Cache) invalidate() {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.gen++
	c.snap = nil
	c.markedUntil = time.Now().Add(markFor)
}

// Region is the region with id, as a copy the caller may keep.
func (c *Cache) Region(ctx context.Context, client *ent.Client, id pulid.ID) (*ent.Region, error) {
	s, err := c.current(ctx, client)
	if err != nil || s == nil {
		return client.Region.Get(viewer.SystemContext(ctx), id)
	}
	if r, ok := s.regions[id]; ok {
		copied := *r
		return &copied, nil
	}
	return client.Region.Get(viewer.SystemContext(ctx), id)
}

// Qualification is the qualification with id, as a copy the caller may keep.
func (c *Cache) Qualification(ctx context.Context, client *ent.Client, id pulid.ID) (*ent.Qualification, error) {
	s, err := c.current(ctx, client)
	if err != nil || s == nil {
		return client.Qualification.Get(viewer.SystemContext(ctx), id)
	}
	if q, ok := s.quals[id]; ok {
		copied := *q
		return &copied, nil
	}
	return client.Qualification.Get(viewer.SystemContext(ctx), id)
}

// Subjects are a qualification's subjects in order, as copies.
func (c *Cache) Subjects(ctx context.Context, client *ent.Client, qual pulid.ID) ([]*ent.Subject, error) {
	s, err := c.current(ctx, client)
	if err != nil || s == nil {
		return client.Subject.Query().Where(subject.QualificationID(qual)).
			Order(ent.Asc(subject.FieldOrder)).All(viewer.SystemContext(ctx))
	}
	out := make([]*ent.Subject, len(s.subjects[qual]))
	for i, sub := range s.subjects[qual] {
		copied := *sub
		out[i] = &copied
	}
	return out, nil
}

// Policy is a region's policy for a session, or nil when it has none.
func (c *Cache) Policy(ctx context.Context, client *ent.Client, region, session pulid.ID) (*ent.RegionPolicy, error) {
	s, err := c.current(ctx, client)
	if err != nil || s == nil {
		p, err := client.RegionPolicy.Query().
			Where(regionpolicy.RegionID(region), regionpolicy.SessionID(session)).Only(viewer.SystemContext(ctx))
		if ent.IsNotFound(err) {
			return nil, nil
		}
		return p, err
	}
	if p, ok := s.policies[[2]pulid.ID{region, session}]; ok {
		copied := *p
		return &copied, nil
	}
	return nil, nil
}

// current is the snapshot, loaded when the cache is empty and not marked;
// nil while marked.
func (c *Cache) current(ctx context.Context, client *ent.Client) (*snapshot, error) {
	if c == nil {
		return nil, nil
	}
	c.mu.Lock()
	now := time.Now()
	if c.shared && !c.listening && c.snap != nil && now.Sub(c.loadedAt) >= SharedTTL {
		c.snap = nil
	}
	s, gen, marked := c.snap, c.gen, now.Before(c.markedUntil) || c.distrusted(now)
	c.mu.Unlock()
	if s != nil || marked {
		return s, nil
	}
	s, err := load(viewer.SystemContext(ctx), client)
	if err != nil {
		return nil, err
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.gen == gen && !time.Now().Before(c.markedUntil) && !c.distrusted(time.Now()) {
		c.snap, c.loadedAt = s, now
	}
	return s, nil
}

func load(ctx context.Context, client *ent.Client) (*snapshot, error) {
	regions, err := client.Region.Query().All(ctx)
	if err != nil {
		return nil, err
	}
	quals, err := client.Qualification.Query().All(ctx)
	if err != nil {
		return nil, err
	}
	subs, err := client.Subject.Query().Order(ent.Asc(subject.FieldOrder)).All(ctx)
	if err != nil {
		return nil, err
	}
	policies, err := client.RegionPolicy.Query().All(ctx)
	if err != nil {
		return nil, err
	}
	sessions, err := client.ExamSession.Query().All(ctx)
	if err != nil {
		return nil, err
	}
	areas, err := client.ExamArea.Query().All(ctx)
	if err != nil {
		return nil, err
	}
	offerings, err := client.Offering.Query().All(ctx)
	if err != nil {
		return nil, err
	}
	days, err := client.CalendarDay.Query().Where(calendarday.Disabled(false)).All(ctx)
	if err != nil {
		return nil, err
	}
	s := &snapshot{regions: map[pulid.ID]*ent.Region{}, quals: map[pulid.ID]*ent.Qualification{},
		subjects: map[pulid.ID][]*ent.Subject{}, policies: map[[2]pulid.ID]*ent.RegionPolicy{},
		sessions: map[pulid.ID]*ent.ExamSession{}, areas: map[pulid.ID]*ent.ExamArea{},
		offerings: map[[2]pulid.ID]bool{}, days: days}
	for _, x := range sessions {
		s.sessions[x.ID] = x
	}
	for _, a := range areas {
		s.areas[a.ID] = a
	}
	for _, o := range offerings {
		s.offerings[[2]pulid.ID{o.SessionID, o.QualificationID}] = o.Enabled
	}
	for _, r := range regions {
		s.regions[r.ID] = r
	}
	for _, q := range quals {
		s.quals[q.ID] = q
	}
	for _, sub := range subs {
		s.subjects[sub.QualificationID] = append(s.subjects[sub.QualificationID], sub)
	}
	for _, p := range policies {
		s.policies[[2]pulid.ID{p.RegionID, p.SessionID}] = p
	}
	return s, nil
}

// distrusted: a listener runs but is not known to hear (connecting, lost,
// heartbeat late); nothing is served or kept from the snapshot meanwhile.
func (c *Cache) distrusted(now time.Time) bool {
	return c.listening && !now.Before(c.trustedUntil)
}

// The auth.Follower methods: the listener keeps the shared cache in step.

// Prefix is the catalog's payloads' start (changes.CatalogPrefix).
func (c *Cache) Prefix() string { return changes.CatalogPrefix }

// Apply: another instance changed the catalog.
func (c *Cache) Apply(string) { c.invalidate() }

// Attach: a listener starts; nothing is served until it listens.
func (c *Cache) Attach() { c.setTrust(true, time.Time{}) }

// Detach: the listener stopped; snapshots live SharedTTL again.
func (c *Cache) Detach() { c.setTrust(false, time.Time{}) }

// Suspend: the connection is lost.
func (c *Cache) Suspend() { c.setTrust(true, time.Time{}) }

// Resume: LISTEN succeeded; what was loaded before may be stale.
func (c *Cache) Resume(until time.Time) { c.setTrust(true, until) }

// Renew: a heartbeat was answered.
func (c *Cache) Renew(until time.Time) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if until.After(c.trustedUntil) {
		c.trustedUntil = until
	}
}

// setTrust also drops the snapshot: whatever the change of state, what
// was loaded before it may have missed a notification.
func (c *Cache) setTrust(listening bool, until time.Time) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.listening, c.trustedUntil = listening, until
	c.gen++
	c.snap = nil
}

// Cached reports whether a snapshot is held (tests).
func (c *Cache) Cached() bool {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.snap != nil
}
