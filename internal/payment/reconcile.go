package payment

import (
	"context"
	"errors"
	"sync"
	"sync/atomic"
	"time"

	"github.com/ruankao/ruankao/ent"
	"github.com/ruankao/ruankao/ent/paymentorder"
	"github.com/ruankao/ruankao/internal/clock"
	"github.com/ruankao/ruankao/internal/viewer"
)

// Reconciliation bounds: a batch of orders at a time, asked about by a few
// workers at once (the gateway limits each merchant's rate), within a budget
// that keeps one run inside the job's minute.
const (
	reconcileBatch   = 500
	reconcileWorkers = 8
	reconcileBudget  = 45 * time.Second
	// quietAfter: an order unpaid this long may have lost its notification;
	// it is asked about then and every checkEvery after.
	quietAfter = 2 * time.Minute
	checkEvery = 5 * time.Minute
)

// Reconcile settles what notifications did not tell: expired pending orders
// are asked about and closed (or settled), quiet pending orders are asked
// about, and refunds still processing are asked again. It runs in the
// time-driven job before the lapses, so an unpaid application lapses only
// once its order is known to be unpaid and closed. It returns how many
// orders changed state.
func (s *Service) Reconcile(ctx context.Context) (int, error) {
	ctx = viewer.SystemContext(s.ctx(ctx))
	start := clock.Now(ctx)
	deadline := time.Now().Add(reconcileBudget)
	var changed atomic.Int64
	var firstErr error
	runBatch := func(orders []*ent.PaymentOrder, work func(context.Context, *ent.PaymentOrder) (bool, error)) {
		var wg sync.WaitGroup
		var mu sync.Mutex
		next := make(chan *ent.PaymentOrder)
		for range reconcileWorkers {
			wg.Add(1)
			go func() {
				defer wg.Done()
				for o := range next {
					ok, err := work(ctx, o)
					if err != nil {
						s.log().WarnContext(ctx, "payment reconciliation", "order", o.OutTradeNo, "err", err.Error())
						mu.Lock()
						if firstErr == nil {
							firstErr = err
						}
						mu.Unlock()
						continue
					}
					if ok {
						changed.Add(1)
					}
				}
			}()
		}
		for _, o := range orders {
			next <- o
		}
		close(next)
		wg.Wait()
	}
	phases := []struct {
		query func() ([]*ent.PaymentOrder, error)
		work  func(context.Context, *ent.PaymentOrder) (bool, error)
	}{
		{ // expired: asked, then closed or settled
			func() ([]*ent.PaymentOrder, error) {
				return s.Client.PaymentOrder.Query().Where(paymentorder.StatusEQ(paymentorder.StatusPENDING),
					paymentorder.ExpiresAtLTE(start)).Order(ent.Asc(paymentorder.FieldExpiresAt)).Limit(reconcileBatch).All(ctx)
			},
			func(ctx context.Context, o *ent.PaymentOrder) (bool, error) {
				_, err := s.retire(ctx, o, "job")
				return err == nil, err
			},
		},
		{ // quiet: a lost notification is found by asking
			func() ([]*ent.PaymentOrder, error) {
				return s.Client.PaymentOrder.Query().Where(paymentorder.StatusEQ(paymentorder.StatusPENDING),
					paymentorder.ExpiresAtGT(start), paymentorder.CreatedAtLTE(start.Add(-quietAfter)),
					paymentorder.Or(paymentorder.GatewayCheckedAtIsNil(), paymentorder.GatewayCheckedAtLTE(start.Add(-checkEvery)))).
					Order(ent.Asc(paymentorder.FieldCreatedAt)).Limit(reconcileBatch).All(ctx)
			},
			func(ctx context.Context, o *ent.PaymentOrder) (bool, error) {
				out, err := s.check(ctx, o, "job")
				if errors.Is(err, ErrOrderNotFound) {
					// Never placed; it is closed at its expiry. Not asked again till then.
					return false, s.Client.PaymentOrder.UpdateOne(o).SetGatewayCheckedAt(clock.Now(ctx)).Exec(ctx)
				}
				return err == nil && out != NotPaid && out != AlreadySettled, err
			},
		},
		{ // refunds the gateway was still processing
			func() ([]*ent.PaymentOrder, error) {
				return s.Client.PaymentOrder.Query().Where(paymentorder.RefundStatusEQ(paymentorder.RefundStatusPENDING)).
					Limit(reconcileBatch).All(ctx)
			},
			func(ctx context.Context, o *ent.PaymentOrder) (bool, error) {
				if s.Refunder == nil {
					return false, nil
				}
				done, err := s.askRefund(ctx, o)
				return done, err
			},
		},
	}
	for _, p := range phases {
		for time.Now().Before(deadline) && ctx.Err() == nil {
			orders, err := p.query()
			if err != nil {
				return int(changed.Load()), err
			}
			before := changed.Load()
			runBatch(orders, p.work)
			// A batch that changed nothing would be read again unchanged.
			if len(orders) < reconcileBatch || changed.Load() == before {
				break
			}
		}
	}
	return int(changed.Load()), firstErr
}
