package graph_test

import (
	"net/http"
	"sync"
	"testing"
	"time"

	"github.com/ruankao/ruankao/ent/message"
	"github.com/ruankao/ruankao/ent/schema/pulid"
	"github.com/ruankao/ruankao/internal/notify"
	"github.com/ruankao/ruankao/internal/testenv"
)

func countKind(t *testing.T, env *testenv.Env, app pulid.ID, k notify.Kind) int {
	t.Helper()
	q := env.DB.Client.Message.Query().Where(message.KindEQ(k))
	if app != "" {
		q.Where(message.ApplicationID(app))
	}
	return q.CountX(testenv.System())
}

// Twenty notifications of one payment at once: one settlement, one message.
func TestNotifyPaymentReceivedOnce(t *testing.T) {
	env := startPaying(t, nil)
	a, id := awaitingPayment(t, env, people(1)[0])
	o := mustPay(t, env, a.token, "payApplication", id).Order
	body, h, err := env.Gateway.SignedNotification(paidTxn(o.OutTradeNo, 12000, march))
	if err != nil {
		t.Fatal(err)
	}
	var wg sync.WaitGroup
	for range 20 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			if st := postNotification(t, env, body, h); st != http.StatusNoContent {
				t.Errorf("notification: %d", st)
			}
		}()
	}
	wg.Wait()
	ms := messagesOf(t, env.Env, id)
	if len(ms) != 2 || ms[0].Kind != notify.ReviewPassed || ms[1].Kind != notify.PaymentReceived {
		t.Fatalf("messages: %+v", ms)
	}
}

// Scores released (at the session's release time), a ban for the absentee,
// a certificate for the one who passed: one message each.
func TestNotifyScoresBansAndCertificates(t *testing.T) {
	s := newScored(t)
	env := s.env
	v, _ := s.importScores(t, s.admin, csvOf("准考证号,科目,成绩", s.tA+",基础知识,50", s.tA+",应用技术,50",
		s.tB+",基础知识,50", s.tB+",应用技术,缺考"))
	s.apply(t, v.ID)
	ch := &channels{}
	drain(t, env, ch)
	if n := countKind(t, env, s.appB, notify.AbsenteeBan); n != 1 {
		t.Fatalf("ban messages for the absentee: %d", n)
	}
	if n := countKind(t, env, "", notify.AbsenteeBan); n != 1 {
		t.Fatalf("ban messages: %d", n)
	}
	if n := countKind(t, env, "", notify.ScoresReleased); n != 0 {
		t.Fatalf("scores announced before their release: %d", n)
	}
	s.later(t, s.release.Add(time.Hour))
	drain(t, env, ch)
	drain(t, env, ch)
	tickets := env.DB.Client.AdmissionTicket.Query().CountX(testenv.System())
	if n := countKind(t, env, "", notify.ScoresReleased); n != tickets || countKind(t, env, s.appA, notify.ScoresReleased) != 1 {
		t.Fatalf("scores released: %d messages for %d tickets", n, tickets)
	}
	env.MustAs(t, s.admin, `mutation($s: String!) { issueCertificates(sessionCode: $s) { issued } }`,
		map[string]any{"s": "DEMO-PRINT"}, &map[string]any{})
	drain(t, env, ch)
	if n := countKind(t, env, "", notify.CertificateIssued); n != 1 || countKind(t, env, s.appA, notify.CertificateIssued) != 1 {
		t.Fatalf("certificate messages: %d", n)
	}
}
