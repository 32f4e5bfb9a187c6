// Package apply is the application form: drafts, submission under the
// region's rules, withdrawal, and the status machine every transition goes
// through, by a candidate, a reviewer, a payment or the clock.
package apply

import (
	"fmt"

	"github.com/ruankao/ruankao/internal/enum"
)

// Event is something that moves an application.
type Event string

const (
	EvSubmit       Event = "SUBMIT"        // the candidate submits a draft
	EvResubmit     Event = "RESUBMIT"      // the candidate submits a corrected, rejected application
	EvReviewOpens  Event = "REVIEW_OPENS"  // the window closed in a region that reviews afterwards
	EvApprove      Event = "APPROVE"       // a reviewer approves
	EvReject       Event = "REJECT"        // a reviewer rejects
	EvPay          Event = "PAY"           // the fee is paid
	EvWithdraw     Event = "WITHDRAW"      // the candidate withdraws
	EvWindowCloses Event = "WINDOW_CLOSES" // a draft is left when the window closes
	EvLapse        Event = "LAPSE"         // a correction or payment deadline passes
	// EvPaymentFound: a payment made before the deadline, learned of only
	// after the application lapsed, still registers it (conventions).
	EvPaymentFound Event = "PAYMENT_FOUND"
	EvRefund       Event = "REFUND" // a region admin refunds a registration (cancelled exam)
)

// Facts are what the region's policy says about where an event leads.
type Facts struct {
	ReviewMode string // WITHIN_DAYS, AFTER_CLOSE or NONE
	Free       bool
}

// Next is the one place that says which transitions exist. An event that the
// rules do not allow from the current state is an error, whoever sends it.
func Next(from enum.ApplicationStatus, ev Event, f Facts) (enum.ApplicationStatus, error) {
	afterReview := enum.StatusAwaitingPayment
	if f.Free {
		afterReview = enum.StatusRegistered
	}
	switch {
	case ev == EvSubmit && from == enum.StatusDraft:
		switch f.ReviewMode {
		case "AFTER_CLOSE":
			return enum.StatusSubmitted, nil
		case "NONE":
			return afterReview, nil
		}
		return enum.StatusPendingReview, nil
	case ev == EvResubmit && from == enum.StatusRejected:
		return enum.StatusPendingReview, nil
	case ev == EvReviewOpens && from == enum.StatusSubmitted:
		return enum.StatusPendingReview, nil
	case ev == EvApprove && from == enum.StatusPendingReview:
		return afterReview, nil
	case ev == EvReject && from == enum.StatusPendingReview:
		return enum.StatusRejected, nil
	case ev == EvPay && from == enum.StatusAwaitingPayment:
		return enum.StatusRegistered, nil
	case ev == EvPaymentFound && from == enum.StatusLapsed:
		return enum.StatusRegistered, nil
	case ev == EvRefund && from == enum.StatusRegistered:
		return enum.StatusRefunded, nil
	case ev == EvWithdraw && withdrawable(from):
		return enum.StatusWithdrawn, nil
	case ev == EvWindowCloses && from == enum.StatusDraft:
		return enum.StatusLapsed, nil
	case ev == EvLapse && (from == enum.StatusRejected || from == enum.StatusAwaitingPayment):
		return enum.StatusLapsed, nil
	}
	return from, &TransitionError{From: from, Event: ev}
}

// withdrawable: any state before REGISTERED that is still live.
func withdrawable(s enum.ApplicationStatus) bool {
	switch s {
	case enum.StatusDraft, enum.StatusSubmitted, enum.StatusPendingReview, enum.StatusRejected, enum.StatusAwaitingPayment:
		return true
	}
	return false
}

// TransitionError is a move the rules forbid.
type TransitionError struct {
	From  enum.ApplicationStatus
	Event Event
}

func (e *TransitionError) Error() string {
	return fmt.Sprintf("%s 状态的报名不能%s", e.From.Label(), eventLabels[e.Event])
}

var eventLabels = map[Event]string{
	EvSubmit: "提交", EvResubmit: "重新提交", EvReviewOpens: "进入审核", EvApprove: "审核通过", EvReject: "审核不通过",
	EvPay: "缴费", EvWithdraw: "撤回", EvWindowCloses: "因报名结束失效", EvLapse: "失效",
	EvPaymentFound: "登记补收的缴费", EvRefund: "退费",
}
