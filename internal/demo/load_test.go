package demo_test

import (
	"context"
	"testing"
	"time"

	"github.com/ruankao/ruankao/ent/examsession"
	"github.com/ruankao/ruankao/internal/clock"
	"github.com/ruankao/ruankao/internal/demo"
	"github.com/ruankao/ruankao/internal/testenv"
)

func TestDemoFollowsTodayOnEveryStart(t *testing.T) {
	db := testenv.OpenDB(t)
	c := db.Client
	day1 := time.Date(2026, 11, 26, 8, 0, 0, 0, clock.Shanghai)
	ctx := clock.With(context.Background(), clock.NewManual(day1))
	if err := demo.Load(ctx, c); err != nil {
		t.Fatal(err)
	}
	before := [4]int{c.ExamSession.Query().CountX(ctx), c.RegionPolicy.Query().CountX(ctx),
		c.ExamRoom.Query().CountX(ctx), c.Notice.Query().CountX(ctx)}

	day2 := day1.AddDate(0, 0, 40)
	ctx2 := clock.With(context.Background(), clock.NewManual(day2))
	if err := demo.Load(ctx2, c); err != nil {
		t.Fatal(err)
	}
	after := [4]int{c.ExamSession.Query().CountX(ctx), c.RegionPolicy.Query().CountX(ctx),
		c.ExamRoom.Query().CountX(ctx), c.Notice.Query().CountX(ctx)}
	if before != after {
		t.Fatalf("reload added rows: %v → %v", before, after)
	}
	for _, code := range []string{demo.SessionOpen, demo.SessionPrint, demo.SessionScores} {
		s := c.ExamSession.Query().Where(examsession.Code(code)).OnlyX(ctx)
		switch code {
		case demo.SessionOpen:
			if !day2.After(s.RegistrationOpensAt) || !day2.Before(s.RegistrationClosesAt) {
				t.Errorf("%s registration not open on day 2: %v–%v", code, s.RegistrationOpensAt, s.RegistrationClosesAt)
			}
		case demo.SessionPrint:
			if !day2.After(s.TicketPrintOpensAt) || !day2.Before(s.TicketPrintClosesAt) {
				t.Errorf("%s tickets not printable on day 2", code)
			}
		case demo.SessionScores:
			if s.ScoreReleaseAt == nil || !day2.After(*s.ScoreReleaseAt) {
				t.Errorf("%s scores not released on day 2", code)
			}
		}
	}
}
