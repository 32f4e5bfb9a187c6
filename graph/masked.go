package graph

import (
	"sync"

	"github.com/ruankao/ruankao/ent/schema/pulid"
)

// MaskedIDs remembers candidates' masked ID numbers: a candidate's ID number
// is set when the candidate is first created and never changes, so what is
// remembered stays true, and an application shown needs no read of its
// candidate's row. Bounded: when full it starts again empty.
type MaskedIDs struct {
	mu  sync.Mutex
	m   map[pulid.ID]string
	max int
}

// NewMaskedIDs remembers up to max numbers.
func NewMaskedIDs(max int) *MaskedIDs { return &MaskedIDs{m: map[pulid.ID]string{}, max: max} }

func (c *MaskedIDs) get(id pulid.ID) (string, bool) {
	if c == nil {
		return "", false
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	m, ok := c.m[id]
	return m, ok
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
	c.m[id] = masked
}
