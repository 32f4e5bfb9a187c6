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

// ExamArea is a 考区 chosen at registration; some accept only 高级.
type ExamArea struct{ ent.Schema }

func (ExamArea) Mixin() []ent.Mixin { return []ent.Mixin{pulid.WithPrefix("EA"), Stamps{}} }

func (ExamArea) Fields() []ent.Field {
	return []ent.Field{
		field.String("region_id").GoType(idT),
		field.String("code").NotEmpty().MaxLen(16),
		field.String("name").NotEmpty(),
		field.JSON("levels", []enum.Level{}).Annotations(entgql.Type("[Level!]")).
			Comment("levels it accepts"),
		field.Int("sort_order").Default(0),
		field.Bool("disabled").Default(false),
	}
}

func (ExamArea) Edges() []ent.Edge {
	return []ent.Edge{
		edge.From("region", Region.Type).Ref("areas").Field("region_id").Unique().Required(),
		edge.To("sites", ExamSite.Type),
	}
}

func (ExamArea) Indexes() []ent.Index {
	return []ent.Index{index.Fields("region_id", "code").Unique()}
}

// Policy: see authz.RegionCatalog.
func (ExamArea) Policy() ent.Policy { return authz.RegionCatalog }
