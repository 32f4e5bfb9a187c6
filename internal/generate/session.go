package generate

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

// Stage is where Config.Now falls in a generated session's calendar.
type Stage string

const (
	// StageRegistration: registration under way; some regions have closed
	// already (drafts lapsed, unpaid ones lapsing), others are open.
	StageRegistration Stage = "registration"
	// StagePrinting: registration over everywhere, admission tickets printable.
	StagePrinting Stage = "printing"
	// StageScores: the exam is over and its scores are released.
	StageScores Stage = "scores"
)

// stagePlan is a generated session's national calendar in days from the
// day of Now (as internal/demo's sessions are).
type stagePlan struct {
	regOpen, regClose     int
	printOpen, printClose int
	examDay               int
	scoreRelease          int
}

var stagePlans = map[Stage]stagePlan{
	StageRegistration: {regOpen: -24, regClose: 14, printOpen: 53, printClose: 61, examDay: 60, scoreRelease: 105},
	StagePrinting:     {regOpen: -80, regClose: -45, printOpen: -2, printClose: 6, examDay: 5, scoreRelease: 50},
	StageScores:       {regOpen: -150, regClose: -115, printOpen: -75, printClose: -67, examDay: -68, scoreRelease: -5},
}

// at is the hour (Shanghai) of a day, days from d.
func at(d civil.Date, days, hour int) time.Time {
	x := d.AddDays(days)
	return time.Date(x.Year, x.Month, x.Day, hour, 0, 0, 0, clock.Shanghai).UTC()
}

// defaultCode names the session generated for a stage: GEN-2026H1 …; a stage
// other than registration says so (GEN-2026H1-SCORES), so that several
// stages can live in one database.
func defaultCode(now time.Time, stage Stage) string {
	p := stagePlans[stage]
	first := civil.In(now, clock.Shanghai).AddDays(p.examDay)
	h := "H1"
	if first.Month > time.June {
		h = "H2"
	}
	code := fmt.Sprintf("GEN-%d%s", first.Year, h)
	if stage != StageRegistration {
		code += "-" + map[Stage]string{StagePrinting: "PRINT", StageScores: "SCORES"}[stage]
	}
	return code
}

// session finds the session by code, or creates it with the stage's calendar
// and the catalog's default offerings; made reports which.
func session(ctx context.Context, tx *ent.Tx, code string, now time.Time, stage Stage) (s *ent.ExamSession, made bool, err error) {
	s, err = tx.ExamSession.Query().Where(examsession.Code(code)).Only(ctx)
	if err == nil || !ent.IsNotFound(err) {
		return s, false, err
	}
	p, ok := stagePlans[stage]
	if !ok {
		return nil, false, fmt.Errorf("generate: unknown stage %q (registration, printing or scores)", stage)
	}
	today := civil.In(now, clock.Shanghai)
	first := today.AddDays(p.examDay)
	half := enum.HalfFirst
	if first.Month > time.June {
		half = enum.HalfSecond
	}
	release := at(today, p.scoreRelease, 10)
	s, err = tx.ExamSession.Create().SetCode(code).
		SetName(fmt.Sprintf("%d年%s计算机技术与软件专业技术资格（水平）考试（生成数据）", first.Year, half.Label())).
		SetYear(first.Year).SetHalf(half).
		SetRegistrationOpensAt(at(today, p.regOpen, 9)).SetRegistrationClosesAt(at(today, p.regClose, 17)).
		SetTicketPrintOpensAt(at(today, p.printOpen, 9)).SetTicketPrintClosesAt(at(today, p.printClose, 17)).
		SetFirstExamDay(first).SetLastExamDay(first.AddDays(1)).SetScoreReleaseAt(release).
		SetCreatedAt(now).SetUpdatedAt(now).Save(ctx)
	if err != nil {
		return nil, false, err
	}
	return s, true, catalog.OfferDefaults(ctx, tx, s)
}
