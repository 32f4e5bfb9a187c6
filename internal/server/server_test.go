package server_test

import (
	"bytes"
	"net/http"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/ruankao/ruankao/internal/clock"
	"github.com/ruankao/ruankao/internal/server"
	"github.com/ruankao/ruankao/internal/testenv"
)

var now = time.Date(2026, 3, 2, 10, 0, 0, 0, clock.Shanghai)

const introspection = `{ __schema { queryType { name } } }`

func TestProductionModeHidesSchemaAndPlayground(t *testing.T) {
	env := testenv.StartWith(t, now, nil)
	res := env.Post(t, introspection, nil)
	if len(res.Errors) == 0 || res.Code() != "BAD_REQUEST" {
		t.Fatalf("introspection in production: %s %+v", res.Data, res.Errors)
	}
	res = env.Post(t, `{ ...F } fragment F on Query { __type(name: "Region") { name } }`, nil)
	if res.Code() != "BAD_REQUEST" {
		t.Fatalf("introspection through a fragment: %+v", res.Errors)
	}
	req, _ := http.NewRequest(http.MethodGet, env.Server.URL+server.PlaygroundPath, nil)
	if r, _ := env.Raw(t, req); r.StatusCode != http.StatusNotFound {
		t.Errorf("playground in production: %d", r.StatusCode)
	}
	// The catalog itself works in production.
	var data struct{ Region struct{ Name string } }
	env.MustData(t, `{ region(code: "210000") { name } }`, nil, &data)
	if data.Region.Name != "辽宁省" {
		t.Errorf("region = %+v", data.Region)
	}
}

func TestDevModeShowsSchemaAndPlayground(t *testing.T) {
	env := testenv.Start(t, now)
	var data struct {
		Schema struct {
			QueryType struct{ Name string }
		} `json:"__schema"`
	}
	env.MustData(t, introspection, nil, &data)
	if data.Schema.QueryType.Name != "Query" {
		t.Fatalf("introspection: %+v", data)
	}
	req, _ := http.NewRequest(http.MethodGet, env.Server.URL+server.PlaygroundPath, nil)
	if r, body := env.Raw(t, req); r.StatusCode != 200 || !strings.Contains(string(body), "/graphql") {
		t.Errorf("playground: %d", r.StatusCode)
	}
}

func TestDepthLimit(t *testing.T) {
	env := testenv.Start(t, now)
	nested := func(n int) string {
		return `{ region(code: "210200") { ` + strings.Repeat("parent { ", n) + "name" + strings.Repeat(" }", n) + " } }"
	}
	if res := env.Post(t, nested(12), nil); len(res.Errors) > 0 {
		t.Fatalf("depth 14 refused: %+v", res.Errors)
	}
	res := env.Post(t, nested(14), nil)
	if res.Code() != "BAD_REQUEST" || !strings.Contains(res.Errors[0].Message, "嵌套") || res.Data != nil && string(res.Data) != "null" {
		t.Fatalf("depth 16: %s %+v", res.Data, res.Errors)
	}
}

func TestComplexityLimit(t *testing.T) {
	env := testenv.Start(t, now)
	var b strings.Builder
	b.WriteString("{")
	for i := range 2600 {
		b.WriteString(" r" + strconv.Itoa(i))
		b.WriteString(`: region(code: "210000") { name }`)
	}
	b.WriteString(" }")
	res := env.Post(t, b.String(), nil)
	if res.Code() != "BAD_REQUEST" || !strings.Contains(strings.ToLower(res.Errors[0].Message), "complex") {
		t.Fatalf("complexity 5200: %+v", res.Errors)
	}
}

func TestBodySizeLimit(t *testing.T) {
	env := testenv.Start(t, now)
	big := `{"query":"{ __typename }","variables":{"pad":"` + strings.Repeat("x", 1<<20) + `"}}`
	req, _ := http.NewRequest(http.MethodPost, env.Server.URL+"/graphql", bytes.NewReader([]byte(big)))
	req.Header.Set("Content-Type", "application/json")
	r, body := env.Raw(t, req)
	if r.StatusCode != http.StatusRequestEntityTooLarge || !strings.Contains(string(body), "BAD_REQUEST") {
		t.Fatalf("1 MiB body: %d %s", r.StatusCode, body)
	}
	if strings.Contains(string(body), "xxxx") {
		t.Error("the refusal repeats the body")
	}
}

func TestInternalErrorShowsOnlyRequestID(t *testing.T) {
	env := testenv.Start(t, now)
	_ = env.DB.Close() // every query now fails inside the driver (writer and readers)
	req, _ := http.NewRequest(http.MethodPost, env.Server.URL+"/graphql",
		strings.NewReader(`{"query":"{ regions { name } }"}`))
	req.Header.Set("Content-Type", "application/json")
	r, body := env.Raw(t, req)
	id := r.Header.Get("X-Request-Id")
	if id == "" || !strings.Contains(string(body), `"code":"INTERNAL"`) || !strings.Contains(string(body), id) {
		t.Fatalf("response: %s (request id %q)", body, id)
	}
	if strings.Contains(string(body), "sql") || strings.Contains(string(body), "closed") {
		t.Errorf("internal detail leaked: %s", body)
	}
	// Not ready once the database is gone.
	req, _ = http.NewRequest(http.MethodGet, env.Server.URL+"/readyz", nil)
	if r, _ := env.Raw(t, req); r.StatusCode != http.StatusServiceUnavailable {
		t.Errorf("readyz with a closed database: %d", r.StatusCode)
	}
}

func TestHealthReadyAndMetrics(t *testing.T) {
	env := testenv.Start(t, now)
	for path, want := range map[string]int{"/healthz": 200, "/readyz": 200} {
		req, _ := http.NewRequest(http.MethodGet, env.Server.URL+path, nil)
		if r, _ := env.Raw(t, req); r.StatusCode != want {
			t.Errorf("%s = %d", path, r.StatusCode)
		}
	}
	env.Post(t, `query RegionPage { region(code: "210000") { name } }`, nil)
	env.Post(t, `query RegionPage { region(code: 1) { name } }`, nil)
	req, _ := http.NewRequest(http.MethodGet, env.Server.URL+"/metrics", nil)
	_, body := env.Raw(t, req)
	for _, want := range []string{
		`ruankao_graphql_operations_total{operation="RegionPage",outcome="ok",type="query"} 1`,
		`ruankao_graphql_operation_seconds_count{operation="RegionPage",type="query"}`,
	} {
		if !strings.Contains(string(body), want) {
			t.Errorf("metrics lack %s", want)
		}
	}
}

func TestCORSAllowsOnlyConfiguredOrigins(t *testing.T) {
	env := testenv.StartWith(t, now, func(o *server.Options) { o.CORSOrigins = []string{"https://bm.ruankao.example"} })
	preflight := func(origin string) http.Header {
		req, _ := http.NewRequest(http.MethodOptions, env.Server.URL+"/graphql", nil)
		req.Header.Set("Origin", origin)
		req.Header.Set("Access-Control-Request-Method", "POST")
		req.Header.Set("Access-Control-Request-Headers", "authorization, content-type")
		r, _ := env.Raw(t, req)
		return r.Header
	}
	if h := preflight("https://bm.ruankao.example"); h.Get("Access-Control-Allow-Origin") != "https://bm.ruankao.example" ||
		!strings.Contains(strings.ToLower(h.Get("Access-Control-Allow-Headers")), "authorization") {
		t.Errorf("allowed origin: %v", h)
	}
	if h := preflight("https://evil.example"); h.Get("Access-Control-Allow-Origin") != "" {
		t.Errorf("other origin allowed: %v", h)
	}
}

// Profiles are served only by serve --pprof-addr's own loopback listener.
func TestNoPprofOnTheMainHandler(t *testing.T) {
	env := testenv.Start(t, now)
	for _, path := range []string{"/debug/pprof/", "/debug/pprof/cmdline", "/debug/pprof/heap"} {
		req, _ := http.NewRequest(http.MethodGet, env.Server.URL+path, nil)
		if r, _ := env.Raw(t, req); r.StatusCode != http.StatusNotFound {
			t.Errorf("%s on the main handler: %d", path, r.StatusCode)
		}
	}
}
