package schema

import (
	"entgo.io/ent"
	"entgo.io/ent/schema/edge"
	"entgo.io/ent/schema/field"
	"entgo.io/ent/schema/index"

	"github.com/ruankao/ruankao/ent/schema/pulid"
	"github.com/ruankao/ruankao/internal/authz"
)

// Score is one subject's result; an absent candidate (缺考) has no points.
// Written by score imports only (internal/scores).
type Score struct{ ent.Schema }

func (Score) Mixin() []ent.Mixin { return []ent.Mixin{pulid.WithPrefix("SC"), Stamps{}} }

func (Score) Fields() []ent.Field {
	return []ent.Field{
		field.String("application_id").GoType(idT),
		field.String("subject_id").GoType(idT),
		// A copy of the application's, without an edge: the candidates' read
		// rule (released sessions only) and the session's statements use it.
		field.String("session_id").GoType(idT).Immutable().Annotations(noWhere),
		field.Int("points").NonNegative().Optional().Nillable(),
		field.Bool("absent").Default(false),
	}
}

func (Score) Edges() []ent.Edge {
	return []ent.Edge{
		edge.To("application", Application.Type).Field("application_id").Unique().Required(),
		edge.To("subject", Subject.Type).Field("subject_id").Unique().Required(),
	}
}

func (Score) Indexes() []ent.Index {
	return []ent.Index{index.Fields("application_id", "subject_id").Unique()}
}

// Policy: see authz.Scores.
func (Score) Policy() ent.Policy { return authz.Scores }
