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

// Subject is one paper of a qualification (综合知识, 案例分析, 论文 / 基础知识, 应用技术).
type Subject struct{ ent.Schema }

func (Subject) Mixin() []ent.Mixin { return []ent.Mixin{pulid.WithPrefix("SU"), Stamps{}} }

func (Subject) Fields() []ent.Field {
	return []ent.Field{
		field.String("qualification_id").GoType(idT),
		field.Int("order").Positive().Annotations(entgql.OrderField("ORDER")),
		field.String("name").NotEmpty(),
		field.Int("duration_minutes").Positive(),
		field.Int("sitting").Positive().Comment("1 = morning of the first exam day, 2 = its afternoon, …"),
		field.Int("full_marks").Positive(),
		field.Int("pass_mark").Positive(),
	}
}

func (Subject) Edges() []ent.Edge {
	return []ent.Edge{
		edge.From("qualification", Qualification.Type).Ref("subjects").Field("qualification_id").Unique().Required(),
	}
}

func (Subject) Indexes() []ent.Index {
	return []ent.Index{index.Fields("qualification_id", "order").Unique()}
}

// Policy: see authz.Catalog.
func (Subject) Policy() ent.Policy { return authz.Catalog }
