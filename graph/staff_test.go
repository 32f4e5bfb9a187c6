package graph_test

import (
	"context"
	"encoding/base32"
	"strings"
	"testing"
	"time"

	"github.com/ruankao/ruankao/ent/staffuser"
	"github.com/ruankao/ruankao/internal/demo"
	"github.com/ruankao/ruankao/internal/testenv"
	"github.com/ruankao/ruankao/internal/totp"
	"github.com/ruankao/ruankao/internal/viewer"
)

type loginAnswer struct {
	StaffLogin struct {
		Session *struct {
			Token string
			Me    struct {
				Kind  string
				Staff struct {
					Username, Role, RoleLabel string
					Region                    *struct{ Code string }
				}
			}
		}
		UserErrors []struct {
			Code    string
			Field   []string
			Message string
		}
	}
}

const staffLoginQ = `mutation($u: String!, $p: String!, $c: String) { staffLogin(input: {username: $u, password: $p, totpCode: $c}) {
	session { token me { kind staff { username role roleLabel region { code } } } } userErrors { code field message } } }`

func staffLogin(t *testing.T, env *testenv.Env, user, pass, code string) loginAnswer {
	t.Helper()
	var a loginAnswer
	vars := map[string]any{"u": user, "p": pass}
	if code != "" {
		vars["c"] = code
	}
	env.MustData(t, staffLoginQ, vars, &a)
	return a
}

func firstCode(a loginAnswer) string {
	if len(a.StaffLogin.UserErrors) == 0 {
		return ""
	}
	return a.StaffLogin.UserErrors[0].Code
}

func TestStaffLoginAndLockout(t *testing.T) {
	env := testenv.Start(t, march)
	ok := staffLogin(t, env, "dalian-reviewer", demo.StaffPassword, "")
	s := ok.StaffLogin.Session
	if s == nil || s.Me.Kind != "STAFF" || s.Me.Staff.Role != "REVIEWER" || s.Me.Staff.RoleLabel != "审核员" ||
		s.Me.Staff.Region == nil || s.Me.Staff.Region.Code != "210200" {
		t.Fatalf("login: %+v", ok)
	}
	if c := firstCode(staffLogin(t, env, "nobody", demo.StaffPassword, "")); c != "INVALID_CREDENTIALS" {
		t.Errorf("unknown user: %s", c)
	}
	for i := 1; i < 5; i++ {
		env.Clock.Advance(15 * time.Second) // under the rate limit of 5 a minute per account
		if c := firstCode(staffLogin(t, env, "dalian-reviewer", "wrong-password-123", "")); c != "INVALID_CREDENTIALS" {
			t.Fatalf("wrong password %d: %s", i, c)
		}
	}
	env.Clock.Advance(15 * time.Second)
	if c := firstCode(staffLogin(t, env, "dalian-reviewer", "wrong-password-123", "")); c != "ACCOUNT_LOCKED" {
		t.Fatalf("fifth wrong password: %s", c)
	}
	env.Clock.Advance(15 * time.Second)
	// Locked: even the right password is refused, without saying whether it was right.
	if a := staffLogin(t, env, "dalian-reviewer", demo.StaffPassword, ""); firstCode(a) != "ACCOUNT_LOCKED" || a.StaffLogin.Session != nil {
		t.Fatalf("locked account logged in: %+v", a)
	}
	env.Clock.Advance(15*time.Minute + time.Second)
	if a := staffLogin(t, env, "dalian-reviewer", demo.StaffPassword, ""); a.StaffLogin.Session == nil {
		t.Fatalf("after the lock: %+v", a)
	}
}

func TestStaffTOTP(t *testing.T) {
	env := testenv.Start(t, march)
	token := env.LoginStaff(t, "liaoning-admin")
	var begin struct {
		BeginTotpSetup struct {
			Secret, OtpauthUri, QrCodePng string
		}
	}
	env.MustAs(t, token, `mutation { beginTotpSetup { secret otpauthUri qrCodePng } }`, nil, &begin)
	secret, err := base32.StdEncoding.WithPadding(base32.NoPadding).DecodeString(begin.BeginTotpSetup.Secret)
	if err != nil || len(begin.BeginTotpSetup.QrCodePng) < 100 {
		t.Fatalf("setup: %+v %v", begin, err)
	}
	var confirm struct{ ConfirmTotpSetup struct{ Enabled bool } }
	env.MustAs(t, token, `mutation($c: String!) { confirmTotpSetup(code: $c) { enabled } }`,
		map[string]any{"c": "000000"}, &confirm)
	if confirm.ConfirmTotpSetup.Enabled && totp.Code(secret, env.Clock.Now()) != "000000" {
		t.Fatal("a wrong code turned the second factor on")
	}
	env.MustAs(t, token, `mutation($c: String!) { confirmTotpSetup(code: $c) { enabled } }`,
		map[string]any{"c": totp.Code(secret, env.Clock.Now())}, &confirm)
	if !confirm.ConfirmTotpSetup.Enabled {
		t.Fatal("the right code did not turn it on")
	}

	env.Clock.Advance(time.Minute)
	if c := firstCode(staffLogin(t, env, "liaoning-admin", demo.StaffPassword, "")); c != "TOTP_REQUIRED" {
		t.Fatalf("without a code: %s", c)
	}
	code := totp.Code(secret, env.Clock.Now())
	wrong := "123456"
	if wrong == code {
		wrong = "654321"
	}
	if c := firstCode(staffLogin(t, env, "liaoning-admin", demo.StaffPassword, wrong)); c != "TOTP_INVALID" {
		t.Fatalf("wrong code: %s", c)
	}
	if a := staffLogin(t, env, "liaoning-admin", demo.StaffPassword, code); a.StaffLogin.Session == nil {
		t.Fatalf("right code: %+v", a)
	}
	// The same code cannot be used twice.
	if c := firstCode(staffLogin(t, env, "liaoning-admin", demo.StaffPassword, code)); c != "TOTP_INVALID" {
		t.Fatalf("replayed code: %s", c)
	}
}

func meKind(t *testing.T, env *testenv.Env, token string) string {
	t.Helper()
	var d struct{ Me *struct{ Kind string } }
	env.MustAs(t, token, `{ me { kind } }`, nil, &d)
	if d.Me == nil {
		return ""
	}
	return d.Me.Kind
}

func TestLogoutAndExpiry(t *testing.T) {
	env := testenv.Start(t, march)
	staff := env.LoginStaff(t, "admin")
	other := env.LoginStaff(t, "admin")
	if meKind(t, env, staff) != "STAFF" {
		t.Fatal("fresh session not recognised")
	}
	var out struct{ Logout struct{ LoggedOut bool } }
	env.MustAs(t, staff, `mutation { logout { loggedOut } }`, nil, &out)
	if !out.Logout.LoggedOut || meKind(t, env, staff) != "" {
		t.Fatal("logged-out token still works")
	}
	if meKind(t, env, other) != "STAFF" {
		t.Fatal("logout ended another session")
	}
	// Staff sessions end after 30 idle minutes.
	env.Clock.Advance(29 * time.Minute)
	if meKind(t, env, other) != "STAFF" {
		t.Fatal("ended before the idle timeout")
	}
	env.Clock.Advance(31 * time.Minute)
	if meKind(t, env, other) != "" {
		t.Fatal("idle staff session still works")
	}
	// Candidate sessions last at most 12 hours, however active.
	cand := env.LoginCandidate(t, zhang)
	for range 7 {
		env.Clock.Advance(100 * time.Minute)
		if meKind(t, env, cand) != "CANDIDATE" && env.Clock.Now().Sub(march) < 12*time.Hour {
			t.Fatal("active candidate session ended early")
		}
	}
	env.Clock.Advance(100 * time.Minute)
	if meKind(t, env, cand) != "" {
		t.Fatal("candidate session outlived 12 hours")
	}
	// A garbage token is anonymous, not an error.
	if meKind(t, env, "garbage") != "" {
		t.Fatal("garbage token accepted")
	}
}

func TestDisabledStaffLosesSessions(t *testing.T) {
	env := testenv.Start(t, march)
	token := env.LoginStaff(t, "beijing-reviewer")
	ctx := viewer.SystemContext(context.Background())
	env.DB.Client.StaffUser.Update().Where(staffuser.Username("beijing-reviewer")).SetDisabled(true).ExecX(ctx)
	if meKind(t, env, token) != "" {
		t.Fatal("a disabled account's session still works")
	}
	if c := firstCode(staffLogin(t, env, "beijing-reviewer", demo.StaffPassword, "")); c != "INVALID_CREDENTIALS" {
		t.Fatalf("disabled login: %s", c)
	}
}

func TestPasswordLoginRateLimited(t *testing.T) {
	env := testenv.Start(t, march)
	for range 4 {
		staffLogin(t, env, "jiangsu-reviewer", "wrong-password-123", "")
	}
	staffLogin(t, env, "jiangsu-reviewer", demo.StaffPassword, "")
	res := env.Post(t, staffLoginQ, map[string]any{"u": "jiangsu-reviewer", "p": demo.StaffPassword})
	if res.Code() != "RATE_LIMITED" || res.Errors[0].Extensions["retryAfterSeconds"] == nil {
		t.Fatalf("sixth attempt in a minute: %+v", res.Errors)
	}
	// Another account from the same address is not held back by this one.
	if a := staffLogin(t, env, "beijing-reviewer", demo.StaffPassword, ""); a.StaffLogin.Session == nil {
		t.Fatalf("other account: %+v", a)
	}
	env.Clock.Advance(13 * time.Second)
	if a := staffLogin(t, env, "jiangsu-reviewer", demo.StaffPassword, ""); a.StaffLogin.Session == nil {
		t.Fatalf("after the retry hint: %+v", a)
	}
}

func TestRegionAdminManagesOnlyTheirReviewers(t *testing.T) {
	env := testenv.Start(t, march)
	reviewerToken := env.LoginStaff(t, "dalian-reviewer")
	ctx := testenv.System()
	id := func(username string) string {
		return string(env.DB.Client.StaffUser.Query().Where(staffuser.Username(username)).OnlyIDX(ctx))
	}
	const q = `mutation($id: ID!, $d: Boolean) { updateStaffUser(id: $id, input: {disabled: $d}) { staffUser { username disabled } userErrors { code } } }`
	dalianAdmin := env.LoginStaff(t, "dalian-admin")
	for who, target := range map[string]string{"辽宁 reviewer": "liaoning-reviewer", "辽宁 admin": "liaoning-admin"} {
		if res := env.PostAs(t, dalianAdmin, q, map[string]any{"id": id(target), "d": true}); res.Code() != "NOT_FOUND" {
			t.Errorf("大连 admin disabling %s: %s %+v", who, res.Data, res.Errors)
		}
	}
	if res := env.PostAs(t, reviewerToken, q, map[string]any{"id": id("dalian-reviewer"), "d": true}); res.Code() != "FORBIDDEN" {
		t.Errorf("a reviewer managing accounts: %+v", res.Errors)
	}
	res := env.PostAs(t, dalianAdmin, q, map[string]any{"id": id("dalian-reviewer"), "d": true})
	if !strings.Contains(string(res.Data), `"disabled":true`) {
		t.Fatalf("大连 admin disabling their reviewer: %s %+v", res.Data, res.Errors)
	}
	if meKind(t, env, reviewerToken) != "" {
		t.Error("the disabled reviewer's session still works")
	}
}
