package testenv

import (
	"bytes"
	"context"
	"crypto/ed25519"
	"crypto/rand"
	"encoding/json"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/ruankao/ruankao/internal/auth"
	"github.com/ruankao/ruankao/internal/clock"
	"github.com/ruankao/ruankao/internal/demo"
	"github.com/ruankao/ruankao/internal/files"
	"github.com/ruankao/ruankao/internal/identity"
	"github.com/ruankao/ruankao/internal/pii"
	"github.com/ruankao/ruankao/internal/server"
	"github.com/ruankao/ruankao/internal/store"
	"github.com/ruankao/ruankao/internal/tickets"
	"github.com/ruankao/ruankao/internal/ticketsig"
)

// Env is a running server on a fresh database, with a clock the test moves.
type Env struct {
	DB        *store.DB
	Simulator *identity.Simulator
	Keys      *pii.Keys
	Files     *files.DirStore
	Signer    *files.Signer
	Clock     *clock.Manual
	Server    *httptest.Server
	Counter   *Counter
	// TicketKey verifies the tickets' QR tokens (key id "t1").
	TicketKey ed25519.PublicKey

	fixtureSeq int
}

// Start opens a database, loads the demo data at now and serves it in --dev mode.
func Start(t testing.TB, now time.Time) *Env {
	t.Helper()
	return StartWith(t, now, func(o *server.Options) { o.Dev = true })
}

// StartWith is Start with the server options set by configure (production
// mode unless configure sets Dev).
func StartWith(t testing.TB, now time.Time, configure func(*server.Options)) *Env {
	t.Helper()
	counter := &Counter{}
	db := OpenDB(t, store.WithDriverWrapper(counter.Wrap))
	clk := clock.NewManual(now)
	if err := demo.Load(clock.With(context.Background(), clk), db.Client); err != nil {
		t.Fatal(err)
	}
	store, err := files.NewDirStore(filepath.Join(t.TempDir(), "files"))
	if err != nil {
		t.Fatal(err)
	}
	key := make([]byte, 32)
	_, _ = rand.Read(key)
	signer, err := files.NewSigner(key, 0)
	if err != nil {
		t.Fatal(err)
	}
	if err := demo.LoadAccounts(clock.With(context.Background(), clk), db.Client); err != nil {
		t.Fatal(err)
	}
	keys, err := pii.NewKeys(pii.DevMasterKey())
	if err != nil {
		t.Fatal(err)
	}
	sim := identity.NewSimulator(clk)
	_, ticketKey, _ := ed25519.GenerateKey(rand.Reader)
	ticketSigner, err := ticketsig.NewSigner("t1", ticketKey)
	if err != nil {
		t.Fatal(err)
	}
	ts := &tickets.Service{Client: db.Client, Files: store, Keys: keys, Signer: ticketSigner,
		Verifier: &ticketsig.Verifier{Keys: map[string]ed25519.PublicKey{"t1": ticketSigner.Public()}}, Log: Logger()}
	opts := server.Options{Client: db.Client, Clock: clk, Logger: Logger(), Files: store, Signer: signer,
		Staff: &auth.Staff{Keys: keys}, Simulator: sim, Logins: &auth.CandidateLogins{Provider: sim, Keys: keys},
		ListSizes: db.ListSizes, Dialect: db.Dialect, Tickets: ts, Reads: db.Reads()}
	if configure != nil {
		configure(&opts)
	}
	h, err := server.New(opts)
	if err != nil {
		t.Fatal(err)
	}
	srv := httptest.NewServer(h)
	t.Cleanup(srv.Close)
	return &Env{DB: db, Simulator: sim, Keys: keys, Files: store, Signer: signer, Clock: clk, Server: srv, Counter: counter,
		TicketKey: ticketSigner.Public()}
}

// Logger discards logs unless RUANKAO_TEST_LOG is set.
func Logger() *slog.Logger {
	if os.Getenv("RUANKAO_TEST_LOG") != "" {
		return slog.Default()
	}
	return slog.New(slog.DiscardHandler)
}

// GQLError is one entry of a GraphQL response's errors.
type GQLError struct {
	Message    string         `json:"message"`
	Path       []any          `json:"path"`
	Extensions map[string]any `json:"extensions"`
}

// Response is a GraphQL response with its data still raw.
type Response struct {
	Status int
	Data   json.RawMessage `json:"data"`
	Errors []GQLError      `json:"errors"`
}

// Code is the extensions.code of the first error, or "".
func (r *Response) Code() string {
	if len(r.Errors) == 0 {
		return ""
	}
	code, _ := r.Errors[0].Extensions["code"].(string)
	return code
}

// Post sends a query as a client would: POST /graphql with JSON.
func (e *Env) Post(t testing.TB, query string, vars map[string]any) *Response {
	t.Helper()
	return e.PostAs(t, "", query, vars)
}

// PostAs is Post with a bearer token ("" for none).
func (e *Env) PostAs(t testing.TB, token, query string, vars map[string]any) *Response {
	t.Helper()
	body, _ := json.Marshal(map[string]any{"query": query, "variables": vars})
	req, _ := http.NewRequest(http.MethodPost, e.Server.URL+"/graphql", bytes.NewReader(body))
	req.Header.Set("Content-Type", "application/json")
	req.Header.Set("Accept", "application/graphql-response+json, application/json")
	if token != "" {
		req.Header.Set("Authorization", "Bearer "+token)
	}
	return e.do(t, req)
}

// MustAs is MustData with a bearer token.
func (e *Env) MustAs(t testing.TB, token, query string, vars map[string]any, v any) {
	t.Helper()
	res := e.PostAs(t, token, query, vars)
	if len(res.Errors) > 0 {
		t.Fatalf("unexpected errors: %+v", res.Errors)
	}
	if err := json.Unmarshal(res.Data, v); err != nil {
		t.Fatalf("decode data: %v (%s)", err, res.Data)
	}
}

// Get sends a query in the URL, as GET /graphql?query=…
func (e *Env) Get(t testing.TB, rawQuery string) *Response {
	t.Helper()
	req, _ := http.NewRequest(http.MethodGet, e.Server.URL+"/graphql?"+rawQuery, nil)
	req.Header.Set("Accept", "application/json")
	return e.do(t, req)
}

// Raw sends any request and returns the response with its body read.
func (e *Env) Raw(t testing.TB, req *http.Request) (*http.Response, []byte) {
	t.Helper()
	res, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer res.Body.Close()
	body, _ := io.ReadAll(res.Body)
	return res, body
}

func (e *Env) do(t testing.TB, req *http.Request) *Response {
	t.Helper()
	res, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer res.Body.Close()
	raw, _ := io.ReadAll(res.Body)
	out := &Response{Status: res.StatusCode}
	if err := json.Unmarshal(raw, out); err != nil {
		t.Fatalf("response is not JSON (%d): %s", res.StatusCode, raw)
	}
	return out
}

// MustData fails the test on any error and decodes data into v.
func (e *Env) MustData(t testing.TB, query string, vars map[string]any, v any) {
	t.Helper()
	res := e.Post(t, query, vars)
	if len(res.Errors) > 0 {
		t.Fatalf("unexpected errors: %+v", res.Errors)
	}
	if err := json.Unmarshal(res.Data, v); err != nil {
		t.Fatalf("decode data: %v (%s)", err, res.Data)
	}
}
