package graph

import (
	"context"
	"strings"

	"github.com/99designs/gqlgen/graphql"

	"github.com/ruankao/ruankao/ent"
	"github.com/ruankao/ruankao/ent/authsession"
	"github.com/ruankao/ruankao/graph/model"
	"github.com/ruankao/ruankao/internal/apply"
	"github.com/ruankao/ruankao/internal/audit"
	"github.com/ruankao/ruankao/internal/auth"
	"github.com/ruankao/ruankao/internal/pii"
	"github.com/ruankao/ruankao/internal/ratelimit"
	"github.com/ruankao/ruankao/internal/viewer"
)

var loginStateLabels = map[model.LoginState]string{
	model.LoginStatePending: "等待扫码确认", model.LoginStateConfirmed: "登录成功",
	model.LoginStateRefused: "已拒绝登录", model.LoginStateConsentRefused: "未授权提供身份信息",
	model.LoginStateExpired: "二维码已过期，请刷新",
}

// meFor describes the viewer v, reading as v so privacy applies.
func (r *Resolver) meFor(ctx context.Context, client *ent.Client, v viewer.Viewer) (*model.Me, error) {
	ctx = viewer.With(ctx, v)
	s, err := client.AuthSession.Query().Where(authsession.ID(v.SessionID)).Only(viewer.SystemContext(ctx))
	if err != nil {
		return nil, err
	}
	me := &model.Me{SessionExpiresAt: s.ExpiresAt}
	switch v.Kind {
	case viewer.Candidate:
		c, err := client.Candidate.Get(ctx, v.ID)
		if err != nil {
			return nil, err
		}
		me.Kind, me.Candidate = model.ViewerKindCandidate, c
		if !apply.Consented(c) {
			me.PendingPrivacyNotice = currentNotice()
		}
	case viewer.Staff, viewer.Enrolling:
		// Privacy lets an enrolling viewer read their own account, nothing else.
		u, err := client.StaffUser.Get(ctx, v.ID)
		if err != nil {
			return nil, err
		}
		me.Kind, me.Staff = model.ViewerKindStaff, u
		me.TotpEnrolmentRequired = v.Kind == viewer.Enrolling
	}
	return me, nil
}

func currentNotice() *model.PrivacyNotice {
	n := auth.CurrentNotice()
	out := &model.PrivacyNotice{Version: n.Version, Title: n.Title, Body: n.Body(),
		SensitiveItems: []*model.SensitiveItem{}, SensitiveConsentText: n.SensitiveConsent}
	for _, it := range n.Sensitive {
		out.SensitiveItems = append(out.SensitiveItems, &model.SensitiveItem{Name: it.Name, Purpose: it.Purpose})
	}
	return out
}

var consentActionLabels = map[model.ConsentAction]string{model.ConsentActionGive: "同意", model.ConsentActionWithdraw: "撤回同意"}

// consentHistory is a candidate's consent records, as the viewer may see them.
func (r *Resolver) consentHistory(ctx context.Context, c *ent.Candidate) ([]*model.ConsentEvent, error) {
	recs, err := apply.ConsentHistory(ctx, r.Client, c.ID)
	if err != nil {
		return nil, err
	}
	out := make([]*model.ConsentEvent, len(recs))
	for i, rec := range recs {
		action := model.ConsentAction(rec.Action.String())
		out[i] = &model.ConsentEvent{Action: action, ActionLabel: consentActionLabels[action], NoticeVersion: rec.NoticeVersion,
			General: rec.General, Sensitive: rec.Sensitive, At: rec.CreatedAt, ClientIP: pii.MaskIP(rec.ClientIP)}
	}
	return out, nil
}

// sessionFor wraps a new session with its viewer's description.
func (r *Resolver) sessionFor(ctx context.Context, client *ent.Client, issued *auth.Issued, v viewer.Viewer) (*model.Session, error) {
	v.SessionID = issued.Session.ID
	me, err := r.meFor(ctx, client, v)
	if err != nil {
		return nil, err
	}
	return &model.Session{Token: issued.Token, ExpiresAt: issued.ExpiresAt, Me: me}, nil
}

// RateLimitAccount is the account a rate-limited call counts against: the
// logged-in viewer, or the username a password login names.
func RateLimitAccount(ctx context.Context) string {
	if v := viewer.From(ctx); v.ID != "" {
		return string(v.ID)
	}
	fc := graphql.GetFieldContext(ctx)
	for fc != nil {
		if in, ok := fc.Args["input"].(model.StaffLoginInput); ok {
			return "user:" + strings.ToLower(strings.TrimSpace(in.Username))
		}
		fc = fc.Parent
	}
	return ""
}

func userAgent(ctx context.Context) string {
	if oc := graphql.GetOperationContext(ctx); oc != nil && oc.Headers != nil {
		return oc.Headers.Get("User-Agent")
	}
	return ""
}

// idNumber shows an ID number in full to its owner and to staff who opened
// one record (node(id:)), audited; everyone else, and every list, sees it masked.
func (r *Resolver) idNumber(ctx context.Context, c *ent.Candidate) (string, error) {
	v := viewer.From(ctx)
	// A Me object only ever describes its session's own viewer, also in the
	// payload of the login that just opened that session.
	owner := (v.Kind == viewer.Candidate && v.ID == c.ID) || reachedThroughMe(ctx)
	opened := v.Kind == viewer.Staff && rootField(ctx) == "node"
	if (!owner && !opened) || r.Keys == nil {
		return c.IDNumberMasked, nil
	}
	if c.IDNumberEnc == nil { // field collection loaded only the columns asked for
		full, err := r.Client.Candidate.Get(viewer.SystemContext(ctx), c.ID)
		if err != nil {
			return "", err
		}
		c = full
	}
	if opened {
		if err := audit.Read(ctx, r.Client, audit.Entry{Action: "Candidate.idNumber.view",
			RecordType: "Candidate", RecordID: string(c.ID)}, c); err != nil {
			return "", err
		}
	}
	return r.Keys.Decrypt(c.IDNumberEnc, string(c.IDType))
}

func reachedThroughMe(ctx context.Context) bool {
	fc := graphql.GetFieldContext(ctx)
	return fc != nil && fc.Parent != nil && fc.Parent.Object == "Me" && fc.Parent.Field.Name == "candidate"
}

// rootField is the name of the top-level field the current field hangs from.
func rootField(ctx context.Context) string {
	fc := graphql.GetFieldContext(ctx)
	name := ""
	for fc != nil {
		if fc.Field.Field != nil {
			name = fc.Field.Name
		}
		fc = fc.Parent
	}
	return name
}

// consentClient is where a consent comes from, recorded with it.
func (r *Resolver) consentClient(ctx context.Context) apply.Client {
	return apply.Client{IP: ratelimit.ClientFrom(ctx), UserAgent: userAgent(ctx)}
}
