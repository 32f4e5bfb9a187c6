// Package jobs runs the background work: every minute (and at start) it makes
// the moves time has made due — drafts lapse when the window closes, review
// opens for regions that review afterwards, rejected and unpaid applications
// lapse past their deadlines. Reads of one application make the same moves
// at once, so this only keeps lists and counts within a minute.
package jobs

import (
	"context"
	"database/sql"
	"log/slog"
	"time"

	"github.com/ruankao/ruankao/ent"
	"github.com/ruankao/ruankao/ent/application"
	"github.com/ruankao/ruankao/ent/jobrun"
	"github.com/ruankao/ruankao/ent/paymentorder"
	"github.com/ruankao/ruankao/ent/regionpolicy"
	"github.com/ruankao/ruankao/ent/schema/pulid"
	"github.com/ruankao/ruankao/internal/apply"
	"github.com/ruankao/ruankao/internal/audit"
	"github.com/ruankao/ruankao/internal/clock"
	"github.com/ruankao/ruankao/internal/enum"
	"github.com/ruankao/ruankao/internal/txn"
	"github.com/ruankao/ruankao/internal/viewer"
)

// Name of the time-driven moves job in job runs and the audit log.
const Name = "application.time_moves"

// batch bounds one transaction (a few statements per application, so the
// write lock is held briefly); the loop takes the next batch at once.
const batch = 50

// lockKey is the PostgreSQL advisory lock that keeps several instances from
// running the job at once (any 64-bit constant, the same everywhere).
const lockKey = 7_261_126_0001

// Runner runs the job on one database.
type Runner struct {
	Client  *ent.Client
	DB      *sql.DB
	Dialect string
	Log     *slog.Logger
	// Reconcile settles or closes payment orders the gateway has news of
	// (payment.Service.Reconcile); it runs first, under the same lock, so an
	// unpaid application lapses only once its order is known unpaid. nil: none.
	Reconcile func(context.Context) (int, error)
}

// RunDue makes every due move and records the run. Safe to call from several
// instances: on PostgreSQL only the holder of the advisory lock works.
func (r *Runner) RunDue(ctx context.Context) (int, error) {
	ctx = viewer.SystemContext(ctx)
	if r.Dialect == "postgres" {
		conn, err := r.DB.Conn(ctx)
		if err != nil {
			return 0, err
		}
		defer conn.Close()
		var got bool
		if err := conn.QueryRowContext(ctx, "SELECT pg_try_advisory_lock($1)", lockKey).Scan(&got); err != nil {
			return 0, err
		}
		if !got {
			return 0, nil // another instance is on it
		}
		defer conn.ExecContext(context.WithoutCancel(ctx), "SELECT pg_advisory_unlock($1)", lockKey) //nolint:errcheck
	}
	started := clock.Now(ctx)
	run, err := r.Client.JobRun.Create().SetName(Name).SetStartedAt(started).Save(ctx)
	if err != nil {
		return 0, err
	}
	if r.Reconcile != nil {
		if n, err := r.Reconcile(ctx); err != nil {
			r.Log.Warn("payment reconciliation incomplete", "job", Name, "orders", n, "err", err.Error())
		} else if n > 0 {
			r.Log.Info("payment reconciliation", "job", Name, "orders", n)
		}
	}
	moved, runErr := r.moveAll(ctx)
	upd := run.Update().SetFinishedAt(clock.Now(ctx)).SetAffected(moved)
	if runErr != nil {
		upd.SetStatus(jobrun.StatusFAILED).SetDetail(runErr.Error())
	} else {
		upd.SetStatus(jobrun.StatusOK)
	}
	if err := upd.Exec(ctx); err != nil {
		return moved, err
	}
	if moved > 0 {
		if err := audit.Record(ctx, r.Client, audit.Entry{Action: "job." + Name, RecordType: "JobRun",
			RecordID: string(run.ID), After: map[string]any{"moved": moved}}); err != nil {
			return moved, err
		}
	}
	return moved, runErr
}

// moveAll finds the applications whose region's deadlines have passed.
func (r *Runner) moveAll(ctx context.Context) (int, error) {
	now := clock.Now(ctx)
	policies, err := r.Client.RegionPolicy.Query().Where(regionpolicy.Or(
		regionpolicy.RegistrationClosesAtLTE(now), regionpolicy.CorrectionClosesAtLTE(now), regionpolicy.PaymentClosesAtLTE(now),
	)).All(ctx)
	if err != nil {
		return 0, err
	}
	moved := 0
	for _, p := range policies {
		var due []enum.ApplicationStatus
		if !now.Before(p.RegistrationClosesAt) {
			due = append(due, enum.StatusDraft, enum.StatusSubmitted)
		}
		if !now.Before(p.CorrectionClosesAt) {
			due = append(due, enum.StatusRejected)
		}
		if !now.Before(p.PaymentClosesAt) {
			due = append(due, enum.StatusAwaitingPayment)
		}
		for {
			ids, err := r.Client.Application.Query().Where(application.RegionID(p.RegionID), application.SessionID(p.SessionID),
				application.StatusIn(due...),
				// An unpaid one with a live order waits for the payment reconciliation (apply.awaitsGateway).
				application.Not(application.HasPaymentOrdersWith(paymentorder.StatusEQ(paymentorder.StatusPENDING)))).
				Limit(batch).IDs(ctx)
			if err != nil {
				return moved, err
			}
			if len(ids) == 0 {
				break
			}
			n, err := r.moveBatch(ctx, ids)
			moved += n
			if err != nil {
				return moved, err
			}
			if n == 0 {
				break // nothing moved: do not loop on rows that are not due after all
			}
		}
	}
	return moved, nil
}

func (r *Runner) moveBatch(ctx context.Context, ids []pulid.ID) (int, error) {
	var moved int
	err := txn.Run(ctx, r.Client, func(ctx context.Context, c *ent.Client) (err error) {
		moved, err = apply.AdvanceAll(ctx, c, ids)
		return err
	})
	if err != nil {
		return 0, err
	}
	return moved, nil
}

// Loop runs the job at once and then every interval until ctx ends.
func (r *Runner) Loop(ctx context.Context, interval time.Duration) {
	tick := time.NewTicker(interval)
	defer tick.Stop()
	for {
		if n, err := r.RunDue(ctx); err != nil {
			r.Log.Error("job failed", "job", Name, "err", err.Error())
		} else if n > 0 {
			r.Log.Info("job moved applications", "job", Name, "moved", n)
		}
		select {
		case <-ctx.Done():
			return
		case <-tick.C:
		}
	}
}
