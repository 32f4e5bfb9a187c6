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

// messageKinds are the events a candidate hears about (internal/notify).
var messageKinds = []string{"REVIEW_PASSED", "REVIEW_REJECTED", "PAYMENT_DUE", "PAYMENT_RECEIVED", "LAPSED",
	"TICKET_READY", "SCORES_RELEASED", "CERTIFICATE_ISSUED", "ABSENTEE_BAN", "NOTICE", "EXAM_CANCELLED"}

// Message is one piece of news for one candidate: the inbox item, and the
// outbox row its deliveries (one per channel) are sent from. It is written
// in the transaction of the event it tells of; the text is rendered from
// its kind and params (a snapshot taken at the event) when first sent or read.
type Message struct{ ent.Schema }

func (Message) Mixin() []ent.Mixin { return []ent.Mixin{pulid.WithPrefix("MS"), Created{}} }

func (Message) Fields() []ent.Field {
	return []ent.Field{
		field.String("candidate_id").GoType(idT).Immutable().Annotations(secret),
		field.String("application_id").GoType(idT).Optional().Nillable().Immutable(),
		field.String("region_id").GoType(idT).Immutable().Annotations(secret).Comment("whose staff see its delivery"),
		field.Enum("kind").Values(messageKinds...).Immutable(),
		field.Bool("essential").Default(false).Immutable().Comment("sent by SMS even to those who opted out"),
		field.JSON("params", map[string]string{}).Optional().Immutable().Annotations(secret),
		field.String("idempotency_key").Unique().NotEmpty().Immutable().Annotations(secret),
		field.String("fanout_id").GoType(idT).Optional().Nillable().Immutable().Annotations(secret),
		field.String("subject").Default("").Annotations(secret).Comment("rendered; empty until first sent or read"),
		field.Text("body").Default("").Annotations(secret),
		field.Time("read_at").Optional().Nillable(),
	}
}

func (Message) Edges() []ent.Edge {
	return []ent.Edge{
		edge.To("candidate", Candidate.Type).Field("candidate_id").Unique().Required().Immutable().Annotations(entgql.Skip()),
		edge.To("application", Application.Type).Field("application_id").Unique().Immutable(),
		edge.From("deliveries", Delivery.Type).Ref("message").Annotations(entgql.Skip()),
	}
}

func (Message) Indexes() []ent.Index {
	return []ent.Index{index.Fields("candidate_id", "created_at"), index.Fields("region_id", "created_at"),
		index.Fields("fanout_id")}
}

func (Message) Annotations() []schema.Annotation {
	return []schema.Annotation{entgql.RelayConnection(), entgql.Skip(entgql.SkipMutationCreateInput, entgql.SkipMutationUpdateInput, entgql.SkipWhereInput)}
}

// Policy: see authz.Messages.
func (Message) Policy() ent.Policy { return authz.Messages }
