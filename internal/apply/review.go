package apply

import (
	"context"
	"strconv"
	"strings"
	"time"

	"github.com/ruankao/ruankao/ent"
	"github.com/ruankao/ruankao/ent/rejectionreason"
	"github.com/ruankao/ruankao/ent/reviewclaim"
	"github.com/ruankao/ruankao/ent/reviewdecision"
	"github.com/ruankao/ruankao/ent/schema/pulid"
	"github.com/ruankao/ruankao/ent/staffuser"
	"github.com/ruankao/ruankao/ent/statechange"
	"github.com/ruankao/ruankao/internal/apperr"
	"github.com/ruankao/ruankao/internal/cancellation"
	"github.com/ruankao/ruankao/internal/catalog"
	"github.com/ruankao/ruankao/internal/clock"
	"github.com/ruankao/ruankao/internal/enum"
	"github.com/ruankao/ruankao/internal/viewer"
)

// ClaimFor is how long a reviewer holds an application they opened.
const ClaimFor = 15 * time.Minute

// Claim gives the reviewer in ctx the application for ClaimFor, unless another
// reviewer holds it (CONFLICT). Claiming again extends one's own claim.
func Claim(ctx context.Context, client *ent.Client, id pulid.ID) (*ent.ReviewClaim, error) {
	app, _, err := load(ctx, client, id)
	if err != nil {
		return nil, err
	}
	return claim(ctx, client, app)
}

func claim(ctx context.Context, client *ent.Client, app *ent.Application) (*ent.ReviewClaim, error) {
	v := viewer.From(ctx)
	now := clock.Now(ctx)
	c, err := client.ReviewClaim.Query().Where(reviewclaim.ApplicationID(app.ID)).Only(ctx)
	switch {
	case ent.IsNotFound(err):
		return client.ReviewClaim.Create().SetApplicationID(app.ID).SetStaffID(v.ID).SetExpiresAt(now.Add(ClaimFor)).Save(ctx)
	case err != nil:
		return nil, err
	case c.StaffID != v.ID && now.Before(c.ExpiresAt):
		return nil, claimedError(ctx, client, c)
	}
	return c.Update().SetStaffID(v.ID).SetExpiresAt(now.Add(ClaimFor)).Save(ctx)
}

func claimedError(ctx context.Context, client *ent.Client, c *ent.ReviewClaim) error {
	who, err := ClaimHolderName(ctx, client, c)
	if err != nil || who == "" {
		who = "另一位审核员"
	}
	return apperr.New(apperr.Conflict, who+"正在审核该报名（至 "+clock.Shown(c.ExpiresAt)+"），请稍后再试")
}

// ClaimHolderName is the display name of the staff member who holds a claim
// the viewer can see. Reviewers may not read other StaffUser rows; the queue
// must still say who is working on an application, so this one column of
// the holder's row is read as the system, for a claim the viewer's own
// policy let them load, and nothing else of the row leaves here.
func ClaimHolderName(ctx context.Context, client *ent.Client, c *ent.ReviewClaim) (string, error) {
	if c.Edges.Staff != nil {
		return c.Edges.Staff.DisplayName, nil
	}
	name, err := client.StaffUser.Query().Where(staffuser.ID(c.StaffID)).
		Select(staffuser.FieldDisplayName).String(viewer.SystemContext(ctx))
	if ent.IsNotFound(err) {
		return "", nil
	}
	return name, err
}

// Release gives up one's own claim.
func Release(ctx context.Context, client *ent.Client, id pulid.ID) error {
	_, err := client.ReviewClaim.Delete().
		Where(reviewclaim.ApplicationID(id), reviewclaim.StaffID(viewer.From(ctx).ID)).Exec(ctx)
	return err
}

// Decision is a reviewer's verdict on one application.
type Decision struct {
	Approve     bool
	ReasonCodes []string // for a rejection: at least one, from the documented list
	Note        string
	Version     int // the version the reviewer saw; a changed application is a CONFLICT
}

// Decide approves or rejects a PENDING_REVIEW application as the reviewer in
// ctx: the claim must not be another's, the version must be the one seen.
func Decide(ctx context.Context, client *ent.Client, id pulid.ID, d Decision) (*ent.Application, apperr.Problems, error) {
	app, st, err := load(ctx, client, id)
	if err != nil {
		return nil, nil, err
	}
	return decide(ctx, client, app, st, d)
}

func decide(ctx context.Context, client *ent.Client, app *ent.Application, st *setting, d Decision) (*ent.Application, apperr.Problems, error) {
	if d.Version != app.Version {
		return nil, nil, apperr.New(apperr.Conflict, "报名信息在您查看后已变化，请刷新后重新审核")
	}
	var ps apperr.Problems
	if app.Status != enum.StatusPendingReview {
		ps.Add(apperr.WrongState, app.Status.Label()+"状态的报名不能审核", "id")
		return app, ps, nil
	}
	// A cancelled exam takes no decisions: an approval would ask the
	// candidate to pay for it, a rejection to correct and resubmit.
	if u, err := cancellation.Refusal(ctx, client, app.SessionID, app.RegionID, app.AreaID, "id"); err != nil {
		return nil, nil, err
	} else if u != nil {
		ps = append(ps, u)
		return app, ps, nil
	}
	reasons, ps, err := checkReasons(ctx, client, d)
	if err != nil || ps.Any() {
		return app, ps, err
	}
	if _, err := claim(ctx, client, app); err != nil {
		return nil, nil, err
	}
	now := clock.Now(ctx)
	ev, reason := EvApprove, strings.TrimSpace(d.Note)
	if !d.Approve {
		ev = EvReject
		reason = strings.Join(append(reasons, reason), "；")
		reason = strings.Trim(reason, "；")
	}
	var fee int64
	if d.Approve && app.QualificationID != nil {
		n, err := catalog.From(ctx).SubjectCount(ctx, client, *app.QualificationID)
		if err != nil {
			return nil, nil, err
		}
		if app.Level != nil {
			fee = catalog.FeePerSubject(st.Policy, *app.Level) * int64(n)
		}
	}
	decided, err := transition(ctx, client, app, st, ev, statechange.ActorKindSTAFF, reason, func(u *ent.ApplicationUpdateOne) {
		u.SetDecidedAt(now)
		if d.Approve {
			u.SetFeeTotalFen(fee)
		}
	})
	if err != nil {
		return nil, nil, err
	}
	dec := client.ReviewDecision.Create().SetApplicationID(app.ID).SetStaffID(viewer.From(ctx).ID).
		SetApplicationVersion(app.Version).SetNote(strings.TrimSpace(d.Note))
	if d.Approve {
		dec.SetDecision(reviewdecision.DecisionAPPROVE)
	} else {
		dec.SetDecision(reviewdecision.DecisionREJECT).SetReasonCodes(d.ReasonCodes)
	}
	if err := dec.Exec(ctx); err != nil {
		return nil, nil, err
	}
	if _, err := client.ReviewClaim.Delete().Where(reviewclaim.ApplicationID(app.ID)).Exec(ctx); err != nil {
		return nil, nil, err
	}
	return decided, nil, nil
}

// checkReasons: a rejection names at least one enabled reason of the list,
// and explains OTHER in the note.
func checkReasons(ctx context.Context, client *ent.Client, d Decision) ([]string, apperr.Problems, error) {
	var ps apperr.Problems
	if d.Approve {
		return nil, nil, nil
	}
	if len(d.ReasonCodes) == 0 {
		ps.Add(apperr.Required, "请至少选择一项不通过原因", "reasonCodes")
		return nil, ps, nil
	}
	found, err := client.RejectionReason.Query().
		Where(rejectionreason.CodeIn(d.ReasonCodes...), rejectionreason.Disabled(false)).All(viewer.SystemContext(ctx))
	if err != nil {
		return nil, nil, err
	}
	labels := map[string]string{}
	for _, r := range found {
		labels[r.Code] = r.Label
	}
	var out []string
	for i, code := range d.ReasonCodes {
		l, ok := labels[code]
		if !ok {
			ps.Add(apperr.InvalidFormat, "不通过原因 "+code+" 不在原因列表中", "reasonCodes", strconv.Itoa(i))
			continue
		}
		out = append(out, l)
		if code == "OTHER" && strings.TrimSpace(d.Note) == "" {
			ps.Add(apperr.Required, "选择“其他原因”时请填写审核意见", "note")
		}
	}
	return out, ps, nil
}

// BulkApprove approves every application of ids, or none: each is checked
// first, and any problem (state, version, another's claim) refuses the lot.
func BulkApprove(ctx context.Context, client *ent.Client, items map[pulid.ID]int, note string) ([]*ent.Application, apperr.Problems, error) {
	type loaded struct {
		app *ent.Application
		st  *setting
	}
	var (
		all []loaded
		ps  apperr.Problems
	)
	now := clock.Now(ctx)
	for id, version := range items {
		app, st, err := load(ctx, client, id)
		if err != nil {
			return nil, nil, err
		}
		switch {
		case app.Status != enum.StatusPendingReview:
			ps.Add(apperr.WrongState, app.Name+"的报名为"+app.Status.Label()+"，不能审核", "ids", string(id))
		case app.Version != version:
			ps.Add(apperr.Conflict, app.Name+"的报名在您查看后已变化", "ids", string(id))
		default:
			u, err := cancellation.Refusal(ctx, client, app.SessionID, app.RegionID, app.AreaID, "ids", string(id))
			if err != nil {
				return nil, nil, err
			}
			if u != nil {
				u.Message = app.Name + "：" + u.Message
				ps = append(ps, u)
				break
			}
			c, err := client.ReviewClaim.Query().Where(reviewclaim.ApplicationID(id)).Only(ctx)
			if err != nil && !ent.IsNotFound(err) {
				return nil, nil, err
			}
			if c != nil && c.StaffID != viewer.From(ctx).ID && now.Before(c.ExpiresAt) {
				ps.Add(apperr.Conflict, app.Name+"的报名正由其他审核员审核", "ids", string(id))
			}
		}
		all = append(all, loaded{app, st})
	}
	if ps.Any() {
		return nil, ps, nil
	}
	out := make([]*ent.Application, 0, len(all))
	for _, l := range all {
		app, more, err := decide(ctx, client, l.app, l.st, Decision{Approve: true, Note: note, Version: l.app.Version})
		if err != nil {
			return nil, nil, err
		}
		if more.Any() {
			// Checked above; if it changed meanwhile, the whole batch must roll back.
			return nil, nil, apperr.New(apperr.Conflict, "批量审核期间报名发生变化，已全部撤销，请刷新后重试")
		}
		out = append(out, app)
	}
	return out, nil, nil
}
