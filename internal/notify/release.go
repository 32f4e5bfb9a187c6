package notify

import (
	"context"

	"github.com/ruankao/ruankao/ent"
	"github.com/ruankao/ruankao/ent/examsession"
	"github.com/ruankao/ruankao/ent/fanout"
	"github.com/ruankao/ruankao/ent/score"
	"github.com/ruankao/ruankao/internal/clock"
	"github.com/ruankao/ruankao/internal/viewer"
)

// ReleaseDue writes the "scores released" broadcast of every session whose
// release time has passed and that has scores: the release is an instant on
// the session, not a transaction, so the sender's loop makes it once
// (its key is the session's).
func ReleaseDue(ctx context.Context, client *ent.Client) error {
	ctx = viewer.SystemContext(ctx)
	sessions, err := client.ExamSession.Query().Where(examsession.ScoreReleaseAtLTE(clock.Now(ctx))).All(ctx)
	if err != nil {
		return err
	}
	for _, s := range sessions {
		key := "SCORES_RELEASED:" + string(s.ID)
		done, err := client.Fanout.Query().Where(fanout.IdempotencyKey(key)).Exist(ctx)
		if err != nil || done {
			return err
		}
		has, err := client.Score.Query().Where(score.SessionID(s.ID)).Exist(ctx)
		if err != nil {
			return err
		}
		if !has {
			continue
		}
		err = Fan(ctx, client, Broadcast{Kind: ScoresReleased, Session: s.ID, Key: key})
		if err != nil && !ent.IsConstraintError(err) {
			return err
		}
	}
	return nil
}
