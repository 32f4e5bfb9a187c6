package notify

import (
	"context"

	"github.com/ruankao/ruankao/ent"
	"github.com/ruankao/ruankao/ent/message"
	"github.com/ruankao/ruankao/ent/schema/pulid"
)

// facts reads what every template names, caching the catalog rows, so a
// fanout chunk of hundreds of messages reads each session once.
type facts struct {
	c        *ent.Client
	sessions map[pulid.ID]*ent.ExamSession
	regions  map[pulid.ID]string
	quals    map[pulid.ID]string
}

func newFacts(c *ent.Client) *facts {
	return &facts{c: c, sessions: map[pulid.ID]*ent.ExamSession{}, regions: map[pulid.ID]string{}, quals: map[pulid.ID]string{}}
}

// params are the application's facts for the templates. ctx is the system's.
func (f *facts) params(ctx context.Context, app *ent.Application) (map[string]string, error) {
	sess, err := f.session(ctx, app.SessionID)
	if err != nil {
		return nil, err
	}
	region, ok := f.regions[app.RegionID]
	if !ok {
		r, err := f.c.Region.Get(ctx, app.RegionID)
		if err != nil {
			return nil, err
		}
		region, f.regions[app.RegionID] = r.Name, r.Name
	}
	p := map[string]string{"name": app.Name, "session": sess.Name, "region": region,
		"printOpens": shown(sess.TicketPrintOpensAt), "printCloses": shown(sess.TicketPrintClosesAt)}
	if app.QualificationID != nil {
		q, ok := f.quals[*app.QualificationID]
		if !ok {
			qq, err := f.c.Qualification.Get(ctx, *app.QualificationID)
			if err != nil {
				return nil, err
			}
			q, f.quals[qq.ID] = qq.Name, qq.Name
		}
		p["qualification"] = q
	}
	if app.FeeTotalFen != nil {
		p["fee"] = yuan(*app.FeeTotalFen)
	}
	return p, nil
}

func (f *facts) session(ctx context.Context, id pulid.ID) (*ent.ExamSession, error) {
	if s, ok := f.sessions[id]; ok {
		return s, nil
	}
	s, err := f.c.ExamSession.Get(ctx, id)
	if err != nil {
		return nil, err
	}
	f.sessions[id] = s
	return s, nil
}

// existing are the keys among keys that have a message already.
func existing(ctx context.Context, c *ent.Client, keys []string) (map[string]bool, error) {
	got, err := c.Message.Query().Where(message.IdempotencyKeyIn(keys...)).Select(message.FieldIdempotencyKey).Strings(ctx)
	if err != nil {
		return nil, err
	}
	seen := make(map[string]bool, len(got))
	for _, k := range got {
		seen[k] = true
	}
	return seen, nil
}
