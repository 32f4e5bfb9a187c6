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

// Candidate is a person known through the identity provider, keyed by its
// stable pseudonymous subject (网号). Name and ID are read-only after the first login.
type Candidate struct{ ent.Schema }

func (Candidate) Mixin() []ent.Mixin { return []ent.Mixin{pulid.WithPrefix("CA"), Stamps{}} }

func (Candidate) Fields() []ent.Field {
	return []ent.Field{
		field.String("provider").NotEmpty().Immutable().Annotations(secret),
		field.String("subject").NotEmpty().Immutable().Annotations(secret).Comment("网号"),
		field.String("name").NotEmpty().Immutable(),
		field.Enum("id_type").GoType(enum.IDType("")).Annotations(gqlIDType).Immutable(),
		field.Bytes("id_number_enc").Immutable().Sensitive().Annotations(secret).Comment("AES-GCM, key from configuration"),
		field.String("id_number_hash").Immutable().Annotations(secret).Comment("keyed hash for uniqueness and search"),
		field.String("id_number_masked").Immutable().Comment("2101**********123X"),
		field.Enum("gender").Values("MALE", "FEMALE").Optional().Nillable().Comment("from the ID number where it carries one"),
		optDate("birth_date"),
		field.String("privacy_notice_version").Optional().Nillable(),
		field.Time("privacy_accepted_at").Optional().Nillable(),
		// The separate consent to sensitive personal information (PIPL art.
		// 29) for this notice version; both are cleared when consent is withdrawn.
		field.String("sensitive_consent_version").Optional().Nillable(),
		field.Time("sensitive_consent_at").Optional().Nillable(),
		field.Time("last_login_at").Optional().Nillable(),
		field.Bool("sms_opt_out").Default(false).Comment("no SMS for non-essential messages (internal/notify)"),
		field.Time("anonymized_at").Optional().Nillable().
			Comment("when internal/retention anonymised the candidate (or, for a certificate holder, removed all but the certificate's data)"),
	}
}

func (Candidate) Edges() []ent.Edge {
	return []ent.Edge{
		// Back-edge for region scoping: staff see the candidates who applied in their region.
		edge.From("applications", Application.Type).Ref("candidate").Annotations(entgql.Skip()),
	}
}

func (Candidate) Indexes() []ent.Index {
	return []ent.Index{
		index.Fields("provider", "subject").Unique(),
		index.Fields("id_number_hash"),
	}
}

func (Candidate) Annotations() []schema.Annotation {
	return []schema.Annotation{entgql.RelayConnection()}
}

// Policy: see authz.Candidates.
func (Candidate) Policy() ent.Policy { return authz.Candidates }
