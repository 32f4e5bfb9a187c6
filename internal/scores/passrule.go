package scores

import (
	"context"

	"github.com/ruankao/ruankao/ent"
	"github.com/ruankao/ruankao/ent/passmark"
	"github.com/ruankao/ruankao/ent/schema/pulid"
	"github.com/ruankao/ruankao/internal/viewer"
)

// Mark is one subject's result as imported.
type Mark struct {
	Points *int
	Absent bool
}

// SubjectRule is what a subject needs in a session: its pass mark there
// (the session's override, else the subject's own) out of its full marks.
type SubjectRule struct {
	Subject             pulid.ID
	PassMark, FullMarks int
}

// PassesSubject: present, and at or above the pass mark (45 of 75 passes, 44 does not).
func PassesSubject(r SubjectRule, m *Mark) bool {
	return m != nil && !m.Absent && m.Points != nil && *m.Points >= r.PassMark
}

// Passed is the pass rule: every subject of the qualification passed in the
// same session. A subject without a result fails it.
func Passed(rules []SubjectRule, marks map[pulid.ID]*Mark) bool {
	if len(rules) == 0 {
		return false
	}
	for _, r := range rules {
		if !PassesSubject(r, marks[r.Subject]) {
			return false
		}
	}
	return true
}

// FailingSubjectSQL is the pass rule in SQL, for certificates and statistics: a row when
// application a has a subject it did not pass. Tested against Passed.
const FailingSubjectSQL = `SELECT 1 FROM subjects su
	LEFT JOIN scores sc ON sc.application_id = a.id AND sc.subject_id = su.id
	LEFT JOIN pass_marks pm ON pm.session_id = a.session_id AND pm.subject_id = su.id
	WHERE su.qualification_id = a.qualification_id
		AND (sc.id IS NULL OR sc.absent OR sc.points IS NULL OR sc.points < coalesce(pm.pass_mark, su.pass_mark))`

// Rules are a qualification's subjects with their pass marks in a session.
func Rules(ctx context.Context, c *ent.Client, subjects []*ent.Subject, session pulid.ID) ([]SubjectRule, error) {
	ids := make([]pulid.ID, len(subjects))
	for i, s := range subjects {
		ids[i] = s.ID
	}
	over, err := c.PassMark.Query().Where(passmark.SessionID(session), passmark.SubjectIDIn(ids...)).All(viewer.SystemContext(ctx))
	if err != nil {
		return nil, err
	}
	byID := map[pulid.ID]int{}
	for _, o := range over {
		byID[o.SubjectID] = o.PassMark
	}
	out := make([]SubjectRule, len(subjects))
	for i, s := range subjects {
		pm, ok := byID[s.ID]
		if !ok {
			pm = s.PassMark
		}
		out[i] = SubjectRule{Subject: s.ID, PassMark: pm, FullMarks: s.FullMarks}
	}
	return out, nil
}
