package catalog

import (
	"github.com/ruankao/ruankao/ent"
	"github.com/ruankao/ruankao/internal/enum"
)

// FeePerSubject is the fee in fen a region charges per subject of a level:
// the level's override where one is set, the region's fee otherwise.
func FeePerSubject(p *ent.RegionPolicy, level enum.Level) int64 {
	var override *int64
	switch level {
	case enum.LevelJunior:
		override = p.FeeJuniorFen
	case enum.LevelIntermediate:
		override = p.FeeIntermediateFen
	case enum.LevelSenior:
		override = p.FeeSeniorFen
	}
	if override != nil {
		return *override
	}
	return p.FeePerSubjectFen
}

// Free reports whether no level of the region costs anything; free regions
// never create payment orders.
func Free(p *ent.RegionPolicy) bool {
	for _, l := range []enum.Level{enum.LevelJunior, enum.LevelIntermediate, enum.LevelSenior} {
		if FeePerSubject(p, l) != 0 {
			return false
		}
	}
	return true
}
