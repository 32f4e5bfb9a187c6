package graph_test

import (
	"testing"
)

// The per-row fields of a list cost one query each, whatever the list's
// length: a reviewer opening 2 or 8 applications at once sends as many SELECTs.
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
	for _, id := range ids[:4] {
		env.MustAs(t, reviewer, `mutation($id: ID!) { rejectApplication(id: $id, version: 2, reasonCodes: ["PHOTO_NONCOMPLIANT"]) { userErrors { code } } }`,
			map[string]any{"id": id}, &struct{}{})
	}
	for _, id := range ids[4:6] {
		env.MustAs(t, reviewer, `mutation($id: ID!) { claimApplication(id: $id) { userErrors { code } } }`, map[string]any{"id": id}, &struct{}{})
	}
	const q = `query($ids: [ID!]!) { nodes(ids: $ids) { ... on Application { id subjects { name } rejectionReasons { code label }
		claim { reviewerName mine } idNumberMasked } } }`
	selects := func(ids []string) int {
		env.Counter.Reset()
		var d struct{ Nodes []struct{ ID string } }
		env.MustAs(t, reviewer, q, map[string]any{"ids": ids}, &d)
		if len(d.Nodes) != len(ids) {
			t.Fatalf("%d nodes for %d ids", len(d.Nodes), len(ids))
		}
		return env.Counter.Selects()
	}
	// Two of each kind (rejected, claimed, plain) against all eight.
	few, many := selects([]string{ids[0], ids[4], ids[6]}), selects(ids)
	if few != many {
		t.Errorf("3 applications: %d SELECTs, 8: %d", few, many)
	}
}
