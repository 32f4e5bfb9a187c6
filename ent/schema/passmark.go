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

// PassMark overrides a subject's pass mark in one session (the subject's
// own pass_mark, 45 of 75, applies otherwise).
type PassMark struct{ ent.Schema }

func (PassMark) Mixin() []ent.Mixin { return []ent.Mixin{pulid.WithPrefix("PM"), Stamps{}} }

func (PassMark) Fields() []ent.Field {
	return []ent.Field{
		field.String("session_id").GoType(idT).Immutable(),
		field.String("subject_id").GoType(idT).Immutable(),
		field.Int("pass_mark").Positive(),
	}
}

func (PassMark) Edges() []ent.Edge {
	return []ent.Edge{
		edge.To("session", ExamSession.Type).Field("session_id").Unique().Required().Immutable(),
		edge.To("subject", Subject.Type).Field("subject_id").Unique().Required().Immutable(),
	}
}

func (PassMark) Indexes() []ent.Index {
	return []ent.Index{index.Fields("session_id", "subject_id").Unique()}
}

func (PassMark) Annotations() []schema.Annotation { return []schema.Annotation{internalOnly} }

// Policy: see authz.Catalog.
func (PassMark) Policy() ent.Policy { return authz.Catalog }
