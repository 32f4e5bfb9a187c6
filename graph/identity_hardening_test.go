package graph_test

import (
	"encoding/base32"
	"fmt"
	"sync"
	"testing"
	"time"

	"github.com/ruankao/ruankao/ent/auditlog"
	"github.com/ruankao/ruankao/ent/candidate"
	"github.com/ruankao/ruankao/ent/staffuser"
	"github.com/ruankao/ruankao/internal/demo"
	"github.com/ruankao/ruankao/internal/testenv"
	"github.com/ruankao/ruankao/internal/totp"
)

// enableTOTP turns the second factor on for a logged-in staff user and returns its secret.
func enableTOTP(t *testing.T, env *testenv.Env, token string) []byte {
	t.Helper()
	var begin struct{ BeginTotpSetup struct{ Secret string } }
	env.MustAs(t, token, `mutation { beginTotpSetup { secret } }`, nil, &begin)
	secret, err := base32.StdEncoding.WithPadding(base32.NoPadding).DecodeString(begin.BeginTotpSetup.Secret)
	if err != nil {
		t.Fatal(err)
	}
	var confirm struct{ ConfirmTotpSetup struct{ Enabled bool } }
	env.MustAs(t, token, `mutation($c: String!) { confirmTotpSetup(code: $c) { enabled } }`,
		map[string]any{"c": totp.Code(secret, env.Clock.Now())}, &confirm)
	if !confirm.ConfirmTotpSetup.Enabled {
		t.Fatal("second factor not enabled")
	}
	return secret
}

// A session alone cannot strip or replace an active second factor.
func TestActiveSecondFactorNeedsPasswordAndCode(t *testing.T) {
	env := testenv.Start(t, march)
	token := env.LoginStaff(t, "liaoning-admin")
	secret := enableTOTP(t, env, token)
	env.Clock.Advance(time.Minute)

	type answer struct {
		BeginTotpSetup struct {
			Secret     *string
			UserErrors []userError
		}
	}
	try := func(pass, code any) answer {
		var a answer
		env.MustAs(t, token, `mutation($p: String, $c: String) { beginTotpSetup(currentPassword: $p, totpCode: $c) { secret userErrors { field code message } } }`,
			map[string]any{"p": pass, "c": code}, &a)
		return a
	}
	if a := try(nil, nil); a.BeginTotpSetup.Secret != nil || !hasCode(a.BeginTotpSetup.UserErrors, "REQUIRED") {
		t.Fatalf("re-enrol with a session alone: %+v", a)
	}
	if a := try(demo.StaffPassword, "000000"); a.BeginTotpSetup.Secret != nil || !hasCode(a.BeginTotpSetup.UserErrors, "TOTP_INVALID") {
		t.Fatalf("re-enrol with a wrong code: %+v", a)
	}
	var off struct {
		DisableTotp struct {
			Disabled   bool
			UserErrors []userError
		}
	}
	env.MustAs(t, token, `mutation { disableTotp(currentPassword: "wrong password here", totpCode: "000000") { disabled userErrors { code } } }`, nil, &off)
	if off.DisableTotp.Disabled || !hasCode(off.DisableTotp.UserErrors, "INVALID_CREDENTIALS") {
		t.Fatalf("disable with a wrong password: %+v", off)
	}
	// Still on: a login needs the code.
	if c := firstCode(staffLogin(t, env, "liaoning-admin", demo.StaffPassword, "")); c != "TOTP_REQUIRED" {
		t.Fatalf("after refused changes, login without a code: %s", c)
	}
	env.Clock.Advance(time.Minute)
	if a := try(demo.StaffPassword, totp.Code(secret, env.Clock.Now())); a.BeginTotpSetup.Secret == nil {
		t.Fatalf("re-enrol with password and code: %+v", a)
	}
}

// Wrong current passwords in changePassword count like failed logins.
func TestChangePasswordGuessesLock(t *testing.T) {
	env := testenv.Start(t, march)
	token := env.LoginStaff(t, "dalian-reviewer")
	var last struct {
		ChangePassword struct {
			Changed    bool
			UserErrors []userError
		}
	}
	for i := range 5 {
		env.MustAs(t, token, `mutation($p: String!) { changePassword(input: {currentPassword: $p, newPassword: "a much longer new password"}) { changed userErrors { code } } }`,
			map[string]any{"p": fmt.Sprintf("guess number %d", i)}, &last)
	}
	if last.ChangePassword.Changed || !hasCode(last.ChangePassword.UserErrors, "ACCOUNT_LOCKED") {
		t.Fatalf("fifth wrong guess: %+v", last)
	}
	// The lock ends the guessing session and refuses even the right password.
	if kind := meKind(t, env, token); kind != "" {
		t.Errorf("the guessing session lives on: %q", kind)
	}
	if c := firstCode(staffLogin(t, env, "dalian-reviewer", demo.StaffPassword, "")); c != "ACCOUNT_LOCKED" {
		t.Errorf("login after the lock: %s", c)
	}
}

// Five concurrent wrong passwords for one account lock it, on both databases.
func TestConcurrentFailuresLock(t *testing.T) {
	env := startCrowded(t, nil)
	var wg sync.WaitGroup
	for range 5 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			staffLogin(t, env, "jiangsu-reviewer", "wrong password 12", "")
		}()
	}
	wg.Wait()
	u := env.DB.Client.StaffUser.Query().Where(staffuser.Username("jiangsu-reviewer")).OnlyX(testenv.System())
	if u.LockedUntil == nil || !u.LockedUntil.After(env.Clock.Now()) {
		t.Fatalf("five concurrent failures: locked_until %v, failed_logins %d", u.LockedUntil, u.FailedLogins)
	}
}

// Usernames are case-insensitive at login, as they are at creation.
func TestLoginIgnoresUsernameCase(t *testing.T) {
	env := testenv.Start(t, march)
	if a := staffLogin(t, env, "  Dalian-Reviewer ", demo.StaffPassword, ""); a.StaffLogin.Session == nil {
		t.Fatalf("mixed-case login: %+v", a)
	}
}

// Refused logins are in the audit log, under the account's region, with the
// username as typed and the client address masked.
func TestFailedLoginsAreAudited(t *testing.T) {
	env := testenv.Start(t, march)
	staffLogin(t, env, "Dalian-Reviewer", "wrong password 12", "")
	staffLogin(t, env, "no-such-user", "wrong password 12", "")
	admin := env.LoginStaff(t, "dalian-admin")
	var d struct {
		AuditLogs struct {
			Edges []struct {
				Node struct {
					Action string
					After  map[string]any
				}
			}
		}
	}
	env.MustAs(t, admin, `{ auditLogs(first: 50, action: "staff.login.failed") { edges { node { action after } } } }`, nil, &d)
	if len(d.AuditLogs.Edges) != 1 {
		t.Fatalf("大连 admin sees %d failed logins: %+v", len(d.AuditLogs.Edges), d)
	}
	after := d.AuditLogs.Edges[0].Node.After
	if after["username"] != "Dalian-Reviewer" || after["client"] != "127.0.*.*" {
		t.Errorf("entry: %+v", after)
	}
	n := env.DB.Client.AuditLog.Query().Where(auditlog.Action("staff.login.failed"), auditlog.RegionIDIsNil()).CountX(testenv.System())
	if n != 1 {
		t.Errorf("unknown username: %d region-less entries", n)
	}
}

// A refused consent ends the login with a userError saying what to do.
func TestRefusedConsentIsAUserError(t *testing.T) {
	env := testenv.Start(t, march)
	ticket, qr := env.StartQR(t)
	env.Simulate(t, qr, "REFUSE_CONSENT", demo.Identities[0])
	p := poll(t, env, ticket).PollCandidateLogin
	if p.State != "CONSENT_REFUSED" || p.Session != nil || len(p.UserErrors) != 1 || p.UserErrors[0].Code != "CONSENT_REFUSED" {
		t.Fatalf("refused consent: %+v", p)
	}
}

// Two logins racing with one TOTP code: one session, one TOTP_INVALID.
func TestTOTPCodeRaceHasOneWinner(t *testing.T) {
	env := startCrowded(t, nil)
	secret := enableTOTP(t, env, env.LoginStaff(t, "beijing-reviewer"))
	env.Clock.Advance(time.Minute)
	code := totp.Code(secret, env.Clock.Now())
	answers := make([]loginAnswer, 4)
	var wg sync.WaitGroup
	for i := range answers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			answers[i] = staffLogin(t, env, "beijing-reviewer", demo.StaffPassword, code)
		}()
	}
	wg.Wait()
	sessions := 0
	for _, a := range answers {
		switch {
		case a.StaffLogin.Session != nil:
			sessions++
		case firstCode(a) != "TOTP_INVALID":
			t.Errorf("loser answered %+v", a)
		}
	}
	if sessions != 1 {
		t.Errorf("%d sessions from one code", sessions)
	}
}

// A provider that confirms without an ID number ends the login with the
// same clear userError as a refused consent, and creates no candidate.
func TestEmptyIdentityIsAUserError(t *testing.T) {
	env := testenv.Start(t, march)
	ticket, qr := env.StartQR(t)
	p := demo.Identities[0]
	p.IDNumber = ""
	env.Simulate(t, qr, "CONFIRM", p)
	got := poll(t, env, ticket).PollCandidateLogin
	if got.State != "CONSENT_REFUSED" || got.Session != nil || len(got.UserErrors) != 1 || got.UserErrors[0].Code != "CONSENT_REFUSED" {
		t.Fatalf("empty identity: %+v", got)
	}
	if n := env.DB.Client.Candidate.Query().Where(candidate.Subject(p.Subject)).CountX(testenv.System()); n != 0 {
		t.Errorf("%d candidates created", n)
	}
}
