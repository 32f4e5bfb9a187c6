package graph

import (
	"sync"
	"time"

	"github.com/ruankao/ruankao/ent/schema/pulid"
)

// MaskedIDs remembers candidates' masked ID numbers, so an application shown
// needs no read of its candidate's row. A candidate's ID number is set when
// the candidate is first created and changes only once, when the retention
// job or a deletion anonymises them (internal/retention): an entry is
// believed for MaskedTTL, so that change shows on every instance after it.
// Bounded: when full it starts again empty.
type MaskedIDs struct {
	mu  sync.Mutex
	m   map[pulid.ID]maskedEntry
	max int
	now func() time.Time
}

// MaskedTTL is how long a remembered masked number is believed.
const MaskedTTL = 10 * time.Minute

type maskedEntry struct {
	masked string
	at     time.Time
}

// NewMaskedIDs remembers up to max numbers.
func NewMaskedIDs(max int) *MaskedIDs {
	return &MaskedIDs{m: map[pulid.ID]maskedEntry{}, max: max, now: time.Now}
}

func (c *MaskedIDs) get(id pulid.ID) (string, bool) {
	if c == nil {
		return "", false
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	e, ok := c.m[id]
	if !ok || c.now().Sub(e.at) > MaskedTTL {
		return "", false
	}
	return e.masked, true
}

func (c *MaskedIDs) put(id pulid.ID, masked string) {
	if c == nil || masked == "" {
		return
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	if len(c.m) >= c.max {
		clear(c.m)
	}
	c.m[id] = maskedEntry{masked: masked, at: c.now()}
}
