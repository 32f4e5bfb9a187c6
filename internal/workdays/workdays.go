// Package workdays counts working days on the national calendar published by
// 国务院办公厅: Monday to Friday are working days unless they are public
// holidays, and Saturday and Sunday are days off unless they are make-up
// working days (调休). Review deadlines of N working days are computed here.
//
// The package is pure: the caller loads the calendar (the holidays table, with
// disabled rows left out) and passes it to New. Days outside the years the
// table covers follow the weekday rule alone.
package workdays

import (
	"time"

	"github.com/ruankao/ruankao/internal/civil"
)

// Calendar knows which days are working days. A nil *Calendar is the plain
// weekday rule (no holidays, no make-up days). A Calendar is never changed
// after New, so it is safe for concurrent use.
type Calendar struct {
	holidays map[civil.Date]bool
	workdays map[civil.Date]bool
}

// New makes a Calendar from the public-holiday dates and the weekend days made
// working days (调休). A date listed in both lists is a holiday. A holiday on
// a weekend and a "workday" on a weekday change nothing.
func New(holidays, workdays []civil.Date) *Calendar {
	c := &Calendar{
		holidays: make(map[civil.Date]bool, len(holidays)),
		workdays: make(map[civil.Date]bool, len(workdays)),
	}
	for _, d := range holidays {
		c.holidays[d] = true
	}
	for _, d := range workdays {
		c.workdays[d] = true
	}
	return c
}

// IsWorkday reports whether d is a working day: Monday to Friday unless a
// public holiday; Saturday or Sunday only when listed as a make-up working day
// (and not also as a holiday).
func (c *Calendar) IsWorkday(d civil.Date) bool {
	if c != nil && c.holidays[d] {
		return false
	}
	switch d.Weekday() {
	case time.Saturday, time.Sunday:
		return c != nil && c.workdays[d]
	}
	return true
}

// AddWorkdays returns the Nth working day after d; d itself never counts,
// whether or not it is a working day. n = 0 returns d; a negative n counts
// backwards (the |n|th working day before d).
func (c *Calendar) AddWorkdays(d civil.Date, n int) civil.Date {
	step := 1
	if n < 0 {
		step, n = -1, -n
	}
	for n > 0 {
		d = d.AddDays(step)
		if c.IsWorkday(d) {
			n--
		}
	}
	return d
}

// Deadline is the end of a review period of n working days that starts on
// day start (the day of (re)submission, or the day the window closes): the
// end of the nth working day after start, in loc (Asia/Shanghai for every
// real deadline). The start day itself never counts, whether or not it is a
// working day; n = 0 means the end of the start day, and a negative n is
// taken as 0.
//
// "The end" is the LAST INSTANT of that day, in UTC with microsecond
// precision: the start of the following day in loc minus one microsecond
// (e.g. 23:59:59.999999 +08:00 = 15:59:59.999999Z). That is the precision
// instants are stored with, so the stored value is exactly what this returns,
// and a review is overdue when now.After(deadline). loc must not be nil.
func (c *Calendar) Deadline(start civil.Date, n int, loc *time.Location) time.Time {
	if n < 0 {
		n = 0
	}
	last := c.AddWorkdays(start, n)
	return last.AddDays(1).Start(loc).Add(-time.Microsecond).UTC()
}
