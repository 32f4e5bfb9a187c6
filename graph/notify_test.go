package graph_test

import (
	"context"
	"errors"
	"strings"
	"testing"
	"time"

	"github.com/ruankao/ruankao/ent"
	"github.com/ruankao/ruankao/ent/delivery"
	"github.com/ruankao/ruankao/ent/message"
	"github.com/ruankao/ruankao/ent/schema/pulid"
	"github.com/ruankao/ruankao/internal/notify"
	"github.com/ruankao/ruankao/internal/testenv"
	"github.com/ruankao/ruankao/internal/txn"
)

// messagesOf are the messages about one application, oldest first.
func messagesOf(t *testing.T, env *testenv.Env, app string) []*ent.Message {
	t.Helper()
	ms, err := env.DB.Client.Message.Query().Where(message.ApplicationID(pulid.ID(app))).
		Order(message.ByCreatedAt(), message.ByID()).All(testenv.System())
	if err != nil {
		t.Fatal(err)
	}
	return ms
}

func TestNotifyReviewEventsWriteOneMessageEach(t *testing.T) {
	env := testenv.Start(t, march)
	ps := people(2)
	_, paidID := submitIn(t, env, ps[0], "210200", "大连考区", "210000", "ZJ02")
	cand, freeID := submitIn(t, env, ps[1], "210000", "沈阳考区", "210000", "ZJ02")
	dalian, liaoning := env.LoginStaff(t, "dalian-reviewer"), env.LoginStaff(t, "liaoning-reviewer")
	if n := len(messagesOf(t, env, paidID)); n != 0 {
		t.Fatalf("submit (the candidate's own act) wrote %d messages", n)
	}
	// Refused decisions write nothing: another region's, a stale version.
	decide(t, env, liaoning, approveQ, map[string]any{"id": paidID, "v": 2})
	decide(t, env, dalian, approveQ, map[string]any{"id": paidID, "v": 1})
	if n := len(messagesOf(t, env, paidID)); n != 0 {
		t.Fatalf("refused decisions wrote %d messages", n)
	}
	decide(t, env, dalian, approveQ, map[string]any{"id": paidID, "v": 2})
	ms := messagesOf(t, env, paidID)
	if len(ms) != 1 || ms[0].Kind != notify.ReviewPassed {
		t.Fatalf("approve: %+v", ms)
	}
	m := ms[0]
	for _, want := range []string{ps[0].Name, "审核已通过", "¥120.00", "（北京时间）前"} {
		if !strings.Contains(m.Subject+m.Body, want) {
			t.Errorf("approval message lacks %q:\n%s\n%s", want, m.Subject, m.Body)
		}
	}
	if strings.Contains(m.Body, ps[0].IDNumber) || strings.Contains(m.Body, "<no value>") {
		t.Errorf("approval message: %s", m.Body)
	}
	dels := env.DB.Client.Delivery.Query().Where(delivery.MessageID(m.ID)).AllX(testenv.System())
	if len(dels) != 2 {
		t.Fatalf("deliveries: %+v", dels)
	}

	decide(t, env, liaoning, rejectQ, map[string]any{"id": freeID, "v": 2, "r": []string{"PHOTO_NONCOMPLIANT"}, "n": "请更换近期照片"})
	ms = messagesOf(t, env, freeID)
	if len(ms) != 1 || ms[0].Kind != notify.ReviewRejected || !strings.Contains(ms[0].Body, "照片不符合要求") ||
		!strings.Contains(ms[0].Body, "请更换近期照片") {
		t.Fatalf("reject: %+v", ms)
	}
	sp := cand.submit(t, freeID, true, "")
	decide(t, env, liaoning, approveQ, map[string]any{"id": freeID, "v": sp.Application.Version})
	ms = messagesOf(t, env, freeID)
	if len(ms) != 2 || ms[1].Kind != notify.ReviewPassed || !strings.Contains(ms[1].Body, "报名成功") {
		t.Fatalf("approve in 辽宁 (free): %+v", ms)
	}

	// The unpaid application lapses at the payment deadline: one message, essential.
	env.Clock.Advance(200 * 24 * time.Hour)
	env.MustAs(t, env.LoginStaff(t, "dalian-admin"), `query($id: ID!) { node(id: $id) { ... on Application { status } } }`,
		map[string]any{"id": paidID}, &map[string]any{})
	ms = messagesOf(t, env, paidID)
	if len(ms) != 2 || ms[1].Kind != notify.Lapsed || !ms[1].Essential {
		t.Fatalf("lapse: %+v", ms)
	}
}

func TestNotifyRolledBackEventWritesNone(t *testing.T) {
	env := testenv.Start(t, march)
	_, appID := submitIn(t, env, people(1)[0], "210200", "大连考区", "210000", "ZJ02")
	boom := errors.New("the event failed after its message was written")
	err := txn.Run(testenv.System(), env.DB.Client, func(ctx context.Context, c *ent.Client) error {
		if err := notify.Enqueue(ctx, c, notify.Event{Kind: notify.PaymentDue, Application: pulid.ID(appID), Key: "k1"}); err != nil {
			return err
		}
		return boom
	})
	if !errors.Is(err, boom) {
		t.Fatal(err)
	}
	if n := env.DB.Client.Message.Query().CountX(testenv.System()); n != 0 {
		t.Fatalf("%d messages after a rollback", n)
	}
	if n := env.DB.Client.Delivery.Query().CountX(testenv.System()); n != 0 {
		t.Fatalf("%d deliveries after a rollback", n)
	}
}
