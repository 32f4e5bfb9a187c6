package graph_test

import (
	"strings"
	"testing"
)

// A logged-in candidate reading their application is the hottest read of a
// registration morning. Once its session, the catalog and its masked ID
// number are cached, it costs one statement — the application row — so
// that a resolver that starts re-reading rows per field fails here.
func TestCandidateReadStatements(t *testing.T) {
	env := startCrowded(t, nil)
	a := newApplicant(t, env, crowd("reader", 1)[0])
	d := a.save(t, "", a.fullForm(t, "210000", "沈阳考区", "210000")).Application
	const list = `{ myApplications { id status statusLabel version region { code name } qualification { code name level } subjects { name } idNumberMasked } }`
	const one = `query($id: ID!) { node(id: $id) { ... on Application { id status statusLabel version region { code name } qualification { code name } idNumberMasked } } }`
	for _, c := range []struct {
		name, q string
		vars    map[string]any
		want    int
	}{
		{"myApplications", list, nil, 1},
		{"node", one, map[string]any{"id": d.ID}, 1},
	} {
		var out map[string]any
		env.MustAs(t, a.token, c.q, c.vars, &out)
		env.Counter.Reset()
		env.MustAs(t, a.token, c.q, c.vars, &out)
		if st := env.Counter.Statements(); len(st) != c.want {
			t.Errorf("%s: %d statements, want %d:\n%s", c.name, len(st), c.want, strings.Join(st, "\n"))
		}
	}
}
