// Package rights serves the individual's rights under PIPL (个人信息保护法
// arts. 44–47, README "Personal data"): a candidate downloads a copy of
// everything held about them (export.go), and asks for the deletion of it;
// the admins of the request's region (national admins: every region) see
// and answer such requests. Approving a deletion anonymises the candidate
// at once with internal/retention's anonymiser, unless a legal retention
// applies: then the request is refused with the reason the candidate reads.
// Everything is audited.
package rights

import (
	"context"
	"strings"
	"unicode/utf8"

	"entgo.io/contrib/entgql"

	"github.com/ruankao/ruankao/ent"
	"github.com/ruankao/ruankao/ent/application"
	"github.com/ruankao/ruankao/ent/datarequest"
	"github.com/ruankao/ruankao/ent/region"
	"github.com/ruankao/ruankao/ent/schema/pulid"
	"github.com/ruankao/ruankao/internal/apperr"
	"github.com/ruankao/ruankao/internal/clock"
	"github.com/ruankao/ruankao/internal/enum"
	"github.com/ruankao/ruankao/internal/pii"
	"github.com/ruankao/ruankao/internal/retention"
	"github.com/ruankao/ruankao/internal/txn"
	"github.com/ruankao/ruankao/internal/viewer"
)

// MaxReason bounds a candidate's or an admin's reason, in characters.
const MaxReason = 500

// Service answers the requests.
type Service struct {
	Client *ent.Client
	// Retention carries out deletions and knows the legal retentions.
	Retention *retention.Service
	// Keys decrypts the candidate's own ID number for their export.
	Keys *pii.Keys
}

func candidateOnly(ctx context.Context) (viewer.Viewer, error) {
	v := viewer.From(ctx)
	switch v.Kind {
	case viewer.Anonymous:
		return v, apperr.New(apperr.Unauthenticated, "请先登录")
	case viewer.Candidate:
		return v, nil
	}
	return v, apperr.New(apperr.Forbidden, "仅考生本人可以导出或申请删除自己的个人信息")
}

// adminOnly: the office's admins answer requests; reviewers do not (a
// deletion is the controller's decision, not a review step).
func adminOnly(ctx context.Context) (viewer.Viewer, error) {
	v := viewer.From(ctx)
	if v.Kind == viewer.Anonymous {
		return v, apperr.New(apperr.Unauthenticated, "请先登录")
	}
	if !v.IsStaff() || (v.Role != enum.RoleRegionAdmin && v.Role != enum.RoleNationalAdmin) {
		return v, apperr.New(apperr.Forbidden, "只有地区管理员和全国管理员可以处理个人信息请求")
	}
	return v, nil
}

func checkReason(ps *apperr.Problems, reason string, field string) string {
	reason = strings.TrimSpace(reason)
	if utf8.RuneCountInString(reason) > MaxReason {
		ps.Add(apperr.InvalidFormat, "理由至多 500 字", field)
	}
	return reason
}

// regionOf is the region of the candidate's latest application (whose
// admins answer the request), or none.
func regionOf(ctx context.Context, c *ent.Client, candidateID pulid.ID) (*pulid.ID, error) {
	ids, err := c.Application.Query().Where(application.CandidateID(candidateID)).
		Order(ent.Desc(application.FieldCreatedAt), ent.Desc(application.FieldID)).Limit(1).
		Select(application.FieldRegionID).Strings(viewer.SystemContext(ctx))
	if err != nil || len(ids) == 0 {
		return nil, err
	}
	id := pulid.ID(ids[0])
	return &id, nil
}

// RequestDeletion files the candidate's request to delete their data. A
// deletion request still open is answered again as it is (a retry).
func (s *Service) RequestDeletion(ctx context.Context, reason *string) (*ent.DataRequest, apperr.Problems, error) {
	v, err := candidateOnly(ctx)
	if err != nil {
		return nil, nil, err
	}
	var ps apperr.Problems
	text := ""
	if reason != nil {
		text = checkReason(&ps, *reason, "reason")
	}
	if ps.Any() {
		return nil, ps, nil
	}
	var req *ent.DataRequest
	err = txn.Run(ctx, s.Client, func(ctx context.Context, c *ent.Client) error {
		open, err := c.DataRequest.Query().Where(datarequest.CandidateID(v.ID), datarequest.KindEQ(datarequest.KindDELETION),
			datarequest.StatusIn(datarequest.StatusPENDING, datarequest.StatusAPPROVED)).First(ctx)
		if err == nil {
			req = open
			return nil
		}
		if !ent.IsNotFound(err) {
			return err
		}
		reg, err := regionOf(ctx, c, v.ID)
		if err != nil {
			return err
		}
		req, err = c.DataRequest.Create().SetCandidateID(v.ID).SetNillableRegionID(reg).SetKind(datarequest.KindDELETION).
			SetReason(text).Save(ctx)
		if err != nil {
			return err
		}
		return s.Retention.AuditRequest(ctx, c, req, "privacy.deletion.request", nil)
	})
	return req, nil, err
}

// Mine lists the candidate's own requests, newest first.
func (s *Service) Mine(ctx context.Context) ([]*ent.DataRequest, error) {
	v, err := candidateOnly(ctx)
	if err != nil {
		return nil, err
	}
	return s.Client.DataRequest.Query().Where(datarequest.CandidateID(v.ID)).
		Order(ent.Desc(datarequest.FieldCreatedAt), ent.Desc(datarequest.FieldID)).All(ctx)
}

// Filter narrows the office's list.
type Filter struct {
	Kind       *datarequest.Kind
	Status     *datarequest.Status
	RegionCode *string
}

// List is the requests the admin may see, narrowed by f: a region admin's
// region (another region's code is NOT_FOUND), a national admin's chosen
// region or all. The privacy policy decides first; the filter only narrows.
func (s *Service) List(ctx context.Context, f Filter) (*ent.DataRequestQuery, error) {
	v, err := adminOnly(ctx)
	if err != nil {
		return nil, err
	}
	q := s.Client.DataRequest.Query()
	if f.RegionCode != nil {
		r, err := s.Client.Region.Query().Where(region.Code(*f.RegionCode)).Only(viewer.SystemContext(ctx))
		if ent.IsNotFound(err) || (err == nil && v.RegionScoped() && r.ID != v.RegionID) {
			return nil, apperr.NotFoundf("地区")
		}
		if err != nil {
			return nil, err
		}
		q.Where(datarequest.RegionID(r.ID))
	}
	if f.Kind != nil {
		q.Where(datarequest.KindEQ(*f.Kind))
	}
	if f.Status != nil {
		q.Where(datarequest.StatusEQ(*f.Status))
	}
	return q, nil
}

// Paginate is List's page, newest first.
func Paginate(ctx context.Context, q *ent.DataRequestQuery, after *entgql.Cursor[pulid.ID], first *int) (*ent.DataRequestConnection, error) {
	if first == nil {
		n := 20
		first = &n
	}
	return q.Paginate(ctx, after, first, nil, nil, ent.WithDataRequestOrder(&ent.DataRequestOrder{
		Direction: entgql.OrderDirectionDesc, Field: ent.DataRequestOrderFieldCreatedAt}))
}

// Answer is the office's answer to a deletion request. Refusing needs a
// reason. Approving carries the deletion out at once — unless a legal
// retention applies, which refuses it with the retention's reasons. A
// request another region's admin would answer is NOT_FOUND; one answered
// already the same way is returned as it is, the other way WRONG_STATE.
// It runs its own short transactions: the decision, then the anonymisation.
func (s *Service) Answer(ctx context.Context, id pulid.ID, approve bool, reason *string) (*ent.DataRequest, apperr.Problems, error) {
	v, err := adminOnly(ctx)
	if err != nil {
		return nil, nil, err
	}
	var ps apperr.Problems
	text := ""
	if reason != nil {
		text = checkReason(&ps, *reason, "reason")
	}
	if !approve && text == "" {
		ps.Add(apperr.Required, "不予删除时请填写理由，考生会看到", "reason")
	}
	var req *ent.DataRequest
	err = txn.Run(ctx, s.Client, func(ctx context.Context, c *ent.Client) error {
		var err error
		req, err = c.DataRequest.Get(ctx, id) // as the admin: another region's is NOT_FOUND
		if ent.IsNotFound(err) {
			return apperr.NotFoundf("请求")
		}
		if err != nil {
			return err
		}
		if req.Kind != datarequest.KindDELETION {
			ps.Add(apperr.WrongState, "导出请求已自动完成，无需处理")
			return nil
		}
		if req.Status != datarequest.StatusPENDING {
			done := req.Status == datarequest.StatusREFUSED
			if approve {
				done = req.Status == datarequest.StatusAPPROVED || req.Status == datarequest.StatusDONE ||
					len(req.RetentionCodes) > 0
			}
			if !done {
				ps.Add(apperr.WrongState, "该请求已处理")
			}
			return nil
		}
		if ps.Any() {
			return nil
		}
		upd := req.Update().SetDecidedByID(v.ID).SetDecidedAt(clock.Now(ctx)).SetDecisionReason(text)
		action := "privacy.deletion.refuse"
		var after map[string]any
		switch {
		case !approve:
			upd.SetStatus(datarequest.StatusREFUSED)
		default:
			blockers, err := s.Retention.Blockers(ctx, c, req.CandidateID)
			if err != nil {
				return err
			}
			if len(blockers) > 0 {
				upd.SetStatus(datarequest.StatusREFUSED).SetDecisionReason(retention.Messages(blockers)).
					SetRetentionCodes(retention.Codes(blockers))
				action, after = "privacy.deletion.retained", map[string]any{"retention": retention.Codes(blockers)}
			} else {
				upd.SetStatus(datarequest.StatusAPPROVED)
				action = "privacy.deletion.approve"
			}
		}
		if req, err = upd.Save(ctx); err != nil {
			return err
		}
		return s.Retention.AuditRequest(ctx, c, req, action, after)
	})
	if err != nil || ps.Any() {
		return nil, ps, err
	}
	if req.Status == datarequest.StatusAPPROVED {
		if _, err := s.Retention.CompleteDeletion(ctx, req.ID); err != nil {
			return nil, nil, err
		}
		// Read again as the admin.
		if req, err = s.Client.DataRequest.Get(ctx, req.ID); err != nil {
			return nil, nil, err
		}
	}
	return req, nil, nil
}
