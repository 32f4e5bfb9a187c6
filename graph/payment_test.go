package graph_test

import (
	"bytes"
	"fmt"
	"io"
	"net/http"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/ruankao/ruankao/ent"
	"github.com/ruankao/ruankao/ent/application"
	"github.com/ruankao/ruankao/ent/auditlog"
	"github.com/ruankao/ruankao/ent/examsession"
	"github.com/ruankao/ruankao/ent/paymentorder"
	entregion "github.com/ruankao/ruankao/ent/region"
	"github.com/ruankao/ruankao/ent/regionpolicy"
	"github.com/ruankao/ruankao/ent/schema/pulid"
	"github.com/ruankao/ruankao/ent/statechange"
	"github.com/ruankao/ruankao/internal/civil"
	"github.com/ruankao/ruankao/internal/clock"
	"github.com/ruankao/ruankao/internal/demo"
	"github.com/ruankao/ruankao/internal/enum"
	"github.com/ruankao/ruankao/internal/jobs"
	"github.com/ruankao/ruankao/internal/payment"
	"github.com/ruankao/ruankao/internal/payment/wechatpay"
	"github.com/ruankao/ruankao/internal/payment/wechatpay/wxsim"
	"github.com/ruankao/ruankao/internal/testenv"
)

type orderView struct {
	ID, OutTradeNo, Status, StatusLabel, ExpiresAt string
	AmountFen                                      int
	CodeURL                                        *string `json:"codeUrl"`
	PaidAt, ReceiptNo                              *string
	ReceiptURL                                     *string `json:"receiptUrl"`
	RefundDue                                      bool
	RefundDueReason, RefundStatus                  *string
}

const orderFields = `id outTradeNo status statusLabel amountFen codeUrl expiresAt paidAt receiptNo receiptUrl refundDue refundDueReason refundStatus`

type payView struct {
	Application *appView
	Order       *orderView
	UserErrors  []userError
}

const payFields = `application { id status statusLabel version feeTotalFen lapseReason editable } order { ` + orderFields + ` } userErrors { field code message }`

func payCall(t *testing.T, env *testenv.Paying, token, mutation, id string) (payView, *testenv.Response) {
	t.Helper()
	arg := "id"
	if mutation == "refundPayment" {
		arg = "orderId"
	}
	q := fmt.Sprintf(`mutation($id: ID!) { %s(%s: $id) { %s } }`, mutation, arg, payFields)
	if mutation == "refundPayment" {
		q = `mutation($id: ID!) { refundPayment(orderId: $id, reason: "考试取消") { ` + payFields + ` } }`
	}
	res := env.PostAs(t, token, q, map[string]any{"id": id})
	var d map[string]payView
	if len(res.Errors) == 0 {
		_ = jsonUnmarshalRaw(res.Data, &d)
	}
	return d[mutation], res
}

func mustPay(t *testing.T, env *testenv.Paying, token, mutation, id string) payView {
	t.Helper()
	p, res := payCall(t, env, token, mutation, id)
	if len(res.Errors) > 0 {
		t.Fatalf("%s: %+v", mutation, res.Errors)
	}
	return p
}

// awaitingPayment is a 大连 application (12000 fen: two subjects at 6000)
// approved by the region's reviewer, waiting for its fee.
func awaitingPayment(t *testing.T, env *testenv.Paying, p demo.Identity) (*applicant, string) {
	t.Helper()
	a, id := submitIn(t, env.Env, p, "210200", "大连考区", "210000", "ZJ02")
	reviewer := env.LoginStaff(t, "dalian-reviewer")
	if d, res := decide(t, env.Env, reviewer, approveQ, map[string]any{"id": id, "v": 2}); d.Application == nil || d.Application.Status != "AWAITING_PAYMENT" {
		t.Fatalf("approve: %+v %+v", d, res.Errors)
	}
	return a, id
}

func startPaying(t *testing.T, retry []time.Duration) *testenv.Paying {
	t.Helper()
	env := testenv.StartPaying(t, march, retry, nil)
	return env
}

func dalianPolicy(t *testing.T, env *testenv.Paying) *ent.RegionPolicy {
	return env.DB.Client.RegionPolicy.Query().Where(
		regionpolicy.HasRegionWith(entregion.Code("210200")),
		regionpolicy.HasSessionWith(examsession.Code(demo.SessionOpen))).OnlyX(testenv.System())
}

// postNotification posts a notification body with its headers to our notify route.
func postNotification(t *testing.T, env *testenv.Paying, body []byte, h http.Header) int {
	t.Helper()
	req, _ := http.NewRequest(http.MethodPost, env.Pay.NotifyURL, bytes.NewReader(body))
	for k, v := range h {
		req.Header[k] = v
	}
	res, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	_, _ = io.Copy(io.Discard, res.Body)
	res.Body.Close()
	return res.StatusCode
}

// paidTxn is the gateway's record of a payment of order no, at, for fen.
func paidTxn(no string, fen int64, at time.Time) wechatpay.TransactionJSON {
	return wechatpay.TransactionJSON{AppID: testenv.TestAppID, MchID: testenv.TestMchID, OutTradeNo: no,
		TransactionID: "4200000000000000000001", TradeType: "NATIVE", TradeState: wechatpay.StateSuccess,
		TradeStateDesc: "支付成功", BankType: "OTHERS", SuccessTime: at.In(clock.Shanghai).Format(time.RFC3339),
		Amount: wechatpay.Amount{Total: fen, Currency: "CNY", PayerTotal: fen, PayerCurrency: "CNY"}}
}

func waitFor(t *testing.T, what string, cond func() bool) {
	t.Helper()
	for range 500 {
		if cond() {
			return
		}
		time.Sleep(10 * time.Millisecond)
	}
	t.Fatalf("gave up waiting: %s", what)
}

func statusOf(t *testing.T, env *testenv.Paying, id string) enum.ApplicationStatus {
	return env.DB.Client.Application.GetX(testenv.System(), pulid.ID(id)).Status
}

func transitionsTo(t *testing.T, env *testenv.Paying, id string, to enum.ApplicationStatus) int {
	return env.DB.Client.StateChange.Query().Where(statechange.ApplicationID(pulid.ID(id)), statechange.ToStatusEQ(to)).
		CountX(testenv.System())
}

func audits(t *testing.T, env *testenv.Paying, action, record string) int {
	return env.DB.Client.AuditLog.Query().Where(auditlog.Action(action), auditlog.RecordID(record)).CountX(testenv.System())
}

// The whole path: the fee before paying, an order with a QR code (re-opened,
// not placed twice), the simulator pays and notifies, the application is
// REGISTERED with one transition and one audit entry, the receipt PDF is
// rendered on first download and the same afterwards, and nothing about
// the paid application can change.
func TestPayThroughTheGateway(t *testing.T) {
	env := startPaying(t, nil)
	a, id := awaitingPayment(t, env, people(1)[0])
	if v := a.view(t, id); v.FeeTotalFen == nil || *v.FeeTotalFen != 12000 {
		t.Fatalf("fee shown before paying: %+v", v)
	}
	first := mustPay(t, env, a.token, "payApplication", id)
	o := first.Order
	if len(first.UserErrors) > 0 || o == nil || o.Status != "PENDING" || o.AmountFen != 12000 || o.CodeURL == nil {
		t.Fatalf("pay: %+v %+v", first.Order, first.UserErrors)
	}
	if !payment.ValidOrderNo(o.OutTradeNo) || strings.Contains(o.OutTradeNo, people(1)[0].IDNumber[:6]) {
		t.Fatalf("order number %q", o.OutTradeNo)
	}
	expires, _ := time.Parse(time.RFC3339, o.ExpiresAt)
	if d := expires.Sub(march); d <= 0 || d > payment.DefaultLifetime+2*time.Minute {
		t.Fatalf("expires %s, %s after now", o.ExpiresAt, d)
	}
	again := mustPay(t, env, a.token, "payApplication", id)
	if again.Order.OutTradeNo != o.OutTradeNo || *again.Order.CodeURL != *o.CodeURL {
		t.Fatalf("a pending order is re-opened, not replaced: %+v", again.Order)
	}
	if err := env.Gateway.Pay(o.OutTradeNo); err != nil {
		t.Fatal(err)
	}
	waitFor(t, "the notification registers the application", func() bool { return statusOf(t, env, id) == enum.StatusRegistered })

	p := mustPay(t, env, a.token, "refreshPayment", id)
	if p.Order.Status != "PAID" || p.Order.ReceiptNo == nil || p.Order.ReceiptURL == nil || p.Order.CodeURL != nil || p.Application.Editable {
		t.Fatalf("after paying: %+v %+v", p.Order, p.Application)
	}
	if n := transitionsTo(t, env, id, enum.StatusRegistered); n != 1 {
		t.Errorf("%d transitions to REGISTERED", n)
	}
	if n := audits(t, env, "payment.settled", p.Order.ID); n != 1 {
		t.Errorf("%d settlement audit entries", n)
	}
	// A retried pay answers with the paid order; no new order exists.
	if r := mustPay(t, env, a.token, "payApplication", id); r.Order.OutTradeNo != o.OutTradeNo || len(r.UserErrors) > 0 {
		t.Errorf("pay after paying: %+v %+v", r.Order, r.UserErrors)
	}
	if n := env.DB.Client.PaymentOrder.Query().Where(paymentorder.ApplicationID(pulid.ID(id))).CountX(testenv.System()); n != 1 {
		t.Errorf("%d orders", n)
	}

	// The receipt: no order row has it before the first download.
	if env.DB.Client.PaymentOrder.GetX(testenv.System(), pulid.ID(p.Order.ID)).ReceiptSha256 != nil {
		t.Error("receipt rendered inside the settlement")
	}
	pdf1 := getBody(t, env.Server.URL+*p.Order.ReceiptURL, "", http.StatusOK)
	pdf2 := getBody(t, env.Server.URL+payment.ReceiptPath+p.Order.ID, a.token, http.StatusOK)
	if !bytes.HasPrefix(pdf1, []byte("%PDF")) || !bytes.Equal(pdf1, pdf2) {
		t.Fatalf("receipt: %d and %d bytes, equal %v", len(pdf1), len(pdf2), bytes.Equal(pdf1, pdf2))
	}

	// Paid = 报名成功: the form, photo and withdrawal are closed.
	if s := a.save(t, id, a.fullForm(t, "210200", "大连考区", "210000")); !hasCode(s.UserErrors, "WRONG_STATE") {
		t.Errorf("save after paying: %+v", s.UserErrors)
	}
	if w := a.withdraw(t, id); !hasCode(w.UserErrors, "WRONG_STATE") {
		t.Errorf("withdraw after paying: %+v", w.UserErrors)
	}
	if v := a.view(t, id); v.Status != "REGISTERED" || v.Editable {
		t.Errorf("view: %+v", v)
	}
}

func getBody(t *testing.T, url, token string, want int) []byte {
	t.Helper()
	req, _ := http.NewRequest(http.MethodGet, url, nil)
	if token != "" {
		req.Header.Set("Authorization", "Bearer "+token)
	}
	res, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer res.Body.Close()
	b, _ := io.ReadAll(res.Body)
	if res.StatusCode != want {
		t.Fatalf("GET %s: %d, want %d", url, res.StatusCode, want)
	}
	return b
}

// Who may pay and see what: another candidate, staff, anonymous callers and
// free regions.
func TestPaymentDenials(t *testing.T) {
	env := startPaying(t, nil)
	ps := people(3)
	a, id := awaitingPayment(t, env, ps[0])
	other := newApplicant(t, env.Env, ps[1])
	if _, res := payCall(t, env, other.token, "payApplication", id); res.Code() != "NOT_FOUND" {
		t.Errorf("another candidate pays: %+v", res.Errors)
	}
	if _, res := payCall(t, env, "", "payApplication", id); res.Code() != "UNAUTHENTICATED" {
		t.Errorf("anonymous pays: %+v", res.Errors)
	}
	if _, res := payCall(t, env, env.LoginStaff(t, "dalian-admin"), "payApplication", id); res.Code() != "FORBIDDEN" {
		t.Errorf("staff pays: %+v", res.Errors)
	}
	o := mustPay(t, env, a.token, "payApplication", id).Order
	// The order by node id, the receipt route: not for another candidate.
	res := env.PostAs(t, other.token, `query($id: ID!) { node(id: $id) { id } }`, map[string]any{"id": o.ID})
	if !strings.Contains(string(res.Data), "null") {
		t.Errorf("another candidate reads the order: %s", res.Data)
	}
	getBody(t, env.Server.URL+payment.ReceiptPath+o.ID, other.token, http.StatusNotFound)
	getBody(t, env.Server.URL+payment.ReceiptPath+o.ID, "", http.StatusNotFound)
	// Not yet paid: no receipt even for its owner.
	getBody(t, env.Server.URL+payment.ReceiptPath+o.ID, a.token, http.StatusNotFound)

	// 辽宁 is free: approval registers, and no order is ever made.
	free, freeID := submitIn(t, env.Env, ps[2], "210000", "沈阳考区", "210000", "ZJ02")
	if d, _ := decide(t, env.Env, env.LoginStaff(t, "liaoning-reviewer"), approveQ, map[string]any{"id": freeID, "v": 2}); d.Application.Status != "REGISTERED" {
		t.Fatalf("free approve: %+v", d.Application)
	}
	if p := mustPay(t, env, free.token, "payApplication", freeID); !hasCode(p.UserErrors, "WRONG_STATE") || p.Order != nil {
		t.Errorf("pay in a free region: %+v %+v", p.Order, p.UserErrors)
	}
	if n := env.DB.Client.PaymentOrder.Query().Where(paymentorder.ApplicationID(pulid.ID(freeID))).CountX(testenv.System()); n != 0 {
		t.Errorf("%d orders in a free region", n)
	}
}

// Bad notifications change nothing: a forged signature, a stale timestamp,
// a wrong amount, an unknown order, an oversized body.
func TestBadNotificationsChangeNothing(t *testing.T) {
	env := startPaying(t, nil)
	a, id := awaitingPayment(t, env, people(1)[0])
	o := mustPay(t, env, a.token, "payApplication", id).Order
	good := paidTxn(o.OutTradeNo, 12000, march)

	body, h, err := env.Gateway.SignedNotification(good)
	if err != nil {
		t.Fatal(err)
	}
	forged := bytes.Replace(body, []byte(`"id":"`), []byte(`"id":"x`), 1)
	if st := postNotification(t, env, forged, h); st != http.StatusUnauthorized {
		t.Errorf("forged body: %d", st)
	}
	signedAt := env.Clock.Now()
	env.Clock.Advance(6 * time.Minute)
	if st := postNotification(t, env, body, h); st != http.StatusUnauthorized {
		t.Errorf("stale timestamp: %d", st)
	}
	env.Clock.Set(signedAt)
	body, h, _ = env.Gateway.SignedNotification(good)
	wrong, wh, _ := env.Gateway.SignedNotification(paidTxn(o.OutTradeNo, 1, march))
	if st := postNotification(t, env, wrong, wh); st/100 == 2 {
		t.Errorf("wrong amount accepted: %d", st)
	}
	unknown, uh, _ := env.Gateway.SignedNotification(paidTxn(payment.NewOrderNo(march), 12000, march))
	if st := postNotification(t, env, unknown, uh); st/100 == 2 {
		t.Errorf("unknown order accepted: %d", st)
	}
	big := bytes.Repeat([]byte(" "), payment.MaxNotifyBytes+10)
	if st := postNotification(t, env, big, h); st != http.StatusRequestEntityTooLarge {
		t.Errorf("oversized body: %d", st)
	}
	if s := statusOf(t, env, id); s != enum.StatusAwaitingPayment {
		t.Fatalf("after bad notifications: %s", s)
	}
	if n := env.DB.Client.PaymentOrder.Query().Where(paymentorder.StatusNEQ(paymentorder.StatusPENDING)).CountX(testenv.System()); n != 0 {
		t.Fatalf("%d orders changed", n)
	}
	// The good one, posted now, registers.
	if st := postNotification(t, env, body, h); st != http.StatusNoContent {
		t.Fatalf("good notification: %d", st)
	}
	if s := statusOf(t, env, id); s != enum.StatusRegistered {
		t.Fatalf("after the good notification: %s", s)
	}
}

// The same notification fifty times at once makes one transition, one
// audit entry and one receipt number.
func TestConcurrentNotificationsSettleOnce(t *testing.T) {
	env := startPaying(t, nil)
	a, id := awaitingPayment(t, env, people(1)[0])
	o := mustPay(t, env, a.token, "payApplication", id).Order
	body, h, err := env.Gateway.SignedNotification(paidTxn(o.OutTradeNo, 12000, march))
	if err != nil {
		t.Fatal(err)
	}
	var wg sync.WaitGroup
	statuses := make([]int, 50)
	for i := range statuses {
		wg.Add(1)
		go func() {
			defer wg.Done()
			statuses[i] = postNotification(t, env, body, h)
		}()
	}
	wg.Wait()
	for i, st := range statuses {
		if st != http.StatusNoContent {
			t.Errorf("notification %d: %d", i, st)
		}
	}
	if n := transitionsTo(t, env, id, enum.StatusRegistered); n != 1 {
		t.Errorf("%d transitions", n)
	}
	if n := audits(t, env, "payment.settled", o.ID); n != 1 {
		t.Errorf("%d audit entries", n)
	}
	if n := env.DB.Client.PaymentOrder.Query().Where(paymentorder.ReceiptNoNotNil()).CountX(testenv.System()); n != 1 {
		t.Errorf("%d receipt numbers", n)
	}
	// And once more, later: still one.
	if st := postNotification(t, env, body, h); st != http.StatusNoContent || transitionsTo(t, env, id, enum.StatusRegistered) != 1 {
		t.Errorf("a repeat: %d", st)
	}
}

// An expired order is closed at the gateway before a new one is made; the
// old one cannot be paid any more.
func TestExpiredOrderIsClosedBeforeANewOne(t *testing.T) {
	env := startPaying(t, nil)
	a, id := awaitingPayment(t, env, people(1)[0])
	first := mustPay(t, env, a.token, "payApplication", id).Order
	env.Clock.Advance(payment.DefaultLifetime + time.Minute)
	second := mustPay(t, env, a.token, "payApplication", id).Order
	if second.OutTradeNo == first.OutTradeNo || second.Status != "PENDING" {
		t.Fatalf("second order: %+v", second)
	}
	if txn, _ := env.Gateway.Order(first.OutTradeNo); txn.TradeState != wechatpay.StateClosed {
		t.Errorf("first order at the gateway: %s", txn.TradeState)
	}
	if st := env.DB.Client.PaymentOrder.Query().Where(paymentorder.OutTradeNo(first.OutTradeNo)).OnlyX(testenv.System()).Status; st != paymentorder.StatusCLOSED {
		t.Errorf("first order here: %s", st)
	}
	if err := env.Gateway.Pay(first.OutTradeNo); err == nil {
		t.Error("the closed order could still be paid")
	}
	if err := env.Gateway.Pay(second.OutTradeNo); err != nil {
		t.Fatal(err)
	}
	waitFor(t, "registered by the second order", func() bool { return statusOf(t, env, id) == enum.StatusRegistered })
}

// Notifications never arrive: the candidate's poll finds the payment, and
// so does the job for one who closed the page.
func TestLostNotificationSettledByQuery(t *testing.T) {
	env := startPaying(t, nil)
	ps := people(2)
	a, id := awaitingPayment(t, env, ps[0])
	o := mustPay(t, env, a.token, "payApplication", id).Order
	if err := env.Gateway.PayLosingNotification(o.OutTradeNo); err != nil {
		t.Fatal(err)
	}
	if p := mustPay(t, env, a.token, "refreshPayment", id); p.Application.Status != "REGISTERED" || p.Order.Status != "PAID" {
		t.Fatalf("poll: %+v %+v", p.Application, p.Order)
	}

	b, id2 := awaitingPayment(t, env, ps[1])
	o2 := mustPay(t, env, b.token, "payApplication", id2).Order
	if err := env.Gateway.PayLosingNotification(o2.OutTradeNo); err != nil {
		t.Fatal(err)
	}
	runner := &jobs.Runner{Client: env.DB.Client, DB: env.DB.SQL, Dialect: env.DB.Dialect, Log: testenv.Logger(),
		Reconcile: env.Pay.Reconcile}
	ctx := clock.With(testenv.System(), env.Clock)
	if _, err := runner.RunDue(ctx); err != nil {
		t.Fatal(err)
	}
	if s := statusOf(t, env, id2); s != enum.StatusAwaitingPayment {
		t.Fatalf("asked too early: %s", s) // an order is quiet only after a while
	}
	env.Clock.Advance(3 * time.Minute)
	if _, err := runner.RunDue(ctx); err != nil {
		t.Fatal(err)
	}
	if s := statusOf(t, env, id2); s != enum.StatusRegistered {
		t.Fatalf("job: %s", s)
	}
}

// The payment deadline: the lapse asks the gateway first — an unpaid order
// is closed and the application lapses with its reason; a payment made in
// time but learned of after the lapse still registers (PAYMENT_FOUND in the
// history); one made after the deadline is flagged for refund, and the
// region's admin refunds it (another region's admin cannot).
func TestPaymentDeadline(t *testing.T) {
	env := startPaying(t, nil)
	ps := people(3)
	a, unpaid := awaitingPayment(t, env, ps[0])
	b, paidInTime := awaitingPayment(t, env, ps[1])
	c, late := awaitingPayment(t, env, ps[2])
	oa := mustPay(t, env, a.token, "payApplication", unpaid).Order
	ob := mustPay(t, env, b.token, "payApplication", paidInTime).Order
	oc := mustPay(t, env, c.token, "payApplication", late).Order
	if err := env.Gateway.PayLosingNotification(ob.OutTradeNo); err != nil {
		t.Fatal(err)
	}
	deadline := dalianPolicy(t, env).PaymentClosesAt
	env.Clock.Set(deadline.Add(time.Minute))
	// Sessions do not last days: log in again. A read before the job: the
	// application waits for the gateway, it does not lapse blind.
	a.token = env.LoginCandidate(t, ps[0])
	if v := a.view(t, unpaid); v.Status != "AWAITING_PAYMENT" {
		t.Fatalf("lapsed before the gateway was asked: %+v", v)
	}
	runner := &jobs.Runner{Client: env.DB.Client, DB: env.DB.SQL, Dialect: env.DB.Dialect, Log: testenv.Logger(),
		Reconcile: env.Pay.Reconcile}
	ctx := clock.With(testenv.System(), env.Clock)
	if _, err := runner.RunDue(ctx); err != nil {
		t.Fatal(err)
	}
	if v := a.view(t, unpaid); v.Status != "LAPSED" || v.LapseReason == nil || !strings.Contains(*v.LapseReason, "缴费") {
		t.Errorf("unpaid: %+v", v)
	}
	if txn, _ := env.Gateway.Order(oa.OutTradeNo); txn.TradeState != wechatpay.StateClosed {
		t.Errorf("unpaid order at the gateway: %s", txn.TradeState)
	}
	if s := statusOf(t, env, paidInTime); s != enum.StatusRegistered {
		t.Errorf("paid in time, notification lost: %s", s)
	}

	// A payment made in time that we learn of after the lapse (the gateway
	// said NOTPAY when we closed, then its record was corrected).
	lapsedOrder := env.DB.Client.PaymentOrder.Query().Where(paymentorder.OutTradeNo(oc.OutTradeNo)).OnlyX(testenv.System())
	if lapsedOrder.Status != paymentorder.StatusCLOSED || statusOf(t, env, late) != enum.StatusLapsed {
		t.Fatalf("c before the late news: %s %s", lapsedOrder.Status, statusOf(t, env, late))
	}
	if err := env.Gateway.ForcePay(oc.OutTradeNo, deadline.Add(-time.Hour)); err != nil {
		t.Fatal(err)
	}
	waitFor(t, "an in-time payment found after the lapse registers", func() bool { return statusOf(t, env, late) == enum.StatusRegistered })
	if n := transitionsTo(t, env, late, enum.StatusRegistered); n != 1 {
		t.Fatalf("found: %d transitions", n)
	}
	found := env.DB.Client.StateChange.Query().Where(statechange.ApplicationID(pulid.ID(late)),
		statechange.FromStatusEQ(enum.StatusLapsed), statechange.ToStatusEQ(enum.StatusRegistered)).CountX(testenv.System())
	if found != 1 {
		t.Errorf("history of the found payment: %d", found)
	}

	// Paid after the deadline: recorded, flagged, not registered.
	if err := env.Gateway.ForcePay(oa.OutTradeNo, deadline.Add(time.Minute)); err != nil {
		t.Fatal(err)
	}
	waitFor(t, "the late payment is recorded", func() bool {
		return env.DB.Client.PaymentOrder.Query().Where(paymentorder.OutTradeNo(oa.OutTradeNo)).OnlyX(testenv.System()).Status == paymentorder.StatusPAID
	})
	flagged := env.DB.Client.PaymentOrder.Query().Where(paymentorder.OutTradeNo(oa.OutTradeNo)).OnlyX(testenv.System())
	if !flagged.RefundDue || flagged.RefundDueReason == nil || *flagged.RefundDueReason != paymentorder.RefundDueReasonLATE || statusOf(t, env, unpaid) != enum.StatusLapsed {
		t.Fatalf("late payment: %+v %s", flagged, statusOf(t, env, unpaid))
	}
	if audits(t, env, "payment.flagged_for_refund", string(flagged.ID)) != 1 {
		t.Error("flag not audited")
	}
	// Refunds: not the candidate, not a reviewer, not 辽宁's admin; 大连's admin with a reason.
	if _, res := payCall(t, env, a.token, "refundPayment", string(flagged.ID)); res.Code() != "FORBIDDEN" {
		t.Errorf("candidate refund: %+v", res.Errors)
	}
	if _, res := payCall(t, env, env.LoginStaff(t, "dalian-reviewer"), "refundPayment", string(flagged.ID)); res.Code() != "FORBIDDEN" {
		t.Errorf("reviewer refund: %+v", res.Errors)
	}
	if _, res := payCall(t, env, env.LoginStaff(t, "liaoning-admin"), "refundPayment", string(flagged.ID)); res.Code() != "NOT_FOUND" {
		t.Errorf("other region's refund: %+v", res.Errors)
	}
	admin := env.LoginStaff(t, "dalian-admin")
	r := mustPay(t, env, admin, "refundPayment", string(flagged.ID))
	if len(r.UserErrors) > 0 || r.Order.Status != "REFUNDED" || r.Order.RefundStatus == nil || *r.Order.RefundStatus != "SUCCEEDED" {
		t.Fatalf("refund: %+v %+v", r.Order, r.UserErrors)
	}
	if r.Application.Status != "LAPSED" {
		t.Errorf("a late payment's refund leaves the application as it was: %s", r.Application.Status)
	}
	if again := mustPay(t, env, admin, "refundPayment", string(flagged.ID)); again.Order.Status != "REFUNDED" || len(again.UserErrors) > 0 {
		t.Errorf("a retried refund: %+v", again)
	}
	if audits(t, env, "payment.refund_requested", string(flagged.ID)) != 1 || audits(t, env, "payment.refunded", string(flagged.ID)) != 1 {
		t.Error("refund not audited once")
	}
}

// An exam the office cancels: the region admin refunds a registration,
// which leaves REGISTERED for REFUNDED; a registration cannot be refunded twice.
func TestRefundOfACancelledExam(t *testing.T) {
	env := startPaying(t, nil)
	a, id := awaitingPayment(t, env, people(1)[0])
	o := mustPay(t, env, a.token, "payApplication", id).Order
	if err := env.Gateway.PayLosingNotification(o.OutTradeNo); err != nil {
		t.Fatal(err)
	}
	mustPay(t, env, a.token, "refreshPayment", id)
	admin := env.LoginStaff(t, "dalian-admin")
	r := mustPay(t, env, admin, "refundPayment", o.ID)
	if r.Order.Status != "REFUNDED" || r.Application.Status != "REFUNDED" {
		t.Fatalf("refund: %+v %+v %+v", r.Order, r.Application, r.UserErrors)
	}
	h := env.DB.Client.StateChange.Query().Where(statechange.ApplicationID(pulid.ID(id)), statechange.ToStatusEQ(enum.StatusRefunded)).OnlyX(testenv.System())
	if h.StaffID == nil || h.ActorKind != statechange.ActorKindSTAFF {
		t.Errorf("history of the refund: %+v", h)
	}
	if v := a.view(t, id); v.Status != "REFUNDED" {
		t.Errorf("candidate sees %s", v.Status)
	}
	if n := env.DB.Client.Application.Query().Where(application.ID(pulid.ID(id)), application.StatusEQ(enum.StatusRefunded)).CountX(testenv.System()); n != 1 {
		t.Error("not REFUNDED in the database")
	}
}

// Region admins list their region's orders; others' stay invisible.
func TestRegionAdminsListOrders(t *testing.T) {
	env := startPaying(t, nil)
	a, id := awaitingPayment(t, env, people(1)[0])
	mustPay(t, env, a.token, "payApplication", id)
	const q = `query($f: PaymentOrderListFilter) { paymentOrders(filter: $f) { totalCount edges { node { outTradeNo status amountFen application { id } } } } }`
	count := func(token string, f map[string]any) (int, *testenv.Response) {
		res := env.PostAs(t, token, q, map[string]any{"f": f})
		var d struct{ PaymentOrders struct{ TotalCount int } }
		_ = jsonUnmarshalRaw(res.Data, &d)
		return d.PaymentOrders.TotalCount, res
	}
	if n, res := count(env.LoginStaff(t, "dalian-admin"), map[string]any{"status": "PENDING"}); n != 1 || len(res.Errors) > 0 {
		t.Errorf("大连 admin: %d %+v", n, res.Errors)
	}
	if n, _ := count(env.LoginStaff(t, "liaoning-admin"), nil); n != 0 {
		t.Errorf("辽宁 admin sees %d", n)
	}
	if n, _ := count(env.LoginStaff(t, "liaoning-admin"), map[string]any{"regionCode": "210200"}); n != 0 {
		t.Errorf("辽宁 admin asking for 大连 sees %d", n)
	}
	if n, _ := count(env.LoginStaff(t, "admin"), map[string]any{"regionCode": "210200"}); n != 1 {
		t.Errorf("national admin sees %d", n)
	}
	if _, res := count(env.LoginStaff(t, "dalian-reviewer"), nil); res.Code() != "FORBIDDEN" {
		t.Errorf("reviewer: %+v", res.Errors)
	}
	if _, res := count(a.token, nil); res.Code() != "FORBIDDEN" {
		t.Errorf("candidate: %+v", res.Errors)
	}
}

// The daily reconciliation export: streamed CSV with a BOM, the region's
// orders only, compared with the gateway's statement once it is made.
func TestReconciliationExport(t *testing.T) {
	env := startPaying(t, nil)
	a, id := awaitingPayment(t, env, people(1)[0])
	o := mustPay(t, env, a.token, "payApplication", id).Order
	if err := env.Gateway.Pay(o.OutTradeNo); err != nil {
		t.Fatal(err)
	}
	waitFor(t, "registered", func() bool { return statusOf(t, env, id) == enum.StatusRegistered })
	day := civil.In(env.Clock.Now(), clock.Shanghai).String()
	export := func(token string, want int) string {
		return string(getBody(t, env.Server.URL+"/exports/payment-reconciliation?date="+day, token, want))
	}
	dalian := env.LoginStaff(t, "dalian-admin")
	csv := export(dalian, http.StatusOK)
	if !strings.HasPrefix(csv, "\ufeff订单号,") || !strings.Contains(csv, o.OutTradeNo) || !strings.Contains(csv, payment.ResultNoBill) {
		t.Fatalf("before the statement:\n%s", csv)
	}
	if csv := export(env.LoginStaff(t, "liaoning-admin"), http.StatusOK); strings.Contains(csv, o.OutTradeNo) {
		t.Errorf("辽宁's export holds 大连's order:\n%s", csv)
	}
	export(env.LoginStaff(t, "dalian-reviewer"), http.StatusForbidden)
	export(a.token, http.StatusForbidden)
	export("", http.StatusUnauthorized)

	// The next morning the statement is made: it agrees, until it does not.
	env.Clock.Advance(24 * time.Hour)
	dalian = env.LoginStaff(t, "dalian-admin")
	if csv := export(dalian, http.StatusOK); !strings.Contains(csv, payment.ResultMatch) {
		t.Fatalf("with the statement:\n%s", csv)
	}
	env.Gateway.SetBillAmount(o.OutTradeNo, 100)
	if csv := export(dalian, http.StatusOK); !strings.Contains(csv, payment.ResultAmount) {
		t.Fatalf("amount mismatch not flagged:\n%s", csv)
	}
	if n := env.DB.Client.AuditLog.Query().Where(auditlog.Action("PaymentOrder.export")).CountX(testenv.System()); n < 3 {
		t.Errorf("%d export audit entries", n)
	}
}

// A gateway that is down or answers garbage: the candidate is told to try
// again, nothing is charged or changed, and the retry uses the same order.
func TestGatewayDownOrGarbage(t *testing.T) {
	env := startPaying(t, nil)
	a, id := awaitingPayment(t, env, people(1)[0])
	for _, mode := range []wxsim.ErrorMode{wxsim.ModeServerError, wxsim.ModeGarbage, wxsim.ModeBadSignature, wxsim.ModeSignedGarbage} {
		env.Gateway.SetErrorMode(mode)
		p := mustPay(t, env, a.token, "payApplication", id)
		if !hasCode(p.UserErrors, "GATEWAY_UNAVAILABLE") || p.Application.Status != "AWAITING_PAYMENT" || (p.Order != nil && p.Order.CodeURL != nil) {
			t.Fatalf("mode %d: %+v %+v", mode, p.Order, p.UserErrors)
		}
	}
	n := env.DB.Client.PaymentOrder.Query().Where(paymentorder.ApplicationID(pulid.ID(id))).CountX(testenv.System())
	env.Gateway.SetErrorMode(wxsim.ModeNormal)
	p := mustPay(t, env, a.token, "payApplication", id)
	if len(p.UserErrors) > 0 || p.Order.CodeURL == nil {
		t.Fatalf("after recovery: %+v %+v", p.Order, p.UserErrors)
	}
	if m := env.DB.Client.PaymentOrder.Query().Where(paymentorder.ApplicationID(pulid.ID(id))).CountX(testenv.System()); m != 1 || n != 1 {
		t.Errorf("orders: %d while down, %d after", n, m)
	}
	// The poll while the gateway is down answers what we know.
	env.Gateway.SetErrorMode(wxsim.ModeServerError)
	if r := mustPay(t, env, a.token, "refreshPayment", id); r.Order.Status != "PENDING" || len(r.UserErrors) > 0 {
		t.Errorf("poll while down: %+v %+v", r.Order, r.UserErrors)
	}
}
