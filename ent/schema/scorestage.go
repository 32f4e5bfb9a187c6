package schema

import (
	"entgo.io/ent"
	"entgo.io/ent/schema"
	"entgo.io/ent/schema/field"
	"entgo.io/ent/schema/index"

	"github.com/ruankao/ruankao/ent/schema/pulid"
	"github.com/ruankao/ruankao/internal/authz"
)

// ScoreStage is one valid line of a score import, resolved to its
// application and subject; applying copies an import's rows into scores.
type ScoreStage struct{ ent.Schema }

func (ScoreStage) Mixin() []ent.Mixin { return []ent.Mixin{pulid.WithPrefix("SG")} }

func (ScoreStage) Fields() []ent.Field {
	return []ent.Field{
		field.String("import_id").GoType(idT).Immutable(),
		field.Int("line").Positive().Immutable(),
		field.String("application_id").GoType(idT).Immutable(),
		field.String("subject_id").GoType(idT).Immutable(),
		field.Int("points").Optional().Nillable().Immutable(),
		field.Bool("absent").Immutable(),
	}
}

func (ScoreStage) Indexes() []ent.Index {
	// Lines arrive in order, so this index only grows at its end; duplicates
	// are found after staging by one sorted pass (internal/scores/finish.go).
	return []ent.Index{index.Fields("import_id", "line")}
}

func (ScoreStage) Annotations() []schema.Annotation { return []schema.Annotation{internalOnly} }

// Policy: see authz.Internal.
func (ScoreStage) Policy() ent.Policy { return authz.Internal }
