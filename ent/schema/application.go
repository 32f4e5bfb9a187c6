package schema

import (
	"entgo.io/contrib/entgql"
	"entgo.io/ent"
	"entgo.io/ent/dialect/entsql"
	"entgo.io/ent/schema"
	"entgo.io/ent/schema/edge"
	"entgo.io/ent/schema/field"
	"entgo.io/ent/schema/index"

	"github.com/ruankao/ruankao/ent/schema/pulid"
	"github.com/ruankao/ruankao/internal/authz"
	"github.com/ruankao/ruankao/internal/enum"
)

// Application is a candidate's registration for one session: every field of
// the official form, its stored state and the instants of its life. Form fields
// are optional because a draft may be incomplete; submit checks them all.
type Application struct{ ent.Schema }

func (Application) Mixin() []ent.Mixin { return []ent.Mixin{pulid.WithPrefix("AP"), Stamps{}} }

func (Application) Fields() []ent.Field {
	return []ent.Field{
		field.String("candidate_id").GoType(idT).Immutable(),
		field.String("session_id").GoType(idT).Immutable(),
		field.String("region_id").GoType(idT),
		field.String("area_id").GoType(idT).Optional().Nillable(),
		field.String("qualification_id").GoType(idT).Optional().Nillable(),
		field.Enum("level").GoType(enum.Level("")).Annotations(gqlLevel).Optional().Nillable().Comment("copied from the qualification for queues and statistics"),
		field.Enum("status").GoType(enum.ApplicationStatus("")).Annotations(gqlStatus).Default("DRAFT").Annotations(entgql.OrderField("STATUS")),
		field.Int("version").Default(1).Comment("optimistic concurrency; every change adds one"),

		// Basic information; name and ID come from the verified identity.
		field.String("name").NotEmpty(),
		field.Enum("id_type").GoType(enum.IDType("")).Annotations(gqlIDType),
		field.Enum("gender").Values("MALE", "FEMALE").Optional().Nillable(),
		optDate("birth_date"),
		field.Int("age").Optional().Nillable().Comment("at the session's first exam day"),
		field.String("hukou_code").Optional().Nillable().Comment("户籍所在地: province code, 660000 兵团, 810000 香港, 820000 澳门, 710000 台湾, 000000 国外"),

		// 职称 and work.
		field.String("title").Optional().Nillable().Comment("现有职称(资格); 无 allowed"),
		optDate("title_date"),
		field.Enum("employment").Values("STUDENT", "EMPLOYED").Optional().Nillable().Comment("在校 / 在职"),
		field.String("work_unit").Optional().Nillable(),
		optDate("work_start_date"), // 本专业工作时间

		// Education.
		field.Enum("education").Values("DOCTORATE", "MASTER", "BACHELOR", "COLLEGE", "SECONDARY", "HIGH_SCHOOL", "OTHER").Optional().Nillable(),
		field.Enum("degree").Values("DOCTOR", "MASTER", "BACHELOR", "NONE").Optional().Nillable(),
		optDate("graduation_date"),
		field.Enum("major_relation").Values("SAME", "SIMILAR", "OTHER").Optional().Nillable(),
		field.String("major_name").Optional().Nillable(),

		// Contact.
		field.String("address").Optional().Nillable(),
		field.String("email").Optional().Nillable(),
		field.String("mobile").Optional().Nillable(),
		field.String("landline").Optional().Nillable(),
		field.String("postcode").Optional().Nillable(),

		field.String("photo_id").GoType(idT).Optional().Nillable(),
		field.Time("commitment_accepted_at").Optional().Nillable().Comment("诚信考试承诺书"),
		field.Bool("non_local").Optional().Nillable().Comment("decided at submit from 户籍 and region"),
		field.Int64("fee_total_fen").NonNegative().Optional().Nillable(),

		field.Time("submitted_at").Optional().Nillable().Annotations(entgql.OrderField("SUBMITTED_AT")),
		field.Time("review_started_at").Optional().Nillable(),
		field.Time("review_deadline_at").Optional().Nillable().Comment("stored when review starts; never moves").
			Annotations(entgql.OrderField("REVIEW_DEADLINE_AT")),
		field.Time("decided_at").Optional().Nillable(),
		field.Time("registered_at").Optional().Nillable(),
		field.Time("closed_at").Optional().Nillable().Comment("withdrawn or lapsed"),
		field.String("lapse_reason").Optional().Nillable(),
	}
}

func (Application) Edges() []ent.Edge {
	return []ent.Edge{
		edge.To("candidate", Candidate.Type).Field("candidate_id").Unique().Required().Immutable(),
		edge.To("session", ExamSession.Type).Field("session_id").Unique().Required().Immutable(),
		edge.To("region", Region.Type).Field("region_id").Unique().Required().
			Annotations(entgql.Skip(entgql.SkipType)), // resolved from internal/catalog's cache (graph/catalogcache.go)
		edge.To("area", ExamArea.Type).Field("area_id").Unique(),
		edge.To("qualification", Qualification.Type).Field("qualification_id").Unique().
			Annotations(entgql.Skip(entgql.SkipType)),
		edge.To("photo", StoredFile.Type).Field("photo_id").Unique(),
		edge.From("history", StateChange.Type).Ref("application"),
		edge.From("materials", StoredFile.Type).Ref("application"),
		edge.From("decisions", ReviewDecision.Type).Ref("application"),
		// For the review desk: who holds the application now (one row at most).
		edge.From("claims", ReviewClaim.Type).Ref("application").Annotations(entgql.Skip()),
		// Resolved by hand (graph/payment.go), newest first.
		edge.From("payment_orders", PaymentOrder.Type).Ref("application").Annotations(entgql.Skip()),
	}
}

func (Application) Indexes() []ent.Index {
	return []ent.Index{
		// One live application per candidate per session, enforced by the database.
		index.Fields("candidate_id", "session_id").Unique().
			Annotations(entsql.IndexWhere("status NOT IN ('WITHDRAWN', 'LAPSED')")),
		index.Fields("candidate_id", "created_at"),
		index.Fields("region_id", "status", "submitted_at"),
		index.Fields("session_id", "region_id", "status"),
		index.Fields("session_id", "region_id", "qualification_id"),
		// Exports read a region's applications in id order, a chunk at a time
		// (internal/exports): each chunk a range of this index.
		index.Fields("session_id", "region_id", "id"),
		index.Fields("status", "review_deadline_at"),
	}
}

func (Application) Annotations() []schema.Annotation {
	return []schema.Annotation{entgql.RelayConnection()}
}

// Policy: see authz.Applications.
func (Application) Policy() ent.Policy { return authz.Applications }
