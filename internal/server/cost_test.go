package server_test

import (
	"bytes"
	"encoding/json"
	"net/http"
	"runtime"
	"strconv"
	"strings"
	"testing"

	"github.com/ruankao/ruankao/internal/testenv"
)

// Documented bounds (README "Limits"): the largest anonymous request the
// complexity limit accepts answers in under maxResponseBytes and allocates
// under maxAllocBytes.
const (
	maxResponseBytes = 256 << 10
	maxAllocBytes    = 64 << 20
)

func aliased(n int) string {
	var b strings.Builder
	b.WriteString("{")
	for i := range n {
		b.WriteString(" q" + strconv.Itoa(i) + ": qualifications { code name subjects { name } }")
	}
	b.WriteString(" }")
	return b.String()
}

// A list costs its real size: aliasing the catalog a thousand times is refused
// before anything runs, and the largest request accepted stays small.
func TestListsCostTheirSize(t *testing.T) {
	env := testenv.StartWith(t, now, nil)
	if res := env.Post(t, aliased(1240), nil); res.Code() != "BAD_REQUEST" ||
		!strings.Contains(res.Errors[0].Message, "complexity") {
		t.Fatalf("1240 aliases of the catalog: %+v", res.Errors)
	}
	// The largest number of aliases the limit accepts.
	lo, hi := 1, 1240
	for lo < hi {
		mid := (lo + hi + 1) / 2
		if res := env.Post(t, aliased(mid), nil); len(res.Errors) == 0 {
			lo = mid
		} else {
			hi = mid - 1
		}
	}
	if lo < 5 {
		t.Fatalf("only %d aliases of the catalog accepted: legitimate pages would be refused", lo)
	}
	body, _ := json.Marshal(map[string]any{"query": aliased(lo)})
	var before, after runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&before)
	req, _ := http.NewRequest(http.MethodPost, env.Server.URL+"/graphql", bytes.NewReader(body))
	req.Header.Set("Content-Type", "application/json")
	r, got := env.Raw(t, req)
	runtime.ReadMemStats(&after)
	if r.StatusCode != http.StatusOK || bytes.Contains(got, []byte(`"errors"`)) {
		t.Fatalf("%d aliases: %d %.200s", lo, r.StatusCode, got)
	}
	alloc := after.TotalAlloc - before.TotalAlloc
	t.Logf("%d aliases accepted: response %d bytes, %d bytes allocated", lo, len(got), alloc)
	if len(got) > maxResponseBytes {
		t.Errorf("response %d bytes, bound %d", len(got), maxResponseBytes)
	}
	if alloc > maxAllocBytes {
		t.Errorf("allocated %d bytes, bound %d", alloc, maxAllocBytes)
	}
}
