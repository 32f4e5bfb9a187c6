package store

import (
	"sync"

	entsql "entgo.io/ent/dialect/sql"
)

// unitRows are the rows of a write made outside a transaction (INSERT …
// RETURNING). Its unit holds the writer until the rows are read: the unit
// commits once Next finds no more rows, or at Close, and a failed commit
// shows in Err (which ent checks after its last Next) and in Close.
type unitRows struct {
	entsql.ColumnScanner
	u    *unit
	once sync.Once
	err  error
}

func (r *unitRows) end() error {
	r.once.Do(func() {
		rowsErr := r.ColumnScanner.Err()
		closeErr := r.ColumnScanner.Close()
		switch {
		case rowsErr != nil:
			_ = r.u.Rollback()
			r.err = rowsErr
		case closeErr != nil:
			_ = r.u.Rollback()
			r.err = closeErr
		default:
			r.err = r.u.Commit()
		}
	})
	return r.err
}

func (r *unitRows) Next() bool {
	if r.ColumnScanner.Next() {
		return true
	}
	_ = r.end()
	return false
}

func (r *unitRows) Err() error {
	if err := r.ColumnScanner.Err(); err != nil {
		return err
	}
	return r.err
}

func (r *unitRows) Close() error { return r.end() }
