package graph_test

import (
	"slices"
	"strings"
	"testing"

	"github.com/ruankao/ruankao/ent/consentrecord"
	"github.com/ruankao/ruankao/internal/auth"
	"github.com/ruankao/ruankao/internal/demo"
	"github.com/ruankao/ruankao/internal/testenv"
)

const (
	giveConsentQ = `mutation($v: String!, $g: Boolean!, $s: Boolean!) { giveConsent(version: $v, general: $g, sensitive: $s) {
		me { pendingPrivacyNotice { version } } userErrors { field code message } } }`
	withdrawConsentQ = `mutation { withdrawConsent { me { pendingPrivacyNotice { version } } userErrors { code } } }`
)

type consentAnswer struct {
	Me *struct {
		PendingPrivacyNotice *struct{ Version string }
	}
	UserErrors []userError
}

func giveConsent(t *testing.T, env *testenv.Env, token, version string, general, sensitive bool) consentAnswer {
	t.Helper()
	var d struct{ GiveConsent consentAnswer }
	env.MustAs(t, token, giveConsentQ, map[string]any{"v": version, "g": general, "s": sensitive}, &d)
	return d.GiveConsent
}

func pendingNotice(t *testing.T, env *testenv.Env, token string) string {
	t.Helper()
	var d struct {
		Me struct{ PendingPrivacyNotice *struct{ Version string } }
	}
	env.MustAs(t, token, `{ me { pendingPrivacyNotice { version } } }`, nil, &d)
	if d.Me.PendingPrivacyNotice == nil {
		return ""
	}
	return d.Me.PendingPrivacyNotice.Version
}

// The notice names the sensitive personal information, its purposes, the
// retention and the candidate's rights.
func TestPrivacyNoticeNamesSensitiveData(t *testing.T) {
	env := testenv.Start(t, march)
	var d struct {
		PrivacyNotice struct {
			Version, Title, Body, SensitiveConsentText string
			SensitiveItems                             []struct{ Name, Purpose string }
		}
	}
	env.MustData(t, `{ privacyNotice { version title body sensitiveConsentText sensitiveItems { name purpose } } }`, nil, &d)
	n := d.PrivacyNotice
	if n.Version != auth.CurrentNotice().Version || n.Title != "个人信息保护告知书" {
		t.Errorf("notice: %s %s", n.Version, n.Title)
	}
	for _, want := range []string{"身份证件号码", "证件照片", "联系方式", "敏感个人信息", "保存期限", "您的权利", "撤回同意", "单独同意"} {
		if !strings.Contains(n.Body, want) {
			t.Errorf("the notice does not mention %s", want)
		}
	}
	var names []string
	for _, it := range n.SensitiveItems {
		names = append(names, it.Name)
		if it.Purpose == "" {
			t.Errorf("%s without a purpose", it.Name)
		}
	}
	joined := strings.Join(names, "、")
	if !strings.Contains(joined, "身份证件号码") || !strings.Contains(joined, "证件照片") || !strings.Contains(n.SensitiveConsentText, "单独同意") {
		t.Errorf("sensitive items %q, consent %q", joined, n.SensitiveConsentText)
	}
}

// Two consents, each for the current version: the notice, and separately
// sensitive personal information; a new version asks again; a withdrawal
// stops further personal data, and what was submitted goes on.
func TestConsentTwoFoldVersionedAndWithdrawn(t *testing.T) {
	env := testenv.Start(t, march)
	token := env.LoginCandidateWithoutConsent(t, demo.Identities[0])
	id := env.CandidateID(t, demo.Identities[0])
	zhang := &applicant{env: env, token: token, id: id, photo: env.SavedPhoto(t, id)}
	version := auth.CurrentNotice().Version
	if pendingNotice(t, env, token) != version {
		t.Fatal("the first login does not ask for the notice")
	}
	form := zhang.fullForm(t, "210000", "沈阳考区", "210000")
	both := []string{"PRIVACY_NOTICE_REQUIRED@", "SENSITIVE_CONSENT_REQUIRED@"}
	if got := codes(zhang.save(t, "", form).UserErrors); !slices.Equal(got, both) {
		t.Errorf("save without consent: %v", got)
	}

	// Nothing, or the sensitive consent alone, is refused.
	if got := codes(giveConsent(t, env, token, version, false, false).UserErrors); !slices.Equal(got, []string{"REQUIRED@general"}) {
		t.Errorf("no consent: %v", got)
	}
	if got := codes(giveConsent(t, env, token, version, false, true).UserErrors); !slices.Equal(got, []string{"REQUIRED@general"}) {
		t.Errorf("sensitive alone: %v", got)
	}
	if got := codes(giveConsent(t, env, token, "2026-11-01", true, true).UserErrors); !slices.Equal(got, []string{"NOTICE_OUTDATED@version"}) {
		t.Errorf("the old version: %v", got)
	}
	// The notice alone: still no personal data.
	a := giveConsent(t, env, token, version, true, false)
	if len(a.UserErrors) > 0 || a.Me.PendingPrivacyNotice == nil {
		t.Fatalf("general consent: %+v", a)
	}
	if got := codes(zhang.save(t, "", form).UserErrors); !slices.Equal(got, []string{"SENSITIVE_CONSENT_REQUIRED@"}) {
		t.Errorf("save with the general consent only: %v", got)
	}
	// Then the separate consent, in an act of its own.
	if a := giveConsent(t, env, token, version, false, true); len(a.UserErrors) > 0 || a.Me.PendingPrivacyNotice != nil {
		t.Fatalf("sensitive consent: %+v", a)
	}
	// A repeat answers the same and records nothing more.
	if a := giveConsent(t, env, token, version, true, true); len(a.UserErrors) > 0 || a.Me.PendingPrivacyNotice != nil {
		t.Fatalf("repeated consent: %+v", a)
	}
	recs := env.DB.Client.ConsentRecord.Query().Where(consentrecord.CandidateID(id)).
		Order(consentrecord.ByCreatedAt(), consentrecord.ByID()).AllX(testenv.System())
	if len(recs) != 2 || !recs[0].General || recs[0].Sensitive || recs[1].General || !recs[1].Sensitive {
		t.Fatalf("records: %+v", recs)
	}
	for _, r := range recs {
		if r.Action != consentrecord.ActionGIVE || r.NoticeVersion != version || r.ClientIP != "127.0.0.1" ||
			r.UserAgent == "" || !r.CreatedAt.Equal(march) {
			t.Errorf("record: %+v", r)
		}
	}
	draft := zhang.save(t, "", form)
	if len(draft.UserErrors) > 0 {
		t.Fatalf("save after both consents: %v", codes(draft.UserErrors))
	}
	appID := draft.Application.ID
	if p := zhang.submit(t, appID, true, ""); len(p.UserErrors) > 0 || p.Application.Status != "PENDING_REVIEW" {
		t.Fatalf("submit: %+v", p)
	}

	// The candidate reads their history, addresses masked.
	var h struct {
		Me struct {
			Candidate struct {
				ConsentHistory []struct {
					Action, ActionLabel, NoticeVersion, At, ClientIp string
					General, Sensitive                               bool
				}
			}
		}
	}
	env.MustAs(t, token, `{ me { candidate { consentHistory { action actionLabel noticeVersion general sensitive at clientIp } } } }`, nil, &h)
	hist := h.Me.Candidate.ConsentHistory
	if len(hist) != 2 || hist[0].ActionLabel != "同意" || hist[0].ClientIp != "127.0.*.*" || hist[0].At != "2026-03-02T10:00:00+08:00" {
		t.Errorf("history: %+v", hist)
	}

	// A new version of the notice asks again: consents to the old one do not count.
	next := *auth.CurrentNotice()
	next.Version = "2099-01-01"
	restore := auth.UseNotice(&next)
	defer restore()
	if pendingNotice(t, env, token) != "2099-01-01" {
		t.Error("the new version is not asked for")
	}
	if got := codes(zhang.save(t, appID, form).UserErrors); !slices.Equal(got, both) {
		t.Errorf("save under the new version: %v", got)
	}
	if got := codes(giveConsent(t, env, token, version, true, true).UserErrors); !slices.Equal(got, []string{"NOTICE_OUTDATED@version"}) {
		t.Errorf("consent to the replaced version: %v", got)
	}
	if a := giveConsent(t, env, token, "2099-01-01", true, true); len(a.UserErrors) > 0 || a.Me.PendingPrivacyNotice != nil {
		t.Fatalf("consent to the new version: %+v", a)
	}

	// Withdrawal: no further personal data; a repeat changes nothing.
	var w struct{ WithdrawConsent consentAnswer }
	env.MustAs(t, token, withdrawConsentQ, nil, &w)
	if len(w.WithdrawConsent.UserErrors) > 0 || w.WithdrawConsent.Me.PendingPrivacyNotice == nil {
		t.Fatalf("withdraw: %+v", w)
	}
	env.MustAs(t, token, withdrawConsentQ, nil, &w)
	photo := env.Upload(t, token, savePhotoQ, nil, "f", "me.jpg", portrait(413, 579))
	if got := userErrorCodes(t, photo, "savePhoto"); !slices.Equal(got, []string{"PRIVACY_NOTICE_REQUIRED", "SENSITIVE_CONSENT_REQUIRED"}) {
		t.Errorf("savePhoto after withdrawal: %v", got)
	}
	last := env.DB.Client.ConsentRecord.Query().Where(consentrecord.CandidateID(id)).
		Order(consentrecord.ByCreatedAt(), consentrecord.ByID()).AllX(testenv.System())
	if len(last) != 4 || last[3].Action != consentrecord.ActionWITHDRAW || last[3].NoticeVersion != "2099-01-01" ||
		!last[3].General || !last[3].Sensitive {
		t.Errorf("records after withdrawal: %+v", last)
	}
	// The submitted application goes on: the region's reviewer approves it
	// (辽宁 is free: registered); the candidate can still withdraw it.
	reviewer := env.LoginStaff(t, "liaoning-reviewer")
	var ap struct{ ApproveApplication payload }
	env.MustAs(t, reviewer, approveQ, map[string]any{"id": appID, "v": 2}, &ap)
	if len(ap.ApproveApplication.UserErrors) > 0 || ap.ApproveApplication.Application.Status != "REGISTERED" {
		t.Errorf("review after withdrawal: %+v", ap.ApproveApplication)
	}
	// Staff of the region read the candidate's consent history too.
	var sh struct {
		Node struct{ ConsentHistory []struct{ Action string } }
	}
	env.MustAs(t, reviewer, `query($id: ID!) { node(id: $id) { ... on Candidate { consentHistory { action } } } }`,
		map[string]any{"id": string(id)}, &sh)
	if len(sh.Node.ConsentHistory) != 4 || sh.Node.ConsentHistory[3].Action != "WITHDRAW" {
		t.Errorf("staff view of the history: %+v", sh)
	}
	other := env.LoginStaff(t, "dalian-reviewer")
	if res := env.PostAs(t, other, `query($id: ID!) { node(id: $id) { ... on Candidate { consentHistory { action } } } }`,
		map[string]any{"id": string(id)}); res.Code() != "NOT_FOUND" {
		t.Errorf("another region's reviewer: %+v", res.Errors)
	}
}
