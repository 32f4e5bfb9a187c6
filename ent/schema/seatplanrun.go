package schema

import (
	"entgo.io/contrib/entgql"
	"entgo.io/ent"
	"entgo.io/ent/dialect/entsql"
	"entgo.io/ent/schema"
	"entgo.io/ent/schema/edge"
	"entgo.io/ent/schema/field"
	"entgo.io/ent/schema/index"

	"github.com/ruankao/ruankao/ent/schema/jsontype"
	"github.com/ruankao/ruankao/ent/schema/pulid"
	"github.com/ruankao/ruankao/internal/authz"
)

// SeatPlanRun is one run of a region's seat plan for a session, kept for
// ever with its seed, the digest of its inputs and who ran it, so that a
// plan cannot be re-rolled quietly: the same inputs and seed give the same
// plan, and national admins see every run.
type SeatPlanRun struct{ ent.Schema }

func (SeatPlanRun) Mixin() []ent.Mixin { return []ent.Mixin{pulid.WithPrefix("SP"), Stamps{}} }

func (SeatPlanRun) Fields() []ent.Field {
	return []ent.Field{
		field.String("session_id").GoType(idT).Immutable(),
		field.String("region_id").GoType(idT).Immutable(),
		field.Enum("seating").Values("MIXED", "BY_QUALIFICATION").Immutable().Comment("the region's seat policy when the run began"),
		field.String("seed").NotEmpty().Immutable().Comment("hex of the 32 bytes the server drew"),
		field.String("inputs_digest").Optional().Nillable().Comment("SHA-256 hex of the registrations and venues planned"),
		field.Enum("status").Values("RUNNING", "READY", "SHORTFALL", "FAILED", "PUBLISHED", "SUPERSEDED").Default("RUNNING"),
		field.String("run_by_id").GoType(idT).Immutable().Annotations(entgql.Skip(entgql.SkipAll)),
		field.Int("candidates").Default(0),
		field.Int("staged").Default(0).Comment("rows staged so far: the run's progress"),
		field.JSON("shortfalls", []jsontype.SeatShortfall{}).Optional().Annotations(entgql.Skip(entgql.SkipAll)),
		field.String("detail").Default("").Annotations(entgql.Skip(entgql.SkipAll)),
		field.Time("started_at"),
		field.Time("finished_at").Optional().Nillable(),
		field.Time("published_at").Optional().Nillable(),
		field.String("published_by_id").GoType(idT).Optional().Nillable().Annotations(entgql.Skip(entgql.SkipAll)),
	}
}

func (SeatPlanRun) Edges() []ent.Edge {
	return []ent.Edge{
		edge.To("session", ExamSession.Type).Field("session_id").Unique().Required().Immutable().Annotations(entgql.Skip()),
		edge.To("region", Region.Type).Field("region_id").Unique().Required().Immutable().Annotations(entgql.Skip()),
	}
}

func (SeatPlanRun) Indexes() []ent.Index {
	return []ent.Index{
		index.Fields("session_id", "region_id", "created_at"),
		// One run at a time per region and session, whatever the code does:
		// two jobs staging at once could not both be the plan.
		index.Fields("session_id", "region_id").Unique().StorageKey("seatplanrun_one_running").
			Annotations(entsql.IndexWhere("status = 'RUNNING'")),
	}
}

func (SeatPlanRun) Annotations() []schema.Annotation {
	return []schema.Annotation{entgql.RelayConnection()}
}

// Policy: see authz.SeatPlans.
func (SeatPlanRun) Policy() ent.Policy { return authz.SeatPlans }
