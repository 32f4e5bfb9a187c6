// Package civil holds calendar dates without a time of day or zone
// (birth dates, exam days, holidays), stored as SQL DATE and shown as YYYY-MM-DD.
package civil

import (
	"database/sql/driver"
	"fmt"
	"io"
	"strconv"
	"time"

	"github.com/ruankao/ruankao/internal/apperr"
)

// Date is a day of the Gregorian calendar.
type Date struct {
	Year  int
	Month time.Month
	Day   int
}

const layout = "2006-01-02"

// Parse reads YYYY-MM-DD and refuses impossible days such as 2023-02-29.
func Parse(s string) (Date, error) {
	t, err := time.Parse(layout, s)
	if err != nil {
		return Date{}, apperr.New(apperr.BadRequest, fmt.Sprintf("日期格式应为 YYYY-MM-DD，收到 %q", s))
	}
	return Of(t), nil
}

// MustParse is Parse for constants.
func MustParse(s string) Date {
	d, err := Parse(s)
	if err != nil {
		panic(err)
	}
	return d
}

// Of is the date of t in t's own location.
func Of(t time.Time) Date {
	y, m, d := t.Date()
	return Date{y, m, d}
}

// In is the date of instant t in loc.
func In(t time.Time, loc *time.Location) Date { return Of(t.In(loc)) }

// IsZero reports whether d was never set.
func (d Date) IsZero() bool { return d == Date{} }

// String gives YYYY-MM-DD.
func (d Date) String() string { return fmt.Sprintf("%04d-%02d-%02d", d.Year, int(d.Month), d.Day) }

// Start is the first instant of d in loc.
func (d Date) Start(loc *time.Location) time.Time {
	return time.Date(d.Year, d.Month, d.Day, 0, 0, 0, 0, loc)
}

// AddDays moves d by n days.
func (d Date) AddDays(n int) Date { return Of(d.Start(time.UTC).AddDate(0, 0, n)) }

// Weekday is d's day of the week.
func (d Date) Weekday() time.Weekday { return d.Start(time.UTC).Weekday() }

// Before reports whether d is earlier than o.
func (d Date) Before(o Date) bool { return d.String() < o.String() }

// After reports whether d is later than o.
func (d Date) After(o Date) bool { return d.String() > o.String() }

// YearsAt is the age in whole years of someone born on d, on day at.
func (d Date) YearsAt(at Date) int {
	years := at.Year - d.Year
	if at.Month < d.Month || (at.Month == d.Month && at.Day < d.Day) {
		years--
	}
	return years
}

// Value stores the date as text, which both PostgreSQL DATE and SQLite accept.
func (d Date) Value() (driver.Value, error) { return d.String(), nil }

// Scan reads what the drivers give back for a DATE column.
func (d *Date) Scan(src any) error {
	switch v := src.(type) {
	case time.Time:
		*d = Of(v)
		return nil
	case string:
		return d.scanText(v)
	case []byte:
		return d.scanText(string(v))
	case nil:
		*d = Date{}
		return nil
	}
	return fmt.Errorf("civil: cannot scan %T into Date", src)
}

func (d *Date) scanText(s string) error {
	if len(s) > len(layout) {
		s = s[:len(layout)]
	}
	p, err := Parse(s)
	if err != nil {
		return err
	}
	*d = p
	return nil
}

// MarshalGQL writes the Date scalar.
func (d Date) MarshalGQL(w io.Writer) { _, _ = io.WriteString(w, strconv.Quote(d.String())) }

// UnmarshalGQL reads the Date scalar.
func (d *Date) UnmarshalGQL(v any) error {
	s, ok := v.(string)
	if !ok {
		return apperr.New(apperr.BadRequest, "日期应为字符串 YYYY-MM-DD")
	}
	p, err := Parse(s)
	if err != nil {
		return err
	}
	*d = p
	return nil
}
