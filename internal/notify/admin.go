package notify

import (
	"context"
	"strings"
	"unicode/utf8"

	"github.com/ruankao/ruankao/ent"
	"github.com/ruankao/ruankao/ent/application"
	"github.com/ruankao/ruankao/ent/delivery"
	"github.com/ruankao/ruankao/ent/examarea"
	"github.com/ruankao/ruankao/ent/examsession"
	"github.com/ruankao/ruankao/ent/predicate"
	"github.com/ruankao/ruankao/ent/region"
	"github.com/ruankao/ruankao/ent/schema/pulid"
	"github.com/ruankao/ruankao/internal/apperr"
	"github.com/ruankao/ruankao/internal/audit"
	"github.com/ruankao/ruankao/internal/authz"
	"github.com/ruankao/ruankao/internal/clock"
	"github.com/ruankao/ruankao/internal/enum"
	"github.com/ruankao/ruankao/internal/viewer"
)

// admin checks the viewer is a region or national admin.
func admin(ctx context.Context) (viewer.Viewer, error) {
	v := viewer.From(ctx)
	if v.Kind == viewer.Anonymous {
		return v, apperr.New(apperr.Unauthenticated, "请先登录")
	}
	if !v.IsStaff() || (v.Role != enum.RoleRegionAdmin && v.Role != enum.RoleNationalAdmin) {
		return v, apperr.New(apperr.Forbidden, "只有地区管理员和全国管理员可以管理消息")
	}
	return v, nil
}

// regionOf is the region an admin works on: a region admin's own whatever
// is asked, a national admin's named one, or nil (all) for a national admin.
func regionOf(ctx context.Context, c *ent.Client, v viewer.Viewer, code *string) (*pulid.ID, error) {
	if v.Role == enum.RoleRegionAdmin {
		return &v.RegionID, nil
	}
	if code == nil || *code == "" {
		return nil, nil
	}
	id, err := c.Region.Query().Where(region.Code(*code)).OnlyID(viewer.SystemContext(ctx))
	if ent.IsNotFound(err) {
		return nil, apperr.NotFoundf("地区")
	}
	return &id, err
}

// Stat is how many deliveries of a channel stand in a status.
type Stat struct {
	Channel delivery.Channel `json:"channel"`
	Status  delivery.Status  `json:"status"`
	Count   int              `json:"count"`
}

// Statistics counts the region's deliveries by channel and status.
func Statistics(ctx context.Context, c *ent.Client, regionCode *string) ([]Stat, error) {
	v, err := admin(ctx)
	if err != nil {
		return nil, err
	}
	reg, err := regionOf(ctx, c, v, regionCode)
	if err != nil {
		return nil, err
	}
	q := c.Delivery.Query()
	if reg != nil {
		q.Where(delivery.RegionID(*reg))
	}
	var out []Stat
	err = q.GroupBy(delivery.FieldChannel, delivery.FieldStatus).Aggregate(ent.Count()).Scan(ctx, &out)
	return out, err
}

// Failures are the region's deliveries that failed for good, newest first.
func Failures(ctx context.Context, c *ent.Client, regionCode *string, first int) ([]*ent.Delivery, error) {
	v, err := admin(ctx)
	if err != nil {
		return nil, err
	}
	reg, err := regionOf(ctx, c, v, regionCode)
	if err != nil {
		return nil, err
	}
	q := c.Delivery.Query().Where(delivery.StatusEQ(delivery.StatusFAILED))
	if reg != nil {
		q.Where(delivery.RegionID(*reg))
	}
	return q.Order(ent.Desc(delivery.FieldUpdatedAt)).Limit(min(max(first, 1), 100)).All(ctx)
}

// Resend puts a message's failed deliveries back in the queue
// with a fresh count of attempts; the same key goes to the channel. Another
// region's message is NOT_FOUND. Audited by the audit hook (a staff write).
func Resend(ctx context.Context, c *ent.Client, id pulid.ID) (*ent.Message, int, error) {
	if _, err := admin(ctx); err != nil {
		return nil, 0, err
	}
	m, err := c.Message.Get(ctx, id)
	if ent.IsNotFound(err) {
		return nil, 0, apperr.NotFoundf("消息")
	}
	if err != nil {
		return nil, 0, err
	}
	n, err := c.Delivery.Update().Where(delivery.MessageID(m.ID),
		delivery.StatusEQ(delivery.StatusFAILED)).
		SetStatus(delivery.StatusQUEUED).SetAttempts(0).SetNextAttemptAt(clock.Now(ctx)).SetLastError("").Save(ctx)
	return m, n, err
}

// Audience is whom a notice reaches.
type Audience struct {
	SessionCode string
	RegionCode  *string
	AreaID      *pulid.ID
	Statuses    []enum.ApplicationStatus
}

// audience resolves the audience for the admin: session, region (their own
// for a region admin), area (of that region), and the applications it means.
func audience(ctx context.Context, c *ent.Client, a Audience, ps *apperr.Problems) (*Broadcast, predicate.Application, error) {
	v, err := admin(ctx)
	if err != nil {
		return nil, nil, err
	}
	sys := viewer.SystemContext(ctx)
	sess, err := c.ExamSession.Query().Where(examsession.Code(a.SessionCode)).Only(sys)
	if ent.IsNotFound(err) {
		ps.Add(apperr.NotOffered, "考试批次不存在", "audience", "sessionCode")
		return nil, nil, nil
	}
	if err != nil {
		return nil, nil, err
	}
	reg, err := regionOf(ctx, c, v, a.RegionCode)
	if err != nil {
		return nil, nil, err
	}
	if reg == nil {
		ps.Add(apperr.Required, "请选择地区", "audience", "regionCode")
		return nil, nil, nil
	}
	if a.AreaID != nil {
		ok, err := c.ExamArea.Query().Where(examarea.ID(*a.AreaID), examarea.RegionID(*reg)).Exist(sys)
		if err != nil {
			return nil, nil, err
		}
		if !ok {
			ps.Add(apperr.InvalidFormat, "考区不属于本地区", "audience", "areaId")
			return nil, nil, nil
		}
	}
	b := &Broadcast{Kind: Notice, Session: sess.ID, Region: reg, Area: a.AreaID, Status: a.Statuses, By: &v.ID}
	return b, noticeWhere(sess.ID, *reg, a.AreaID, a.Statuses), nil
}

// noticeWhere: the submitted, live applications of the session and region,
// optionally of one area and some states. The preview and the expansion
// use it alike, so the count shown is the set reached.
func noticeWhere(sess, reg pulid.ID, area *pulid.ID, sts []enum.ApplicationStatus) predicate.Application {
	ps := []predicate.Application{application.SessionID(sess), application.RegionID(reg), authz.LiveApplication(),
		application.StatusNEQ(enum.StatusDraft)}
	if len(sts) > 0 {
		ps = append(ps, application.StatusIn(sts...))
	}
	if area != nil {
		ps = append(ps, application.AreaID(*area))
	}
	return application.And(ps...)
}

// Preview counts whom a notice would reach.
func Preview(ctx context.Context, c *ent.Client, a Audience) (int, apperr.Problems, error) {
	var ps apperr.Problems
	_, where, err := audience(ctx, c, a, &ps)
	if err != nil || ps.Any() {
		return 0, ps, err
	}
	n, err := c.Application.Query().Where(where).Count(viewer.SystemContext(ctx))
	return n, nil, err
}

// SendNotice writes a notice's broadcast (expanded by the sender) and its
// audit entry in the request's transaction, and answers how many it reaches.
func SendNotice(ctx context.Context, c *ent.Client, a Audience, title, text string) (int, apperr.Problems, error) {
	var ps apperr.Problems
	title, text = strings.TrimSpace(title), strings.TrimSpace(text)
	switch n := utf8.RuneCountInString(title); {
	case n == 0:
		ps.Add(apperr.Required, "请填写通知标题", "input", "title")
	case n > 40:
		ps.Add(apperr.OutOfRange, "通知标题至多 40 字", "input", "title")
	}
	switch n := utf8.RuneCountInString(text); {
	case n == 0:
		ps.Add(apperr.Required, "请填写通知内容", "input", "body")
	case n > 500:
		ps.Add(apperr.OutOfRange, "通知内容至多 500 字", "input", "body")
	}
	b, where, err := audience(ctx, c, a, &ps)
	if err != nil || ps.Any() {
		return 0, ps, err
	}
	n, err := c.Application.Query().Where(where).Count(viewer.SystemContext(ctx))
	if err != nil {
		return 0, nil, err
	}
	b.Params = map[string]string{"title": title, "text": text}
	b.Key = "NOTICE:" + string(pulid.New("NF"))
	if err := Fan(ctx, c, *b); err != nil {
		return 0, nil, err
	}
	after := map[string]any{"session": a.SessionCode, "recipients": n, "title": title}
	if a.AreaID != nil {
		after["area"] = string(*a.AreaID)
	}
	if len(a.Statuses) > 0 {
		after["statuses"] = a.Statuses
	}
	return n, nil, audit.Record(ctx, c, audit.Entry{Action: "notice.send", RecordType: "Fanout", RecordID: b.Key,
		RegionID: *b.Region, After: after})
}
