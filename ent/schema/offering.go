package schema

import (
	"entgo.io/ent"
	"entgo.io/ent/schema/edge"
	"entgo.io/ent/schema/field"
	"entgo.io/ent/schema/index"

	"github.com/ruankao/ruankao/ent/schema/pulid"
	"github.com/ruankao/ruankao/internal/authz"
)

// Offering says a session examines a qualification. It is data, edited by
// national admins (信息系统项目管理师 only in 上半年 is a seed default, not a rule).
type Offering struct{ ent.Schema }

func (Offering) Mixin() []ent.Mixin { return []ent.Mixin{pulid.WithPrefix("OF"), Stamps{}} }

func (Offering) Fields() []ent.Field {
	return []ent.Field{
		field.String("session_id").GoType(idT),
		field.String("qualification_id").GoType(idT),
		field.Bool("enabled").Default(true),
	}
}

func (Offering) Edges() []ent.Edge {
	return []ent.Edge{
		edge.From("session", ExamSession.Type).Ref("offerings").Field("session_id").Unique().Required(),
		edge.From("qualification", Qualification.Type).Ref("offerings").Field("qualification_id").Unique().Required(),
	}
}

func (Offering) Indexes() []ent.Index {
	return []ent.Index{index.Fields("session_id", "qualification_id").Unique(), index.Fields("qualification_id")}
}

// Policy: see authz.Catalog.
func (Offering) Policy() ent.Policy { return authz.Catalog }
