package graph_test

import (
	"testing"
)

// The per-row fields of a list cost one query each, whatever the list's
// length: a page of 3 or of 8 applications in the review queue sends as many SELECTs.
func TestListFieldsAreBatched(t *testing.T) {
	env := startCrowded(t, nil)
	people := crowd("batch", 8)
	var ids []string
	for _, p := range people {
		a := newApplicant(t, env, p)
		d := a.save(t, "", a.fullForm(t, "210000", "沈阳考区", "210000")).Application
		ids = append(ids, a.submit(t, d.ID, true, "").Application.ID)
	}
	reviewer := env.LoginStaff(t, "liaoning-reviewer")
	for _, id := range []string{ids[0], ids[3], ids[4], ids[5]} {
		env.MustAs(t, reviewer, `mutation($id: ID!) { rejectApplication(id: $id, version: 2, reasonCodes: ["PHOTO_NONCOMPLIANT"]) { userErrors { code } } }`,
			map[string]any{"id": id}, &struct{}{})
	}
	for _, id := range []string{ids[1], ids[6]} {
		env.MustAs(t, reviewer, `mutation($id: ID!) { claimApplication(id: $id) { userErrors { code } } }`, map[string]any{"id": id}, &struct{}{})
	}
	const q = `query($n: Int) { reviewQueue(first: $n, filter: {statuses: [PENDING_REVIEW, REJECTED]}) { edges { node {
		id subjects { name } rejectionReasons { code label } claim { reviewerName mine } idNumberMasked } } } }`
	selects := func(n int) int {
		env.Counter.Reset()
		var d struct {
			ReviewQueue struct {
				Edges []struct{ Node struct{ ID string } }
			}
		}
		env.MustAs(t, reviewer, q, map[string]any{"n": n}, &d)
		if len(d.ReviewQueue.Edges) != n {
			t.Fatalf("%d rows for first: %d", len(d.ReviewQueue.Edges), n)
		}
		return env.Counter.Selects()
	}
	// The oldest three are one of each kind: rejected, claimed, plain.
	// For 30 s (wall time) after a catalog change the catalog cache reads row
	// by row: the smaller page again afterwards tells whether both pages were
	// counted in the same state; if not, count again (the window ends once).
	for try := 0; ; try++ {
		few, many, again := selects(3), selects(8), selects(3)
		if few != again && try < 2 {
			continue
		}
		if few != many {
			t.Errorf("a page of 3 applications: %d SELECTs, of 8: %d", few, many)
		}
		break
	}
}
