package store

import (
	"context"
	"database/sql"
	"fmt"

	"github.com/ruankao/ruankao/ent/examarea"
	"github.com/ruankao/ruankao/ent/examroom"
	"github.com/ruankao/ruankao/ent/examsession"
	"github.com/ruankao/ruankao/ent/examsite"
	"github.com/ruankao/ruankao/ent/notice"
	"github.com/ruankao/ruankao/ent/offering"
	"github.com/ruankao/ruankao/ent/qualification"
	"github.com/ruankao/ruankao/ent/region"
	"github.com/ruankao/ruankao/ent/regionpolicy"
	"github.com/ruankao/ruankao/ent/rejectionreason"
	"github.com/ruankao/ruankao/ent/subject"
)

// listSizes name, for each catalog list of the GraphQL schema, the table
// holding its items and the column grouping them under their parent (empty
// for a top-level list).
var listSizes = []struct{ field, table, parent string }{
	{"Query.regions", region.Table, ""},
	{"Query.qualifications", qualification.Table, ""},
	{"Query.examSessions", examsession.Table, ""},
	{"Query.rejectionReasons", rejectionreason.Table, ""},
	{"ExamSession.offerings", offering.Table, offering.FieldSessionID},
	{"Qualification.offerings", offering.Table, offering.FieldQualificationID},
	{"ExamSession.policies", regionpolicy.Table, regionpolicy.FieldSessionID},
	{"Region.policies", regionpolicy.Table, regionpolicy.FieldRegionID},
	{"Region.areas", examarea.Table, examarea.FieldRegionID},
	{"Region.notices", notice.Table, notice.FieldRegionID},
	{"Region.children", region.Table, region.FieldParentID},
	{"Qualification.subjects", subject.Table, subject.FieldQualificationID},
	{"ExamArea.sites", examsite.Table, examsite.FieldAreaID},
	{"ExamSite.rooms", examroom.Table, examroom.FieldSiteID},
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
