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
	"github.com/ruankao/ruankao/internal/enum"
)

// StaffUser is a reviewer, region admin (both bound to one region) or national admin.
type StaffUser struct{ ent.Schema }

func (StaffUser) Mixin() []ent.Mixin { return []ent.Mixin{pulid.WithPrefix("SF"), Stamps{}} }

func (StaffUser) Fields() []ent.Field {
	return []ent.Field{
		field.String("username").Unique().NotEmpty().MaxLen(64),
		field.String("display_name").NotEmpty(),
		field.Enum("role").GoType(enum.Role("")).Annotations(entgql.Type("Role")),
		field.String("region_id").GoType(idT).Optional().Nillable().Comment("empty only for national admins"),
		field.String("password_hash").Sensitive().Annotations(secret),
		field.Int("failed_logins").NonNegative().Default(0).Annotations(secret),
		field.Time("locked_until").Optional().Nillable(),
		field.Bytes("totp_secret_enc").Optional().Nillable().Sensitive().Annotations(secret),
		field.Bool("totp_enabled").Default(false),
		field.Int64("totp_last_step").Default(0).Annotations(secret).Comment("refuses a code used before"),
		field.Bool("disabled").Default(false),
		field.Time("last_login_at").Optional().Nillable(),
		field.String("created_by_id").GoType(idT).Optional().Nillable(),
		field.JSON("site_ids", []pulid.ID{}).Optional().Annotations(entgql.Skip(entgql.SkipAll)).
			Comment("exam staff: the sites they check tickets at; empty means every site of the region"),
	}
}

func (StaffUser) Edges() []ent.Edge {
	return []ent.Edge{
		edge.To("region", Region.Type).Field("region_id").Unique(),
		// Who created the account: many accounts to one creator.
		edge.To("created_accounts", StaffUser.Type).From("created_by").Field("created_by_id").Unique().
			Annotations(entgql.Skip()),
	}
}

func (StaffUser) Indexes() []ent.Index {
	return []ent.Index{index.Fields("region_id", "role")}
}

func (StaffUser) Annotations() []schema.Annotation {
	return []schema.Annotation{entgql.RelayConnection(), entgql.QueryField("staffUsers")}
}

// Policy: see authz.Staff.
func (StaffUser) Policy() ent.Policy { return authz.Staff }
