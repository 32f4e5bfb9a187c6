package scores

import (
	"context"
	"github.com/ruankao/ruankao/internal/counters"
	"github.com/ruankao/ruankao/internal/notify"
	"strings"

	"github.com/ruankao/ruankao/ent"
	"github.com/ruankao/ruankao/ent/schema/pulid"
	"github.com/ruankao/ruankao/ent/scoreimport"
	"github.com/ruankao/ruankao/internal/apperr"
	"github.com/ruankao/ruankao/internal/audit"
	"github.com/ruankao/ruankao/internal/clock"
	"github.com/ruankao/ruankao/internal/txn"
	"github.com/ruankao/ruankao/internal/viewer"
)

// Applying is a few statements over the staged rows in one transaction
// (portable SQL).
const (
	// Who changed which score from what to what: the import is the who.
	changesSQL = `INSERT INTO score_changes (id, import_id, line, application_id, subject_id, points_before, absent_before, points_after, absent_after)
	SELECT 'SX' || substr(s.id, 3), s.import_id, s.line, s.application_id, s.subject_id, sc.points, sc.absent, s.points, s.absent
	FROM score_stages s JOIN scores sc ON sc.application_id = s.application_id AND sc.subject_id = s.subject_id
	WHERE s.import_id = $1 AND (sc.points IS DISTINCT FROM s.points OR sc.absent <> s.absent)`
	// Two statements, not an upsert: ON CONFLICT checks each of 1,000,000
	// rows speculatively (PostgreSQL: 28.8 s against 11.6 s); PostgreSQL
	// sorts the new rows into index order, so the index only grows at its
	// end — SQLite's sort in a temporary file costs more than it saves.
	updateSQL = `UPDATE scores SET points = s.points, absent = s.absent, updated_at = $1
	FROM score_stages s WHERE s.import_id = $2 AND scores.application_id = s.application_id AND scores.subject_id = s.subject_id
		AND (scores.points IS DISTINCT FROM s.points OR scores.absent <> s.absent)`
	insertSQL = `INSERT INTO scores (id, created_at, updated_at, application_id, subject_id, session_id, points, absent)
	SELECT 'SC' || substr(s.id, 3), $1, $1, s.application_id, s.subject_id, $2, s.points, s.absent
	FROM score_stages s WHERE s.import_id = $3
		AND NOT EXISTS (SELECT 1 FROM scores sc WHERE sc.application_id = s.application_id AND sc.subject_id = s.subject_id)
	%s`
	// The absentee rule follows the scores: a ban for every application of
	// the session marked 缺考 in a region whose policy says so, none for one
	// no longer marked (unless lifted already: that stays as history).
	unbanSQL = `DELETE FROM absentee_bans WHERE source_session_id = $1 AND lifted_at IS NULL
		AND NOT EXISTS (SELECT 1 FROM scores sc WHERE sc.application_id = absentee_bans.application_id AND sc.absent)`
	// Driven by the absent scores (a few per cent); an existing ban is skipped
	// through the unique index (ON CONFLICT): a NOT EXISTS planned on an empty
	// table's statistics re-scanned the rows this very statement inserts, 20 s
	// for 48,000 bans on PostgreSQL.
	banSQL = `INSERT INTO absentee_bans (id, created_at, updated_at, candidate_id, region_id, source_session_id, application_id, reason)
	SELECT 'AB' || substr(a.id, 3), $2, $2, a.candidate_id, a.region_id, a.session_id, a.id, $3
	FROM (SELECT DISTINCT sc.application_id FROM scores sc WHERE sc.session_id = $1 AND sc.absent) x
	JOIN applications a ON a.id = x.application_id
	JOIN region_policies rp ON rp.region_id = a.region_id AND rp.session_id = a.session_id
	WHERE rp.absentee_ban
	ON CONFLICT (application_id) DO NOTHING`
	// Certificates already issued freeze their holders' scores.
	certifiedChangeSQL = `SELECT count(*) FROM score_stages s
	JOIN scores sc ON sc.application_id = s.application_id AND sc.subject_id = s.subject_id
	WHERE s.import_id = $1 AND (sc.points IS DISTINCT FROM s.points OR sc.absent <> s.absent)
		AND EXISTS (SELECT 1 FROM certificates c WHERE c.application_id = s.application_id)`
)

// Apply makes a READY import's scores the session's, all at once: the
// changes recorded, the scores written, the absentee bans brought in line,
// other READY imports of the session superseded (their diffs are stale).
func (s *Service) Apply(ctx context.Context, importID pulid.ID) (*ent.ScoreImport, apperr.Problems, error) {
	ctx = s.ctx(ctx)
	if err := nationalOrShell(ctx, "导入成绩"); err != nil {
		return nil, nil, err
	}
	v := viewer.From(ctx)
	imp, err := s.Client.ScoreImport.Get(ctx, importID)
	if ent.IsNotFound(err) {
		return nil, nil, apperr.NotFoundf("成绩导入")
	}
	if err != nil {
		return nil, nil, err
	}
	var ps apperr.Problems
	switch imp.Status {
	case scoreimport.StatusAPPLIED:
		return imp, nil, nil // a retried request
	case scoreimport.StatusREADY:
	default:
		ps.Add(apperr.WrongState, "只有校验通过（READY）的导入可以生效", "importId")
		return imp, ps, nil
	}
	sys := viewer.SystemContext(ctx)
	sess, err := s.Client.ExamSession.Get(sys, imp.SessionID)
	if err != nil {
		return nil, nil, err
	}
	err = txn.Run(sys, s.Client, func(ctx context.Context, c *ent.Client) error {
		// Re-read in the transaction: two admins applying at once apply once.
		cur, err := c.ScoreImport.Get(ctx, imp.ID)
		if err != nil {
			return err
		}
		if cur.Status != scoreimport.StatusREADY {
			ps.Add(apperr.WrongState, "这次导入已不能生效（"+string(cur.Status)+"）", "importId")
			return nil
		}
		var certified int
		if err := scanOne(ctx, c, s.rebind(certifiedChangeSQL), []any{string(imp.ID)}, &certified); err != nil {
			return err
		}
		if certified > 0 {
			ps.Add(apperr.WrongState, "校验之后又有考生取得了证书，其成绩不能再改：请重新导入", "importId")
			return nil
		}
		now := clock.Now(ctx)
		steps := []struct {
			q    string
			args []any
		}{
			{changesSQL, []any{string(imp.ID)}},
			{updateSQL, []any{now, string(imp.ID)}},
			{s.insertStatement(), []any{now, string(sess.ID), string(imp.ID)}},
			{s.analyzeScores(), nil},
			{unbanSQL, []any{string(sess.ID)}},
			{banSQL, []any{string(sess.ID), now, sess.Name + "有缺考科目（缺考1科即视为缺考）"}},
		}
		if s.postgres() {
			// The new rows' sort in memory, for this transaction only.
			steps = append([]struct {
				q    string
				args []any
			}{{"SET LOCAL work_mem = '256MB'", nil}}, steps...)
		}
		for _, st := range steps {
			if _, err := c.ExecContext(ctx, s.rebind(st.q), st.args...); err != nil {
				return err
			}
		}
		if err := counters.ResultsChanged(ctx, c, s.Dialect, sess.ID); err != nil {
			return err
		}
		// The bans just made are told of; a ban kept from an earlier
		// import was told of then (the message key is the application's).
		if err := notify.Fan(ctx, c, notify.Broadcast{Kind: notify.AbsenteeBan, Session: sess.ID,
			Key: "ABSENTEE_BAN:" + string(imp.ID)}); err != nil {
			return err
		}
		if err := c.ScoreImport.UpdateOneID(imp.ID).SetStatus(scoreimport.StatusAPPLIED).SetAppliedAt(now).
			SetNillableAppliedByID(staffID(v)).Exec(ctx); err != nil {
			return err
		}
		if err := c.ScoreImport.Update().Where(scoreimport.SessionID(sess.ID), scoreimport.IDNEQ(imp.ID),
			scoreimport.StatusEQ(scoreimport.StatusREADY)).SetStatus(scoreimport.StatusSUPERSEDED).Exec(ctx); err != nil {
			return err
		}
		return audit.Record(viewer.With(ctx, v), c, audit.Entry{Action: "scores.apply", RecordType: "ScoreImport", RecordID: string(imp.ID),
			After: map[string]any{"session": sess.Code, "added": cur.Added, "changed": cur.Changed, "unchanged": cur.Unchanged}})
	})
	if err != nil || ps.Any() {
		return imp, ps, err
	}
	s.wg.Add(1)
	go func() {
		defer s.wg.Done()
		s.dropStage(context.WithoutCancel(sys), imp.ID)
	}()
	imp, err = s.Client.ScoreImport.Get(sys, imp.ID)
	return imp, nil, err
}

// analyzeScores: on PostgreSQL the next statements' plans need the rows just
// written (ANALYZE counts its own transaction's); SQLite plans by indexes.
func (s *Service) analyzeScores() string {
	if s.postgres() {
		return "ANALYZE scores"
	}
	return "SELECT 1"
}

func (s *Service) insertStatement() string {
	order := ""
	if s.postgres() {
		order = "ORDER BY s.application_id, s.subject_id"
	}
	return strings.Replace(insertSQL, "%s", order, 1)
}

func staffID(v viewer.Viewer) *pulid.ID {
	if v.IsStaff() {
		return &v.ID
	}
	return nil
}

func scanOne(ctx context.Context, c *ent.Client, q string, args []any, dst ...any) error {
	rs, err := c.QueryContext(ctx, q, args...)
	if err != nil {
		return err
	}
	defer rs.Close()
	if rs.Next() {
		if err := rs.Scan(dst...); err != nil {
			return err
		}
	}
	return rs.Err()
}
