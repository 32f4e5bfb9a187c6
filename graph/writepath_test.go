package graph_test

import (
	"bytes"
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"strings"
	"sync"
	"testing"
	"time"

	entregion "github.com/ruankao/ruankao/ent/region"
	"github.com/ruankao/ruankao/ent/schema/pulid"
	"github.com/ruankao/ruankao/ent/staffuser"
	"github.com/ruankao/ruankao/internal/demo"
	"github.com/ruankao/ruankao/internal/enum"
	"github.com/ruankao/ruankao/internal/password"
	"github.com/ruankao/ruankao/internal/server"
	"github.com/ruankao/ruankao/internal/testenv"
)

// crowd makes n candidates with valid, distinct resident ID numbers.
func crowd(prefix string, n int) []demo.Identity {
	w := []int{7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2}
	out := make([]demo.Identity, n)
	for i := range out {
		body := fmt.Sprintf("210102199001%02d%03d", 1+i%28, 100+i/28)
		sum := 0
		for j, c := range body {
			sum += int(c-'0') * w[j]
		}
		out[i] = demo.Identity{Subject: fmt.Sprintf("%s-%d", prefix, i), Name: "考生",
			IDType: enum.IDResident, IDNumber: body + string("10X98765432"[sum%11])}
	}
	return out
}

// startCrowded is a server whose rate limits let a crowd in from one address.
func startCrowded(t *testing.T, configure func(*server.Options)) *testenv.Env {
	return testenv.StartWith(t, march, func(o *server.Options) {
		o.Dev = true
		reg, err := server.NewRateLimitsScaled(o.Clock, 1000)
		if err != nil {
			t.Fatal(err)
		}
		o.RateLimits = reg
		if configure != nil {
			configure(o)
		}
	})
}

// Every field a payload offers, read after the mutation's transaction.
const everyAppField = `application { id status version statusLabel editable subjects { name } idNumberMasked overdue
	claim { reviewerName mine } rejectionReasons { code label } photo { url } materials { url } history { toStatus } }
	userErrors { field code message }`

type anyPayload = map[string]struct {
	Application *struct {
		ID      string
		Status  string
		Version int
	}
	Applications []struct{ ID string }
	Photo        *struct{ URL string }
	Material     *struct{ URL string }
	Claim        *struct{ ReviewerName string }
	UserErrors   []userError
}

// postRetrying sends one request, retrying the photo pool's documented
// RATE_LIMITED answer; it reports any other error.
func postRetrying(t *testing.T, send func() *testenv.Response) *testenv.Response {
	for {
		res := send()
		if res.Code() == "RATE_LIMITED" {
			time.Sleep(20 * time.Millisecond)
			continue
		}
		return res
	}
}

// 200 concurrent mutations of every kind candidates and reviewers make, each
// asking for every field of its payload: none fails, and no statement waited
// out a lock (the one-writer design makes SQLite writers queue in Go).
func TestConcurrentMutationsOfEveryKind(t *testing.T) {
	env := startCrowded(t, nil)
	const n = 25
	people := crowd("crowd", 8*n)
	apps := make([]*applicant, len(people))
	drafts := make([]string, len(people))
	versions := make([]int, len(people))
	for i, p := range people {
		apps[i] = newApplicant(t, env, p)
		d := apps[i].save(t, "", apps[i].fullForm(t, "210000", "沈阳考区", "210000")).Application
		if d == nil {
			t.Fatalf("draft %d not saved", i)
		}
		drafts[i], versions[i] = d.ID, d.Version
	}
	// The reviewers' share: applications submitted beforehand.
	for i := 4 * n; i < 8*n; i++ {
		sp := apps[i].submit(t, drafts[i], true, "")
		if len(sp.UserErrors) > 0 || sp.Application.Status != "PENDING_REVIEW" {
			t.Fatalf("submit %d: %+v", i, sp)
		}
		versions[i] = sp.Application.Version
	}
	reviewer := env.LoginStaff(t, "liaoning-reviewer")
	photo := portrait(413, 579)
	material := []byte("%PDF-1.7\n% a scanned 工作证明\n")

	type job struct {
		name string
		run  func() *testenv.Response
	}
	var jobs []job
	for i := 0; i < 8*n; i++ {
		a, id, v := apps[i], drafts[i], versions[i]
		var j job
		switch i / n {
		case 0:
			form := a.fullForm(t, "210000", "沈阳考区", "210000")
			j = job{"save", func() *testenv.Response {
				return env.PostAs(t, a.token, `mutation($id: ID, $in: ApplicationInput!) { saveApplication(id: $id, input: $in) { `+everyAppField+` } }`,
					map[string]any{"id": id, "in": form})
			}}
		case 1:
			j = job{"submit", func() *testenv.Response {
				return env.PostAs(t, a.token, `mutation($id: ID!) { submitApplication(id: $id, commitmentAccepted: true) { `+everyAppField+` } }`,
					map[string]any{"id": id})
			}}
		case 2:
			if i%2 == 0 {
				j = job{"withdraw", func() *testenv.Response {
					return env.PostAs(t, a.token, `mutation($id: ID!) { withdrawApplication(id: $id) { `+everyAppField+` } }`, map[string]any{"id": id})
				}}
			} else {
				j = job{"uploadMaterial", func() *testenv.Response {
					return env.Upload(t, a.token, `mutation($a: ID!, $f: Upload!) { uploadMaterial(applicationId: $a, kind: WORK_PROOF, file: $f) {
						material { id url materialKindLabel } userErrors { field code message } } }`, map[string]any{"a": id}, "f", "proof.pdf", material)
				}}
			}
		case 3:
			j = job{"savePhoto", func() *testenv.Response {
				return env.Upload(t, a.token, `mutation($f: Upload!) { savePhoto(file: $f) { photo { id url urlExpiresAt } report { passed } userErrors { code } } }`,
					nil, "f", "me.jpg", photo)
			}}
		case 4:
			j = job{"claim", func() *testenv.Response {
				return env.PostAs(t, reviewer, `mutation($id: ID!) { claimApplication(id: $id) { claim { reviewerName mine expiresAt } userErrors { code } } }`, map[string]any{"id": id})
			}}
		case 5:
			j = job{"approve", func() *testenv.Response {
				return env.PostAs(t, reviewer, `mutation($id: ID!, $v: Int!) { approveApplication(id: $id, version: $v) { `+everyAppField+` } }`, map[string]any{"id": id, "v": v})
			}}
		case 6:
			j = job{"reject", func() *testenv.Response {
				return env.PostAs(t, reviewer, `mutation($id: ID!, $v: Int!) { rejectApplication(id: $id, version: $v, reasonCodes: ["PHOTO_NONCOMPLIANT"]) { `+everyAppField+` } }`,
					map[string]any{"id": id, "v": v})
			}}
		case 7:
			if i%5 != 0 {
				continue // five applications per bulk approval
			}
			var items []map[string]any
			for k := i; k < i+5; k++ {
				items = append(items, map[string]any{"id": drafts[k], "version": versions[k]})
			}
			j = job{"bulkApprove", func() *testenv.Response {
				return env.PostAs(t, reviewer, `mutation($items: [BulkApproveItem!]!) { bulkApprove(items: $items) {
					applications { id status subjects { name } idNumberMasked claim { mine } photo { url } } userErrors { code } } }`, map[string]any{"items": items})
			}}
		}
		jobs = append(jobs, j)
	}
	// Staff reads of photos and claims in the same moment, for the audit writes they make.
	for i := 4 * n; i < 5*n; i++ {
		id := drafts[i]
		jobs = append(jobs, job{"node", func() *testenv.Response {
			return env.PostAs(t, reviewer, `query($id: ID!) { node(id: $id) { ... on Application { id photo { url } candidate { idNumber } claim { mine } } } }`, map[string]any{"id": id})
		}})
	}

	var wg sync.WaitGroup
	errs := make(chan string, len(jobs))
	start := make(chan struct{})
	for _, j := range jobs {
		wg.Add(1)
		go func() {
			defer wg.Done()
			<-start
			res := postRetrying(t, j.run)
			if len(res.Errors) > 0 {
				errs <- fmt.Sprintf("%s: %+v", j.name, res.Errors)
				return
			}
			var d anyPayload
			if err := jsonUnmarshalRaw(res.Data, &d); err != nil {
				errs <- fmt.Sprintf("%s: %v", j.name, err)
				return
			}
			for _, p := range d {
				if len(p.UserErrors) > 0 {
					errs <- fmt.Sprintf("%s: %+v", j.name, p.UserErrors)
				}
			}
		}()
	}
	close(start)
	wg.Wait()
	close(errs)
	for e := range errs {
		t.Error(e)
	}
	if len(jobs) < 200 {
		t.Fatalf("only %d requests", len(jobs))
	}
	if got := env.DB.LockFailures(); got != 0 {
		t.Errorf("%d statements failed waiting for a lock", got)
	}
	// The reviewers' answers were read after commit: a rejection shows its reasons.
	var d struct {
		Node struct{ RejectionReasons []struct{ Code string } }
	}
	env.MustAs(t, reviewer, `query($id: ID!) { node(id: $id) { ... on Application { rejectionReasons { code } } } }`,
		map[string]any{"id": drafts[6*n]}, &d)
	if len(d.Node.RejectionReasons) != 1 {
		t.Errorf("rejection reasons = %+v", d.Node.RejectionReasons)
	}
}

// A payload's fields see the committed change: the rejection's own answer
// lists its reasons, an approval's answer signs the photo URL (and audits it).
func TestPayloadReadsCommittedChange(t *testing.T) {
	env := startCrowded(t, nil)
	p := crowd("payload", 2)
	a, b := newApplicant(t, env, p[0]), newApplicant(t, env, p[1])
	var ids []string
	for _, x := range []*applicant{a, b} {
		d := x.save(t, "", x.fullForm(t, "210000", "沈阳考区", "210000")).Application
		sp := x.submit(t, d.ID, true, "")
		ids = append(ids, sp.Application.ID)
	}
	reviewer := env.LoginStaff(t, "liaoning-reviewer")
	var rej struct {
		RejectApplication struct {
			Application struct{ RejectionReasons []struct{ Code string } }
		}
	}
	env.MustAs(t, reviewer, `mutation($id: ID!) { rejectApplication(id: $id, version: 2, reasonCodes: ["PHOTO_NONCOMPLIANT"]) { application { rejectionReasons { code } } } }`,
		map[string]any{"id": ids[0]}, &rej)
	if r := rej.RejectApplication.Application.RejectionReasons; len(r) != 1 || r[0].Code != "PHOTO_NONCOMPLIANT" {
		t.Errorf("reject's answer: %+v", r)
	}
	var ok struct {
		ApproveApplication struct {
			Application struct {
				Status string
				Photo  struct{ URL string }
			}
		}
	}
	env.MustAs(t, reviewer, `mutation($id: ID!) { approveApplication(id: $id, version: 2) { application { status photo { url } } } }`,
		map[string]any{"id": ids[1]}, &ok)
	if app := ok.ApproveApplication.Application; app.Status != "REGISTERED" || !strings.Contains(app.Photo.URL, "sig=") {
		t.Errorf("approve's answer: %+v", app)
	}
}

// Fifty wrong passwords against fifty accounts at once: every candidate save
// beside them succeeds, and the hashing never runs inside a transaction.
func TestPasswordBurstBesideCandidateSaves(t *testing.T) {
	env := startCrowded(t, nil)
	hash, err := password.Hash("correct horse battery staple")
	if err != nil {
		t.Fatal(err)
	}
	for i := range 50 {
		env.DB.Client.StaffUser.Create().SetUsername(fmt.Sprintf("burst-%02d", i)).SetDisplayName("审核员").
			SetRole(enum.RoleReviewer).SetRegionID(regionIDOf(t, env, "210000")).SetPasswordHash(hash).ExecX(testenv.System())
	}
	people := crowd("burst", 50)
	apps := make([]*applicant, len(people))
	drafts := make([]string, len(people))
	for i, p := range people {
		apps[i] = newApplicant(t, env, p)
		drafts[i] = apps[i].save(t, "", apps[i].fullForm(t, "210000", "沈阳考区", "210000")).Application.ID
	}
	var wg sync.WaitGroup
	failures := make(chan string, 100)
	for i := range 50 {
		wg.Add(2)
		go func() {
			defer wg.Done()
			var d struct {
				StaffLogin struct{ UserErrors []userError }
			}
			res := env.Post(t, `mutation($u: String!) { staffLogin(input: {username: $u, password: "wrong password 1"}) { userErrors { code } } }`,
				map[string]any{"u": fmt.Sprintf("burst-%02d", i)})
			if len(res.Errors) > 0 || jsonUnmarshalRaw(res.Data, &d) != nil || !hasCode(d.StaffLogin.UserErrors, "INVALID_CREDENTIALS") {
				failures <- fmt.Sprintf("login %d: %s %+v", i, res.Data, res.Errors)
			}
		}()
		go func() {
			defer wg.Done()
			a := apps[i]
			res := env.PostAs(t, a.token, `mutation($id: ID, $in: ApplicationInput!) { saveApplication(id: $id, input: $in) { `+everyAppField+` } }`,
				map[string]any{"id": drafts[i], "in": a.fullForm(t, "210000", "沈阳考区", "210000")})
			if len(res.Errors) > 0 || strings.Contains(string(res.Data), `"code"`) {
				failures <- fmt.Sprintf("save %d: %s %+v", i, res.Data, res.Errors)
			}
		}()
	}
	wg.Wait()
	close(failures)
	for f := range failures {
		t.Error(f)
	}
	if got := env.DB.LockFailures(); got != 0 {
		t.Errorf("%d statements failed waiting for a lock", got)
	}
	n := env.DB.Client.StaffUser.Query().Where(staffuser.UsernameHasPrefix("burst-"), staffuser.FailedLogins(1)).CountX(testenv.System())
	if n != 50 {
		t.Errorf("%d of 50 accounts counted their failure", n)
	}
}

// A transaction that cannot begin or commit answers INTERNAL with the
// request id, is logged with it and counted as a failure in the metrics.
func TestTransactionFailureIsInternal(t *testing.T) {
	var logs bytes.Buffer
	var mu sync.Mutex
	env := startCrowded(t, func(o *server.Options) {
		o.Logger = slog.New(slog.NewJSONHandler(lockedWriter{&mu, &logs}, nil))
	})
	a := newApplicant(t, env, crowd("fault", 1)[0])
	id := a.save(t, "", a.fullForm(t, "210000", "沈阳考区", "210000")).Application.ID
	for _, fault := range []string{"begin", "commit"} {
		flag := &env.Counter.FailBegin
		if fault == "commit" {
			flag = &env.Counter.FailCommit
		}
		flag.Store(true)
		res := env.PostAs(t, a.token, `mutation Fault($id: ID!) { submitApplication(id: $id, commitmentAccepted: true) { `+everyAppField+` } }`,
			map[string]any{"id": id})
		flag.Store(false)
		if res.Code() != "INTERNAL" {
			t.Fatalf("%s failure: %s %+v", fault, res.Data, res.Errors)
		}
		reqID, _ := res.Errors[0].Extensions["requestId"].(string)
		if reqID == "" || !strings.Contains(res.Errors[0].Message, reqID) || strings.Contains(res.Errors[0].Message, "injected") {
			t.Errorf("%s failure shows %+v", fault, res.Errors[0])
		}
		mu.Lock()
		logged := strings.Contains(logs.String(), reqID) && strings.Contains(logs.String(), "injected")
		mu.Unlock()
		if !logged {
			t.Errorf("%s failure not logged with request id %s", fault, reqID)
		}
	}
	if v := a.view(t, id); v.Status != "DRAFT" {
		t.Errorf("after failed commits the application is %s", v.Status)
	}
	resp, err := http.Get(env.Server.URL + "/metrics")
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	body, _ := io.ReadAll(resp.Body)
	if !strings.Contains(string(body), `ruankao_graphql_operations_total{operation="Fault",outcome="INTERNAL",type="mutation"} 2`) {
		t.Errorf("metrics do not count the failures:\n%s", grepLines(string(body), "Fault"))
	}
}

type lockedWriter struct {
	mu *sync.Mutex
	w  io.Writer
}

func (l lockedWriter) Write(p []byte) (int, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.w.Write(p)
}

func grepLines(s, sub string) string {
	var out []string
	for _, line := range strings.Split(s, "\n") {
		if strings.Contains(line, sub) {
			out = append(out, line)
		}
	}
	return strings.Join(out, "\n")
}

func regionIDOf(t *testing.T, env *testenv.Env, code string) pulid.ID {
	t.Helper()
	return env.DB.Client.Region.Query().Where(entregion.Code(code)).OnlyIDX(testenv.System())
}
