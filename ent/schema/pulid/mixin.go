package pulid

import (
	"entgo.io/ent"
	"entgo.io/ent/schema"
	"entgo.io/ent/schema/field"
	"entgo.io/ent/schema/mixin"
)

// Mixin gives a schema its prefixed id.
type Mixin struct {
	mixin.Schema
	prefix string
}

// WithPrefix makes the id mixin of one type; every prefix is used once.
func WithPrefix(prefix string) Mixin { return Mixin{prefix: prefix} }

// Fields is the id field.
func (m Mixin) Fields() []ent.Field {
	return []ent.Field{
		field.String("id").GoType(ID("")).MaxLen(40).NotEmpty().Immutable().
			DefaultFunc(func() ID { return New(m.prefix) }),
	}
}

// Annotation records the prefix for the IDToType template.
type Annotation struct{ Prefix string }

// Name implements schema.Annotation.
func (Annotation) Name() string { return "PULID" }

// Annotations carries the prefix to code generation.
func (m Mixin) Annotations() []schema.Annotation {
	return []schema.Annotation{Annotation{Prefix: m.prefix}}
}
