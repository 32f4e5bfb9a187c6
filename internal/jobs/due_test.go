package jobs_test

import (
	"context"
	"testing"
	"time"

	"github.com/ruankao/ruankao/ent/application"
	"github.com/ruankao/ruankao/ent/auditlog"
	"github.com/ruankao/ruankao/ent/jobrun"
	"github.com/ruankao/ruankao/internal/clock"
	"github.com/ruankao/ruankao/internal/demo"
	"github.com/ruankao/ruankao/internal/enum"
	"github.com/ruankao/ruankao/internal/jobs"
	"github.com/ruankao/ruankao/internal/testenv"
)

func TestJobLapsesDraftsWhenTheWindowCloses(t *testing.T) {
	env := testenv.Start(t, time.Date(2026, 3, 2, 10, 0, 0, 0, clock.Shanghai))
	c := env.DB.Client
	env.LoginCandidate(t, demo.Identities[0])
	env.LoginCandidate(t, demo.Identities[1])
	env.Draft(t, env.CandidateID(t, demo.Identities[0]), "210000")
	env.Draft(t, env.CandidateID(t, demo.Identities[1]), "210200")
	r := &jobs.Runner{Client: c, DB: env.DB.SQL, Dialect: env.DB.Dialect}

	ctx := clock.With(context.Background(), env.Clock)
	if n, err := r.RunDue(ctx); err != nil || n != 0 {
		t.Fatalf("before the window closes: %d %v", n, err)
	}
	env.Clock.Set(time.Date(2026, 3, 16, 17, 0, 0, 0, clock.Shanghai))
	if n, err := r.RunDue(ctx); err != nil || n != 2 {
		t.Fatalf("at the close: %d %v", n, err)
	}
	sys := testenv.System()
	if n := c.Application.Query().Where(application.StatusEQ(enum.StatusLapsed)).CountX(sys); n != 2 {
		t.Errorf("%d lapsed", n)
	}
	// Idempotent: nothing left to do.
	if n, err := r.RunDue(ctx); err != nil || n != 0 {
		t.Fatalf("second run: %d %v", n, err)
	}
	runs := c.JobRun.Query().Where(jobrun.Name(jobs.Name)).AllX(sys)
	if len(runs) != 3 || runs[1].Affected != 2 || runs[1].Status != jobrun.StatusOK || runs[1].FinishedAt == nil {
		t.Errorf("job runs: %+v", runs)
	}
	if n := c.AuditLog.Query().Where(auditlog.Action("job."+jobs.Name), auditlog.ActorKindEQ(auditlog.ActorKindSYSTEM)).CountX(sys); n != 1 {
		t.Errorf("%d audit entries", n)
	}
}
