package gqlhttp

import (
	"context"
	"encoding/json"
	"io"
	"net/http"
	"net/http/httptest"
	"net/url"
	"strings"
	"sync/atomic"
	"testing"

	"github.com/99designs/gqlgen/graphql"
	"github.com/99designs/gqlgen/graphql/handler"
	"github.com/99designs/gqlgen/graphql/handler/extension"
	"github.com/99designs/gqlgen/graphql/handler/lru"
	"github.com/vektah/gqlparser/v2"
	"github.com/vektah/gqlparser/v2/ast"

	"github.com/ruankao/ruankao/internal/apperr"
)

// bigValue makes the { big } response large enough to show it is not held.
var bigValue = strings.Repeat("好", 200_000)

type testServer struct {
	*httptest.Server
	mutations atomic.Int32
}

// newTestServer serves a tiny schema without generated code.
func newTestServer(t *testing.T, opts Options) *testServer {
	t.Helper()
	schema := gqlparser.MustLoadSchema(&ast.Source{Input: `
		type Query { name: String!  find(id: Int!): String!  big: String! }
		type Mutation { touch: String! }
	`})
	ts := &testServer{}
	srv := handler.New(&graphql.ExecutableSchemaMock{
		SchemaFunc: func() *ast.Schema { return schema },
		ComplexityFunc: func(context.Context, string, string, int, map[string]any) (int, bool) {
			return 1, true
		},
		ExecFunc: func(ctx context.Context) graphql.ResponseHandler {
			op := graphql.GetOperationContext(ctx).Operation
			if op.Operation == ast.Mutation {
				ts.mutations.Add(1)
				return graphql.OneShot(&graphql.Response{Data: []byte(`{"touch":"ok"}`)})
			}
			if op.SelectionSet[0].(*ast.Field).Name == "big" {
				b, _ := json.Marshal(map[string]string{"big": bigValue})
				return graphql.OneShot(&graphql.Response{Data: b})
			}
			return graphql.OneShot(&graphql.Response{Data: []byte(`{"name":"test"}`)})
		},
	})
	AddTransports(srv, opts)
	srv.Use(extension.AutomaticPersistedQuery{Cache: lru.New[string](10)})
	ts.Server = httptest.NewServer(srv)
	t.Cleanup(ts.Close)
	return ts
}

type result struct {
	status int
	header http.Header
	body   string
	json   map[string]json.RawMessage
	errors []struct {
		Message    string         `json:"message"`
		Extensions map[string]any `json:"extensions"`
	}
}

func (ts *testServer) do(t *testing.T, req *http.Request) result {
	t.Helper()
	res, err := ts.Client().Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer res.Body.Close()
	raw, err := io.ReadAll(res.Body)
	if err != nil {
		t.Fatal(err)
	}
	out := result{status: res.StatusCode, header: res.Header, body: string(raw)}
	if out.body != "" {
		if err := json.Unmarshal([]byte(out.body), &out.json); err != nil {
			t.Fatalf("body is not a JSON object (%d): %s", out.status, out.body)
		}
		if raw, ok := out.json["errors"]; ok {
			if err := json.Unmarshal(raw, &out.errors); err != nil {
				t.Fatalf("errors: %v in %s", err, out.body)
			}
		}
	}
	return out
}

func (ts *testServer) post(t *testing.T, accept, body string) result {
	t.Helper()
	req, _ := http.NewRequest(http.MethodPost, ts.URL, strings.NewReader(body))
	req.Header.Set("Content-Type", "application/json")
	if accept != "" {
		req.Header.Set("Accept", accept)
	}
	return ts.do(t, req)
}

func (ts *testServer) get(t *testing.T, accept string, params url.Values) result {
	t.Helper()
	req, _ := http.NewRequest(http.MethodGet, ts.URL+"?"+params.Encode(), nil)
	if accept != "" {
		req.Header.Set("Accept", accept)
	}
	return ts.do(t, req)
}

// requestError checks a response to a request that never executed.
func (r result) requestError(t *testing.T, status int, contentType string) {
	t.Helper()
	if r.status != status {
		t.Fatalf("status %d, want %d: %s", r.status, status, r.body)
	}
	if ct := r.header.Get("Content-Type"); ct != contentType {
		t.Fatalf("Content-Type %q, want %q", ct, contentType)
	}
	if _, ok := r.json["data"]; ok {
		t.Fatalf("error response has a data key: %s", r.body)
	}
	if len(r.errors) == 0 {
		t.Fatalf("no errors: %s", r.body)
	}
	for _, e := range r.errors {
		if code := e.Extensions["code"]; code != apperr.BadRequest && code != "PERSISTED_QUERY_NOT_FOUND" {
			t.Fatalf("error without code %s: %s", apperr.BadRequest, r.body)
		}
	}
}

const (
	gqlResp = "application/graphql-response+json"
	appJSON = "application/json"
)

func TestSuccessContentTypes(t *testing.T) {
	ts := newTestServer(t, Options{})
	for accept, want := range map[string]string{
		"":                                     appJSON,
		"*/*":                                  appJSON,
		"application/*":                        appJSON,
		appJSON:                                appJSON,
		gqlResp:                                gqlResp,
		gqlResp + ", " + appJSON:               gqlResp,
		appJSON + ", " + gqlResp:               appJSON,
		gqlResp + ";q=0.5, " + appJSON:         appJSON,
		"application/json;q=0, */*":            gqlResp,
		"text/html, application/json;q=0.1":    appJSON,
		"application/json; charset=utf-8":      appJSON,
		gqlResp + ";charset=latin1, */*;q=0.1": appJSON,
		"application/graphql-response+json;q=1.0": gqlResp,
	} {
		r := ts.post(t, accept, `{"query":"{ name }"}`)
		if r.status != 200 || r.body != `{"data":{"name":"test"}}` || r.header.Get("Content-Type") != want {
			t.Errorf("Accept %q: %d %q %s, want 200 %q", accept, r.status, r.header.Get("Content-Type"), r.body, want)
		}
	}
}

func TestNotAcceptable(t *testing.T) {
	ts := newTestServer(t, Options{})
	for _, accept := range []string{"text/html", "application/json;q=0", "text/*", "image/png, text/html;q=0.9", "nonsense"} {
		ts.post(t, accept, `{"query":"{ name }"}`).requestError(t, 406, appJSON)
		ts.get(t, accept, url.Values{"query": {"{ name }"}}).requestError(t, 406, appJSON)
	}
}

func TestGraphQLRequestErrors(t *testing.T) {
	ts := newTestServer(t, Options{})
	for name, body := range map[string]string{
		"parse":             `{"query":"{"}`,
		"empty query":       `{"query":""}`,
		"validation":        `{"query":"{ nope }"}`,
		"variable coercion": `{"query":"query Q($id: Int!) { find(id: $id) }","variables":{"id":null}}`,
		"variable type":     `{"query":"query Q($id: Int!) { find(id: $id) }","variables":{"id":"x"}}`,
		"unknown operation": `{"query":"query A { name }","operationName":"B"}`,
		"apq not found":     `{"extensions":{"persistedQuery":{"version":1,"sha256Hash":"00"}}}`,
	} {
		t.Run(name, func(t *testing.T) {
			ts.post(t, appJSON, body).requestError(t, 200, appJSON)
			ts.post(t, "", body).requestError(t, 200, appJSON)
			ts.post(t, gqlResp, body).requestError(t, 400, gqlResp)
		})
	}
	r := ts.get(t, appJSON, url.Values{"query": {"{ nope }"}})
	r.requestError(t, 200, appJSON)
	ts.get(t, gqlResp, url.Values{"query": {"{ nope }"}}).requestError(t, 400, gqlResp)
}

func TestMalformedRequests(t *testing.T) {
	ts := newTestServer(t, Options{})
	for name, body := range map[string]string{
		"empty":             ``,
		"not JSON":          `SECRET-not-json`,
		"truncated":         `{ "not a JSON`,
		"array":             `[{"query":"{ name }"}]`,
		"null":              `null`,
		"trailing data":     `{"query":"{ name }"} SECRET`,
		"no query":          `{"qeury":"{ name }"}`,
		"null query":        `{"query":null}`,
		"query object":      `{"query":{"obj":"ect"}}`,
		"query number":      `{"query":0}`,
		"query bool":        `{"query":false}`,
		"query array":       `{"query":["array"]}`,
		"operationName obj": `{"query":"{ name }","operationName":{"a":1}}`,
		"operationName num": `{"query":"{ name }","operationName":0}`,
		"variables string":  `{"query":"{ name }","variables":"string"}`,
		"variables array":   `{"query":"{ name }","variables":["array"]}`,
		"extensions false":  `{"query":"{ name }","extensions":false}`,
		"extensions array":  `{"query":"{ name }","extensions":["array"]}`,
		"variables number":  `{"query":"{ name }","variables":0}`,
	} {
		t.Run(name, func(t *testing.T) {
			for _, accept := range []string{"", appJSON, gqlResp} {
				want := appJSON
				if accept == gqlResp {
					want = gqlResp
				}
				r := ts.post(t, accept, body)
				r.requestError(t, 400, want)
				if strings.Contains(r.body, "SECRET") {
					t.Fatalf("the message repeats the body: %s", r.body)
				}
			}
		})
	}
}

func TestNullParametersAllowed(t *testing.T) {
	ts := newTestServer(t, Options{})
	for _, p := range []string{"variables", "operationName", "extensions"} {
		r := ts.post(t, gqlResp, `{"query":"{ name }","`+p+`":null}`)
		if r.status != 200 || r.body != `{"data":{"name":"test"}}` {
			t.Errorf("%s null: %d %s", p, r.status, r.body)
		}
	}
}

func TestGET(t *testing.T) {
	ts := newTestServer(t, Options{})
	r := ts.get(t, "", url.Values{"query": {"query F($id: Int!) { find(id: $id) }"}, "variables": {`{"id":1}`}})
	if r.status != 200 || r.body != `{"data":{"name":"test"}}` {
		t.Fatalf("GET: %d %s", r.status, r.body)
	}
	ts.get(t, "", url.Values{}).requestError(t, 400, appJSON)
	ts.get(t, "", url.Values{"query": {"{ name }"}, "variables": {"[1]"}}).requestError(t, 400, appJSON)
	ts.get(t, gqlResp, url.Values{"query": {"{ name }"}, "extensions": {"0"}}).requestError(t, 400, gqlResp)
	req, _ := http.NewRequest(http.MethodGet, ts.URL+"?query=%zz", nil)
	ts.do(t, req).requestError(t, 400, appJSON)
}

func TestGETMutationIs405(t *testing.T) {
	ts := newTestServer(t, Options{})
	for name, params := range map[string]url.Values{
		"mutation":         {"query": {"mutation { touch }"}},
		"selected by name": {"query": {"query A { name } mutation B { touch }"}, "operationName": {"B"}},
		"invalid mutation": {"query": {"mutation { nope }"}},
		"subscription":     {"query": {"subscription { name }"}},
	} {
		t.Run(name, func(t *testing.T) {
			for _, accept := range []string{appJSON, gqlResp} {
				r := ts.get(t, accept, params)
				r.requestError(t, 405, accept)
				if r.header.Get("Allow") != "POST" {
					t.Fatalf("Allow %q", r.header.Get("Allow"))
				}
			}
		})
	}
	if n := ts.mutations.Load(); n != 0 {
		t.Fatalf("%d mutations executed over GET", n)
	}
	r := ts.get(t, "", url.Values{"query": {"query A { name } mutation B { touch }"}, "operationName": {"A"}})
	if r.status != 200 || r.body != `{"data":{"name":"test"}}` {
		t.Fatalf("GET of the query beside a mutation: %d %s", r.status, r.body)
	}
	r = ts.post(t, "", `{"query":"mutation { touch }"}`)
	if r.status != 200 || r.body != `{"data":{"touch":"ok"}}` || ts.mutations.Load() != 1 {
		t.Fatalf("POST mutation: %d %s", r.status, r.body)
	}
}

func TestOtherMethodsAndContentTypes(t *testing.T) {
	ts := newTestServer(t, Options{})
	req, _ := http.NewRequest(http.MethodPut, ts.URL, strings.NewReader(`{"query":"{ name }"}`))
	req.Header.Set("Content-Type", "application/json")
	r := ts.do(t, req)
	r.requestError(t, 405, appJSON)
	if r.header.Get("Allow") != allowedMethods {
		t.Fatalf("Allow %q", r.header.Get("Allow"))
	}
	for _, ct := range []string{"", "text/plain", "application/json; charset=latin1"} {
		req, _ = http.NewRequest(http.MethodPost, ts.URL, strings.NewReader(`{"query":"{ name }"}`))
		if ct != "" {
			req.Header.Set("Content-Type", ct)
		}
		ts.do(t, req).requestError(t, 415, appJSON)
	}
	req, _ = http.NewRequest(http.MethodOptions, ts.URL, nil)
	if r := ts.do(t, req); r.status != 200 || r.header.Get("Allow") != allowedMethods {
		t.Fatalf("OPTIONS: %d %q", r.status, r.header.Get("Allow"))
	}
	req, _ = http.NewRequest(http.MethodHead, ts.URL, nil)
	if r := ts.do(t, req); r.status != 405 || r.header.Get("Allow") != allowedMethods {
		t.Fatalf("HEAD: %d %q", r.status, r.header.Get("Allow"))
	}
}

func TestBodyLimit(t *testing.T) {
	ts := newTestServer(t, Options{MaxBodyBytes: 64})
	ts.post(t, "", `{"query":"{ name }","extensions":{"pad":"`+strings.Repeat("x", 100)+`"}}`).requestError(t, 413, appJSON)
	if r := ts.post(t, "", `{"query":"{ name }"}`); r.status != 200 {
		t.Fatalf("small body: %d %s", r.status, r.body)
	}
}

// extraTransport serves requests that carry X-Extra, to show Extra comes
// before POST.
type extraTransport struct{}

func (extraTransport) Supports(r *http.Request) bool { return r.Header.Get("X-Extra") != "" }

func (extraTransport) Do(w http.ResponseWriter, _ *http.Request, _ graphql.GraphExecutor) {
	w.WriteHeader(http.StatusTeapot)
}

func TestExtraTransportComesFirst(t *testing.T) {
	ts := newTestServer(t, Options{Extra: []graphql.Transport{extraTransport{}}})
	req, _ := http.NewRequest(http.MethodPost, ts.URL, strings.NewReader(`{"query":"{ name }"}`))
	req.Header.Set("Content-Type", "application/json")
	req.Header.Set("X-Extra", "1")
	if r := ts.do(t, req); r.status != http.StatusTeapot {
		t.Fatalf("extra transport not used: %d %s", r.status, r.body)
	}
}

func TestLargeSuccessStreamsThrough(t *testing.T) {
	ts := newTestServer(t, Options{})
	r := ts.post(t, gqlResp, `{"query":"{ big }"}`)
	var data struct{ Big string }
	if r.status != 200 || json.Unmarshal(r.json["data"], &data) != nil || data.Big != bigValue {
		t.Fatalf("big response: %d, %d bytes", r.status, len(r.body))
	}

	// Once an operation executes, writes go straight to the client.
	under := httptest.NewRecorder()
	rw := &responseWriter{ResponseWriter: under, rec: &recorder{dispatched: true}}
	_, _ = rw.Write([]byte(`{"data":{}}`))
	if under.Body.String() != `{"data":{}}` || rw.held.Len() != 0 {
		t.Fatalf("success held back: %q", under.Body.String())
	}
}

func TestNegotiate(t *testing.T) {
	for header, want := range map[string]string{
		"":                              appJSON,
		" ":                             appJSON,
		"*/*;q=0.8, " + gqlResp:         gqlResp,
		"*/*, " + gqlResp + ";q=0.5":    appJSON,
		gqlResp + ";q=0, */*":           appJSON,
		appJSON + ";q=0.9, " + gqlResp:  gqlResp,
		"application/*;q=0.2, text/*":   appJSON,
		"APPLICATION/JSON":              appJSON,
		gqlResp + ";q=abc, " + appJSON:  appJSON,
		"text/html, */*;q=0":            "",
		appJSON + ";q=0, " + gqlResp:    gqlResp,
		appJSON + ";charset=utf-16":     "",
		appJSON + ";charset=UTF-8;q=.5": appJSON,
	} {
		got, ok := negotiate([]string{header})
		if !ok {
			got = ""
		}
		if got != want {
			t.Errorf("negotiate(%q) = %q, want %q", header, got, want)
		}
	}
	if got, _ := negotiate([]string{"text/html", gqlResp}); got != gqlResp {
		t.Errorf("two Accept headers: %q", got)
	}
}
