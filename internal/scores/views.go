package scores

import (
	"context"
	"database/sql"
	"time"

	"github.com/ruankao/ruankao/ent"
	"github.com/ruankao/ruankao/ent/absenteeban"
	"github.com/ruankao/ruankao/ent/examsession"
	"github.com/ruankao/ruankao/ent/region"
	"github.com/ruankao/ruankao/ent/schema/pulid"
	"github.com/ruankao/ruankao/ent/scoreimport"
	"github.com/ruankao/ruankao/ent/scoreproblem"
	"github.com/ruankao/ruankao/ent/subject"
	"github.com/ruankao/ruankao/internal/apperr"
	"github.com/ruankao/ruankao/internal/catalog"
	"github.com/ruankao/ruankao/internal/enum"
	"github.com/ruankao/ruankao/internal/viewer"
)

// MaxPage bounds one page of problems, changes or bans.
const MaxPage = 500

func page(first, offset *int) (int, int) {
	n, o := 100, 0
	if first != nil && *first > 0 {
		n = min(*first, MaxPage)
	}
	if offset != nil && *offset > 0 {
		o = *offset
	}
	return n, o
}

// Imports lists a session's imports, newest first (national admins).
func (s *Service) Imports(ctx context.Context, sessionCode string) ([]*ent.ScoreImport, error) {
	if err := nationalOrShell(ctx, "查看成绩导入"); err != nil {
		return nil, err
	}
	return s.Client.ScoreImport.Query().Where(scoreimport.HasSessionWith(examsession.Code(sessionCode))).
		Order(ent.Desc(scoreimport.FieldCreatedAt), ent.Desc(scoreimport.FieldID)).All(ctx)
}

// Problems is a page of an import's problems by line. The caller has read
// imp as the viewer (national admins only).
func (s *Service) Problems(ctx context.Context, imp *ent.ScoreImport, first, offset *int) ([]*ent.ScoreProblem, error) {
	n, o := page(first, offset)
	return s.Client.ScoreProblem.Query().Where(scoreproblem.ImportID(imp.ID)).
		Order(ent.Asc(scoreproblem.FieldLine), ent.Asc(scoreproblem.FieldID)).Offset(o).Limit(n).All(viewer.SystemContext(ctx))
}

// Diff is one score an import changes.
type Diff struct {
	Line                      int
	TicketNumber              string
	Subject                   *ent.Subject
	PointsBefore, PointsAfter *int
	AbsentBefore, AbsentAfter bool
}

const (
	previewSQL = `SELECT s.line, t.ticket_number, s.subject_id, sc.points, sc.absent, s.points, s.absent
	FROM score_stages s JOIN scores sc ON sc.application_id = s.application_id AND sc.subject_id = s.subject_id
	JOIN admission_tickets t ON t.application_id = s.application_id
	WHERE s.import_id = $1 AND (sc.points IS DISTINCT FROM s.points OR sc.absent <> s.absent)
	ORDER BY s.line LIMIT $2 OFFSET $3`
	recordSQL = `SELECT x.line, t.ticket_number, x.subject_id, x.points_before, x.absent_before, x.points_after, x.absent_after
	FROM score_changes x JOIN admission_tickets t ON t.application_id = x.application_id
	WHERE x.import_id = $1 ORDER BY x.line LIMIT $2 OFFSET $3`
)

// Changes is a page of what imp changes: the preview while READY, the
// record once APPLIED, nothing otherwise.
func (s *Service) Changes(ctx context.Context, imp *ent.ScoreImport, first, offset *int) ([]Diff, error) {
	q := previewSQL
	switch imp.Status {
	case scoreimport.StatusREADY:
	case scoreimport.StatusAPPLIED:
		q = recordSQL
	default:
		return nil, nil
	}
	n, o := page(first, offset)
	var out []Diff
	var subjects []pulid.ID
	err := s.query(ctx, q, []any{string(imp.ID), n, o}, func(rs *sql.Rows) error {
		var d Diff
		var sub string
		var pb, pa sql.NullInt64
		if err := rs.Scan(&d.Line, &d.TicketNumber, &sub, &pb, &d.AbsentBefore, &pa, &d.AbsentAfter); err != nil {
			return err
		}
		d.PointsBefore, d.PointsAfter = intp(pb), intp(pa)
		d.Subject = &ent.Subject{ID: pulid.ID(sub)}
		subjects = append(subjects, pulid.ID(sub))
		out = append(out, d)
		return nil
	})
	if err != nil || len(out) == 0 {
		return out, err
	}
	subs, err := s.Client.Subject.Query().Where(subject.IDIn(subjects...)).All(viewer.SystemContext(ctx))
	if err != nil {
		return nil, err
	}
	byID := map[pulid.ID]*ent.Subject{}
	for _, x := range subs {
		byID[x.ID] = x
	}
	for i := range out {
		out[i].Subject = byID[out[i].Subject.ID]
	}
	return out, nil
}

func intp(n sql.NullInt64) *int {
	if !n.Valid {
		return nil
	}
	v := int(n.Int64)
	return &v
}

// MyBans are the viewer's bans (a candidate's own), newest first.
func (s *Service) MyBans(ctx context.Context) ([]*ent.AbsenteeBan, error) {
	v := viewer.From(ctx)
	if v.Kind != viewer.Candidate {
		return nil, apperr.New(apperr.Forbidden, "只有考生可以查看自己的缺考限制")
	}
	return s.Client.AbsenteeBan.Query().Where(absenteeban.CandidateID(v.ID)).
		Order(ent.Desc(absenteeban.FieldCreatedAt), ent.Desc(absenteeban.FieldID)).All(ctx)
}

// Bans lists a region's bans, newest first: a region admin's own region
// (another region's code is not found), a national admin's named one.
func (s *Service) Bans(ctx context.Context, regionCode, sessionCode *string, first *int) ([]*ent.AbsenteeBan, error) {
	v := viewer.From(ctx)
	if !v.IsStaff() || (v.Role != enum.RoleRegionAdmin && v.Role != enum.RoleNationalAdmin) {
		return nil, apperr.New(apperr.Forbidden, "只有地区管理员和全国管理员可以查看缺考限制")
	}
	q := s.Client.AbsenteeBan.Query()
	if regionCode != nil {
		q.Where(absenteeban.HasRegionWith(region.Code(*regionCode)))
	}
	if sessionCode != nil {
		q.Where(absenteeban.HasSourceSessionWith(examsession.Code(*sessionCode)))
	}
	n, _ := page(first, nil)
	return q.Order(ent.Desc(absenteeban.FieldCreatedAt), ent.Desc(absenteeban.FieldID)).Limit(n).All(ctx)
}

// BarredSession is the session a ban bars and when the ban ends there: the
// region's registration close for it; nil while the region has no next session.
func (s *Service) BarredSession(ctx context.Context, b *ent.AbsenteeBan) (*ent.ExamSession, *time.Time, error) {
	ctx = s.ctx(ctx)
	src, err := catalog.From(ctx).Session(ctx, s.Client, b.SourceSessionID)
	if err != nil {
		return nil, nil, err
	}
	next, err := NextSession(ctx, s.Client, b.RegionID, src)
	if err != nil || next == nil {
		return nil, nil, err
	}
	p, err := catalog.From(ctx).Policy(viewer.SystemContext(ctx), s.Client, b.RegionID, next.ID)
	if err != nil {
		return nil, nil, err
	}
	end := next.RegistrationClosesAt
	if p != nil {
		end = p.RegistrationClosesAt
	}
	return next, &end, nil
}
