package apply

import (
	"context"
	"fmt"
	"slices"
	"strings"
	"time"

	"github.com/ruankao/ruankao/ent"
	"github.com/ruankao/ruankao/ent/examsession"
	"github.com/ruankao/ruankao/ent/regionpolicy"
	"github.com/ruankao/ruankao/ent/storedfile"
	"github.com/ruankao/ruankao/internal/apperr"
	"github.com/ruankao/ruankao/internal/catalog"
	"github.com/ruankao/ruankao/internal/civil"
	"github.com/ruankao/ruankao/internal/clock"
	"github.com/ruankao/ruankao/internal/enum"
	"github.com/ruankao/ruankao/internal/locality"
	"github.com/ruankao/ruankao/internal/scores"
	"github.com/ruankao/ruankao/internal/viewer"
)

// checkWindow: drafts are saved and submitted inside the region's
// registration window; a rejected application is corrected until the
// correction deadline, even after the window.
func checkWindow(ctx context.Context, st *setting, status enum.ApplicationStatus) apperr.Problems {
	var ps apperr.Problems
	p := st.Policy
	if p == nil {
		ps.Add(apperr.WindowClosed, st.Region.Name+"本批次未开放报名", "input", "regionCode")
		return ps
	}
	now := clock.Now(ctx)
	switch status {
	case enum.StatusRejected:
		if !now.Before(p.CorrectionClosesAt) {
			ps.Add(apperr.WindowClosed, "修改截止时间（"+clock.Shown(p.CorrectionClosesAt)+"）已过")
		}
	default:
		if now.Before(p.RegistrationOpensAt) {
			ps.Add(apperr.WindowClosed, st.Region.Name+"报名尚未开始，开始时间 "+clock.Shown(p.RegistrationOpensAt))
		} else if !now.Before(p.RegistrationClosesAt) {
			ps.Add(apperr.WindowClosed, st.Region.Name+"报名已于 "+clock.Shown(p.RegistrationClosesAt)+" 结束")
		}
	}
	return ps
}

// regionKept: the region is fixed from the first submit on. A correction
// keeps it; a candidate who wants another region withdraws and applies
// there. A draft that was never submitted may still move.
func regionKept(app *ent.Application, to *ent.Region) *apperr.UserError {
	if to.ID == app.RegionID || (app.SubmittedAt == nil && app.Status == enum.StatusDraft) {
		return nil
	}
	return &apperr.UserError{Field: path("regionCode"), Code: apperr.RegionFixed,
		Message: "报名已提交过，报名省市不能更改；如需在" + to.Name + "报名，请撤回本报名后重新报名"}
}

// AgeAt is the age the form records: in whole years at the session's first
// exam day (conventions).
func AgeAt(birth civil.Date, sess *ent.ExamSession) int { return birth.YearsAt(sess.FirstExamDay) }

// CandidateAgeAt is the candidate's age for a session (by code) from the
// birth date their ID number carries, before any form is saved; nil when the
// ID carries none or there is no such session.
func CandidateAgeAt(ctx context.Context, client *ent.Client, cand *ent.Candidate, sessionCode string) (*int, error) {
	if cand.BirthDate == nil {
		return nil, nil
	}
	sess, err := client.ExamSession.Query().Where(examsession.Code(sessionCode), examsession.Disabled(false)).Only(ctx)
	if ent.IsNotFound(err) {
		return nil, nil
	}
	if err != nil {
		return nil, err
	}
	age := AgeAt(*cand.BirthDate, sess)
	return &age, nil
}

type reviewWindow struct{ start, end time.Time }

// reviewFrom starts review now with a deadline of n working days, stored and
// never moved afterwards.
func reviewFrom(ctx context.Context, client *ent.Client, now time.Time, n int) (*reviewWindow, error) {
	cal, err := calendar(ctx, client)
	if err != nil {
		return nil, err
	}
	return &reviewWindow{start: now, end: cal.Deadline(civil.In(now, clock.Shanghai), n, clock.Shanghai)}, nil
}

type submitCheck struct {
	problems apperr.Problems
	nonLocal bool
	fee      int64
}

// checkSubmit runs every check of submission: the whole form, then the
// region's rules. All problems are reported at once.
func checkSubmit(ctx context.Context, client *ent.Client, cand *ent.Candidate, app *ent.Application, st *setting, commitment bool) (*submitCheck, error) {
	out := &submitCheck{}
	f := formOf(app)
	f.RegionCode = &st.Region.Code
	if app.QualificationID != nil {
		q, err := catalog.From(ctx).Qualification(ctx, client, *app.QualificationID)
		if err != nil {
			return nil, err
		}
		f.QualificationCode = &q.Code
	}
	resolved, ps := checkForm(ctx, client, cand, st.Session, &f, true)
	out.problems = append(out.problems, ps...)
	out.problems = append(out.problems, checkWindow(ctx, st, app.Status)...)
	p := st.Policy
	if p == nil {
		return out, nil
	}
	sys := viewer.SystemContext(ctx)
	if p.CommitmentRequired && !commitment && app.CommitmentAcceptedAt == nil {
		out.problems.Add(apperr.CommitmentNeeded, st.Region.Name+"要求签署诚信考试承诺书，请阅读并勾选同意", "commitmentAccepted")
	}
	if app.HukouCode != nil && locality.Valid(*app.HukouCode) {
		out.nonLocal = !locality.IsLocal(*app.HukouCode, st.Region.Code, st.ParentCode)
		if out.nonLocal {
			if !p.NonLocalAllowed {
				out.problems.Add(apperr.NonLocalRefused, st.Region.Name+"不接受非本地户籍考生报名", "input", "hukouCode")
			} else if len(p.NonLocalMaterialKinds) > 0 {
				missing, err := missingMaterials(sys, client, app, p)
				if err != nil {
					return nil, err
				}
				if missing != "" {
					out.problems.Add(apperr.MaterialsMissing, missing, "materials")
				}
			}
		}
	}
	ban, source, err := scores.ActiveBan(sys, client, cand.ID, st.Region.ID, st.Session)
	if err != nil {
		return nil, err
	}
	if ban != nil {
		out.problems.Add(apperr.Banned, scores.BanMessage(st.Region.Name, source))
	}
	if resolved.qualification != nil {
		n, err := catalog.From(ctx).SubjectCount(ctx, client, resolved.qualification.ID)
		if err != nil {
			return nil, err
		}
		out.fee = catalog.FeePerSubject(p, resolved.qualification.Level) * int64(n)
	}
	return out, nil
}

// missingMaterials says which non-local materials are still needed, or "".
func missingMaterials(ctx context.Context, client *ent.Client, app *ent.Application, p *ent.RegionPolicy) (string, error) {
	files, err := client.StoredFile.Query().
		Where(storedfile.ApplicationID(app.ID), storedfile.KindEQ(storedfile.KindMATERIAL)).All(ctx)
	if err != nil {
		return "", err
	}
	have := map[enum.MaterialKind]bool{}
	for _, f := range files {
		if f.MaterialKind != nil {
			have[*f.MaterialKind] = true
		}
	}
	var labels, missing []string
	for _, k := range p.NonLocalMaterialKinds {
		labels = append(labels, k.Label())
		if !have[k] {
			missing = append(missing, k.Label())
		}
	}
	if p.NonLocalMaterialRule == regionpolicy.NonLocalMaterialRuleALL {
		if len(missing) > 0 {
			return fmt.Sprintf("非本地户籍考生须上传：%s（尚缺 %s）", strings.Join(labels, "、"), strings.Join(missing, "、")), nil
		}
		return "", nil
	}
	if slices.ContainsFunc(p.NonLocalMaterialKinds, func(k enum.MaterialKind) bool { return have[k] }) {
		return "", nil
	}
	return "非本地户籍考生须上传以下材料之一：" + strings.Join(labels, "、"), nil
}
