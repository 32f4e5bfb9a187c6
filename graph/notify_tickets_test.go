package graph_test

import (
	"strings"
	"testing"

	"github.com/ruankao/ruankao/ent/message"
	"github.com/ruankao/ruankao/internal/demo"
	"github.com/ruankao/ruankao/internal/notify"
	"github.com/ruankao/ruankao/internal/testenv"
)

// Publishing tickets writes one broadcast in its transaction; the sender
// expands it in chunks into exactly one message per ticket.
func TestNotifyTicketsPublishedReachEveryTicketOnce(t *testing.T) {
	env := testenv.Start(t, march)
	const n = 210 // more than one expansion chunk, in two areas (their seats)
	ids := append(env.Registered(t, 150, demo.SessionPrint, "210000", "沈阳考区", "ZJ02"),
		env.Registered(t, n-150, demo.SessionPrint, "210000", "锦州考区", "ZJ02")...)
	admin := env.LoginStaff(t, "liaoning-admin")
	p, _ := runPlan(t, env, admin, demo.SessionPrint, nil)
	run := finished(t, env, admin, p.Run.ID)
	sys := testenv.System()
	c := env.DB.Client
	if k := c.Fanout.Query().CountX(sys); k != 0 {
		t.Fatalf("%d broadcasts before publishing", k)
	}
	if pub, res := publishPlan(t, env, admin, run.ID); pub.Run == nil || pub.Run.Status != "PUBLISHED" {
		t.Fatalf("publish: %+v %+v", pub, res.Errors)
	}
	publishPlan(t, env, admin, run.ID) // a retried publish writes nothing more
	if k := c.Fanout.Query().CountX(sys); k != 1 {
		t.Fatalf("%d broadcasts after publishing", k)
	}
	ch := &channels{}
	drain(t, env, ch)
	drain(t, env, ch)
	ms := c.Message.Query().Where(message.KindEQ(notify.TicketReady)).AllX(sys)
	per := map[string]int{}
	for _, m := range ms {
		per[string(*m.ApplicationID)]++
		if !m.Essential {
			t.Fatal("a ticket message is essential")
		}
	}
	for _, id := range ids {
		if per[string(id)] != 1 {
			t.Fatalf("application %s: %d ticket messages", id, per[string(id)])
		}
	}
	if len(ms) != n {
		t.Fatalf("%d messages for %d tickets", len(ms), n)
	}
	if b := ms[0].Body; !strings.Contains(b, "打印准考证") || !strings.Contains(b, "至") {
		t.Fatalf("ticket message: %s", b)
	}
}
