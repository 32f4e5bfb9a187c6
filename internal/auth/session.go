// Package auth logs people in and out: candidate QR logins through the
// identity provider, staff password logins with an optional second factor,
// and the bearer-token sessions both yield.
package auth

import (
	"context"
	"crypto/rand"
	"crypto/sha256"
	"encoding/base64"
	"encoding/hex"
	"strings"
	"time"

	"github.com/ruankao/ruankao/ent"
	"github.com/ruankao/ruankao/ent/authsession"
	"github.com/ruankao/ruankao/ent/schema/pulid"
	"github.com/ruankao/ruankao/internal/clock"
	"github.com/ruankao/ruankao/internal/viewer"
)

// SessionRules are the lifetimes of one kind of session.
type SessionRules struct {
	Lifetime time.Duration // from login, whatever happens
	Idle     time.Duration // since the last request
}

// Session lifetimes: staff sessions are short because they reach many
// candidates' data; a candidate filling in the form needs longer.
var (
	CandidateSessions = SessionRules{Lifetime: 12 * time.Hour, Idle: 2 * time.Hour}
	StaffSessions     = SessionRules{Lifetime: 8 * time.Hour, Idle: 30 * time.Minute}
)

// touchEvery keeps last_seen_at coarse: a session is written at most once in
// five minutes, so a candidate polling their application costs no write (on
// SQLite, no turn at the one writer). Idle timeouts are therefore exact to
// five minutes.
const touchEvery = 5 * time.Minute

// NewToken makes a bearer token: 32 random bytes, base64url. Only its hash is stored.
func NewToken() (token, hash string, err error) {
	var b [32]byte
	if _, err := rand.Read(b[:]); err != nil {
		return "", "", err
	}
	token = base64.RawURLEncoding.EncodeToString(b[:])
	return token, HashToken(token), nil
}

// HashToken is the stored form of a token.
func HashToken(token string) string {
	sum := sha256.Sum256([]byte(token))
	return hex.EncodeToString(sum[:])
}

// Issued is a new session as its owner sees it, once.
type Issued struct {
	Token     string
	ExpiresAt time.Time
	Session   *ent.AuthSession
}

// StartSession opens a session for a candidate or a staff user (one of the ids).
func StartSession(ctx context.Context, client *ent.Client, candidateID, staffID pulid.ID, clientIP, userAgent string) (*Issued, error) {
	rules := CandidateSessions
	if staffID != "" {
		rules = StaffSessions
	}
	return startSession(ctx, client, candidateID, staffID, clientIP, userAgent, rules)
}

func startSession(ctx context.Context, client *ent.Client, candidateID, staffID pulid.ID, clientIP, userAgent string, rules SessionRules) (*Issued, error) {
	ctx = viewer.SystemContext(ctx)
	token, hash, err := NewToken()
	if err != nil {
		return nil, err
	}
	now := clock.Now(ctx)
	c := client.AuthSession.Create().SetTokenHash(hash).SetExpiresAt(now.Add(rules.Lifetime)).
		SetLastSeenAt(now).SetClientIP(clientIP).SetUserAgent(truncate(userAgent, 255))
	if candidateID != "" {
		c.SetCandidateID(candidateID)
	} else {
		c.SetStaffID(staffID)
	}
	s, err := c.Save(ctx)
	if err != nil {
		return nil, err
	}
	return &Issued{Token: token, ExpiresAt: s.ExpiresAt, Session: s}, nil
}

// Resolve finds the viewer of a bearer token. An unknown, revoked, expired or
// idle session, or a disabled staff account, is anonymous.
func Resolve(ctx context.Context, client *ent.Client, token string) (viewer.Viewer, bool, error) {
	return resolve(ctx, client, token, nil)
}

func resolve(ctx context.Context, client *ent.Client, token string, cache *SessionCache) (viewer.Viewer, bool, error) {
	token = strings.TrimSpace(token)
	if token == "" || len(token) > 128 {
		return viewer.Viewer{}, false, nil
	}
	sys := viewer.SystemContext(ctx)
	hash := HashToken(token)
	s, cached, err := lookup(sys, client, hash, cache)
	if s == nil || err != nil {
		return viewer.Viewer{}, false, err
	}
	now := clock.Now(ctx)
	rules := CandidateSessions
	if s.StaffID != nil {
		rules = StaffSessions
	}
	// A cached copy is refused as soon as it expires or goes idle, whatever
	// the cache's lifetime. Idle, it is read again first: another instance
	// may have seen the session since it was cached.
	if cached && s.RevokedAt == nil && now.Before(s.ExpiresAt) && !now.Before(s.LastSeenAt.Add(rules.Idle)) {
		cache.drop(hash)
		if s, _, err = lookup(sys, client, hash, cache); s == nil || err != nil {
			return viewer.Viewer{}, false, err
		}
	}
	if s.RevokedAt != nil || !now.Before(s.ExpiresAt) || !now.Before(s.LastSeenAt.Add(rules.Idle)) {
		return viewer.Viewer{}, false, nil
	}
	v := viewer.Viewer{SessionID: s.ID}
	switch {
	case s.CandidateID != nil:
		v.Kind, v.ID = viewer.Candidate, *s.CandidateID
	case s.Edges.Staff != nil && !s.Edges.Staff.Disabled:
		v = StaffViewer(s.Edges.Staff)
		v.SessionID = s.ID
	default:
		return viewer.Viewer{}, false, nil
	}
	if now.Sub(s.LastSeenAt) >= touchEvery {
		if err := client.AuthSession.UpdateOneID(s.ID).SetLastSeenAt(now).Exec(sys); err != nil {
			return viewer.Viewer{}, false, err
		}
		if cache != nil {
			cache.touched(hash, now)
		}
	}
	return v, true, nil
}

// lookup finds the session of a token hash, with its staff user: from the
// cache when it holds it (cached), else from the database; nil when none.
func lookup(sys context.Context, client *ent.Client, hash string, cache *SessionCache) (s *ent.AuthSession, cached bool, err error) {
	var gen uint64
	if cache != nil {
		if s, gen = cache.get(hash); s != nil {
			return s, true, nil
		}
	}
	s, err = client.AuthSession.Query().Where(authsession.TokenHash(hash)).WithStaff().Only(sys)
	if ent.IsNotFound(err) {
		return nil, false, nil
	}
	if err != nil {
		return nil, false, err
	}
	if cache != nil {
		cache.put(hash, s, gen)
	}
	return s, false, nil
}

// Logout ends a session.
func Logout(ctx context.Context, client *ent.Client, sessionID pulid.ID) error {
	return client.AuthSession.Update().Where(authsession.ID(sessionID), authsession.RevokedAtIsNil()).
		SetRevokedAt(clock.Now(ctx)).Exec(viewer.SystemContext(ctx))
}

// RevokeStaff ends every session of a staff user (password change, disabling).
func RevokeStaff(ctx context.Context, client *ent.Client, staffID pulid.ID, except pulid.ID) error {
	return client.AuthSession.Update().
		Where(authsession.StaffID(staffID), authsession.RevokedAtIsNil(), authsession.IDNEQ(except)).
		SetRevokedAt(clock.Now(ctx)).Exec(viewer.SystemContext(ctx))
}

func truncate(s string, n int) string {
	if len(s) <= n {
		return s
	}
	return s[:n]
}
