package schema

import (
	"entgo.io/ent"
	"entgo.io/ent/schema"
	"entgo.io/ent/schema/field"
	"entgo.io/ent/schema/index"

	"github.com/ruankao/ruankao/ent/schema/pulid"
	"github.com/ruankao/ruankao/internal/authz"
)

// ScoreChange is the audit of one score a re-import changed: which, from
// what to what; the import says who and when.
type ScoreChange struct{ ent.Schema }

func (ScoreChange) Mixin() []ent.Mixin { return []ent.Mixin{pulid.WithPrefix("SX")} }

func (ScoreChange) Fields() []ent.Field {
	return []ent.Field{
		field.String("import_id").GoType(idT).Immutable(),
		field.Int("line").Positive().Immutable(),
		field.String("application_id").GoType(idT).Immutable(),
		field.String("subject_id").GoType(idT).Immutable(),
		field.Int("points_before").Optional().Nillable().Immutable(),
		field.Bool("absent_before").Immutable(),
		field.Int("points_after").Optional().Nillable().Immutable(),
		field.Bool("absent_after").Immutable(),
	}
}

func (ScoreChange) Indexes() []ent.Index {
	return []ent.Index{index.Fields("import_id", "line"), index.Fields("application_id")}
}

func (ScoreChange) Annotations() []schema.Annotation { return []schema.Annotation{internalOnly} }

// Policy: see authz.NationalOnly.
func (ScoreChange) Policy() ent.Policy { return authz.NationalOnly }
