package schema

import (
	"entgo.io/contrib/entgql"
	"entgo.io/ent"
	"entgo.io/ent/schema/edge"
	"entgo.io/ent/schema/field"

	"github.com/ruankao/ruankao/ent/schema/pulid"
	"github.com/ruankao/ruankao/internal/authz"
)

// Region is a registration region: a province, a 计划单列市 (registered apart
// from its province) or the 兵团.
type Region struct{ ent.Schema }

func (Region) Mixin() []ent.Mixin { return []ent.Mixin{pulid.WithPrefix("RG"), Stamps{}} }

func (Region) Fields() []ent.Field {
	return []ent.Field{
		field.String("code").Unique().NotEmpty().MaxLen(6).MinLen(6).
			Comment("GB/T 2260; 660000 stands in for the 兵团").Annotations(entgql.OrderField("CODE")),
		field.String("name").NotEmpty(),
		field.Enum("kind").Values("PROVINCE", "SEPARATE_CITY", "CORPS"),
		field.String("parent_id").GoType(idT).Optional().Nillable(),
		field.Bool("disabled").Default(false),
	}
}

func (Region) Edges() []ent.Edge {
	return []ent.Edge{
		edge.To("children", Region.Type).From("parent").Field("parent_id").Unique(),
		edge.To("policies", RegionPolicy.Type),
		edge.To("areas", ExamArea.Type),
		edge.To("notices", Notice.Type),
	}
}

// Policy: see authz.Catalog.
func (Region) Policy() ent.Policy { return authz.Catalog }
