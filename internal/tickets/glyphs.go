package tickets

import (
	"context"

	"github.com/ruankao/ruankao/ent"
	"github.com/ruankao/ruankao/ent/application"
	"github.com/ruankao/ruankao/ent/examsession"
	"github.com/ruankao/ruankao/internal/apperr"
	"github.com/ruankao/ruankao/internal/enum"
	"github.com/ruankao/ruankao/internal/viewer"
	"github.com/ruankao/ruankao/reports"
)

// GlyphProblem is a registered candidate whose name no font of the ticket
// can draw, found before printing day so the office can act.
type GlyphProblem struct {
	Application *ent.Application
	Missing     []rune
}

// GlyphProblems lists a session's registered candidates, in the viewer's
// region (privacy scopes it), whose names have characters no ticket font has.
func (s *Service) GlyphProblems(ctx context.Context, sessionCode string) ([]GlyphProblem, error) {
	v := viewer.From(ctx)
	if !v.IsStaff() || (v.Role != enum.RoleRegionAdmin && v.Role != enum.RoleNationalAdmin) {
		return nil, apperr.New(apperr.Forbidden, "只有地区管理员和全国管理员可以检查准考证字库")
	}
	apps, err := s.Client.Application.Query().Where(application.HasSessionWith(examsession.Code(sessionCode)),
		application.StatusEQ(enum.StatusRegistered)).Select(application.FieldID, application.FieldName, application.FieldRegionID).All(ctx)
	if err != nil {
		return nil, err
	}
	var out []GlyphProblem
	for _, a := range apps {
		if m := reports.MissingGlyphs(a.Name); len(m) > 0 {
			out = append(out, GlyphProblem{Application: a, Missing: m})
		}
	}
	return out, nil
}
