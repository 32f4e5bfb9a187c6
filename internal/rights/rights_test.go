package rights_test

import (
	"encoding/json"
	"net/http"
	"strings"
	"testing"
	"time"

	"github.com/ruankao/ruankao/ent/auditlog"
	"github.com/ruankao/ruankao/ent/candidate"
	"github.com/ruankao/ruankao/ent/schema/pulid"
	"github.com/ruankao/ruankao/internal/auth"
	"github.com/ruankao/ruankao/internal/clock"
	"github.com/ruankao/ruankao/internal/demo"
	"github.com/ruankao/ruankao/internal/enum"
	"github.com/ruankao/ruankao/internal/retention"
	"github.com/ruankao/ruankao/internal/testenv"
)

var start = time.Date(2026, 12, 2, 10, 0, 0, 0, clock.Shanghai)

type who struct {
	token string
	id    pulid.ID
	app   pulid.ID
	p     demo.Identity
}

// setup: 张伟 (辽宁) registered for the open session, 李娜 (大连) with a
// withdrawn application; each region's admin has read their region's one.
func setup(t *testing.T) (*testenv.Env, *who, *who) {
	t.Helper()
	e := testenv.Start(t, start)
	zw := &who{p: demo.Identities[0]}
	zw.token = e.LoginCandidate(t, zw.p)
	zw.id = e.CandidateID(t, zw.p)
	zw.app = e.RegisteredFor(t, zw.id, e.SavedPhoto(t, zw.id), demo.SessionOpen, "210000", "沈阳考区", "ZJ02")
	ln := &who{p: demo.Identities[1]}
	ln.token = e.LoginCandidate(t, ln.p)
	ln.id = e.CandidateID(t, ln.p)
	ln.app = e.Draft(t, ln.id, "210200").Update().SetStatus(enum.StatusWithdrawn).SetEmail("lina@example.com").
		SaveX(testenv.System()).ID
	e.Material(t, ln.id, ln.app, enum.MaterialResidencePermit)
	for admin, app := range map[string]pulid.ID{"liaoning-admin": zw.app, "dalian-admin": ln.app} {
		res := e.PostAs(t, e.LoginStaff(t, admin), `query($id: ID!) { node(id: $id) { id } }`, map[string]any{"id": app})
		if len(res.Errors) > 0 {
			t.Fatalf("%s reads %s: %+v", admin, app, res.Errors)
		}
	}
	return e, zw, ln
}

const exportQ = `{ myDataExport { downloadUrl expiresAt fileName } }`

func exportURL(t *testing.T, e *testenv.Env, token string) string {
	t.Helper()
	var data struct {
		MyDataExport struct{ DownloadURL, FileName string }
	}
	e.MustAs(t, token, exportQ, nil, &data)
	if !strings.HasSuffix(data.MyDataExport.FileName, ".json") {
		t.Fatalf("file name %q", data.MyDataExport.FileName)
	}
	return data.MyDataExport.DownloadURL
}

func get(t *testing.T, e *testenv.Env, path, token string) (*http.Response, []byte) {
	t.Helper()
	req, _ := http.NewRequest(http.MethodGet, e.Server.URL+path, nil)
	if token != "" {
		req.Header.Set("Authorization", "Bearer "+token)
	}
	return e.Raw(t, req)
}

func TestExportContainsMyDataAndNobodyElses(t *testing.T) {
	e, zw, ln := setup(t)
	url := exportURL(t, e, zw.token)

	// The signed URL alone, as a browser would open it.
	res, body := get(t, e, url, "")
	if res.StatusCode != http.StatusOK || !strings.HasPrefix(res.Header.Get("Content-Type"), "application/json") ||
		!strings.HasPrefix(res.Header.Get("Content-Disposition"), "attachment") || res.Header.Get("X-Content-Type-Options") != "nosniff" {
		t.Fatalf("GET export: %d %v %s", res.StatusCode, res.Header, body)
	}
	var doc struct {
		Format    string
		Candidate struct{ ID, Name, IDNumber string }
		Apps      []struct {
			ID, Status, Name string
			History          []any
		} `json:"applications"`
		Files      []struct{ ID, Kind string }
		AuditTrail []struct{ Action, RecordID, By string } `json:"auditTrail"`
		Requests   []struct{ Kind, Status string }         `json:"dataRequests"`
		Consents   []struct {
			Action, NoticeVersion string
			General, Sensitive    bool
		} `json:"consentRecords"`
	}
	if testing.Verbose() {
		t.Logf("%s", body)
	}
	if err := json.Unmarshal(body, &doc); err != nil {
		t.Fatalf("not JSON: %v\n%s", err, body)
	}
	if doc.Format == "" || doc.Candidate.ID != string(zw.id) || doc.Candidate.Name != zw.p.Name || doc.Candidate.IDNumber != zw.p.IDNumber {
		t.Fatalf("profile: %+v", doc.Candidate)
	}
	if len(doc.Apps) != 1 || doc.Apps[0].ID != string(zw.app) || doc.Apps[0].Status != "REGISTERED" || len(doc.Files) != 1 {
		t.Fatalf("applications %+v files %+v", doc.Apps, doc.Files)
	}
	read := false
	for _, a := range doc.AuditTrail {
		read = read || (a.Action == "Application.read" && a.RecordID == string(zw.app) && a.By == "考试机构工作人员")
	}
	mine := false
	for _, a := range doc.AuditTrail {
		mine = mine || (a.Action == "privacy.export" && a.By == "考生本人")
	}
	if !read || !mine || len(doc.Requests) != 1 || doc.Requests[0].Kind != "EXPORT" || doc.Requests[0].Status != "DONE" {
		t.Fatalf("audit trail %+v requests %+v", doc.AuditTrail, doc.Requests)
	}
	// The consent given at login, once (李娜's is hers), with the separate
	// consent to sensitive data.
	if len(doc.Consents) != 1 || doc.Consents[0].Action != "GIVE" || doc.Consents[0].NoticeVersion != auth.CurrentNotice().Version ||
		!doc.Consents[0].General || !doc.Consents[0].Sensitive {
		t.Fatalf("consent records %+v", doc.Consents)
	}
	// Nobody else's data: not 李娜's name, ID number (in full or masked),
	// candidate, application or material ids, not a staff member's id.
	lnCand := e.DB.Client.Candidate.Query().Where(candidate.ID(ln.id)).OnlyX(testenv.System())
	for _, other := range []string{ln.p.Name, ln.p.IDNumber, lnCand.IDNumberMasked, string(ln.id), string(ln.app), "lina@example.com"} {
		if strings.Contains(string(body), other) {
			t.Fatalf("my export contains %q", other)
		}
	}
	for _, s := range e.DB.Client.StaffUser.Query().AllX(testenv.System()) {
		if strings.Contains(string(body), string(s.ID)) || strings.Contains(string(body), s.Username) {
			t.Fatalf("my export names staff member %s", s.Username)
		}
	}

	// The download is recorded as an EXPORT request and audited under the candidate's region.
	entries := e.DB.Client.AuditLog.Query().Where(auditlog.Action("privacy.export")).AllX(testenv.System())
	if len(entries) != 1 || entries[0].RegionID == nil {
		t.Fatalf("audit of the export: %+v", entries)
	}

	// With my own token and no signature it works too; with another's token, not.
	if res, _ := get(t, e, "/privacy/export/"+string(zw.id), zw.token); res.StatusCode != http.StatusOK {
		t.Fatalf("own token: %d", res.StatusCode)
	}
	for name, try := range map[string]struct{ path, token string }{
		"my signed URL with 李娜's token": {url, ln.token},
		"李娜's id with my token":         {"/privacy/export/" + string(ln.id), zw.token},
		"李娜's id with no token":         {"/privacy/export/" + string(ln.id), ""},
		"my signed URL with an admin's": {url, e.LoginStaff(t, "admin")},
		"my id with a national admin's": {"/privacy/export/" + string(zw.id), e.LoginStaff(t, "admin")},
		"a forged signature":            {strings.Replace(url, "sig=", "sig=0", 1), ""},
	} {
		if res, body := get(t, e, try.path, try.token); res.StatusCode != http.StatusNotFound {
			t.Errorf("%s: %d %s", name, res.StatusCode, body)
		}
	}

	// Only candidates export.
	if code := e.Post(t, exportQ, nil).Code(); code != "UNAUTHENTICATED" {
		t.Fatalf("anonymous: %s", code)
	}
	if code := e.PostAs(t, e.LoginStaff(t, "liaoning-admin"), exportQ, nil).Code(); code != "FORBIDDEN" {
		t.Fatalf("staff: %s", code)
	}
}

const requestQ = `mutation($r: String) { requestDataDeletion(reason: $r) { request { id kind status statusLabel reason }
	userErrors { field code message } } }`

const answerQ = `mutation($id: ID!, $a: Boolean!, $r: String) { answerDataRequest(id: $id, approve: $a, reason: $r) {
	request { id status statusLabel decisionReason retentionReasons decidedByName region { code } }
	userErrors { field code message } } }`

type requestView struct {
	ID, Kind, Status, StatusLabel, Reason, DecisionReason string
	RetentionReasons                                      []string
	DecidedByName                                         *string
	Region                                                *struct{ Code string }
}

type payload struct {
	Request    *requestView
	UserErrors []struct {
		Field         []string
		Code, Message string
	}
}

func request(t *testing.T, e *testenv.Env, token, reason string) payload {
	t.Helper()
	var data struct{ RequestDataDeletion payload }
	e.MustAs(t, token, requestQ, map[string]any{"r": reason}, &data)
	return data.RequestDataDeletion
}

func answer(t *testing.T, e *testenv.Env, token string, id string, approve bool, reason any) (payload, string) {
	t.Helper()
	res := e.PostAs(t, token, answerQ, map[string]any{"id": id, "a": approve, "r": reason})
	if res.Code() != "" {
		return payload{}, res.Code()
	}
	var data struct{ AnswerDataRequest payload }
	if err := json.Unmarshal(res.Data, &data); err != nil {
		t.Fatal(err)
	}
	return data.AnswerDataRequest, ""
}

func TestDeletionRequests(t *testing.T) {
	e, zw, ln := setup(t)
	liaoning, dalian, national := e.LoginStaff(t, "liaoning-admin"), e.LoginStaff(t, "dalian-admin"), e.LoginStaff(t, "admin")
	reviewer := e.LoginStaff(t, "dalian-reviewer")

	if code := e.Post(t, requestQ, map[string]any{"r": "x"}).Code(); code != "UNAUTHENTICATED" {
		t.Fatalf("anonymous request: %s", code)
	}
	if code := e.PostAs(t, dalian, requestQ, nil).Code(); code != "FORBIDDEN" {
		t.Fatalf("staff request: %s", code)
	}
	if p := request(t, e, ln.token, strings.Repeat("长", 501)); p.Request != nil || len(p.UserErrors) != 1 || p.UserErrors[0].Code != "INVALID_FORMAT" {
		t.Fatalf("a long reason: %+v", p)
	}
	lnReq := request(t, e, ln.token, "不再报考").Request
	if lnReq == nil || lnReq.Kind != "DELETION" || lnReq.Status != "PENDING" || lnReq.StatusLabel != "待处理" {
		t.Fatalf("李娜's request %+v", lnReq)
	}
	if again := request(t, e, ln.token, "再说一次").Request; again.ID != lnReq.ID {
		t.Fatalf("a retry made another request: %s", again.ID)
	}
	zwReq := request(t, e, zw.token, "").Request

	// Who sees what.
	list := func(token string, vars map[string]any) (int, string) {
		res := e.PostAs(t, token, `query($f: DataRequestsFilter) { dataRequests(filter: $f) { totalCount edges { node { id candidate { name } } } } }`, vars)
		if res.Code() != "" {
			return 0, res.Code()
		}
		var data struct{ DataRequests struct{ TotalCount int } }
		_ = json.Unmarshal(res.Data, &data)
		return data.DataRequests.TotalCount, ""
	}
	for name, tc := range map[string]struct {
		token string
		vars  map[string]any
		n     int
		code  string
	}{
		"辽宁 admin":                {liaoning, nil, 1, ""},
		"大连 admin":                {dalian, nil, 1, ""},
		"national admin":          {national, nil, 2, ""},
		"national admin, 大连":      {national, map[string]any{"f": map[string]any{"regionCode": "210200"}}, 1, ""},
		"national admin, pending": {national, map[string]any{"f": map[string]any{"status": "PENDING", "kind": "DELETION"}}, 2, ""},
		"辽宁 admin asking for 大连":  {liaoning, map[string]any{"f": map[string]any{"regionCode": "210200"}}, 0, "NOT_FOUND"},
		"a reviewer":              {reviewer, nil, 0, "FORBIDDEN"},
		"a candidate":             {zw.token, nil, 0, "FORBIDDEN"},
		"anonymous":               {"", nil, 0, "UNAUTHENTICATED"},
	} {
		if n, code := list(tc.token, tc.vars); n != tc.n || code != tc.code {
			t.Errorf("%s: %d %s, want %d %s", name, n, code, tc.n, tc.code)
		}
	}
	nodeQ := `query($id: ID!) { node(id: $id) { ... on DataRequest { id status } } }`
	for name, token := range map[string]string{"辽宁 admin": liaoning, "张伟": zw.token, "a reviewer": reviewer, "anonymous": ""} {
		if code := e.PostAs(t, token, nodeQ, map[string]any{"id": lnReq.ID}).Code(); code != "NOT_FOUND" {
			t.Errorf("%s reads 李娜's request: %s", name, code)
		}
	}
	var mine struct{ MyDataRequests []requestView }
	e.MustAs(t, zw.token, `{ myDataRequests { id kind status } }`, nil, &mine)
	if len(mine.MyDataRequests) != 1 || mine.MyDataRequests[0].ID != zwReq.ID {
		t.Fatalf("张伟's requests %+v", mine.MyDataRequests)
	}

	// Answering: another region's is NOT_FOUND; reviewers and candidates may not.
	if _, code := answer(t, e, liaoning, lnReq.ID, true, nil); code != "NOT_FOUND" {
		t.Fatalf("辽宁 admin answers 大连's: %s", code)
	}
	if _, code := answer(t, e, reviewer, lnReq.ID, true, nil); code != "FORBIDDEN" {
		t.Fatalf("a reviewer answers: %s", code)
	}
	if _, code := answer(t, e, ln.token, lnReq.ID, true, nil); code != "FORBIDDEN" {
		t.Fatalf("the candidate answers: %s", code)
	}
	if p, _ := answer(t, e, dalian, lnReq.ID, false, nil); p.Request != nil || len(p.UserErrors) != 1 || p.UserErrors[0].Code != "REQUIRED" {
		t.Fatalf("a refusal without a reason: %+v", p)
	}

	// 张伟 is registered for a session not over: approving refuses by law, with the reason he reads.
	p, code := answer(t, e, liaoning, zwReq.ID, true, nil)
	if code != "" || p.Request.Status != "REFUSED" || len(p.Request.RetentionReasons) != 1 ||
		p.Request.RetentionReasons[0] != retention.ExamNotOver || p.Request.DecisionReason == "" {
		t.Fatalf("approving 张伟's: %s %+v", code, p.Request)
	}
	e.MustAs(t, zw.token, `{ myDataRequests { id status decisionReason retentionReasons decidedByName } }`, nil, &mine)
	if r := mine.MyDataRequests[0]; r.Status != "REFUSED" || !strings.Contains(r.DecisionReason, "考试尚未结束") || r.DecidedByName != nil {
		t.Fatalf("张伟 sees %+v", r)
	}
	if n := e.DB.Client.Candidate.GetX(testenv.System(), zw.id); n.Name != zw.p.Name {
		t.Fatal("a refused deletion anonymised")
	}

	// 李娜 has nothing the law keeps: 大连's admin approves, she is anonymised at once and logged out.
	p, code = answer(t, e, dalian, lnReq.ID, true, "已核实")
	if code != "" || p.Request.Status != "DONE" || p.Request.DecidedByName == nil || p.Request.Region.Code != "210200" {
		t.Fatalf("approving 李娜's: %s %+v", code, p)
	}
	if again, _ := answer(t, e, dalian, lnReq.ID, true, "已核实"); again.Request == nil || again.Request.Status != "DONE" {
		t.Fatalf("approving again: %+v", again)
	}
	if again, _ := answer(t, e, dalian, lnReq.ID, false, "改主意"); len(again.UserErrors) != 1 || again.UserErrors[0].Code != "WRONG_STATE" {
		t.Fatalf("refusing a done request: %+v", again)
	}
	c := e.DB.Client.Candidate.GetX(testenv.System(), ln.id)
	if c.Name != retention.Tombstone || c.AnonymizedAt == nil || c.Subject == ln.p.Subject {
		t.Fatalf("李娜 not anonymised: %+v", c)
	}
	if code := e.PostAs(t, ln.token, `{ myDataRequests { id } }`, nil).Code(); code != "UNAUTHENTICATED" {
		t.Fatalf("李娜's session outlived her deletion: %s", code)
	}
	// Her next login is a new account (her ID number no longer ties her to the old one).
	e.LoginCandidate(t, ln.p)
	if n := e.DB.Client.Candidate.Query().Where(candidate.Name(ln.p.Name)).CountX(testenv.System()); n != 1 {
		t.Fatalf("%d candidates named 李娜 after a new login", n)
	}

	// Every step is in the audit log, under the request's region.
	for _, action := range []string{"privacy.deletion.request", "privacy.deletion.approve", "privacy.deletion.done"} {
		got := e.DB.Client.AuditLog.Query().Where(auditlog.Action(action), auditlog.RecordID(lnReq.ID)).AllX(testenv.System())
		if len(got) != 1 || got[0].RegionID == nil || strings.Contains(got[0].String(), ln.p.Name) {
			t.Errorf("audit %s: %+v", action, got)
		}
	}
	if n := e.DB.Client.AuditLog.Query().Where(auditlog.Action("privacy.deletion.retained"), auditlog.RecordID(zwReq.ID)).CountX(testenv.System()); n != 1 {
		t.Errorf("the refusal by law is not audited")
	}
}
