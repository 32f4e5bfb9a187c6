package seats

import (
	"slices"
	"testing"
)

func digestInputs() ([]Registration, []Site) {
	regs := slices.Concat(people("A", map[string]int{"q1": 5, "q2": 3}), people("B", map[string]int{"q1": 2}))
	regs[0].Sittings = []int{1, 2, 3}
	sites := slices.Concat(venue("A", 2, 30, 20), venue("B", 1, 30))
	return regs, sites
}

func TestDigestOrderFree(t *testing.T) {
	regs, sites := digestInputs()
	want := Digest(regs, sites)
	for i := range 10 {
		rs, ss := scrambled(regs, sites, uint64(i)) // also reverses sittings
		if Digest(rs, ss) != want {
			t.Fatalf("reordering %d changed the digest", i)
		}
	}
	rs := slices.Clone(regs)
	rs[0].Sittings = []int{3, 1, 2, 1}
	if Digest(rs, sites) != want {
		t.Error("repeated sittings changed the digest")
	}
}

func TestDigestChanges(t *testing.T) {
	regs, sites := digestInputs()
	base := Digest(regs, sites)
	// Every mutation works on deep copies.
	copies := func() ([]Registration, []Site) {
		rs, ss := scrambled(regs, sites, 0)
		for i := range ss {
			ss[i].Rooms = slices.Clone(ss[i].Rooms)
		}
		return rs, ss
	}
	cases := []struct {
		name string
		f    func(r []Registration, s []Site) ([]Registration, []Site)
	}{
		{"registration id", func(r []Registration, s []Site) ([]Registration, []Site) { r[0].ID += "x"; return r, s }},
		{"registration area", func(r []Registration, s []Site) ([]Registration, []Site) { r[0].Area = "B"; return r, s }},
		{"qualification", func(r []Registration, s []Site) ([]Registration, []Site) { r[1].Qualification = "q9"; return r, s }},
		{"sitting added", func(r []Registration, s []Site) ([]Registration, []Site) {
			r[2].Sittings = append(slices.Clone(r[2].Sittings), 4)
			return r, s
		}},
		{"sitting changed", func(r []Registration, s []Site) ([]Registration, []Site) {
			r[2].Sittings = []int{1, 3}
			return r, s
		}},
		{"registration removed", func(r []Registration, s []Site) ([]Registration, []Site) { return r[1:], s }},
		{"registration duplicated", func(r []Registration, s []Site) ([]Registration, []Site) { return append(r, r[0]), s }},
		{"site id", func(r []Registration, s []Site) ([]Registration, []Site) { s[0].ID += "x"; return r, s }},
		{"site area", func(r []Registration, s []Site) ([]Registration, []Site) { s[0].Area += "x"; return r, s }},
		{"site removed", func(r []Registration, s []Site) ([]Registration, []Site) { return r, s[1:] }},
		{"room id", func(r []Registration, s []Site) ([]Registration, []Site) { s[0].Rooms[0].ID += "x"; return r, s }},
		{"room code", func(r []Registration, s []Site) ([]Registration, []Site) { s[0].Rooms[0].Code += "x"; return r, s }},
		{"room capacity", func(r []Registration, s []Site) ([]Registration, []Site) { s[0].Rooms[0].Capacity--; return r, s }},
		{"room removed", func(r []Registration, s []Site) ([]Registration, []Site) { s[0].Rooms = s[0].Rooms[1:]; return r, s }},
		{"room moved to another site", func(r []Registration, s []Site) ([]Registration, []Site) {
			s[1].Rooms = append(s[1].Rooms, s[0].Rooms[0])
			s[0].Rooms = s[0].Rooms[1:]
			return r, s
		}},
		{"field boundary", func(r []Registration, s []Site) ([]Registration, []Site) {
			// "app-A-q1-00000"+"A" against "app-A-q1-0000"+"0A"
			r[0].ID, r[0].Area = r[0].ID[:len(r[0].ID)-1], r[0].ID[len(r[0].ID)-1:]+r[0].Area
			return r, s
		}},
	}
	seen := map[[32]byte]string{}
	for _, c := range cases {
		r, s := copies()
		d := Digest(c.f(r, s))
		if d == base {
			t.Errorf("%s: digest unchanged", c.name)
		}
		if other, ok := seen[d]; ok {
			t.Errorf("%s and %s: same digest", c.name, other)
		}
		seen[d] = c.name
	}
	if Digest(regs, sites) != base {
		t.Fatal("mutations leaked into the inputs")
	}
}

func TestDigestEmpty(t *testing.T) {
	// Nothing, and nil against empty slices, are the same inputs.
	if Digest(nil, nil) != Digest([]Registration{}, []Site{}) {
		t.Error("nil and empty differ")
	}
	// A site without rooms is still an input.
	if Digest(nil, nil) == Digest(nil, []Site{{ID: "s", Area: "A"}}) {
		t.Error("a roomless site does not count")
	}
}
