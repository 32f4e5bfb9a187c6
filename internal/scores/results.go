package scores

import (
	"context"

	"github.com/ruankao/ruankao/ent"
	"github.com/ruankao/ruankao/ent/certificate"
	"github.com/ruankao/ruankao/ent/schema/pulid"
	"github.com/ruankao/ruankao/ent/score"
	"github.com/ruankao/ruankao/internal/catalog"
	"github.com/ruankao/ruankao/internal/clock"
	"github.com/ruankao/ruankao/internal/viewer"
)

// SubjectResult is one subject's line in 成绩查询.
type SubjectResult struct {
	Subject *ent.Subject
	Rule    SubjectRule
	Mark    *Mark
	Passed  bool
}

// Result is an application's 成绩查询: nothing for its candidate before the
// session's release time; its staff see it at once.
type Result struct {
	Released bool
	// Visible: the viewer may see the scores now (staff always).
	Visible  bool
	Passed   bool
	Subjects []SubjectResult
}

// ResultOf reads app's scores as the viewer (the privacy policy hides a
// candidate's own before release, and everyone else's always).
func (s *Service) ResultOf(ctx context.Context, app *ent.Application) (*Result, error) {
	ctx = s.ctx(ctx)
	if app.QualificationID == nil {
		return nil, nil
	}
	cat := catalog.From(ctx)
	sess, err := cat.Session(ctx, s.Client, app.SessionID)
	if err != nil {
		return nil, err
	}
	v := viewer.From(ctx)
	out := &Result{Released: Released(sess, clock.Now(ctx))}
	out.Visible = out.Released || v.IsStaff()
	if !out.Visible {
		return out, nil
	}
	subs, err := cat.Subjects(ctx, s.Client, *app.QualificationID)
	if err != nil {
		return nil, err
	}
	rules, err := Rules(ctx, s.Client, subs, app.SessionID)
	if err != nil {
		return nil, err
	}
	rows, err := s.Client.Score.Query().Where(score.ApplicationID(app.ID)).All(ctx)
	if err != nil {
		return nil, err
	}
	if len(rows) == 0 {
		return out, nil // no scores yet: no decision
	}
	marks := map[pulid.ID]*Mark{}
	for _, r := range rows {
		marks[r.SubjectID] = &Mark{Points: r.Points, Absent: r.Absent}
	}
	for i, sub := range subs {
		m := marks[sub.ID]
		out.Subjects = append(out.Subjects, SubjectResult{Subject: sub, Rule: rules[i], Mark: m, Passed: PassesSubject(rules[i], m)})
	}
	out.Passed = Passed(rules, marks)
	return out, nil
}

// CertificateOf is app's certificate as the viewer may see it, or nil.
func (s *Service) CertificateOf(ctx context.Context, app *ent.Application) (*ent.Certificate, error) {
	c, err := s.Client.Certificate.Query().Where(certificate.ApplicationID(app.ID)).Only(ctx)
	if ent.IsNotFound(err) {
		return nil, nil
	}
	return c, err
}
