package schema

import (
	"entgo.io/contrib/entgql"
	"entgo.io/ent"
	"entgo.io/ent/schema/edge"
	"entgo.io/ent/schema/field"
	"entgo.io/ent/schema/index"

	"github.com/ruankao/ruankao/ent/schema/pulid"
	"github.com/ruankao/ruankao/internal/authz"
	"github.com/ruankao/ruankao/internal/enum"
)

// Qualification is one of the 资格 of 软考 (27 in the 2025 catalog).
type Qualification struct{ ent.Schema }

func (Qualification) Mixin() []ent.Mixin { return []ent.Mixin{pulid.WithPrefix("QU"), Stamps{}} }

func (Qualification) Fields() []ent.Field {
	return []ent.Field{
		field.String("code").Unique().NotEmpty().MaxLen(16).Annotations(entgql.OrderField("CODE")),
		field.String("name").NotEmpty(),
		field.Enum("level").GoType(enum.Level("")).Annotations(gqlLevel),
		field.Enum("category").Values("SOFTWARE", "NETWORK", "APPLICATION", "INFO_SYSTEM", "INFO_SERVICE"),
		field.JSON("default_halves", []enum.Half{}).Annotations(entgql.Type("[Half!]")).
			Comment("halves a new session offers it in by default"),
		field.Int("sort_order").Default(0),
		field.Bool("disabled").Default(false),
	}
}

func (Qualification) Edges() []ent.Edge {
	return []ent.Edge{
		edge.To("subjects", Subject.Type),
		edge.To("offerings", Offering.Type),
	}
}

func (Qualification) Indexes() []ent.Index {
	return []ent.Index{index.Fields("level", "sort_order")}
}

// Policy: see authz.Catalog.
func (Qualification) Policy() ent.Policy { return authz.Catalog }
