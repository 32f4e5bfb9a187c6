package schema

import (
	"entgo.io/ent"
	"entgo.io/ent/schema"
	"entgo.io/ent/schema/edge"
	"entgo.io/ent/schema/field"
	"entgo.io/ent/schema/index"

	"github.com/ruankao/ruankao/ent/schema/pulid"
	"github.com/ruankao/ruankao/internal/authz"
)

// LoginTicket is one QR login through 国家网络身份认证, from the QR code shown to
// the session it yields; the ticket can be exchanged once.
type LoginTicket struct{ ent.Schema }

func (LoginTicket) Mixin() []ent.Mixin { return []ent.Mixin{pulid.WithPrefix("LT"), Stamps{}} }

func (LoginTicket) Fields() []ent.Field {
	return []ent.Field{
		field.String("ticket_hash").Unique().NotEmpty().Sensitive(),
		field.String("provider").NotEmpty(),
		field.String("provider_ref").Default("").Comment("the provider's own transaction id"),
		field.Enum("state").Values("PENDING", "CONFIRMED", "REFUSED", "CONSENT_REFUSED", "EXPIRED", "CONSUMED").Default("PENDING"),
		field.String("qr_payload").NotEmpty(),
		field.Time("expires_at"),
		field.Time("decided_at").Optional().Nillable(),
		field.String("candidate_id").GoType(idT).Optional().Nillable(),
		field.String("failure").Default("").Comment("why the provider's answer was refused"),
		field.String("client_ip").Default(""),
	}
}

func (LoginTicket) Edges() []ent.Edge {
	return []ent.Edge{edge.To("candidate", Candidate.Type).Field("candidate_id").Unique()}
}

func (LoginTicket) Indexes() []ent.Index { return []ent.Index{index.Fields("expires_at")} }

func (LoginTicket) Annotations() []schema.Annotation { return []schema.Annotation{internalOnly} }

// Policy: see authz.Internal.
func (LoginTicket) Policy() ent.Policy { return authz.Internal }
