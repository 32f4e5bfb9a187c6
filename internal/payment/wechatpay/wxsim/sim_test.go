package wxsim_test

import (
	"context"
	"crypto/rand"
	"crypto/rsa"
	"errors"
	"net/http"
	"net/http/httptest"
	"sync"
	"testing"
	"time"

	"github.com/ruankao/ruankao/internal/payment"
	"github.com/ruankao/ruankao/internal/payment/wechatpay"
	"github.com/ruankao/ruankao/internal/payment/wechatpay/wxsim"
)

const (
	appID  = "wxd678efh567hg6787"
	mchID  = "1230000109"
	serial = "5157F09EFDC096DE15EBE81A47057A7232F1B8E1"
)

var apiV3Key = []byte("ruankaoTestAPIv3Key0000000000032")

// RSA key generation is the slow part; every test shares these.
var keys = sync.OnceValue(func() [3]*rsa.PrivateKey {
	var ks [3]*rsa.PrivateKey
	for i := range ks {
		k, err := rsa.GenerateKey(rand.Reader, 2048)
		if err != nil {
			panic(err)
		}
		ks[i] = k
	}
	return ks
})

type rig struct {
	sim     *wxsim.Sim
	client  *wechatpay.Client
	gateway *httptest.Server
}

// newRig starts a simulator signing with platform key i and a client that
// trusts platform key 1 under the simulator's serial.
func newRig(t *testing.T, i int) *rig {
	t.Helper()
	ks := keys()
	sim, err := wxsim.New(wxsim.Options{
		AppID: appID, MchID: mchID, MerchantSerial: serial, MerchantKey: &ks[0].PublicKey,
		APIv3Key: apiV3Key, PlatformKey: ks[i], PlatformSerial: "SIMSERIAL",
		Retry: []time.Duration{5 * time.Millisecond, 5 * time.Millisecond, 5 * time.Millisecond},
	})
	if err != nil {
		t.Fatal(err)
	}
	gw := httptest.NewServer(sim)
	t.Cleanup(func() { gw.Close(); sim.Close() })
	c, err := wechatpay.New(wechatpay.Config{
		BaseURL: gw.URL, AppID: appID, MchID: mchID, MchSerial: serial, MchKey: ks[0], APIv3Key: apiV3Key,
		PlatformKey: map[string]*rsa.PublicKey{"SIMSERIAL": &ks[1].PublicKey}, HTTP: gw.Client(),
	})
	if err != nil {
		t.Fatal(err)
	}
	return &rig{sim: sim, client: c, gateway: gw}
}

type delivery struct {
	txn payment.Transaction
	err error
}

// notifyServer parses each notification with c and answers failures[n] for
// the nth delivery (0 means answer as the client says).
func notifyServer(t *testing.T, c *wechatpay.Client, failures ...int) (*httptest.Server, chan delivery) {
	t.Helper()
	ch := make(chan delivery, 16)
	var mu sync.Mutex
	n := 0
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		txn, err := c.ParseNotification(r)
		ch <- delivery{txn, err}
		mu.Lock()
		i := n
		n++
		mu.Unlock()
		if i < len(failures) && failures[i] != 0 {
			w.WriteHeader(failures[i])
			return
		}
		c.AnswerNotification(w, err)
	}))
	t.Cleanup(srv.Close)
	return srv, ch
}

func order(no, notifyURL string) payment.Order {
	return payment.Order{
		OrderNo: no, Description: "软考报名费", AmountFen: 9800,
		ExpiresAt: time.Now().Add(30 * time.Minute), NotifyURL: notifyURL,
	}
}

func next(t *testing.T, ch chan delivery) delivery {
	t.Helper()
	select {
	case d := <-ch:
		return d
	case <-time.After(5 * time.Second):
		t.Fatal("no notification arrived")
	}
	return delivery{}
}

func none(t *testing.T, ch chan delivery) {
	t.Helper()
	select {
	case d := <-ch:
		t.Fatalf("unexpected delivery %+v", d)
	case <-time.After(100 * time.Millisecond):
	}
}

func TestCreateQueryPayNotify(t *testing.T) {
	r := newRig(t, 1)
	ns, ch := notifyServer(t, r.client)
	ctx := context.Background()
	// The same order both times: its expiry is part of it (a second call a
	// second later would be another order, OUT_TRADE_NO_USED, as at WeChat Pay).
	o := order("RK0000000001", ns.URL)
	code, err := r.client.CreateCodeURLOrder(ctx, o)
	if err != nil || code == "" {
		t.Fatalf("create: %q %v", code, err)
	}
	again, err := r.client.CreateCodeURLOrder(ctx, o)
	if err != nil || again != code {
		t.Fatalf("re-opening a pending order: %q %v", again, err)
	}
	q, err := r.client.Query(ctx, "RK0000000001")
	if err != nil || q.Status != payment.StatusPending || q.ProviderState != "NOTPAY" || q.AmountFen != 9800 {
		t.Fatalf("query: %+v %v", q, err)
	}
	before := time.Now().Add(-time.Second)
	if err := r.sim.Pay("RK0000000001"); err != nil {
		t.Fatal(err)
	}
	d := next(t, ch)
	if d.err != nil {
		t.Fatal(d.err)
	}
	n := d.txn
	if n.OrderNo != "RK0000000001" || n.AmountFen != 9800 || n.Currency != "CNY" || n.Status != payment.StatusPaid ||
		n.ProviderTxnID == "" || n.Payer == "" || n.PaidAt.Location() != time.UTC || n.PaidAt.Before(before) {
		t.Fatalf("notification: %+v", n)
	}
	none(t, ch)
	q, err = r.client.Query(ctx, "RK0000000001")
	if err != nil || q != n {
		t.Fatalf("query after pay: %+v %v, notified %+v", q, err, n)
	}
	if err := r.client.Close(ctx, "RK0000000001"); !errors.Is(err, wechatpay.ErrOrderPaid) {
		t.Fatalf("closing a paid order: %v", err)
	}
	if _, err := r.client.CreateCodeURLOrder(ctx, order("RK0000000001", ns.URL)); !errors.Is(err, wechatpay.ErrOrderPaid) {
		t.Fatalf("re-creating a paid order: %v", err)
	}
}

func TestNotificationRetriedUntil2xx(t *testing.T) {
	r := newRig(t, 1)
	ns, ch := notifyServer(t, r.client, 500, 500)
	if _, err := r.client.CreateCodeURLOrder(context.Background(), order("RK0000000002", ns.URL)); err != nil {
		t.Fatal(err)
	}
	if err := r.sim.Pay("RK0000000002"); err != nil {
		t.Fatal(err)
	}
	for i := 0; i < 3; i++ {
		if d := next(t, ch); d.err != nil || d.txn.OrderNo != "RK0000000002" {
			t.Fatalf("delivery %d: %+v", i, d)
		}
	}
	none(t, ch)
}

func TestCloseThenPayRefused(t *testing.T) {
	r := newRig(t, 1)
	ctx := context.Background()
	if _, err := r.client.CreateCodeURLOrder(ctx, order("RK0000000003", "https://example.invalid/n")); err != nil {
		t.Fatal(err)
	}
	if err := r.client.Close(ctx, "RK0000000003"); err != nil {
		t.Fatal(err)
	}
	q, err := r.client.Query(ctx, "RK0000000003")
	if err != nil || q.Status != payment.StatusClosed || q.ProviderState != "CLOSED" {
		t.Fatalf("query after close: %+v %v", q, err)
	}
	if err := r.sim.Pay("RK0000000003"); !errors.Is(err, wxsim.ErrNotPayable) {
		t.Fatalf("pay after close: %v", err)
	}
	if _, err := r.client.CreateCodeURLOrder(ctx, order("RK0000000003", "https://example.invalid/n")); !errors.Is(err, wechatpay.ErrOrderClosed) {
		t.Fatalf("re-creating a closed order: %v", err)
	}
	if _, err := r.client.Query(ctx, "RK9999999999"); !errors.Is(err, wechatpay.ErrOrderNotExist) {
		t.Fatalf("unknown order: %v", err)
	}
}

func TestFailThenPay(t *testing.T) {
	r := newRig(t, 1)
	ns, ch := notifyServer(t, r.client)
	ctx := context.Background()
	if _, err := r.client.CreateCodeURLOrder(ctx, order("RK0000000004", ns.URL)); err != nil {
		t.Fatal(err)
	}
	if err := r.sim.Fail("RK0000000004"); err != nil {
		t.Fatal(err)
	}
	none(t, ch)
	if q, err := r.client.Query(ctx, "RK0000000004"); err != nil || q.Status != payment.StatusFailed {
		t.Fatalf("query after a failed attempt: %+v %v", q, err)
	}
	if err := r.sim.Pay("RK0000000004"); err != nil {
		t.Fatal(err)
	}
	if d := next(t, ch); d.err != nil || d.txn.Status != payment.StatusPaid {
		t.Fatalf("%+v", d)
	}
}

// A gateway impostor with another key, even under the right serial, is refused
// every time it tries.
func TestForgedNotificationRefused(t *testing.T) {
	honest := newRig(t, 1)
	forger := newRig(t, 2)
	ns, ch := notifyServer(t, honest.client)
	ctx := context.Background()
	// The rig's client does not trust the forger's key, so the order is
	// placed by one that does.
	trusting, err := wechatpay.New(wechatpay.Config{
		BaseURL: forger.gateway.URL, AppID: appID, MchID: mchID, MchSerial: serial, MchKey: keys()[0],
		APIv3Key: apiV3Key, PlatformKey: map[string]*rsa.PublicKey{"SIMSERIAL": forger.sim.PlatformPublicKey()},
	})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := trusting.CreateCodeURLOrder(ctx, order("RK0000000005", ns.URL)); err != nil {
		t.Fatal(err)
	}
	if err := forger.sim.Pay("RK0000000005"); err != nil {
		t.Fatal(err)
	}
	for i := 0; i < 4; i++ {
		if d := next(t, ch); !errors.Is(d.err, wechatpay.ErrBadSignature) || !errors.Is(d.err, wechatpay.ErrNotVerified) {
			t.Fatalf("forged delivery %d accepted: %+v", i, d)
		}
	}
	none(t, ch)
}
