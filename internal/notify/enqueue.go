package notify

import (
	"context"
	"fmt"
	"time"

	"github.com/ruankao/ruankao/ent"
	"github.com/ruankao/ruankao/ent/delivery"
	"github.com/ruankao/ruankao/ent/schema/pulid"
	"github.com/ruankao/ruankao/internal/clock"
	"github.com/ruankao/ruankao/internal/viewer"
)

// Event is news about one application.
type Event struct {
	Kind        Kind
	Application pulid.ID
	// Key is unique to this occurrence of the event (e.g. the kind, the
	// application and its new version): a retried event writes nothing new.
	Key string
	// Params are facts of the event itself (deadlines, reasons), shown as
	// given; the candidate's name, qualification, session, region and fee
	// are read here.
	Params map[string]string
}

// Enqueue writes the event's message and its deliveries through c, which
// must be the event's own transaction: the message exists exactly when the
// event committed. Nothing is sent here; the sender does that later.
func Enqueue(ctx context.Context, c *ent.Client, ev Event) error {
	ctx = viewer.SystemContext(ctx)
	f := newFacts(c)
	app, err := c.Application.Get(ctx, ev.Application)
	if err != nil {
		return fmt.Errorf("notify %s: %w", ev.Kind, err)
	}
	params, err := f.params(ctx, app)
	if err != nil {
		return err
	}
	for k, v := range ev.Params {
		params[k] = v
	}
	return write(ctx, c, []draft{{kind: ev.Kind, key: ev.Key, app: app, params: params}}, nil)
}

// draft is a message about to be written.
type draft struct {
	kind   Kind
	key    string
	app    *ent.Application
	params map[string]string
}

// write renders the drafts and writes each message with one delivery per
// channel, in bulk. A draft whose key was written before is skipped (a
// retried event, a fanout chunk done twice).
func write(ctx context.Context, c *ent.Client, drafts []draft, fanout *pulid.ID) error {
	now := clock.Now(ctx)
	msgs := make([]*ent.MessageCreate, 0, len(drafts))
	var dels []*ent.DeliveryCreate
	keys := make([]string, len(drafts))
	for i, d := range drafts {
		keys[i] = d.key
	}
	seen, err := existing(ctx, c, keys)
	if err != nil {
		return err
	}
	for _, d := range drafts {
		if seen[d.key] {
			continue
		}
		seen[d.key] = true
		r, err := render(d.kind, d.params)
		if err != nil {
			return err
		}
		id := pulid.New("MS")
		msgs = append(msgs, c.Message.Create().SetID(id).SetCandidateID(d.app.CandidateID).SetApplicationID(d.app.ID).
			SetRegionID(d.app.RegionID).SetKind(d.kind).SetEssential(essential(d.kind)).SetParams(d.params).
			SetIdempotencyKey(d.key).SetSubject(r.Subject).SetBody(r.Body).SetNillableFanoutID(fanout))
		for _, ch := range []delivery.Channel{delivery.ChannelEMAIL, delivery.ChannelSMS} {
			dels = append(dels, c.Delivery.Create().SetMessageID(id).SetRegionID(d.app.RegionID).SetChannel(ch).
				SetNextAttemptAt(now).SetIdempotencyKey(d.key+"/"+string(ch)))
		}
	}
	if len(msgs) == 0 {
		return nil
	}
	if err := c.Message.CreateBulk(msgs...).Exec(ctx); err != nil {
		return fmt.Errorf("write messages: %w", err)
	}
	if err := c.Delivery.CreateBulk(dels...).Exec(ctx); err != nil {
		return fmt.Errorf("write deliveries: %w", err)
	}
	return nil
}

// shown formats a deadline for a message: Asia/Shanghai, to the minute.
func shown(t time.Time) string { return clock.Shown(t) }

// Shown is shown for callers that build Event.Params.
func Shown(t time.Time) string { return shown(t) }

func idOf(s string) pulid.ID { return pulid.ID(s) }
