package exports

import (
	"context"
	"database/sql"
)

// regionRef is a region an export walks through.
type regionRef struct{ id, name string }

func readRegions(ctx context.Context, tx *sql.Tx) ([]regionRef, error) {
	var out []regionRef
	err := each(ctx, tx, regionsSQL, nil, func(rs *sql.Rows) error {
		var r regionRef
		if err := rs.Scan(&r.id, &r.name); err != nil {
			return err
		}
		out = append(out, r)
		return nil
	})
	return out, err
}

func readQualifications(ctx context.Context, tx *sql.Tx, sh *shaper) error {
	return each(ctx, tx, qualificationsSQL, nil, func(rs *sql.Rows) error {
		var id string
		var q qualification
		if err := rs.Scan(&id, &q.code, &q.name); err != nil {
			return err
		}
		sh.quals[id] = q
		return nil
	})
}

// enter reads the names of a region's exam areas, sites and rooms, which
// its rows refer to by id.
func (sh *shaper) enter(ctx context.Context, tx *sql.Tx, dialect string, rg regionRef) error {
	sh.region = rg.name
	clear(sh.areas)
	clear(sh.rooms)
	err := each(ctx, tx, rebind(dialect, areasSQL), []any{rg.id}, func(rs *sql.Rows) error {
		var id, name string
		if err := rs.Scan(&id, &name); err != nil {
			return err
		}
		sh.areas[id] = name
		return nil
	})
	if err != nil {
		return err
	}
	return each(ctx, tx, rebind(dialect, roomsSQL), []any{rg.id}, func(rs *sql.Rows) error {
		var id string
		var r room
		if err := rs.Scan(&id, &r.code, &r.site); err != nil {
			return err
		}
		sh.rooms[id] = r
		return nil
	})
}

func each(ctx context.Context, tx *sql.Tx, q string, args []any, row func(*sql.Rows) error) error {
	rs, err := tx.QueryContext(ctx, q, args...)
	if err != nil {
		return err
	}
	defer rs.Close()
	for rs.Next() {
		if err := row(rs); err != nil {
			return err
		}
	}
	return rs.Err()
}
