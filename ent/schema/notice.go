package schema

import (
	"entgo.io/ent"
	"entgo.io/ent/schema/edge"
	"entgo.io/ent/schema/field"
	"entgo.io/ent/schema/index"

	"github.com/ruankao/ruankao/ent/schema/pulid"
	"github.com/ruankao/ruankao/internal/authz"
)

// Notice is a page of a region: 政策文件 (may be empty), 考生须知, 考试计划, 考试安排.
// A notice without a session applies to every session.
type Notice struct{ ent.Schema }

func (Notice) Mixin() []ent.Mixin { return []ent.Mixin{pulid.WithPrefix("NT"), Stamps{}} }

func (Notice) Fields() []ent.Field {
	return []ent.Field{
		field.String("region_id").GoType(idT),
		field.String("session_id").GoType(idT).Optional().Nillable(),
		field.Enum("kind").Values("POLICY", "CANDIDATE_GUIDE", "EXAM_PLAN", "EXAM_ARRANGEMENT"),
		field.String("title").NotEmpty(),
		field.Text("body").Default(""),
		field.Time("published_at"),
		field.Int("sort_order").Default(0),
		field.Bool("disabled").Default(false),
	}
}

func (Notice) Edges() []ent.Edge {
	return []ent.Edge{
		edge.From("region", Region.Type).Ref("notices").Field("region_id").Unique().Required(),
		edge.To("session", ExamSession.Type).Field("session_id").Unique(),
	}
}

func (Notice) Indexes() []ent.Index {
	return []ent.Index{index.Fields("region_id", "kind", "sort_order")}
}

// Policy: see authz.RegionCatalog.
func (Notice) Policy() ent.Policy { return authz.RegionCatalog }
