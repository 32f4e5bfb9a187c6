package notify

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"log/slog"
	"math/rand/v2"
	"time"
	"unicode/utf8"

	"github.com/ruankao/ruankao/ent"
	"github.com/ruankao/ruankao/ent/delivery"
	"github.com/ruankao/ruankao/internal/clock"
	"github.com/ruankao/ruankao/internal/store"
	"github.com/ruankao/ruankao/internal/txn"
	"github.com/ruankao/ruankao/internal/viewer"
)

// Sender drains the outbox: it claims due deliveries under a lease, sends
// each through its channel outside any transaction, and marks the outcome.
// At least once: a sender that dies between sending and marking leaves the
// delivery SENDING; once the lease runs out any sender claims it again and
// sends it with the same idempotency key (one duplicate at most per crash).
type Sender struct {
	Client  *ent.Client
	DB      *sql.DB
	Dialect string
	Mailer  Mailer      // nil: email deliveries are SKIPPED (visible to the admin, resendable)
	SMS     SMSProvider // nil: likewise for SMS
	Log     *slog.Logger

	Lease       time.Duration // how long a claim holds; default 2 min (more than a send's timeout)
	Batch       int           // deliveries claimed at once; default 20
	MaxAttempts int           // then FAILED; default 8
	BaseDelay   time.Duration // first retry; default 30 s, doubling
	MaxDelay    time.Duration // cap of the backoff; default 1 h
	SendTimeout time.Duration // per send; default 30 s

	// Crash, when set and true for a delivery, stops the sender after the
	// send and before the mark, as a killed process would (tests).
	Crash func(*ent.Delivery) bool
}

// errCrashed ends a drain the way a kill would.
var errCrashed = errors.New("sender stopped between send and mark")

func (s *Sender) defaults() {
	if s.Lease <= 0 {
		s.Lease = 2 * time.Minute
	}
	if s.Batch <= 0 {
		s.Batch = 20
	}
	if s.MaxAttempts <= 0 {
		s.MaxAttempts = 8
	}
	if s.BaseDelay <= 0 {
		s.BaseDelay = 30 * time.Second
	}
	if s.MaxDelay <= 0 {
		s.MaxDelay = time.Hour
	}
	if s.SendTimeout <= 0 {
		s.SendTimeout = 30 * time.Second
	}
	if s.Log == nil {
		s.Log = slog.New(slog.DiscardHandler)
	}
}

// lockKey keeps broadcast expansion to one PostgreSQL instance at a time
// (the job runner's is 7_261_126_0001).
const lockKey = 7_261_126_0002

// RunOnce expands broadcasts, then sends every delivery that is due, and
// reports how many it sent.
func (s *Sender) RunOnce(ctx context.Context) (int, error) {
	s.defaults()
	ctx = viewer.SystemContext(ctx)
	if err := s.expand(ctx); err != nil {
		s.Log.Error("notify: expanding broadcasts", "err", err.Error())
	}
	sent := 0
	for ctx.Err() == nil {
		claimed, err := s.claim(ctx)
		if err != nil {
			return sent, err
		}
		if len(claimed) == 0 {
			return sent, nil
		}
		for _, c := range claimed {
			ok, err := s.deliver(ctx, c)
			if err != nil {
				return sent, err
			}
			if ok {
				sent++
			}
		}
	}
	return sent, ctx.Err()
}

func (s *Sender) expand(ctx context.Context) error {
	if s.Dialect == "postgres" && s.DB != nil {
		conn, err := s.DB.Conn(ctx)
		if err != nil {
			return err
		}
		defer conn.Close()
		var got bool
		if err := conn.QueryRowContext(ctx, "SELECT pg_try_advisory_lock($1)", lockKey).Scan(&got); err != nil || !got {
			return err
		}
		defer conn.ExecContext(context.WithoutCancel(ctx), "SELECT pg_advisory_unlock($1)", lockKey) //nolint:errcheck
	}
	if err := ReleaseDue(ctx, s.Client); err != nil {
		return err
	}
	_, err := Expand(ctx, s.Client)
	return err
}

// claimed is a delivery this sender holds, with the attempt number that
// proves it still does when marking.
type claimed struct {
	id       string
	attempts int
}

// claimSQL takes due deliveries and those whose lease ran out (a sender
// died holding them). SKIP LOCKED lets several PostgreSQL instances claim
// side by side without waiting on or taking each other's rows; SQLite has
// one writer, so the statement alone is atomic there.
const claimSQL = `UPDATE deliveries SET status = 'SENDING', lease_until = $1, attempts = attempts + 1, updated_at = $2
WHERE id IN (SELECT id FROM deliveries
	WHERE (status = 'QUEUED' AND next_attempt_at <= $2) OR (status = 'SENDING' AND lease_until <= $2)
	ORDER BY next_attempt_at LIMIT $3%s)
RETURNING id, attempts`

func (s *Sender) claim(ctx context.Context) ([]claimed, error) {
	now := clock.Now(ctx)
	lock := ""
	if s.Dialect == "postgres" {
		lock = " FOR UPDATE SKIP LOCKED"
	}
	var out []claimed
	err := txn.Run(ctx, s.Client, func(ctx context.Context, c *ent.Client) error {
		out = out[:0]
		rows, err := c.QueryContext(ctx, store.Rebind(s.Dialect, fmt.Sprintf(claimSQL, lock)), now.Add(s.Lease), now, s.Batch)
		if err != nil {
			return err
		}
		defer rows.Close()
		for rows.Next() {
			var cl claimed
			if err := rows.Scan(&cl.id, &cl.attempts); err != nil {
				return err
			}
			out = append(out, cl)
		}
		return rows.Err()
	})
	if err != nil {
		return nil, fmt.Errorf("claim deliveries: %w", err)
	}
	return out, nil
}

// deliver sends one claimed delivery and marks it; true when it was sent.
func (s *Sender) deliver(ctx context.Context, c claimed) (bool, error) {
	d, err := s.Client.Delivery.Query().Where(delivery.ID(idOf(c.id))).WithMessage().Only(ctx)
	if err != nil {
		return false, err
	}
	to, skip, err := s.address(ctx, d)
	if err != nil {
		return false, err
	}
	if skip != "" {
		return false, s.mark(ctx, c, delivery.StatusSKIPPED, skip, nil)
	}
	sendErr := s.send(ctx, d, to)
	if s.Crash != nil && s.Crash(d) {
		return false, errCrashed
	}
	if sendErr == nil {
		now := clock.Now(ctx)
		return true, s.mark(ctx, c, delivery.StatusSENT, "", &now)
	}
	msg := trim(sendErr.Error())
	if IsPermanent(sendErr) || c.attempts >= s.MaxAttempts {
		// The error may quote the address: the admin sees it, the log does not.
		s.Log.Warn("notify: delivery failed", "delivery", d.ID, "channel", d.Channel, "attempts", c.attempts)
		return false, s.mark(ctx, c, delivery.StatusFAILED, msg, nil)
	}
	return false, s.retry(ctx, c, msg)
}

func (s *Sender) send(ctx context.Context, d *ent.Delivery, to string) error {
	m := d.Edges.Message
	ctx, cancel := context.WithTimeout(ctx, s.SendTimeout)
	defer cancel()
	switch d.Channel {
	case delivery.ChannelEMAIL:
		if s.Mailer == nil {
			return errors.New("no mailer configured")
		}
		html, err := HTML(m.Subject, m.Body)
		if err != nil {
			return Permanent(err)
		}
		return s.Mailer.SendEmail(ctx, Email{To: to, Subject: m.Subject, Text: m.Body, HTML: html, IdempotencyKey: d.IdempotencyKey})
	default:
		if s.SMS == nil {
			return errors.New("no SMS provider configured")
		}
		id, params := SMSParams(Kind(m.Kind), m.Params)
		return s.SMS.SendSMS(ctx, SMS{To: to, TemplateID: id, Params: params, IdempotencyKey: d.IdempotencyKey})
	}
}

// address is where the delivery goes: the contact details of the
// application's form, read when sending so a corrected address is used.
// skip says why nothing is sent.
func (s *Sender) address(ctx context.Context, d *ent.Delivery) (to, skip string, err error) {
	m := d.Edges.Message
	if d.Channel == delivery.ChannelSMS && s.SMS == nil {
		return "", "未配置短信服务商", nil
	}
	if d.Channel == delivery.ChannelEMAIL && s.Mailer == nil {
		return "", "未配置邮件服务器", nil
	}
	if m.ApplicationID == nil {
		return "", "无报名信息", nil
	}
	app, err := s.Client.Application.Get(ctx, *m.ApplicationID)
	if err != nil {
		return "", "", err
	}
	if d.Channel == delivery.ChannelSMS {
		if !m.Essential {
			cand, err := s.Client.Candidate.Get(ctx, m.CandidateID)
			if err != nil {
				return "", "", err
			}
			if cand.SmsOptOut {
				return "", "考生已退订非必要短信", nil
			}
		}
		if app.Mobile == nil || *app.Mobile == "" {
			return "", "未填写手机号码", nil
		}
		return *app.Mobile, "", nil
	}
	if app.Email == nil || *app.Email == "" {
		return "", "未填写电子邮箱", nil
	}
	return *app.Email, "", nil
}

// mark records the outcome, only while this sender still holds the claim
// (same attempt): a sender whose lease ran out and was re-claimed changes
// nothing.
func (s *Sender) mark(ctx context.Context, c claimed, st delivery.Status, note string, sentAt *time.Time) error {
	return s.Client.Delivery.Update().
		Where(delivery.ID(idOf(c.id)), delivery.StatusEQ(delivery.StatusSENDING), delivery.Attempts(c.attempts)).
		SetStatus(st).SetLastError(note).SetNillableSentAt(sentAt).ClearLeaseUntil().Exec(ctx)
}

func (s *Sender) retry(ctx context.Context, c claimed, note string) error {
	next := clock.Now(ctx).Add(s.Backoff(c.attempts))
	return s.Client.Delivery.Update().
		Where(delivery.ID(idOf(c.id)), delivery.StatusEQ(delivery.StatusSENDING), delivery.Attempts(c.attempts)).
		SetStatus(delivery.StatusQUEUED).SetLastError(note).SetNextAttemptAt(next).ClearLeaseUntil().Exec(ctx)
}

// Backoff is the wait after the attempt-th failure: doubling from BaseDelay,
// capped at MaxDelay, with jitter (between half and all of it) so that a
// relay's outage does not bring every retry back in the same second.
func (s *Sender) Backoff(attempt int) time.Duration {
	s.defaults()
	d := s.BaseDelay
	for i := 1; i < attempt && d < s.MaxDelay; i++ {
		d *= 2
	}
	d = min(d, s.MaxDelay)
	return d/2 + time.Duration(rand.Int64N(int64(d/2)+1))
}

// Loop drains the outbox at once and then every interval until ctx ends.
func (s *Sender) Loop(ctx context.Context, interval time.Duration) {
	s.defaults()
	tick := time.NewTicker(interval)
	defer tick.Stop()
	for {
		if n, err := s.RunOnce(ctx); err != nil && ctx.Err() == nil {
			s.Log.Error("notify: sender", "err", err.Error())
		} else if n > 0 {
			s.Log.Info("notify: sent", "deliveries", n)
		}
		select {
		case <-ctx.Done():
			return
		case <-tick.C:
		}
	}
}

// trim keeps an error short for the admin's view (a relay's answer can be long).
func trim(s string) string {
	if len(s) <= 300 {
		return s
	}
	s = s[:300]
	for !utf8.ValidString(s) {
		s = s[:len(s)-1]
	}
	return s + "…"
}
