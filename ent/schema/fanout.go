package schema

import (
	"entgo.io/ent"
	"entgo.io/ent/schema"
	"entgo.io/ent/schema/field"
	"entgo.io/ent/schema/index"

	"github.com/ruankao/ruankao/ent/schema/pulid"
	"github.com/ruankao/ruankao/internal/authz"
)

// Fanout is news for many candidates at once (tickets published, scores
// released, certificates issued, bans made, a region admin's notice): the
// event writes this one row in its own transaction; the sender expands it
// into messages in chunks of short transactions, so a publish of 100,000
// tickets stays one short statement.
type Fanout struct{ ent.Schema }

func (Fanout) Mixin() []ent.Mixin { return []ent.Mixin{pulid.WithPrefix("NF"), Stamps{}} }

func (Fanout) Fields() []ent.Field {
	return []ent.Field{
		field.Enum("kind").Values(messageKinds...).Immutable(),
		field.String("session_id").GoType(idT).Optional().Nillable().Immutable(),
		field.String("region_id").GoType(idT).Optional().Nillable().Immutable(),
		field.String("area_id").GoType(idT).Optional().Nillable().Immutable().Comment("a notice's 考区"),
		field.JSON("params", map[string]string{}).Optional().Immutable(),
		field.String("idempotency_key").Unique().NotEmpty().Immutable(),
		field.String("cursor").Default("").Comment("the last application id expanded"),
		field.Int("expanded").Default(0),
		field.Bool("done").Default(false),
		field.String("created_by_id").GoType(idT).Optional().Nillable().Immutable(),
	}
}

func (Fanout) Indexes() []ent.Index { return []ent.Index{index.Fields("done")} }

func (Fanout) Annotations() []schema.Annotation { return []schema.Annotation{internalOnly} }

// Policy: see authz.Internal.
func (Fanout) Policy() ent.Policy { return authz.Internal }
