package tickets

import (
	"time"

	"github.com/ruankao/ruankao/internal/civil"
	"github.com/ruankao/ruankao/internal/clock"
)

// SittingTimes is when a subject of a sitting runs (README "Seat plans and
// tickets"): sitting 1 is the morning of the session's first exam day, 2
// its afternoon, 3 the next morning and so on; mornings start at 09:00 and
// afternoons at 14:00 Asia/Shanghai, as the national timetable does, and a
// subject lasts its duration.
func SittingTimes(first civil.Date, sitting, minutes int) (start, end time.Time) {
	day := first.AddDays((sitting - 1) / 2).Start(clock.Shanghai)
	hour := 9
	if sitting%2 == 0 {
		hour = 14
	}
	start = day.Add(time.Duration(hour) * time.Hour)
	return start, start.Add(time.Duration(minutes) * time.Minute)
}
