package schema

import (
	"entgo.io/ent"
	"entgo.io/ent/schema/edge"
	"entgo.io/ent/schema/field"
	"entgo.io/ent/schema/index"

	"github.com/ruankao/ruankao/ent/schema/pulid"
	"github.com/ruankao/ruankao/internal/authz"
)

// Certificate is issued when every subject of an application passed in one
// session; its number's format is in the README (scores and certificates).
type Certificate struct{ ent.Schema }

func (Certificate) Mixin() []ent.Mixin { return []ent.Mixin{pulid.WithPrefix("CT"), Stamps{}} }

func (Certificate) Fields() []ent.Field {
	return []ent.Field{
		field.String("application_id").GoType(idT),
		field.String("candidate_id").GoType(idT),
		field.String("qualification_id").GoType(idT),
		field.String("session_id").GoType(idT),
		field.String("region_id").GoType(idT).Comment("the issuing region: the application's"),
		field.String("number").Unique().NotEmpty(),
		date("issued_on"),
	}
}

func (Certificate) Edges() []ent.Edge {
	return []ent.Edge{
		edge.To("application", Application.Type).Field("application_id").Unique().Required(),
		edge.To("candidate", Candidate.Type).Field("candidate_id").Unique().Required(),
		edge.To("qualification", Qualification.Type).Field("qualification_id").Unique().Required(),
		edge.To("session", ExamSession.Type).Field("session_id").Unique().Required(),
		edge.To("region", Region.Type).Field("region_id").Unique().Required(),
	}
}

func (Certificate) Indexes() []ent.Index {
	return []ent.Index{index.Fields("application_id").Unique(), index.Fields("candidate_id"), index.Fields("session_id", "region_id", "qualification_id")}
}

// Policy: see authz.CandidateRegionRecords.
func (Certificate) Policy() ent.Policy { return authz.CandidateRegionRecords }
