package graph

import (
	"context"

	"github.com/ruankao/ruankao/ent"
	"github.com/ruankao/ruankao/ent/examarea"
	"github.com/ruankao/ruankao/ent/examroom"
	"github.com/ruankao/ruankao/ent/examsession"
	"github.com/ruankao/ruankao/ent/examsite"
	"github.com/ruankao/ruankao/ent/qualification"
	"github.com/ruankao/ruankao/ent/region"
	"github.com/ruankao/ruankao/ent/schema/pulid"
	"github.com/ruankao/ruankao/internal/apperr"
	"github.com/ruankao/ruankao/internal/enum"
	"github.com/ruankao/ruankao/internal/viewer"
)

// adminViewer admits national admins and region admins; reviewers and
// candidates may not call administration at all (FORBIDDEN).
func adminViewer(ctx context.Context) (viewer.Viewer, error) {
	v, err := requireStaff(ctx)
	if err != nil {
		return v, err
	}
	if !v.IsNationalAdmin() && (v.Role != enum.RoleRegionAdmin || v.RegionID == "") {
		return v, apperr.New(apperr.Forbidden, "仅管理员可以进行此操作")
	}
	return v, nil
}

// nationalViewer admits national admins only (sessions, offerings, the
// qualification catalog, the calendar).
func nationalViewer(ctx context.Context) (viewer.Viewer, error) {
	v, err := requireStaff(ctx)
	if err != nil {
		return v, err
	}
	if !v.IsNationalAdmin() {
		return v, apperr.New(apperr.Forbidden, "仅全国管理员可以进行此操作")
	}
	return v, nil
}

// administers reports whether v may change the records of a region. The
// privacy policies say the same at the data layer; asking first lets a
// resolver check everything before it writes anything.
func administers(v viewer.Viewer, regionID pulid.ID) bool {
	return v.IsNationalAdmin() || (v.Role == enum.RoleRegionAdmin && v.RegionID != "" && v.RegionID == regionID)
}

// The lookups below find a record an admin is about to change: one of
// another region is NOT_FOUND, exactly as one that does not exist.

func adminPolicy(ctx context.Context, client *ent.Client, v viewer.Viewer, id pulid.ID) (*ent.RegionPolicy, error) {
	p, err := client.RegionPolicy.Get(ctx, id)
	if ent.IsNotFound(err) || (err == nil && !administers(v, p.RegionID)) {
		return nil, apperr.NotFoundf("报名政策")
	}
	return p, err
}

func adminArea(ctx context.Context, client *ent.Client, v viewer.Viewer, id pulid.ID) (*ent.ExamArea, error) {
	a, err := client.ExamArea.Get(ctx, id)
	if ent.IsNotFound(err) || (err == nil && !administers(v, a.RegionID)) {
		return nil, apperr.NotFoundf("考区")
	}
	return a, err
}

func adminSite(ctx context.Context, client *ent.Client, v viewer.Viewer, id pulid.ID) (*ent.ExamSite, error) {
	s, err := client.ExamSite.Query().Where(examsite.ID(id)).WithArea().Only(ctx)
	if ent.IsNotFound(err) || (err == nil && !administers(v, s.Edges.Area.RegionID)) {
		return nil, apperr.NotFoundf("考点")
	}
	return s, err
}

func adminRoom(ctx context.Context, client *ent.Client, v viewer.Viewer, id pulid.ID) (*ent.ExamRoom, error) {
	r, err := client.ExamRoom.Query().Where(examroom.ID(id)).
		WithSite(func(q *ent.ExamSiteQuery) { q.WithArea() }).Only(ctx)
	if ent.IsNotFound(err) || (err == nil && !administers(v, r.Edges.Site.Edges.Area.RegionID)) {
		return nil, apperr.NotFoundf("考场")
	}
	return r, err
}

func adminNotice(ctx context.Context, client *ent.Client, v viewer.Viewer, id pulid.ID) (*ent.Notice, error) {
	n, err := client.Notice.Get(ctx, id)
	if ent.IsNotFound(err) || (err == nil && !administers(v, n.RegionID)) {
		return nil, apperr.NotFoundf("公告")
	}
	return n, err
}

// adminRegion finds the region a new record goes to. An unknown code is
// NOT_FOUND; another region's is refused with NOT_ALLOWED in userErrors (the
// region itself is public), as createStaffUser does.
func adminRegion(ctx context.Context, client *ent.Client, v viewer.Viewer, code string, ps *apperr.Problems) (*ent.Region, error) {
	r, err := client.Region.Query().Where(region.Code(code)).Only(ctx)
	if ent.IsNotFound(err) {
		return nil, apperr.NotFoundf("地区 " + code)
	}
	if err != nil {
		return nil, err
	}
	if !administers(v, r.ID) {
		ps.Add(apperr.NotAllowed, "地区管理员只能管理本地区", "regionCode")
	}
	return r, nil
}

func adminSessionByCode(ctx context.Context, client *ent.Client, code string) (*ent.ExamSession, error) {
	s, err := client.ExamSession.Query().Where(examsession.Code(code)).Only(ctx)
	if ent.IsNotFound(err) {
		return nil, apperr.NotFoundf("考试批次 " + code)
	}
	return s, err
}

func adminQualificationByCode(ctx context.Context, client *ent.Client, code string) (*ent.Qualification, error) {
	q, err := client.Qualification.Query().Where(qualification.Code(code)).Only(ctx)
	if ent.IsNotFound(err) {
		return nil, apperr.NotFoundf("资格 " + code)
	}
	return q, err
}

// areaCodeTaken reports whether a region already has an area with the code.
func areaCodeTaken(ctx context.Context, client *ent.Client, regionID pulid.ID, code string) (bool, error) {
	return client.ExamArea.Query().Where(examarea.RegionID(regionID), examarea.Code(code)).Exist(viewer.SystemContext(ctx))
}

// adminSaved turns a unique-index violation met while saving (another admin took
// the same code a moment ago, after it was checked) into CONFLICT.
func adminSaved[T any](v T, err error) (T, error) {
	if ent.IsConstraintError(err) {
		return v, apperr.New(apperr.Conflict, "记录刚被他人修改或编号刚被占用，请刷新后重试")
	}
	return v, err
}
