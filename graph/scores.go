package graph

import (
	"io"

	"github.com/99designs/gqlgen/graphql"

	"github.com/ruankao/ruankao/ent"
	"github.com/ruankao/ruankao/ent/scoreimport"
	"github.com/ruankao/ruankao/graph/model"
	"github.com/ruankao/ruankao/internal/apperr"
	"github.com/ruankao/ruankao/internal/scores"
)

var importStatusLabels = map[scoreimport.Status]string{
	scoreimport.StatusRUNNING: "校验中", scoreimport.StatusINVALID: "校验未通过", scoreimport.StatusREADY: "待生效",
	scoreimport.StatusAPPLIED: "已生效", scoreimport.StatusFAILED: "失败", scoreimport.StatusSUPERSEDED: "已被取代",
}

// upload is an upload as the domain reads it: streamed, never read whole.
func upload(f graphql.Upload) (string, io.Reader) { return f.Filename, f.File }

func examResult(r *scores.Result, sess *ent.ExamSession) *model.ExamResult {
	out := &model.ExamResult{Released: r.Released, ReleaseAt: sess.ScoreReleaseAt, Subjects: []*model.SubjectScore{}}
	if !r.Visible || len(r.Subjects) == 0 {
		return out
	}
	passed := r.Passed
	out.Passed = &passed
	for _, s := range r.Subjects {
		line := &model.SubjectScore{Subject: s.Subject, PassMark: s.Rule.PassMark, FullMarks: s.Rule.FullMarks, Passed: s.Passed}
		if s.Mark != nil {
			line.Points, line.Absent = s.Mark.Points, s.Mark.Absent
		}
		out.Subjects = append(out.Subjects, line)
	}
	return out
}

func diffs(ds []scores.Diff) []*model.ScoreDiff {
	out := make([]*model.ScoreDiff, len(ds))
	for i, d := range ds {
		out[i] = &model.ScoreDiff{Line: d.Line, TicketNumber: d.TicketNumber, Subject: d.Subject, PointsBefore: d.PointsBefore,
			AbsentBefore: d.AbsentBefore, PointsAfter: d.PointsAfter, AbsentAfter: d.AbsentAfter}
	}
	return out
}

func problemsOf(ps []*ent.ScoreProblem) []*model.ScoreImportProblem {
	out := make([]*model.ScoreImportProblem, len(ps))
	for i, p := range ps {
		out[i] = &model.ScoreImportProblem{Line: p.Line, Column: p.Column, Code: p.Code, Message: p.Message}
	}
	return out
}

func certificateCheck(c *scores.Check) *model.CertificateCheck {
	out := &model.CertificateCheck{Genuine: c.Genuine, Certificates: []*model.VerifiedCertificate{}, UserErrors: []*apperr.UserError{}}
	for _, x := range c.Found {
		q := x.Edges.Qualification
		out.Certificates = append(out.Certificates, &model.VerifiedCertificate{Qualification: q.Name, Level: q.Level, IssuedOn: x.IssuedOn})
	}
	return out
}
