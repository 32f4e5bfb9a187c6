package graph

import (
	"context"
	"slices"
	"time"

	"github.com/99designs/gqlgen/graphql"

	"github.com/ruankao/ruankao/ent"
	"github.com/ruankao/ruankao/ent/regionpolicy"
	"github.com/ruankao/ruankao/ent/schema/pulid"
	"github.com/ruankao/ruankao/graph/model"
	"github.com/ruankao/ruankao/internal/admin"
	"github.com/ruankao/ruankao/internal/apperr"
	"github.com/ruankao/ruankao/internal/clock"
	"github.com/ruankao/ruankao/internal/enum"
)

func policyPayload(p *ent.RegionPolicy, ps apperr.Problems) *model.RegionPolicyPayload {
	if ps.Any() {
		p = nil
	}
	return &model.RegionPolicyPayload{RegionPolicy: p, UserErrors: userErrors(ps)}
}

// updateRegionPolicy edits a region's policy: every problem at once, nothing
// written when there is any.
func (r *Resolver) updateRegionPolicy(ctx context.Context, id pulid.ID, in model.RegionPolicyInput) (*model.RegionPolicyPayload, error) {
	v, err := adminViewer(ctx)
	if err != nil {
		return nil, err
	}
	client := ent.FromContext(ctx)
	p, err := adminPolicy(ctx, client, v, id)
	if err != nil {
		return nil, err
	}
	s, err := client.ExamSession.Get(ctx, p.SessionID)
	if err != nil {
		return nil, err
	}
	old := admin.PolicyWindowsOf(p)
	w := old
	mergeWindows(&w, in)
	ps := admin.CheckPolicyWindows(clock.Now(ctx), s, &old, w)
	ps = append(ps, checkPolicyValues(in)...)
	if ps.Any() {
		return policyPayload(nil, ps), nil
	}
	upd := client.RegionPolicy.UpdateOneID(p.ID)
	applyPolicyInput(upd.Mutation(), in, false)
	if p, err = upd.Save(ctx); err != nil {
		return nil, err
	}
	return policyPayload(p, nil), nil
}

// createRegionPolicy makes a region run a session it does not run yet.
func (r *Resolver) createRegionPolicy(ctx context.Context, regionCode, sessionCode string, in model.RegionPolicyInput) (*model.RegionPolicyPayload, error) {
	v, err := adminViewer(ctx)
	if err != nil {
		return nil, err
	}
	client := ent.FromContext(ctx)
	var ps apperr.Problems
	reg, err := adminRegion(ctx, client, v, regionCode, &ps)
	if err != nil {
		return nil, err
	}
	s, err := adminSessionByCode(ctx, client, sessionCode)
	if err != nil {
		return nil, err
	}
	if ps.Any() {
		return policyPayload(nil, ps), nil
	}
	exists, err := client.RegionPolicy.Query().
		Where(regionpolicy.RegionID(reg.ID), regionpolicy.SessionID(s.ID)).Exist(ctx)
	if err != nil {
		return nil, err
	}
	if exists {
		ps.Add(apperr.AlreadyExists, reg.Name+"已有本批次的报名政策，请修改它", "sessionCode")
	}
	required := []struct {
		field string
		set   bool
	}{
		{"registrationOpensAt", in.RegistrationOpensAt != nil}, {"registrationClosesAt", in.RegistrationClosesAt != nil},
		{"correctionClosesAt", in.CorrectionClosesAt != nil}, {"paymentOpensAt", in.PaymentOpensAt != nil},
		{"paymentClosesAt", in.PaymentClosesAt != nil}, {"reviewMode", in.ReviewMode != nil},
		{"feePerSubjectFen", in.FeePerSubjectFen != nil},
	}
	complete := true
	for _, f := range required {
		if !f.set {
			ps.Add(apperr.Required, "新建报名政策时必须填写", "input", f.field)
			complete = false
		}
	}
	if complete {
		var w admin.PolicyWindows
		mergeWindows(&w, in)
		ps = append(ps, admin.CheckPolicyWindows(clock.Now(ctx), s, nil, w)...)
	}
	ps = append(ps, checkPolicyValues(in)...)
	if ps.Any() {
		return policyPayload(nil, ps), nil
	}
	c := client.RegionPolicy.Create().SetRegionID(reg.ID).SetSessionID(s.ID)
	applyPolicyInput(c.Mutation(), in, true)
	p, err := adminSaved(c.Save(ctx))
	if err != nil {
		return nil, err
	}
	return policyPayload(p, nil), nil
}

// mergeWindows puts the windows the input sets over w.
func mergeWindows(w *admin.PolicyWindows, in model.RegionPolicyInput) {
	set := func(dst *time.Time, src *time.Time) {
		if src != nil {
			*dst = *src
		}
	}
	set(&w.RegistrationOpensAt, in.RegistrationOpensAt)
	set(&w.RegistrationClosesAt, in.RegistrationClosesAt)
	set(&w.CorrectionClosesAt, in.CorrectionClosesAt)
	set(&w.PaymentOpensAt, in.PaymentOpensAt)
	set(&w.PaymentClosesAt, in.PaymentClosesAt)
}

// checkPolicyValues checks what does not depend on the stored policy.
func checkPolicyValues(in model.RegionPolicyInput) apperr.Problems {
	var ps apperr.Problems
	if in.ReviewWorkingDays != nil {
		admin.ReviewDays(&ps, *in.ReviewWorkingDays, "input", "reviewWorkingDays")
	}
	if in.FeePerSubjectFen != nil {
		admin.Fee(&ps, *in.FeePerSubjectFen, "input", "feePerSubjectFen")
	}
	for field, o := range map[string]graphql.Omittable[*int]{
		"feeJuniorFen": in.FeeJuniorFen, "feeIntermediateFen": in.FeeIntermediateFen, "feeSeniorFen": in.FeeSeniorFen,
	} {
		if fen := o.Value(); fen != nil {
			admin.Fee(&ps, *fen, "input", field)
		}
	}
	return sortProblems(ps)
}

// sortProblems orders problems by field path, so that answers are stable.
func sortProblems(ps apperr.Problems) apperr.Problems {
	slices.SortStableFunc(ps, func(a, b *apperr.UserError) int { return slices.Compare(a.Field, b.Field) })
	return ps
}

// applyPolicyInput sets what the input sets; on update a null fee override
// removes it.
func applyPolicyInput(m *ent.RegionPolicyMutation, in model.RegionPolicyInput, creating bool) {
	if in.RegistrationOpensAt != nil {
		m.SetRegistrationOpensAt(*in.RegistrationOpensAt)
	}
	if in.RegistrationClosesAt != nil {
		m.SetRegistrationClosesAt(*in.RegistrationClosesAt)
	}
	if in.CorrectionClosesAt != nil {
		m.SetCorrectionClosesAt(*in.CorrectionClosesAt)
	}
	if in.PaymentOpensAt != nil {
		m.SetPaymentOpensAt(*in.PaymentOpensAt)
	}
	if in.PaymentClosesAt != nil {
		m.SetPaymentClosesAt(*in.PaymentClosesAt)
	}
	if in.ReviewMode != nil {
		m.SetReviewMode(*in.ReviewMode)
	}
	if in.ReviewWorkingDays != nil {
		m.SetReviewWorkingDays(*in.ReviewWorkingDays)
	}
	if in.FeePerSubjectFen != nil {
		m.SetFeePerSubjectFen(int64(*in.FeePerSubjectFen))
	}
	fee := func(o graphql.Omittable[*int], set func(int64), clear func()) {
		fen, ok := o.ValueOK()
		switch {
		case !ok:
		case fen != nil:
			set(int64(*fen))
		case !creating:
			clear()
		}
	}
	fee(in.FeeJuniorFen, m.SetFeeJuniorFen, m.ClearFeeJuniorFen)
	fee(in.FeeIntermediateFen, m.SetFeeIntermediateFen, m.ClearFeeIntermediateFen)
	fee(in.FeeSeniorFen, m.SetFeeSeniorFen, m.ClearFeeSeniorFen)
	if in.CommitmentRequired != nil {
		m.SetCommitmentRequired(*in.CommitmentRequired)
	}
	if in.NonLocalAllowed != nil {
		m.SetNonLocalAllowed(*in.NonLocalAllowed)
	}
	if in.NonLocalMaterialKinds != nil {
		m.SetNonLocalMaterialKinds(uniqueOf(in.NonLocalMaterialKinds))
	} else if creating {
		m.SetNonLocalMaterialKinds([]enum.MaterialKind{})
	}
	if in.NonLocalMaterialRule != nil {
		m.SetNonLocalMaterialRule(*in.NonLocalMaterialRule)
	}
	if in.AbsenteeBan != nil {
		m.SetAbsenteeBan(*in.AbsenteeBan)
	}
}

// uniqueOf drops repeated values, keeping the first order.
func uniqueOf[T comparable](xs []T) []T {
	out := make([]T, 0, len(xs))
	for _, x := range xs {
		if !slices.Contains(out, x) {
			out = append(out, x)
		}
	}
	return out
}
