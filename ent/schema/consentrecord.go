package schema

import (
	"entgo.io/ent"
	"entgo.io/ent/schema"
	"entgo.io/ent/schema/edge"
	"entgo.io/ent/schema/field"
	"entgo.io/ent/schema/index"

	"github.com/ruankao/ruankao/ent/schema/pulid"
	"github.com/ruankao/ruankao/internal/authz"
)

// ConsentRecord is one act of a candidate on the privacy notice: consent
// given (to the notice, and separately to the processing of sensitive
// personal information, PIPL arts. 14 and 29) or withdrawn (art. 15). Rows
// are never changed: they are the evidence of what was agreed to, when
// (UTC), from where and with which client. The candidate's current state is
// on the candidate row; this is its history.
type ConsentRecord struct{ ent.Schema }

func (ConsentRecord) Mixin() []ent.Mixin { return []ent.Mixin{pulid.WithPrefix("CN"), Created{}} }

func (ConsentRecord) Fields() []ent.Field {
	return []ent.Field{
		field.String("candidate_id").GoType(idT).Immutable(),
		field.Enum("action").Values("GIVE", "WITHDRAW").Immutable(),
		field.String("notice_version").NotEmpty().Immutable(),
		field.Bool("general").Immutable().Comment("the act covers the notice as a whole"),
		field.Bool("sensitive").Immutable().Comment("the act covers the separate consent to sensitive personal information"),
		field.String("client_ip").Default("").Immutable(),
		field.String("user_agent").Default("").Immutable(),
	}
}

func (ConsentRecord) Edges() []ent.Edge {
	return []ent.Edge{
		edge.To("candidate", Candidate.Type).Field("candidate_id").Unique().Required().Immutable(),
	}
}

func (ConsentRecord) Indexes() []ent.Index {
	return []ent.Index{index.Fields("candidate_id", "created_at")}
}

func (ConsentRecord) Annotations() []schema.Annotation { return []schema.Annotation{internalOnly} }

// Policy: see authz.Consents.
func (ConsentRecord) Policy() ent.Policy { return authz.Consents }
