package schema

import (
	"entgo.io/ent"
	"entgo.io/ent/schema/field"

	"github.com/ruankao/ruankao/ent/schema/pulid"
	"github.com/ruankao/ruankao/internal/authz"
)

// CalendarDay is an exception to the Monday–Friday week: a public holiday or a
// weekend day made a working day (调休). Admins disable days, never delete them.
type CalendarDay struct{ ent.Schema }

func (CalendarDay) Mixin() []ent.Mixin { return []ent.Mixin{pulid.WithPrefix("CD"), Stamps{}} }

func (CalendarDay) Fields() []ent.Field {
	return []ent.Field{
		uniqueDate("date"),
		field.Enum("kind").Values("HOLIDAY", "WORKDAY"),
		field.String("name").NotEmpty(),
		field.Bool("disabled").Default(false),
	}
}

// Policy: see authz.Catalog.
func (CalendarDay) Policy() ent.Policy { return authz.Catalog }
