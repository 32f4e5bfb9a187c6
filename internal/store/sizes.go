package store

import (
	"context"
	"database/sql"
	"fmt"
)

// listSizes name, for each catalog list of the GraphQL schema, the table
// holding its items and the column grouping them under their parent (empty
// for a top-level list).
var listSizes = []struct{ field, table, parent string }{
	{"Query.regions", "regions", ""},
	{"Query.qualifications", "qualifications", ""},
	{"Query.examSessions", "exam_sessions", ""},
	{"Query.rejectionReasons", "rejection_reasons", ""},
	{"ExamSession.offerings", "offerings", "session_id"},
	{"Qualification.offerings", "offerings", "qualification_id"},
	{"ExamSession.policies", "region_policies", "session_id"},
	{"Region.policies", "region_policies", "region_id"},
	{"Region.areas", "exam_areas", "region_id"},
	{"Region.notices", "notices", "region_id"},
	{"Region.children", "regions", "parent_id"},
	{"Qualification.subjects", "subjects", "qualification_id"},
	{"ExamArea.sites", "exam_sites", "area_id"},
	{"ExamSite.rooms", "exam_rooms", "site_id"},
}

// ListSizes reads the real size of every catalog list: the most items any
// one parent holds. The complexity limit multiplies by these, so a query's
// cost follows the data it can return. It counts raw rows, past privacy:
// numbers of catalog entries are public.
func (d *DB) ListSizes(ctx context.Context) (map[string]int, error) {
	out := make(map[string]int, len(listSizes))
	for _, l := range listSizes {
		q := "SELECT COUNT(*) FROM " + l.table
		if l.parent != "" {
			q = fmt.Sprintf("SELECT COALESCE(MAX(n), 0) FROM (SELECT COUNT(*) AS n FROM %s WHERE %s IS NOT NULL GROUP BY %s) t",
				l.table, l.parent, l.parent)
		}
		var n sql.NullInt64
		if err := d.reads().QueryRowContext(ctx, q).Scan(&n); err != nil {
			return nil, fmt.Errorf("size of %s: %w", l.field, err)
		}
		out[l.field] = int(n.Int64)
	}
	return out, nil
}
