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

// ScoreImport is one CSV of scores for a session, uploaded by a national
// admin: streamed into staging rows and validated by a job, then applied
// all or nothing in one short transaction. Kept with its file, its counts
// and who ran and applied it.
type ScoreImport struct{ ent.Schema }

func (ScoreImport) Mixin() []ent.Mixin { return []ent.Mixin{pulid.WithPrefix("SI"), Stamps{}} }

func (ScoreImport) Fields() []ent.Field {
	return []ent.Field{
		field.String("session_id").GoType(idT).Immutable(),
		field.String("file_name").Default("").Immutable(),
		field.String("file_sum").Immutable().Annotations(entgql.Skip(entgql.SkipAll)).Comment("the stored file's checksum"),
		field.Int64("file_bytes").NonNegative().Immutable(),
		field.Enum("status").Values("RUNNING", "INVALID", "READY", "APPLIED", "FAILED", "SUPERSEDED").Default("RUNNING"),
		field.String("encoding").Default("").Comment("UTF-8 or GB18030 (GBK), as detected"),
		field.Int("lines").Default(0).Comment("score lines read so far: the import's progress"),
		field.Int("problem_count").Default(0),
		field.Int("added").Default(0).Comment("scores the file adds"),
		field.Int("changed").Default(0).Comment("existing scores the file changes"),
		field.Int("unchanged").Default(0),
		field.String("run_by_id").GoType(idT).Optional().Nillable().Immutable().Annotations(entgql.Skip(entgql.SkipAll)).
			Comment("the national admin; empty when run from the shell"),
		field.String("run_by_name").Default("").Immutable(),
		field.String("detail").Default("").Annotations(entgql.Skip(entgql.SkipAll)),
		field.Time("started_at"),
		field.Time("finished_at").Optional().Nillable(),
		field.Time("applied_at").Optional().Nillable(),
		field.String("applied_by_id").GoType(idT).Optional().Nillable().Annotations(entgql.Skip(entgql.SkipAll)),
	}
}

func (ScoreImport) Edges() []ent.Edge {
	return []ent.Edge{
		edge.To("session", ExamSession.Type).Field("session_id").Unique().Required().Immutable(),
	}
}

func (ScoreImport) Indexes() []ent.Index {
	return []ent.Index{index.Fields("session_id", "created_at")}
}

// Policy: see authz.NationalOnly.
func (ScoreImport) Policy() ent.Policy { return authz.NationalOnly }
