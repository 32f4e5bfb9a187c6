// Package seats plans the seats of an exam session: about a week before the
// exam every REGISTERED candidate of a region gets a 考点 (site) of the 考区
// (area) they chose, a 考场 (room) in it and a seat number, at random but
// reproducibly.
//
// The package is pure: the caller loads registrations and venues, draws the
// Seed with crypto/rand and stores what Plan returns. Nothing here reads the
// clock, the database or a random source of its own, so a recorded run (seed,
// policy and the Digest of its inputs) can be planned again later and must
// give byte-identical assignments.
//
// Choices, each explained where it is made:
//
//   - One seat per candidate for the whole session: the seat is theirs in every
//     sitting they sit, and it is nobody else's in the sittings they skip. Two
//     candidates with disjoint sittings could share a seat, but then a room's
//     list, its door sign and its seat labels would differ by sitting and a
//     late change of sittings could double-book a seat; one seat per candidate
//     keeps every sitting trivially within capacity (plan.go).
//   - Rooms are packed: within an area the sites come in a seeded-random order,
//     the rooms of a site in the order of their codes, and a room is filled
//     before the next is opened, so every opened room is full except the last
//     one of each area (plan.go).
//   - Neighbours are consecutive seat numbers in one room (seat n and n+1);
//     no grid, so rooms need no column count. Mixed deals each qualification
//     evenly over the area's opened rooms, then orders each room greedily,
//     which reaches the fewest clashes the room's mix allows (mixed.go).
//   - All or nothing: if any area lacks seats, no area is planned and every
//     short area is reported (shortfall.go).
//   - Randomness: ChaCha8 (math/rand/v2) seeded per area from SHA-256 of the
//     Seed and the area, consumed only through this package's own shuffle, so
//     the output does not depend on how a Go release implements Shuffle or
//     IntN, and a change in one area does not reshuffle the others (rng.go).
package seats

import "errors"

// Registration is one REGISTERED application as the planner needs it.
type Registration struct {
	ID            string // application id; the canonical order of candidates
	Area          string // the 考区 chosen by the candidate
	Qualification string // grouped (ByQualification) or spread (Mixed)
	// Sittings are the sittings (exam day and time slot) the candidate sits.
	// They do not change placement, since the seat is the candidate's for the
	// whole session, but they are part of the Digest: a plan is recorded
	// against exactly the inputs it was made from.
	Sittings []int
}

// Site is a 考点 with its enabled rooms; the caller leaves disabled ones out.
type Site struct {
	ID    string
	Area  string
	Rooms []Room
}

// Room is a 考场. Code orders the rooms of a site (the order they are filled
// in). A Capacity of 0 is a room with no seats: it is never opened.
type Room struct {
	ID       string
	Code     string
	Capacity int
}

// Seed makes a plan reproducible. The server draws it with crypto/rand and
// records it with the plan; 32 bytes is exactly what ChaCha8 takes.
type Seed [32]byte

// Policy says how candidates are arranged within an area's rooms.
type Policy string

const (
	// ByQualification seats the candidates of one qualification together:
	// qualifications in the order of their strings, in random order within a
	// qualification, rooms filled one after another. A room may hold the end
	// of one qualification and the start of the next, so no seat is wasted.
	ByQualification Policy = "BY_QUALIFICATION"
	// Mixed spreads each qualification evenly over the area's opened rooms and
	// orders every room so that no two neighbouring seats share a
	// qualification, or as few as that room's mix allows.
	Mixed Policy = "MIXED"
)

// Assignment is one candidate's seat.
type Assignment struct {
	Registration string
	Site         string
	Room         string
	Seat         int // 1..Seated within the room
}

// Shortfall is an area with more candidates than seats.
type Shortfall struct {
	Area string
	Need int // candidates of the area
	Have int // seats in the area's rooms
	Lack int // Need - Have, always > 0
}

// RoomCount is how full one room is after the plan; every room given to Plan
// has one, unused rooms with Seated 0.
type RoomCount struct {
	Area     string
	Site     string
	Room     string
	Capacity int
	Seated   int
}

// Result is a plan. On success Assignments holds one entry per registration,
// sorted by area, site, room and seat, and Rooms one entry per room, sorted by
// area, site and room. When an area lacks seats nothing is assigned anywhere:
// Assignments and Rooms are empty, Shortfalls lists every short area sorted by
// area, and Plan returns ErrShortfall.
type Result struct {
	Assignments []Assignment
	Rooms       []RoomCount
	Shortfalls  []Shortfall
}

// ErrShortfall is returned (wrapped) when at least one area lacks seats; the
// Result's Shortfalls say where and by how much.
var ErrShortfall = errors.New("seats: not enough seats")

// ErrInvalid is wrapped by every error about malformed input: an empty or
// duplicate id, a negative capacity, no sittings, an unknown policy.
var ErrInvalid = errors.New("seats: invalid input")
