package seats

import (
	"cmp"
	"slices"
)

// NeighbourClashes counts the pairs of neighbouring seats (seat n and n+1 of
// one room) whose candidates share a qualification. qualOf gives a
// registration's qualification. The assignments may be in any order.
func NeighbourClashes(assignments []Assignment, qualOf func(registration string) string) int {
	as := sortedBySeat(assignments)
	clashes := 0
	for i := 1; i < len(as); i++ {
		a, b := as[i-1], as[i]
		if a.Site == b.Site && a.Room == b.Room && b.Seat == a.Seat+1 && qualOf(a.Registration) == qualOf(b.Registration) {
			clashes++
		}
	}
	return clashes
}

// MinNeighbourClashes is the fewest clashes NeighbourClashes could report for
// the same candidates in the same rooms, however they were ordered: the sum
// over rooms of max(0, 2·maxCount − n − 1). A report can show both, and the
// Mixed policy always reaches it. It assumes each room's seats are 1..n.
func MinNeighbourClashes(assignments []Assignment, qualOf func(registration string) string) int {
	as := sortedBySeat(assignments)
	total := 0
	for start := 0; start < len(as); {
		end := start
		counts := map[string]int{}
		maxCount := 0
		for ; end < len(as) && as[end].Site == as[start].Site && as[end].Room == as[start].Room; end++ {
			q := qualOf(as[end].Registration)
			counts[q]++
			maxCount = max(maxCount, counts[q])
		}
		total += minClashes(end-start, maxCount)
		start = end
	}
	return total
}

func sortedBySeat(assignments []Assignment) []Assignment {
	as := slices.Clone(assignments)
	slices.SortFunc(as, func(x, y Assignment) int {
		return cmp.Or(cmp.Compare(x.Site, y.Site), cmp.Compare(x.Room, y.Room), cmp.Compare(x.Seat, y.Seat))
	})
	return as
}
