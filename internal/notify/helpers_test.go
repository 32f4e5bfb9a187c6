package notify_test

import (
	"context"
	"fmt"
	"sync"
	"testing"
	"time"

	"github.com/ruankao/ruankao/ent"
	"github.com/ruankao/ruankao/ent/examsession"
	"github.com/ruankao/ruankao/ent/qualification"
	"github.com/ruankao/ruankao/ent/region"
	"github.com/ruankao/ruankao/internal/clock"
	"github.com/ruankao/ruankao/internal/demo"
	"github.com/ruankao/ruankao/internal/enum"
	"github.com/ruankao/ruankao/internal/notify"
	"github.com/ruankao/ruankao/internal/store"
	"github.com/ruankao/ruankao/internal/testenv"
	"github.com/ruankao/ruankao/internal/txn"
	"github.com/ruankao/ruankao/internal/viewer"
)

var start = time.Date(2026, 3, 2, 10, 0, 0, 0, clock.Shanghai)

// outbox is a database with the demo data, a moved clock and n messages
// queued, each for a candidate of its own with an email and a mobile.
func outbox(t *testing.T, n int) (*store.DB, *clock.Manual, context.Context) {
	t.Helper()
	db := testenv.OpenDB(t)
	clk := clock.NewManual(start)
	ctx := viewer.SystemContext(clock.With(context.Background(), clk))
	if err := demo.Load(ctx, db.Client); err != nil {
		t.Fatal(err)
	}
	c := db.Client
	sess := c.ExamSession.Query().Where(examsession.Code(demo.SessionOpen)).OnlyX(ctx)
	reg := c.Region.Query().Where(region.Code("210200")).OnlyX(ctx)
	q := c.Qualification.Query().Where(qualification.Code("ZJ02")).OnlyX(ctx)
	for i := range n {
		cand := c.Candidate.Create().SetProvider("sim").SetSubject(fmt.Sprintf("s%d", i)).SetName(fmt.Sprintf("考生%02d", i)).
			SetIDType(enum.IDResident).SetIDNumberEnc([]byte{1}).SetIDNumberHash(fmt.Sprintf("h%d", i)).
			SetIDNumberMasked("2101**********1233").SaveX(ctx)
		app := c.Application.Create().SetCandidateID(cand.ID).SetSessionID(sess.ID).SetRegionID(reg.ID).
			SetQualificationID(q.ID).SetName(cand.Name).SetIDType(cand.IDType).
			SetEmail(fmt.Sprintf("k%d@example.com", i)).SetMobile(fmt.Sprintf("138000000%02d", i)).SetFeeTotalFen(12000).SaveX(ctx)
		err := txn.Run(ctx, c, func(ctx context.Context, c *ent.Client) error {
			return notify.Enqueue(ctx, c, notify.Event{Kind: notify.PaymentReceived, Application: app.ID, Key: "PAID:" + string(app.ID)})
		})
		if err != nil {
			t.Fatal(err)
		}
	}
	return db, clk, ctx
}

// recorder is a channel that records every send and fails as told.
type recorder struct {
	mu    sync.Mutex
	keys  []string
	fails int // the first fails sends fail (temporarily)
	perm  bool
}

func (r *recorder) SendEmail(_ context.Context, e notify.Email) error {
	return r.take(e.IdempotencyKey)
}
func (r *recorder) SendSMS(_ context.Context, m notify.SMS) error { return r.take(m.IdempotencyKey) }

func (r *recorder) take(key string) error {
	r.mu.Lock()
	defer r.mu.Unlock()
	if r.fails > 0 {
		r.fails--
		if r.perm {
			return notify.Permanent(fmt.Errorf("550 no such user"))
		}
		return fmt.Errorf("421 try again later")
	}
	r.keys = append(r.keys, key)
	return nil
}

func (r *recorder) sent() []string {
	r.mu.Lock()
	defer r.mu.Unlock()
	return append([]string(nil), r.keys...)
}
