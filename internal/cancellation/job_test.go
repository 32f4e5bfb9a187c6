package cancellation_test

import (
	"context"
	"testing"
	"time"

	entcx "github.com/ruankao/ruankao/ent/cancellation"
	"github.com/ruankao/ruankao/ent/examsession"
	"github.com/ruankao/ruankao/ent/region"
	"github.com/ruankao/ruankao/internal/cancellation"
	"github.com/ruankao/ruankao/internal/clock"
	"github.com/ruankao/ruankao/internal/demo"
	"github.com/ruankao/ruankao/internal/testenv"
)

// The refund job's lease: while another instance holds it the job skips;
// once the holder's lease ran out (it died), the next run takes over and
// finishes (a free region: nothing to refund, so DONE).
func TestLeaseKeepsTheJobToOneInstance(t *testing.T) {
	env := testenv.Start(t, time.Date(2026, 3, 2, 10, 0, 0, 0, clock.Shanghai))
	sys := testenv.System()
	c := env.DB.Client
	sess := c.ExamSession.Query().Where(examsession.Code(demo.SessionOpen)).OnlyX(sys)
	reg := c.Region.Query().Where(region.Code("210000")).OnlyX(sys)
	admin := c.StaffUser.Query().FirstX(sys)
	now := env.Clock.Now()
	x := c.Cancellation.Create().SetSessionID(sess.ID).SetRegionID(reg.ID).SetReason("台风").SetCreatedByID(admin.ID).
		SetState(entcx.StateCONFIRMED).SetConfirmedByID(admin.ID).SetConfirmedAt(now).
		SetLeaseHolder("another-instance").SetLeaseUntil(now.Add(time.Minute)).SaveX(sys)
	s := &cancellation.Service{Client: c, Log: testenv.Logger()}
	ctx := clock.With(context.Background(), env.Clock)
	pr, err := s.Process(ctx, x.ID)
	if err != nil || !pr.Skipped {
		t.Fatalf("under another's lease: %+v %v", pr, err)
	}
	if c.Cancellation.GetX(sys, x.ID).State != entcx.StateCONFIRMED {
		t.Fatal("worked under another's lease")
	}
	env.Clock.Advance(2 * time.Minute)
	pr, err = s.Process(ctx, x.ID)
	if err != nil || pr.Skipped || !pr.Done {
		t.Fatalf("after the lease ran out: %+v %v", pr, err)
	}
	got := c.Cancellation.GetX(sys, x.ID)
	if got.State != entcx.StateDONE || got.LeaseHolder != nil || got.DoneAt == nil {
		t.Errorf("done: %+v", got)
	}
	if pr, err := s.Process(ctx, x.ID); err != nil || pr.Done || pr.Refunded != 0 {
		t.Errorf("a done cancellation again: %+v %v", pr, err)
	}
}
