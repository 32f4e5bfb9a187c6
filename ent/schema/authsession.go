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

// AuthSession is a login. Only the hash of its bearer token is kept.
type AuthSession struct{ ent.Schema }

func (AuthSession) Mixin() []ent.Mixin { return []ent.Mixin{pulid.WithPrefix("AS"), Created{}} }

func (AuthSession) Fields() []ent.Field {
	return []ent.Field{
		field.String("token_hash").Unique().NotEmpty().Sensitive(),
		field.String("candidate_id").GoType(idT).Optional().Nillable(),
		field.String("staff_id").GoType(idT).Optional().Nillable(),
		field.Time("expires_at"),
		field.Time("last_seen_at"),
		field.Time("revoked_at").Optional().Nillable(),
		field.String("client_ip").Default(""),
		field.String("user_agent").Default(""),
	}
}

func (AuthSession) Edges() []ent.Edge {
	return []ent.Edge{
		edge.To("candidate", Candidate.Type).Field("candidate_id").Unique(),
		edge.To("staff", StaffUser.Type).Field("staff_id").Unique(),
	}
}

func (AuthSession) Indexes() []ent.Index {
	return []ent.Index{index.Fields("candidate_id"), index.Fields("staff_id"), index.Fields("expires_at")}
}

func (AuthSession) Annotations() []schema.Annotation { return []schema.Annotation{internalOnly} }

// Policy: see authz.Internal.
func (AuthSession) Policy() ent.Policy { return authz.Internal }
