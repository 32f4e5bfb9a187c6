package schema

import (
	"entgo.io/contrib/entgql"
	"entgo.io/ent"
	"entgo.io/ent/schema"
	"entgo.io/ent/schema/edge"
	"entgo.io/ent/schema/field"
	"entgo.io/ent/schema/index"

	"github.com/ruankao/ruankao/ent/schema/pulid"
	"github.com/ruankao/ruankao/internal/authz"
	"github.com/ruankao/ruankao/internal/enum"
)

// ExportJob is one export an exam office asked for (long work: a job writes
// the file into the file store, then the row turns READY in one short
// step). Kept with its scope, whether full ID numbers were asked for, who
// asked and the file it made, so an auditor sees every export.
type ExportJob struct{ ent.Schema }

func (ExportJob) Mixin() []ent.Mixin { return []ent.Mixin{pulid.WithPrefix("EX"), Stamps{}} }

func (ExportJob) Fields() []ent.Field {
	return []ent.Field{
		field.Enum("kind").Values("APPLICATIONS").Default("APPLICATIONS").Immutable(),
		field.Enum("format").Values("CSV", "XLSX").Immutable(),
		field.String("session_id").GoType(idT).Immutable(),
		field.String("region_id").GoType(idT).Optional().Nillable().Immutable().Comment("null: the whole country"),
		field.Bool("full_id_numbers").Default(false).Immutable().Annotations(entgql.Skip(entgql.SkipAll)).
			Comment("ID numbers in full instead of masked (audited)"),
		field.JSON("statuses", []enum.ApplicationStatus{}).Immutable().Annotations(entgql.Skip(entgql.SkipAll)).
			Comment("the application states exported"),
		field.Enum("status").Values("QUEUED", "RUNNING", "READY", "FAILED").Default("QUEUED"),
		field.Int("rows_done").Default(0).Comment("rows written so far: the progress"),
		field.Int("rows_total").Default(0).Comment("rows the export holds, counted when it starts"),
		field.String("requested_by_id").GoType(idT).Immutable().Annotations(entgql.Skip(entgql.SkipAll)),
		field.Time("started_at").Optional().Nillable(),
		field.Time("finished_at").Optional().Nillable(),
		field.String("file_sum").Optional().Nillable().Annotations(entgql.Skip(entgql.SkipAll)).
			Comment("the file's key in the file store (its SHA-256)"),
		field.Int64("file_bytes").Optional().Nillable(),
		field.String("error").Default("").Annotations(entgql.Skip(entgql.SkipAll)).Comment("why it FAILED, in Chinese"),
	}
}

func (ExportJob) Edges() []ent.Edge {
	return []ent.Edge{
		edge.To("session", ExamSession.Type).Field("session_id").Unique().Required().Immutable().Annotations(entgql.Skip()),
		edge.To("region", Region.Type).Field("region_id").Unique().Immutable().Annotations(entgql.Skip()),
	}
}

func (ExportJob) Indexes() []ent.Index {
	return []ent.Index{
		index.Fields("session_id", "region_id", "created_at"),
		// The sweep that fails jobs whose process died.
		index.Fields("status", "updated_at"),
	}
}

func (ExportJob) Annotations() []schema.Annotation {
	return []schema.Annotation{entgql.Type("ApplicationExport"), entgql.RelayConnection()}
}

// Policy: see authz.Exports.
func (ExportJob) Policy() ent.Policy { return authz.Exports }
