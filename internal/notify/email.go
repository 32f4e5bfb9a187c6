package notify

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"time"

	mail "github.com/wneessen/go-mail"
)

// SMTP sends email through an SMTP relay with go-mail. One connection per
// mail: the sender sends a few at a time, and a fresh connection leaves no
// half-broken session to the next mail after a drop.
type SMTP struct {
	Host     string
	Port     int
	Username string // empty: no authentication (a relay on the local network)
	Password string
	From     string // e.g. 软考办 <noreply@example.gov.cn>
	// TLS: "mandatory" (STARTTLS required), "opportunistic" or "none".
	TLS     string
	Timeout time.Duration // per connection and command; default 20 s
}

// SendEmail sends one mail. Its Message-ID is made from the idempotency
// key, the same on every attempt, so a duplicate after a crash is one a
// mail system (or a person) can recognise. An address the message cannot
// take, or a 5xx answer, is Permanent; timeouts, drops and 4xx are retried.
func (s *SMTP) SendEmail(ctx context.Context, e Email) error {
	m := mail.NewMsg()
	if err := m.From(s.From); err != nil {
		return Permanent(fmt.Errorf("sender address: %w", err))
	}
	if err := m.To(e.To); err != nil {
		return Permanent(fmt.Errorf("recipient address: %w", err))
	}
	m.Subject(e.Subject)
	m.SetMessageIDWithValue(messageID(e.IdempotencyKey))
	m.SetGenHeader("X-Idempotency-Key", e.IdempotencyKey)
	m.SetDate()
	m.SetBodyString(mail.TypeTextPlain, e.Text)
	if e.HTML != "" {
		m.AddAlternativeString(mail.TypeTextHTML, e.HTML)
	}
	timeout := s.Timeout
	if timeout <= 0 {
		timeout = 20 * time.Second
	}
	opts := []mail.Option{mail.WithPort(s.Port), mail.WithTimeout(timeout), mail.WithTLSPolicy(tlsPolicy(s.TLS))}
	if s.Username != "" {
		opts = append(opts, mail.WithSMTPAuth(mail.SMTPAuthAutoDiscover), mail.WithUsername(s.Username), mail.WithPassword(s.Password))
	}
	c, err := mail.NewClient(s.Host, opts...)
	if err != nil {
		return Permanent(err)
	}
	ctx, cancel := context.WithTimeout(ctx, timeout)
	defer cancel()
	if err := c.DialAndSendWithContext(ctx, m); err != nil {
		var se *mail.SendError
		if errors.As(err, &se) && se.ErrorCode() >= 500 {
			return Permanent(err)
		}
		return err
	}
	return nil
}

// messageID is a Message-ID from the key (RFC 5322 dot-atom: no '/' or ':').
func messageID(key string) string {
	r := strings.NewReplacer("/", ".", ":", ".")
	return r.Replace(key) + "@notify.ruankao"
}

func tlsPolicy(s string) mail.TLSPolicy {
	switch s {
	case "none":
		return mail.NoTLS
	case "opportunistic":
		return mail.TLSOpportunistic
	}
	return mail.TLSMandatory
}
