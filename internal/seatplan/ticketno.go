package seatplan

import (
	"fmt"

	"github.com/ruankao/ruankao/internal/enum"
)

// TicketNumber is the 准考证号, 16 digits (README "Seat plans and tickets"):
//
//	YY  H  RRRRRR  L  SSSSSS
//
// the session's year (2 digits) and half (1 上半年, 2 下半年), the region's
// GB/T 2260 code, the level (1 初级, 2 中级, 3 高级) and a sequence per
// half-year, region and level, given in the plan's seat order (area, site,
// room, seat), so that numbers run with the rooms; a second session of the
// same half-year continues after the first's (sequencesAfter). Unique by
// construction and enforced by the database.
func TicketNumber(year int, half enum.Half, regionCode string, level enum.Level, seq int) string {
	h := 1
	if half == enum.HalfSecond {
		h = 2
	}
	l := map[enum.Level]int{enum.LevelJunior: 1, enum.LevelIntermediate: 2, enum.LevelSenior: 3}[level]
	return fmt.Sprintf("%02d%d%s%d%06d", year%100, h, regionCode, l, seq)
}
