package graph_test

import (
	"context"
	"errors"
	"net/http"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/ruankao/ruankao/ent/admissionticket"
	"github.com/ruankao/ruankao/ent/auditlog"
	entcx "github.com/ruankao/ruankao/ent/cancellation"
	"github.com/ruankao/ruankao/ent/cancellationrefund"
	"github.com/ruankao/ruankao/ent/message"
	"github.com/ruankao/ruankao/ent/paymentorder"
	"github.com/ruankao/ruankao/ent/schema/pulid"
	"github.com/ruankao/ruankao/internal/cancellation"
	"github.com/ruankao/ruankao/internal/demo"
	"github.com/ruankao/ruankao/internal/enum"
	"github.com/ruankao/ruankao/internal/notify"
	"github.com/ruankao/ruankao/internal/payment"
	"github.com/ruankao/ruankao/internal/server"
	"github.com/ruankao/ruankao/internal/testenv"
	"github.com/ruankao/ruankao/internal/ticketsig"
)

type cxView struct {
	ID, State, StateLabel, ScopeLabel, Reason string
	CreatedByName                             string
	ConfirmedByName                           *string
	RefundsTotal, RefundsDone, RefundedFen    int
	Preview                                   struct {
		Applications, PaidOrders, RefundFen, Tickets int
		RefundText                                   string
		ByStatus                                     []struct {
			Status string
			Count  int
		}
	}
}

const cxFields = `id state stateLabel scopeLabel reason createdByName confirmedByName refundsTotal refundsDone refundedFen
	preview { applications paidOrders refundFen refundText tickets byStatus { status count } }`

type cxPayload struct {
	Cancellation *cxView
	UserErrors   []userError
}

// cancelling starts a paying server whose cancellation service the test can
// drive (wait for the job, run it again).
func cancelling(t *testing.T) (*testenv.Paying, *cancellation.Service) {
	t.Helper()
	cx := &cancellation.Service{Log: testenv.Logger()}
	env := testenv.StartPaying(t, march, nil, func(o *server.Options) {
		cx.Client, cx.Refunds = o.Client, o.Payments
		o.Cancellations = cx
	})
	t.Cleanup(cx.Wait)
	return env, cx
}

func createCx(t *testing.T, env *testenv.Env, token string, in map[string]any) (cxPayload, *testenv.Response) {
	t.Helper()
	res := env.PostAs(t, token, `mutation($in: CreateCancellationInput!) { createCancellation(input: $in) { cancellation { `+cxFields+` } userErrors { field code message } } }`,
		map[string]any{"in": in})
	var d struct{ CreateCancellation cxPayload }
	_ = jsonUnmarshalRaw(res.Data, &d)
	return d.CreateCancellation, res
}

func actCx(t *testing.T, env *testenv.Env, token, mutation, id string) (cxPayload, *testenv.Response) {
	t.Helper()
	res := env.PostAs(t, token, `mutation($id: ID!) { `+mutation+`(id: $id) { cancellation { `+cxFields+` } userErrors { field code message } } }`,
		map[string]any{"id": id})
	var d map[string]cxPayload
	_ = jsonUnmarshalRaw(res.Data, &d)
	return d[mutation], res
}

func mustCreate(t *testing.T, env *testenv.Env, token string, in map[string]any) *cxView {
	t.Helper()
	p, res := createCx(t, env, token, in)
	if len(res.Errors) > 0 || len(p.UserErrors) > 0 || p.Cancellation == nil {
		t.Fatalf("createCancellation: %+v %+v", p.UserErrors, res.Errors)
	}
	return p.Cancellation
}

func mustAct(t *testing.T, env *testenv.Env, token, mutation, id string) *cxView {
	t.Helper()
	p, res := actCx(t, env, token, mutation, id)
	if len(res.Errors) > 0 || len(p.UserErrors) > 0 || p.Cancellation == nil {
		t.Fatalf("%s: %+v %+v", mutation, p.UserErrors, res.Errors)
	}
	return p.Cancellation
}

// paidIn is a 大连 candidate of the open session registered in area by
// paying 12000 fen through the gateway simulator.
func paidIn(t *testing.T, env *testenv.Paying, p demo.Identity, area string) (*applicant, string, string) {
	t.Helper()
	a, id := submitIn(t, env.Env, p, "210200", area, "210000", "ZJ02")
	if d, res := decide(t, env.Env, env.LoginStaff(t, "dalian-reviewer"), approveQ, map[string]any{"id": id, "v": 2}); d.Application == nil || d.Application.Status != "AWAITING_PAYMENT" {
		t.Fatalf("approve: %+v %+v", d, res.Errors)
	}
	o := mustPay(t, env, a.token, "payApplication", id).Order
	if err := env.Gateway.PayLosingNotification(o.OutTradeNo); err != nil {
		t.Fatal(err)
	}
	if v := mustPay(t, env, a.token, "refreshPayment", id); v.Application.Status != "REGISTERED" {
		t.Fatalf("not registered: %+v", v.Application)
	}
	return a, id, o.ID
}

// secondArea gives 大连 a second exam area through the admin API.
func secondArea(t *testing.T, env *testenv.Env) string {
	t.Helper()
	var d struct {
		CreateExamArea struct {
			ExamArea   *struct{ ID string }
			UserErrors []userError
		}
	}
	env.MustAs(t, env.LoginStaff(t, "dalian-admin"), `mutation { createExamArea(regionCode: "210200", input: {code: "02", name: "金州考区", levels: [JUNIOR, INTERMEDIATE, SENIOR]}) { examArea { id } userErrors { field code message } } }`, nil, &d)
	if d.CreateExamArea.ExamArea == nil {
		t.Fatalf("area: %+v", d.CreateExamArea.UserErrors)
	}
	return d.CreateExamArea.ExamArea.ID
}

type appCx struct {
	Status       string
	Cancellation *struct {
		Reason, Refund, RefundLabel, Message string
		WholeRegion                          bool
		RefundFen                            *int
	}
}

func candidateSees(t *testing.T, env *testenv.Env, a *applicant, id string) appCx {
	t.Helper()
	var d struct{ Node appCx }
	env.MustAs(t, a.token, `query($id: ID!) { node(id: $id) { ... on Application { status cancellation { reason refund refundLabel message wholeRegion refundFen } } } }`,
		map[string]any{"id": id}, &d)
	return d.Node
}

const typhoon = "台风“海葵”过境，考点停用，经考试机构决定取消本次考试"

// The "done when": a cancellation of one 考区 refunds exactly the
// paid candidates of that sitting, once. Unpaid candidates of the sitting
// can no longer pay, save or submit (SITTING_CANCELLED); the other 考区 and
// the other region are untouched; every candidate of the sitting hears of
// it once; a second run of the job changes nothing.
func TestCancellationRefundsExactlyThePaidOfTheSitting(t *testing.T) {
	env, cx := cancelling(t)
	other := secondArea(t, env.Env)
	ps := people(8)
	type paidApp struct {
		a        *applicant
		app, oid string
	}
	var inArea []paidApp
	for _, p := range ps[:3] {
		a, app, oid := paidIn(t, env, p, "大连考区")
		inArea = append(inArea, paidApp{a, app, oid})
	}
	unpaid, unpaidID := awaitingPayment(t, env, ps[3])
	otherArea, otherID, otherOrder := paidIn(t, env, ps[4], "金州考区")
	draftHolder := newApplicant(t, env.Env, ps[5])
	form := draftHolder.fullForm(t, "210200", "大连考区", "210000")
	form["qualificationCode"] = "ZJ02"
	draft := draftHolder.save(t, "", form).Application
	liaoning := env.Registered(t, 2, demo.SessionOpen, "210000", "沈阳考区", "ZJ02")

	dalianAdmin, national := env.LoginStaff(t, "dalian-admin"), env.LoginStaff(t, "admin")
	area := areaID(t, env.Env, "210200", "大连考区")
	in := map[string]any{"sessionCode": demo.SessionOpen, "regionCode": "210200", "areaId": area, "reason": typhoon}
	x := mustCreate(t, env.Env, dalianAdmin, in)
	if x.State != "DRAFT" || x.ScopeLabel != "大连市 · 大连考区" || x.Preview.PaidOrders != 3 || x.Preview.RefundFen != 36000 ||
		x.Preview.RefundText != "¥360.00" || x.Preview.Applications != 5 || x.Preview.Tickets != 0 {
		t.Fatalf("draft and its preview: %+v", x)
	}
	// The whole region, or the same area again, overlaps the draft; the other area does not.
	whole := map[string]any{"sessionCode": demo.SessionOpen, "regionCode": "210200", "reason": typhoon}
	if p, _ := createCx(t, env.Env, dalianAdmin, whole); !hasCode(p.UserErrors, "CANCELLATION_OVERLAPS") {
		t.Errorf("whole region over an area: %+v", p)
	}
	if p, _ := createCx(t, env.Env, national, in); !hasCode(p.UserErrors, "CANCELLATION_OVERLAPS") {
		t.Errorf("the same area twice: %+v", p)
	}
	// The creator cannot confirm their own draft.
	if p, _ := actCx(t, env.Env, dalianAdmin, "confirmCancellation", x.ID); !hasCode(p.UserErrors, "SECOND_ADMIN_REQUIRED") {
		t.Fatalf("creator confirms: %+v", p)
	}
	if n := env.DB.Client.Message.Query().Where(message.KindEQ(message.KindEXAM_CANCELLED)).CountX(testenv.System()); n != 0 {
		t.Fatalf("a draft told %d candidates", n)
	}
	// A second admin confirms; the job runs after the commit.
	c := mustAct(t, env.Env, national, "confirmCancellation", x.ID)
	if c.State != "CONFIRMED" || c.ConfirmedByName == nil {
		t.Fatalf("confirmed: %+v", c)
	}
	cx.Wait()
	if _, err := cx.RunDue(context.Background()); err != nil { // a rerun (another instance, the minute loop)
		t.Fatal(err)
	}
	done := mustAct(t, env.Env, national, "confirmCancellation", x.ID)
	if done.State != "DONE" || done.RefundsDone != 3 || done.RefundsTotal != 3 || done.RefundedFen != 36000 {
		t.Fatalf("after the job: %+v", done)
	}
	sys := testenv.System()
	for _, p := range inArea {
		if s := statusOf(t, env, p.app); s != enum.StatusRefunded {
			t.Errorf("%s is %s", p.app, s)
		}
		if n := transitionsTo(t, env, p.app, enum.StatusRefunded); n != 1 {
			t.Errorf("%d REFUNDED moves for %s", n, p.app)
		}
		o := env.DB.Client.PaymentOrder.GetX(sys, pulid.ID(p.oid))
		if o.Status != paymentorder.StatusREFUNDED || audits(t, env, "payment.refunded", p.oid) != 1 {
			t.Errorf("order %s: %s, %d refunds audited", p.oid, o.Status, audits(t, env, "payment.refunded", p.oid))
		}
		if txn, _ := env.Gateway.Order(o.OutTradeNo); txn.TradeState != "REFUND" {
			t.Errorf("the gateway has %s for %s", txn.TradeState, o.OutTradeNo)
		}
		v := candidateSees(t, env.Env, p.a, p.app)
		if v.Status != "REFUNDED" || v.Cancellation == nil || v.Cancellation.Refund != "REFUNDED" || v.Cancellation.RefundFen == nil ||
			*v.Cancellation.RefundFen != 12000 || v.Cancellation.WholeRegion || !strings.Contains(v.Cancellation.Message, "海葵") {
			t.Errorf("the candidate sees %+v", v.Cancellation)
		}
	}
	if n := env.DB.Client.CancellationRefund.Query().Where(cancellationrefund.StateEQ(cancellationrefund.StateREFUNDED)).CountX(sys); n != 3 {
		t.Errorf("%d refund rows, want 3", n)
	}
	// Untouched: the unpaid one (now refused), the other area, the other region.
	if s := statusOf(t, env, unpaidID); s != enum.StatusAwaitingPayment {
		t.Errorf("unpaid is %s", s)
	}
	if p, _ := payCall(t, env, unpaid.token, "payApplication", unpaidID); !hasCode(p.UserErrors, "SITTING_CANCELLED") {
		t.Errorf("paying in a cancelled sitting: %+v", p.UserErrors)
	}
	if v := candidateSees(t, env.Env, unpaid, unpaidID); v.Cancellation == nil || v.Cancellation.Refund != "NOT_PAID" {
		t.Errorf("the unpaid candidate sees %+v", v.Cancellation)
	}
	if sp := draftHolder.submit(t, draft.ID, true, ""); !hasCode(sp.UserErrors, "SITTING_CANCELLED") {
		t.Errorf("submitting in a cancelled sitting: %+v", sp.UserErrors)
	}
	if sp := draftHolder.save(t, draft.ID, form); !hasCode(sp.UserErrors, "SITTING_CANCELLED") {
		t.Errorf("saving in a cancelled sitting: %+v", sp.UserErrors)
	}
	newcomer := newApplicant(t, env.Env, ps[6])
	f2 := newcomer.fullForm(t, "210200", "大连考区", "210000")
	if sp := newcomer.save(t, "", f2); !hasCode(sp.UserErrors, "SITTING_CANCELLED") || sp.Application != nil {
		t.Errorf("a new application in a cancelled sitting: %+v", sp)
	}
	f2["areaId"] = other // the other area still takes registrations
	if sp := newcomer.save(t, "", f2); len(sp.UserErrors) > 0 {
		t.Errorf("the other area: %+v", sp.UserErrors)
	}
	if s := statusOf(t, env, otherID); s != enum.StatusRegistered || env.DB.Client.PaymentOrder.GetX(sys, pulid.ID(otherOrder)).Status != paymentorder.StatusPAID {
		t.Errorf("the other area's registration: %s", s)
	}
	if v := candidateSees(t, env.Env, otherArea, otherID); v.Cancellation != nil {
		t.Errorf("the other area sees a cancellation: %+v", v.Cancellation)
	}
	for _, id := range liaoning {
		if env.DB.Client.Application.GetX(sys, id).Status != enum.StatusRegistered {
			t.Errorf("辽宁's %s changed", id)
		}
	}
	// A staff list shows each row's cancellation, read for the page at once
	// (an N+1 would read cancellations once per row).
	var q struct {
		ReviewQueue struct {
			Edges []struct {
				Node struct {
					ID           string
					Cancellation *struct{ Reason, Refund string }
				}
			}
		}
	}
	env.Counter.Reset()
	env.MustAs(t, dalianAdmin, `query($s: String!) { reviewQueue(first: 50, filter: {sessionCode: $s, statuses: [REFUNDED, AWAITING_PAYMENT, REGISTERED]}) { edges { node { id cancellation { reason refund } } } } }`,
		map[string]any{"s": demo.SessionOpen}, &q)
	reads := 0
	for _, st := range env.Counter.Statements() {
		if strings.Contains(st, `"cancellations"`) || strings.Contains(st, "`cancellations`") {
			reads++
		}
	}
	cancelled := map[string]bool{inArea[0].app: true, inArea[1].app: true, inArea[2].app: true, unpaidID: true}
	if len(q.ReviewQueue.Edges) != 5 {
		t.Errorf("%d rows in the list, want 5", len(q.ReviewQueue.Edges))
	}
	for _, e := range q.ReviewQueue.Edges {
		if (e.Node.Cancellation != nil) != cancelled[e.Node.ID] {
			t.Errorf("%s in the list: cancellation %+v", e.Node.ID, e.Node.Cancellation)
		}
	}
	// A page's resolvers arrive together; a loaded machine may split them into two batches, never five.
	if reads == 0 || reads > 2 {
		t.Errorf("%d reads of cancellations for a page of 5:\n%s", reads, strings.Join(env.Counter.Statements(), "\n"))
	}
	// The notice: once per live application of the sitting, with the refund; a second expansion writes nothing.
	for range 2 {
		if _, err := notify.Expand(context.Background(), env.DB.Client); err != nil {
			t.Fatal(err)
		}
	}
	msgs := env.DB.Client.Message.Query().Where(message.KindEQ(message.KindEXAM_CANCELLED)).AllX(sys)
	got := map[pulid.ID]int{}
	for _, m := range msgs {
		got[*m.ApplicationID]++
	}
	want := []string{inArea[0].app, inArea[1].app, inArea[2].app, unpaidID, draft.ID}
	if len(msgs) != len(want) {
		t.Errorf("%d notices, want %d: %v", len(msgs), len(want), got)
	}
	for _, id := range want {
		if got[pulid.ID(id)] != 1 {
			t.Errorf("%s told %d times", id, got[pulid.ID(id)])
		}
	}
	for _, m := range msgs {
		if *m.ApplicationID == pulid.ID(inArea[0].app) && (!strings.Contains(m.Body, "¥120.00") || !strings.Contains(m.Body, "海葵")) {
			t.Errorf("the paid candidate's notice: %s", m.Body)
		}
	}
	// Audited: who drafted, who confirmed, the job's end.
	for _, action := range []string{"Cancellation.create", "cancellation.confirm", "job." + cancellation.JobName} {
		if n := env.DB.Client.AuditLog.Query().Where(auditlog.Action(action), auditlog.RecordID(x.ID)).CountX(sys); n != 1 {
			t.Errorf("%d %s entries", n, action)
		}
	}
	// Confirmed is final.
	if p, _ := actCx(t, env.Env, national, "withdrawCancellation", x.ID); !hasCode(p.UserErrors, "WRONG_STATE") {
		t.Errorf("withdrawing a confirmed cancellation: %+v", p)
	}
}

// flakyRefunder fails every refund while down, and remembers which refund
// numbers reached the gateway for each order.
type flakyRefunder struct {
	inner payment.Refunder
	mu    sync.Mutex
	down  bool
	okays int // refunds let through before going down (-1: all)
	seen  map[string]map[string]bool
}

func (f *flakyRefunder) Refund(ctx context.Context, r payment.RefundRequest) (payment.Refund, error) {
	f.mu.Lock()
	if f.okays == 0 {
		f.down = true
	}
	if f.down {
		f.mu.Unlock()
		return payment.Refund{}, errors.New("gateway unreachable (test)")
	}
	if f.okays > 0 {
		f.okays--
	}
	if f.seen[r.OrderNo] == nil {
		f.seen[r.OrderNo] = map[string]bool{}
	}
	f.seen[r.OrderNo][r.RefundNo] = true
	f.mu.Unlock()
	return f.inner.Refund(ctx, r)
}

func (f *flakyRefunder) heal() { f.mu.Lock(); f.down, f.okays = false, -1; f.mu.Unlock() }

// A gateway that fails mid-way: the refunds made stay made, the rest wait
// PENDING; later runs — two at once, then one more — refund only those left,
// each order once (one refund number at the gateway, one REFUNDED move).
func TestCancellationGatewayFailureRetriesOnlyTheRest(t *testing.T) {
	env, cx := cancelling(t)
	flaky := &flakyRefunder{inner: env.Pay.Refunder, okays: 2, seen: map[string]map[string]bool{}}
	env.Pay.Refunder = flaky
	var apps []string
	for _, p := range people(4) {
		_, id, _ := paidIn(t, env, p, "大连考区")
		apps = append(apps, id)
	}
	x := mustCreate(t, env.Env, env.LoginStaff(t, "admin"), map[string]any{"sessionCode": demo.SessionOpen, "regionCode": "210200", "reason": "突发公共卫生事件，全市停考"})
	mustAct(t, env.Env, env.LoginStaff(t, "dalian-admin"), "confirmCancellation", x.ID)
	cx.Wait()
	sys := testenv.System()
	row := env.DB.Client.Cancellation.GetX(sys, pulid.ID(x.ID))
	if row.State != entcx.StateCONFIRMED || row.RefundsDone != 2 || row.LastError == nil {
		t.Fatalf("after the failure: %+v", row)
	}
	if n := env.DB.Client.CancellationRefund.Query().Where(cancellationrefund.StateEQ(cancellationrefund.StatePENDING)).CountX(sys); n != 2 {
		t.Fatalf("%d pending refunds, want 2", n)
	}
	// While it is confirmed the whole region refuses payment and saving (SESSION_CANCELLED).
	late := newApplicant(t, env.Env, people(6)[5])
	if sp := late.save(t, "", late.fullForm(t, "210200", "大连考区", "210000")); !hasCode(sp.UserErrors, "SESSION_CANCELLED") {
		t.Errorf("saving in a cancelled region: %+v", sp.UserErrors)
	}
	flaky.heal()
	var wg sync.WaitGroup
	for range 2 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			if _, err := cx.RunDue(context.Background()); err != nil {
				t.Error(err)
			}
		}()
	}
	wg.Wait()
	if _, err := cx.RunDue(context.Background()); err != nil {
		t.Fatal(err)
	}
	row = env.DB.Client.Cancellation.GetX(sys, pulid.ID(x.ID))
	if row.State != entcx.StateDONE || row.RefundsDone != 4 || row.RefundedFen != 48000 {
		t.Fatalf("after the retries: %+v", row)
	}
	for _, id := range apps {
		if transitionsTo(t, env, id, enum.StatusRefunded) != 1 {
			t.Errorf("%s refunded %d times", id, transitionsTo(t, env, id, enum.StatusRefunded))
		}
		o := env.DB.Client.PaymentOrder.Query().Where(paymentorder.ApplicationID(pulid.ID(id))).OnlyX(sys)
		if len(flaky.seen[o.OutTradeNo]) != 1 || audits(t, env, "payment.refunded", string(o.ID)) != 1 {
			t.Errorf("order %s: refund numbers %v, %d refunds audited", o.OutTradeNo, flaky.seen[o.OutTradeNo], audits(t, env, "payment.refunded", string(o.ID)))
		}
	}
	if n := env.DB.Client.CancellationRefund.Query().CountX(sys); n != 4 {
		t.Errorf("%d refund rows, want 4", n)
	}
}

// Withdrawn before confirmation, a draft leaves everything as it was:
// payments go on, nobody is told, nothing is refunded, and the scope can be
// drafted again.
func TestWithdrawnCancellationChangesNothing(t *testing.T) {
	env, cx := cancelling(t)
	a, id := awaitingPayment(t, env, people(1)[0])
	admin := env.LoginStaff(t, "dalian-admin")
	in := map[string]any{"sessionCode": demo.SessionOpen, "regionCode": "210200", "reason": "暴雨预警"}
	x := mustCreate(t, env.Env, admin, in)
	w := mustAct(t, env.Env, admin, "withdrawCancellation", x.ID)
	if w.State != "WITHDRAWN" {
		t.Fatalf("withdrawn: %+v", w)
	}
	if again := mustAct(t, env.Env, admin, "withdrawCancellation", x.ID); again.State != "WITHDRAWN" {
		t.Errorf("a repeated withdrawal: %+v", again)
	}
	if p, _ := actCx(t, env.Env, env.LoginStaff(t, "admin"), "confirmCancellation", x.ID); !hasCode(p.UserErrors, "WRONG_STATE") {
		t.Errorf("confirming a withdrawn draft: %+v", p)
	}
	cx.Wait()
	if p := mustPay(t, env, a.token, "payApplication", id); len(p.UserErrors) > 0 || p.Order == nil {
		t.Errorf("paying after a withdrawn draft: %+v", p.UserErrors)
	}
	sys := testenv.System()
	if n := env.DB.Client.Message.Query().Where(message.KindEQ(message.KindEXAM_CANCELLED)).CountX(sys); n != 0 {
		t.Errorf("%d notices", n)
	}
	if n := env.DB.Client.Fanout.Query().CountX(sys); n != 0 {
		t.Errorf("%d broadcasts", n)
	}
	if n := env.DB.Client.CancellationRefund.Query().CountX(sys); n != 0 {
		t.Errorf("%d refunds", n)
	}
	if v := candidateSees(t, env.Env, a, id); v.Cancellation != nil || v.Status != "AWAITING_PAYMENT" {
		t.Errorf("the candidate sees %+v", v)
	}
	mustCreate(t, env.Env, admin, in)
}

// Bad input changes nothing and says where; only admins of the region (or
// national admins) see or act on a cancellation: 辽宁's admin not 大连's,
// reviewers, candidates and anonymous callers not at all, by node id too.
func TestCancellationInputAndDenials(t *testing.T) {
	env, _ := cancelling(t)
	a, appID := awaitingPayment(t, env, people(1)[0])
	dalian := env.LoginStaff(t, "dalian-admin")
	base := func(reason string) map[string]any {
		return map[string]any{"sessionCode": demo.SessionOpen, "regionCode": "210200", "reason": reason}
	}
	for _, c := range []struct {
		in    map[string]any
		code  string
		field string
	}{
		{base("  "), "REQUIRED", "input.reason"},
		{base("typhoon"), "INVALID_FORMAT", "input.reason"},
		{base(strings.Repeat("台", 201)), "INVALID_FORMAT", "input.reason"},
		{map[string]any{"sessionCode": "NOPE", "regionCode": "210200", "reason": "台风"}, "NOT_FOUND", "input.sessionCode"},
		{map[string]any{"sessionCode": demo.SessionOpen, "regionCode": "210200", "areaId": areaID(t, env.Env, "210000", "沈阳考区"), "reason": "台风"}, "NOT_FOUND", "input.areaId"},
		{map[string]any{"sessionCode": demo.SessionOpen, "regionCode": "210000", "reason": "台风"}, "NOT_ALLOWED", "input.regionCode"},
	} {
		p, res := createCx(t, env.Env, dalian, c.in)
		if len(res.Errors) > 0 || p.Cancellation != nil || len(p.UserErrors) == 0 || p.UserErrors[0].Code != c.code ||
			strings.Join(p.UserErrors[0].Field, ".") != c.field || p.UserErrors[0].Message == "" {
			t.Errorf("%v: %+v %+v", c.in, p, res.Errors)
		}
	}
	sys := testenv.System()
	if n := env.DB.Client.Cancellation.Query().CountX(sys); n != 0 {
		t.Fatalf("bad input saved %d cancellations", n)
	}
	x := mustCreate(t, env.Env, dalian, base("台风"))

	liaoning, reviewer := env.LoginStaff(t, "liaoning-admin"), env.LoginStaff(t, "dalian-reviewer")
	for _, m := range []string{"confirmCancellation", "withdrawCancellation"} {
		if _, res := actCx(t, env.Env, liaoning, m, x.ID); res.Code() != "NOT_FOUND" {
			t.Errorf("辽宁's admin %s: %+v", m, res.Errors)
		}
		if _, res := actCx(t, env.Env, reviewer, m, x.ID); res.Code() != "FORBIDDEN" {
			t.Errorf("reviewer %s: %+v", m, res.Errors)
		}
		if _, res := actCx(t, env.Env, a.token, m, x.ID); res.Code() != "FORBIDDEN" {
			t.Errorf("candidate %s: %+v", m, res.Errors)
		}
		if _, res := actCx(t, env.Env, "", m, x.ID); res.Code() != "UNAUTHENTICATED" {
			t.Errorf("anonymous %s: %+v", m, res.Errors)
		}
	}
	if _, res := createCx(t, env.Env, reviewer, base("台风")); res.Code() != "FORBIDDEN" {
		t.Errorf("reviewer creates: %+v", res.Errors)
	}
	if _, res := createCx(t, env.Env, a.token, base("台风")); res.Code() != "FORBIDDEN" {
		t.Errorf("candidate creates: %+v", res.Errors)
	}
	if _, res := createCx(t, env.Env, "", base("台风")); res.Code() != "UNAUTHENTICATED" {
		t.Errorf("anonymous creates: %+v", res.Errors)
	}
	const nodeQ = `query($id: ID!) { node(id: $id) { id ... on Cancellation { reason } } }`
	for who, token := range map[string]string{"辽宁's admin": liaoning, "reviewer": reviewer, "candidate": a.token, "anonymous": ""} {
		if res := env.PostAs(t, token, nodeQ, map[string]any{"id": x.ID}); res.Code() != "NOT_FOUND" {
			t.Errorf("%s reads the node: %s %+v", who, res.Data, res.Errors)
		}
	}
	for who, token := range map[string]string{"大连's admin": dalian, "national admin": env.LoginStaff(t, "admin")} {
		var d struct{ Node *struct{ ID, Reason string } }
		env.MustAs(t, token, nodeQ, map[string]any{"id": x.ID}, &d)
		if d.Node == nil || d.Node.Reason != "台风" {
			t.Errorf("%s reads %+v", who, d.Node)
		}
	}
	const listQ = `query($r: String) { cancellations(sessionCode: "` + demo.SessionOpen + `", regionCode: $r) { id } }`
	var l struct{ Cancellations []struct{ ID string } }
	env.MustAs(t, liaoning, listQ, map[string]any{"r": "210200"}, &l)
	if len(l.Cancellations) != 0 {
		t.Errorf("辽宁's admin lists 大连's: %+v", l)
	}
	env.MustAs(t, dalian, listQ, map[string]any{"r": nil}, &l)
	if len(l.Cancellations) != 1 {
		t.Errorf("大连's admin lists %+v", l)
	}
	if res := env.PostAs(t, reviewer, listQ, map[string]any{"r": nil}); res.Code() != "FORBIDDEN" {
		t.Errorf("reviewer lists: %+v", res.Errors)
	}
	if res := env.PostAs(t, "", listQ, map[string]any{"r": nil}); res.Code() != "UNAUTHENTICATED" {
		t.Errorf("anonymous lists: %+v", res.Errors)
	}
	const previewQ = `query($in: CancellationScopeInput!) { cancellationPreview(input: $in) { applications paidOrders refundFen } }`
	var pv struct{ CancellationPreview struct{ Applications int } }
	env.MustAs(t, dalian, previewQ, map[string]any{"in": map[string]any{"sessionCode": demo.SessionOpen, "regionCode": "210200"}}, &pv)
	if pv.CancellationPreview.Applications != 1 {
		t.Errorf("preview: %+v", pv)
	}
	if res := env.PostAs(t, liaoning, previewQ, map[string]any{"in": map[string]any{"sessionCode": demo.SessionOpen, "regionCode": "210200"}}); len(res.Errors) == 0 {
		t.Errorf("辽宁's admin previews 大连: %s", res.Data)
	}
	// Nothing changed for the candidate while it is a draft.
	if p := mustPay(t, env, a.token, "payApplication", appID); len(p.UserErrors) > 0 {
		t.Errorf("paying under a draft: %+v", p.UserErrors)
	}
}

// A cancelled sitting's admission tickets are void: the PDF answers 410
// Gone with the reason, the door check CANCELLED; a free region has nothing
// to refund, so the cancellation is DONE at once; a region cancelled as a
// whole refuses its seat plan.
func TestCancelledTicketsAreVoid(t *testing.T) {
	cx := &cancellation.Service{Log: testenv.Logger()}
	var signer *ticketsig.Signer
	env := testenv.StartWith(t, march, func(o *server.Options) {
		o.Dev = true
		cx.Client, o.Cancellations, signer = o.Client, cx, o.Tickets.Signer
	})
	t.Cleanup(cx.Wait)
	env.Registered(t, 5, demo.SessionPrint, "210000", "沈阳考区", "ZJ02")
	me := newApplicant(t, env, people(1)[0])
	appID := env.RegisteredFor(t, me.id, me.photo, demo.SessionPrint, "210000", "沈阳考区", "ZJ02")
	admin := env.LoginStaff(t, "liaoning-admin")
	r, _ := runPlan(t, env, admin, demo.SessionPrint, nil)
	finished(t, env, admin, r.Run.ID)
	publishPlan(t, env, admin, r.Run.ID)
	var d struct {
		Node struct {
			AdmissionTicket *struct {
				PdfURL string `json:"pdfUrl"`
			}
		}
	}
	env.MustAs(t, me.token, `query($id: ID!) { node(id: $id) { ... on Application { admissionTicket { pdfUrl } } } }`, map[string]any{"id": string(appID)}, &d)
	url := env.Server.URL + d.Node.AdmissionTicket.PdfURL
	getBody(t, url, "", http.StatusOK)
	// The QR code's token as the ticket carries it (signed as the printer signs it).
	sys := testenv.System()
	tk := env.DB.Client.AdmissionTicket.Query().Where(admissionticket.ApplicationID(appID)).OnlyX(sys)
	room := env.DB.Client.ExamRoom.GetX(sys, tk.RoomID)
	qr, err := signer.Sign(ticketsig.Claims{TicketNo: tk.TicketNumber, Session: demo.SessionPrint, Region: "210000",
		ApplicationID: string(appID), SiteID: string(tk.SiteID), Room: room.Code, Seat: tk.Seat, Expires: env.Clock.Now().Add(60 * 24 * time.Hour)})
	if err != nil {
		t.Fatal(err)
	}
	door := examStaff(t, env, "liaoning-admin", "door-cx", "210000")
	if c, _ := verify(t, env, door, qr, demo.SessionPrint); !c.Valid {
		t.Fatalf("before: %+v", c)
	}

	in := map[string]any{"sessionCode": demo.SessionPrint, "regionCode": "210000", "areaId": areaID(t, env, "210000", "沈阳考区"), "reason": "地震预警，考点停用"}
	x := mustCreate(t, env, admin, in)
	if x.Preview.Tickets != 6 || x.Preview.PaidOrders != 0 {
		t.Fatalf("preview: %+v", x.Preview)
	}
	getBody(t, url, "", http.StatusOK) // a draft voids nothing
	mustAct(t, env, env.LoginStaff(t, "admin"), "confirmCancellation", x.ID)
	cx.Wait()
	if s := env.DB.Client.Cancellation.GetX(sys, pulid.ID(x.ID)).State; s != entcx.StateDONE {
		t.Errorf("a free region's cancellation is %s", s)
	}
	body := getBody(t, url, "", http.StatusGone)
	if !strings.Contains(string(body), "TICKET_VOID") || !strings.Contains(string(body), "准考证已作废") {
		t.Errorf("410 body: %s", body)
	}
	getBody(t, env.Server.URL+"/tickets/"+mustTicketID(t, env, appID), admin, http.StatusGone)
	getBody(t, env.Server.URL+"/tickets/rooms/"+string(tk.RoomID)+"?session="+demo.SessionPrint, admin, http.StatusGone)
	getBody(t, env.Server.URL+"/signin/"+string(tk.RoomID)+"?session="+demo.SessionPrint, admin, http.StatusGone)
	if c, _ := verify(t, env, door, qr, demo.SessionPrint); c.Result != "CANCELLED" || c.Valid || c.Name != nil {
		t.Errorf("door check: %+v", c)
	}
	var v struct{ Node appCx }
	env.MustAs(t, me.token, `query($id: ID!) { node(id: $id) { ... on Application { status cancellation { reason refund refundLabel message wholeRegion refundFen } } } }`,
		map[string]any{"id": string(appID)}, &v)
	if v.Node.Status != "REGISTERED" || v.Node.Cancellation == nil || v.Node.Cancellation.Refund != "NOT_PAID" {
		t.Errorf("the candidate sees %+v", v.Node)
	}

	// 大连 cancelled as a whole: its seat plan is refused.
	dalian := env.LoginStaff(t, "dalian-admin")
	whole := mustCreate(t, env, dalian, map[string]any{"sessionCode": demo.SessionPrint, "regionCode": "210200", "reason": "台风"})
	mustAct(t, env, env.LoginStaff(t, "admin"), "confirmCancellation", whole.ID)
	if p, res := runPlan(t, env, dalian, demo.SessionPrint, nil); !hasCode(p.UserErrors, "SESSION_CANCELLED") {
		t.Errorf("seat plan of a cancelled region: %+v %+v", p.UserErrors, res.Errors)
	}
}

func mustTicketID(t *testing.T, env *testenv.Env, app pulid.ID) string {
	t.Helper()
	return string(env.DB.Client.AdmissionTicket.Query().Where(admissionticket.ApplicationID(app)).OnlyIDX(testenv.System()))
}

// A cancelled exam takes no review decisions: approving would ask the
// candidate to pay for an exam that will not be held, rejecting to correct
// and resubmit. Approve, reject and bulk approve answer SESSION_CANCELLED
// and change nothing; the application stays where it was, and nobody is
// told of a decision.
func TestReviewInACancelledSessionIsRefused(t *testing.T) {
	env, cx := cancelling(t)
	ps := people(2)
	_, pending := submitIn(t, env.Env, ps[0], "210200", "大连考区", "210000", "ZJ02")
	_, other := submitIn(t, env.Env, ps[1], "210200", "大连考区", "210000", "ZJ02")
	x := mustCreate(t, env.Env, env.LoginStaff(t, "dalian-admin"), map[string]any{"sessionCode": demo.SessionOpen, "regionCode": "210200", "reason": typhoon})
	mustAct(t, env.Env, env.LoginStaff(t, "admin"), "confirmCancellation", x.ID)
	cx.Wait()

	reviewer := env.LoginStaff(t, "dalian-reviewer")
	for name, q := range map[string]struct {
		q    string
		vars map[string]any
	}{
		"approve": {approveQ, map[string]any{"id": pending, "v": 2}},
		"reject":  {rejectQ, map[string]any{"id": pending, "v": 2, "r": []string{"PHOTO_NONCOMPLIANT"}, "n": "照片不清晰"}},
	} {
		d, res := decide(t, env.Env, reviewer, q.q, q.vars)
		if len(res.Errors) > 0 || !hasCode(d.UserErrors, "SESSION_CANCELLED") {
			t.Errorf("%s in a cancelled session: %+v %+v", name, d.UserErrors, res.Errors)
		}
	}
	res := env.PostAs(t, reviewer, `mutation($items: [BulkApproveItem!]!) { bulkApprove(items: $items) { applications { id status } userErrors { code field message } } }`,
		map[string]any{"items": []map[string]any{{"id": pending, "version": 2}, {"id": other, "version": 2}}})
	var bulk struct {
		BulkApprove struct {
			Applications []struct{ ID, Status string }
			UserErrors   []userError
		}
	}
	_ = jsonUnmarshalRaw(res.Data, &bulk)
	if len(res.Errors) > 0 || len(bulk.BulkApprove.UserErrors) != 2 || !hasCode(bulk.BulkApprove.UserErrors, "SESSION_CANCELLED") ||
		len(bulk.BulkApprove.Applications) != 0 {
		t.Errorf("bulk approve in a cancelled session: %+v %+v", bulk.BulkApprove, res.Errors)
	}
	sys := testenv.System()
	for _, id := range []string{pending, other} {
		if s := statusOf(t, env, id); s != enum.StatusPendingReview {
			t.Errorf("%s is %s", id, s)
		}
	}
	if n := env.DB.Client.ReviewDecision.Query().CountX(sys); n != 0 {
		t.Errorf("%d review decisions recorded", n)
	}
}
