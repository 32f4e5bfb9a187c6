package schema

import (
	"entgo.io/ent"
	"entgo.io/ent/schema"
	"entgo.io/ent/schema/field"
	"entgo.io/ent/schema/index"

	"github.com/ruankao/ruankao/ent/schema/pulid"
	"github.com/ruankao/ruankao/internal/authz"
)

// ScoreProblem is one problem of a score import, with its line.
type ScoreProblem struct{ ent.Schema }

func (ScoreProblem) Mixin() []ent.Mixin { return []ent.Mixin{pulid.WithPrefix("IP")} }

func (ScoreProblem) Fields() []ent.Field {
	return []ent.Field{
		field.String("import_id").GoType(idT).Immutable(),
		field.Int("line").NonNegative().Immutable().Comment("0: the file as a whole"),
		field.String("column").Default("").Immutable(),
		field.String("code").NotEmpty().Immutable(),
		field.String("message").NotEmpty().Immutable(),
	}
}

func (ScoreProblem) Indexes() []ent.Index {
	return []ent.Index{index.Fields("import_id", "line")}
}

func (ScoreProblem) Annotations() []schema.Annotation { return []schema.Annotation{internalOnly} }

// Policy: see authz.NationalOnly.
func (ScoreProblem) Policy() ent.Policy { return authz.NationalOnly }
