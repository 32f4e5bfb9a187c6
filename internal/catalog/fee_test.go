package catalog

import (
	"testing"

	"github.com/ruankao/ruankao/ent"
	"github.com/ruankao/ruankao/internal/enum"
)

func fen(v int64) *int64 { return &v }

// The fee per subject: the level's override where set, the region's fee
// otherwise; free only when every level costs nothing.
func TestFeePerSubjectAndFree(t *testing.T) {
	cases := []struct {
		name   string
		p      ent.RegionPolicy
		fees   [3]int64 // junior, intermediate, senior
		isFree bool
	}{
		{"辽宁 free", ent.RegionPolicy{}, [3]int64{0, 0, 0}, true},
		{"大连 6000", ent.RegionPolicy{FeePerSubjectFen: 6000}, [3]int64{6000, 6000, 6000}, false},
		{"广东 senior dearer", ent.RegionPolicy{FeePerSubjectFen: 5500, FeeSeniorFen: fen(7500)}, [3]int64{5500, 5500, 7500}, false},
		{"junior free, others not", ent.RegionPolicy{FeePerSubjectFen: 6500, FeeJuniorFen: fen(0)}, [3]int64{0, 6500, 6500}, false},
		{"free but senior", ent.RegionPolicy{FeeSeniorFen: fen(9000)}, [3]int64{0, 0, 9000}, false},
	}
	for _, c := range cases {
		for i, l := range []enum.Level{enum.LevelJunior, enum.LevelIntermediate, enum.LevelSenior} {
			if got := FeePerSubject(&c.p, l); got != c.fees[i] {
				t.Errorf("%s %s: %d, want %d", c.name, l, got, c.fees[i])
			}
		}
		if got := Free(&c.p); got != c.isFree {
			t.Errorf("%s: free %v", c.name, got)
		}
	}
}
