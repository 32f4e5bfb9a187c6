package apply

import (
	"context"

	"github.com/ruankao/ruankao/ent"
	"github.com/ruankao/ruankao/ent/calendarday"
	"github.com/ruankao/ruankao/ent/region"
	"github.com/ruankao/ruankao/ent/regionpolicy"
	"github.com/ruankao/ruankao/ent/schema/pulid"
	"github.com/ruankao/ruankao/internal/catalog"
	"github.com/ruankao/ruankao/internal/civil"
	"github.com/ruankao/ruankao/internal/viewer"
	"github.com/ruankao/ruankao/internal/workdays"
)

// setting is what the rules of one application read: its session, its
// region (and the province a 计划单列市 belongs to) and the region's policy
// for the session.
type setting struct {
	Session    *ent.ExamSession
	Region     *ent.Region
	ParentCode string
	Policy     *ent.RegionPolicy // nil when the region does not run the session
}

func loadSetting(ctx context.Context, client *ent.Client, sessionID, regionID pulid.ID) (*setting, error) {
	sys := viewer.SystemContext(ctx)
	s, err := client.ExamSession.Get(sys, sessionID)
	if err != nil {
		return nil, err
	}
	r, err := client.Region.Query().Where(region.ID(regionID)).WithParent().Only(sys)
	if err != nil {
		return nil, err
	}
	st := &setting{Session: s, Region: r}
	if r.Edges.Parent != nil {
		st.ParentCode = r.Edges.Parent.Code
	}
	st.Policy, err = client.RegionPolicy.Query().
		Where(regionpolicy.RegionID(regionID), regionpolicy.SessionID(sessionID)).Only(sys)
	if ent.IsNotFound(err) {
		return st, nil
	}
	return st, err
}

// facts are what the status machine needs from the policy.
func (st *setting) facts() Facts {
	if st.Policy == nil {
		return Facts{}
	}
	return Facts{ReviewMode: string(st.Policy.ReviewMode), Free: catalog.Free(st.Policy)}
}

// calendar reads the working-day calendar (holidays and 调休 days not disabled).
func calendar(ctx context.Context, client *ent.Client) (*workdays.Calendar, error) {
	days, err := client.CalendarDay.Query().Where(calendarday.Disabled(false)).All(viewer.SystemContext(ctx))
	if err != nil {
		return nil, err
	}
	var holidays, extra []civil.Date
	for _, d := range days {
		if d.Kind == calendarday.KindHOLIDAY {
			holidays = append(holidays, d.Date)
		} else {
			extra = append(extra, d.Date)
		}
	}
	return workdays.New(holidays, extra), nil
}
