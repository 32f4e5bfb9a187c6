package server_test

import (
	"context"
	"crypto/rand"
	"errors"
	"io"
	"net/http"
	"net/http/httptest"
	"path/filepath"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"entgo.io/ent/dialect"

	"github.com/ruankao/ruankao/internal/auth"
	"github.com/ruankao/ruankao/internal/files"
	"github.com/ruankao/ruankao/internal/pii"
	"github.com/ruankao/ruankao/internal/server"
	"github.com/ruankao/ruankao/internal/store"
	"github.com/ruankao/ruankao/internal/testenv"
)

// stallingDriver holds every query, once armed, until the request's context
// ends, then lets the real driver answer on that context: the database error
// a request gets when its client goes away or its time runs out.
type stallingDriver struct {
	dialect.Driver
	armed   *atomic.Bool
	stalled chan struct{}
}

func (d *stallingDriver) Query(ctx context.Context, q string, args, v any) error {
	if d.armed.Load() {
		select {
		case d.stalled <- struct{}{}:
		default:
		}
		<-ctx.Done()
	}
	return d.Driver.Query(ctx, q, args, v)
}

type stallEnv struct {
	url     string
	logs    *logBuffer
	stalled chan struct{}
}

func startStalling(t *testing.T, timeout time.Duration) *stallEnv {
	t.Helper()
	armed, stalled := &atomic.Bool{}, make(chan struct{}, 1)
	db := testenv.OpenDB(t, store.WithDriverWrapper(func(d dialect.Driver) dialect.Driver {
		return &stallingDriver{Driver: d, armed: armed, stalled: stalled}
	}))
	dir, err := files.NewDirStore(filepath.Join(t.TempDir(), "files"))
	if err != nil {
		t.Fatal(err)
	}
	key := make([]byte, 32)
	_, _ = rand.Read(key)
	signer, err := files.NewSigner(key, 0)
	if err != nil {
		t.Fatal(err)
	}
	keys, err := pii.NewKeys(pii.DevMasterKey())
	if err != nil {
		t.Fatal(err)
	}
	logs := &logBuffer{}
	h, err := server.New(server.Options{Client: db.Client, Logger: logs.logger(), Files: dir, Signer: signer,
		Staff: &auth.Staff{Keys: keys}, RequestTimeout: timeout})
	if err != nil {
		t.Fatal(err)
	}
	srv := httptest.NewServer(h)
	t.Cleanup(srv.Close)
	armed.Store(true) // after the set-up's own queries
	return &stallEnv{url: srv.URL, logs: logs, stalled: stalled}
}

func (e *stallEnv) post(ctx context.Context, query string) (*http.Response, error) {
	req, _ := http.NewRequestWithContext(ctx, http.MethodPost, e.url+"/graphql",
		strings.NewReader(`{"query":`+query+`}`))
	req.Header.Set("Content-Type", "application/json")
	return http.DefaultClient.Do(req)
}

// waitLogged waits for the access log line, written once the handler returned.
func (e *stallEnv) waitLogged(t *testing.T) {
	t.Helper()
	for deadline := time.Now().Add(10 * time.Second); time.Now().Before(deadline); time.Sleep(10 * time.Millisecond) {
		if strings.Contains(e.logs.String(), `"msg":"request"`) {
			return
		}
	}
	t.Fatalf("no access log line: %s", e.logs.String())
}

func (e *stallEnv) metrics(t *testing.T) string {
	t.Helper()
	res, err := http.Get(e.url + "/metrics") // no database query: not stalled
	if err != nil {
		t.Fatal(err)
	}
	defer res.Body.Close()
	b, _ := io.ReadAll(res.Body)
	return string(b)
}

func TestClientThatGoesAwayIsNotAnInternalError(t *testing.T) {
	env := startStalling(t, 0)
	ctx, cancel := context.WithCancel(context.Background())
	go func() {
		<-env.stalled
		cancel() // the client gives up while the database is working
	}()
	if _, err := env.post(ctx, `"query Catalog { regions { name } }"`); !errors.Is(err, context.Canceled) {
		t.Fatalf("the client's request: %v", err)
	}
	env.waitLogged(t)

	m := env.metrics(t)
	if want := `ruankao_graphql_operations_total{operation="Catalog",outcome="CLIENT_CLOSED",type="query"} 1`; !strings.Contains(m, want) {
		t.Errorf("metrics lack %s:\n%s", want, grepLines(m, "operations_total"))
	}
	if strings.Contains(m, `outcome="INTERNAL"`) {
		t.Errorf("a closed request counted as INTERNAL:\n%s", grepLines(m, "operations_total"))
	}
	logs := env.logs.String()
	if strings.Contains(logs, "internal error") || strings.Contains(logs, `"level":"ERROR"`) {
		t.Errorf("a closed request logged as an error: %s", logs)
	}
	if closed := env.logs.lines(t, "client closed request"); len(closed) == 0 || closed[0]["level"] != "INFO" ||
		closed[0]["request_id"] == "" {
		t.Errorf("no client-disconnect line at INFO with the request id: %s", logs)
	}
}

func TestOurTimeoutIsCountedAsTimeout(t *testing.T) {
	env := startStalling(t, 100*time.Millisecond)
	res, err := env.post(context.Background(), `"query Catalog { regions { name } }"`)
	if err != nil {
		t.Fatal(err)
	}
	body, _ := io.ReadAll(res.Body)
	res.Body.Close()
	if !strings.Contains(string(body), `"code":"INTERNAL"`) || !strings.Contains(string(body), "超时") {
		t.Errorf("the client's answer: %s", body)
	}
	env.waitLogged(t)

	m := env.metrics(t)
	if want := `ruankao_graphql_operations_total{operation="Catalog",outcome="TIMEOUT",type="query"} 1`; !strings.Contains(m, want) {
		t.Errorf("metrics lack %s:\n%s", want, grepLines(m, "operations_total"))
	}
	if strings.Contains(m, `outcome="CLIENT_CLOSED"`) || strings.Contains(m, `outcome="INTERNAL"`) {
		t.Errorf("a timeout counted as something else:\n%s", grepLines(m, "operations_total"))
	}
	if len(env.logs.lines(t, "request timed out")) == 0 || strings.Contains(env.logs.String(), "client closed") {
		t.Errorf("logs: %s", env.logs.String())
	}
}

func grepLines(s, sub string) string {
	var out []string
	for _, l := range strings.Split(s, "\n") {
		if strings.Contains(l, sub) {
			out = append(out, l)
		}
	}
	return strings.Join(out, "\n")
}
