package schema

import (
	"entgo.io/ent"
	"entgo.io/ent/schema/edge"
	"entgo.io/ent/schema/field"
	"entgo.io/ent/schema/index"

	"github.com/ruankao/ruankao/ent/schema/pulid"
	"github.com/ruankao/ruankao/internal/authz"
)

// AbsenteeBan bars a candidate who missed a subject in a free region with an
// absentee rule from that region's next registration.
type AbsenteeBan struct{ ent.Schema }

func (AbsenteeBan) Mixin() []ent.Mixin { return []ent.Mixin{pulid.WithPrefix("AB"), Stamps{}} }

func (AbsenteeBan) Fields() []ent.Field {
	return []ent.Field{
		field.String("candidate_id").GoType(idT),
		field.String("region_id").GoType(idT),
		field.String("source_session_id").GoType(idT).Comment("the session that was missed"),
		field.String("banned_session_id").GoType(idT),
		field.String("reason").Default(""),
		field.Time("lifted_at").Optional().Nillable(),
		field.String("lifted_by_id").GoType(idT).Optional().Nillable(),
	}
}

func (AbsenteeBan) Edges() []ent.Edge {
	return []ent.Edge{
		edge.To("candidate", Candidate.Type).Field("candidate_id").Unique().Required(),
		edge.To("region", Region.Type).Field("region_id").Unique().Required(),
		edge.To("source_session", ExamSession.Type).Field("source_session_id").Unique().Required(),
		edge.To("banned_session", ExamSession.Type).Field("banned_session_id").Unique().Required(),
		edge.To("lifted_by", StaffUser.Type).Field("lifted_by_id").Unique(),
	}
}

func (AbsenteeBan) Indexes() []ent.Index {
	return []ent.Index{index.Fields("candidate_id", "region_id", "banned_session_id").Unique()}
}

// Policy: see authz.CandidateRegionRecords.
func (AbsenteeBan) Policy() ent.Policy { return authz.CandidateRegionRecords }
