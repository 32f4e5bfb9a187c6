package seats

import (
	"fmt"
	mrand "math/rand/v2"
	"slices"
	"strings"
	"testing"
)

// lineClashes counts neighbouring equal qualifications along one line.
func lineClashes(qs []string) int {
	n := 0
	for i := 1; i < len(qs); i++ {
		if qs[i] == qs[i-1] {
			n++
		}
	}
	return n
}

// compositions calls f with every list of up to maxQ positive counts summing
// to at most maxN.
func compositions(maxQ, maxN int, f func([]int)) {
	var rec func(cur []int, sum int)
	rec = func(cur []int, sum int) {
		if len(cur) > 0 {
			f(cur)
		}
		if len(cur) == maxQ {
			return
		}
		for c := 1; sum+c <= maxN; c++ {
			rec(append(cur, c), sum+c)
		}
	}
	rec(nil, 0)
}

func line(counts []int) (qs []string, maxCount int) {
	for q, c := range counts {
		for range c {
			qs = append(qs, string(rune('A'+q)))
		}
		maxCount = max(maxCount, c)
	}
	return qs, maxCount
}

// The formula itself, against brute force over every arrangement.
func TestMinClashesFormula(t *testing.T) {
	compositions(4, 8, func(counts []int) {
		qs, m := line(counts)
		slices.Sort(qs)
		best := len(qs)
		for { // all distinct permutations, in lexicographic order
			best = min(best, lineClashes(qs))
			if !nextPerm(qs) {
				break
			}
		}
		if got := minClashes(len(qs), m); got != best {
			t.Errorf("counts %v: formula %d, brute force %d", counts, got, best)
		}
	})
}

func nextPerm(s []string) bool {
	i := len(s) - 2
	for i >= 0 && s[i] >= s[i+1] {
		i--
	}
	if i < 0 {
		return false
	}
	j := len(s) - 1
	for s[j] <= s[i] {
		j--
	}
	s[i], s[j] = s[j], s[i]
	slices.Reverse(s[i+1:])
	return true
}

// The greedy order reaches the minimum for every mix of up to 5
// qualifications and 14 seats, whatever order the room's candidates come in.
func TestInterleaveOptimal(t *testing.T) {
	r := mrand.New(mrand.NewPCG(1, 2))
	compositions(5, 14, func(counts []int) {
		qs, m := line(counts)
		for try := range 4 {
			in := make([]candidate, len(qs))
			for i, q := range qs {
				in[i] = candidate{id: fmt.Sprint(i), qual: q}
			}
			if try > 0 {
				r.Shuffle(len(in), func(i, j int) { in[i], in[j] = in[j], in[i] })
			}
			out := interleave(in)
			got := make([]string, len(out))
			ids := map[string]bool{}
			for i, c := range out {
				got[i] = c.qual
				ids[c.id] = true
			}
			if len(ids) != len(in) {
				t.Fatalf("counts %v: interleave lost or repeated candidates", counts)
			}
			if c, want := lineClashes(got), minClashes(len(qs), m); c != want {
				t.Errorf("counts %v: %s has %d clashes, minimum %d", counts, strings.Join(got, ""), c, want)
			}
		}
	})
}

// One room, many mixes, through Plan.
func TestMixedRoom(t *testing.T) {
	cases := []struct {
		counts map[string]int
		want   int
	}{
		{map[string]int{"A": 9, "B": 1}, 7}, // impossible mix: A B A A A A A A A A
		{map[string]int{"A": 10}, 9},
		{map[string]int{"A": 15, "B": 15}, 0},
		{map[string]int{"A": 16, "B": 14}, 1},
		{map[string]int{"A": 20, "B": 10}, 9},
		{map[string]int{"A": 29, "B": 1}, 27},
		{map[string]int{"A": 10, "B": 10, "C": 10}, 0},
		{map[string]int{"A": 16, "B": 7, "C": 7}, 1},
		{map[string]int{"A": 12, "B": 12, "C": 6}, 0},
		{map[string]int{"A": 1, "B": 1, "C": 1, "D": 1, "E": 1}, 0},
		{map[string]int{"A": 5, "B": 1, "C": 1, "D": 1, "E": 1}, 0},
		{map[string]int{"A": 6, "B": 1, "C": 1, "D": 1, "E": 1}, 1},
		{map[string]int{"A": 1}, 0},
	}
	for _, c := range cases {
		regs := people("X", c.counts)
		t.Run(fmt.Sprint(c.counts), func(t *testing.T) {
			sites := venue("X", 1, len(regs))
			for s := range 5 {
				res, err := Plan(regs, sites, seedOf(byte(s)), Mixed)
				if err != nil {
					t.Fatal(err)
				}
				checkPlan(t, regs, sites, res)
				q := qualMap(regs)
				if got := NeighbourClashes(res.Assignments, q); got != c.want {
					t.Errorf("seed %d: %d clashes, want %d; %v", s, got, c.want, byRoom(res, q))
				}
				if got := MinNeighbourClashes(res.Assignments, q); got != c.want {
					t.Errorf("MinNeighbourClashes = %d, want %d", got, c.want)
				}
			}
		})
	}
}

// Across rooms the area's mix is spread evenly, so an area whose mix allows
// no clash gets none in any room.
func TestMixedSpread(t *testing.T) {
	cases := []struct {
		name   string
		counts map[string]int
		caps   []int
	}{
		{"halves over four rooms", map[string]int{"A": 60, "B": 60}, []int{30, 30}},
		{"thirds", map[string]int{"A": 45, "B": 30, "C": 15}, []int{30, 30}},
		{"uneven rooms", map[string]int{"A": 50, "B": 40, "C": 10}, []int{40, 25, 20, 15}},
		{"last room part full", map[string]int{"A": 31, "B": 30, "C": 3}, []int{30, 30}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			regs := people("X", c.counts)
			sites := venue("X", 2, c.caps...)
			q := qualMap(regs)
			for s := range 10 {
				res, err := Plan(regs, sites, seedOf(byte(s)), Mixed)
				if err != nil {
					t.Fatal(err)
				}
				checkPlan(t, regs, sites, res)
				if n := NeighbourClashes(res.Assignments, q); n != 0 {
					t.Errorf("seed %d: %d clashes; %v", s, n, byRoom(res, q))
				}
				checkProportional(t, c.counts, byRoom(res, q))
			}
		})
	}
}

// Random areas: every room reaches its own minimum.
func TestMixedRandom(t *testing.T) {
	r := mrand.New(mrand.NewPCG(3, 4))
	for i := range 200 {
		nq := 1 + r.IntN(6)
		counts := map[string]int{}
		total := 0
		for q := range nq {
			c := 1 + r.IntN(40)
			if q == 0 {
				c += r.IntN(80) // often one dominant qualification
			}
			counts[fmt.Sprintf("q%d", q)] = c
			total += c
		}
		var caps []int
		for have := 0; have < total; {
			c := 5 + r.IntN(40)
			caps = append(caps, c)
			have += c
		}
		regs := people("X", counts)
		sites := venue("X", 1, caps...)
		res, err := Plan(regs, sites, seedOf(byte(i)), Mixed)
		if err != nil {
			t.Fatal(err)
		}
		checkPlan(t, regs, sites, res)
		q := qualMap(regs)
		if got, low := NeighbourClashes(res.Assignments, q), MinNeighbourClashes(res.Assignments, q); got != low {
			t.Errorf("case %d (%v over %v): %d clashes, minimum for these rooms %d", i, counts, caps, got, low)
		}
		checkProportional(t, counts, byRoom(res, q))
	}
}

func TestNeighbourClashes(t *testing.T) {
	q := func(id string) string { return id[:1] }
	as := []Assignment{
		{"A1", "s", "r1", 2}, {"A2", "s", "r1", 1}, // neighbours, same: 1
		{"A3", "s", "r1", 4},                       // seat 3 empty: not a neighbour of 2
		{"A4", "s", "r2", 1}, {"B1", "s", "r2", 2}, // different: 0
		{"B2", "t", "r2", 3},                                             // another site's room r2: not a neighbour
		{"A5", "s", "r3", 1}, {"A6", "s", "r3", 2}, {"A7", "s", "r3", 3}, // 2
	}
	if got := NeighbourClashes(as, q); got != 3 {
		t.Errorf("NeighbourClashes = %d, want 3", got)
	}
}

// ByQualification: each room lists qualifications in order, and the rooms
// chain so that every qualification is one run: only the first and last room
// of a qualification's run may hold another one.
func TestByQualificationGrouping(t *testing.T) {
	counts := map[string]int{"q1": 47, "q2": 3, "q3": 61, "q4": 30, "q5": 1, "q6": 29}
	regs := slices.Concat(people("A", counts), people("B", map[string]int{"q1": 5, "q2": 5}))
	sites := slices.Concat(venue("A", 3, 30, 20, 25), venue("B", 1, 30))
	q := qualMap(regs)
	for s := range 5 {
		res, err := Plan(regs, sites, seedOf(byte(s)), ByQualification)
		if err != nil {
			t.Fatal(err)
		}
		checkPlan(t, regs, sites, res)
		rooms := map[string][][]string{} // by area
		for k, qs := range byRoom(res, q) {
			if !slices.IsSorted(qs) {
				t.Errorf("room %v not in qualification order: %v", k, qs)
			}
			area := k[0][5:6]
			rooms[area] = append(rooms[area], qs)
		}
		for area, rs := range rooms {
			slices.SortFunc(rs, func(x, y []string) int {
				return strings.Compare(x[0]+"\x00"+x[len(x)-1], y[0]+"\x00"+y[len(y)-1])
			})
			if all := slices.Concat(rs...); !slices.IsSorted(all) {
				t.Errorf("area %s: qualifications split across rooms: %v", area, rs)
			}
		}
	}
}

// checkProportional asserts that each room holds each qualification in
// proportion to the room's size, within two (the dealing in mix).
func checkProportional(t *testing.T, counts map[string]int, rooms map[[2]string][]string) {
	t.Helper()
	total := 0
	for _, c := range counts {
		total += c
	}
	for room, qs := range rooms {
		for qual, all := range counts {
			got := 0
			for _, x := range qs {
				if x == qual {
					got++
				}
			}
			share := float64(all) * float64(len(qs)) / float64(total)
			if d := float64(got) - share; d >= 2 || d <= -2 {
				t.Errorf("room %v: %d of %s, proportional share %.2f (counts %v)", room, got, qual, share, counts)
			}
		}
	}
}
