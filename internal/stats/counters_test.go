package stats_test

import (
	"context"
	"testing"
	"time"

	"github.com/ruankao/ruankao/ent"
	"github.com/ruankao/ruankao/ent/examsession"
	"github.com/ruankao/ruankao/ent/paymentorder"
	"github.com/ruankao/ruankao/ent/subject"
	"github.com/ruankao/ruankao/internal/clock"
	"github.com/ruankao/ruankao/internal/counters"
	"github.com/ruankao/ruankao/internal/demo"
	"github.com/ruankao/ruankao/internal/stats"
	"github.com/ruankao/ruankao/internal/testenv"
	"github.com/ruankao/ruankao/internal/txn"
)

var march = time.Date(2026, 3, 2, 10, 0, 0, 0, clock.Shanghai)

type snapshot struct {
	status, level []stats.Count
	day           []stats.Day
	registrations int
	revenue       int64
	orders        int
	review        stats.Review
	results       stats.Results
}

func take(t *testing.T, s *stats.Service, sess *ent.ExamSession, at time.Time) snapshot {
	t.Helper()
	ctx := testenv.System()
	sc := &stats.Scope{Session: sess, At: at}
	var x snapshot
	var err error
	must := func(e error) {
		t.Helper()
		if e != nil && err == nil {
			err = e
		}
	}
	x.status, err = s.ByStatus(ctx, sc)
	var e error
	x.level, e = s.ByLevel(ctx, sc)
	must(e)
	x.day, e = s.ByDay(ctx, sc)
	must(e)
	x.registrations, e = s.Registrations(ctx, sc)
	must(e)
	x.revenue, x.orders, e = s.Revenue(ctx, sc)
	must(e)
	x.review, e = s.Reviews(ctx, sc)
	must(e)
	x.results, e = s.ExamResults(ctx, sc)
	must(e)
	if err != nil {
		t.Fatal(err)
	}
	return x
}

func pending(t *testing.T, env *testenv.Env) int {
	t.Helper()
	n := 0
	rs, err := env.DB.Reads().QueryContext(testenv.System(), "SELECT count(*) FROM stat_deltas")
	if err != nil {
		t.Fatal(err)
	}
	defer rs.Close()
	for rs.Next() {
		if err := rs.Scan(&n); err != nil {
			t.Fatal(err)
		}
	}
	return n
}

// Folding moves the deltas into the counters and changes no figure;
// counting the results stores what a read counted live.
func TestFoldKeepsEveryFigure(t *testing.T) {
	env := testenv.Start(t, march)
	ids := env.Registered(t, 6, demo.SessionPrint, "210200", "大连考区", "ZJ01")
	ctx := testenv.System()
	c := env.DB.Client
	now := env.Clock.Now()
	sess := c.ExamSession.Query().Where(examsession.Code(demo.SessionPrint)).OnlyX(ctx)
	for i, id := range ids {
		c.Application.UpdateOneID(id).SetReviewDeadlineAt(now.Add(time.Duration(i-3) * time.Hour)).ExecX(ctx)
		c.PaymentOrder.Create().SetApplicationID(id).SetOutTradeNo("RKTFOLD" + string(rune('A'+i))).SetAmountFen(int64(100 * (i + 1))).
			SetProvider("wechatpay").SetStatus(paymentorder.StatusPAID).SetExpiresAt(now).ExecX(ctx)
		app := c.Application.GetX(ctx, id)
		for j, sub := range c.Subject.Query().Where(subject.QualificationID(*app.QualificationID)).AllX(ctx) {
			c.Score.Create().SetApplicationID(id).SetSubjectID(sub.ID).SetSessionID(sess.ID).SetPoints(40 + 2*i + j).ExecX(ctx)
		}
	}
	if err := txn.Run(ctx, c, func(ctx context.Context, tc *ent.Client) error {
		return counters.ResultsChanged(ctx, tc, env.DB.Dialect, sess.ID)
	}); err != nil {
		t.Fatal(err)
	}
	s := &stats.Service{Client: c, Reads: env.DB.Reads(), Dialect: env.DB.Dialect}
	before := take(t, s, sess, now)
	if before.registrations != 6 || before.orders != 6 || before.revenue != 2100 || before.results.Sat != 6 || before.results.Passed == 0 {
		t.Fatalf("before folding: %+v", before)
	}
	if pending(t, env) == 0 {
		t.Fatal("no deltas were written")
	}
	if err := s.Tend(ctx); err != nil {
		t.Fatal(err)
	}
	if n := pending(t, env); n != 0 {
		t.Fatalf("%d deltas left after folding", n)
	}
	after := take(t, s, sess, now)
	if !equal(before, after) {
		t.Fatalf("folding changed the figures:\n%+v\n%+v", before, after)
	}
	// A state change after the fold is counted at once.
	c.Application.UpdateOneID(ids[0]).SetStatus("REFUNDED").ExecX(ctx)
	if x := take(t, s, sess, now); x.results.Registered != 5 {
		t.Fatalf("registered after a refund: %d, want 5", x.results.Registered)
	}
	// Overdue follows the clock alone: deadlines 3, 2 and 1 hours ago, now, and later.
	for _, id := range ids {
		c.Application.UpdateOneID(id).SetStatus("PENDING_REVIEW").ExecX(ctx)
	}
	x, later := take(t, s, sess, now), take(t, s, sess, now.Add(24*time.Hour))
	if x.review.Waiting != 6 || x.review.Overdue != 3 || later.review.Overdue != 6 {
		t.Fatalf("waiting %d, overdue now %d, a day later %d; want 6, 3 and 6", x.review.Waiting, x.review.Overdue, later.review.Overdue)
	}
}

func equal(a, b snapshot) bool {
	same := func(x, y []stats.Count) bool {
		if len(x) != len(y) {
			return false
		}
		for i := range x {
			if x[i] != y[i] {
				return false
			}
		}
		return true
	}
	if len(a.day) != len(b.day) {
		return false
	}
	for i := range a.day {
		if a.day[i] != b.day[i] {
			return false
		}
	}
	return same(a.status, b.status) && same(a.level, b.level) && a.registrations == b.registrations &&
		a.revenue == b.revenue && a.orders == b.orders && a.review == b.review && a.results == b.results
}

// SQLite drops a table's triggers with the table: a migration that rebuilds
// one of the counted tables must create them again.
func TestCounterTriggersExist(t *testing.T) {
	db := testenv.OpenDB(t)
	q := "SELECT name FROM sqlite_master WHERE type = 'trigger'"
	want := []string{"stat_applications_insert", "stat_applications_update", "stat_applications_delete",
		"stat_payment_orders_insert", "stat_payment_orders_update", "stat_payment_orders_delete",
		"stat_admission_tickets_insert", "stat_admission_tickets_update", "stat_admission_tickets_delete"}
	if db.Dialect == "postgres" {
		q = "SELECT tgname FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid WHERE NOT t.tgisinternal AND c.relnamespace = current_schema()::regnamespace"
		want = []string{"stat_applications_insert_delete", "stat_applications_update", "stat_payment_orders_insert_delete",
			"stat_payment_orders_update", "stat_admission_tickets_insert_delete", "stat_admission_tickets_update"}
	}
	rs, err := db.SQL.QueryContext(context.Background(), q)
	if err != nil {
		t.Fatal(err)
	}
	defer rs.Close()
	have := map[string]bool{}
	for rs.Next() {
		var n string
		if err := rs.Scan(&n); err != nil {
			t.Fatal(err)
		}
		have[n] = true
	}
	for _, w := range want {
		if !have[w] {
			t.Errorf("trigger %s is missing (have %v)", w, have)
		}
	}
}
