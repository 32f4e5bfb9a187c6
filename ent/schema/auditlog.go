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

// AuditLog is one staff or job action: every write, every read of one
// candidate's file, every export. Sensitive values are masked before they land here.
type AuditLog struct{ ent.Schema }

func (AuditLog) Mixin() []ent.Mixin { return []ent.Mixin{pulid.WithPrefix("AL"), Created{}} }

func (AuditLog) Fields() []ent.Field {
	return []ent.Field{
		field.Enum("actor_kind").Values("STAFF", "SYSTEM").Immutable(),
		field.String("staff_id").GoType(idT).Optional().Nillable().Immutable(),
		field.String("region_id").GoType(idT).Optional().Nillable().Immutable().Comment("the region whose admins may read the entry"),
		field.String("action").NotEmpty().Immutable(),
		field.String("record_type").Default("").Immutable(),
		field.String("record_id").Default("").Immutable(),
		field.JSON("before", map[string]any{}).Optional().Immutable(),
		field.JSON("after", map[string]any{}).Optional().Immutable(),
		field.String("request_id").Default("").Immutable(),
		field.String("client_ip").Default("").Immutable(),
	}
}

func (AuditLog) Edges() []ent.Edge {
	return []ent.Edge{
		edge.To("staff", StaffUser.Type).Field("staff_id").Unique().Immutable(),
		edge.To("region", Region.Type).Field("region_id").Unique().Immutable(),
	}
}

func (AuditLog) Indexes() []ent.Index {
	return []ent.Index{
		index.Fields("region_id", "created_at"),
		index.Fields("staff_id", "created_at"),
		index.Fields("record_id"),
		// The retention job purges entries past their period, oldest first.
		index.Fields("created_at"),
	}
}

func (AuditLog) Annotations() []schema.Annotation {
	return []schema.Annotation{entgql.RelayConnection()}
}

// Policy: see authz.Audit.
func (AuditLog) Policy() ent.Policy { return authz.Audit }
