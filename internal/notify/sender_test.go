package notify_test

import (
	"context"
	"sync"
	"testing"
	"time"

	"github.com/ruankao/ruankao/ent"
	"github.com/ruankao/ruankao/ent/delivery"
	"github.com/ruankao/ruankao/internal/notify"
	"github.com/ruankao/ruankao/internal/store"
)

func sender(db *store.DB, mail notify.Mailer, sms notify.SMSProvider) *notify.Sender {
	return &notify.Sender{Client: db.Client, DB: db.SQL, Dialect: db.Dialect, Mailer: mail, SMS: sms}
}

func TestSenderRetriesFailingChannelWithBackoff(t *testing.T) {
	db, clk, ctx := outbox(t, 1)
	mail := &recorder{fails: 2}
	s := sender(db, mail, &recorder{})
	for i := 1; i <= 2; i++ {
		if _, err := s.RunOnce(ctx); err != nil {
			t.Fatal(err)
		}
		d := db.Client.Delivery.Query().Where(delivery.ChannelEQ(delivery.ChannelEMAIL)).OnlyX(ctx)
		if d.Status != delivery.StatusQUEUED || d.Attempts != i || d.LastError == "" || !d.NextAttemptAt.After(clk.Now()) {
			t.Fatalf("after failure %d: %+v", i, d)
		}
		// Nothing is tried again before the backoff is over.
		if n, _ := s.RunOnce(ctx); n != 0 {
			t.Fatalf("retried at once: %d", n)
		}
		clk.Advance(2 * time.Hour)
	}
	if _, err := s.RunOnce(ctx); err != nil {
		t.Fatal(err)
	}
	d := db.Client.Delivery.Query().Where(delivery.ChannelEQ(delivery.ChannelEMAIL)).OnlyX(ctx)
	if d.Status != delivery.StatusSENT || d.Attempts != 3 || d.SentAt == nil || len(mail.sent()) != 1 {
		t.Fatalf("after the third attempt: %+v, sent %v", d, mail.sent())
	}
}

func TestSenderPermanentFailureIsFailedAtOnce(t *testing.T) {
	db, _, ctx := outbox(t, 1)
	s := sender(db, &recorder{fails: 1, perm: true}, &recorder{})
	if _, err := s.RunOnce(ctx); err != nil {
		t.Fatal(err)
	}
	d := db.Client.Delivery.Query().Where(delivery.ChannelEQ(delivery.ChannelEMAIL)).OnlyX(ctx)
	if d.Status != delivery.StatusFAILED || d.Attempts != 1 || d.LastError == "" {
		t.Fatalf("%+v", d)
	}
}

func TestBackoffDoublesWithCapAndJitter(t *testing.T) {
	s := &notify.Sender{BaseDelay: 30 * time.Second, MaxDelay: time.Hour}
	for attempt, full := range map[int]time.Duration{1: 30 * time.Second, 2: time.Minute, 3: 2 * time.Minute, 12: time.Hour} {
		for range 20 {
			if d := s.Backoff(attempt); d < full/2 || d > full {
				t.Fatalf("attempt %d: %v outside [%v, %v]", attempt, d, full/2, full)
			}
		}
	}
}

func TestSenderCrashBetweenSendAndMarkSendsOnceMoreWithSameKey(t *testing.T) {
	db, clk, ctx := outbox(t, 1)
	mail := &recorder{}
	s := sender(db, mail, &recorder{})
	crashed := false
	s.Crash = func(d *ent.Delivery) bool {
		if d.Channel == delivery.ChannelEMAIL && !crashed {
			crashed = true
			return true
		}
		return false
	}
	if _, err := s.RunOnce(ctx); err == nil {
		t.Fatal("the crash did not stop the sender")
	}
	// Another sender (a restarted instance) waits for the lease.
	other := sender(db, mail, &recorder{})
	if _, err := other.RunOnce(ctx); err != nil {
		t.Fatal(err)
	}
	if got := mail.sent(); len(got) != 1 {
		t.Fatalf("sent again inside the lease: %v", got)
	}
	clk.Advance(3 * time.Minute)
	for range 2 {
		if _, err := other.RunOnce(ctx); err != nil {
			t.Fatal(err)
		}
	}
	got := mail.sent()
	if len(got) != 2 || got[0] != got[1] {
		t.Fatalf("after the lease: %v (want the same key twice)", got)
	}
	d := db.Client.Delivery.Query().Where(delivery.ChannelEQ(delivery.ChannelEMAIL)).OnlyX(ctx)
	if d.Status != delivery.StatusSENT || d.Attempts != 2 {
		t.Fatalf("%+v", d)
	}
}

func TestTwoSendersSendEachMessageOnce(t *testing.T) {
	const n = 30
	db, _, ctx := outbox(t, n)
	mail, sms := &recorder{}, &recorder{}
	var wg sync.WaitGroup
	for range 2 {
		s := sender(db, mail, sms)
		s.Batch = 4
		wg.Add(1)
		go func() {
			defer wg.Done()
			if _, err := s.RunOnce(ctx); err != nil {
				t.Error(err)
			}
		}()
	}
	wg.Wait()
	for name, r := range map[string]*recorder{"email": mail, "sms": sms} {
		seen := map[string]int{}
		for _, k := range r.sent() {
			seen[k]++
		}
		if len(seen) != n || len(r.sent()) != n {
			t.Errorf("%s: %d sends of %d keys, want %d each once", name, len(r.sent()), len(seen), n)
		}
	}
	if left := db.Client.Delivery.Query().Where(delivery.StatusNEQ(delivery.StatusSENT)).CountX(ctx); left != 0 {
		t.Errorf("%d deliveries not sent", left)
	}
	_ = context.Background
}
