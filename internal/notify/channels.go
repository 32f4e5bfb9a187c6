package notify

import (
	"context"
	"errors"
)

// Email is one mail to send. IdempotencyKey is the same on every attempt of
// one delivery: the mailer puts it in Message-ID, so a receiving system (or
// a person) can tell a retry after a crash from new news.
type Email struct {
	To, Subject, Text, HTML string
	IdempotencyKey          string
}

// Mailer sends email (SMTP in production, the demo mailbox in --demo).
type Mailer interface {
	SendEmail(ctx context.Context, m Email) error
}

// Param is one named parameter of an SMS template.
type Param struct{ Name, Value string }

// SMS is one text message as Chinese providers take it: a pre-approved
// template id and its parameters, never free text. IdempotencyKey goes to
// the provider as its request id where it has one (their "外部流水号").
type SMS struct {
	To             string
	TemplateID     string
	Params         []Param
	IdempotencyKey string
}

// SMSProvider sends SMS.
type SMSProvider interface {
	SendSMS(ctx context.Context, m SMS) error
}

// permanentError is a refusal that no retry can change (an invalid address,
// a 5xx from SMTP): the delivery fails at once, visible to the admin.
type permanentError struct{ err error }

func (e permanentError) Error() string { return e.err.Error() }
func (e permanentError) Unwrap() error { return e.err }

// Permanent marks err as not worth retrying.
func Permanent(err error) error { return permanentError{err} }

// IsPermanent tells whether err was marked Permanent.
func IsPermanent(err error) bool { var p permanentError; return errors.As(err, &p) }
