package api

import (
	"bytes"
	"encoding/json"
	"fmt"
	"sync/atomic"
	"testing"

	"github.com/ruankao/ruankao/internal/demo"
	"github.com/ruankao/ruankao/internal/enum"
	"github.com/ruankao/ruankao/internal/server"
	"github.com/ruankao/ruankao/internal/testenv"
)

// The write path under concurrency (16 and 64 clients, each its own
// candidate): one op is a new application saved, submitted and withdrawn
// again (so the candidate may apply anew), every answer asking for subjects
// and the masked ID number. Reported as submits/s; errors are counted, not fatal,
// so that a design that fails under load shows how often.
//
//	go test ./bench/api -run '^$' -bench 'Concurrent' -benchtime 2000x
func BenchmarkConcurrentSubmit(b *testing.B) {
	for _, clients := range []int{16, 64} {
		b.Run(fmt.Sprintf("clients=%d", clients), func(b *testing.B) { concurrentSubmit(b, clients) })
	}
}

// BenchmarkConcurrentRead: a logged-in candidate reading their application
// (myApplications and node(id:)), 16 and 64 clients.
func BenchmarkConcurrentRead(b *testing.B) {
	for _, clients := range []int{16, 64} {
		b.Run(fmt.Sprintf("clients=%d", clients), func(b *testing.B) { concurrentRead(b, clients) })
	}
}

type client struct {
	token string
	app   string
}

func crowdEnv(b *testing.B, clients int, withDraft bool) (*testenv.Env, chan client) {
	env := testenv.StartWith(b, morning, func(o *server.Options) {
		reg, err := server.NewRateLimitsScaled(o.Clock, 10000)
		if err != nil {
			b.Fatal(err)
		}
		o.RateLimits = reg
	})
	var areas struct {
		Region struct{ Areas []struct{ ID string } }
	}
	env.MustData(b, `{ region(code: "310000") { areas { id } } }`, nil, &areas)
	shanghaiArea = areas.Region.Areas[0].ID
	pool := make(chan client, clients)
	for i := range clients {
		p := demo.Identity{Subject: fmt.Sprintf("load-%d", i), Name: "考生", IDType: enum.IDPassport, IDNumber: fmt.Sprintf("E%08d", i)}
		c := client{token: env.LoginCandidate(b, p)}
		env.PostAs(b, c.token, `mutation { giveConsent(version: "`+privacyVersion(b, env)+`", general: true, sensitive: true) { userErrors { code } } }`, nil)
		id := env.CandidateID(b, p)
		photo := env.SavedPhoto(b, id)
		if withDraft {
			var d struct {
				SaveApplication struct{ Application struct{ ID string } }
			}
			env.MustAs(b, c.token, saveQ, map[string]any{"s": demo.SessionOpen, "in": form(photo)}, &d)
			c.app = d.SaveApplication.Application.ID
		} else {
			c.app = string(photo)
		}
		pool <- c
	}
	return env, pool
}

func privacyVersion(b *testing.B, env *testenv.Env) string {
	var d struct{ PrivacyNotice struct{ Version string } }
	env.MustData(b, `{ privacyNotice { version } }`, nil, &d)
	return d.PrivacyNotice.Version
}

const saveQ = `mutation($s: String, $id: ID, $in: ApplicationInput!) { saveApplication(sessionCode: $s, id: $id, input: $in) {
	application { id version subjects { name } idNumberMasked } userErrors { code field } } }`

var shanghaiArea string

func form(photo any) map[string]any {
	return map[string]any{"regionCode": "310000", "areaId": shanghaiArea, "gender": "FEMALE", "birthDate": "1990-01-01", "hukouCode": "310000", "qualificationCode": "ZJ02",
		"title": "无", "employment": "EMPLOYED", "workUnit": "某公司", "workStartDate": "2015-07-01",
		"education": "BACHELOR", "degree": "BACHELOR", "graduationDate": "2015-06-30", "majorRelation": "SAME",
		"majorName": "计算机科学与技术", "address": "上海市黄浦区某路 1 号", "email": "a@example.com",
		"mobile": "13800000000", "landline": "021-12345678", "postcode": "200001", "photoId": photo}
}

// crowdRun runs op for b.N iterations over clients concurrent clients, each
// borrowing one candidate, and reports ops/s (named unit), errors and lock failures.
func crowdRun(b *testing.B, clients int, withDraft bool, unit string, op func(env *testenv.Env, c client) *testenv.Response) {
	env, pool := crowdEnv(b, clients, withDraft)
	var errs atomic.Int64
	b.SetParallelism((clients + 1) / 2)
	commits, units := env.DB.Commits(), env.DB.Units()
	b.ResetTimer()
	b.RunParallel(func(pb *testing.PB) {
		c := <-pool
		defer func() { pool <- c }()
		for pb.Next() {
			if res := op(env, c); res != nil && errs.Add(1) == 1 {
				b.Logf("first failure: %s %+v", res.Data, res.Errors)
			}
		}
	})
	b.StopTimer()
	b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), unit)
	b.ReportMetric(float64(errs.Load()), "errors")
	b.ReportMetric(float64(env.DB.LockFailures()), "lockfailures")
	if commits = env.DB.Commits() - commits; commits > 0 {
		b.ReportMetric(float64(env.DB.Units()-units)/float64(commits), "units/commit")
	}
}

// failed is res when it carries an error or a userError, nil otherwise.
func failed(res *testenv.Response) *testenv.Response {
	if len(res.Errors) > 0 || containsCode(res.Data) {
		return res
	}
	return nil
}

func concurrentSubmit(b *testing.B, clients int) {
	crowdRun(b, clients, false, "submits/s", func(env *testenv.Env, c client) *testenv.Response {
		var d struct {
			SaveApplication struct{ Application *struct{ ID string } }
		}
		res := env.PostAs(b, c.token, saveQ, map[string]any{"s": demo.SessionOpen, "in": form(c.app)})
		if failed(res) != nil || jsonInto(res.Data, &d) != nil || d.SaveApplication.Application == nil {
			return res
		}
		vars := map[string]any{"id": d.SaveApplication.Application.ID}
		if res := failed(env.PostAs(b, c.token, `mutation($id: ID!) { submitApplication(id: $id, commitmentAccepted: true) {
			application { status subjects { name } idNumberMasked } userErrors { code } } }`, vars)); res != nil {
			return res
		}
		return failed(env.PostAs(b, c.token, `mutation($id: ID!) { withdrawApplication(id: $id) { application { status } userErrors { code } } }`, vars))
	})
}

func concurrentRead(b *testing.B, clients int) {
	crowdRun(b, clients, true, "reads/s", func(env *testenv.Env, c client) *testenv.Response {
		return failed(env.PostAs(b, c.token, `query($id: ID!) { myApplications { id status statusLabel region { name } subjects { name } }
			node(id: $id) { ... on Application { status version idNumberMasked } } }`, map[string]any{"id": c.app}))
	})
}

func jsonInto(raw []byte, v any) error { return json.Unmarshal(raw, v) }

func containsCode(raw []byte) bool { return bytes.Contains(raw, []byte(`"code"`)) }
