package graph

import (
	"context"

	"github.com/ruankao/ruankao/ent"
	"github.com/ruankao/ruankao/ent/examsession"
	"github.com/ruankao/ruankao/ent/schema/pulid"
	"github.com/ruankao/ruankao/graph/model"
	"github.com/ruankao/ruankao/internal/admin"
	"github.com/ruankao/ruankao/internal/apperr"
	"github.com/ruankao/ruankao/internal/clock"
)

func noticePayload(n *ent.Notice, ps apperr.Problems) *model.NoticePayload {
	if ps.Any() {
		n = nil
	}
	return &model.NoticePayload{Notice: n, UserErrors: userErrors(ps)}
}

// noticeSession finds the session a notice is about; an unknown code is a
// problem of the input.
func noticeSession(ctx context.Context, client *ent.Client, code string, ps *apperr.Problems) (pulid.ID, error) {
	s, err := client.ExamSession.Query().Where(examsession.Code(code)).Only(ctx)
	if ent.IsNotFound(err) {
		ps.Add(apperr.InvalidFormat, "考试批次 "+code+" 不存在", "input", "sessionCode")
		return "", nil
	}
	if err != nil {
		return "", err
	}
	return s.ID, nil
}

func (r *Resolver) createNotice(ctx context.Context, regionCode string, in model.CreateNoticeInput) (*model.NoticePayload, error) {
	v, err := adminViewer(ctx)
	if err != nil {
		return nil, err
	}
	client := ent.FromContext(ctx)
	var ps apperr.Problems
	reg, err := adminRegion(ctx, client, v, regionCode, &ps)
	if err != nil {
		return nil, err
	}
	c := client.Notice.Create().SetRegionID(reg.ID).SetKind(in.Kind).
		SetTitle(admin.Text(&ps, in.Title, admin.MaxTitleRunes, "input", "title"))
	if in.Body != nil {
		c.SetBody(admin.Body(&ps, *in.Body, "input", "body"))
	}
	if in.SessionCode != nil {
		id, err := noticeSession(ctx, client, *in.SessionCode, &ps)
		if err != nil {
			return nil, err
		}
		c.SetSessionID(id)
	}
	if in.SortOrder != nil {
		c.SetSortOrder(*in.SortOrder)
	}
	published := clock.Now(ctx)
	if in.PublishedAt != nil {
		published = *in.PublishedAt
	}
	c.SetPublishedAt(published)
	if ps.Any() {
		return noticePayload(nil, ps), nil
	}
	n, err := c.Save(ctx)
	if err != nil {
		return nil, err
	}
	return noticePayload(n, nil), nil
}

func (r *Resolver) updateNotice(ctx context.Context, id pulid.ID, in model.UpdateNoticeInput) (*model.NoticePayload, error) {
	v, err := adminViewer(ctx)
	if err != nil {
		return nil, err
	}
	client := ent.FromContext(ctx)
	n, err := adminNotice(ctx, client, v, id)
	if err != nil {
		return nil, err
	}
	var ps apperr.Problems
	upd := client.Notice.UpdateOneID(n.ID)
	if in.Kind != nil {
		upd.SetKind(*in.Kind)
	}
	if in.Title != nil {
		upd.SetTitle(admin.Text(&ps, *in.Title, admin.MaxTitleRunes, "input", "title"))
	}
	if in.Body != nil {
		upd.SetBody(admin.Body(&ps, *in.Body, "input", "body"))
	}
	if code, set := in.SessionCode.ValueOK(); set {
		if code == nil {
			upd.ClearSessionID()
		} else {
			sid, err := noticeSession(ctx, client, *code, &ps)
			if err != nil {
				return nil, err
			}
			upd.SetSessionID(sid)
		}
	}
	if in.SortOrder != nil {
		upd.SetSortOrder(*in.SortOrder)
	}
	if in.PublishedAt != nil {
		upd.SetPublishedAt(*in.PublishedAt)
	}
	if in.Disabled != nil {
		upd.SetDisabled(*in.Disabled)
	}
	if ps.Any() {
		return noticePayload(nil, ps), nil
	}
	saved, err := upd.Save(ctx)
	if err != nil {
		return nil, err
	}
	return noticePayload(saved, nil), nil
}
