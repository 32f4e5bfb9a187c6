package notify_test

import (
	"context"
	"io"
	"net"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/emersion/go-smtp"

	"github.com/ruankao/ruankao/ent/delivery"
	"github.com/ruankao/ruankao/internal/notify"
)

// smtpServer is a real SMTP server (go-smtp) whose behaviour the test sets.
type smtpServer struct {
	mu       sync.Mutex
	mode     string // "", "refuse", "busy", "slow", "drop"
	received []string
	addr     string
}

func (s *smtpServer) set(mode string) { s.mu.Lock(); s.mode = mode; s.mu.Unlock() }
func (s *smtpServer) get() string     { s.mu.Lock(); defer s.mu.Unlock(); return s.mode }

func (s *smtpServer) NewSession(c *smtp.Conn) (smtp.Session, error) {
	return &smtpSession{s: s, c: c}, nil
}

type smtpSession struct {
	s *smtpServer
	c *smtp.Conn
}

func (x *smtpSession) Reset()        {}
func (x *smtpSession) Logout() error { return nil }
func (x *smtpSession) Mail(string, *smtp.MailOptions) error {
	return nil
}

func (x *smtpSession) Rcpt(string, *smtp.RcptOptions) error {
	switch x.s.get() {
	case "refuse":
		return &smtp.SMTPError{Code: 550, EnhancedCode: smtp.EnhancedCode{5, 1, 1}, Message: "no such mailbox"}
	case "busy":
		return &smtp.SMTPError{Code: 451, EnhancedCode: smtp.EnhancedCode{4, 3, 0}, Message: "try again later"}
	}
	return nil
}

func (x *smtpSession) Data(r io.Reader) error {
	switch x.s.get() {
	case "slow":
		time.Sleep(1500 * time.Millisecond)
	case "drop":
		buf := make([]byte, 64)
		_, _ = io.ReadFull(r, buf)
		_ = x.c.Conn().Close() // the connection drops in the middle of the message
		return io.ErrUnexpectedEOF
	}
	b, err := io.ReadAll(r)
	if err != nil {
		return err
	}
	x.s.mu.Lock()
	x.s.received = append(x.s.received, string(b))
	x.s.mu.Unlock()
	return nil
}

func startSMTP(t *testing.T) (*smtpServer, *notify.SMTP) {
	t.Helper()
	be := &smtpServer{}
	srv := smtp.NewServer(be)
	srv.Domain = "localhost"
	srv.AllowInsecureAuth = true
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	go srv.Serve(l) //nolint:errcheck
	t.Cleanup(func() { _ = srv.Close() })
	port := l.Addr().(*net.TCPAddr).Port
	return be, &notify.SMTP{Host: "127.0.0.1", Port: port, From: "软考办 <noreply@example.gov.cn>", TLS: "none",
		Timeout: 500 * time.Millisecond}
}

func mailTo(to string) notify.Email {
	return notify.Email{To: to, Subject: "张伟，您的软考报名资格审核已通过", Text: "张伟您好：\n审核已通过。",
		HTML: "<p>张伟您好：</p>", IdempotencyKey: "REVIEW_PASSED:AP01:3/EMAIL"}
}

func TestSMTPFaults(t *testing.T) {
	srv, mailer := startSMTP(t)
	ctx := context.Background()
	cases := []struct {
		mode, to  string
		permanent bool
	}{
		{"refuse", "a@example.com", true},
		{"busy", "a@example.com", false},
		{"slow", "a@example.com", false},
		{"drop", "a@example.com", false},
		{"", "not an address", true},
	}
	for _, c := range cases {
		srv.set(c.mode)
		err := mailer.SendEmail(ctx, mailTo(c.to))
		if err == nil {
			t.Errorf("%s %q: no error", c.mode, c.to)
			continue
		}
		if notify.IsPermanent(err) != c.permanent {
			t.Errorf("%s %q: permanent %v, want %v (%v)", c.mode, c.to, notify.IsPermanent(err), c.permanent, err)
		}
	}
	srv.set("")
	time.Sleep(1500 * time.Millisecond) // the slow session finishes
	srv.mu.Lock()
	srv.received = nil
	srv.mu.Unlock()
	if err := mailer.SendEmail(ctx, mailTo("a@example.com")); err != nil {
		t.Fatal(err)
	}
	srv.mu.Lock()
	defer srv.mu.Unlock()
	if len(srv.received) != 1 {
		t.Fatalf("received %d", len(srv.received))
	}
	m := srv.received[0]
	for _, want := range []string{"Message-ID: <REVIEW_PASSED.AP01.3.EMAIL@notify.ruankao>", "X-Idempotency-Key: REVIEW_PASSED:AP01:3/EMAIL", "text/html"} {
		if !strings.Contains(m, want) {
			t.Errorf("mail lacks %q:\n%s", want, m)
		}
	}
}

// The sender over SMTP: a dropped connection is retried later with the same
// Message-ID, and the admin sees the error meanwhile.
func TestSenderOverSMTPRetriesADrop(t *testing.T) {
	srv, mailer := startSMTP(t)
	db, clk, ctx := outbox(t, 1)
	s := sender(db, mailer, &recorder{})
	srv.set("drop")
	if _, err := s.RunOnce(ctx); err != nil {
		t.Fatal(err)
	}
	d := db.Client.Delivery.Query().Where(delivery.ChannelEQ(delivery.ChannelEMAIL)).OnlyX(ctx)
	if d.Status != delivery.StatusQUEUED || d.LastError == "" {
		t.Fatalf("after a drop: %+v", d)
	}
	srv.set("")
	clk.Advance(time.Hour)
	if _, err := s.RunOnce(ctx); err != nil {
		t.Fatal(err)
	}
	d = db.Client.Delivery.Query().Where(delivery.ChannelEQ(delivery.ChannelEMAIL)).OnlyX(ctx)
	srv.mu.Lock()
	defer srv.mu.Unlock()
	if d.Status != delivery.StatusSENT || len(srv.received) != 1 || !strings.Contains(srv.received[0], "@notify.ruankao>") {
		t.Fatalf("after the retry: %+v, %d mails", d, len(srv.received))
	}
}
