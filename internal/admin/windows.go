// Package admin holds the domain checks of region and national
// administration: windows in order and inside their session, no moving of a
// start that has begun or a deadline that has passed, and no change that would
// break live applications or seats already assigned. Every check adds to an
// apperr.Problems, so that a person hears every problem at once.
package admin

import (
	"time"

	"github.com/ruankao/ruankao/ent"
	"github.com/ruankao/ruankao/internal/apperr"
	"github.com/ruankao/ruankao/internal/civil"
	"github.com/ruankao/ruankao/internal/clock"
	"github.com/ruankao/ruankao/internal/enum"
)

// PolicyWindows are a region's windows for one session.
type PolicyWindows struct {
	RegistrationOpensAt, RegistrationClosesAt, CorrectionClosesAt time.Time
	PaymentOpensAt, PaymentClosesAt                               time.Time
}

// PolicyWindowsOf reads the windows of a stored policy.
func PolicyWindowsOf(p *ent.RegionPolicy) PolicyWindows {
	return PolicyWindows{
		RegistrationOpensAt: p.RegistrationOpensAt, RegistrationClosesAt: p.RegistrationClosesAt,
		CorrectionClosesAt: p.CorrectionClosesAt, PaymentOpensAt: p.PaymentOpensAt, PaymentClosesAt: p.PaymentClosesAt,
	}
}

func input(field string) []string { return []string{"input", field} }

// CheckPolicyWindows checks a region's windows against each other and against
// the session (conventions: inside the session's registration window or after
// it, never before; all of them end before the first exam day). With old (an
// update), a start that has passed may not move (WINDOW_STARTED), and a
// deadline may not move once passed, nor be moved into the past
// (DEADLINE_PASSED): either would change what already happened to candidates.
func CheckPolicyWindows(now time.Time, s *ent.ExamSession, old *PolicyWindows, w PolicyWindows) apperr.Problems {
	var ps apperr.Problems
	if !w.RegistrationOpensAt.Before(w.RegistrationClosesAt) {
		ps.Add(apperr.WindowOrder, "报名结束时间应晚于报名开始时间", input("registrationClosesAt")...)
	}
	if w.CorrectionClosesAt.Before(w.RegistrationClosesAt) {
		ps.Add(apperr.WindowOrder, "修改截止时间不能早于报名结束时间", input("correctionClosesAt")...)
	}
	if w.PaymentOpensAt.Before(w.RegistrationOpensAt) {
		ps.Add(apperr.WindowOrder, "缴费开始时间不能早于报名开始时间", input("paymentOpensAt")...)
	}
	if !w.PaymentOpensAt.Before(w.PaymentClosesAt) {
		ps.Add(apperr.WindowOrder, "缴费结束时间应晚于缴费开始时间", input("paymentClosesAt")...)
	} else if w.PaymentClosesAt.Before(w.RegistrationClosesAt) {
		ps.Add(apperr.WindowOrder, "缴费结束时间不能早于报名结束时间", input("paymentClosesAt")...)
	}

	if w.RegistrationOpensAt.Before(s.RegistrationOpensAt) {
		ps.Add(apperr.WindowOutsideSession, "报名开始时间不能早于全国报名开始时间（"+clock.Shown(s.RegistrationOpensAt)+"）",
			input("registrationOpensAt")...)
	}
	examStart := s.FirstExamDay.Start(clock.Shanghai)
	for _, d := range []struct {
		field, label string
		at           time.Time
	}{
		{"registrationClosesAt", "报名结束时间", w.RegistrationClosesAt},
		{"correctionClosesAt", "修改截止时间", w.CorrectionClosesAt},
		{"paymentClosesAt", "缴费结束时间", w.PaymentClosesAt},
	} {
		if d.at.After(examStart) {
			ps.Add(apperr.WindowOutsideSession, d.label+"应早于首个考试日（"+s.FirstExamDay.String()+"）", input(d.field)...)
		}
	}
	if old == nil {
		return ps
	}
	starts := []moved{
		{"registrationOpensAt", "报名", old.RegistrationOpensAt, w.RegistrationOpensAt},
		{"paymentOpensAt", "缴费", old.PaymentOpensAt, w.PaymentOpensAt},
	}
	deadlines := []moved{
		{"registrationClosesAt", "报名结束时间", old.RegistrationClosesAt, w.RegistrationClosesAt},
		{"correctionClosesAt", "修改截止时间", old.CorrectionClosesAt, w.CorrectionClosesAt},
		{"paymentClosesAt", "缴费结束时间", old.PaymentClosesAt, w.PaymentClosesAt},
	}
	ps = append(ps, checkStarts(now, starts)...)
	return append(ps, checkDeadlines(now, deadlines)...)
}

// moved is one instant before and after an edit.
type moved struct {
	field, label string
	old, new     time.Time
}

// same compares to the second: the API gives instants out without fractions,
// so a value sent back unchanged must not count as a move.
func same(a, b time.Time) bool { return a.Truncate(time.Second).Equal(b.Truncate(time.Second)) }

func checkStarts(now time.Time, ms []moved) apperr.Problems {
	var ps apperr.Problems
	for _, m := range ms {
		if !same(m.old, m.new) && !now.Before(m.old) {
			ps.Add(apperr.WindowStarted, m.label+"已于 "+clock.Shown(m.old)+" 开始，开始时间不能再修改", input(m.field)...)
		}
	}
	return ps
}

func checkDeadlines(now time.Time, ms []moved) apperr.Problems {
	var ps apperr.Problems
	for _, m := range ms {
		switch {
		case same(m.old, m.new):
		case !now.Before(m.old):
			ps.Add(apperr.DeadlinePassed, m.label+"（"+clock.Shown(m.old)+"）已过，不能再修改", input(m.field)...)
		case !now.Before(m.new):
			ps.Add(apperr.DeadlinePassed, m.label+"不能提前到当前时间之前", input(m.field)...)
		}
	}
	return ps
}

// SessionWindows are a session's national windows and days.
type SessionWindows struct {
	Year                                      int
	FirstHalf                                 bool
	RegistrationOpensAt, RegistrationClosesAt time.Time
	TicketPrintOpensAt, TicketPrintClosesAt   time.Time
	FirstExamDay, LastExamDay                 civil.Date
	ScoreReleaseAt                            *time.Time
}

// CheckSessionWindows checks a session's windows and days; with old (an
// update), passed starts and deadlines do not move, as for policies.
func CheckSessionWindows(now time.Time, old *SessionWindows, w SessionWindows) apperr.Problems {
	var ps apperr.Problems
	if w.Year < 2000 || w.Year > 2100 {
		ps.Add(apperr.OutOfRange, "年份应在 2000 至 2100 之间", input("year")...)
	} else if w.FirstExamDay.Year != w.Year {
		ps.Add(apperr.InvalidFormat, "年份应与首个考试日所在年份一致", input("year")...)
	}
	if w.FirstHalf != (w.FirstExamDay.Month <= time.June) {
		ps.Add(apperr.InvalidFormat, "上半年 / 下半年应与首个考试日所在月份一致", input("half")...)
	}
	if !w.RegistrationOpensAt.Before(w.RegistrationClosesAt) {
		ps.Add(apperr.WindowOrder, "报名结束时间应晚于报名开始时间", input("registrationClosesAt")...)
	}
	if w.TicketPrintOpensAt.Before(w.RegistrationClosesAt) {
		ps.Add(apperr.WindowOrder, "准考证打印开始时间不能早于报名结束时间", input("ticketPrintOpensAt")...)
	}
	if !w.TicketPrintOpensAt.Before(w.TicketPrintClosesAt) {
		ps.Add(apperr.WindowOrder, "准考证打印结束时间应晚于开始时间", input("ticketPrintClosesAt")...)
	}
	if w.LastExamDay.Before(w.FirstExamDay) {
		ps.Add(apperr.WindowOrder, "最后考试日不能早于首个考试日", input("lastExamDay")...)
	}
	examStart := w.FirstExamDay.Start(clock.Shanghai)
	if !w.TicketPrintOpensAt.Before(examStart) {
		ps.Add(apperr.WindowOrder, "准考证打印应在首个考试日之前开始", input("ticketPrintOpensAt")...)
	}
	if w.TicketPrintClosesAt.After(w.LastExamDay.AddDays(1).Start(clock.Shanghai)) {
		ps.Add(apperr.WindowOrder, "准考证打印应在最后考试日结束前截止", input("ticketPrintClosesAt")...)
	}
	if w.ScoreReleaseAt != nil && w.ScoreReleaseAt.Before(w.LastExamDay.AddDays(1).Start(clock.Shanghai)) {
		ps.Add(apperr.WindowOrder, "成绩发布时间应在最后考试日之后", input("scoreReleaseAt")...)
	}
	if old == nil {
		return ps
	}
	ps = append(ps, checkStarts(now, []moved{
		{"registrationOpensAt", "全国报名", old.RegistrationOpensAt, w.RegistrationOpensAt},
		{"ticketPrintOpensAt", "准考证打印", old.TicketPrintOpensAt, w.TicketPrintOpensAt},
	})...)
	return append(ps, checkDeadlines(now, []moved{
		{"registrationClosesAt", "全国报名结束时间", old.RegistrationClosesAt, w.RegistrationClosesAt},
		{"ticketPrintClosesAt", "准考证打印结束时间", old.TicketPrintClosesAt, w.TicketPrintClosesAt},
	})...)
}

// SessionWindowsOf reads a stored session.
func SessionWindowsOf(s *ent.ExamSession) SessionWindows {
	return SessionWindows{
		Year: s.Year, FirstHalf: s.Half == enum.HalfFirst,
		RegistrationOpensAt: s.RegistrationOpensAt, RegistrationClosesAt: s.RegistrationClosesAt,
		TicketPrintOpensAt: s.TicketPrintOpensAt, TicketPrintClosesAt: s.TicketPrintClosesAt,
		FirstExamDay: s.FirstExamDay, LastExamDay: s.LastExamDay, ScoreReleaseAt: s.ScoreReleaseAt,
	}
}

// CheckPoliciesInSession checks that the regions' policies of a session stay
// valid under its new windows: no region opens before the nation, and every
// region's deadlines end before the first exam day.
func CheckPoliciesInSession(policies []*ent.RegionPolicy, w SessionWindows) apperr.Problems {
	var ps apperr.Problems
	examStart := w.FirstExamDay.Start(clock.Shanghai)
	for _, p := range policies {
		name := string(p.RegionID)
		if p.Edges.Region != nil {
			name = p.Edges.Region.Name
		}
		if p.RegistrationOpensAt.Before(w.RegistrationOpensAt) {
			ps.Add(apperr.WindowOutsideSession, name+"的报名开始时间（"+clock.Shown(p.RegistrationOpensAt)+"）将早于全国报名开始时间",
				input("registrationOpensAt")...)
		}
		last := p.RegistrationClosesAt
		for _, t := range []time.Time{p.CorrectionClosesAt, p.PaymentClosesAt} {
			if t.After(last) {
				last = t
			}
		}
		if last.After(examStart) {
			ps.Add(apperr.WindowOutsideSession, name+"的报名、修改或缴费截止时间（"+clock.Shown(last)+"）将晚于首个考试日",
				input("firstExamDay")...)
		}
	}
	return ps
}
