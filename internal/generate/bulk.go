package generate

import (
	"context"
	"database/sql"
	"fmt"
	"strings"
	"time"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/stdlib"

	"github.com/ruankao/ruankao/internal/store"
)

// The tables a chunk fills, in the order their foreign keys need.
const (
	tCandidates = iota
	tSessions
	tPhotos
	tApplications
	tMaterials
	tHistory
	tDecisions
	tOrders
	tSites
	tRooms
	tTickets
	tScores
	tBans
	nTables
)

type table struct {
	name string
	cols []string
}

var tables = [nTables]table{
	tCandidates: {"candidates", []string{"id", "created_at", "updated_at", "provider", "subject", "name", "id_type",
		"id_number_enc", "id_number_hash", "id_number_masked", "gender", "birth_date", "privacy_notice_version",
		"privacy_accepted_at", "sensitive_consent_version", "sensitive_consent_at", "last_login_at"}},
	tSessions: {"auth_sessions", []string{"id", "created_at", "token_hash", "candidate_id", "expires_at", "last_seen_at",
		"client_ip", "user_agent"}},
	tPhotos: {"stored_files", fileCols},
	tApplications: {"applications", []string{"id", "created_at", "updated_at", "candidate_id", "session_id", "region_id",
		"area_id", "qualification_id", "level", "status", "version", "name", "id_type", "gender", "birth_date", "age",
		"hukou_code", "title", "title_date", "employment", "work_unit", "work_start_date", "education", "degree",
		"graduation_date", "major_relation", "major_name", "address", "email", "mobile", "landline", "postcode",
		"photo_id", "commitment_accepted_at", "non_local", "fee_total_fen", "submitted_at", "review_started_at",
		"review_deadline_at", "decided_at", "registered_at", "closed_at", "lapse_reason"}},
	tMaterials: {"stored_files", fileCols},
	tHistory: {"state_changes", []string{"id", "created_at", "application_id", "from_status", "to_status", "actor_kind",
		"staff_id", "reason"}},
	tDecisions: {"review_decisions", []string{"id", "created_at", "application_id", "staff_id", "decision", "reason_codes",
		"note", "application_version"}},
	tOrders: {"payment_orders", []string{"id", "created_at", "updated_at", "application_id", "out_trade_no", "amount_fen",
		"status", "provider", "provider_txn_id", "code_url", "expires_at", "paid_at", "closed_at", "receipt_no",
		"refund_due", "gateway_state", "gateway_amount_fen", "gateway_checked_at"}},
	tSites: {"exam_sites", []string{"id", "created_at", "updated_at", "area_id", "code", "name", "address", "disabled"}},
	tRooms: {"exam_rooms", []string{"id", "created_at", "updated_at", "site_id", "code", "capacity", "disabled"}},
	tTickets: {"admission_tickets", []string{"id", "created_at", "updated_at", "application_id", "session_id", "site_id",
		"room_id", "seat", "ticket_number", "plan_run_id", "first_printed_at"}},
	tScores: {"scores", []string{"id", "created_at", "updated_at", "application_id", "subject_id", "session_id", "points", "absent"}},
	tBans: {"absentee_bans", []string{"id", "created_at", "updated_at", "candidate_id", "region_id", "source_session_id",
		"application_id", "reason"}},
}

var fileCols = []string{"id", "created_at", "owner_id", "kind", "material_kind", "application_id", "content_type",
	"size_bytes", "sha256", "original_name", "width", "height"}

// chunk is the rows of a run of applications, written in one transaction.
type chunk struct {
	rows [nTables][][]any
	apps int
}

func (c *chunk) add(t int, vals ...any) {
	if len(vals) != len(tables[t].cols) {
		panic(fmt.Sprintf("generate: %d values for %d columns of %s", len(vals), len(tables[t].cols), tables[t].name))
	}
	for i, v := range vals {
		if x, ok := v.(time.Time); ok {
			// Stored as the clock gives instants: UTC, microseconds (SQLite
			// compares them as text).
			vals[i] = x.UTC().Truncate(time.Microsecond)
		}
	}
	c.rows[t] = append(c.rows[t], vals)
}

func (c *chunk) reset() {
	for i := range c.rows {
		clear(c.rows[i])
		c.rows[i] = c.rows[i][:0]
	}
	c.apps = 0
}

// writer puts a chunk into the database in one transaction, as plain
// INSERTs of every row (the tables' triggers fire as for the service's own).
type writer interface {
	write(ctx context.Context, c *chunk) error
	close() error
}

func newWriter(ctx context.Context, db *store.DB) (writer, error) {
	if db.Dialect == "postgres" {
		conn, err := db.SQL.Conn(ctx)
		if err != nil {
			return nil, err
		}
		return &pgWriter{conn: conn}, nil
	}
	return &sqliteWriter{db: db.SQL, stmts: map[[2]int]string{}}, nil
}

// pgWriter copies each table's rows with COPY FROM STDIN (binary), the
// fastest way in; COPY fires the tables' row triggers like INSERT does.
type pgWriter struct{ conn *sql.Conn }

func (w *pgWriter) write(ctx context.Context, c *chunk) error {
	return w.conn.Raw(func(dc any) error {
		pc := dc.(*stdlib.Conn).Conn()
		tx, err := pc.Begin(ctx)
		if err != nil {
			return err
		}
		for t := range nTables {
			if len(c.rows[t]) == 0 {
				continue
			}
			if _, err := tx.CopyFrom(ctx, pgx.Identifier{tables[t].name}, tables[t].cols, pgx.CopyFromRows(c.rows[t])); err != nil {
				_ = tx.Rollback(ctx)
				return fmt.Errorf("%s: %w", tables[t].name, err)
			}
		}
		return tx.Commit(ctx)
	})
}

func (w *pgWriter) close() error { return w.conn.Close() }

// sqliteWriter makes multi-row INSERTs (up to 500 rows, within SQLite's
// 32,766 parameters) on the store's one writer connection, the statement
// text the same for every full batch so that the connection keeps it
// prepared. Its transactions are the connection's own, not units of the
// store's group commit: a unit is a savepoint, and a savepoint copies every
// page it first touches to a statement journal (a tenth of the time).
type sqliteWriter struct {
	db     *sql.DB
	stmts  map[[2]int]string
	args   []any
	cached bool
}

// The writer's settings while generating, put back after: a page cache that
// keeps the indexes of a million rows in memory (the store's 64 MB holds a
// tenth of them); the statement journal of each multi-row INSERT (SQLite
// keeps one to undo a statement that fails halfway) in memory instead of a
// temporary file; and checkpoints every 40 MB of WAL instead of 4, so that a
// page written by several chunks is copied back once. Durability is the
// store's (synchronous=FULL): every chunk's commit is synced.
var (
	loadPragmas   = []string{"PRAGMA temp_store = MEMORY"}
	normalPragmas = []string{"PRAGMA cache_size = -65536", "PRAGMA temp_store = DEFAULT"}
)

const sqliteMaxParams = 32_766

func (w *sqliteWriter) write(ctx context.Context, c *chunk) error {
	if !w.cached {
		// The pool is the one writer connection: these reach it.
		for _, q := range loadPragmas {
			if _, err := w.db.ExecContext(ctx, q); err != nil {
				return err
			}
		}
		w.cached = true
	}
	tx, err := w.db.BeginTx(ctx, nil)
	if err != nil {
		return err
	}
	if err := w.fill(ctx, tx, c); err != nil {
		_ = tx.Rollback()
		return err
	}
	return tx.Commit()
}

func (w *sqliteWriter) fill(ctx context.Context, tx *sql.Tx, c *chunk) error {
	if _, err := tx.ExecContext(ctx, "PRAGMA defer_foreign_keys = ON"); err != nil {
		return err
	}
	for t := range nTables {
		rows := c.rows[t]
		per := min(500, sqliteMaxParams/len(tables[t].cols))
		for len(rows) > 0 {
			k := min(per, len(rows))
			w.args = w.args[:0]
			for _, row := range rows[:k] {
				w.args = append(w.args, row...)
			}
			if _, err := tx.ExecContext(ctx, w.statement(t, k), w.args...); err != nil {
				return fmt.Errorf("%s: %w", tables[t].name, err)
			}
			rows = rows[k:]
		}
	}
	clear(w.args)
	return nil
}

func (w *sqliteWriter) statement(t, rows int) string {
	if q, ok := w.stmts[[2]int{t, rows}]; ok {
		return q
	}
	cols := tables[t].cols
	one := "(" + strings.TrimSuffix(strings.Repeat("?,", len(cols)), ",") + ")"
	q := "INSERT OR ROLLBACK INTO " + tables[t].name + " (" + strings.Join(cols, ", ") + ") VALUES " +
		strings.TrimSuffix(strings.Repeat(one+",", rows), ",")
	w.stmts[[2]int{t, rows}] = q
	return q
}

func (w *sqliteWriter) close() error {
	if !w.cached {
		return nil
	}
	for _, q := range normalPragmas {
		if _, err := w.db.ExecContext(context.Background(), q); err != nil {
			return err
		}
	}
	return nil
}
