// Package authz is data-level authorization: the privacy policy that every
// ent schema carries. A query sees only what its viewer may see (filters, so
// that counts and connections leak nothing and a hidden record is NOT_FOUND
// exactly as a missing one); a mutation is refused unless a rule allows it.
package authz

import (
	"context"

	"entgo.io/ent"
	"entgo.io/ent/entql"

	"github.com/ruankao/ruankao/ent/privacy"
	"github.com/ruankao/ruankao/internal/enum"
	"github.com/ruankao/ruankao/internal/viewer"
)

// Rule decides for one kind of viewer, usually by adding a filter to f.
type Rule func(ctx context.Context, v viewer.Viewer, f privacy.Filter) error

// Scope gives the rule per kind of viewer; a nil rule sees nothing and may
// change nothing. The system (seeding, jobs, the login machinery) may do
// anything.
type Scope struct {
	Anonymous, Candidate, National, Regional Rule
	// Door is exam staff's rule; nil gives them the Anonymous one (what
	// anyone may read): a door check reads the candidate as the system.
	Door Rule
	// Enrolling is the rule of a staff user who must turn on a second factor
	// before anything else (viewer.Enrolling); nil, as everywhere but their
	// own account, sees nothing, not even what anyone may read.
	Enrolling Rule
}

// CreateRule decides whether a viewer may create the row m describes.
type CreateRule func(ctx context.Context, v viewer.Viewer, m ent.Mutation) error

// Policy is one table's policy: who reads which rows, who updates or deletes
// which rows, and who creates what.
type Policy struct {
	Read   Scope
	Write  Scope
	Create CreateRule
	// Update, when set, vets what an update or delete sets, before the
	// Write filter decides which rows it reaches.
	Update CreateRule
}

// EvalQuery implements privacy.QueryRule.
func (p Policy) EvalQuery(ctx context.Context, q ent.Query) error {
	v := viewer.From(ctx)
	if v.Kind == viewer.System {
		return privacy.Allow
	}
	return privacy.FilterFunc(func(ctx context.Context, f privacy.Filter) error {
		return p.Read.apply(ctx, v, f)
	}).EvalQuery(ctx, q)
}

// EvalMutation implements privacy.MutationRule. Updates and deletes are
// filtered like queries, so a row the viewer may not change is NOT_FOUND;
// creates are allowed only by the Create rule.
func (p Policy) EvalMutation(ctx context.Context, m ent.Mutation) error {
	v := viewer.From(ctx)
	if v.Kind == viewer.System {
		return privacy.Allow
	}
	if m.Op().Is(ent.OpCreate) {
		if p.Create == nil {
			return denied(v)
		}
		return p.Create(ctx, v, m)
	}
	if p.Update != nil {
		if err := p.Update(ctx, v, m); err != nil {
			return err
		}
	}
	return privacy.FilterFunc(func(ctx context.Context, f privacy.Filter) error {
		return p.Write.apply(ctx, v, f)
	}).EvalMutation(ctx, m)
}

func (s Scope) apply(ctx context.Context, v viewer.Viewer, f privacy.Filter) error {
	if rule := s.pick(v); rule != nil {
		return rule(ctx, v, f)
	}
	return nothing(f)
}

func (s Scope) pick(v viewer.Viewer) Rule {
	switch {
	case v.Kind == viewer.Candidate:
		return s.Candidate
	case v.IsNationalAdmin():
		return s.National
	case v.Kind == viewer.Staff && v.Role == enum.RoleExamStaff:
		if s.Door != nil {
			return s.Door
		}
		return s.Anonymous
	case v.RegionScoped():
		return s.Regional
	case v.Kind == viewer.Anonymous:
		return s.Anonymous
	case v.Kind == viewer.Enrolling:
		return s.Enrolling
	}
	return nil
}

func denied(v viewer.Viewer) error {
	return privacy.Denyf("authz: %s may not change this", describe(v))
}

func describe(v viewer.Viewer) string {
	switch v.Kind {
	case viewer.Candidate:
		return "a candidate"
	case viewer.Staff:
		return string(v.Role)
	case viewer.Enrolling:
		return "a staff user without a second factor"
	}
	return "an anonymous client"
}

// All lets the viewer see or change every row.
func All(context.Context, viewer.Viewer, privacy.Filter) error { return privacy.Allow }

// nothing makes a query match no row: ids are never empty.
func nothing(f privacy.Filter) error {
	if w, ok := f.(interface{ WhereID(entql.StringP) }); ok {
		w.WhereID(entql.StringEQ(""))
		return privacy.Allow
	}
	return privacy.Denyf("authz: %T cannot be filtered to nothing", f)
}

// where allows the operation on the rows the filter keeps.
func where(apply func(v viewer.Viewer, f privacy.Filter) bool) Rule {
	return func(_ context.Context, v viewer.Viewer, f privacy.Filter) error {
		if !apply(v, f) {
			return privacy.Denyf("authz: %T lacks the filter this rule needs", f)
		}
		return privacy.Allow
	}
}
