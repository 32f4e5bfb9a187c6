package schema

import (
	"entgo.io/ent"
	"entgo.io/ent/schema"
	"entgo.io/ent/schema/edge"
	"entgo.io/ent/schema/field"
	"entgo.io/ent/schema/index"

	"github.com/ruankao/ruankao/ent/schema/pulid"
	"github.com/ruankao/ruankao/internal/authz"
)

// SubmitKey makes a retried submit answer as the first did.
type SubmitKey struct{ ent.Schema }

func (SubmitKey) Mixin() []ent.Mixin { return []ent.Mixin{pulid.WithPrefix("SK"), Created{}} }

func (SubmitKey) Fields() []ent.Field {
	return []ent.Field{
		field.String("candidate_id").GoType(idT),
		field.String("key").NotEmpty().MaxLen(128),
		field.String("application_id").GoType(idT),
	}
}

func (SubmitKey) Edges() []ent.Edge {
	return []ent.Edge{
		edge.To("candidate", Candidate.Type).Field("candidate_id").Unique().Required(),
		edge.To("application", Application.Type).Field("application_id").Unique().Required(),
	}
}

func (SubmitKey) Indexes() []ent.Index {
	return []ent.Index{index.Fields("candidate_id", "key").Unique()}
}

func (SubmitKey) Annotations() []schema.Annotation { return []schema.Annotation{internalOnly} }

// Policy: see authz.Internal.
func (SubmitKey) Policy() ent.Policy { return authz.Internal }
