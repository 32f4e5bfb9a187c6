// Package schema is the whole domain model of ruankao. Catalog tables keep
// back-edges; personal tables point at the catalog one way only, so that no
// public catalog type can reach a candidate's data through GraphQL.
package schema

import (
	"context"

	"entgo.io/contrib/entgql"
	"entgo.io/ent"
	"entgo.io/ent/dialect"
	"entgo.io/ent/schema/field"
	"entgo.io/ent/schema/mixin"

	"github.com/ruankao/ruankao/ent/schema/pulid"
	"github.com/ruankao/ruankao/internal/civil"
	"github.com/ruankao/ruankao/internal/clock"
)

var dateColumn = map[string]string{dialect.Postgres: "date", dialect.SQLite: "date", dialect.MySQL: "date"}

// date is a calendar day (civil.Date), the API's Date scalar.
func date(name string) ent.Field {
	return field.Other(name, civil.Date{}).SchemaType(dateColumn).Annotations(entgql.Type("Date"))
}

// optDate is a date that may be absent.
func optDate(name string) ent.Field {
	return field.Other(name, &civil.Date{}).SchemaType(dateColumn).Optional().Nillable().
		Annotations(entgql.Type("Date"))
}

// idT types every key and foreign-key column like the ids.
var idT = pulid.ID("")

// uniqueDate is a date that identifies its row.
func uniqueDate(name string) ent.Field {
	return field.Other(name, civil.Date{}).SchemaType(dateColumn).Unique().Annotations(entgql.Type("Date"))
}

var (
	gqlLevel  = entgql.Type("Level")
	gqlStatus = entgql.Type("ApplicationStatus")
	gqlIDType = entgql.Type("IDType")
	gqlDate   = entgql.Type("Date")
)

// secret marks a field that never appears in GraphQL.
var secret = entgql.Skip(entgql.SkipAll)

// noWhere keeps an id field without an edge out of the where inputs, whose
// generated ID lists would not take its Go type.
var noWhere = entgql.Skip(entgql.SkipWhereInput)

// internalOnly marks a table that never appears in GraphQL.
var internalOnly = entgql.Skip(entgql.SkipAll)

// Stamps records when a row was made and last changed, from the request's clock.
type Stamps struct{ mixin.Schema }

// Fields are created_at and updated_at.
func (Stamps) Fields() []ent.Field {
	return []ent.Field{
		field.Time("created_at").Immutable().Annotations(entgql.OrderField("CREATED_AT")),
		field.Time("updated_at"),
	}
}

// Hooks stamp both fields through the clock, so tests that move time see it.
func (Stamps) Hooks() []ent.Hook {
	return []ent.Hook{func(next ent.Mutator) ent.Mutator {
		return ent.MutateFunc(func(ctx context.Context, m ent.Mutation) (ent.Value, error) {
			now := clock.Now(ctx)
			if m.Op().Is(ent.OpCreate) {
				if _, ok := m.Field("created_at"); !ok {
					_ = m.SetField("created_at", now)
				}
			}
			if _, ok := m.Field("updated_at"); !ok {
				_ = m.SetField("updated_at", now)
			}
			return next.Mutate(ctx, m)
		})
	}}
}

// Created records only when a row was made (rows that never change).
type Created struct{ mixin.Schema }

// Fields is created_at.
func (Created) Fields() []ent.Field {
	return []ent.Field{field.Time("created_at").Immutable().Annotations(entgql.OrderField("CREATED_AT"))}
}

// Hooks stamp created_at through the clock.
func (Created) Hooks() []ent.Hook {
	return []ent.Hook{func(next ent.Mutator) ent.Mutator {
		return ent.MutateFunc(func(ctx context.Context, m ent.Mutation) (ent.Value, error) {
			if m.Op().Is(ent.OpCreate) {
				if _, ok := m.Field("created_at"); !ok {
					_ = m.SetField("created_at", clock.Now(ctx))
				}
			}
			return next.Mutate(ctx, m)
		})
	}}
}
