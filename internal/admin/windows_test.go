package admin

import (
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/ruankao/ruankao/ent"
	"github.com/ruankao/ruankao/internal/apperr"
	"github.com/ruankao/ruankao/internal/civil"
	"github.com/ruankao/ruankao/internal/clock"
)

func at(s string) time.Time {
	t, err := time.ParseInLocation("2006-01-02 15:04", s, clock.Shanghai)
	if err != nil {
		panic(err)
	}
	return t.UTC()
}

func codes(ps apperr.Problems) []string {
	var out []string
	for _, p := range ps {
		out = append(out, p.Code+"@"+strings.Join(p.Field, "."))
	}
	slices.Sort(out)
	return out
}

var session = &ent.ExamSession{
	RegistrationOpensAt: at("2026-03-01 09:00"), RegistrationClosesAt: at("2026-03-20 17:00"),
	FirstExamDay: civil.MustParse("2026-05-23"),
}

func windows() PolicyWindows {
	return PolicyWindows{
		RegistrationOpensAt: at("2026-03-02 09:00"), RegistrationClosesAt: at("2026-03-15 17:00"),
		CorrectionClosesAt: at("2026-03-18 17:00"), PaymentOpensAt: at("2026-03-02 09:00"), PaymentClosesAt: at("2026-03-20 17:00"),
	}
}

func TestPolicyWindows(t *testing.T) {
	now := at("2026-03-05 12:00")
	cases := []struct {
		name string
		edit func(w *PolicyWindows)
		want []string
	}{
		{"valid", func(*PolicyWindows) {}, nil},
		{"after the session's window", func(w *PolicyWindows) {
			w.RegistrationOpensAt, w.PaymentOpensAt = at("2026-03-02 09:00"), at("2026-03-02 09:00")
		}, nil},
		{"before the session", func(w *PolicyWindows) { w.RegistrationOpensAt = at("2026-02-28 09:00") },
			[]string{"WINDOW_OUTSIDE_SESSION@input.registrationOpensAt"}},
		{"closes before it opens", func(w *PolicyWindows) { w.RegistrationClosesAt = w.RegistrationOpensAt },
			[]string{"WINDOW_ORDER@input.registrationClosesAt"}},
		{"correction before the close", func(w *PolicyWindows) { w.CorrectionClosesAt = at("2026-03-15 16:00") },
			[]string{"WINDOW_ORDER@input.correctionClosesAt"}},
		{"payment ends before registration", func(w *PolicyWindows) { w.PaymentClosesAt = at("2026-03-10 17:00") },
			[]string{"WINDOW_ORDER@input.paymentClosesAt"}},
		{"payment empty", func(w *PolicyWindows) { w.PaymentClosesAt = w.PaymentOpensAt },
			[]string{"WINDOW_ORDER@input.paymentClosesAt"}},
		{"past the first exam day", func(w *PolicyWindows) { w.PaymentClosesAt = at("2026-05-23 00:01") },
			[]string{"WINDOW_OUTSIDE_SESSION@input.paymentClosesAt"}},
	}
	for _, c := range cases {
		w := windows()
		c.edit(&w)
		if got := codes(CheckPolicyWindows(now, session, nil, w)); !slices.Equal(got, c.want) {
			t.Errorf("%s: %v, want %v", c.name, got, c.want)
		}
	}
}

func TestMovesAfterTheFact(t *testing.T) {
	now := at("2026-03-05 12:00")
	old := windows()
	// Sent back as the API shows it (no fractions of a second): no move.
	withFraction := old
	withFraction.RegistrationOpensAt = old.RegistrationOpensAt.Add(300 * time.Millisecond)
	if ps := CheckPolicyWindows(now, session, &withFraction, old); ps.Any() {
		t.Errorf("unchanged: %v", codes(ps))
	}
	w := old
	w.RegistrationOpensAt = at("2026-03-03 09:00")  // opened on 03-02: refused
	w.RegistrationClosesAt = at("2026-03-05 11:00") // into the past: refused
	w.CorrectionClosesAt = at("2026-03-19 17:00")   // in the future, to the future: fine
	w.PaymentOpensAt = at("2026-03-03 09:00")       // opened: refused
	want := []string{"DEADLINE_PASSED@input.registrationClosesAt", "WINDOW_STARTED@input.paymentOpensAt", "WINDOW_STARTED@input.registrationOpensAt"}
	if got := codes(CheckPolicyWindows(now, session, &old, w)); !slices.Equal(got, want) {
		t.Errorf("moves: %v, want %v", got, want)
	}
	passed := old
	passed.RegistrationClosesAt = at("2026-03-04 17:00")
	passed.PaymentOpensAt = at("2026-03-06 09:00")
	w = passed
	w.RegistrationClosesAt = at("2026-03-06 17:00") // reopening a closed window: refused
	w.PaymentOpensAt = at("2026-03-07 09:00")       // a start not yet reached: fine
	want = []string{"DEADLINE_PASSED@input.registrationClosesAt"}
	if got := codes(CheckPolicyWindows(now, session, &passed, w)); !slices.Equal(got, want) {
		t.Errorf("moves: %v, want %v", got, want)
	}
}

func TestSessionWindows(t *testing.T) {
	w := SessionWindows{
		Year: 2026, FirstHalf: true,
		RegistrationOpensAt: at("2026-03-01 09:00"), RegistrationClosesAt: at("2026-03-20 17:00"),
		TicketPrintOpensAt: at("2026-05-15 09:00"), TicketPrintClosesAt: at("2026-05-24 17:00"),
		FirstExamDay: civil.MustParse("2026-05-23"), LastExamDay: civil.MustParse("2026-05-24"),
	}
	now := at("2026-01-05 12:00")
	if ps := CheckSessionWindows(now, nil, w); ps.Any() {
		t.Fatalf("valid: %v", codes(ps))
	}
	bad := w
	bad.FirstHalf = false
	bad.Year = 2025
	bad.LastExamDay = civil.MustParse("2026-05-22")
	bad.TicketPrintOpensAt = at("2026-05-23 08:00")
	release := at("2026-05-22 20:00")
	bad.ScoreReleaseAt = &release
	want := []string{"INVALID_FORMAT@input.half", "INVALID_FORMAT@input.year", "WINDOW_ORDER@input.lastExamDay",
		"WINDOW_ORDER@input.scoreReleaseAt", "WINDOW_ORDER@input.ticketPrintClosesAt", "WINDOW_ORDER@input.ticketPrintOpensAt"}
	if got := codes(CheckSessionWindows(now, nil, bad)); !slices.Equal(got, want) {
		t.Errorf("bad: %v, want %v", got, want)
	}
}
