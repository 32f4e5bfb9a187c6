package schema

import (
	"entgo.io/ent"
	"entgo.io/ent/schema/edge"
	"entgo.io/ent/schema/field"
	"entgo.io/ent/schema/index"

	"github.com/ruankao/ruankao/ent/schema/pulid"
	"github.com/ruankao/ruankao/internal/authz"
)

// ExamRoom is a 考场 with its seat count.
type ExamRoom struct{ ent.Schema }

func (ExamRoom) Mixin() []ent.Mixin { return []ent.Mixin{pulid.WithPrefix("RM"), Stamps{}} }

func (ExamRoom) Fields() []ent.Field {
	return []ent.Field{
		field.String("site_id").GoType(idT),
		field.String("code").NotEmpty().MaxLen(16).Comment("第 01 考场"),
		field.Int("capacity").Positive(),
		field.Bool("disabled").Default(false),
	}
}

func (ExamRoom) Edges() []ent.Edge {
	return []ent.Edge{
		edge.From("site", ExamSite.Type).Ref("rooms").Field("site_id").Unique().Required(),
	}
}

func (ExamRoom) Indexes() []ent.Index {
	return []ent.Index{index.Fields("site_id", "code").Unique()}
}

// Policy: see authz.SiteCatalog.
func (ExamRoom) Policy() ent.Policy { return authz.SiteCatalog }
