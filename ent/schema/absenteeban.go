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

// AbsenteeBan bars a candidate marked 缺考 in any subject, in a region whose
// policy for that session says so, from the region's next session (the
// first whose exam comes after the missed one; it need not exist yet).
// Score imports write and remove bans; a region admin lifts one with a reason.
type AbsenteeBan struct{ ent.Schema }

func (AbsenteeBan) Mixin() []ent.Mixin { return []ent.Mixin{pulid.WithPrefix("AB"), Stamps{}} }

func (AbsenteeBan) Fields() []ent.Field {
	return []ent.Field{
		field.String("candidate_id").GoType(idT),
		field.String("region_id").GoType(idT),
		field.String("source_session_id").GoType(idT).Comment("the session that was missed"),
		field.String("application_id").GoType(idT).Comment("the application marked 缺考"),
		field.String("reason").Default(""),
		field.Time("lifted_at").Optional().Nillable(),
		field.String("lifted_by_id").GoType(idT).Optional().Nillable().Annotations(entgql.Skip(entgql.SkipAll)),
		field.String("lift_reason").Optional().Nillable(),
	}
}

func (AbsenteeBan) Edges() []ent.Edge {
	return []ent.Edge{
		edge.To("candidate", Candidate.Type).Field("candidate_id").Unique().Required(),
		edge.To("region", Region.Type).Field("region_id").Unique().Required(),
		edge.To("source_session", ExamSession.Type).Field("source_session_id").Unique().Required(),
		edge.To("application", Application.Type).Field("application_id").Unique().Required(),
	}
}

func (AbsenteeBan) Indexes() []ent.Index {
	return []ent.Index{index.Fields("application_id").Unique(), index.Fields("candidate_id", "region_id"),
		index.Fields("source_session_id", "region_id")}
}

// Policy: see authz.CandidateRegionRecords.
func (AbsenteeBan) Policy() ent.Policy { return authz.CandidateRegionRecords }
