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

// Delivery is one message on one channel: what the sender claims, sends and
// retries. The channel is given the idempotency key, so a retry after a
// crash between sending and marking can be told from new news.
type Delivery struct{ ent.Schema }

func (Delivery) Mixin() []ent.Mixin { return []ent.Mixin{pulid.WithPrefix("DL"), Stamps{}} }

func (Delivery) Fields() []ent.Field {
	return []ent.Field{
		field.String("message_id").GoType(idT).Immutable(),
		field.String("region_id").GoType(idT).Immutable().Annotations(noWhere),
		field.Enum("channel").Values("EMAIL", "SMS").Immutable(),
		field.Enum("status").Values("QUEUED", "SENDING", "SENT", "FAILED", "SKIPPED").Default("QUEUED").
			Comment("SKIPPED: no address, or an SMS the candidate opted out of"),
		field.Int("attempts").Default(0),
		field.Time("next_attempt_at"),
		field.Time("lease_until").Optional().Nillable().Annotations(secret),
		field.String("last_error").Default(""),
		field.Time("sent_at").Optional().Nillable(),
		field.String("idempotency_key").Unique().NotEmpty().Immutable().Annotations(secret),
	}
}

func (Delivery) Edges() []ent.Edge {
	return []ent.Edge{
		edge.To("message", Message.Type).Field("message_id").Unique().Required().Immutable(),
	}
}

func (Delivery) Indexes() []ent.Index {
	return []ent.Index{index.Fields("status", "next_attempt_at"), index.Fields("region_id", "status"),
		index.Fields("message_id")}
}

func (Delivery) Annotations() []schema.Annotation {
	return []schema.Annotation{entgql.Skip(entgql.SkipMutationCreateInput, entgql.SkipMutationUpdateInput, entgql.SkipWhereInput)}
}

// Policy: see authz.Deliveries.
func (Delivery) Policy() ent.Policy { return authz.Deliveries }
