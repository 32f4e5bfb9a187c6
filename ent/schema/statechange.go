package schema

import (
	"entgo.io/contrib/entgql"
	"entgo.io/ent"
	"entgo.io/ent/schema/edge"
	"entgo.io/ent/schema/field"
	"entgo.io/ent/schema/index"

	"github.com/ruankao/ruankao/ent/schema/pulid"
	"github.com/ruankao/ruankao/internal/authz"
	"github.com/ruankao/ruankao/internal/enum"
)

// StateChange is one transition of an application: who, when, why.
type StateChange struct{ ent.Schema }

func (StateChange) Mixin() []ent.Mixin { return []ent.Mixin{pulid.WithPrefix("SH"), Created{}} }

func (StateChange) Fields() []ent.Field {
	return []ent.Field{
		field.String("application_id").GoType(idT).Immutable(),
		field.Enum("from_status").GoType(enum.ApplicationStatus("")).Annotations(gqlStatus).Optional().Nillable().Immutable(),
		field.Enum("to_status").GoType(enum.ApplicationStatus("")).Annotations(gqlStatus).Immutable(),
		field.Enum("actor_kind").Values("CANDIDATE", "STAFF", "SYSTEM").Immutable(),
		field.String("staff_id").GoType(idT).Optional().Nillable().Immutable(),
		field.String("reason").Default("").Immutable(),
	}
}

func (StateChange) Edges() []ent.Edge {
	return []ent.Edge{
		edge.To("application", Application.Type).Field("application_id").Unique().Required().Immutable(),
		edge.To("staff", StaffUser.Type).Field("staff_id").Unique().Immutable().Annotations(entgql.Skip()),
	}
}

func (StateChange) Indexes() []ent.Index {
	return []ent.Index{index.Fields("application_id", "created_at")}
}

// Policy: see authz.History.
func (StateChange) Policy() ent.Policy { return authz.History }
