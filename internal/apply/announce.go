package apply

import (
	"context"
	"strconv"

	"github.com/ruankao/ruankao/ent"
	"github.com/ruankao/ruankao/internal/enum"
	"github.com/ruankao/ruankao/internal/notify"
)

// announce writes the message a move tells the candidate of, in the move's
// transaction (internal/notify): a rolled-back move leaves none. Moves the
// candidate made themselves (submit, withdraw) need no message, nor does
// review opening after the window.
func announce(ctx context.Context, client *ent.Client, app *ent.Application, to enum.ApplicationStatus, ev Event,
	st *setting, reason string) error {
	p := map[string]string{}
	var kind notify.Kind
	switch {
	case ev == EvApprove:
		kind = notify.ReviewPassed
		if to == enum.StatusAwaitingPayment {
			p["paymentDeadline"] = notify.Shown(st.Policy.PaymentClosesAt)
			p["next"] = "请于" + p["paymentDeadline"] + "前缴费"
		} else {
			p["next"] = "报名成功"
		}
	case ev == EvReject:
		kind = notify.ReviewRejected
		p["reasons"] = reason
		p["correctionDeadline"] = notify.Shown(st.Policy.CorrectionClosesAt)
	case ev == EvSubmit && to == enum.StatusAwaitingPayment:
		kind = notify.PaymentDue
		p["paymentDeadline"] = notify.Shown(st.Policy.PaymentClosesAt)
	case ev == EvPay || ev == EvPaymentFound:
		kind = notify.PaymentReceived
	case to == enum.StatusLapsed:
		kind = notify.Lapsed
		p["reason"] = reason
	default:
		return nil
	}
	key := string(kind) + ":" + string(app.ID) + ":" + strconv.Itoa(app.Version+1)
	return notify.Enqueue(ctx, client, notify.Event{Kind: kind, Application: app.ID, Key: key, Params: p})
}
