package form

import (
	"github.com/ruankao/ruankao/internal/apperr"
	"github.com/ruankao/ruankao/internal/civil"
)

// Checker runs the checks of a whole form and collects every problem, so the
// caller can report them all at once and save nothing when Any. The zero
// value is ready to use. Methods that normalise return the value to store,
// "" when the check failed; the others report whether the check passed.
type Checker struct {
	Problems apperr.Problems
}

// Add records e when it is not nil and reports whether it was nil.
func (c *Checker) Add(e *apperr.UserError) bool {
	if e == nil {
		return true
	}
	c.Problems = append(c.Problems, e)
	return false
}

// Any reports whether a problem was found.
func (c *Checker) Any() bool { return c.Problems.Any() }

func (c *Checker) value(v string, e *apperr.UserError) string {
	c.Add(e)
	return v
}

// Required is Required, recorded.
func (c *Checker) Required(path []string, present bool, what string) bool {
	return c.Add(Required(path, present, what))
}

// Mobile is Mobile, recorded.
func (c *Checker) Mobile(path []string, s string) string { return c.value(Mobile(path, s)) }

// Landline is Landline, recorded.
func (c *Checker) Landline(path []string, s string) string { return c.value(Landline(path, s)) }

// Email is Email, recorded.
func (c *Checker) Email(path []string, s string) string { return c.value(Email(path, s)) }

// Postcode is Postcode, recorded.
func (c *Checker) Postcode(path []string, s string) string { return c.value(Postcode(path, s)) }

// Text is Text, recorded.
func (c *Checker) Text(path []string, s string, maxLen int) string {
	return c.value(Text(path, s, maxLen))
}

// Address is Address, recorded.
func (c *Checker) Address(path []string, s string) string { return c.value(Address(path, s)) }

// WorkUnit is WorkUnit, recorded.
func (c *Checker) WorkUnit(path []string, s string) string { return c.value(WorkUnit(path, s)) }

// MajorName is MajorName, recorded.
func (c *Checker) MajorName(path []string, s string) string { return c.value(MajorName(path, s)) }

// Title is Title, recorded.
func (c *Checker) Title(path []string, s string) string { return c.value(Title(path, s)) }

// Hukou is Hukou, recorded.
func (c *Checker) Hukou(path []string, code string) bool { return c.Add(Hukou(path, code)) }

// PastDate is PastDate, recorded.
func (c *Checker) PastDate(path []string, d, today civil.Date, what string) bool {
	return c.Add(PastDate(path, d, today, what))
}

// DateNotAfter is DateNotAfter, recorded.
func (c *Checker) DateNotAfter(path []string, d, limit civil.Date, message string) bool {
	return c.Add(DateNotAfter(path, d, limit, message))
}

// DateNotBefore is DateNotBefore, recorded.
func (c *Checker) DateNotBefore(path []string, d, limit civil.Date, message string) bool {
	return c.Add(DateNotBefore(path, d, limit, message))
}

// Date is Date, recorded; ok is false when it failed.
func (c *Checker) Date(path []string, s DateText, what string) (d civil.Date, ok bool) {
	d, e := Date(path, s, what)
	return d, c.Add(e)
}
