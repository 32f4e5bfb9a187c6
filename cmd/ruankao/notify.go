package main

import (
	"fmt"
	"log/slog"
	"os"
	"strconv"

	"github.com/ruankao/ruankao/internal/clock"
	"github.com/ruankao/ruankao/internal/notify"
	"github.com/ruankao/ruankao/internal/store"
)

// notifySender builds the outbox's sender: in --demo the mailbox and SMS
// log simulators (readable through the API), elsewhere SMTP from
// RUANKAO_SMTP_* (no SMTP configured: email deliveries are SKIPPED, visible
// to admins). No SMS provider ships yet: a real one implements
// notify.SMSProvider and is set here.
func notifySender(db *store.DB, demoMode bool, log *slog.Logger) (*notify.Sender, *notify.Mailbox, *notify.SMSLog, error) {
	s := &notify.Sender{Client: db.Client, DB: db.SQL, Dialect: db.Dialect, Log: log}
	if demoMode {
		box, sms := &notify.Mailbox{Now: clock.System.Now}, &notify.SMSLog{Now: clock.System.Now}
		s.Mailer, s.SMS = box, sms
		return s, box, sms, nil
	}
	host := os.Getenv("RUANKAO_SMTP_HOST")
	if host == "" {
		return s, nil, nil, nil
	}
	port, err := strconv.Atoi(env("RUANKAO_SMTP_PORT", "587"))
	if err != nil {
		return nil, nil, nil, fmt.Errorf("RUANKAO_SMTP_PORT: %w", err)
	}
	from := os.Getenv("RUANKAO_SMTP_FROM")
	if from == "" {
		return nil, nil, nil, fmt.Errorf("RUANKAO_SMTP_FROM is required with RUANKAO_SMTP_HOST")
	}
	tls := env("RUANKAO_SMTP_TLS", "mandatory")
	if tls != "mandatory" && tls != "opportunistic" && tls != "none" {
		return nil, nil, nil, fmt.Errorf("RUANKAO_SMTP_TLS: mandatory, opportunistic or none")
	}
	s.Mailer = &notify.SMTP{Host: host, Port: port, Username: os.Getenv("RUANKAO_SMTP_USERNAME"),
		Password: os.Getenv("RUANKAO_SMTP_PASSWORD"), From: from, TLS: tls}
	return s, nil, nil, nil
}
