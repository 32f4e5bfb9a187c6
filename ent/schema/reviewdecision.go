package schema

import (
	"entgo.io/contrib/entgql"
	"entgo.io/ent"
	"entgo.io/ent/schema/edge"
	"entgo.io/ent/schema/field"
	"entgo.io/ent/schema/index"

	"github.com/ruankao/ruankao/ent/schema/pulid"
	"github.com/ruankao/ruankao/internal/authz"
)

// ReviewDecision is one approval or rejection. Reason codes are copied so the
// history reads the same after a code is disabled.
type ReviewDecision struct{ ent.Schema }

func (ReviewDecision) Mixin() []ent.Mixin { return []ent.Mixin{pulid.WithPrefix("RD"), Created{}} }

func (ReviewDecision) Fields() []ent.Field {
	return []ent.Field{
		field.String("application_id").GoType(idT).Immutable(),
		field.String("staff_id").GoType(idT).Immutable(),
		field.Enum("decision").Values("APPROVE", "REJECT").Immutable(),
		field.Strings("reason_codes").Optional().Immutable(),
		field.Text("note").Default("").Immutable(),
		field.Int("application_version").Immutable(),
	}
}

func (ReviewDecision) Edges() []ent.Edge {
	return []ent.Edge{
		edge.To("application", Application.Type).Field("application_id").Unique().Required().Immutable(),
		edge.To("staff", StaffUser.Type).Field("staff_id").Unique().Required().Immutable().Annotations(entgql.Skip()),
	}
}

func (ReviewDecision) Indexes() []ent.Index {
	return []ent.Index{index.Fields("application_id", "created_at"), index.Fields("staff_id", "created_at")}
}

// Policy: see authz.ApplicationChildren.
func (ReviewDecision) Policy() ent.Policy { return authz.ApplicationChildren }
