package seats

import (
	"cmp"
	"fmt"
	mrand "math/rand/v2"
	"slices"
	"testing"
)

// venue makes nSites sites of area with the given room capacities each.
func venue(area string, nSites int, caps ...int) []Site {
	var out []Site
	for s := range nSites {
		site := Site{ID: fmt.Sprintf("site-%s-%02d", area, s), Area: area}
		for r, c := range caps {
			site.Rooms = append(site.Rooms, Room{
				ID:       fmt.Sprintf("room-%s-%02d-%02d", area, s, r),
				Code:     fmt.Sprintf("%03d", 101+r),
				Capacity: c,
			})
		}
		out = append(out, site)
	}
	return out
}

// people makes registrations of area: counts[q] candidates of qualification q.
func people(area string, counts map[string]int) []Registration {
	var out []Registration
	for _, q := range slices.Sorted(func(yield func(string) bool) {
		for q := range counts {
			if !yield(q) {
				return
			}
		}
	}) {
		for i := range counts[q] {
			out = append(out, Registration{
				ID:            fmt.Sprintf("app-%s-%s-%05d", area, q, i),
				Area:          area,
				Qualification: q,
				Sittings:      []int{1, 2},
			})
		}
	}
	return out
}

func seedOf(b byte) Seed {
	var s Seed
	for i := range s {
		s[i] = b + byte(i)
	}
	return s
}

// scrambled returns deep copies of regs and sites in another order: rows,
// rooms within sites and sittings within registrations.
func scrambled(regs []Registration, sites []Site, seed uint64) ([]Registration, []Site) {
	r := mrand.New(mrand.NewPCG(seed, 7))
	rs := make([]Registration, len(regs))
	for i, x := range regs {
		x.Sittings = slices.Clone(x.Sittings)
		slices.Reverse(x.Sittings)
		rs[i] = x
	}
	r.Shuffle(len(rs), func(i, j int) { rs[i], rs[j] = rs[j], rs[i] })
	ss := make([]Site, len(sites))
	for i, x := range sites {
		x.Rooms = slices.Clone(x.Rooms)
		r.Shuffle(len(x.Rooms), func(i, j int) { x.Rooms[i], x.Rooms[j] = x.Rooms[j], x.Rooms[i] })
		ss[i] = x
	}
	r.Shuffle(len(ss), func(i, j int) { ss[i], ss[j] = ss[j], ss[i] })
	return rs, ss
}

func qualMap(regs []Registration) func(string) string {
	m := make(map[string]string, len(regs))
	for _, r := range regs {
		m[r.ID] = r.Qualification
	}
	return func(id string) string { return m[id] }
}

// checkPlan asserts everything a successful plan must satisfy, whatever the
// policy: each registration seated once, in a room of a site of its area,
// seats 1..n per room, no room over capacity, counts that match, canonical
// order, and packing (at most one partly filled opened room per area).
func checkPlan(t *testing.T, regs []Registration, sites []Site, res Result) {
	t.Helper()
	if len(res.Shortfalls) != 0 {
		t.Fatalf("shortfalls on a successful plan: %v", res.Shortfalls)
	}
	type roomKey struct{ site, room string }
	siteArea := map[string]string{}
	roomInfo := map[roomKey]Room{}
	for _, s := range sites {
		siteArea[s.ID] = s.Area
		for _, r := range s.Rooms {
			roomInfo[roomKey{s.ID, r.ID}] = r
		}
	}
	regArea := map[string]string{}
	for _, r := range regs {
		regArea[r.ID] = r.Area
	}

	if len(res.Assignments) != len(regs) {
		t.Errorf("%d assignments for %d registrations", len(res.Assignments), len(regs))
	}
	seen := map[string]bool{}
	seats := map[roomKey][]int{}
	for _, a := range res.Assignments {
		area, ok := regArea[a.Registration]
		if !ok {
			t.Fatalf("unknown registration %q", a.Registration)
		}
		if seen[a.Registration] {
			t.Errorf("registration %q seated twice", a.Registration)
		}
		seen[a.Registration] = true
		if siteArea[a.Site] != area {
			t.Errorf("registration %q of area %q seated in site %q of area %q", a.Registration, area, a.Site, siteArea[a.Site])
		}
		k := roomKey{a.Site, a.Room}
		if _, ok := roomInfo[k]; !ok {
			t.Fatalf("room %q is not in site %q", a.Room, a.Site)
		}
		seats[k] = append(seats[k], a.Seat)
	}
	for k, ss := range seats {
		slices.Sort(ss)
		for i, s := range ss {
			if s != i+1 {
				t.Fatalf("room %v seats %v, want 1..%d", k, ss, len(ss))
			}
		}
		if c := roomInfo[k].Capacity; len(ss) > c {
			t.Errorf("room %v holds %d, capacity %d", k, len(ss), c)
		}
	}

	if !slices.IsSortedFunc(res.Assignments, func(x, y Assignment) int {
		return cmp.Or(cmp.Compare(siteArea[x.Site], siteArea[y.Site]),
			cmp.Compare(x.Site, y.Site), cmp.Compare(x.Room, y.Room), cmp.Compare(x.Seat, y.Seat))
	}) {
		t.Error("assignments not sorted by area, site, room, seat")
	}

	if len(res.Rooms) != len(roomInfo) {
		t.Errorf("%d room counts for %d rooms", len(res.Rooms), len(roomInfo))
	}
	partial := map[string]int{}
	for _, rc := range res.Rooms {
		k := roomKey{rc.Site, rc.Room}
		if rc.Seated != len(seats[k]) || rc.Capacity != roomInfo[k].Capacity || rc.Area != siteArea[rc.Site] {
			t.Errorf("room count %+v, want seated %d capacity %d area %q", rc, len(seats[k]), roomInfo[k].Capacity, siteArea[rc.Site])
		}
		if rc.Seated > 0 && rc.Seated < rc.Capacity {
			partial[rc.Area]++
		}
	}
	for area, n := range partial {
		if n > 1 {
			t.Errorf("area %q has %d partly filled rooms, want at most 1", area, n)
		}
	}
	if !slices.IsSortedFunc(res.Rooms, func(x, y RoomCount) int {
		return cmp.Or(cmp.Compare(x.Area, y.Area), cmp.Compare(x.Site, y.Site), cmp.Compare(x.Room, y.Room))
	}) {
		t.Error("room counts not sorted by area, site, room")
	}
}

// byRoom returns each room's qualifications in seat order.
func byRoom(res Result, qualOf func(string) string) map[[2]string][]string {
	out := map[[2]string][]string{}
	for _, a := range sortedBySeat(res.Assignments) {
		k := [2]string{a.Site, a.Room}
		out[k] = append(out[k], qualOf(a.Registration))
	}
	return out
}
