package schema

import (
	"entgo.io/ent"
	"entgo.io/ent/schema/edge"
	"entgo.io/ent/schema/field"
	"entgo.io/ent/schema/index"

	"github.com/ruankao/ruankao/ent/schema/pulid"
	"github.com/ruankao/ruankao/internal/authz"
)

// ExamSite is a 考点 inside an area; candidates learn theirs from the 准考证.
type ExamSite struct{ ent.Schema }

func (ExamSite) Mixin() []ent.Mixin { return []ent.Mixin{pulid.WithPrefix("ST"), Stamps{}} }

func (ExamSite) Fields() []ent.Field {
	return []ent.Field{
		field.String("area_id").GoType(idT),
		field.String("code").NotEmpty().MaxLen(16),
		field.String("name").NotEmpty(),
		field.String("address").NotEmpty(),
		field.Bool("disabled").Default(false),
	}
}

func (ExamSite) Edges() []ent.Edge {
	return []ent.Edge{
		edge.From("area", ExamArea.Type).Ref("sites").Field("area_id").Unique().Required(),
		edge.To("rooms", ExamRoom.Type),
	}
}

func (ExamSite) Indexes() []ent.Index {
	return []ent.Index{index.Fields("area_id", "code").Unique()}
}

// Policy: see authz.SiteCatalog.
func (ExamSite) Policy() ent.Policy { return authz.SiteCatalog }
