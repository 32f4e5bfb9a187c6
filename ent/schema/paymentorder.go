package schema

import (
	"entgo.io/contrib/entgql"
	"entgo.io/ent"
	"entgo.io/ent/dialect/entsql"
	"entgo.io/ent/schema/edge"
	"entgo.io/ent/schema/field"
	"entgo.io/ent/schema/index"

	"github.com/ruankao/ruankao/ent/schema/pulid"
	"github.com/ruankao/ruankao/internal/authz"
)

// PaymentOrder is one attempt to pay an application's fee; free regions never make one.
type PaymentOrder struct{ ent.Schema }

func (PaymentOrder) Mixin() []ent.Mixin { return []ent.Mixin{pulid.WithPrefix("PO"), Stamps{}} }

func (PaymentOrder) Fields() []ent.Field {
	return []ent.Field{
		field.String("application_id").GoType(idT).Immutable(),
		field.String("out_trade_no").Unique().NotEmpty().Immutable().Comment("our order number sent to the provider"),
		field.Int64("amount_fen").Positive().Immutable(),
		field.Enum("status").Values("PENDING", "PAID", "CLOSED", "FAILED").Default("PENDING"),
		field.String("provider").NotEmpty().Immutable(),
		field.String("provider_txn_id").Optional().Nillable().Annotations(secret),
		field.Time("expires_at"),
		field.Time("paid_at").Optional().Nillable(),
		field.Time("closed_at").Optional().Nillable(),
	}
}

func (PaymentOrder) Edges() []ent.Edge {
	return []ent.Edge{
		edge.To("application", Application.Type).Field("application_id").Unique().Required().Immutable().
			Annotations(entgql.Skip()),
	}
}

func (PaymentOrder) Indexes() []ent.Index {
	return []ent.Index{
		index.Fields("application_id", "status"), index.Fields("status", "expires_at"),
		// Never two live orders for one application, whatever the code does
		// (issue 24): a candidate could otherwise be charged twice.
		index.Fields("application_id").Unique().StorageKey("paymentorder_one_live_per_application").
			Annotations(entsql.IndexWhere("status = 'PENDING'")),
	}
}

// Policy: see authz.ApplicationChildren.
func (PaymentOrder) Policy() ent.Policy { return authz.ApplicationChildren }
