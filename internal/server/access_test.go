package server_test

import (
	"bytes"
	"encoding/json"
	"log/slog"
	"strings"
	"sync"
	"testing"

	"github.com/ruankao/ruankao/internal/server"
	"github.com/ruankao/ruankao/internal/testenv"
)

// logBuffer collects a server's JSON log lines; requests write concurrently.
type logBuffer struct {
	mu  sync.Mutex
	buf bytes.Buffer
}

func (b *logBuffer) Write(p []byte) (int, error) {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.buf.Write(p)
}

func (b *logBuffer) String() string {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.buf.String()
}

func (b *logBuffer) logger() *slog.Logger {
	return slog.New(slog.NewJSONHandler(b, &slog.HandlerOptions{Level: slog.LevelDebug}))
}

// lines are the log entries whose message is msg.
func (b *logBuffer) lines(t *testing.T, msg string) []map[string]any {
	t.Helper()
	var out []map[string]any
	for _, line := range strings.Split(strings.TrimSpace(b.String()), "\n") {
		var e map[string]any
		if err := json.Unmarshal([]byte(line), &e); err != nil {
			t.Fatalf("log line is not JSON: %q", line)
		}
		if e["msg"] == msg {
			out = append(out, e)
		}
	}
	return out
}

func TestAccessLogNamesTheOperation(t *testing.T) {
	logs := &logBuffer{}
	env := testenv.StartWith(t, now, func(o *server.Options) { o.Logger = logs.logger() })
	const secret = "210102199001011234"
	env.Post(t, `query Catalog($code: String!) { region(code: $code) { name } }`, map[string]any{"code": secret})
	env.Post(t, `{ regions { name } }`, nil)
	env.Get(t, "query=query+ByGet+%7B+__typename+%7D")
	env.Post(t, `query Broken {`, nil) // does not parse: no operation ran

	reqs := logs.lines(t, "request")
	var got []any
	for _, r := range reqs {
		if r["path"] == "/graphql" {
			got = append(got, r["operation"])
		}
	}
	want := []any{"Catalog", "anonymous", "ByGet", ""}
	if len(got) != len(want) {
		t.Fatalf("operations logged: %v, want %v", got, want)
	}
	for i := range want {
		if got[i] != want[i] {
			t.Errorf("request %d: operation %v, want %v", i, got[i], want[i])
		}
	}
	// Names only: never the query text or the variables.
	for _, leak := range []string{secret, "region(", "regions", "__typename"} {
		if strings.Contains(logs.String(), leak) {
			t.Errorf("the log holds %q", leak)
		}
	}
}
