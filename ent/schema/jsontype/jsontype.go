// Package jsontype holds the Go types of JSON columns. They live apart from
// ent/schema because the generated code imports them, and ent/schema
// imports the privacy policies, which import the generated code.
package jsontype

// SeatShortfall is an exam area without enough seats for its candidates.
type SeatShortfall struct {
	AreaID string `json:"areaId"`
	Need   int    `json:"need"`
	Have   int    `json:"have"`
	Lack   int    `json:"lack"`
}
