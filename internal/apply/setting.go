package apply

import (
	"context"

	"github.com/ruankao/ruankao/ent"
	"github.com/ruankao/ruankao/ent/calendarday"
	"github.com/ruankao/ruankao/ent/schema/pulid"
	"github.com/ruankao/ruankao/internal/catalog"
	"github.com/ruankao/ruankao/internal/civil"
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
	cat := catalog.From(ctx)
	s, err := cat.Session(ctx, client, sessionID)
	if err != nil {
		return nil, err
	}
	r, parent, err := cat.RegionWithParent(ctx, client, regionID)
	if err != nil {
		return nil, err
	}
	st := &setting{Session: s, Region: r, ParentCode: parent}
	st.Policy, err = cat.Policy(ctx, client, regionID, sessionID)
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
	days, err := catalog.From(ctx).CalendarDays(ctx, client)
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
