package server

import (
	"context"

	"github.com/99designs/gqlgen/graphql"

	"github.com/ruankao/ruankao/internal/auth"
	"github.com/ruankao/ruankao/internal/viewer"
)

// enrolmentFields are the root fields a viewer.Enrolling may call: see who
// they are, turn on the second factor, log out (or in as someone else).
var enrolmentFields = map[string]bool{
	"Query.me": true, "Query.__typename": true,
	"Mutation.beginTotpSetup": true, "Mutation.confirmTotpSetup": true,
	"Mutation.logout": true, "Mutation.staffLogin": true, "Mutation.__typename": true,
}

// enrolmentGate answers every other root field of a staff user who must
// enrol a second factor with FORBIDDEN (extensions.reason
// TOTP_ENROLMENT_REQUIRED), before its resolver runs. It is the clear
// answer, not the only guard: the viewer has no role, so every role check
// and privacy rule refuses it anyway (auth.Staff.Restrict).
func enrolmentGate(ctx context.Context, next graphql.Resolver) (any, error) {
	fc := graphql.GetFieldContext(ctx)
	if fc == nil || !isRoot(fc) || viewer.From(ctx).Kind != viewer.Enrolling ||
		enrolmentFields[fc.Object+"."+fc.Field.Name] {
		return next(ctx)
	}
	return nil, auth.EnrolmentRequired()
}

// isRoot tells a root field: a field of Query or Mutation whose parent is
// the operation's own object, the top of the chain (list elements also
// have a parent without a field, but never the top one).
func isRoot(fc *graphql.FieldContext) bool {
	return (fc.Object == "Query" || fc.Object == "Mutation" || fc.Object == "Subscription") &&
		(fc.Parent == nil || fc.Parent.Parent == nil)
}
