package schema

import (
	"entgo.io/contrib/entgql"
	"entgo.io/ent"
	"entgo.io/ent/schema/edge"
	"entgo.io/ent/schema/field"
	"entgo.io/ent/schema/index"

	"github.com/ruankao/ruankao/ent/schema/pulid"
	"github.com/ruankao/ruankao/internal/authz"
	"github.com/ruankao/ruankao/internal/civil"
	"github.com/ruankao/ruankao/internal/enum"
)

// ExamSession is one national sitting (上半年 May / 下半年 November) with its
// national windows; regions set their own windows inside them in RegionPolicy.
type ExamSession struct{ ent.Schema }

func (ExamSession) Mixin() []ent.Mixin { return []ent.Mixin{pulid.WithPrefix("ES"), Stamps{}} }

func (ExamSession) Fields() []ent.Field {
	return []ent.Field{
		field.String("code").Unique().NotEmpty().MaxLen(32).Comment("2026H1, DEMO-OPEN …"),
		field.String("name").NotEmpty(),
		field.Int("year").Positive(),
		field.Enum("half").GoType(enum.Half("")).Annotations(entgql.Type("Half")),
		field.Time("registration_opens_at").Annotations(entgql.OrderField("REGISTRATION_OPENS_AT")),
		field.Time("registration_closes_at"),
		field.Time("ticket_print_opens_at"),
		field.Time("ticket_print_closes_at"),
		field.Other("first_exam_day", civil.Date{}).SchemaType(dateColumn).Annotations(gqlDate, entgql.OrderField("FIRST_EXAM_DAY")),
		date("last_exam_day"),
		field.Time("score_release_at").Optional().Nillable(),
		field.Bool("disabled").Default(false),
	}
}

func (ExamSession) Edges() []ent.Edge {
	return []ent.Edge{
		edge.To("offerings", Offering.Type),
		edge.To("policies", RegionPolicy.Type),
	}
}

func (ExamSession) Indexes() []ent.Index {
	return []ent.Index{index.Fields("first_exam_day")}
}

// Policy: see authz.Catalog.
func (ExamSession) Policy() ent.Policy { return authz.Catalog }
