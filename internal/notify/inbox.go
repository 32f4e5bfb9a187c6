package notify

import (
	"context"
	"strings"

	"github.com/ruankao/ruankao/ent"
	"github.com/ruankao/ruankao/ent/delivery"
	"github.com/ruankao/ruankao/ent/message"
	"github.com/ruankao/ruankao/ent/schema/pulid"
	"github.com/ruankao/ruankao/internal/apperr"
	"github.com/ruankao/ruankao/internal/clock"
	"github.com/ruankao/ruankao/internal/viewer"
)

// Inbox is the candidate's own messages (the privacy policy keeps everyone
// else's out as well; the predicate makes staff's view of it empty too).
func Inbox(ctx context.Context, c *ent.Client, unreadOnly bool) (*ent.MessageQuery, error) {
	v, err := candidate(ctx)
	if err != nil {
		return nil, err
	}
	q := c.Message.Query().Where(message.CandidateID(v.ID))
	if unreadOnly {
		q.Where(message.ReadAtIsNil())
	}
	return q, nil
}

// MarkRead marks one of the candidate's messages read (again: no change).
// Another's message is NOT_FOUND, as if it did not exist.
func MarkRead(ctx context.Context, c *ent.Client, id pulid.ID) (*ent.Message, error) {
	v, err := candidate(ctx)
	if err != nil {
		return nil, err
	}
	m, err := c.Message.Query().Where(message.ID(id), message.CandidateID(v.ID)).Only(ctx)
	if ent.IsNotFound(err) {
		return nil, apperr.NotFoundf("消息")
	}
	if err != nil || m.ReadAt != nil {
		return m, err
	}
	return c.Message.UpdateOne(m).SetReadAt(clock.Now(ctx)).Save(ctx)
}

// SetSMSOptOut turns SMS for non-essential messages off or on.
func SetSMSOptOut(ctx context.Context, c *ent.Client, optOut bool) error {
	v, err := candidate(ctx)
	if err != nil {
		return err
	}
	return c.Candidate.UpdateOneID(v.ID).SetSmsOptOut(optOut).Exec(ctx)
}

func candidate(ctx context.Context) (viewer.Viewer, error) {
	v := viewer.From(ctx)
	switch v.Kind {
	case viewer.Anonymous:
		return v, apperr.New(apperr.Unauthenticated, "请先登录")
	case viewer.Candidate:
		return v, nil
	}
	return v, apperr.New(apperr.Forbidden, "仅考生可以查看自己的消息")
}

// AddressMasked is where a delivery goes, masked for the admin's view.
func AddressMasked(ctx context.Context, c *ent.Client, d *ent.Delivery) (string, error) {
	sys := viewer.SystemContext(ctx)
	m, err := c.Message.Get(sys, d.MessageID)
	if err != nil || m.ApplicationID == nil {
		return "", err
	}
	app, err := c.Application.Get(sys, *m.ApplicationID)
	if err != nil {
		return "", err
	}
	if d.Channel == delivery.ChannelSMS {
		if app.Mobile == nil {
			return "", nil
		}
		return maskMobile(*app.Mobile), nil
	}
	if app.Email == nil {
		return "", nil
	}
	return maskEmail(*app.Email), nil
}

func maskMobile(s string) string {
	r := []rune(s)
	if len(r) < 7 {
		return strings.Repeat("*", len(r))
	}
	return string(r[:3]) + strings.Repeat("*", len(r)-7) + string(r[len(r)-4:])
}

func maskEmail(s string) string {
	local, domain, ok := strings.Cut(s, "@")
	if !ok || local == "" {
		return "***"
	}
	return string([]rune(local)[:1]) + "***@" + domain
}
