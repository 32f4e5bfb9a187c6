package seats

import (
	"cmp"
	"fmt"
	"slices"
)

// candidate is what placement needs of a registration.
type candidate struct {
	id   string
	qual string
}

// area holds one 考区's candidates (sorted by id) and sites (sorted by id).
type area struct {
	cands []candidate
	sites []*Site
}

// roomRef is one room in the order an area fills them.
type roomRef struct {
	site *Site
	room Room
}

// Plan seats every registration in a room of a site of its area.
//
// The same registrations and sites, in any order, with the same seed and
// policy give the same Result. When any area lacks seats nothing is assigned
// and the error wraps ErrShortfall; malformed input wraps ErrInvalid.
func Plan(regs []Registration, sites []Site, seed Seed, policy Policy) (Result, error) {
	if policy != ByQualification && policy != Mixed {
		return Result{}, fmt.Errorf("%w: unknown policy %q", ErrInvalid, policy)
	}
	ri, err := sortedRegs(regs)
	if err != nil {
		return Result{}, err
	}
	si, err := sortedSites(sites)
	if err != nil {
		return Result{}, err
	}

	areas := map[string]*area{}
	get := func(name string) *area {
		a := areas[name]
		if a == nil {
			a = &area{}
			areas[name] = a
		}
		return a
	}
	for _, i := range ri {
		r := &regs[i]
		a := get(r.Area)
		a.cands = append(a.cands, candidate{id: r.ID, qual: r.Qualification})
	}
	for _, i := range si {
		s := &sites[i]
		a := get(s.Area)
		a.sites = append(a.sites, s)
	}

	if short := shortfalls(areas); len(short) > 0 {
		return Result{Shortfalls: short}, fmt.Errorf("%w: %d area(s) short", ErrShortfall, len(short))
	}

	names := make([]string, 0, len(areas))
	for name := range areas {
		names = append(names, name)
	}
	slices.Sort(names)

	res := Result{Assignments: make([]Assignment, 0, len(regs))}
	for _, name := range names {
		a := areas[name]
		rooms := fillOrder(areaRNG(seed, name), a, policy)
		res.Rooms, res.Assignments = emit(name, rooms, res.Rooms, res.Assignments)
	}
	return res, nil
}

// seatedRoom is a room with its candidates in seat order.
type seatedRoom struct {
	roomRef
	seated []candidate
}

// fillOrder decides the area's seats. All draws from r happen here, in a
// fixed order (sites, then candidates, then the policy's own), so the stream
// is consumed the same way on every run.
func fillOrder(r *rng, a *area, policy Policy) []seatedRoom {
	// Sites in random order so that, session after session, it is not always
	// the same sites that get the candidates and the same that stay empty.
	// Within a site rooms go by code: the opened rooms are then neighbours in
	// the building, which is what the site's staff can staff and sign.
	sites := slices.Clone(a.sites)
	shuffle(r, sites)
	var rooms []seatedRoom
	for _, s := range sites {
		rs := slices.Clone(s.Rooms)
		slices.SortFunc(rs, func(x, y Room) int {
			return cmp.Or(cmp.Compare(x.Code, y.Code), cmp.Compare(x.ID, y.ID))
		})
		for _, room := range rs {
			rooms = append(rooms, seatedRoom{roomRef: roomRef{site: s, room: room}})
		}
	}

	cands := slices.Clone(a.cands)
	shuffle(r, cands)

	// Pack: every room is filled to capacity before the next one opens, so
	// the fewest rooms (and invigilators) are used for the fill order; only
	// the last opened room of an area is partly empty.
	sizes := make([]int, len(rooms))
	left := len(cands)
	for i := range rooms {
		sizes[i] = min(rooms[i].room.Capacity, left)
		left -= sizes[i]
	}

	switch policy {
	case ByQualification:
		quals, key := qualIndex(cands)
		groupStable(cands, key, len(quals))
		off := 0
		for i := range rooms {
			rooms[i].seated = cands[off : off+sizes[i] : off+sizes[i]]
			off += sizes[i]
		}
	case Mixed:
		mix(r, cands, rooms, sizes)
	}
	return rooms
}

// emit appends the area's room counts and assignments in canonical order: by
// site id, then room id, then seat.
func emit(name string, rooms []seatedRoom, counts []RoomCount, out []Assignment) ([]RoomCount, []Assignment) {
	slices.SortFunc(rooms, func(x, y seatedRoom) int {
		return cmp.Or(cmp.Compare(x.site.ID, y.site.ID), cmp.Compare(x.room.ID, y.room.ID))
	})
	for _, rm := range rooms {
		counts = append(counts, RoomCount{
			Area: name, Site: rm.site.ID, Room: rm.room.ID,
			Capacity: rm.room.Capacity, Seated: len(rm.seated),
		})
		for i, c := range rm.seated {
			out = append(out, Assignment{Registration: c.id, Site: rm.site.ID, Room: rm.room.ID, Seat: i + 1})
		}
	}
	return counts, out
}

// qualIndex returns the distinct qualifications of cands in string order and,
// for each candidate, the index of its qualification in that list.
func qualIndex(cands []candidate) ([]string, []int) {
	idx := map[string]int{}
	for _, c := range cands {
		idx[c.qual] = 0
	}
	quals := make([]string, 0, len(idx))
	for q := range idx {
		quals = append(quals, q)
	}
	slices.Sort(quals)
	for i, q := range quals {
		idx[q] = i
	}
	key := make([]int, len(cands))
	for i, c := range cands {
		key[i] = idx[c.qual]
	}
	return quals, key
}

// groupStable reorders cands by key (0..n-1), keeping their order within a
// key, so candidates stay in random order within a qualification. A counting
// sort: linear, and the same result as a stable sort.
func groupStable(cands []candidate, key []int, n int) {
	start := make([]int, n+1)
	for _, k := range key {
		start[k+1]++
	}
	for i := 1; i <= n; i++ {
		start[i] += start[i-1]
	}
	out := make([]candidate, len(cands))
	for i, c := range cands {
		out[start[key[i]]] = c
		start[key[i]]++
	}
	copy(cands, out)
}
