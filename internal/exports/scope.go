package exports

import (
	"context"

	"github.com/ruankao/ruankao/ent"
	"github.com/ruankao/ruankao/internal/apperr"
	"github.com/ruankao/ruankao/internal/catalog"
	"github.com/ruankao/ruankao/internal/enum"
	"github.com/ruankao/ruankao/internal/viewer"
)

// Scope is what one export covers: a session, and a region or (Region nil)
// the whole country.
type Scope struct {
	Session *ent.ExamSession
	Region  *ent.Region
}

// mayExport: exports are the offices' — region and national admins — as
// statistics are (internal/stats); reviewers and candidates are refused.
func mayExport(ctx context.Context) error {
	v := viewer.From(ctx)
	if v.Kind == viewer.Anonymous {
		return apperr.New(apperr.Unauthenticated, "请先登录")
	}
	if !v.IsStaff() || (v.Role != enum.RoleRegionAdmin && v.Role != enum.RoleNationalAdmin) {
		return apperr.New(apperr.Forbidden, "只有地区管理员和全国管理员可以导出报名信息")
	}
	return nil
}

// resolve checks the caller and the scope the way statistics do: a region
// admin gets their region (another region's code is NOT_FOUND, as if it did
// not exist), a national admin the region named or the country. An unknown
// session or region code is the input's fault: a problem at its field.
func (s *Service) resolve(ctx context.Context, sessionCode string, regionCode *string, path ...string) (*Scope, apperr.Problems, error) {
	if err := mayExport(ctx); err != nil {
		return nil, nil, err
	}
	v := viewer.From(ctx)
	sys := viewer.SystemContext(ctx)
	cat := s.catalog(ctx)
	var ps apperr.Problems
	field := func(name string) []string { return append(append([]string{}, path...), name) }
	sess, err := cat.EnabledSessionByCode(sys, s.Client, sessionCode)
	if err != nil && !ent.IsNotFound(err) {
		return nil, nil, err
	}
	if sess == nil {
		ps.Add(apperr.NotFound, "考试不存在", field("sessionCode")...)
		return nil, ps, nil
	}
	sc := &Scope{Session: sess}
	switch {
	case v.RegionID != "":
		if sc.Region, err = cat.Region(sys, s.Client, v.RegionID); err != nil {
			return nil, nil, err
		}
		if regionCode != nil && *regionCode != sc.Region.Code {
			return nil, nil, apperr.NotFoundf("地区")
		}
	case regionCode != nil:
		r, err := cat.EnabledRegionByCode(sys, s.Client, *regionCode)
		if err != nil && !ent.IsNotFound(err) {
			return nil, nil, err
		}
		if r == nil {
			ps.Add(apperr.NotFound, "地区不存在", field("regionCode")...)
			return nil, ps, nil
		}
		sc.Region = r
	}
	return sc, nil, nil
}

func (s *Service) catalog(ctx context.Context) *catalog.Cache {
	if c := catalog.From(ctx); c != nil {
		return c
	}
	return s.Catalog
}
