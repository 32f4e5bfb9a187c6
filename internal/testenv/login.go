package testenv

import (
	"testing"

	"github.com/ruankao/ruankao/internal/auth"
	"github.com/ruankao/ruankao/internal/demo"
)

const staffLogin = `mutation($u: String!, $p: String!, $c: String) {
	staffLogin(input: {username: $u, password: $p, totpCode: $c}) { session { token } userErrors { code message field } } }`

// LoginStaff logs a demo staff account in and returns its token.
func (e *Env) LoginStaff(t testing.TB, username string) string {
	t.Helper()
	var data struct {
		StaffLogin struct {
			Session    *struct{ Token string }
			UserErrors []struct{ Code, Message string }
		}
	}
	e.MustData(t, staffLogin, map[string]any{"u": username, "p": demo.StaffPassword}, &data)
	if data.StaffLogin.Session == nil {
		t.Fatalf("staff login %s: %+v", username, data.StaffLogin.UserErrors)
	}
	return data.StaffLogin.Session.Token
}

// LoginCandidate runs the whole QR login for a demo identity through the
// simulator, as the login page and the app would, gives both consents to the
// current privacy notice (as the portal asks at first login) and returns the token.
func (e *Env) LoginCandidate(t testing.TB, p demo.Identity) string {
	t.Helper()
	token := e.LoginCandidateWithoutConsent(t, p)
	e.GiveConsent(t, token)
	return token
}

// GiveConsent gives a candidate's two consents to the current privacy
// notice: to the notice and, separately, to sensitive personal information.
func (e *Env) GiveConsent(t testing.TB, token string) {
	t.Helper()
	var data struct {
		GiveConsent struct {
			UserErrors []struct{ Code, Message string }
		}
	}
	e.MustAs(t, token, `mutation($v: String!) { giveConsent(version: $v, general: true, sensitive: true) { userErrors { code message } } }`,
		map[string]any{"v": auth.CurrentNotice().Version}, &data)
	if len(data.GiveConsent.UserErrors) > 0 {
		t.Fatalf("give consent: %+v", data.GiveConsent.UserErrors)
	}
}

// LoginCandidateWithoutConsent is LoginCandidate without accepting the
// privacy notice: the candidate can look but not hand in personal data.
func (e *Env) LoginCandidateWithoutConsent(t testing.TB, p demo.Identity) string {
	t.Helper()
	ticket, qr := e.StartQR(t)
	e.Simulate(t, qr, "CONFIRM", p)
	var data struct {
		PollCandidateLogin struct {
			State      string
			Session    *struct{ Token string }
			UserErrors []struct{ Code, Message string }
		}
	}
	e.MustData(t, `mutation($t: String!) { pollCandidateLogin(ticket: $t) { state session { token } userErrors { code message } } }`,
		map[string]any{"t": ticket}, &data)
	if data.PollCandidateLogin.Session == nil {
		t.Fatalf("candidate login %s: %+v", p.Name, data.PollCandidateLogin)
	}
	return data.PollCandidateLogin.Session.Token
}

// StartQR starts a QR login and returns its ticket and QR payload.
func (e *Env) StartQR(t testing.TB) (ticket, qrPayload string) {
	t.Helper()
	var data struct {
		StartCandidateLogin struct{ Ticket, QrPayload string }
	}
	e.MustData(t, `mutation { startCandidateLogin { ticket qrPayload } }`, nil, &data)
	return data.StartCandidateLogin.Ticket, data.StartCandidateLogin.QrPayload
}

// Simulate plays the identity app on a QR payload.
func (e *Env) Simulate(t testing.TB, qr, action string, p demo.Identity) {
	t.Helper()
	var data struct {
		SimulateIdentityApp struct {
			Done       bool
			UserErrors []struct{ Code, Message string }
		}
	}
	e.MustData(t, `mutation($in: SimulateIdentityAppInput!) { simulateIdentityApp(input: $in) { done userErrors { code message } } }`,
		map[string]any{"in": map[string]any{"qrPayload": qr, "action": action, "subject": p.Subject,
			"name": p.Name, "idType": p.IDType, "idNumber": p.IDNumber}}, &data)
	if !data.SimulateIdentityApp.Done {
		t.Fatalf("simulate %s: %+v", action, data.SimulateIdentityApp.UserErrors)
	}
}
