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

// A read asks the database only for the columns its fields need: each field
// still answers what was saved, whether it is a column, an edge or a
// resolver reading columns (labels, overdue), in a list and by id.
func TestNarrowReadsAnswerEveryField(t *testing.T) {
	env := startCrowded(t, nil)
	a := newApplicant(t, env, crowd("narrow", 1)[0])
	d := a.save(t, "", a.fullForm(t, "210000", "沈阳考区", "210000")).Application
	const fields = `id __typename workUnit mobile photoID areaID employmentLabel educationLabel majorRelationLabel
		genderLabel idTypeLabel overdue area { name } photo { id } qualification { code } session { code }`
	type view struct {
		ID, Typename, WorkUnit, Mobile, PhotoID, AreaID                  string
		EmploymentLabel, EducationLabel, MajorRelationLabel, IdTypeLabel string
		GenderLabel                                                      *string
		Overdue                                                          bool
		Area                                                             struct{ Name string }
		Photo                                                            struct{ ID string }
		Qualification                                                    struct{ Code string }
		Session                                                          struct{ Code string }
	}
	var list struct{ MyApplications []view }
	env.MustAs(t, a.token, `{ myApplications { `+fields+` } }`, nil, &list)
	var one struct{ Node view }
	env.MustAs(t, a.token, `query($id: ID!) { node(id: $id) { ... on Application { `+fields+` } } }`, map[string]any{"id": d.ID}, &one)
	if len(list.MyApplications) != 1 {
		t.Fatalf("%d applications", len(list.MyApplications))
	}
	for name, v := range map[string]view{"myApplications": list.MyApplications[0], "node": one.Node} {
		if v.ID != d.ID || v.WorkUnit != "某软件有限公司" || v.Mobile == "" || v.PhotoID != string(a.photo) || v.AreaID == "" ||
			v.EmploymentLabel == "" || v.EducationLabel == "" || v.MajorRelationLabel == "" || v.IdTypeLabel == "" ||
			v.Area.Name != "沈阳考区" || v.Photo.ID != string(a.photo) || v.Qualification.Code != "ZJ02" || v.Session.Code == "" {
			t.Errorf("%s answered %+v", name, v)
		}
	}
}
