package graph_test

import (
	"context"
	"strings"
	"testing"
	"time"

	"github.com/ruankao/ruankao/internal/demo"
	"github.com/ruankao/ruankao/internal/enum"
	"github.com/ruankao/ruankao/internal/server"
	"github.com/ruankao/ruankao/internal/testenv"
	"github.com/ruankao/ruankao/internal/viewer"
)

var zhang = demo.Identities[0]

const pollQ = `mutation($t: String!) { pollCandidateLogin(ticket: $t) {
	state stateLabel firstLogin session { token me { kind candidate { id name idNumber idNumberMasked idType gender birthDate } pendingPrivacyNotice { version } } }
	userErrors { code field message } } }`

type polled struct {
	PollCandidateLogin struct {
		State      string
		StateLabel string
		FirstLogin bool
		Session    *struct {
			Token string
			Me    struct {
				Kind      string
				Candidate struct {
					ID, Name, IDNumber, IDNumberMasked, IDType string
					Gender, BirthDate                          *string
				}
				PendingPrivacyNotice *struct{ Version string }
			}
		}
		UserErrors []struct {
			Code    string
			Field   []string
			Message string
		}
	}
}

func poll(t *testing.T, env *testenv.Env, ticket string) polled {
	t.Helper()
	var p polled
	env.MustData(t, pollQ, map[string]any{"t": ticket}, &p)
	return p
}

func TestQRLoginConfirmedCreatesCandidateOnce(t *testing.T) {
	env := testenv.Start(t, march)
	ticket, qr := env.StartQR(t)
	if p := poll(t, env, ticket); p.PollCandidateLogin.State != "PENDING" || p.PollCandidateLogin.Session != nil {
		t.Fatalf("before scanning: %+v", p)
	}
	env.Simulate(t, qr, "CONFIRM", zhang)
	p := poll(t, env, ticket).PollCandidateLogin
	if p.State != "CONFIRMED" || p.Session == nil || !p.FirstLogin || p.StateLabel != "登录成功" {
		t.Fatalf("confirmed: %+v", p)
	}
	me := p.Session.Me
	c := me.Candidate
	// The login answer is the owner's: the number in full, as me shows it with the session.
	if me.Kind != "CANDIDATE" || c.Name != "张伟" || c.IDNumber != zhang.IDNumber || c.IDNumberMasked != "2101**********1233" {
		t.Errorf("me = %+v", me)
	}
	if got := ownIDNumber(t, env, p.Session.Token); got != zhang.IDNumber {
		t.Errorf("owner sees %q", got)
	}
	if c.Gender == nil || *c.Gender != "MALE" || c.BirthDate == nil || *c.BirthDate != "1990-03-07" {
		t.Errorf("derived fields: %+v", c)
	}
	if me.PendingPrivacyNotice == nil {
		t.Error("first login must ask for the privacy notice")
	}

	// The ticket is exchanged once.
	replay := poll(t, env, ticket).PollCandidateLogin
	if replay.Session != nil || len(replay.UserErrors) != 1 || replay.UserErrors[0].Code != "ALREADY_USED" {
		t.Fatalf("replayed ticket: %+v", replay)
	}

	// Consenting to the notice records its version.
	var acc struct {
		GiveConsent struct {
			Me struct{ PendingPrivacyNotice *struct{ Version string } }
		}
	}
	var notice struct{ PrivacyNotice struct{ Version string } }
	env.MustData(t, `{ privacyNotice { version } }`, nil, &notice)
	res := env.PostAs(t, p.Session.Token, `mutation($v: String!) { giveConsent(version: $v, general: true, sensitive: true) { userErrors { code } } }`,
		map[string]any{"v": "1999-01-01"})
	if !strings.Contains(string(res.Data), "NOTICE_OUTDATED") {
		t.Errorf("an old version was accepted: %s", res.Data)
	}
	env.MustAs(t, p.Session.Token, `mutation($v: String!) { giveConsent(version: $v, general: true, sensitive: true) { me { pendingPrivacyNotice { version } } } }`,
		map[string]any{"v": notice.PrivacyNotice.Version}, &acc)
	if acc.GiveConsent.Me.PendingPrivacyNotice != nil {
		t.Error("notice still pending after consent")
	}

	// A second login of the same person is the same candidate, read-only identity.
	changed := zhang
	changed.Name = "张三"
	ticket2, qr2 := env.StartQR(t)
	env.Simulate(t, qr2, "CONFIRM", changed)
	second := poll(t, env, ticket2).PollCandidateLogin
	if second.Session == nil || second.FirstLogin || second.Session.Me.Candidate.ID != c.ID ||
		second.Session.Me.Candidate.Name != "张伟" {
		t.Fatalf("second login: %+v", second)
	}
	if n := env.DB.Client.Candidate.Query().CountX(viewer.SystemContext(context.Background())); n != 1 {
		t.Errorf("%d candidates after two logins", n)
	}
}

func TestQRLoginEndings(t *testing.T) {
	env := testenv.Start(t, march)
	for action, want := range map[string]string{"REFUSE": "REFUSED", "REFUSE_CONSENT": "CONSENT_REFUSED", "EXPIRE": "EXPIRED"} {
		ticket, qr := env.StartQR(t)
		env.Simulate(t, qr, action, zhang)
		p := poll(t, env, ticket).PollCandidateLogin
		if p.State != want || p.Session != nil {
			t.Errorf("%s: %+v", action, p)
		}
		// The ending is final.
		if again := poll(t, env, ticket).PollCandidateLogin; again.State != want {
			t.Errorf("%s polled again: %s", action, again.State)
		}
	}
	// Not scanned in time.
	ticket, qr := env.StartQR(t)
	env.Clock.Advance(3*time.Minute + time.Second)
	if p := poll(t, env, ticket).PollCandidateLogin; p.State != "EXPIRED" {
		t.Errorf("timed out: %+v", p)
	}
	res := env.Post(t, `mutation($in: SimulateIdentityAppInput!) { simulateIdentityApp(input: $in) { done userErrors { code } } }`,
		map[string]any{"in": map[string]any{"qrPayload": qr, "action": "CONFIRM", "subject": "x", "name": "x", "idType": "RESIDENT_ID", "idNumber": zhang.IDNumber}})
	if !strings.Contains(string(res.Data), `"done":false`) {
		t.Errorf("confirming an expired QR: %s", res.Data)
	}
	// An unknown ticket.
	bad := env.Post(t, pollQ, map[string]any{"t": "nope"})
	if bad.Code() != "NOT_FOUND" {
		t.Errorf("unknown ticket: %+v", bad.Errors)
	}
}

func TestProviderAnswersAreChecked(t *testing.T) {
	env := testenv.Start(t, march)
	cases := []struct {
		name     string
		idType   enum.IDType
		number   string
		wantCode string // "" means accepted
		stored   string
	}{
		{"居民身份证", enum.IDResident, "11010519491231002X", "", "11010519491231002X"},
		{"lower-case x", enum.IDResident, "32010219880101041x", "", "32010219880101041X"},
		{"same number, other subject", enum.IDResident, "11010519491231002X", "ID_IN_USE", ""},
		{"check digit", enum.IDResident, "110105194912310021", "INVALID_CHECK_DIGIT", ""},
		{"birth date", enum.IDResident, "110105199902300011", "INVALID_BIRTH_DATE", ""},
		{"province prefix", enum.IDResident, "100105194912310026", "INVALID_REGION", ""},
		{"too short", enum.IDResident, "1101051949123", "INVALID_FORMAT", ""},
		{"港澳居民居住证", enum.IDHKMacaoResidence, "81000019970101001X", "", "81000019970101001X"},
		{"港澳 prefix", enum.IDHKMacaoResidence, "210102199003071233", "INVALID_REGION", ""},
		{"台湾居民居住证", enum.IDTaiwanResidence, withCheck("83000019900101002"), "", withCheck("83000019900101002")},
		{"外国人永久居留身份证 2023", enum.IDForeignPermanent, withCheck("93184019900101001"), "", withCheck("93184019900101001")},
		{"外国人永久居留身份证 2023 bad check", enum.IDForeignPermanent, flipCheck(withCheck("93184019900101001")), "INVALID_CHECK_DIGIT", ""},
		{"外国人永久居留身份证 old", enum.IDForeignPermanent, "USA110090010112", "", "USA110090010112"},
		{"回乡证", enum.IDHKMacaoPass, "H12345678", "", "H12345678"},
		{"回乡证 bad", enum.IDHKMacaoPass, "X12345678", "INVALID_FORMAT", ""},
		{"台胞证", enum.IDTaiwanPass, "12345678", "", "12345678"},
		{"护照", enum.IDPassport, "EA1234567", "", "EA1234567"},
		{"护照 bad", enum.IDPassport, "E1234", "INVALID_FORMAT", ""},
	}
	for i, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			person := demo.Identity{Subject: "subject-" + string(rune('a'+i)), Name: "测试" + tc.name, IDType: tc.idType, IDNumber: tc.number}
			ticket, qr := env.StartQR(t)
			env.Simulate(t, qr, "CONFIRM", person)
			p := poll(t, env, ticket).PollCandidateLogin
			if tc.wantCode == "" {
				if p.Session == nil {
					t.Fatalf("valid number refused: %+v", p)
				}
				if got := ownIDNumber(t, env, p.Session.Token); got != tc.stored {
					t.Fatalf("stored %q, want %q", got, tc.stored)
				}
				return
			}
			if p.State != "REFUSED" || p.Session != nil || len(p.UserErrors) == 0 ||
				p.UserErrors[0].Code != tc.wantCode || strings.Join(p.UserErrors[0].Field, ".") != "idNumber" {
				t.Fatalf("want %s: %+v", tc.wantCode, p)
			}
			if strings.Contains(p.UserErrors[0].Message, tc.number) {
				t.Error("the message repeats the ID number")
			}
		})
	}
}

func ownIDNumber(t *testing.T, env *testenv.Env, token string) string {
	t.Helper()
	var me struct {
		Me struct{ Candidate struct{ IDNumber string } }
	}
	env.MustAs(t, token, `{ me { candidate { idNumber } } }`, nil, &me)
	return me.Me.Candidate.IDNumber
}

func withCheck(body string) string {
	w := []int{7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2}
	sum := 0
	for i, c := range body {
		sum += int(c-'0') * w[i]
	}
	return body + string("10X98765432"[sum%11])
}

func flipCheck(n string) string {
	last := n[len(n)-1]
	if last == '0' {
		return n[:len(n)-1] + "1"
	}
	return n[:len(n)-1] + "0"
}

func TestIDNumberNotStoredInClear(t *testing.T) {
	env := testenv.Start(t, march)
	env.LoginCandidate(t, zhang)
	rows, err := env.DB.SQL.Query(`SELECT * FROM candidates`)
	if err != nil {
		t.Fatal(err)
	}
	defer rows.Close()
	cols, _ := rows.Columns()
	n := 0
	for rows.Next() {
		n++
		vals := make([]any, len(cols))
		ptrs := make([]any, len(cols))
		for i := range vals {
			ptrs[i] = &vals[i]
		}
		if err := rows.Scan(ptrs...); err != nil {
			t.Fatal(err)
		}
		for i, v := range vals {
			var s string
			switch x := v.(type) {
			case []byte:
				s = string(x)
			case string:
				s = x
			}
			if strings.Contains(s, zhang.IDNumber) || strings.Contains(s, zhang.IDNumber[6:14]+zhang.IDNumber[14:]) {
				t.Errorf("column %s holds the ID number in clear", cols[i])
			}
		}
	}
	if n != 1 {
		t.Fatalf("%d candidate rows", n)
	}
}

func TestSimulatorOffOutsideDemo(t *testing.T) {
	env := testenv.StartWith(t, march, func(o *server.Options) { o.Simulator, o.Logins = nil, nil })
	res := env.Post(t, `mutation { startCandidateLogin { ticket } }`, nil)
	if res.Code() != "FORBIDDEN" {
		t.Errorf("login without a provider: %+v", res.Errors)
	}
	res = env.Post(t, `mutation { simulateIdentityApp(input: {qrPayload: "x", action: REFUSE}) { done } }`, nil)
	if res.Code() != "FORBIDDEN" {
		t.Errorf("simulator in production: %+v", res.Errors)
	}
}
