package scores

import (
	"context"
	"encoding/json"

	"github.com/ruankao/ruankao/ent"
	"github.com/ruankao/ruankao/internal/store"
)

// stageRow is one valid line, resolved.
type stageRow struct {
	ID, Application, Subject string
	Line, Points             int // Points -1: absent
}

// One statement a chunk (as internal/seatplan stages seats): six arrays on
// PostgreSQL, one JSON text on SQLite.
const (
	stagePG = `INSERT INTO score_stages (id, import_id, line, application_id, subject_id, points, absent)
	SELECT r.id, $1, r.line, r.app, r.subject, NULLIF(r.points, -1), r.points = -1
	FROM unnest($2::text[], $3::int8[], $4::text[], $5::text[], $6::int8[]) AS r(id, line, app, subject, points)`
	stageSQLite = `INSERT INTO score_stages (id, import_id, line, application_id, subject_id, points, absent)
	SELECT j.value ->> 0, ?1, j.value ->> 1, j.value ->> 2, j.value ->> 3, NULLIF(j.value ->> 4, -1), j.value ->> 4 = -1
	FROM json_each(?2) AS j`
)

func (s *Service) postgres() bool { return s.Dialect == "postgres" }

func (s *Service) insertStage(ctx context.Context, c *ent.Client, importID string, rows []stageRow) error {
	if len(rows) == 0 {
		return nil
	}
	if s.postgres() {
		ids, apps, subs := make([]string, len(rows)), make([]string, len(rows)), make([]string, len(rows))
		lines, points := make([]int64, len(rows)), make([]int64, len(rows))
		for i, r := range rows {
			ids[i], lines[i], apps[i], subs[i], points[i] = r.ID, int64(r.Line), r.Application, r.Subject, int64(r.Points)
		}
		_, err := c.ExecContext(ctx, stagePG, importID, ids, lines, apps, subs, points)
		return err
	}
	arr := make([][5]any, len(rows))
	for i, r := range rows {
		arr[i] = [5]any{r.ID, r.Line, r.Application, r.Subject, r.Points}
	}
	doc, err := json.Marshal(arr)
	if err != nil {
		return err
	}
	_, err = c.ExecContext(ctx, stageSQLite, importID, string(doc))
	return err
}

func (s *Service) rebind(q string) string { return store.Rebind(s.Dialect, q) }
