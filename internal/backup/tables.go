package backup

import (
	"context"
	"database/sql"
	"encoding/hex"
	"fmt"
	"sort"
	"strings"
)

// querier is a *sql.DB or a *sql.Tx (PostgreSQL reads in the dump's snapshot).
type querier interface {
	QueryContext(ctx context.Context, q string, args ...any) (*sql.Rows, error)
	QueryRowContext(ctx context.Context, q string, args ...any) *sql.Row
}

// References are the columns that hold a file-store object's SHA-256. A
// new column that refers to the file store belongs here (a test checks the
// ent schema for columns named like these).
var References = []struct{ Table, Column string }{
	{"stored_files", "sha256"},           // photos and materials
	{"score_imports", "file_sum"},        // uploaded score CSVs
	{"export_jobs", "file_sum"},          // finished exports
	{"payment_orders", "receipt_sha256"}, // rendered receipts
}

// listTables names the tables of the database (SQLite) or of the current
// schema (PostgreSQL), sorted.
func listTables(ctx context.Context, q querier, dialect string) ([]string, error) {
	stmt := `SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite\_%' ESCAPE '\'`
	if dialect == Postgres {
		stmt = `SELECT table_name FROM information_schema.tables WHERE table_schema = current_schema() AND table_type = 'BASE TABLE'`
	}
	rows, err := q.QueryContext(ctx, stmt)
	if err != nil {
		return nil, fmt.Errorf("backup: listing the tables: %w", err)
	}
	defer rows.Close()
	var names []string
	for rows.Next() {
		var n string
		if err := rows.Scan(&n); err != nil {
			return nil, err
		}
		names = append(names, n)
	}
	if err := rows.Err(); err != nil {
		return nil, err
	}
	sort.Strings(names)
	return names, nil
}

// countRows counts the rows of every table.
func countRows(ctx context.Context, q querier, dialect string) (map[string]int64, error) {
	tables, err := listTables(ctx, q, dialect)
	if err != nil {
		return nil, err
	}
	counts := make(map[string]int64, len(tables))
	for _, t := range tables {
		var n int64
		if err := q.QueryRowContext(ctx, `SELECT count(*) FROM `+quoteIdent(t)).Scan(&n); err != nil {
			return nil, fmt.Errorf("backup: counting %s: %w", t, err)
		}
		counts[t] = n
	}
	return counts, nil
}

// referencedObjects reads every object sum the rows refer to, in the tables
// that exist. A value that is not a well-formed sum is reported, not kept.
func referencedObjects(ctx context.Context, q querier, tables map[string]int64) (map[[32]byte]struct{}, []string, error) {
	refs := map[[32]byte]struct{}{}
	var bad []string
	for _, r := range References {
		if _, ok := tables[r.Table]; !ok {
			continue
		}
		rows, err := q.QueryContext(ctx, `SELECT DISTINCT `+quoteIdent(r.Column)+` FROM `+quoteIdent(r.Table)+` WHERE `+quoteIdent(r.Column)+` IS NOT NULL`)
		if err != nil {
			return nil, nil, fmt.Errorf("backup: reading %s.%s: %w", r.Table, r.Column, err)
		}
		for rows.Next() {
			var s string
			if err := rows.Scan(&s); err != nil {
				rows.Close()
				return nil, nil, err
			}
			k, ok := sumKey(s)
			if !ok {
				bad = append(bad, fmt.Sprintf("%s.%s holds %q, not a SHA-256", r.Table, r.Column, s))
				continue
			}
			refs[k] = struct{}{}
		}
		err = rows.Err()
		rows.Close()
		if err != nil {
			return nil, nil, err
		}
	}
	return refs, bad, nil
}

// sumKey parses 64 lowercase hex digits.
func sumKey(s string) ([32]byte, bool) {
	var k [32]byte
	if len(s) != 64 || strings.ToLower(s) != s {
		return k, false
	}
	if _, err := hex.Decode(k[:], []byte(s)); err != nil {
		return k, false
	}
	return k, true
}

func quoteIdent(s string) string { return `"` + strings.ReplaceAll(s, `"`, `""`) + `"` }
