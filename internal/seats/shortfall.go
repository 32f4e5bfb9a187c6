package seats

import (
	"cmp"
	"slices"
)

// shortfalls lists every area whose candidates outnumber its seats, sorted by
// area. An area with candidates and no site at all lacks all its seats.
//
// The check is all or nothing on purpose: seating the areas that fit and
// leaving the rest for later would publish a partial plan that changes when
// the missing rooms are added, and candidates would see their seats move.
func shortfalls(areas map[string]*area) []Shortfall {
	var out []Shortfall
	for name, a := range areas {
		need := len(a.cands)
		have := 0
		for _, s := range a.sites {
			for _, r := range s.Rooms {
				have += r.Capacity
			}
		}
		if need > have {
			out = append(out, Shortfall{Area: name, Need: need, Have: have, Lack: need - have})
		}
	}
	slices.SortFunc(out, func(a, b Shortfall) int { return cmp.Compare(a.Area, b.Area) })
	return out
}
