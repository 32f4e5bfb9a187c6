package notify

import (
	"context"
	"time"

	"github.com/ruankao/ruankao/ent"
	"github.com/ruankao/ruankao/ent/delivery"
	"github.com/ruankao/ruankao/ent/examarea"
	"github.com/ruankao/ruankao/ent/examsession"
	"github.com/ruankao/ruankao/ent/fanout"
	"github.com/ruankao/ruankao/ent/message"
	"github.com/ruankao/ruankao/ent/schema/pulid"
	"github.com/ruankao/ruankao/ent/staffuser"
	"github.com/ruankao/ruankao/internal/viewer"
)

// maxSent bounds a page of sent notices: each costs one grouped count of
// its deliveries (indexed by message, messages by fanout).
const maxSent = 20

// Sent is a notice a region admin sent (sendNotice), with how far it has
// got: the messages written for it so far, and its deliveries by channel
// and status, so the sender sees this notice's figures, not the region's.
type Sent struct {
	ID       pulid.ID
	Title    string
	Text     string
	SentAt   time.Time
	Session  *ent.ExamSession
	Area     *ent.ExamArea
	Sender   string // the sender's display name; empty when unknown
	Messages int    // written so far (the sender expands in chunks)
	Expanded bool   // every message is written
	Stats    []Stat
}

// SentNotices lists the region's notices newest first (a region admin's
// own region; a national admin's named one, or all), at most first (≤ 20).
// Fanouts are internal rows, read as the system once the region is settled.
func SentNotices(ctx context.Context, c *ent.Client, regionCode *string, first int) ([]Sent, error) {
	v, err := admin(ctx)
	if err != nil {
		return nil, err
	}
	reg, err := regionOf(ctx, c, v, regionCode)
	if err != nil {
		return nil, err
	}
	sys := viewer.SystemContext(ctx)
	q := c.Fanout.Query().Where(fanout.KindEQ(fanout.KindNOTICE))
	if reg != nil {
		q.Where(fanout.RegionID(*reg))
	}
	fs, err := q.Order(ent.Desc(fanout.FieldCreatedAt), ent.Desc(fanout.FieldID)).Limit(min(max(first, 1), maxSent)).All(sys)
	if err != nil || len(fs) == 0 {
		return nil, err
	}
	var ids, sessions, areas, senders []pulid.ID
	for _, f := range fs {
		ids = append(ids, f.ID)
		if f.SessionID != nil {
			sessions = append(sessions, *f.SessionID)
		}
		if f.AreaID != nil {
			areas = append(areas, *f.AreaID)
		}
		if f.CreatedByID != nil {
			senders = append(senders, *f.CreatedByID)
		}
	}
	var written []struct {
		FanoutID pulid.ID `json:"fanout_id"`
		Count    int      `json:"count"`
	}
	if err := c.Message.Query().Where(message.FanoutIDIn(ids...)).GroupBy(message.FieldFanoutID).Aggregate(ent.Count()).Scan(sys, &written); err != nil {
		return nil, err
	}
	byFanout := map[pulid.ID]int{}
	for _, w := range written {
		byFanout[w.FanoutID] = w.Count
	}
	ss, err := c.ExamSession.Query().Where(examsession.IDIn(sessions...)).All(sys)
	if err != nil {
		return nil, err
	}
	as, err := c.ExamArea.Query().Where(examarea.IDIn(areas...)).All(sys)
	if err != nil {
		return nil, err
	}
	us, err := c.StaffUser.Query().Where(staffuser.IDIn(senders...)).All(sys)
	if err != nil {
		return nil, err
	}
	out := make([]Sent, 0, len(fs))
	for _, f := range fs {
		s := Sent{ID: f.ID, Title: f.Params["title"], Text: f.Params["text"], SentAt: f.CreatedAt, Messages: byFanout[f.ID], Expanded: f.Done}
		for _, x := range ss {
			if f.SessionID != nil && x.ID == *f.SessionID {
				s.Session = x
			}
		}
		for _, x := range as {
			if f.AreaID != nil && x.ID == *f.AreaID {
				s.Area = x
			}
		}
		for _, x := range us {
			if f.CreatedByID != nil && x.ID == *f.CreatedByID {
				s.Sender = x.DisplayName
			}
		}
		// The viewer's own reading: delivery privacy keeps it to the region.
		if err := c.Delivery.Query().Where(delivery.HasMessageWith(message.FanoutID(f.ID))).
			GroupBy(delivery.FieldChannel, delivery.FieldStatus).Aggregate(ent.Count()).Scan(ctx, &s.Stats); err != nil {
			return nil, err
		}
		out = append(out, s)
	}
	return out, nil
}
