package store

import (
	"errors"

	"github.com/jackc/pgx/v5/pgconn"
)

// SQLite result codes (the primary code is the low byte of an extended one).
const (
	sqliteBusy   = 5
	sqliteLocked = 6
)

// IsBusy reports a database that could not take a lock in time: SQLite's
// busy timeout ran out, or PostgreSQL's lock_timeout. Retrying later may work.
func IsBusy(err error) bool {
	var coded interface{ Code() int }
	if errors.As(err, &coded) {
		c := coded.Code() & 0xff
		return c == sqliteBusy || c == sqliteLocked
	}
	var pg *pgconn.PgError
	return errors.As(err, &pg) && pg.Code == "55P03"
}

// IsConflict reports a transaction the database aborted because another one
// ran into it (deadlock, serialization failure): the caller's change did not
// happen and may be retried.
func IsConflict(err error) bool {
	var pg *pgconn.PgError
	return errors.As(err, &pg) && (pg.Code == "40P01" || pg.Code == "40001")
}
