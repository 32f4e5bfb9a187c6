package seats

import (
	"cmp"
	"slices"
)

// The Mixed policy. Neighbours are seats n and n+1 of the same room: rooms are
// not modelled as grids (that would need a column count per room, which the
// venue data does not have), and the seat numbers are the order candidates
// are called in and sit along a row. Seats in different rooms are never
// neighbours.
//
// It works in two steps, both constructive:
//
//  1. Spread: the area's candidates, grouped by qualification (qualifications
//     in random order, candidates in random order within one), are dealt to
//     the opened rooms so that every room gets close to its proportional
//     share of each qualification (within two; tested). A room's mix is then
//     about as even as the area's mix, which is what step 2 needs to avoid
//     clashes: plain random chunks would give a 50/50 area rooms of 18 and 12
//     and force clashes. (Exact floor-or-ceiling shares would need a flow
//     computation per area; a share one seat further off raises a room's
//     minimum by at most two, and only where one qualification holds more
//     than half the room, when clashes cannot be avoided anyway.)
//  2. Order: each room is ordered greedily, most remaining qualification
//     first, never the previous seat's qualification unless it is the only
//     one left. This reaches the minimum number of clashes for the room's
//     mix, max(0, 2·maxCount − n − 1) for n seats whose most frequent
//     qualification has maxCount of them (minClashes, tested).

// mix fills rooms[i].seated with sizes[i] candidates.
func mix(r *rng, cands []candidate, rooms []seatedRoom, sizes []int) {
	quals, key := qualIndex(cands)
	rank := make([]int, len(quals))
	for i := range rank {
		rank[i] = i
	}
	shuffle(r, rank) // which qualification leads a room is random, not alphabetical
	for i := range key {
		key[i] = rank[key[i]]
	}
	groupStable(cands, key, len(quals))

	// Deal: slot j of a room with k seats sits at (j+½)/k along the list;
	// taking all slots in that order gives every stretch of the list (one
	// qualification) to each room in proportion to its size.
	type slot struct{ room, j int32 }
	slots := make([]slot, 0, len(cands))
	for i, k := range sizes {
		for j := range k {
			slots = append(slots, slot{int32(i), int32(j)})
		}
	}
	slices.SortFunc(slots, func(a, b slot) int {
		// (2a.j+1)/ka against (2b.j+1)/kb without division.
		ka, kb := int64(sizes[a.room]), int64(sizes[b.room])
		return cmp.Or(cmp.Compare((2*int64(a.j)+1)*kb, (2*int64(b.j)+1)*ka), cmp.Compare(a.room, b.room))
	})
	members := make([][]candidate, len(rooms))
	for i, k := range sizes {
		members[i] = make([]candidate, 0, k)
	}
	for i, s := range slots {
		members[s.room] = append(members[s.room], cands[i])
	}
	for i := range rooms {
		rooms[i].seated = interleave(members[i])
	}
}

// interleave orders one room's candidates: at each seat the qualification
// with most candidates left, other than the previous seat's; the previous
// one again only when it is all that is left. Ties go to the qualification
// met first in m, and candidates keep their order within a qualification, so
// the result depends only on m.
func interleave(m []candidate) []candidate {
	var groups [][]candidate // by qualification, in order of first appearance
	var names []string
	for _, c := range m {
		g := slices.Index(names, c.qual) // few qualifications per room
		if g < 0 {
			g = len(names)
			names = append(names, c.qual)
			groups = append(groups, nil)
		}
		groups[g] = append(groups[g], c)
	}
	out := make([]candidate, 0, len(m))
	prev := -1
	for len(out) < len(m) {
		best := -1
		for g := range groups {
			if g != prev && len(groups[g]) > 0 && (best < 0 || len(groups[g]) > len(groups[best])) {
				best = g
			}
		}
		if best < 0 {
			best = prev
		}
		out = append(out, groups[best][0])
		groups[best] = groups[best][1:]
		prev = best
	}
	return out
}

// minClashes is the fewest neighbouring pairs sharing a qualification that a
// line of n seats can have when its most frequent qualification has maxCount
// candidates: the other n−maxCount candidates can separate at most
// n−maxCount+1 runs of it.
func minClashes(n, maxCount int) int {
	return max(0, 2*maxCount-n-1)
}
