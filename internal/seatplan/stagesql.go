package seatplan

import (
	"context"
	"encoding/json"

	"github.com/ruankao/ruankao/ent"
)

// stageRow is one seat_stages row as the bulk statements take it (SQLite's
// as a JSON array of its six values, in this order).
type stageRow struct {
	ID, Application, Site, Room, Ticket string
	Seat                                int
}

// One statement a chunk, its rows passed as six arrays (PostgreSQL) or one
// JSON text (SQLite): ent's bulk create binds eight parameters a row, and
// building, sending and parsing them was most of the staging time (README:
// seat plans). Run and session are the same for every row.
const (
	stagePG = `INSERT INTO seat_stages (id, run_id, session_id, application_id, site_id, room_id, seat, ticket_number)
	SELECT r.id, $1, $2, r.app, r.site, r.room, r.seat, r.ticket
	FROM unnest($3::text[], $4::text[], $5::text[], $6::text[], $7::int8[], $8::text[]) AS r(id, app, site, room, seat, ticket)`
	stageSQLite = `INSERT INTO seat_stages (id, run_id, session_id, application_id, site_id, room_id, seat, ticket_number)
	SELECT j.value ->> 0, ?1, ?2, j.value ->> 1, j.value ->> 2, j.value ->> 3, j.value ->> 4, j.value ->> 5
	FROM json_each(?3) AS j`
)

func (s *Service) insertStage(ctx context.Context, c *ent.Client, run, session string, rows []stageRow) error {
	if s.Dialect == "postgres" {
		ids, apps, sites, rooms, tickets := make([]string, len(rows)), make([]string, len(rows)), make([]string, len(rows)),
			make([]string, len(rows)), make([]string, len(rows))
		seats := make([]int64, len(rows))
		for i, r := range rows {
			ids[i], apps[i], sites[i], rooms[i], seats[i], tickets[i] = r.ID, r.Application, r.Site, r.Room, int64(r.Seat), r.Ticket
		}
		_, err := c.ExecContext(ctx, stagePG, run, session, ids, apps, sites, rooms, seats, tickets)
		return err
	}
	arr := make([][6]any, len(rows))
	for i, r := range rows {
		arr[i] = [6]any{r.ID, r.Application, r.Site, r.Room, r.Seat, r.Ticket}
	}
	doc, err := json.Marshal(arr)
	if err != nil {
		return err
	}
	_, err = c.ExecContext(ctx, stageSQLite, run, session, string(doc))
	return err
}
