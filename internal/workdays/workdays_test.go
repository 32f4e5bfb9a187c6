package workdays

import (
	"strings"
	"testing"
	"time"
	_ "time/tzdata" // Asia/Shanghai on hosts without zone files

	"github.com/ruankao/ruankao/internal/civil"
)

// calendar2026 is the 2026 part of reference/holidays.csv (国务院办公厅关于
// 2026年部分节假日安排的通知), copied as it stands.
const calendar2026 = `
2026-01-01,holiday,元旦
2026-01-02,holiday,元旦
2026-01-03,holiday,元旦
2026-01-04,workday,元旦调休
2026-02-14,workday,春节调休
2026-02-15,holiday,春节
2026-02-16,holiday,春节
2026-02-17,holiday,春节
2026-02-18,holiday,春节
2026-02-19,holiday,春节
2026-02-20,holiday,春节
2026-02-21,holiday,春节
2026-02-22,holiday,春节
2026-02-23,holiday,春节
2026-02-28,workday,春节调休
2026-04-04,holiday,清明节
2026-04-05,holiday,清明节
2026-04-06,holiday,清明节
2026-05-01,holiday,劳动节
2026-05-02,holiday,劳动节
2026-05-03,holiday,劳动节
2026-05-04,holiday,劳动节
2026-05-05,holiday,劳动节
2026-05-09,workday,劳动节调休
2026-06-19,holiday,端午节
2026-06-20,holiday,端午节
2026-06-21,holiday,端午节
2026-09-20,workday,国庆节调休
2026-09-25,holiday,中秋节
2026-09-26,holiday,中秋节
2026-09-27,holiday,中秋节
2026-10-01,holiday,国庆节
2026-10-02,holiday,国庆节
2026-10-03,holiday,国庆节
2026-10-04,holiday,国庆节
2026-10-05,holiday,国庆节
2026-10-06,holiday,国庆节
2026-10-07,holiday,国庆节
2026-10-10,workday,国庆节调休
`

func load(t *testing.T) *Calendar {
	t.Helper()
	var holidays, workdays []civil.Date
	for _, line := range strings.Split(strings.TrimSpace(calendar2026), "\n") {
		f := strings.Split(line, ",")
		d := civil.MustParse(f[0])
		switch f[1] {
		case "holiday":
			holidays = append(holidays, d)
		case "workday":
			workdays = append(workdays, d)
		default:
			t.Fatalf("bad kind in %q", line)
		}
	}
	return New(holidays, workdays)
}

func shanghai(t *testing.T) *time.Location {
	t.Helper()
	loc, err := time.LoadLocation("Asia/Shanghai")
	if err != nil {
		t.Fatal(err)
	}
	return loc
}

func TestIsWorkday(t *testing.T) {
	c := load(t)
	for _, tc := range []struct {
		date string
		want bool
		why  string
	}{
		{"2026-03-02", true, "plain Monday"},
		{"2026-03-06", true, "plain Friday"},
		{"2026-03-07", false, "plain Saturday"},
		{"2026-03-08", false, "plain Sunday"},
		{"2026-01-01", false, "元旦, Thursday"},
		{"2026-01-03", false, "元旦 on a Saturday"},
		{"2026-01-04", true, "元旦调休 Sunday"},
		{"2026-02-14", true, "春节调休 Saturday"},
		{"2026-02-16", false, "春节 Monday"},
		{"2026-02-23", false, "春节 Monday, last day"},
		{"2026-02-24", true, "first day back after 春节"},
		{"2026-02-28", true, "春节调休 Saturday"},
		{"2026-03-01", false, "Sunday after the 调休 Saturday"},
		{"2026-05-09", true, "劳动节调休 Saturday"},
		{"2026-06-19", false, "端午 Friday"},
		{"2026-09-20", true, "国庆调休 Sunday"},
		{"2026-09-25", false, "中秋 Friday"},
		{"2026-10-08", true, "Thursday after 国庆"},
		{"2026-10-10", true, "国庆调休 Saturday"},
		{"2026-10-11", false, "Sunday after the 调休 Saturday"},
		{"2027-01-01", true, "a Friday beyond the table: weekday rule only"},
	} {
		if got := c.IsWorkday(civil.MustParse(tc.date)); got != tc.want {
			t.Errorf("IsWorkday(%s) = %v, want %v (%s)", tc.date, got, tc.want, tc.why)
		}
	}
}

func TestNilAndConflicts(t *testing.T) {
	var none *Calendar
	sat, mon := civil.MustParse("2026-02-14"), civil.MustParse("2026-02-16")
	both := New([]civil.Date{sat, mon}, []civil.Date{sat, mon})
	for _, tc := range []struct {
		name string
		c    *Calendar
		date civil.Date
		want bool
	}{
		{"nil calendar, Saturday", none, sat, false},
		{"nil calendar, Monday", none, mon, true},
		{"empty calendar, Monday", New(nil, nil), mon, true},
		{"listed as both: holiday wins on a Saturday", both, sat, false},
		{"listed as both: holiday wins on a Monday", both, mon, false},
	} {
		if got := tc.c.IsWorkday(tc.date); got != tc.want {
			t.Errorf("%s: IsWorkday(%s) = %v, want %v", tc.name, tc.date, got, tc.want)
		}
	}
	if got := none.AddWorkdays(civil.MustParse("2026-02-13"), 1); got != mon {
		t.Errorf("nil calendar: Friday + 1 = %s, want %s", got, mon)
	}
}

func TestDeadline(t *testing.T) {
	c := load(t)
	loc := shanghai(t)
	for _, tc := range []struct {
		name  string
		start string
		n     int
		last  string // the Nth working day after start
	}{
		{"n=0 is the end of the start day", "2026-03-04", 0, "2026-03-04"},
		{"n=0 on a holiday is still the start day", "2026-10-03", 0, "2026-10-03"},
		{"negative n is taken as 0", "2026-03-04", -2, "2026-03-04"},
		{"plain Wednesday + 1", "2026-03-04", 1, "2026-03-05"},
		{"plain Friday + 1 is Monday", "2026-03-06", 1, "2026-03-09"},
		{"plain Friday + 3", "2026-03-06", 3, "2026-03-11"},
		{"start on a Saturday + 1", "2026-03-07", 1, "2026-03-09"},
		{"Friday 9/18 + 1: Sunday 9/20 is 调休", "2026-09-18", 1, "2026-09-20"},
		{"Friday 9/18 + 3", "2026-09-18", 3, "2026-09-22"},
		{"across 中秋: Wednesday 9/23 + 3", "2026-09-23", 3, "2026-09-29"},
		{"Thursday 9/24 + 1 skips 中秋", "2026-09-24", 1, "2026-09-28"},
		{"across 国庆: Tuesday 9/29 + 3", "2026-09-29", 3, "2026-10-09"},
		{"across 国庆 to the 调休 Saturday 10/10", "2026-09-30", 3, "2026-10-10"},
		{"after 10/10 the Sunday is off", "2026-10-09", 2, "2026-10-12"},
		{"start on a holiday (10/3) + 1", "2026-10-03", 1, "2026-10-08"},
		{"start on a holiday (10/1) + 3", "2026-10-01", 3, "2026-10-10"},
		{"春节: Friday 2/13 + 1 is the 调休 Saturday", "2026-02-13", 1, "2026-02-14"},
		{"春节: Friday 2/13 + 2 jumps the holiday", "2026-02-13", 2, "2026-02-24"},
		{"春节: Friday 2/13 + 3", "2026-02-13", 3, "2026-02-25"},
		{"春节: start on the 调休 Saturday 2/14 + 1", "2026-02-14", 1, "2026-02-24"},
		{"春节: start on 除夕 2/16 + 1", "2026-02-16", 1, "2026-02-24"},
		{"after 春节: Thursday 2/26 + 2 is the 调休 Saturday", "2026-02-26", 2, "2026-02-28"},
		{"after 春节: Thursday 2/26 + 3", "2026-02-26", 3, "2026-03-02"},
		{"元旦: Wednesday 2025-12-31 + 1 is the 调休 Sunday", "2025-12-31", 1, "2026-01-04"},
		{"元旦: Wednesday 2025-12-31 + 2", "2025-12-31", 2, "2026-01-05"},
		{"清明: Friday 4/3 + 1", "2026-04-03", 1, "2026-04-07"},
		{"劳动节: Thursday 4/30 + 1", "2026-04-30", 1, "2026-05-06"},
		{"劳动节: Friday 5/8 + 1 is the 调休 Saturday", "2026-05-08", 1, "2026-05-09"},
		{"端午: Thursday 6/18 + 1", "2026-06-18", 1, "2026-06-22"},
		{"year end beyond the table", "2026-12-31", 1, "2027-01-01"},
	} {
		start, last := civil.MustParse(tc.start), civil.MustParse(tc.last)
		if tc.n >= 0 {
			if got := c.AddWorkdays(start, tc.n); got != last {
				t.Errorf("%s: AddWorkdays(%s, %d) = %s, want %s", tc.name, tc.start, tc.n, got, last)
			}
		}
		got := c.Deadline(start, tc.n, loc)
		want := time.Date(last.Year, last.Month, last.Day, 23, 59, 59, 999999000, loc).UTC()
		if !got.Equal(want) || got.Location() != time.UTC {
			t.Errorf("%s: Deadline(%s, %d) = %s, want %s (UTC)", tc.name, tc.start, tc.n, got, want)
		}
	}
}

// TestDeadlineInstant pins the stored instant itself.
func TestDeadlineInstant(t *testing.T) {
	c := load(t)
	for _, tc := range []struct {
		name  string
		start string
		n     int
		loc   *time.Location
		want  string
	}{
		{"Friday + 1, Asia/Shanghai: Monday 23:59:59.999999 +08:00", "2026-03-06", 1, shanghai(t), "2026-03-09T15:59:59.999999Z"},
		{"Friday 9/18 + 3, Asia/Shanghai", "2026-09-18", 3, shanghai(t), "2026-09-22T15:59:59.999999Z"},
		{"n=0, Asia/Shanghai", "2026-10-03", 0, shanghai(t), "2026-10-03T15:59:59.999999Z"},
		{"Friday + 1, UTC", "2026-03-06", 1, time.UTC, "2026-03-09T23:59:59.999999Z"},
	} {
		got := c.Deadline(civil.MustParse(tc.start), tc.n, tc.loc)
		if s := got.Format(time.RFC3339Nano); s != tc.want {
			t.Errorf("%s: Deadline = %s, want %s", tc.name, s, tc.want)
		}
		if got.Nanosecond()%1000 != 0 {
			t.Errorf("%s: %s has sub-microsecond digits", tc.name, got)
		}
		// The next microsecond is the start of the following day in loc.
		if next := got.Add(time.Microsecond).In(tc.loc); next.Hour() != 0 || next.Minute() != 0 || next.Second() != 0 || next.Nanosecond() != 0 {
			t.Errorf("%s: %s + 1µs = %s, not midnight", tc.name, got, next)
		}
	}
}

// TestAddWorkdaysCounts checks every start day of 2026 and n up to 15 against
// a direct count: the result is a working day after start, and exactly n
// working days lie in (start, result]. Going back by n returns to the last
// working day at or before start.
func TestAddWorkdaysCounts(t *testing.T) {
	c := load(t)
	for d := civil.MustParse("2026-01-01"); d.Year == 2026; d = d.AddDays(1) {
		for n := 1; n <= 15; n++ {
			got := c.AddWorkdays(d, n)
			if !got.After(d) || !c.IsWorkday(got) {
				t.Fatalf("AddWorkdays(%s, %d) = %s: not a later working day", d, n, got)
			}
			count := 0
			for x := d.AddDays(1); !x.After(got); x = x.AddDays(1) {
				if c.IsWorkday(x) {
					count++
				}
			}
			if count != n {
				t.Fatalf("AddWorkdays(%s, %d) = %s: %d working days in between", d, n, got, count)
			}
			back := c.AddWorkdays(got, -n)
			want := d
			for !c.IsWorkday(want) {
				want = want.AddDays(-1)
			}
			if back != want {
				t.Fatalf("AddWorkdays(%s, %d) = %s: back by %d gives %s, want %s", d, n, got, n, back, want)
			}
		}
	}
}
