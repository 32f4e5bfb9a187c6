package schema

import (
	"entgo.io/ent"
	"entgo.io/ent/schema"
	"entgo.io/ent/schema/field"
	"entgo.io/ent/schema/index"

	"github.com/ruankao/ruankao/ent/schema/pulid"
	"github.com/ruankao/ruankao/internal/authz"
)

// KeyCheck proves at start-up that a configured key is the key its id named
// before (internal/rekey): one row per purpose and key id, written the first
// time the key is seen. For the data key it is a known constant encrypted
// under that key, for the URL signing key an HMAC of a constant, for a ticket
// key its public key. A data key's row stays required (the key must be
// configured) until the re-encryption job finds no value under it and
// retires it.
type KeyCheck struct{ ent.Schema }

func (KeyCheck) Mixin() []ent.Mixin { return []ent.Mixin{pulid.WithPrefix("KC"), Stamps{}} }

func (KeyCheck) Fields() []ent.Field {
	return []ent.Field{
		field.Enum("purpose").Values("data", "url", "ticket").Immutable(),
		field.String("key_id").NotEmpty().MaxLen(16).Immutable(),
		field.Bytes("check_value").Immutable().Sensitive(),
		field.Time("retired_at").Optional().Nillable().Comment("data keys: no value left under the key (rekey); it may leave configuration"),
	}
}

func (KeyCheck) Indexes() []ent.Index {
	return []ent.Index{index.Fields("purpose", "key_id").Unique()}
}

func (KeyCheck) Annotations() []schema.Annotation { return []schema.Annotation{internalOnly} }

// Policy: see authz.Internal.
func (KeyCheck) Policy() ent.Policy { return authz.Internal }
