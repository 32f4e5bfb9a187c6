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

// PaymentOrder is one attempt to pay an application's fee; free regions never make one.
type PaymentOrder struct{ ent.Schema }

func (PaymentOrder) Mixin() []ent.Mixin { return []ent.Mixin{pulid.WithPrefix("PO"), Stamps{}} }

func (PaymentOrder) Fields() []ent.Field {
	return []ent.Field{
		field.String("application_id").GoType(idT).Immutable(),
		field.String("out_trade_no").Unique().NotEmpty().Immutable().Comment("our order number sent to the provider"),
		field.Int64("amount_fen").Positive().Immutable(),
		field.Enum("status").Values("PENDING", "PAID", "CLOSED", "FAILED", "REFUNDED").Default("PENDING"),
		field.String("provider").NotEmpty().Immutable(),
		field.String("provider_txn_id").Optional().Nillable().Annotations(secret),
		field.String("code_url").Optional().Nillable().Annotations(secret).
			Comment("what the candidate's QR code holds; kept so a pending order is re-opened, not placed again"),
		field.Time("expires_at"),
		field.Time("paid_at").Optional().Nillable().Comment("the gateway's success_time"),
		field.Time("closed_at").Optional().Nillable(),
		field.String("receipt_no").Optional().Nillable().Unique().Comment("given once, when the payment is settled"),
		field.String("receipt_sha256").Optional().Nillable().Annotations(secret).Comment("the receipt PDF in the file store, rendered on first download"),

		// A payment that cannot make a registration (late, for a closed order,
		// for an application no longer payable) is kept and flagged for refund.
		field.Bool("refund_due").Default(false),
		field.Enum("refund_due_reason").Values("LATE", "ORDER_CLOSED", "NOT_PAYABLE").Optional().Nillable(),
		field.String("refund_no").Optional().Nillable().Unique(),
		field.Enum("refund_status").Values("PENDING", "SUCCEEDED", "FAILED").Optional().Nillable(),
		field.String("refund_reason").Optional().Nillable(),
		field.String("refunded_by_id").GoType(idT).Optional().Nillable().Annotations(secret),
		field.Time("refunded_at").Optional().Nillable(),

		// The gateway's last word on the order, for reconciliation.
		field.String("gateway_state").Optional().Nillable(),
		field.Int64("gateway_amount_fen").Optional().Nillable(),
		field.Time("gateway_checked_at").Optional().Nillable(),
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
		index.Fields("refund_due", "refund_status"), index.Fields("created_at"),
		// Never two live orders for one application, whatever the code does
		// (issue 24): a candidate could otherwise be charged twice.
		index.Fields("application_id").Unique().StorageKey("paymentorder_one_live_per_application").
			Annotations(entsql.IndexWhere("status = 'PENDING'")),
	}
}

func (PaymentOrder) Annotations() []schema.Annotation {
	return []schema.Annotation{entgql.RelayConnection()}
}

// Policy: see authz.ApplicationChildren.
func (PaymentOrder) Policy() ent.Policy { return authz.ApplicationChildren }
