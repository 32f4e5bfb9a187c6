package cancellation

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"errors"
	"fmt"
	"time"

	"github.com/ruankao/ruankao/ent"
	entcx "github.com/ruankao/ruankao/ent/cancellation"
	"github.com/ruankao/ruankao/ent/cancellationrefund"
	"github.com/ruankao/ruankao/ent/paymentorder"
	"github.com/ruankao/ruankao/ent/schema/pulid"
	"github.com/ruankao/ruankao/internal/audit"
	"github.com/ruankao/ruankao/internal/clock"
	"github.com/ruankao/ruankao/internal/txn"
	"github.com/ruankao/ruankao/internal/viewer"
)

// JobName names the refund job in logs and the audit log.
const JobName = "cancellation.refunds"

// batch bounds the orders read at once; each is its own short transactions
// around one gateway call.
const batch = 50

// Progress is what one run of the job did.
type Progress struct {
	Refunded, Failed, Waiting int
	Done                      bool
	// Skipped: another instance holds the job.
	Skipped bool
}

// ErrNoRefunder: paid orders wait because no payment gateway is configured.
var ErrNoRefunder = errors.New("cancellation: no payment gateway to refund through")

// Process refunds the paid orders of a confirmed cancellation and marks it
// DONE when none is left. Safe to run on several instances at once and again
// after a crash: a lease on the cancellation keeps the work to one instance
// at a time, each order's CancellationRefund row (unique per order) is
// written before the gateway is asked, and the payment path asks again with
// the same refund number, so no order is refunded twice. An order the
// gateway could not refund this time stays PENDING for the next run (Loop,
// every minute), which takes only what is left.
func (s *Service) Process(ctx context.Context, id pulid.ID) (Progress, error) {
	ctx = viewer.SystemContext(ctx)
	var pr Progress
	holder, ok, err := s.claim(ctx, id)
	if err != nil || !ok {
		pr.Skipped = !ok
		return pr, err
	}
	defer s.release(ctx, id, holder)
	x, err := s.Client.Cancellation.Get(ctx, id)
	if err != nil || x.State != Confirmed {
		return pr, err
	}
	actor, err := s.actor(ctx, x)
	if err != nil {
		return pr, err
	}
	sc := scopeOf(x)
	var errs []error
	after := pulid.ID("")
	for {
		orders, err := s.Client.PaymentOrder.Query().Where(refundable(sc), paymentorder.IDGT(after),
			// One the gateway refused for good waits for an admin, not for us.
			paymentorder.Or(paymentorder.RefundStatusIsNil(), paymentorder.RefundStatusNEQ(paymentorder.RefundStatusFAILED))).
			Order(ent.Asc(paymentorder.FieldID)).Limit(batch).All(ctx)
		if err != nil {
			return pr, err
		}
		for _, o := range orders {
			after = o.ID
			if err := s.refundOne(ctx, actor, x, o, &pr); err != nil {
				errs = append(errs, fmt.Errorf("order %s: %w", o.OutTradeNo, err))
			}
			if err := s.renew(ctx, id, holder); err != nil {
				return pr, errors.Join(append(errs, err)...)
			}
		}
		if len(orders) < batch {
			break
		}
	}
	done, err := s.settle(ctx, x)
	pr.Done = done
	if err != nil {
		errs = append(errs, err)
	}
	runErr := errors.Join(errs...)
	if runErr != nil {
		msg := runErr.Error()
		if len(msg) > 500 {
			msg = msg[:500]
		}
		_ = s.Client.Cancellation.UpdateOneID(id).SetLastError(msg).Exec(ctx)
	}
	return pr, runErr
}

// refundOne records the order's refund row (once, whatever runs it) and
// asks the payment path for the refund, outside any transaction.
func (s *Service) refundOne(ctx, actor context.Context, x *ent.Cancellation, o *ent.PaymentOrder, pr *Progress) error {
	err := s.Client.CancellationRefund.Create().SetCancellationID(x.ID).SetOrderID(o.ID).SetApplicationID(o.ApplicationID).
		SetRegionID(x.RegionID).SetAmountFen(o.AmountFen).OnConflictColumns(cancellationrefund.FieldOrderID).Ignore().Exec(ctx)
	if err != nil {
		return err
	}
	row, err := s.Client.CancellationRefund.Query().Where(cancellationrefund.OrderID(o.ID)).Only(ctx)
	if err != nil {
		return err
	}
	if row.CancellationID != x.ID || row.State == cancellationrefund.StateREFUNDED {
		return nil // another cancellation's, or finished: settle reconciles it
	}
	if s.Refunds == nil {
		pr.Waiting++
		return ErrNoRefunder
	}
	ended, err := s.Refunds.RefundCancelled(actor, o.ID, forGateway(x.Reason))
	if err != nil {
		pr.Failed++
		return errors.Join(err, s.Client.CancellationRefund.UpdateOneID(row.ID).AddAttempts(1).SetLastError(short(err)).Exec(ctx))
	}
	if !ended {
		pr.Waiting++ // the gateway is processing; the payment job asks again
		return s.Client.CancellationRefund.UpdateOneID(row.ID).AddAttempts(1).Exec(ctx)
	}
	return s.record(ctx, row, pr)
}

// record brings a refund row in line with its order after the gateway's end.
func (s *Service) record(ctx context.Context, row *ent.CancellationRefund, pr *Progress) error {
	o, err := s.Client.PaymentOrder.Get(ctx, row.OrderID)
	if err != nil {
		return err
	}
	u := s.Client.CancellationRefund.UpdateOneID(row.ID).Where(cancellationrefund.StateNEQ(cancellationrefund.StateREFUNDED)).AddAttempts(1)
	switch {
	case row.State == cancellationrefund.StateFAILED && o.Status != paymentorder.StatusREFUNDED:
		return nil // still the admin's
	case o.Status == paymentorder.StatusREFUNDED:
		pr.Refunded++
		u.SetState(cancellationrefund.StateREFUNDED).SetRefundedAt(clock.Now(ctx))
	case o.RefundStatus != nil && *o.RefundStatus == paymentorder.RefundStatusFAILED:
		pr.Failed++
		u.SetState(cancellationrefund.StateFAILED).SetLastError("支付平台退款失败，请地区管理员核查后通过 refundPayment 重新退费")
	default:
		return nil
	}
	err = u.Exec(ctx)
	if ent.IsNotFound(err) {
		return nil // another run recorded it
	}
	return err
}

// settle counts the refunds, finishes rows the payment job completed since,
// and marks the cancellation DONE once no paid order of its scope is left
// and no refund is pending, in one short transaction with its audit entry.
func (s *Service) settle(ctx context.Context, x *ent.Cancellation) (bool, error) {
	var pr Progress
	// FAILED rows too: a region admin may since have refunded the order
	// through refundPayment, which then counts as done here.
	pending, err := s.Client.CancellationRefund.Query().Where(cancellationrefund.CancellationID(x.ID),
		cancellationrefund.StateIn(cancellationrefund.StatePENDING, cancellationrefund.StateFAILED)).All(ctx)
	if err != nil {
		return false, err
	}
	for _, row := range pending {
		if err := s.record(ctx, row, &pr); err != nil {
			return false, err
		}
	}
	var done bool
	err = txn.Run(ctx, s.Client, func(ctx context.Context, c *ent.Client) error {
		rows, err := c.CancellationRefund.Query().Where(cancellationrefund.CancellationID(x.ID)).All(ctx)
		if err != nil {
			return err
		}
		var refunded, open int
		var fen int64
		for _, r := range rows {
			switch r.State {
			case cancellationrefund.StateREFUNDED:
				refunded++
				fen += r.AmountFen
			default:
				open++
			}
		}
		left, err := c.PaymentOrder.Query().Where(refundable(scopeOf(x))).Count(ctx)
		if err != nil {
			return err
		}
		// An order still open at the gateway may yet be paid (payApplication
		// refuses new ones, not the QR code a candidate holds): the job waits
		// until the payment job closes or settles it, then refunds it too.
		inFlight, err := c.PaymentOrder.Query().Where(paymentorder.StatusEQ(paymentorder.StatusPENDING),
			paymentorder.HasApplicationWith(inScope(scopeOf(x)))).Exist(ctx)
		if err != nil {
			return err
		}
		u := c.Cancellation.UpdateOneID(x.ID).Where(entcx.StateEQ(Confirmed)).
			SetRefundsTotal(len(rows) + max(0, left-open)).SetRefundsDone(refunded).SetRefundedFen(fen)
		done = open == 0 && left == 0 && !inFlight
		if done {
			u.SetState(Done).SetDoneAt(clock.Now(ctx)).ClearLastError()
		}
		if err := u.Exec(ctx); err != nil {
			if ent.IsNotFound(err) {
				done = false
				return nil // done by another run
			}
			return err
		}
		if !done {
			return nil
		}
		return audit.Record(ctx, c, audit.Entry{Action: "job." + JobName, RecordType: "Cancellation", RecordID: string(x.ID),
			RegionID: x.RegionID, After: map[string]any{"refunded": refunded, "refundedFen": fen, "state": string(Done)}})
	})
	return done, err
}

// actor is the admin who confirmed the cancellation: the refunds are theirs
// (the order's refunded_by, the REFUNDED move's staff in the history).
func (s *Service) actor(ctx context.Context, x *ent.Cancellation) (context.Context, error) {
	if x.ConfirmedByID == nil {
		return nil, fmt.Errorf("cancellation %s confirmed by nobody", x.ID)
	}
	u, err := s.Client.StaffUser.Get(ctx, *x.ConfirmedByID)
	if err != nil {
		return nil, err
	}
	v := viewer.Viewer{Kind: viewer.Staff, ID: u.ID, Role: u.Role}
	if u.RegionID != nil {
		v.RegionID = *u.RegionID
	}
	return viewer.With(ctx, v), nil
}

// claim takes the cancellation's lease: a conditional update, atomic on
// both databases, so of instances that try at once exactly one wins.
func (s *Service) claim(ctx context.Context, id pulid.ID) (string, bool, error) {
	var b [8]byte
	_, _ = rand.Read(b[:])
	holder := hex.EncodeToString(b[:])
	now := clock.Now(ctx)
	n, err := s.Client.Cancellation.Update().Where(entcx.ID(id), entcx.StateEQ(Confirmed),
		entcx.Or(entcx.LeaseUntilIsNil(), entcx.LeaseUntilLT(now))).
		SetLeaseUntil(now.Add(s.lease())).SetLeaseHolder(holder).Save(ctx)
	return holder, n == 1, err
}

func (s *Service) renew(ctx context.Context, id pulid.ID, holder string) error {
	return s.Client.Cancellation.Update().Where(entcx.ID(id), entcx.LeaseHolder(holder)).
		SetLeaseUntil(clock.Now(ctx).Add(s.lease())).Exec(ctx)
}

func (s *Service) release(ctx context.Context, id pulid.ID, holder string) {
	_ = s.Client.Cancellation.Update().Where(entcx.ID(id), entcx.LeaseHolder(holder)).
		ClearLeaseUntil().ClearLeaseHolder().Exec(context.WithoutCancel(ctx))
}

// RunDue works every confirmed cancellation not yet done: the refunds a
// crash, a gateway failure or a lost instance left.
func (s *Service) RunDue(ctx context.Context) (int, error) {
	ctx = viewer.SystemContext(ctx)
	ids, err := s.Client.Cancellation.Query().Where(entcx.StateEQ(Confirmed)).IDs(ctx)
	if err != nil {
		return 0, err
	}
	var errs []error
	worked := 0
	for _, id := range ids {
		pr, err := s.Process(ctx, id)
		if err != nil {
			errs = append(errs, err)
		}
		worked += pr.Refunded
	}
	return worked, errors.Join(errs...)
}

// Loop runs RunDue at once and then every interval until ctx ends, on
// every instance (the leases decide who works).
func (s *Service) Loop(ctx context.Context, interval time.Duration) {
	tick := time.NewTicker(interval)
	defer tick.Stop()
	for {
		if n, err := s.RunDue(ctx); err != nil && ctx.Err() == nil {
			s.log().Warn("job incomplete", "job", JobName, "refunded", n, "err", err.Error())
		} else if n > 0 {
			s.log().Info("cancellation refunds", "job", JobName, "refunded", n)
		}
		select {
		case <-ctx.Done():
			return
		case <-tick.C:
		}
	}
}

func short(err error) string {
	s := err.Error()
	if len(s) > 300 {
		return s[:300]
	}
	return s
}
