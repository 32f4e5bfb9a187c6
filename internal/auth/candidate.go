package auth

import (
	"context"
	"errors"
	"fmt"
	"time"

	"github.com/ruankao/ruankao/ent"
	"github.com/ruankao/ruankao/ent/candidate"
	"github.com/ruankao/ruankao/ent/loginticket"
	"github.com/ruankao/ruankao/internal/apperr"
	"github.com/ruankao/ruankao/internal/clock"
	"github.com/ruankao/ruankao/internal/idcard"
	"github.com/ruankao/ruankao/internal/identity"
	"github.com/ruankao/ruankao/internal/pii"
	"github.com/ruankao/ruankao/internal/txn"
	"github.com/ruankao/ruankao/internal/viewer"
)

// QRLifetime is how long a login QR code can be scanned.
const QRLifetime = 3 * time.Minute

// PollInterval is what clients are told to wait between polls.
const PollInterval = 2 * time.Second

// CandidateLogins runs QR logins through one identity provider.
type CandidateLogins struct {
	Provider identity.Provider
	Keys     *pii.Keys
}

// Started is a new QR login as the login page sees it.
type Started struct {
	Ticket    string // the secret the page polls with; only its hash is stored
	QRPayload string
	ExpiresAt time.Time
}

// Start opens a QR login.
func (l *CandidateLogins) Start(ctx context.Context, client *ent.Client, clientIP string) (*Started, error) {
	sys := viewer.SystemContext(ctx)
	ticket, hash, err := NewToken()
	if err != nil {
		return nil, err
	}
	expires := clock.Now(ctx).Add(QRLifetime)
	ref, payload, err := l.Provider.Begin(ctx, expires)
	if err != nil {
		return nil, fmt.Errorf("identity provider: %w", err)
	}
	err = client.LoginTicket.Create().SetTicketHash(hash).SetProvider(l.Provider.Name()).
		SetProviderRef(ref).SetQrPayload(payload).SetExpiresAt(expires).SetClientIP(clientIP).Exec(sys)
	if err != nil {
		return nil, err
	}
	return &Started{Ticket: ticket, QRPayload: payload, ExpiresAt: expires}, nil
}

// State of a QR login as the login page sees it.
type State string

const (
	StatePending        State = "PENDING"
	StateConfirmed      State = "CONFIRMED"
	StateRefused        State = "REFUSED"
	StateConsentRefused State = "CONSENT_REFUSED"
	StateExpired        State = "EXPIRED"
)

// Polled is the answer to one poll.
type Polled struct {
	State      State
	Problems   apperr.Problems
	Issued     *Issued // once, when the login completes
	Candidate  *ent.Candidate
	FirstLogin bool
}

// Poll asks how a QR login stands and, the first time it is confirmed,
// creates the candidate (on first login) and a session. The ticket is
// exchanged once: a replay gets ALREADY_USED.
func (l *CandidateLogins) Poll(ctx context.Context, client *ent.Client, ticket, clientIP, userAgent string) (*Polled, error) {
	sys := viewer.SystemContext(ctx)
	t, err := client.LoginTicket.Query().Where(loginticket.TicketHash(HashToken(ticket))).Only(sys)
	if ent.IsNotFound(err) {
		return nil, apperr.New(apperr.NotFound, "登录二维码不存在，请刷新后重新扫码")
	}
	if err != nil {
		return nil, err
	}
	switch t.State {
	case loginticket.StateCONSUMED:
		p := &Polled{State: StateConfirmed}
		p.Problems.Add(apperr.AlreadyUsed, "该登录二维码已使用，请刷新后重新扫码登录")
		return p, nil
	case loginticket.StateREFUSED, loginticket.StateCONSENT_REFUSED, loginticket.StateEXPIRED:
		return closed(t), nil
	}
	now := clock.Now(ctx)
	if !now.Before(t.ExpiresAt) {
		return l.finish(sys, client, t, loginticket.StateEXPIRED, "")
	}
	res, err := l.Provider.Result(ctx, t.ProviderRef)
	if errors.Is(err, identity.ErrUnknownTransaction) {
		return l.finish(sys, client, t, loginticket.StateEXPIRED, "")
	}
	if err != nil {
		return nil, fmt.Errorf("identity provider: %w", err)
	}
	switch res.Status {
	case identity.Pending:
		return &Polled{State: StatePending}, nil
	case identity.Refused:
		return l.finish(sys, client, t, loginticket.StateREFUSED, "")
	case identity.ConsentRefused:
		p, err := l.finish(sys, client, t, loginticket.StateCONSENT_REFUSED, "")
		if err != nil {
			return nil, err
		}
		p.Problems.Add(apperr.ConsentRefused, "未授权提供姓名和证件号码，无法报名；请重新扫码并在国家网络身份认证 App 中同意提供身份信息")
		return p, nil
	case identity.Expired:
		return l.finish(sys, client, t, loginticket.StateEXPIRED, "")
	}
	var out *Polled
	err = txn.Run(ctx, client, func(ctx context.Context, c *ent.Client) (err error) {
		out, err = l.decide(ctx, c, t, res.Identity, clientIP, userAgent)
		return err
	})
	return out, err
}

// decide ends a confirmed QR login in one short transaction: the ticket is
// exchanged first (its row lock makes a racing poll wait and then see it
// used), then the candidate is found or created and a session opened.
func (l *CandidateLogins) decide(ctx context.Context, client *ent.Client, t *ent.LoginTicket, id *identity.Identity, clientIP, userAgent string) (*Polled, error) {
	sys := viewer.SystemContext(ctx)
	now := clock.Now(ctx)
	if id == nil || id.Name == "" || id.IDNumber == "" || id.IDType == "" {
		// Without name and ID the form cannot be filled in: the same as refusing consent.
		p, err := l.finish(sys, client, t, loginticket.StateCONSENT_REFUSED, "provider returned no identity")
		if err != nil {
			return nil, err
		}
		p.Problems.Add(apperr.ConsentRefused, "未获得姓名和证件号码，无法报名；请重新扫码并在国家网络身份认证 App 中同意提供身份信息")
		return p, nil
	}
	n, err := client.LoginTicket.Update().
		Where(loginticket.ID(t.ID), loginticket.StateEQ(loginticket.StatePENDING)).
		SetState(loginticket.StateCONSUMED).SetDecidedAt(now).Save(sys)
	if err != nil {
		return nil, err
	}
	if n == 0 {
		p := &Polled{State: StateConfirmed}
		p.Problems.Add(apperr.AlreadyUsed, "该登录二维码已使用，请刷新后重新扫码登录")
		return p, nil
	}
	num, err := idcard.CheckContext(ctx, id.IDType, id.IDNumber)
	if err != nil {
		var bad *idcard.Error
		if !errors.As(err, &bad) {
			return nil, err
		}
		p, ferr := l.finish(sys, client, t, loginticket.StateREFUSED, bad.Message)
		if ferr != nil {
			return nil, ferr
		}
		p.Problems = append(p.Problems, bad.UserError("idNumber"))
		return p, nil
	}
	cand, first, problem, err := l.candidateFor(sys, client, id, num)
	if err != nil {
		return nil, err
	}
	if problem != nil {
		p, ferr := l.finish(sys, client, t, loginticket.StateREFUSED, problem.Message)
		if ferr != nil {
			return nil, ferr
		}
		p.Problems = append(p.Problems, problem)
		return p, nil
	}
	if err := client.LoginTicket.UpdateOneID(t.ID).SetCandidateID(cand.ID).Exec(sys); err != nil {
		return nil, err
	}
	if cand, err = cand.Update().SetLastLoginAt(now).Save(sys); err != nil {
		return nil, err
	}
	issued, err := StartSession(ctx, client, cand.ID, "", clientIP, userAgent)
	if err != nil {
		return nil, err
	}
	return &Polled{State: StateConfirmed, Issued: issued, Candidate: cand, FirstLogin: first}, nil
}

// candidateFor finds the candidate of a subject, or creates it on the first
// login. Name and ID are read-only afterwards: later answers do not change them.
func (l *CandidateLogins) candidateFor(sys context.Context, client *ent.Client, id *identity.Identity, num idcard.Number) (*ent.Candidate, bool, *apperr.UserError, error) {
	cand, err := client.Candidate.Query().
		Where(candidate.Provider(l.Provider.Name()), candidate.Subject(id.Subject)).Only(sys)
	if err == nil {
		return cand, false, nil, nil
	}
	if !ent.IsNotFound(err) {
		return nil, false, nil, err
	}
	// Taken under any key of the ring: rows not yet re-encrypted keep their old key's hash.
	hash := l.Keys.LookupHash(string(num.Type), num.Value)
	taken, err := client.Candidate.Query().Where(candidate.IDNumberHashIn(l.Keys.LookupHashes(string(num.Type), num.Value)...)).Exist(sys)
	if err != nil {
		return nil, false, nil, err
	}
	if taken {
		return nil, false, &apperr.UserError{Field: []string{"idNumber"}, Code: apperr.IDInUse,
			Message: "该证件号码已关联另一个账号，请联系报名地区考试机构核实"}, nil
	}
	enc, err := l.Keys.Encrypt(num.Value, string(num.Type))
	if err != nil {
		return nil, false, nil, err
	}
	c := client.Candidate.Create().SetProvider(l.Provider.Name()).SetSubject(id.Subject).SetName(id.Name).
		SetIDType(num.Type).SetIDNumberEnc(enc).SetIDNumberHash(hash).SetIDNumberMasked(pii.Mask(num.Value))
	if num.BirthDate != nil {
		c.SetBirthDate(num.BirthDate)
	}
	if num.Gender != "" {
		c.SetGender(candidate.Gender(num.Gender))
	}
	cand, err = c.Save(sys)
	return cand, true, nil, err
}

func (l *CandidateLogins) finish(sys context.Context, client *ent.Client, t *ent.LoginTicket, state loginticket.State, failure string) (*Polled, error) {
	t, err := client.LoginTicket.UpdateOneID(t.ID).SetState(state).SetDecidedAt(clock.Now(sys)).SetFailure(failure).Save(sys)
	if err != nil {
		return nil, err
	}
	return closed(t), nil
}

func closed(t *ent.LoginTicket) *Polled {
	return &Polled{State: State(t.State)}
}

// DecryptIDNumber shows a candidate's own ID number in full.
func (l *CandidateLogins) DecryptIDNumber(c *ent.Candidate) (string, error) {
	return l.Keys.Decrypt(c.IDNumberEnc, string(c.IDType))
}
