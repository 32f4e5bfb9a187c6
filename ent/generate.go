// Package ent is the generated data layer; the schema lives in ent/schema.
package ent

//go:generate go run entc.go
