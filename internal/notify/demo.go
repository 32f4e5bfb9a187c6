package notify

import (
	"context"
	"sync"
	"time"
)

// demoKeep bounds the simulators' memory.
const demoKeep = 500

// Mailbox is the --demo mail simulator: it keeps what it is sent, in
// memory, for the API's demoMailbox. One instance only, like the demo.
type Mailbox struct {
	mu   sync.Mutex
	Now  func() time.Time
	mail []ReceivedMail
}

// ReceivedMail is one mail the mailbox took.
type ReceivedMail struct {
	Email
	At time.Time
}

// SendEmail implements Mailer.
func (b *Mailbox) SendEmail(_ context.Context, e Email) error {
	b.mu.Lock()
	defer b.mu.Unlock()
	b.mail = append(b.mail, ReceivedMail{e, b.now()})
	if len(b.mail) > demoKeep {
		b.mail = b.mail[len(b.mail)-demoKeep:]
	}
	return nil
}

// List is the mail to to (all when empty), newest first.
func (b *Mailbox) List(to string) []ReceivedMail {
	b.mu.Lock()
	defer b.mu.Unlock()
	var out []ReceivedMail
	for i := len(b.mail) - 1; i >= 0; i-- {
		if to == "" || b.mail[i].To == to {
			out = append(out, b.mail[i])
		}
	}
	return out
}

func (b *Mailbox) now() time.Time {
	if b.Now != nil {
		return b.Now()
	}
	return time.Now()
}

// SMSLog is the --demo SMS provider: it checks the template exists, as a
// real provider would refuse an unknown one, and keeps what it is sent.
type SMSLog struct {
	mu  sync.Mutex
	Now func() time.Time
	sms []ReceivedSMS
}

// ReceivedSMS is one SMS the log took.
type ReceivedSMS struct {
	SMS
	At time.Time
}

// SendSMS implements SMSProvider.
func (l *SMSLog) SendSMS(_ context.Context, m SMS) error {
	if !knownTemplate(m.TemplateID) {
		return Permanent(errUnknownTemplate)
	}
	l.mu.Lock()
	defer l.mu.Unlock()
	at := time.Now()
	if l.Now != nil {
		at = l.Now()
	}
	l.sms = append(l.sms, ReceivedSMS{m, at})
	if len(l.sms) > demoKeep {
		l.sms = l.sms[len(l.sms)-demoKeep:]
	}
	return nil
}

// List is the SMS to to (all when empty), newest first.
func (l *SMSLog) List(to string) []ReceivedSMS {
	l.mu.Lock()
	defer l.mu.Unlock()
	var out []ReceivedSMS
	for i := len(l.sms) - 1; i >= 0; i-- {
		if to == "" || l.sms[i].To == to {
			out = append(out, l.sms[i])
		}
	}
	return out
}
