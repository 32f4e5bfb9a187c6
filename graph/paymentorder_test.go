package graph_test

import (
	"testing"
	"time"

	"github.com/ruankao/ruankao/ent"
	"github.com/ruankao/ruankao/ent/paymentorder"
	"github.com/ruankao/ruankao/ent/schema/pulid"
	"github.com/ruankao/ruankao/internal/testenv"
)

// Never two live (PENDING) payment orders for one application: the
// database refuses the second, whatever code writes it, on SQLite and
// PostgreSQL alike; closed orders do not count.
func TestOneLiveOrderPerApplicationIsEnforcedByTheDatabase(t *testing.T) {
	env := startCrowded(t, nil)
	a := newApplicant(t, env, crowd("payer", 1)[0])
	app := pulid.ID(a.save(t, "", a.fullForm(t, "210000", "沈阳考区", "210000")).Application.ID)
	ctx, c := testenv.System(), env.DB.Client
	order := func(no string, st paymentorder.Status) error {
		return c.PaymentOrder.Create().SetApplicationID(app).SetOutTradeNo(no).SetAmountFen(11000).
			SetProvider("wechatpay").SetExpiresAt(time.Now().Add(time.Hour)).SetStatus(st).Exec(ctx)
	}
	if err := order("RK-T-1", paymentorder.StatusPENDING); err != nil {
		t.Fatal(err)
	}
	if err := order("RK-T-2", paymentorder.StatusPENDING); !ent.IsConstraintError(err) {
		t.Fatalf("a second live order: %v", err)
	}
	if err := order("RK-T-3", paymentorder.StatusCLOSED); err != nil {
		t.Fatalf("a closed order beside the live one: %v", err)
	}
	c.PaymentOrder.Update().Where(paymentorder.OutTradeNo("RK-T-1")).SetStatus(paymentorder.StatusCLOSED).ExecX(ctx)
	if err := order("RK-T-2", paymentorder.StatusPENDING); err != nil {
		t.Fatalf("a new order once the live one is closed: %v", err)
	}
}
