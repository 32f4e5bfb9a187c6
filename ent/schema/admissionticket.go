package schema

import (
	"entgo.io/ent"
	"entgo.io/ent/schema/edge"
	"entgo.io/ent/schema/field"
	"entgo.io/ent/schema/index"

	"github.com/ruankao/ruankao/ent/schema/pulid"
	"github.com/ruankao/ruankao/internal/authz"
)

// AdmissionTicket is the 准考证: a seat drawn at random within the candidate's area.
type AdmissionTicket struct{ ent.Schema }

func (AdmissionTicket) Mixin() []ent.Mixin { return []ent.Mixin{pulid.WithPrefix("AT"), Stamps{}} }

func (AdmissionTicket) Fields() []ent.Field {
	return []ent.Field{
		field.String("application_id").GoType(idT),
		// session_id and site_id are copies (the application's session, the
		// room's site) kept for the seat index and the per-site files. They
		// have no edges, so no foreign keys: the application and room keys
		// already guard them, and two more checks per row cost a 100,000-seat
		// publish on PostgreSQL 1.1 s (README: seat plans).
		field.String("session_id").GoType(idT).Immutable().Annotations(noWhere).Comment("the application's session, copied so one seat is held once per session"),
		field.String("site_id").GoType(idT).Annotations(noWhere).Comment("the room's site, copied"),
		field.String("room_id").GoType(idT),
		field.Int("seat").Positive(),
		field.String("ticket_number").Unique().NotEmpty().Comment("准考证号 (README: its format)"),
		field.String("plan_run_id").GoType(idT).Optional().Nillable().Annotations(secret).Comment("the published run it came from"),
		field.Time("first_printed_at").Optional().Nillable(),
	}
}

func (AdmissionTicket) Edges() []ent.Edge {
	return []ent.Edge{
		edge.To("application", Application.Type).Field("application_id").Unique().Required(),
		edge.To("room", ExamRoom.Type).Field("room_id").Unique().Required(),
	}
}

func (AdmissionTicket) Indexes() []ent.Index {
	return []ent.Index{
		index.Fields("application_id").Unique(),
		// A seat is a candidate's for the whole session (every sitting): so one
		// candidate per seat per sitting, at once for all sittings.
		// It serves a room's tickets too (queries name the session).
		index.Fields("session_id", "room_id", "seat").Unique(),
	}
}

// Policy: see authz.ApplicationChildren.
func (AdmissionTicket) Policy() ent.Policy { return authz.ApplicationChildren }
