package apply

import (
	"context"
	"errors"
	"strings"

	"github.com/ruankao/ruankao/ent"
	"github.com/ruankao/ruankao/ent/application"
	"github.com/ruankao/ruankao/ent/schema/pulid"
	"github.com/ruankao/ruankao/ent/statechange"
	"github.com/ruankao/ruankao/ent/submitkey"
	"github.com/ruankao/ruankao/internal/apperr"
	"github.com/ruankao/ruankao/internal/authz"
	"github.com/ruankao/ruankao/internal/cancellation"
	"github.com/ruankao/ruankao/internal/catalog"
	"github.com/ruankao/ruankao/internal/clock"
	"github.com/ruankao/ruankao/internal/enum"
	"github.com/ruankao/ruankao/internal/viewer"
)

var errConflict = apperr.New(apperr.Conflict, "报名信息已被修改（可能在另一页面），请刷新后重试")

// load reads one application as the viewer (privacy decides) and brings it up
// to date with the clock.
func load(ctx context.Context, client *ent.Client, id pulid.ID) (*ent.Application, *setting, error) {
	app, err := client.Application.Query().Where(application.ID(id)).Only(ctx)
	if ent.IsNotFound(err) {
		return nil, nil, apperr.NotFoundf("报名")
	}
	if err != nil {
		return nil, nil, err
	}
	st, err := loadSetting(ctx, client, app.SessionID, app.RegionID)
	if err != nil {
		return nil, nil, err
	}
	if st.Policy != nil {
		if app, err = advance(ctx, client, app, st); err != nil {
			return nil, nil, err
		}
	}
	return app, st, nil
}

// Save creates the candidate's application for a session or replaces the form
// of an editable one. Nothing is written when any problem is found.
func Save(ctx context.Context, client *ent.Client, sessionCode *string, id *pulid.ID, version *int, f Form) (*ent.Application, apperr.Problems, error) {
	v := viewer.From(ctx)
	cand, err := client.Candidate.Get(ctx, v.ID)
	if err != nil {
		return nil, nil, err
	}
	if ps := consentProblems(cand); ps.Any() {
		return nil, ps, nil
	}
	var (
		app *ent.Application
		ps  apperr.Problems
	)
	var sess *ent.ExamSession
	if id == nil {
		if sessionCode == nil || strings.TrimSpace(*sessionCode) == "" {
			ps.Add(apperr.Required, "请选择考试批次", "sessionCode")
			return nil, ps, nil
		}
		sess, err = catalog.From(ctx).EnabledSessionByCode(ctx, client, *sessionCode)
		if ent.IsNotFound(err) {
			ps.Add(apperr.NotOffered, "考试批次不存在", "sessionCode")
			return nil, ps, nil
		}
		if err != nil {
			return nil, nil, err
		}
		live, err := client.Application.Query().Where(application.CandidateID(v.ID), application.SessionID(sess.ID),
			authz.LiveApplication()).Exist(ctx)
		if err != nil {
			return nil, nil, err
		}
		if live {
			ps.Add(apperr.AlreadyApplied, "您在本批次已有报名，每个批次只能报名一次，请修改已有的报名", "sessionCode")
			return nil, ps, nil
		}
	} else {
		var st *setting
		if app, st, err = load(ctx, client, *id); err != nil {
			return nil, nil, err
		}
		sess = st.Session
		if version != nil && *version != app.Version {
			return nil, nil, errConflict
		}
		if !app.Status.Editable() {
			ps.Add(apperr.WrongState, app.Status.Label()+"状态的报名不能修改", "id")
			return app, ps, nil
		}
	}
	resolved, ps := checkForm(ctx, client, cand, sess, &f, false)
	if f.RegionCode == nil {
		// Every application belongs to a region, from the first save on.
		ps.Add(apperr.Required, "请选择报名省市", "input", "regionCode")
	}
	if resolved.region != nil {
		regionID := resolved.region.ID
		if app != nil {
			if e := regionKept(app, resolved.region); e != nil {
				ps = append(ps, e)
				regionID = app.RegionID // its own window still applies
			}
		}
		st, err := loadSetting(ctx, client, sess.ID, regionID)
		if err != nil {
			return nil, nil, err
		}
		status := enum.StatusDraft
		if app != nil {
			status = app.Status
		}
		ps = append(ps, checkWindow(ctx, st, status)...)
		// A cancelled exam (force majeure) takes no more registrations or
		// changes in its scope: the area the form names, or the one saved.
		var area *pulid.ID
		if app != nil {
			area = app.AreaID
		}
		if resolved.area != nil {
			area = &resolved.area.ID
		}
		if u, err := cancellation.Refusal(ctx, client, sess.ID, regionID, area, "input", "regionCode"); err != nil {
			return nil, nil, err
		} else if u != nil {
			ps = append(ps, u)
		}
	}
	if ps.Any() {
		return app, ps, nil
	}
	if app == nil {
		c := client.Application.Create().SetCandidateID(cand.ID).SetSessionID(sess.ID).
			SetRegionID(resolved.region.ID).SetName(cand.Name).SetIDType(cand.IDType)
		fill(c.Mutation(), f, resolved)
		app, err = c.Save(ctx)
		if err != nil {
			if ent.IsConstraintError(err) {
				return nil, nil, errConflict
			}
			return nil, nil, err
		}
		return app, nil, nil
	}
	u := client.Application.UpdateOneID(app.ID).Where(application.Version(app.Version)).SetVersion(app.Version + 1).
		SetRegionID(resolved.region.ID)
	fill(u.Mutation(), f, resolved)
	app, err = u.Save(ctx)
	if ent.IsNotFound(err) {
		return nil, nil, errConflict
	}
	return app, nil, err
}

// SubmitForm checks everything and moves the application to where the region's
// review mode says. A retry with the same key answers as the first did.
func SubmitForm(ctx context.Context, client *ent.Client, id pulid.ID, version *int, commitment bool, key string) (*ent.Application, apperr.Problems, error) {
	v := viewer.From(ctx)
	key = strings.TrimSpace(key)
	if key != "" {
		if app, done, err := replayed(ctx, client, v.ID, key, id); done || err != nil {
			return app, nil, err
		}
	}
	app, st, err := load(ctx, client, id)
	if err != nil {
		return nil, nil, err
	}
	if version != nil && *version != app.Version {
		return nil, nil, errConflict
	}
	var ps apperr.Problems
	if !app.Status.Editable() {
		// On PostgreSQL a retry with the same key may have committed since
		// the first look: answer as it did, not with WRONG_STATE.
		if key != "" {
			if app, done, err := replayed(ctx, client, v.ID, key, id); done || err != nil {
				return app, nil, err
			}
		}
		ps.Add(apperr.WrongState, app.Status.Label()+"状态的报名不能提交", "id")
		return app, ps, nil
	}
	cand, err := client.Candidate.Get(ctx, v.ID)
	if err != nil {
		return nil, nil, err
	}
	if ps := consentProblems(cand); ps.Any() {
		return app, ps, nil
	}
	check, err := checkSubmit(ctx, client, cand, app, st, commitment)
	if err != nil {
		return nil, nil, err
	}
	if u, err := cancellation.Refusal(ctx, client, app.SessionID, app.RegionID, app.AreaID, "id"); err != nil {
		return nil, nil, err
	} else if u != nil {
		check.problems = append(check.problems, u)
	}
	if check.problems.Any() {
		return app, check.problems, nil
	}
	ev := EvSubmit
	if app.Status == enum.StatusRejected {
		ev = EvResubmit
	}
	now := clock.Now(ctx)
	to, err := Next(app.Status, ev, st.facts())
	if err != nil {
		return nil, nil, err
	}
	var deadline *reviewWindow
	if to == enum.StatusPendingReview {
		if deadline, err = reviewFrom(ctx, client, now, st.Policy.ReviewWorkingDays); err != nil {
			return nil, nil, err
		}
	}
	app, err = transition(ctx, client, app, st, ev, statechange.ActorKindCANDIDATE, "", func(u *ent.ApplicationUpdateOne) {
		u.SetNonLocal(check.nonLocal)
		if app.SubmittedAt == nil {
			u.SetSubmittedAt(now)
		}
		if commitment && st.Policy.CommitmentRequired {
			u.SetCommitmentAcceptedAt(now)
		}
		if deadline != nil {
			u.SetReviewStartedAt(deadline.start).SetReviewDeadlineAt(deadline.end)
		}
		if to == enum.StatusAwaitingPayment || to == enum.StatusRegistered {
			u.SetFeeTotalFen(check.fee)
		}
	})
	if errors.Is(err, errConflict) && key != "" {
		// A concurrent retry of the same submit won the race; answer as it did.
		if app, done, rerr := replayed(ctx, client, v.ID, key, id); done || rerr != nil {
			return app, nil, rerr
		}
	}
	if err != nil {
		return nil, nil, err
	}
	if key != "" {
		if err := client.SubmitKey.Create().SetCandidateID(v.ID).SetKey(key).SetApplicationID(app.ID).
			Exec(viewer.SystemContext(ctx)); err != nil {
			return nil, nil, err
		}
	}
	return app, nil, nil
}

// replayed answers a submit whose key was seen before with what it did then.
func replayed(ctx context.Context, client *ent.Client, candidate pulid.ID, key string, id pulid.ID) (*ent.Application, bool, error) {
	k, err := client.SubmitKey.Query().Where(submitkey.CandidateID(candidate), submitkey.Key(key)).
		Only(viewer.SystemContext(ctx))
	if ent.IsNotFound(err) {
		return nil, false, nil
	}
	if err != nil {
		return nil, false, err
	}
	if k.ApplicationID != id {
		return nil, true, apperr.New(apperr.BadRequest, "idempotencyKey 已用于另一份报名")
	}
	app, err := client.Application.Get(ctx, id)
	return app, true, err
}

// WithdrawForm withdraws an application that is not registered yet.
func WithdrawForm(ctx context.Context, client *ent.Client, id pulid.ID, reason string) (*ent.Application, apperr.Problems, error) {
	app, st, err := load(ctx, client, id)
	if err != nil {
		return nil, nil, err
	}
	var ps apperr.Problems
	if _, err := Next(app.Status, EvWithdraw, Facts{}); err != nil {
		ps.Add(apperr.WrongState, err.Error(), "id")
		return app, ps, nil
	}
	app, err = transition(ctx, client, app, st, EvWithdraw, statechange.ActorKindCANDIDATE, strings.TrimSpace(reason), nil)
	return app, nil, err
}
