package schema

import (
	"entgo.io/contrib/entgql"
	"entgo.io/ent"
	"entgo.io/ent/schema/edge"
	"entgo.io/ent/schema/field"
	"entgo.io/ent/schema/index"

	"github.com/ruankao/ruankao/ent/schema/pulid"
	"github.com/ruankao/ruankao/internal/authz"
	"github.com/ruankao/ruankao/internal/enum"
)

// StoredFile is a saved photo or an uploaded review material. The bytes live in
// the content-addressed file store under their checksum.
type StoredFile struct{ ent.Schema }

func (StoredFile) Mixin() []ent.Mixin { return []ent.Mixin{pulid.WithPrefix("FL"), Created{}} }

func (StoredFile) Fields() []ent.Field {
	return []ent.Field{
		field.String("owner_id").GoType(idT).Immutable(),
		field.Enum("kind").Values("PHOTO", "MATERIAL").Immutable(),
		field.Enum("material_kind").GoType(enum.MaterialKind("")).Optional().Nillable().
			Annotations(entgql.Type("MaterialKind")),
		field.String("application_id").GoType(idT).Optional().Nillable().Comment("materials belong to one application; photos are shared by reference"),
		field.String("content_type").NotEmpty().Immutable(),
		field.Int64("size_bytes").Positive().Immutable(),
		field.String("sha256").MinLen(64).MaxLen(64).Immutable().Annotations(secret),
		field.String("original_name").Default("").Immutable(),
		field.Int("width").Optional().Nillable().Immutable(),
		field.Int("height").Optional().Nillable().Immutable(),
	}
}

func (StoredFile) Edges() []ent.Edge {
	return []ent.Edge{
		edge.To("owner", Candidate.Type).Field("owner_id").Unique().Required().Immutable(),
		edge.To("application", Application.Type).Field("application_id").Unique(),
	}
}

func (StoredFile) Indexes() []ent.Index {
	return []ent.Index{index.Fields("owner_id", "kind"), index.Fields("application_id"), index.Fields("sha256")}
}

// Policy: see authz.Files.
func (StoredFile) Policy() ent.Policy { return authz.Files }
