// Package retention keeps personal data and the audit log no longer than
// their periods (README "Retention"): a job, once a day on one instance at a
// time, purges audit entries past the audit period and anonymises the
// candidates whose last session (or last login) lies further back than the
// personal-data period. The same anonymiser carries out a deletion the
// office approved (internal/rights). Statistics keep their counts: the rows
// they count stay, and none of the columns the counters' triggers watch is
// touched.
package retention

import (
	"fmt"
	"os"
	"strconv"
	"strings"
	"time"

	"github.com/ruankao/ruankao/internal/civil"
	"github.com/ruankao/ruankao/internal/clock"
)

// Environment variables of the two periods.
const (
	EnvAudit    = "RUANKAO_AUDIT_RETENTION"
	EnvPersonal = "RUANKAO_PERSONAL_RETENTION"
)

// Defaults: the audit log a year (the Cybersecurity Law's six months with a
// half-year session's margin), personal data three years after the last
// session (README "Retention" says why).
var (
	DefaultAudit    = Period{Years: 1}
	DefaultPersonal = Period{Years: 3}
)

// Minimums: refused below them at start. Six months is at most 184 days
// (July to December), so a number of days must reach 184 to be six months
// wherever it starts.
var (
	MinAudit    = Period{Months: 6}
	MinPersonal = Period{Years: 1}
)

// Period is a span of calendar time: years, months or days (one of them).
type Period struct{ Years, Months, Days int }

// ParsePeriod reads "184d", "6mo", "3y" (a positive whole number and a unit:
// d days, mo months, y years).
func ParsePeriod(s string) (Period, error) {
	s = strings.TrimSpace(strings.ToLower(s))
	unit := ""
	for _, u := range []string{"mo", "d", "y"} {
		if strings.HasSuffix(s, u) {
			unit = u
			break
		}
	}
	n, err := strconv.Atoi(strings.TrimSuffix(s, unit))
	if unit == "" || err != nil || n <= 0 {
		return Period{}, fmt.Errorf("%q is not a period: write a positive number and d, mo or y, e.g. 184d, 6mo, 3y", s)
	}
	switch unit {
	case "d":
		return Period{Days: n}, nil
	case "mo":
		return Period{Months: n}, nil
	}
	return Period{Years: n}, nil
}

func (p Period) String() string {
	switch {
	case p.Years > 0:
		return strconv.Itoa(p.Years) + "y"
	case p.Months > 0:
		return strconv.Itoa(p.Months) + "mo"
	}
	return strconv.Itoa(p.Days) + "d"
}

// Label is the period in Chinese, for messages candidates read.
func (p Period) Label() string {
	switch {
	case p.Years > 0:
		return strconv.Itoa(p.Years) + " 年"
	case p.Months > 0:
		return strconv.Itoa(p.Months) + " 个月"
	}
	return strconv.Itoa(p.Days) + " 天"
}

// Before is the day the period ends before: what is dated before
// Before(today) is past the period. Counted in calendar terms from today in
// Asia/Shanghai (3y from 2029-03-01 is 2026-03-01).
func (p Period) Before(today civil.Date) civil.Date {
	return civil.Of(today.Start(time.UTC).AddDate(-p.Years, -p.Months, -p.Days))
}

// atLeast reports whether p is never shorter than min, wherever both start:
// in months when neither counts days, else p's shortest span in days against
// min's longest (six months are 181 to 184 days, a year 365 or 366).
func (p Period) atLeast(min Period) bool {
	if p.Days == 0 && min.Days == 0 {
		return p.Years*12+p.Months >= min.Years*12+min.Months
	}
	shortest, _ := p.spanDays()
	_, longest := min.spanDays()
	return shortest >= longest
}

// spanDays is the shortest and the longest the period lasts in days, over
// every start day of a four-year leap cycle.
func (p Period) spanDays() (shortest, longest int) {
	start := time.Date(2024, 1, 1, 0, 0, 0, 0, time.UTC)
	for i := range 4 * 366 {
		from := start.AddDate(0, 0, i)
		days := int(from.AddDate(p.Years, p.Months, p.Days).Sub(from).Hours() / 24)
		if i == 0 || days < shortest {
			shortest = days
		}
		longest = max(longest, days)
	}
	return shortest, longest
}

// Config holds the two periods.
type Config struct {
	// Audit is how long an audit entry is kept after it was written.
	Audit Period
	// Personal is how long a candidate's personal data is kept after the
	// last exam day of the last session they applied for, or their last
	// login if later.
	Personal Period
}

// Default is the configuration without environment variables.
func Default() Config { return Config{Audit: DefaultAudit, Personal: DefaultPersonal} }

// FromEnv reads RUANKAO_AUDIT_RETENTION and RUANKAO_PERSONAL_RETENTION
// (defaults when unset) and refuses a period shorter than its minimum: the
// server does not start with an audit log kept less than six months.
func FromEnv() (Config, error) {
	c := Default()
	if v := os.Getenv(EnvAudit); v != "" {
		p, err := ParsePeriod(v)
		if err != nil {
			return c, fmt.Errorf("%s: %w", EnvAudit, err)
		}
		c.Audit = p
	}
	if v := os.Getenv(EnvPersonal); v != "" {
		p, err := ParsePeriod(v)
		if err != nil {
			return c, fmt.Errorf("%s: %w", EnvPersonal, err)
		}
		c.Personal = p
	}
	return c, c.Check()
}

// Check refuses periods below their minimums.
func (c Config) Check() error {
	if !c.Audit.atLeast(MinAudit) {
		return fmt.Errorf("%s=%s is shorter than six months (184 days, 6mo): network logs must be kept at least six months (网络安全法 art. 21)", EnvAudit, c.Audit)
	}
	if !c.Personal.atLeast(MinPersonal) {
		return fmt.Errorf("%s=%s is shorter than a year (366 days, 12mo, 1y): scores are checked and certificates issued months after a session", EnvPersonal, c.Personal)
	}
	return nil
}

// AuditCutoff is the instant before which audit entries are past their period.
func (c Config) AuditCutoff(now time.Time) time.Time {
	a := c.Audit
	return now.In(clock.Shanghai).AddDate(-a.Years, -a.Months, -a.Days).UTC()
}

// PersonalCutoff is the first day still inside the personal-data period: a
// candidate whose last activity fell before it is past the period.
func (c Config) PersonalCutoff(now time.Time) civil.Date {
	return c.Personal.Before(civil.In(now, clock.Shanghai))
}
