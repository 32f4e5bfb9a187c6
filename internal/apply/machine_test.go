package apply

import (
	"testing"

	"github.com/ruankao/ruankao/internal/enum"
)

func TestEveryTransition(t *testing.T) {
	paid, free := Facts{ReviewMode: "WITHIN_DAYS"}, Facts{ReviewMode: "WITHIN_DAYS", Free: true}
	cases := []struct {
		from enum.ApplicationStatus
		ev   Event
		f    Facts
		want enum.ApplicationStatus
	}{
		{enum.StatusDraft, EvSubmit, paid, enum.StatusPendingReview},
		{enum.StatusDraft, EvSubmit, Facts{ReviewMode: "AFTER_CLOSE"}, enum.StatusSubmitted},
		{enum.StatusDraft, EvSubmit, Facts{ReviewMode: "NONE"}, enum.StatusAwaitingPayment},
		{enum.StatusDraft, EvSubmit, Facts{ReviewMode: "NONE", Free: true}, enum.StatusRegistered},
		{enum.StatusRejected, EvResubmit, paid, enum.StatusPendingReview},
		{enum.StatusSubmitted, EvReviewOpens, paid, enum.StatusPendingReview},
		{enum.StatusPendingReview, EvApprove, paid, enum.StatusAwaitingPayment},
		{enum.StatusPendingReview, EvApprove, free, enum.StatusRegistered},
		{enum.StatusPendingReview, EvReject, paid, enum.StatusRejected},
		{enum.StatusAwaitingPayment, EvPay, paid, enum.StatusRegistered},
		{enum.StatusDraft, EvWindowCloses, paid, enum.StatusLapsed},
		{enum.StatusRejected, EvLapse, paid, enum.StatusLapsed},
		{enum.StatusAwaitingPayment, EvLapse, paid, enum.StatusLapsed},
		{enum.StatusLapsed, EvPaymentFound, paid, enum.StatusRegistered},
		{enum.StatusRegistered, EvRefund, paid, enum.StatusRefunded},
	}
	for _, s := range []enum.ApplicationStatus{enum.StatusDraft, enum.StatusSubmitted, enum.StatusPendingReview, enum.StatusRejected, enum.StatusAwaitingPayment} {
		cases = append(cases, struct {
			from enum.ApplicationStatus
			ev   Event
			f    Facts
			want enum.ApplicationStatus
		}{s, EvWithdraw, paid, enum.StatusWithdrawn})
	}
	allowed := map[[2]string]bool{}
	for _, c := range cases {
		got, err := Next(c.from, c.ev, c.f)
		if err != nil || got != c.want {
			t.Errorf("%s --%s--> %s, %v; want %s", c.from, c.ev, got, err, c.want)
		}
		allowed[[2]string{string(c.from), string(c.ev)}] = true
	}
	// Everything else is refused: REGISTERED leaves only by an admin's refund,
	// LAPSED only by a payment found late, REFUNDED and WITHDRAWN never.
	events := []Event{EvSubmit, EvResubmit, EvReviewOpens, EvApprove, EvReject, EvPay, EvWithdraw, EvWindowCloses, EvLapse, EvPaymentFound, EvRefund}
	for _, from := range enum.StatusDraft.Values() {
		for _, ev := range events {
			if allowed[[2]string{from, string(ev)}] {
				continue
			}
			if got, err := Next(enum.ApplicationStatus(from), ev, paid); err == nil {
				t.Errorf("%s --%s--> %s was allowed", from, ev, got)
			}
		}
	}
}
