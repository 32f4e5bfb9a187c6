package payment

import (
	"testing"
	"time"

	"github.com/ruankao/ruankao/ent"
	"github.com/ruankao/ruankao/ent/paymentorder"
)

// What the reconciliation says of an order beside the gateway's statement.
func TestCompareWithTheStatement(t *testing.T) {
	start := time.Date(2026, 3, 1, 16, 0, 0, 0, time.UTC) // 2026-03-02 in Shanghai
	end := start.Add(24 * time.Hour)
	in, out := start.Add(time.Hour), start.Add(-time.Hour)
	state := func(s string) *string { return &s }
	fen := func(v int64) *int64 { return &v }
	paid := func(no string, at time.Time) *ent.PaymentOrder {
		return &ent.PaymentOrder{OutTradeNo: no, AmountFen: 12000, Status: paymentorder.StatusPAID, PaidAt: &at}
	}
	pending := &ent.PaymentOrder{OutTradeNo: "P", AmountFen: 12000, Status: paymentorder.StatusPENDING}
	refunded := paid("R", in)
	refunded.Status, refunded.RefundedAt = paymentorder.StatusREFUNDED, &in
	bill := &billDay{ready: true, paid: map[string]BillLine{
		"A": {OrderNo: "A", AmountFen: 12000}, "B": {OrderNo: "B", AmountFen: 100}, "P": {OrderNo: "P", AmountFen: 12000},
		"R": {OrderNo: "R", AmountFen: 12000}}, refunded: map[string]BillLine{}}
	cases := []struct {
		name string
		o    *ent.PaymentOrder
		b    *billDay
		want string
	}{
		{"paid, on the statement", paid("A", in), bill, ResultMatch},
		{"paid, another amount there", paid("B", in), bill, ResultAmount},
		{"paid today, not on the statement", paid("C", in), bill, ResultMissingThere},
		{"paid another day, not on today's statement", paid("C", out), bill, ResultMatch},
		{"on the statement, not settled here", pending, bill, ResultNotSettledHere},
		{"refunded today, no refund line", refunded, bill, ResultRefundMissing},
		{"no statement yet, last query agrees", &ent.PaymentOrder{OutTradeNo: "D", AmountFen: 12000, Status: paymentorder.StatusPAID,
			GatewayState: state("SUCCESS"), GatewayAmountFen: fen(12000)}, &billDay{}, ResultNoBill},
		{"no statement yet, last query disagrees", &ent.PaymentOrder{OutTradeNo: "E", AmountFen: 12000, Status: paymentorder.StatusPENDING,
			GatewayState: state("SUCCESS")}, &billDay{}, ResultStateMismatch},
	}
	for _, c := range cases {
		if got := compare(c.o, c.b, start, end); got != c.want {
			t.Errorf("%s: %s, want %s", c.name, got, c.want)
		}
	}
}
