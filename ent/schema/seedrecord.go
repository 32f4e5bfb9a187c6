package schema

import (
	"entgo.io/ent"
	"entgo.io/ent/schema"
	"entgo.io/ent/schema/field"

	"github.com/ruankao/ruankao/ent/schema/pulid"
	"github.com/ruankao/ruankao/internal/authz"
)

// SeedRecord remembers which version of a data set was loaded, so a later
// start adds only what a newer version brings.
type SeedRecord struct{ ent.Schema }

func (SeedRecord) Mixin() []ent.Mixin { return []ent.Mixin{pulid.WithPrefix("SV"), Stamps{}} }

func (SeedRecord) Fields() []ent.Field {
	return []ent.Field{
		field.String("name").Unique().NotEmpty(),
		field.Int("version").NonNegative(),
	}
}

func (SeedRecord) Annotations() []schema.Annotation { return []schema.Annotation{internalOnly} }

// Policy: see authz.Internal.
func (SeedRecord) Policy() ent.Policy { return authz.Internal }
