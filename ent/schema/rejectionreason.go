package schema

import (
	"entgo.io/ent"
	"entgo.io/ent/schema/field"

	"github.com/ruankao/ruankao/ent/schema/pulid"
	"github.com/ruankao/ruankao/internal/authz"
)

// RejectionReason is one entry of the documented list reviewers choose from.
type RejectionReason struct{ ent.Schema }

func (RejectionReason) Mixin() []ent.Mixin {
	return []ent.Mixin{pulid.WithPrefix("RR"), Stamps{}}
}

func (RejectionReason) Fields() []ent.Field {
	return []ent.Field{
		field.String("code").Unique().NotEmpty().MaxLen(64),
		field.String("label").NotEmpty(),
		field.String("description").Default(""),
		field.Int("sort_order").Default(0),
		field.Bool("disabled").Default(false),
	}
}

// Policy: see authz.Catalog.
func (RejectionReason) Policy() ent.Policy { return authz.Catalog }
