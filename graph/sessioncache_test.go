package graph_test

import (
	"strings"
	"testing"

	"github.com/ruankao/ruankao/ent/staffuser"
	"github.com/ruankao/ruankao/internal/testenv"
)

// Sessions are cached in memory: a change to a staff account made after its
// token was seen applies to the very next request: a new role, and a
// changed password's end of the other sessions.
func TestCachedSessionsFollowAccountChanges(t *testing.T) {
	env := testenv.Start(t, march)
	c := env.DB.Client
	admin := env.LoginStaff(t, "dalian-admin")
	reviewer := string(c.StaffUser.Query().Where(staffuser.Username("dalian-reviewer")).OnlyIDX(testenv.System()))
	const rename = `mutation($id: ID!) { updateStaffUser(id: $id, input: {displayName: "复核员"}) { userErrors { code } } }`
	if res := env.PostAs(t, admin, rename, map[string]any{"id": reviewer}); len(res.Errors) != 0 {
		t.Fatalf("region admin renaming their reviewer: %+v", res.Errors)
	}
	c.StaffUser.Update().Where(staffuser.Username("dalian-admin")).SetRole("REVIEWER").ExecX(testenv.System())
	if res := env.PostAs(t, admin, rename, map[string]any{"id": reviewer}); res.Code() != "FORBIDDEN" {
		t.Fatalf("after demotion the cached session still manages accounts: %+v", res.Errors)
	}

	token := env.LoginStaff(t, "dalian-reviewer")
	other := env.LoginStaff(t, "dalian-reviewer")
	if meKind(t, env, other) != "STAFF" {
		t.Fatal("second session not recognised")
	}
	const change = `mutation($in: ChangePasswordInput!) { changePassword(input: $in) { changed userErrors { code } } }`
	var out struct{ ChangePassword struct{ Changed bool } }
	env.MustAs(t, token, change, map[string]any{"in": map[string]any{
		"currentPassword": "ruankao-demo-2026", "newPassword": "a-new-long-password-2026"}}, &out)
	if !out.ChangePassword.Changed {
		t.Fatal("password not changed")
	}
	if meKind(t, env, other) != "" {
		t.Error("a session the password change ended still works from the cache")
	}
	if meKind(t, env, token) != "STAFF" {
		t.Error("the session that changed the password ended")
	}
}

// The login QR code is drawn only for a page that asks for it: drawing it
// costs milliseconds of CPU on every login of a registration morning.
func TestLoginQRCodeOnlyWhenAsked(t *testing.T) {
	env := testenv.Start(t, march)
	var with, without struct {
		StartCandidateLogin struct {
			QRPayload string
			QRCodePng *string
		}
	}
	env.MustData(t, `mutation { startCandidateLogin { qrPayload qrCodePng } }`, nil, &with)
	if p := with.StartCandidateLogin.QRCodePng; p == nil || !strings.HasPrefix(*p, "data:image/png;base64,") {
		t.Fatalf("asked for the QR code, got %v", p)
	}
	env.MustData(t, `mutation { startCandidateLogin { qrPayload } }`, nil, &without)
	if without.StartCandidateLogin.QRPayload == "" {
		t.Fatal("no QR payload")
	}
}
