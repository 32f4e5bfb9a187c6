package form

import (
	"testing"

	"github.com/ruankao/ruankao/internal/apperr"
	"github.com/ruankao/ruankao/internal/civil"
)

func TestDate(t *testing.T) {
	p := []string{"input", "graduationDate"}
	for in, want := range map[DateText]string{
		"2015-06-30":   "2015-06-30",
		" 2015-06-30 ": "2015-06-30",
		"２０１５－０６－３０":   "2015-06-30",
		"2024-02-29":   "2024-02-29",
	} {
		d, e := Date(p, in, "毕业时间")
		if e != nil || d.String() != want {
			t.Errorf("%q: %v %v", in, d, e)
		}
	}
	for in, code := range map[DateText]string{
		"":                     apperr.Required,
		"  ":                   apperr.Required,
		"2015-02-30":           apperr.InvalidFormat,
		"2023-02-29":           apperr.InvalidFormat,
		"2015-13-01":           apperr.InvalidFormat,
		"2015-00-10":           apperr.InvalidFormat,
		"0000-01-01":           apperr.InvalidFormat,
		"2015-6-30":            apperr.InvalidFormat,
		"2015/06/30":           apperr.InvalidFormat,
		"20150630":             apperr.InvalidFormat,
		"2015-06-30T00:00:00Z": apperr.InvalidFormat,
		"yesterday":            apperr.InvalidFormat,
	} {
		d, e := Date(p, in, "毕业时间")
		if e == nil || e.Code != code || len(e.Field) != 2 || e.Field[1] != "graduationDate" || !d.IsZero() {
			t.Errorf("%q: %v %+v", in, d, e)
		}
	}
	var c Checker
	if _, ok := c.Date(p, "2015-02-30", "毕业时间"); ok || len(c.Problems) != 1 {
		t.Errorf("Checker.Date: %+v", c.Problems)
	}
}

func TestDateText(t *testing.T) {
	var d DateText
	if err := d.UnmarshalGQL("2015-02-30"); err != nil || d != "2015-02-30" {
		t.Errorf("an impossible day is kept as text for the form: %v %q", err, d)
	}
	if err := d.UnmarshalGQL(20150630); err == nil {
		t.Error("a number is not a date")
	}
	if DateTextOf(nil) != nil || *DateTextOf(&civil.Date{Year: 2015, Month: 6, Day: 30}) != "2015-06-30" {
		t.Error("DateTextOf")
	}
}
