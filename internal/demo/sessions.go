// Package demo loads demonstration data relative to today, so that every flow
// (registration open, tickets printable, scores released) can be tried on any
// day of the year. It refreshes the windows on every start.
package demo

import (
	"context"
	"fmt"
	"time"

	"github.com/ruankao/ruankao/ent"
	"github.com/ruankao/ruankao/ent/examsession"
	"github.com/ruankao/ruankao/internal/catalog"
	"github.com/ruankao/ruankao/internal/civil"
	"github.com/ruankao/ruankao/internal/clock"
	"github.com/ruankao/ruankao/internal/enum"
)

// Session codes of the demo.
const (
	SessionOpen   = "DEMO-OPEN"
	SessionPrint  = "DEMO-PRINT"
	SessionScores = "DEMO-SCORES"
)

type sessionPlan struct {
	code, label                 string
	regOpen, regClose           int // days from today
	printOpen, printClose       int
	examDay                     int
	scoreRelease                *int
	correctionDays, paymentDays int
}

func intp(i int) *int { return &i }

var sessionPlans = []sessionPlan{
	{code: SessionOpen, label: "报名进行中", regOpen: -3, regClose: 14, printOpen: 53, printClose: 61, examDay: 60, correctionDays: 3, paymentDays: 5},
	{code: SessionPrint, label: "准考证打印中", regOpen: -75, regClose: -50, printOpen: -2, printClose: 6, examDay: 5, correctionDays: 3, paymentDays: 5},
	{code: SessionScores, label: "成绩已发布", regOpen: -150, regClose: -125, printOpen: -75, printClose: -67, examDay: -68, scoreRelease: intp(-5), correctionDays: 3, paymentDays: 5},
}

// at is 09:00 (opening) or 17:00 (closing) in Shanghai, days from today.
func at(today civil.Date, days, hour int) time.Time {
	d := today.AddDays(days)
	return time.Date(d.Year, d.Month, d.Day, hour, 0, 0, 0, clock.Shanghai).UTC()
}

func upsertSession(ctx context.Context, tx *ent.Tx, today civil.Date, p sessionPlan) (*ent.ExamSession, bool, error) {
	first := today.AddDays(p.examDay)
	half := enum.HalfFirst
	if first.Month > time.June {
		half = enum.HalfSecond
	}
	name := fmt.Sprintf("演示：%d年%s（%s）", first.Year, half.Label(), p.label)
	var score *time.Time
	if p.scoreRelease != nil {
		t := at(today, *p.scoreRelease, 10)
		score = &t
	}
	existing, err := tx.ExamSession.Query().Where(examsession.Code(p.code)).Only(ctx)
	if err != nil && !ent.IsNotFound(err) {
		return nil, false, err
	}
	if existing != nil {
		s, err := existing.Update().SetName(name).SetYear(first.Year).SetHalf(half).
			SetRegistrationOpensAt(at(today, p.regOpen, 9)).SetRegistrationClosesAt(at(today, p.regClose, 17)).
			SetTicketPrintOpensAt(at(today, p.printOpen, 9)).SetTicketPrintClosesAt(at(today, p.printClose, 17)).
			SetFirstExamDay(first).SetLastExamDay(first.AddDays(1)).SetNillableScoreReleaseAt(score).
			Save(ctx)
		return s, false, err
	}
	s, err := tx.ExamSession.Create().SetCode(p.code).SetName(name).SetYear(first.Year).SetHalf(half).
		SetRegistrationOpensAt(at(today, p.regOpen, 9)).SetRegistrationClosesAt(at(today, p.regClose, 17)).
		SetTicketPrintOpensAt(at(today, p.printOpen, 9)).SetTicketPrintClosesAt(at(today, p.printClose, 17)).
		SetFirstExamDay(first).SetLastExamDay(first.AddDays(1)).SetNillableScoreReleaseAt(score).
		Save(ctx)
	if err != nil {
		return nil, false, err
	}
	return s, true, catalog.OfferDefaults(ctx, tx, s)
}
