package schema

import (
	"entgo.io/ent"
	"entgo.io/ent/schema"
	"entgo.io/ent/schema/field"
	"entgo.io/ent/schema/index"

	"github.com/ruankao/ruankao/ent/schema/pulid"
	"github.com/ruankao/ruankao/internal/authz"
)

// JobRun records one run of a background job (lapses, review start, seating).
type JobRun struct{ ent.Schema }

func (JobRun) Mixin() []ent.Mixin { return []ent.Mixin{pulid.WithPrefix("JR"), Stamps{}} }

func (JobRun) Fields() []ent.Field {
	return []ent.Field{
		field.String("name").NotEmpty(),
		field.Time("started_at"),
		field.Time("finished_at").Optional().Nillable(),
		field.Enum("status").Values("RUNNING", "OK", "FAILED").Default("RUNNING"),
		field.Int("affected").Default(0),
		field.Text("detail").Default(""),
	}
}

func (JobRun) Indexes() []ent.Index { return []ent.Index{index.Fields("name", "started_at")} }

func (JobRun) Annotations() []schema.Annotation { return []schema.Annotation{internalOnly} }

// Policy: see authz.Internal.
func (JobRun) Policy() ent.Policy { return authz.Internal }
