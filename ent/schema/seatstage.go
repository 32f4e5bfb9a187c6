package schema

import (
	"entgo.io/ent"
	"entgo.io/ent/schema"
	"entgo.io/ent/schema/field"
	"entgo.io/ent/schema/index"

	"github.com/ruankao/ruankao/ent/schema/pulid"
	"github.com/ruankao/ruankao/internal/authz"
)

// SeatStage is one seat of a plan being made, written in chunks by the
// planning job; publishing copies a run's rows into admission tickets in
// one short transaction.
type SeatStage struct{ ent.Schema }

func (SeatStage) Mixin() []ent.Mixin { return []ent.Mixin{pulid.WithPrefix("SS")} }

func (SeatStage) Fields() []ent.Field {
	return []ent.Field{
		field.String("run_id").GoType(idT).Immutable(),
		field.String("application_id").GoType(idT).Immutable(),
		field.String("session_id").GoType(idT).Immutable(),
		field.String("site_id").GoType(idT).Immutable(),
		field.String("room_id").GoType(idT).Immutable(),
		field.Int("seat").Positive().Immutable(),
		field.String("ticket_number").NotEmpty().Immutable(),
	}
}

func (SeatStage) Indexes() []ent.Index {
	return []ent.Index{
		// One index: the tickets' own unique indexes refuse a doubled seat
		// at publishing, and each index more costs the staging time.
		index.Fields("run_id", "application_id").Unique(),
	}
}

func (SeatStage) Annotations() []schema.Annotation { return []schema.Annotation{internalOnly} }

// Policy: see authz.Internal.
func (SeatStage) Policy() ent.Policy { return authz.Internal }
