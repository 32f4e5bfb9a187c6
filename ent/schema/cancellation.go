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
)

// Cancellation is an exam called off by force majeure (internal/cancellation):
// a session in one region, or one 考区 of it (a sitting). It is a draft until
// a second admin confirms it; then the affected registrations refuse changes,
// their tickets are void, the candidates are told, and a job refunds every
// paid order through the payment package's refund path (CancellationRefund).
type Cancellation struct{ ent.Schema }

func (Cancellation) Mixin() []ent.Mixin { return []ent.Mixin{pulid.WithPrefix("CX"), Stamps{}} }

func (Cancellation) Fields() []ent.Field {
	return []ent.Field{
		field.String("session_id").GoType(idT).Immutable(),
		field.String("region_id").GoType(idT).Immutable(),
		field.String("area_id").GoType(idT).Optional().Nillable().Immutable().Comment("one 考区 (a sitting); empty: the whole region"),
		// scope_key is the area's id or "" for the whole region, so that the
		// one-open-per-scope index below compares plain values (NULLs never
		// collide in a unique index).
		field.String("scope_key").Default("").Immutable().Annotations(secret),
		field.String("reason").NotEmpty().Comment("shown to candidates in the notice and the refund"),
		field.Enum("state").Values("DRAFT", "CONFIRMED", "DONE", "WITHDRAWN").Default("DRAFT"),
		field.String("created_by_id").GoType(idT).Immutable().Annotations(noWhere),
		field.String("confirmed_by_id").GoType(idT).Optional().Nillable().Annotations(noWhere),
		field.String("withdrawn_by_id").GoType(idT).Optional().Nillable().Annotations(noWhere),
		field.Time("confirmed_at").Optional().Nillable(),
		field.Time("withdrawn_at").Optional().Nillable(),
		field.Time("done_at").Optional().Nillable(),
		field.Int("refunds_total").Default(0).Comment("paid orders found by the refund job so far"),
		field.Int("refunds_done").Default(0).Comment("refunds the gateway made: the job's progress"),
		field.Int64("refunded_fen").Default(0),
		field.String("last_error").Optional().Nillable().Annotations(secret),
		// The refund job's claim: one instance works a cancellation at a time;
		// a claim whose instance died runs out and another takes over.
		field.Time("lease_until").Optional().Nillable().Annotations(secret),
		field.String("lease_holder").Optional().Nillable().Annotations(secret),
	}
}

func (Cancellation) Edges() []ent.Edge {
	return []ent.Edge{
		edge.To("session", ExamSession.Type).Field("session_id").Unique().Required().Immutable(),
		edge.To("region", Region.Type).Field("region_id").Unique().Required().Immutable(),
		edge.To("area", ExamArea.Type).Field("area_id").Unique().Immutable(),
		edge.From("refunds", CancellationRefund.Type).Ref("cancellation").Annotations(entgql.Skip()),
	}
}

func (Cancellation) Indexes() []ent.Index {
	return []ent.Index{
		index.Fields("session_id", "region_id", "state"),
		// One open (not withdrawn) cancellation per scope, whatever the code
		// does: two instances creating at once cannot both succeed.
		index.Fields("session_id", "region_id", "scope_key").Unique().StorageKey("cancellation_one_open_per_scope").
			Annotations(entsql.IndexWhere("state <> 'WITHDRAWN'")),
	}
}

func (Cancellation) Annotations() []schema.Annotation { return nil }

// Policy: see authz.Cancellations.
func (Cancellation) Policy() ent.Policy { return authz.Cancellations }

// CancellationRefund is one paid order a cancellation refunds. The order is
// unique: written before the gateway is asked, it makes the refund happen
// once even with two instances or a rerun after a crash.
type CancellationRefund struct{ ent.Schema }

func (CancellationRefund) Mixin() []ent.Mixin { return []ent.Mixin{pulid.WithPrefix("CF"), Stamps{}} }

func (CancellationRefund) Fields() []ent.Field {
	return []ent.Field{
		field.String("cancellation_id").GoType(idT).Immutable(),
		field.String("order_id").GoType(idT).Unique().Immutable().Annotations(noWhere),
		field.String("application_id").GoType(idT).Immutable().Annotations(noWhere),
		field.String("region_id").GoType(idT).Immutable().Annotations(noWhere),
		field.Int64("amount_fen").Positive().Immutable(),
		field.Enum("state").Values("PENDING", "REFUNDED", "FAILED").Default("PENDING"),
		field.Int("attempts").Default(0),
		field.String("last_error").Optional().Nillable().Annotations(secret),
		field.Time("refunded_at").Optional().Nillable(),
	}
}

func (CancellationRefund) Edges() []ent.Edge {
	return []ent.Edge{
		edge.To("cancellation", Cancellation.Type).Field("cancellation_id").Unique().Required().Immutable(),
	}
}

func (CancellationRefund) Indexes() []ent.Index {
	return []ent.Index{index.Fields("cancellation_id", "state")}
}

func (CancellationRefund) Annotations() []schema.Annotation { return []schema.Annotation{internalOnly} }

// Policy: see authz.Cancellations.
func (CancellationRefund) Policy() ent.Policy { return authz.Cancellations }
