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

// ReviewClaim keeps two reviewers from deciding one application at once.
type ReviewClaim struct{ ent.Schema }

func (ReviewClaim) Mixin() []ent.Mixin { return []ent.Mixin{pulid.WithPrefix("RC"), Stamps{}} }

func (ReviewClaim) Fields() []ent.Field {
	return []ent.Field{
		field.String("application_id").GoType(idT),
		field.String("staff_id").GoType(idT),
		field.Time("expires_at"),
	}
}

func (ReviewClaim) Edges() []ent.Edge {
	return []ent.Edge{
		edge.To("application", Application.Type).Field("application_id").Unique().Required(),
		edge.To("staff", StaffUser.Type).Field("staff_id").Unique().Required(),
	}
}

func (ReviewClaim) Indexes() []ent.Index {
	return []ent.Index{index.Fields("application_id").Unique(), index.Fields("staff_id")}
}

func (ReviewClaim) Annotations() []schema.Annotation { return []schema.Annotation{internalOnly} }

// Policy: see authz.ApplicationChildren.
func (ReviewClaim) Policy() ent.Policy { return authz.ApplicationChildren }
