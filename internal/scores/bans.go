package scores

import (
	"context"
	"strings"

	"github.com/ruankao/ruankao/ent"
	"github.com/ruankao/ruankao/ent/absenteeban"
	"github.com/ruankao/ruankao/ent/examsession"
	"github.com/ruankao/ruankao/ent/regionpolicy"
	"github.com/ruankao/ruankao/ent/schema/pulid"
	"github.com/ruankao/ruankao/internal/apperr"
	"github.com/ruankao/ruankao/internal/audit"
	"github.com/ruankao/ruankao/internal/clock"
	"github.com/ruankao/ruankao/internal/enum"
	"github.com/ruankao/ruankao/internal/txn"
	"github.com/ruankao/ruankao/internal/viewer"
)

// A ban made from session P bars the region's next session: the first the
// region takes part in (has a policy for) whose exam comes after P's. So a
// session's submit looks back at the region's session just before it.

// previousSession is the region's session whose exam came last before
// session's; nil when there is none.
func previousSession(ctx context.Context, c *ent.Client, region pulid.ID, session *ent.ExamSession) (*ent.ExamSession, error) {
	p, err := c.ExamSession.Query().Where(examsession.HasPoliciesWith(regionpolicy.RegionID(region)),
		examsession.LastExamDayLT(session.FirstExamDay)).
		Order(ent.Desc(examsession.FieldLastExamDay), ent.Desc(examsession.FieldID)).First(viewer.SystemContext(ctx))
	if ent.IsNotFound(err) {
		return nil, nil
	}
	return p, err
}

// NextSession is the session a ban made from source bars; nil while the
// region has none after it yet.
func NextSession(ctx context.Context, c *ent.Client, region pulid.ID, source *ent.ExamSession) (*ent.ExamSession, error) {
	n, err := c.ExamSession.Query().Where(examsession.HasPoliciesWith(regionpolicy.RegionID(region)),
		examsession.FirstExamDayGT(source.LastExamDay)).
		Order(ent.Asc(examsession.FieldFirstExamDay), ent.Asc(examsession.FieldID)).First(viewer.SystemContext(ctx))
	if ent.IsNotFound(err) {
		return nil, nil
	}
	return n, err
}

// ActiveBan is the ban that bars candidate from registering in region for
// session, or nil. Read as the system: the submit rule needs it whoever asks.
func ActiveBan(ctx context.Context, c *ent.Client, candidate, region pulid.ID, session *ent.ExamSession) (*ent.AbsenteeBan, *ent.ExamSession, error) {
	prev, err := previousSession(ctx, c, region, session)
	if err != nil || prev == nil {
		return nil, nil, err
	}
	b, err := c.AbsenteeBan.Query().Where(absenteeban.CandidateID(candidate), absenteeban.RegionID(region),
		absenteeban.SourceSessionID(prev.ID), absenteeban.LiftedAtIsNil()).First(viewer.SystemContext(ctx))
	if ent.IsNotFound(err) {
		return nil, nil, nil
	}
	return b, prev, err
}

// BanMessage is what a barred candidate reads at submit.
func BanMessage(regionName string, source *ent.ExamSession) string {
	return "您在" + regionName + source.Name + "中有缺考科目（缺考1科即视为缺考），按规定不能报名" + regionName + "本次考试"
}

// Lift ends a ban early: a region admin of its region (or a national
// admin), with a reason; audited.
func (s *Service) Lift(ctx context.Context, banID pulid.ID, reason string) (*ent.AbsenteeBan, apperr.Problems, error) {
	v := viewer.From(ctx)
	if !v.IsStaff() || (v.Role != enum.RoleRegionAdmin && v.Role != enum.RoleNationalAdmin) {
		return nil, nil, apperr.New(apperr.Forbidden, "只有地区管理员和全国管理员可以解除缺考限制")
	}
	var ps apperr.Problems
	reason = strings.TrimSpace(reason)
	if reason == "" {
		ps.Add(apperr.Required, "请填写解除原因", "reason")
	} else if len([]rune(reason)) > 500 {
		ps.Add(apperr.InvalidFormat, "解除原因不能超过 500 字", "reason")
	}
	if ps.Any() {
		return nil, ps, nil
	}
	var out *ent.AbsenteeBan
	err := txn.Run(ctx, s.Client, func(ctx context.Context, c *ent.Client) error {
		// Read as the admin: another region's ban is not found.
		b, err := c.AbsenteeBan.Get(ctx, banID)
		if ent.IsNotFound(err) {
			return apperr.NotFoundf("缺考限制")
		}
		if err != nil {
			return err
		}
		if b.LiftedAt != nil {
			out = b // a retried request
			return nil
		}
		if out, err = c.AbsenteeBan.UpdateOne(b).SetLiftedAt(clock.Now(ctx)).SetLiftedByID(v.ID).SetLiftReason(reason).Save(ctx); err != nil {
			return err
		}
		return audit.Record(ctx, c, audit.Entry{Action: "absenteeban.lift", RecordType: "AbsenteeBan", RecordID: string(b.ID),
			RegionID: b.RegionID, Before: map[string]any{"liftedAt": nil}, After: map[string]any{"reason": reason}})
	})
	return out, nil, err
}
