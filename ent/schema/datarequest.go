package schema

import (
	"entgo.io/contrib/entgql"
	"entgo.io/ent"
	"entgo.io/ent/schema"
	"entgo.io/ent/schema/edge"
	"entgo.io/ent/schema/field"
	"entgo.io/ent/schema/index"

	"github.com/ruankao/ruankao/ent/schema/pulid"
	"github.com/ruankao/ruankao/internal/authz"
)

// DataRequest is a candidate's request under PIPL (个人信息保护法 arts. 45, 47):
// a copy of their data (EXPORT, answered at once by the download) or the
// deletion of it (DELETION, answered by the office: approved — the
// candidate's data is anonymised — or refused, with the reason the
// candidate reads). Filed under the region of the candidate's latest
// application, whose admins answer it (internal/rights).
type DataRequest struct{ ent.Schema }

func (DataRequest) Mixin() []ent.Mixin { return []ent.Mixin{pulid.WithPrefix("DQ"), Stamps{}} }

func (DataRequest) Fields() []ent.Field {
	return []ent.Field{
		field.String("candidate_id").GoType(idT).Immutable(),
		field.String("region_id").GoType(idT).Optional().Nillable().Immutable().
			Comment("the region of the candidate's latest application, whose admins answer it; null: national admins only"),
		field.Enum("kind").Values("EXPORT", "DELETION").Immutable(),
		field.Enum("status").Values("PENDING", "APPROVED", "REFUSED", "DONE").Default("PENDING").
			Comment("APPROVED: decided, the anonymisation not yet done (the retention job finishes it)"),
		field.Text("reason").Default("").Immutable().Comment("the candidate's own words"),
		field.Text("decision_reason").Default("").Comment("the office's answer, or the legal retention that applies, in Chinese"),
		field.Strings("retention_codes").Optional().Annotations(entgql.Skip(entgql.SkipAll)).
			Comment("why a deletion was refused by law (internal/retention): OPEN_APPLICATION …"),
		field.String("decided_by_id").GoType(idT).Optional().Nillable().Annotations(secret),
		field.Time("decided_at").Optional().Nillable(),
		field.Time("done_at").Optional().Nillable(),
	}
}

func (DataRequest) Edges() []ent.Edge {
	return []ent.Edge{
		edge.To("candidate", Candidate.Type).Field("candidate_id").Unique().Required().Immutable(),
		edge.To("region", Region.Type).Field("region_id").Unique().Immutable().
			Annotations(entgql.Skip(entgql.SkipType)), // resolved from internal/catalog's cache
	}
}

func (DataRequest) Indexes() []ent.Index {
	return []ent.Index{
		index.Fields("candidate_id", "created_at"),
		index.Fields("region_id", "status", "created_at"),
		index.Fields("status", "created_at"),
	}
}

func (DataRequest) Annotations() []schema.Annotation {
	return []schema.Annotation{entgql.RelayConnection(),
		entgql.Skip(entgql.SkipMutationCreateInput, entgql.SkipMutationUpdateInput, entgql.SkipWhereInput)}
}

// Policy: see authz.DataRequests.
func (DataRequest) Policy() ent.Policy { return authz.DataRequests }
