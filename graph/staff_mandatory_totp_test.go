package graph_test

import (
	"encoding/base32"
	"testing"
	"time"

	"github.com/ruankao/ruankao/ent/auditlog"
	"github.com/ruankao/ruankao/ent/staffuser"
	"github.com/ruankao/ruankao/internal/auth"
	"github.com/ruankao/ruankao/internal/demo"
	"github.com/ruankao/ruankao/internal/enum"
	"github.com/ruankao/ruankao/internal/server"
	"github.com/ruankao/ruankao/internal/testenv"
	"github.com/ruankao/ruankao/internal/totp"
	"github.com/ruankao/ruankao/internal/viewer"
)

func startRequiringTOTP(t *testing.T) *testenv.Env {
	t.Helper()
	return testenv.StartWith(t, march, func(o *server.Options) {
		o.Dev = true
		o.Staff.RequireTOTP = true
	})
}

type enrolAnswer struct {
	StaffLogin struct {
		TotpEnrolmentRequired bool
		Session               *struct {
			Token     string
			ExpiresAt time.Time
			Me        struct {
				Kind                  string
				TotpEnrolmentRequired bool
				Staff                 struct{ Username string }
			}
		}
		UserErrors []struct{ Code string }
	}
}

func loginForEnrolment(t *testing.T, env *testenv.Env, user, code string) enrolAnswer {
	t.Helper()
	var a enrolAnswer
	vars := map[string]any{"u": user, "p": demo.StaffPassword}
	if code != "" {
		vars["c"] = code
	}
	env.MustData(t, `mutation($u: String!, $p: String!, $c: String) { staffLogin(input: {username: $u, password: $p, totpCode: $c}) {
		totpEnrolmentRequired session { token expiresAt me { kind totpEnrolmentRequired staff { username } } } userErrors { code } } }`, vars, &a)
	return a
}

// refusedForEnrolment asserts that a query answers FORBIDDEN with the
// enrolment reason and no data.
func refusedForEnrolment(t *testing.T, env *testenv.Env, token, what, query string, vars map[string]any) {
	t.Helper()
	res := env.PostAs(t, token, query, vars)
	if len(res.Errors) == 0 {
		t.Errorf("%s: answered without an error: %s", what, res.Data)
		return
	}
	e := res.Errors[0]
	if e.Extensions["code"] != "FORBIDDEN" || e.Extensions["reason"] != "TOTP_ENROLMENT_REQUIRED" ||
		e.Message != "必须先绑定身份验证器（TOTP）才能使用管理功能" {
		t.Errorf("%s: %+v", what, res.Errors)
	}
}

// With the second factor mandatory, a password-only login of an account
// without one is an enrolment session: it reaches nothing but the
// enrolment, me and logout, until the factor is confirmed.
func TestMandatoryTOTPRefusesPasswordOnlyLogin(t *testing.T) {
	env := startRequiringTOTP(t)
	apps := env.Registered(t, 2, demo.SessionOpen, "210200", "大连考区", "ZJ02")

	a := loginForEnrolment(t, env, "dalian-reviewer", "")
	s := a.StaffLogin.Session
	if s == nil || !a.StaffLogin.TotpEnrolmentRequired || !s.Me.TotpEnrolmentRequired || s.Me.Kind != "STAFF" ||
		s.Me.Staff.Username != "dalian-reviewer" {
		t.Fatalf("password-only login: %+v", a)
	}
	if want := env.Clock.Now().Add(auth.EnrolmentSessions.Lifetime); !s.ExpiresAt.Equal(want) {
		t.Errorf("enrolment session expires at %s, want %s", s.ExpiresAt, want)
	}
	token := s.Token

	refusals := []struct {
		what, query string
		vars        map[string]any
	}{
		{"reviewQueue", `{ reviewQueue(first: 5, filter: {sessionCode: "DEMO-OPEN"}) { totalCount } }`, nil},
		{"reviewCounts", `{ reviewCounts(sessionCode: "DEMO-OPEN") { count } }`, nil},
		{"statistics", `{ statistics(sessionCode: "DEMO-OPEN") { registrations } }`, nil},
		{"node", `query($id: ID!) { node(id: $id) { id } }`, map[string]any{"id": string(apps[0])}},
		{"nodes", `query($id: ID!) { nodes(ids: [$id]) { id } }`, map[string]any{"id": string(apps[0])}},
		{"staffUsers", `{ staffUsers(first: 5) { totalCount } }`, nil},
		{"auditLogs", `{ auditLogs(first: 5) { totalCount } }`, nil},
		{"paymentOrders", `{ paymentOrders(first: 5) { totalCount } }`, nil},
		{"examSessions (public, still refused)", `{ examSessions { code } }`, nil},
		{"approveApplication", `mutation($id: ID!) { approveApplication(id: $id, version: 1) { userErrors { code } } }`, map[string]any{"id": string(apps[0])}},
		{"changePassword", `mutation { changePassword(input: {currentPassword: "x", newPassword: "y"}) { changed } }`, nil},
		{"createStaffUser", `mutation { createStaffUser(input: {username: "zz-reviewer", displayName: "z", password: "a-long-passphrase-42", role: REVIEWER, regionCode: "210200"}) { userErrors { code } } }`, nil},
	}
	for _, r := range refusals {
		refusedForEnrolment(t, env, token, r.what, r.query, r.vars)
	}
	// In one request, a refused field does not take the allowed ones with it.
	res := env.PostAs(t, token, `{ me { kind totpEnrolmentRequired } regions { code } }`, nil)
	if len(res.Errors) != 1 || len(res.Errors[0].Path) == 0 || res.Errors[0].Path[0] != "regions" {
		t.Errorf("me with regions: %+v %s", res.Errors, res.Data)
	}

	// The restriction is in the data, not only at the door: the viewer has no
	// role, and privacy gives it nothing but its own account.
	u := env.DB.Client.StaffUser.Query().Where(staffuser.Username("dalian-reviewer")).OnlyX(testenv.System())
	enrolling := auth.Staff{RequireTOTP: true}
	v := enrolling.ViewerOf(u)
	if v.Kind != viewer.Enrolling || v.Role != "" || v.IsStaff() || v.RegionScoped() || v.IsNationalAdmin() {
		t.Fatalf("enrolling viewer: %+v", v)
	}
	ctx := viewer.With(testenv.System(), v)
	if n := env.DB.Client.Application.Query().CountX(ctx); n != 0 {
		t.Errorf("enrolling viewer sees %d applications", n)
	}
	if n := env.DB.Client.Region.Query().CountX(ctx); n != 0 {
		t.Errorf("enrolling viewer sees %d regions", n)
	}
	if n := env.DB.Client.StaffUser.Query().CountX(ctx); n != 1 {
		t.Errorf("enrolling viewer sees %d staff accounts, want only their own", n)
	}
	if err := env.DB.Client.StaffUser.UpdateOneID(u.ID).SetRole(enum.RoleNationalAdmin).Exec(ctx); err == nil {
		t.Error("an enrolling viewer promoted themself")
	}
	if n := env.DB.Client.Application.Query().CountX(viewer.With(testenv.System(), auth.StaffViewer(u))); n != 2 {
		t.Errorf("the same account as staff sees %d applications, want 2", n)
	}

	// Enrolment: begin and confirm in the enrolment session (confirm first is out of order).
	var early struct {
		ConfirmTotpSetup struct{ UserErrors []struct{ Code string } }
	}
	env.MustAs(t, token, `mutation { confirmTotpSetup(code: "123456") { userErrors { code } } }`, nil, &early)
	if e := early.ConfirmTotpSetup.UserErrors; len(e) != 1 || e[0].Code != "WRONG_STATE" {
		t.Errorf("confirm before begin: %+v", early)
	}
	var begin struct{ BeginTotpSetup struct{ Secret string } }
	env.MustAs(t, token, `mutation { beginTotpSetup { secret } }`, nil, &begin)
	secret, err := base32.StdEncoding.WithPadding(base32.NoPadding).DecodeString(begin.BeginTotpSetup.Secret)
	if err != nil || len(secret) == 0 {
		t.Fatalf("begin: %+v %v", begin, err)
	}
	var confirm struct {
		ConfirmTotpSetup struct {
			Enabled    bool
			UserErrors []struct{ Code string }
		}
	}
	env.MustAs(t, token, `mutation($c: String!) { confirmTotpSetup(code: $c) { enabled userErrors { code } } }`,
		map[string]any{"c": totp.Code(secret, env.Clock.Now())}, &confirm)
	if !confirm.ConfirmTotpSetup.Enabled {
		t.Fatalf("confirm: %+v", confirm)
	}
	// The same session is now a full one, for a staff session's lifetime.
	var me struct {
		Me struct {
			TotpEnrolmentRequired bool
			SessionExpiresAt      time.Time
		}
	}
	env.MustAs(t, token, `{ me { totpEnrolmentRequired sessionExpiresAt } }`, nil, &me)
	if me.Me.TotpEnrolmentRequired || !me.Me.SessionExpiresAt.Equal(march.Add(auth.StaffSessions.Lifetime)) {
		t.Errorf("after enrolment: %+v", me)
	}
	var q struct{ ReviewQueue struct{ TotalCount int } }
	env.MustAs(t, token, `{ reviewQueue(first: 5, filter: {sessionCode: "DEMO-OPEN", statuses: [REGISTERED]}) { totalCount } }`, nil, &q)
	if q.ReviewQueue.TotalCount != 2 {
		t.Errorf("review queue after enrolment: %+v", q)
	}
	for _, action := range []string{"staff.login.enrolment_only", "staff.totp.enrolled"} {
		if n := env.DB.Client.AuditLog.Query().Where(auditlog.Action(action), auditlog.StaffID(u.ID)).CountX(testenv.System()); n != 1 {
			t.Errorf("audit %s: %d entries", action, n)
		}
	}

	// Now enrolled: a login needs the code, and the factor cannot be turned off.
	env.Clock.Advance(time.Minute)
	if c := firstCode(staffLogin(t, env, "dalian-reviewer", demo.StaffPassword, "")); c != "TOTP_REQUIRED" {
		t.Errorf("enrolled, no code: %s", c)
	}
	if c := firstCode(staffLogin(t, env, "dalian-reviewer", demo.StaffPassword, "000000")); c != "TOTP_INVALID" &&
		totp.Code(secret, env.Clock.Now()) != "000000" {
		t.Errorf("enrolled, wrong code: %s", c)
	}
	full := loginForEnrolment(t, env, "dalian-reviewer", totp.Code(secret, env.Clock.Now()))
	if full.StaffLogin.Session == nil || full.StaffLogin.TotpEnrolmentRequired || full.StaffLogin.Session.Me.TotpEnrolmentRequired {
		t.Fatalf("enrolled, right code: %+v", full)
	}
	env.Clock.Advance(time.Minute)
	var off struct {
		DisableTotp struct {
			Disabled   bool
			UserErrors []struct{ Code string }
		}
	}
	env.MustAs(t, full.StaffLogin.Session.Token, `mutation($p: String!, $c: String!) { disableTotp(currentPassword: $p, totpCode: $c) { disabled userErrors { code } } }`,
		map[string]any{"p": demo.StaffPassword, "c": totp.Code(secret, env.Clock.Now())}, &off)
	if off.DisableTotp.Disabled || len(off.DisableTotp.UserErrors) != 1 || off.DisableTotp.UserErrors[0].Code != "TOTP_MANDATORY" {
		t.Errorf("disable while mandatory: %+v", off)
	}

	// An enrolment session lasts 15 minutes; logout works in it.
	other := loginForEnrolment(t, env, "dalian-admin", "").StaffLogin.Session
	if other == nil {
		t.Fatal("second enrolment login failed")
	}
	var out struct{ Logout struct{ LoggedOut bool } }
	env.MustAs(t, other.Token, `mutation { logout { loggedOut } }`, nil, &out)
	if !out.Logout.LoggedOut || meKind(t, env, other.Token) != "" {
		t.Error("logout of an enrolment session")
	}
	late := loginForEnrolment(t, env, "liaoning-reviewer", "").StaffLogin.Session
	env.Clock.Advance(10 * time.Minute)
	if meKind(t, env, late.Token) != "STAFF" {
		t.Error("enrolment session ended early")
	}
	env.Clock.Advance(6 * time.Minute)
	if meKind(t, env, late.Token) != "" {
		t.Error("enrolment session outlived 15 minutes")
	}
}

// With the second factor optional (dev and demo), a password-only login is
// a full session, as before.
func TestOptionalTOTPKeepsPasswordLogins(t *testing.T) {
	env := testenv.Start(t, march)
	a := loginForEnrolment(t, env, "dalian-reviewer", "")
	if a.StaffLogin.Session == nil || a.StaffLogin.TotpEnrolmentRequired || a.StaffLogin.Session.Me.TotpEnrolmentRequired {
		t.Fatalf("optional: %+v", a)
	}
	var q struct{ ReviewQueue struct{ TotalCount int } }
	env.MustAs(t, a.StaffLogin.Session.Token, `{ reviewQueue(first: 5, filter: {sessionCode: "DEMO-OPEN"}) { totalCount } }`, nil, &q)
}
