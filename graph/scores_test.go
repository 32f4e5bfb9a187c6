package graph_test

import (
	"bytes"
	"fmt"
	"net/http"
	"regexp"
	"strings"
	"testing"
	"time"

	"golang.org/x/text/encoding/simplifiedchinese"

	"github.com/ruankao/ruankao/ent/admissionticket"
	"github.com/ruankao/ruankao/ent/auditlog"
	"github.com/ruankao/ruankao/ent/examsession"
	"github.com/ruankao/ruankao/ent/schema/pulid"
	"github.com/ruankao/ruankao/ent/score"
	"github.com/ruankao/ruankao/ent/scorechange"
	"github.com/ruankao/ruankao/ent/scorestage"
	"github.com/ruankao/ruankao/internal/demo"
	"github.com/ruankao/ruankao/internal/testenv"
)

// scored is DEMO-PRINT after its exam: two 辽宁 candidates with tickets
// from a published seat plan (ZJ02: 基础知识 and 应用技术, 45 of 75 to pass),
// scores released on the fourth day after the exam.
type scored struct {
	env        *testenv.Env
	admin      string // national admin
	a, b       *applicant
	pa, pb     demoID
	appA, appB pulid.ID
	tA, tB     string // 准考证号
	release    time.Time
}

type demoID = struct{ Name, IDNumber string }

func newScored(t *testing.T) *scored {
	t.Helper()
	env := testenv.Start(t, march)
	env.Registered(t, 10, demo.SessionPrint, "210000", "沈阳考区", "ZJ02")
	p := people(2)
	p[0].Name = "王喆"
	s := &scored{env: env, a: newApplicant(t, env, p[0]), b: newApplicant(t, env, p[1])}
	s.pa, s.pb = demoID{p[0].Name, p[0].IDNumber}, demoID{p[1].Name, p[1].IDNumber}
	s.appA = env.RegisteredFor(t, s.a.id, s.a.photo, demo.SessionPrint, "210000", "沈阳考区", "ZJ02")
	s.appB = env.RegisteredFor(t, s.b.id, s.b.photo, demo.SessionPrint, "210000", "沈阳考区", "ZJ02")
	la := env.LoginStaff(t, "liaoning-admin")
	r, _ := runPlan(t, env, la, demo.SessionPrint, nil)
	run := finished(t, env, la, r.Run.ID)
	if pub, res := publishPlan(t, env, la, run.ID); pub.Run == nil || pub.Run.Status != "PUBLISHED" {
		t.Fatalf("publish: %+v %+v", pub, res.Errors)
	}
	ctx := testenv.System()
	c := env.DB.Client
	s.tA = c.AdmissionTicket.Query().Where(admissionticket.ApplicationID(s.appA)).OnlyX(ctx).TicketNumber
	s.tB = c.AdmissionTicket.Query().Where(admissionticket.ApplicationID(s.appB)).OnlyX(ctx).TicketNumber
	sess := c.ExamSession.Query().Where(examsession.Code(demo.SessionPrint)).OnlyX(ctx)
	after := sess.LastExamDay.AddDays(1)
	env.Clock.Set(after.Start(march.Location()).Add(10 * time.Hour))
	s.release = env.Clock.Now().Add(72 * time.Hour)
	c.ExamSession.UpdateOne(sess).SetScoreReleaseAt(s.release).ExecX(ctx)
	s.admin = env.LoginStaff(t, "admin")
	s.a.token = env.LoginCandidate(t, p[0])
	s.b.token = env.LoginCandidate(t, p[1])
	return s
}

type importView struct {
	ID, Status, StatusLabel, Encoding, RunBy string
	Lines, ProblemCount                      int
	Added, Changed, Unchanged                int
	Problems                                 []struct {
		Line                  int
		Column, Code, Message string
	}
	Changes []struct {
		Line                      int
		TicketNumber              string
		Subject                   struct{ Name string }
		PointsBefore, PointsAfter *int
		AbsentBefore, AbsentAfter bool
	}
}

const importFields = `id status statusLabel encoding runBy lines problemCount added changed unchanged
	problems(first: 50) { line column code message }
	changes(first: 50) { line ticketNumber subject { name } pointsBefore pointsAfter absentBefore absentAfter }`

// importScores uploads a file and waits for the job through the API.
func (s *scored) importScores(t *testing.T, token string, content []byte) (importView, *testenv.Response) {
	t.Helper()
	res := s.env.Upload(t, token, `mutation($s: String!, $f: Upload!) { importScores(sessionCode: $s, file: $f) {
		scoreImport { id status } userErrors { field code message } } }`, map[string]any{"s": demo.SessionPrint}, "f", "成绩.csv", content)
	var d struct {
		ImportScores struct {
			ScoreImport *struct{ ID, Status string }
			UserErrors  []userError
		}
	}
	_ = jsonUnmarshalRaw(res.Data, &d)
	if d.ImportScores.ScoreImport == nil {
		return importView{}, res
	}
	return s.waitImport(t, d.ImportScores.ScoreImport.ID), res
}

func (s *scored) waitImport(t *testing.T, id string) importView {
	t.Helper()
	var v importView
	waitFor(t, "the score import job", func() bool {
		var d struct{ Node importView }
		s.env.MustAs(t, s.admin, `query($id: ID!) { node(id: $id) { ... on ScoreImport { `+importFields+` } } }`, map[string]any{"id": id}, &d)
		v = d.Node
		return v.Status != "RUNNING"
	})
	return v
}

func (s *scored) apply(t *testing.T, id string) (string, []userError) {
	t.Helper()
	var d struct {
		ApplyScoreImport struct {
			ScoreImport *struct{ Status string }
			UserErrors  []userError
		}
	}
	s.env.MustAs(t, s.admin, `mutation($id: ID!) { applyScoreImport(importId: $id) { scoreImport { status } userErrors { field code message } } }`,
		map[string]any{"id": id}, &d)
	// The staged rows are dropped after the answer: wait, so the test's
	// database outlives the job.
	waitFor(t, "staged scores dropped", func() bool {
		return s.env.DB.Client.ScoreStage.Query().Where(scorestage.ImportID(pulid.ID(id))).CountX(testenv.System()) == 0
	})
	status := ""
	if d.ApplyScoreImport.ScoreImport != nil {
		status = d.ApplyScoreImport.ScoreImport.Status
	}
	return status, d.ApplyScoreImport.UserErrors
}

func csvOf(lines ...string) []byte { return []byte(strings.Join(lines, "\r\n") + "\r\n") }

func problemCodes(v importView) map[int]string {
	out := map[int]string{}
	for _, p := range v.Problems {
		out[p.Line] = p.Code
	}
	return out
}

// One bad line and nothing applies; every problem is listed with its line.
func TestScoreImportIsValidatedAsAWhole(t *testing.T) {
	s := newScored(t)
	bad := csvOf("准考证号,科目,成绩,姓名",
		s.tA+",基础知识,50,王喆",
		s.tA+",应用技术,76,王喆",          // 3: out of range
		s.tB+",基础知识,abc,",           // 4: not a score
		s.tB+",论文,40,",              // 5: ZJ02 has no 论文
		"2612100000000001,基础知识,50,", // 6: unknown ticket
		"12345,基础知识,50,",            // 7: malformed ticket number
		s.tA+",基础知识,51,王喆",          // 8: duplicate of line 2
		s.tB+",2,缺考,",               // subject by its order: fine
	)
	v, res := s.importScores(t, s.admin, bad)
	if v.Status != "INVALID" {
		t.Fatalf("a file with bad lines: %+v %s", v, res.Data)
	}
	want := map[int]string{3: "SCORE_OUT_OF_RANGE", 4: "INVALID_SCORE", 5: "UNKNOWN_SUBJECT", 6: "UNKNOWN_TICKET",
		7: "INVALID_TICKET_NUMBER", 8: "DUPLICATE"}
	if got := problemCodes(v); fmt.Sprint(got) != fmt.Sprint(want) || v.ProblemCount != 6 || v.Lines != 8 {
		t.Errorf("problems %v (count %d, lines %d), want %v", got, v.ProblemCount, v.Lines, want)
	}
	ctx := testenv.System()
	if n := s.env.DB.Client.Score.Query().CountX(ctx); n != 0 {
		t.Errorf("%d scores written by an invalid file", n)
	}
	if st, ue := s.apply(t, v.ID); st != "INVALID" || !hasCode(ue, "WRONG_STATE") {
		t.Errorf("applying an invalid import: %s %+v", st, ue)
	}
	// The same file corrected: READY with its counts, applied at once.
	good := csvOf("准考证号,科目,成绩", s.tA+",基础知识,45", s.tA+",应用技术,45", s.tB+",基础知识,44", s.tB+",2,缺考")
	v, _ = s.importScores(t, s.admin, good)
	if v.Status != "READY" || v.Added != 4 || v.Changed != 0 || v.Encoding != "UTF-8" || v.RunBy == "" {
		t.Fatalf("a good file: %+v", v)
	}
	if n := s.env.DB.Client.Score.Query().CountX(ctx); n != 0 {
		t.Errorf("%d scores before applying", n)
	}
	if st, ue := s.apply(t, v.ID); st != "APPLIED" || len(ue) > 0 {
		t.Fatalf("apply: %s %+v", st, ue)
	}
	if n := s.env.DB.Client.Score.Query().CountX(ctx); n != 4 {
		t.Errorf("%d scores after applying, want 4", n)
	}
	if st, ue := s.apply(t, v.ID); st != "APPLIED" || len(ue) > 0 {
		t.Errorf("a retried apply: %s %+v", st, ue)
	}
	// A file above the photo limit goes through the national admin's own
	// limit (a 12 MB 备注 column, ignored); anyone else's upload of it is 413.
	big := csvOf("准考证号,科目,成绩,备注", s.tB+",基础知识,60,"+strings.Repeat("备", 4<<20))
	if v, res := s.importScores(t, s.admin, big); v.Status != "READY" || v.Changed != 1 {
		t.Errorf("a 12 MB file: %+v %s %+v", v, res.Data, res.Errors)
	}
	if res := s.env.Upload(t, s.env.LoginStaff(t, "liaoning-admin"), `mutation($f: Upload!) { savePhoto(file: $f) { userErrors { code } } }`,
		nil, "f", "big.csv", big); res.Status != http.StatusRequestEntityTooLarge {
		t.Errorf("a region admin's 12 MB upload: %d", res.Status)
	}
	// Only national admins import.
	for _, who := range []string{"liaoning-admin", "liaoning-reviewer"} {
		if _, res := s.importScores(t, s.env.LoginStaff(t, who), good); res.Code() != "FORBIDDEN" {
			t.Errorf("%s imports scores: %s", who, res.Data)
		}
	}
	if _, res := s.importScores(t, s.a.token, good); res.Code() != "FORBIDDEN" {
		t.Errorf("a candidate imports scores: %s", res.Data)
	}
}

// Excel on Chinese Windows saves CSV as GBK: read as such.
func TestScoreImportReadsGBK(t *testing.T) {
	s := newScored(t)
	gbk, err := simplifiedchinese.GBK.NewEncoder().Bytes(csvOf("准考证号,科目,成绩", s.tA+",基础知识,60", s.tA+",应用技术,缺考"))
	if err != nil {
		t.Fatal(err)
	}
	if bytes.Contains(gbk, []byte("准考证号")) {
		t.Fatal("the test file is not GBK")
	}
	v, _ := s.importScores(t, s.admin, gbk)
	if v.Status != "READY" || v.Encoding != "GB18030" || v.Added != 2 {
		t.Fatalf("a GBK file: %+v", v)
	}
	// UTF-16 ("Unicode text") is refused with a clear message.
	v, _ = s.importScores(t, s.admin, append([]byte{0xFF, 0xFE}, 'a', 0))
	if v.Status != "INVALID" || len(v.Problems) != 1 || v.Problems[0].Code != "BAD_ENCODING" || !strings.Contains(v.Problems[0].Message, "UTF-16") {
		t.Errorf("a UTF-16 file: %+v", v)
	}
}

type resultView struct {
	Result *struct {
		Released bool
		Passed   *bool
		Subjects []struct {
			Subject  struct{ Name string }
			Points   *int
			Absent   bool
			PassMark int
			Passed   bool
		}
	}
}

const resultQ = `query($id: ID!) { node(id: $id) { ... on Application { result { released passed subjects { subject { name } points absent passMark passed } } } } }`

func (s *scored) result(t *testing.T, token string, app pulid.ID) (resultView, *testenv.Response) {
	t.Helper()
	res := s.env.PostAs(t, token, resultQ, map[string]any{"id": string(app)})
	var d struct{ Node resultView }
	_ = jsonUnmarshalRaw(res.Data, &d)
	return d.Node, res
}

// The pass rule at its boundary (45 passes, 44 does not), the release time,
// and score privacy between candidates and regions.
func TestResultsAfterReleaseOnly(t *testing.T) {
	s := newScored(t)
	v, _ := s.importScores(t, s.admin, csvOf("准考证号,科目,成绩", s.tA+",基础知识,45", s.tA+",应用技术,75", s.tB+",基础知识,44", s.tB+",应用技术,60"))
	if st, ue := s.apply(t, v.ID); st != "APPLIED" {
		t.Fatalf("apply: %s %+v", st, ue)
	}
	ctx := testenv.System()
	scoreA := s.env.DB.Client.Score.Query().Where(score.ApplicationID(s.appA)).FirstIDX(ctx)

	// Before release: the candidate sees that scores are not out, and no score by any path.
	r, _ := s.result(t, s.a.token, s.appA)
	if r.Result == nil || r.Result.Released || r.Result.Passed != nil || len(r.Result.Subjects) != 0 {
		t.Errorf("before release the candidate sees %+v", r.Result)
	}
	if res := s.env.PostAs(t, s.a.token, `query($id: ID!) { node(id: $id) { id } }`, map[string]any{"id": string(scoreA)}); res.Code() != "NOT_FOUND" {
		t.Errorf("before release the candidate reads a score by its id: %s", res.Data)
	}
	// Staff of the region see at once.
	la := s.env.LoginStaff(t, "liaoning-admin")
	if r, _ := s.result(t, la, s.appA); r.Result == nil || r.Result.Passed == nil || !*r.Result.Passed {
		t.Errorf("the region's admin before release: %+v", r.Result)
	}

	s.later(t, s.release.Add(time.Minute))
	r, _ = s.result(t, s.a.token, s.appA)
	if r.Result == nil || !r.Result.Released || r.Result.Passed == nil || !*r.Result.Passed || len(r.Result.Subjects) != 2 ||
		*r.Result.Subjects[0].Points != 45 || !r.Result.Subjects[0].Passed || r.Result.Subjects[0].PassMark != 45 {
		t.Errorf("45 and 75: %+v", r.Result)
	}
	r, _ = s.result(t, s.b.token, s.appB)
	if r.Result == nil || r.Result.Passed == nil || *r.Result.Passed || r.Result.Subjects[0].Passed || !r.Result.Subjects[1].Passed {
		t.Errorf("44 and 60: %+v", r.Result)
	}
	if res := s.env.PostAs(t, s.a.token, `query($id: ID!) { node(id: $id) { ... on Score { points } } }`, map[string]any{"id": string(scoreA)}); res.Code() != "" {
		t.Errorf("after release the candidate reads their score by its id: %s", res.Data)
	}
	// Nobody else's: the other candidate, another region's admin, anonymous.
	if _, res := s.result(t, s.b.token, s.appA); res.Code() != "NOT_FOUND" {
		t.Errorf("another candidate reads my result: %s", res.Data)
	}
	if res := s.env.PostAs(t, s.b.token, `query($id: ID!) { node(id: $id) { id } }`, map[string]any{"id": string(scoreA)}); res.Code() != "NOT_FOUND" {
		t.Errorf("another candidate reads my score by its id: %s", res.Data)
	}
	dl := s.env.LoginStaff(t, "dalian-admin")
	if _, res := s.result(t, dl, s.appA); res.Code() != "NOT_FOUND" {
		t.Errorf("大连's admin reads 辽宁's result: %s", res.Data)
	}
	if res := s.env.PostAs(t, dl, `query($id: ID!) { node(id: $id) { id } }`, map[string]any{"id": string(scoreA)}); res.Code() != "NOT_FOUND" {
		t.Errorf("大连's admin reads 辽宁's score: %s", res.Data)
	}
	if _, res := s.result(t, "", s.appA); res.Code() != "UNAUTHENTICATED" && res.Code() != "NOT_FOUND" {
		t.Errorf("anonymous reads a result: %s", res.Data)
	}
	// A pass mark of the session changes the decision.
	sub := s.env.DB.Client.Score.Query().Where(score.ApplicationID(s.appB)).QuerySubject().FirstX(ctx)
	var pm struct {
		SetPassMark struct {
			PassMark   *int
			UserErrors []userError
		}
	}
	s.env.MustAs(t, s.admin, `mutation($s: String!, $id: ID!) { setPassMark(sessionCode: $s, subjectId: $id, passMark: 44) { passMark userErrors { code } } }`,
		map[string]any{"s": demo.SessionPrint, "id": string(sub.ID)}, &pm)
	if pm.SetPassMark.PassMark == nil || *pm.SetPassMark.PassMark != 44 {
		t.Fatalf("setPassMark: %+v", pm)
	}
	if r, _ := s.result(t, s.b.token, s.appB); r.Result == nil || r.Result.Passed == nil || !*r.Result.Passed {
		t.Errorf("44 with a pass mark of 44: %+v", r.Result)
	}
}

// later moves the clock on and logs everyone in again (sessions expire).
func (s *scored) later(t *testing.T, at time.Time) {
	t.Helper()
	s.env.Clock.Set(at)
	s.a.token = s.env.LoginCandidate(t, demoIdentity(s.pa))
	s.b.token = s.env.LoginCandidate(t, demoIdentity(s.pb))
	s.admin = s.env.LoginStaff(t, "admin")
}

func demoIdentity(p demoID) demo.Identity {
	for _, x := range people(2) {
		if x.IDNumber == p.IDNumber {
			x.Name = p.Name
			return x
		}
	}
	panic("unknown person")
}

// A re-import of corrections shows its diff before applying, and the change
// is recorded: which score, from what to what, by whom.
func TestCorrectionShowsItsDiffAndIsAudited(t *testing.T) {
	s := newScored(t)
	v, _ := s.importScores(t, s.admin, csvOf("准考证号,科目,成绩", s.tA+",基础知识,40", s.tA+",应用技术,50"))
	s.apply(t, v.ID)
	v, _ = s.importScores(t, s.admin, csvOf("准考证号,科目,成绩", s.tA+",基础知识,46", s.tA+",应用技术,50"))
	if v.Status != "READY" || v.Changed != 1 || v.Unchanged != 1 || v.Added != 0 || len(v.Changes) != 1 {
		t.Fatalf("the correction: %+v", v)
	}
	c := v.Changes[0]
	if c.Line != 2 || c.TicketNumber != s.tA || c.Subject.Name != "基础知识" || *c.PointsBefore != 40 || *c.PointsAfter != 46 {
		t.Errorf("its diff: %+v", c)
	}
	s.apply(t, v.ID)
	ctx := testenv.System()
	ch := s.env.DB.Client.ScoreChange.Query().Where(scorechange.ImportID(pulid.ID(v.ID))).OnlyX(ctx)
	if *ch.PointsBefore != 40 || *ch.PointsAfter != 46 {
		t.Errorf("the recorded change: %+v", ch)
	}
	if n := s.env.DB.Client.AuditLog.Query().Where(auditlog.Action("scores.apply"), auditlog.RecordID(v.ID)).CountX(ctx); n != 1 {
		t.Errorf("%d audit entries for the applied correction", n)
	}
	after := s.waitImport(t, v.ID)
	if len(after.Changes) != 1 || *after.Changes[0].PointsAfter != 46 {
		t.Errorf("the applied import's record: %+v", after.Changes)
	}
}

// Certificates for those who passed; 证书查询 answers a wrong name and a
// wrong number alike; a certified score cannot be changed.
func TestCertificatesAndPublicVerification(t *testing.T) {
	s := newScored(t)
	v, _ := s.importScores(t, s.admin, csvOf("准考证号,科目,成绩", s.tA+",基础知识,45", s.tA+",应用技术,45", s.tB+",基础知识,44", s.tB+",应用技术,45"))
	s.apply(t, v.ID)
	issue := func() (int, []userError) {
		var d struct {
			IssueCertificates struct {
				Issued     int
				UserErrors []userError
			}
		}
		s.env.MustAs(t, s.admin, `mutation($s: String!) { issueCertificates(sessionCode: $s) { issued userErrors { code } } }`,
			map[string]any{"s": demo.SessionPrint}, &d)
		return d.IssueCertificates.Issued, d.IssueCertificates.UserErrors
	}
	if n, ue := issue(); n != 0 || !hasCode(ue, "WRONG_STATE") {
		t.Errorf("certificates before release: %d %+v", n, ue)
	}
	s.later(t, s.release.Add(time.Hour))
	if n, ue := issue(); n != 1 || len(ue) > 0 {
		t.Fatalf("issued %d %+v, want 1 (only the 45/45 candidate)", n, ue)
	}
	if n, _ := issue(); n != 0 {
		t.Errorf("a second call issued %d", n)
	}
	var d struct {
		Node struct {
			Certificate *struct {
				ID, Number, IssuedOn string
				PdfURL               *string `json:"pdfUrl"`
			}
		}
	}
	q := `query($id: ID!) { node(id: $id) { ... on Application { certificate { id number issuedOn pdfUrl } } } }`
	s.env.MustAs(t, s.a.token, q, map[string]any{"id": string(s.appA)}, &d)
	cert := d.Node.Certificate
	if cert == nil || !regexp.MustCompile(`^20261210000ZJ02000001$`).MatchString(cert.Number) || cert.PdfURL == nil {
		t.Fatalf("the certificate: %+v", cert)
	}
	text := pdfText(t, getBody(t, s.env.Server.URL+*cert.PdfURL, "", http.StatusOK))
	for _, want := range []string{"王喆", s.pa.IDNumber, cert.Number, "辽宁"} {
		if !strings.Contains(strings.ReplaceAll(text, " ", ""), want) {
			t.Errorf("the certificate PDF lacks %q:\n%s", want, text)
		}
	}
	getBody(t, s.env.Server.URL+"/certificates/"+cert.ID, s.b.token, http.StatusNotFound)
	getBody(t, s.env.Server.URL+"/certificates/"+cert.ID, s.env.LoginStaff(t, "dalian-admin"), http.StatusNotFound)
	getBody(t, s.env.Server.URL+*cert.PdfURL, s.b.token, http.StatusNotFound)
	getBody(t, s.env.Server.URL+"/certificates/"+cert.ID, s.a.token, http.StatusOK)
	if n := s.env.DB.Client.AuditLog.Query().Where(auditlog.Action("certificates.issue")).CountX(testenv.System()); n != 2 {
		t.Errorf("%d issue audits", n)
	}

	// 证书查询, anonymous: genuine with the right name; the same shape for a
	// wrong name and for a wrong number.
	verify := func(input map[string]any) string {
		res := s.env.PostAs(t, "", `query($i: VerifyCertificateInput!) { verifyCertificate(input: $i) {
			genuine certificates { qualification level issuedOn } userErrors { code } } }`, map[string]any{"i": input})
		return string(res.Data)
	}
	ok := verify(map[string]any{"number": cert.Number, "name": "王喆"})
	if !strings.Contains(ok, `"genuine":true`) || !strings.Contains(ok, `"issuedOn":"`+cert.IssuedOn+`"`) || strings.Contains(ok, s.pa.IDNumber) {
		t.Errorf("a genuine certificate: %s", ok)
	}
	wrongName := verify(map[string]any{"number": cert.Number, "name": "王哲"})
	wrongNumber := verify(map[string]any{"number": "20261210000ZJ02000009", "name": "王喆"})
	none := `{"verifyCertificate":{"genuine":false,"certificates":[],"userErrors":[]}}`
	if wrongName != none || wrongNumber != none {
		t.Errorf("wrong name %s, wrong number %s, want both %s", wrongName, wrongNumber, none)
	}
	if byID := verify(map[string]any{"idNumber": s.pa.IDNumber, "name": "王喆"}); !strings.Contains(byID, `"genuine":true`) {
		t.Errorf("by ID number and name: %s", byID)
	}
	if byID := verify(map[string]any{"idNumber": s.pa.IDNumber, "name": "王哲"}); byID != none {
		t.Errorf("by ID number and a wrong name: %s", byID)
	}

	// A certified candidate's scores are frozen.
	v, _ = s.importScores(t, s.admin, csvOf("准考证号,科目,成绩", s.tA+",基础知识,30"))
	if v.Status != "INVALID" || problemCodes(v)[2] != "CERTIFIED" {
		t.Errorf("changing a certified score: %+v", v)
	}
}

// 辽宁's absentee rule: 缺考 in one subject bars the region's next session;
// the candidate reads why and until when; a region admin lifts it; 大连, a
// region of its own, is not reached.
func TestAbsenteeBanBarsTheNextSessionUntilLifted(t *testing.T) {
	s := newScored(t)
	v, _ := s.importScores(t, s.admin, csvOf("准考证号,科目,成绩", s.tA+",基础知识,50", s.tA+",应用技术,缺考", s.tB+",基础知识,50", s.tB+",应用技术,50"))
	s.apply(t, v.ID)
	var mine struct {
		MyAbsenteeBans []struct {
			ID, Reason    string
			EndsAt        *string
			Lifted        bool
			BannedSession *struct{ Code string }
		}
	}
	s.env.MustAs(t, s.a.token, `{ myAbsenteeBans { id reason endsAt lifted bannedSession { code } } }`, nil, &mine)
	if len(mine.MyAbsenteeBans) != 1 || mine.MyAbsenteeBans[0].BannedSession == nil || mine.MyAbsenteeBans[0].BannedSession.Code != demo.SessionOpen ||
		mine.MyAbsenteeBans[0].EndsAt == nil || !strings.Contains(mine.MyAbsenteeBans[0].Reason, "缺考") {
		t.Fatalf("the candidate's bans: %+v", mine)
	}
	ban := mine.MyAbsenteeBans[0].ID
	s.env.MustAs(t, s.b.token, `{ myAbsenteeBans { id } }`, nil, &mine)
	if len(mine.MyAbsenteeBans) != 0 {
		t.Errorf("a candidate who sat every subject is banned: %+v", mine)
	}

	// The next session's submit in 辽宁 answers BANNED; in 大连 it does not.
	form := s.a.fullForm(t, "210000", "沈阳考区", "210000")
	draft := s.a.save(t, "", form).Application
	if sp := s.a.submit(t, draft.ID, true, ""); !hasCode(sp.UserErrors, "BANNED") {
		t.Fatalf("a banned candidate submits: %+v", sp.UserErrors)
	}
	var lifted struct {
		LiftAbsenteeBan struct {
			Ban        *struct{ Lifted bool }
			UserErrors []userError
		}
	}
	const lift = `mutation($id: ID!, $r: String!) { liftAbsenteeBan(banId: $id, reason: $r) { ban { lifted } userErrors { code } } }`
	if res := s.env.PostAs(t, s.env.LoginStaff(t, "dalian-admin"), lift, map[string]any{"id": ban, "r": "误判"}); res.Code() != "NOT_FOUND" {
		t.Errorf("大连's admin lifts 辽宁's ban: %s", res.Data)
	}
	la := s.env.LoginStaff(t, "liaoning-admin")
	s.env.MustAs(t, la, lift, map[string]any{"id": ban, "r": " "}, &lifted)
	if !hasCode(lifted.LiftAbsenteeBan.UserErrors, "REQUIRED") {
		t.Errorf("a lift without a reason: %+v", lifted)
	}
	s.env.MustAs(t, la, lift, map[string]any{"id": ban, "r": "考点停电，经核实非本人原因缺考"}, &lifted)
	if lifted.LiftAbsenteeBan.Ban == nil || !lifted.LiftAbsenteeBan.Ban.Lifted {
		t.Fatalf("lift: %+v", lifted)
	}
	if n := s.env.DB.Client.AuditLog.Query().Where(auditlog.Action("absenteeban.lift"), auditlog.RecordID(ban)).CountX(testenv.System()); n != 1 {
		t.Errorf("%d lift audits", n)
	}
	if sp := s.a.submit(t, draft.ID, true, ""); hasCode(sp.UserErrors, "BANNED") {
		t.Errorf("still banned after the lift: %+v", sp.UserErrors)
	}
}
