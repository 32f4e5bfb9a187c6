package schema

import (
	"entgo.io/contrib/entgql"
	"entgo.io/ent"
	"entgo.io/ent/schema/edge"
	"entgo.io/ent/schema/field"
	"entgo.io/ent/schema/index"

	"github.com/ruankao/ruankao/ent/schema/pulid"
	"github.com/ruankao/ruankao/internal/authz"
	"github.com/ruankao/ruankao/internal/enum"
)

// RegionPolicy is one region's rules for one session. Every region rule the
// application form obeys is read from here, never from code.
type RegionPolicy struct{ ent.Schema }

func (RegionPolicy) Mixin() []ent.Mixin { return []ent.Mixin{pulid.WithPrefix("RP"), Stamps{}} }

func (RegionPolicy) Fields() []ent.Field {
	return []ent.Field{
		field.String("region_id").GoType(idT),
		field.String("session_id").GoType(idT),
		field.Time("registration_opens_at"),
		field.Time("registration_closes_at"),
		field.Time("correction_closes_at").Comment("rejected applications may be corrected until then"),
		field.Time("payment_opens_at"),
		field.Time("payment_closes_at"),
		field.Enum("review_mode").Values("WITHIN_DAYS", "AFTER_CLOSE", "NONE"),
		field.Int("review_working_days").NonNegative().Default(3),
		field.Int64("fee_per_subject_fen").NonNegative().Comment("0 means free"),
		field.Int64("fee_junior_fen").NonNegative().Optional().Nillable().Comment("per-level override"),
		field.Int64("fee_intermediate_fen").NonNegative().Optional().Nillable(),
		field.Int64("fee_senior_fen").NonNegative().Optional().Nillable(),
		field.Bool("commitment_required").Default(false).Comment("诚信考试承诺书"),
		field.Bool("non_local_allowed").Default(true),
		field.JSON("non_local_material_kinds", []enum.MaterialKind{}).Optional().
			Annotations(entgql.Type("[MaterialKind!]")).Comment("empty: no materials asked"),
		field.Enum("non_local_material_rule").Values("ANY", "ALL").Default("ANY"),
		field.Bool("absentee_ban").Default(false).Comment("absent from any subject bars the next registration"),
		field.Enum("seat_policy").Values("MIXED", "BY_QUALIFICATION").Default("MIXED").
			Comment("MIXED: neighbouring seats of different qualifications where the mix allows; BY_QUALIFICATION: rooms filled qualification by qualification"),
	}
}

func (RegionPolicy) Edges() []ent.Edge {
	return []ent.Edge{
		edge.From("region", Region.Type).Ref("policies").Field("region_id").Unique().Required(),
		edge.From("session", ExamSession.Type).Ref("policies").Field("session_id").Unique().Required(),
	}
}

func (RegionPolicy) Indexes() []ent.Index {
	return []ent.Index{index.Fields("region_id", "session_id").Unique(), index.Fields("session_id")}
}

// Policy: see authz.RegionCatalog.
func (RegionPolicy) Policy() ent.Policy { return authz.RegionCatalog }
