package seats

import (
	"fmt"
	"testing"
)

// bigInputs is a national-scale session: 100,000 candidates in 30 areas,
// 300 sites, 3,500 rooms of 30 seats (105,000 seats), 27 qualifications with
// the skew of a real session (a few large ones, many small ones).
func bigInputs() ([]Registration, []Site) {
	const areas, sitesPerArea, rooms, cands = 30, 10, 3500, 100_000
	var sites []Site
	roomNo := 0
	for a := range areas {
		for s := range sitesPerArea {
			site := Site{ID: fmt.Sprintf("site-%02d-%02d", a, s), Area: fmt.Sprintf("area-%02d", a)}
			// 3,500 rooms over 300 sites: 11 or 12 rooms each.
			n := rooms / (areas * sitesPerArea)
			if (a*sitesPerArea+s)%3 != 2 {
				n++
			}
			for r := range n {
				site.Rooms = append(site.Rooms, Room{ID: fmt.Sprintf("room-%05d", roomNo), Code: fmt.Sprintf("%03d", 101+r), Capacity: 30})
				roomNo++
			}
			sites = append(sites, site)
		}
	}
	regs := make([]Registration, cands)
	for i := range regs {
		q := i % 60 // qualification 0 takes a sixth, 1–4 a twelfth each, the rest share what is left
		switch {
		case q < 10:
			q = 0
		case q < 30:
			q = 1 + (q-10)/5
		default:
			q = 5 + (q-30)%22
		}
		regs[i] = Registration{
			// ids in an order unrelated to areas, as ULIDs are
			ID:            fmt.Sprintf("app-%08x", uint32(i)*2654435761),
			Area:          fmt.Sprintf("area-%02d", (i*7)%areas),
			Qualification: fmt.Sprintf("qual-%02d", q),
			Sittings:      []int{1, 2},
		}
	}
	return regs, sites
}

func TestBigPlan(t *testing.T) {
	if testing.Short() {
		t.Skip("big plan")
	}
	regs, sites := bigInputs()
	for _, p := range []Policy{ByQualification, Mixed} {
		res, err := Plan(regs, sites, seedOf(7), p)
		if err != nil {
			t.Fatal(err)
		}
		checkPlan(t, regs, sites, res)
		if p == Mixed {
			q := qualMap(regs)
			if got, low := NeighbourClashes(res.Assignments, q), MinNeighbourClashes(res.Assignments, q); got != low || got != 0 {
				t.Errorf("mixed: %d clashes, minimum %d, want 0", got, low)
			}
		}
	}
}

func BenchmarkPlan100k(b *testing.B) {
	regs, sites := bigInputs()
	for _, p := range []Policy{ByQualification, Mixed} {
		b.Run(string(p), func(b *testing.B) {
			for b.Loop() {
				if _, err := Plan(regs, sites, seedOf(7), p); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

func BenchmarkDigest100k(b *testing.B) {
	regs, sites := bigInputs()
	for b.Loop() {
		Digest(regs, sites)
	}
}
