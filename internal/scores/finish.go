package scores

import (
	"context"
	"database/sql"
	"strconv"

	"github.com/ruankao/ruankao/ent"
	"github.com/ruankao/ruankao/ent/schema/pulid"
	"github.com/ruankao/ruankao/ent/scoreimport"
	"github.com/ruankao/ruankao/ent/scorestage"
	"github.com/ruankao/ruankao/internal/clock"
	"github.com/ruankao/ruankao/internal/txn"
)

// The whole file's checks, once every line is staged.
const (
	// A line repeating an earlier line's candidate and subject.
	duplicatesSQL = `SELECT line, first FROM (SELECT line,
		min(line) OVER (PARTITION BY application_id, subject_id) AS first
		FROM score_stages WHERE import_id = $1) x
	WHERE line > first ORDER BY line`
	// A line changing a score of a candidate who holds a certificate.
	certifiedSQL = `SELECT s.line FROM score_stages s
	JOIN scores sc ON sc.application_id = s.application_id AND sc.subject_id = s.subject_id
	WHERE s.import_id = $1 AND (sc.points IS DISTINCT FROM s.points OR sc.absent <> s.absent)
		AND EXISTS (SELECT 1 FROM certificates c WHERE c.application_id = s.application_id)
	ORDER BY s.line`
	// The diff against the current scores.
	diffSQL = `SELECT
		coalesce(sum(CASE WHEN sc.id IS NULL THEN 1 ELSE 0 END), 0),
		coalesce(sum(CASE WHEN sc.id IS NOT NULL AND (sc.points IS DISTINCT FROM s.points OR sc.absent <> s.absent) THEN 1 ELSE 0 END), 0),
		coalesce(sum(CASE WHEN sc.id IS NOT NULL AND sc.points IS NOT DISTINCT FROM s.points AND sc.absent = s.absent THEN 1 ELSE 0 END), 0)
	FROM score_stages s LEFT JOIN scores sc ON sc.application_id = s.application_id AND sc.subject_id = s.subject_id
	WHERE s.import_id = $1`
)

// finish runs the whole file's checks and ends the job READY (nothing
// wrong: it can be applied) or INVALID (its problems listed, nothing kept).
func (s *Service) finish(ctx context.Context, j *job, enc string) error {
	if err := s.wholeFileChecks(ctx, j); err != nil {
		return err
	}
	var added, changed, unchanged int
	if j.problems == 0 {
		if err := s.query(ctx, diffSQL, []any{string(j.imp.ID)}, func(rs *sql.Rows) error {
			return rs.Scan(&added, &changed, &unchanged)
		}); err != nil {
			return err
		}
	}
	if s.postgres() && j.problems == 0 {
		// Apply's plans need the staged table's size (as the seat plan's publish does).
		if err := txn.Run(ctx, s.Client, func(ctx context.Context, c *ent.Client) error {
			_, err := c.ExecContext(ctx, "ANALYZE score_stages")
			return err
		}); err != nil {
			return err
		}
	}
	status := scoreimport.StatusREADY
	if j.problems > 0 {
		status = scoreimport.StatusINVALID
	}
	pending := j.pending
	j.pending = nil
	err := txn.Run(ctx, s.Client, func(ctx context.Context, c *ent.Client) error {
		if err := s.saveProblems(ctx, c, j.imp.ID, pending); err != nil {
			return err
		}
		return c.ScoreImport.UpdateOneID(j.imp.ID).Where(scoreimport.StatusEQ(scoreimport.StatusRUNNING)).
			SetStatus(status).SetEncoding(enc).SetLines(j.lines).SetProblemCount(j.problems).
			SetAdded(added).SetChanged(changed).SetUnchanged(unchanged).SetFinishedAt(clock.Now(ctx)).Exec(ctx)
	})
	if err != nil {
		return err
	}
	if status == scoreimport.StatusINVALID {
		s.dropStage(ctx, j.imp.ID) // all or nothing: an invalid file keeps only its problems
	}
	return nil
}

func (s *Service) wholeFileChecks(ctx context.Context, j *job) error {
	args := []any{string(j.imp.ID)}
	if err := s.query(ctx, duplicatesSQL, args, func(rs *sql.Rows) error {
		var line, first int
		if err := rs.Scan(&line, &first); err != nil {
			return err
		}
		j.add(problem{line: line, code: "DUPLICATE", message: "与第 " + strconv.Itoa(first) + " 行重复（同一考生同一科目）"})
		return nil
	}); err != nil {
		return err
	}
	return s.query(ctx, certifiedSQL, args, func(rs *sql.Rows) error {
		var line int
		if err := rs.Scan(&line); err != nil {
			return err
		}
		j.add(problem{line: line, column: "成绩", code: "CERTIFIED", message: "该考生已取得证书，不能再更改这一科的成绩"})
		return nil
	})
}

// query runs a read row by row: on the read pool, outside any transaction
// (a whole-file check may take seconds), or in a short transaction.
func (s *Service) query(ctx context.Context, q string, args []any, row func(*sql.Rows) error) error {
	each := func(rs *sql.Rows, err error) error {
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
	if s.Reads != nil {
		return each(s.Reads.QueryContext(ctx, s.rebind(q), args...))
	}
	return txn.Run(ctx, s.Client, func(ctx context.Context, c *ent.Client) error {
		return each(c.QueryContext(ctx, s.rebind(q), args...))
	})
}

// dropStage deletes an import's staged rows in chunks of short transactions.
func (s *Service) dropStage(ctx context.Context, importID pulid.ID) {
	for {
		ids, err := s.Client.ScoreStage.Query().Where(scorestage.ImportID(importID)).Limit(chunkLines).IDs(ctx)
		if err != nil || len(ids) == 0 {
			if err != nil {
				s.log().Error("dropping staged scores", "import", importID, "err", err.Error())
			}
			return
		}
		if _, err := s.Client.ScoreStage.Delete().Where(scorestage.IDIn(ids...)).Exec(ctx); err != nil {
			s.log().Error("dropping staged scores", "import", importID, "err", err.Error())
			return
		}
	}
}
