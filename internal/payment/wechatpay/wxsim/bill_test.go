package wxsim_test

import (
	"bytes"
	"context"
	"crypto/rsa"
	"crypto/sha1"
	"encoding/hex"
	"encoding/json"
	"errors"
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"

	"github.com/ruankao/ruankao/internal/civil"
	"github.com/ruankao/ruankao/internal/clock"
	"github.com/ruankao/ruankao/internal/payment"
	"github.com/ruankao/ruankao/internal/payment/wechatpay"
	"github.com/ruankao/ruankao/internal/payment/wechatpay/wxsim"
)

var cst = time.FixedZone("CST", 8*3600)

// newClockRig is newRig with the simulator and the client on one manual
// clock, so that a test can live through a day and ask for its statement.
func newClockRig(t *testing.T, clk *clock.Manual) *rig {
	t.Helper()
	ks := keys()
	sim, err := wxsim.New(wxsim.Options{
		AppID: appID, MchID: mchID, MerchantSerial: serial, MerchantKey: &ks[0].PublicKey,
		APIv3Key: apiV3Key, PlatformKey: ks[1], PlatformSerial: "SIMSERIAL", Clock: clk,
		Retry: []time.Duration{5 * time.Millisecond},
	})
	if err != nil {
		t.Fatal(err)
	}
	gw := httptest.NewServer(sim)
	t.Cleanup(func() { gw.Close(); sim.Close() })
	c, err := wechatpay.New(wechatpay.Config{
		BaseURL: gw.URL, AppID: appID, MchID: mchID, MchSerial: serial, MchKey: ks[0], APIv3Key: apiV3Key,
		PlatformKey: map[string]*rsa.PublicKey{"SIMSERIAL": &ks[1].PublicKey}, HTTP: gw.Client(), Clock: clk,
	})
	if err != nil {
		t.Fatal(err)
	}
	return &rig{sim: sim, client: c, gateway: gw}
}

// acceptAll is a notification endpoint that takes everything.
func acceptAll(t *testing.T) string {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) { w.WriteHeader(http.StatusNoContent) }))
	t.Cleanup(srv.Close)
	return srv.URL
}

func placeOrder(t *testing.T, r *rig, clk clock.Clock, no, notifyURL string) {
	t.Helper()
	o := order(no, notifyURL)
	o.ExpiresAt = clk.Now().Add(30 * time.Minute)
	if _, err := r.client.CreateCodeURLOrder(context.Background(), o); err != nil {
		t.Fatal(err)
	}
}

func TestBillOfADay(t *testing.T) {
	clk := clock.NewManual(time.Date(2026, 12, 1, 10, 0, 0, 0, cst))
	r := newClockRig(t, clk)
	notify := acceptAll(t)
	ctx := context.Background()
	day := civil.MustParse("2026-12-01")

	for _, no := range []string{"RK00000000A1", "RK00000000B2", "RK00000000C3"} {
		placeOrder(t, r, clk, no, notify)
	}
	if err := r.sim.Pay("RK00000000A1"); err != nil {
		t.Fatal(err)
	}
	clk.Advance(5 * time.Minute)
	if err := r.sim.Pay("RK00000000B2"); err != nil {
		t.Fatal(err)
	}
	// RK00000000C3 stays unpaid: an order nobody paid is on no statement.
	clk.Set(time.Date(2026, 12, 1, 23, 59, 30, 0, cst))
	refund, err := r.client.Refund(ctx, payment.RefundRequest{
		OrderNo: "RK00000000B2", RefundNo: "RF00000000B2", Reason: "考试取消", AmountFen: 3000, TotalFen: 9800,
	})
	if err != nil {
		t.Fatal(err)
	}
	placeOrder(t, r, clk, "RK00000000D4", notify)
	clk.Set(time.Date(2026, 12, 2, 0, 0, 10, 0, cst))
	if err := r.sim.Pay("RK00000000D4"); err != nil { // just after midnight: the next day's
		t.Fatal(err)
	}

	if _, err := r.client.Bill(ctx, day.AddDays(1)); !errors.Is(err, payment.ErrBillNotReady) || !errors.Is(err, wechatpay.ErrStatementCreating) {
		t.Fatalf("the statement of a day not over: %v", err)
	}
	if _, err := r.client.Bill(ctx, day.AddDays(-1)); !errors.Is(err, payment.ErrNoBill) || !errors.Is(err, wechatpay.ErrNoStatement) {
		t.Fatalf("the statement of a day without trades: %v", err)
	}
	lines, err := r.client.Bill(ctx, day)
	if err != nil {
		t.Fatal(err)
	}
	a, _ := r.client.Query(ctx, "RK00000000A1")
	b, _ := r.client.Query(ctx, "RK00000000B2")
	want := []payment.BillLine{
		{OrderNo: "RK00000000A1", ProviderTxnID: a.ProviderTxnID, Status: payment.StatusPaid, ProviderState: "SUCCESS",
			Currency: "CNY", AmountFen: 9800, SettlementFen: 9800, PaidAt: a.PaidAt},
		{OrderNo: "RK00000000B2", ProviderTxnID: b.ProviderTxnID, Status: payment.StatusPaid, ProviderState: "SUCCESS",
			Currency: "CNY", AmountFen: 9800, SettlementFen: 9800, PaidAt: b.PaidAt},
		{OrderNo: "RK00000000B2", ProviderTxnID: b.ProviderTxnID, Status: payment.StatusRefunded, ProviderState: "REFUND",
			Currency: "CNY", RefundNo: "RF00000000B2", ProviderRefundID: refund.ProviderRefundID, RefundFen: 3000,
			SettlementRefundFen: 3000, ProviderRefundState: "SUCCESS", RefundedAt: time.Date(2026, 12, 1, 15, 59, 30, 0, time.UTC)},
	}
	if len(lines) != len(want) {
		t.Fatalf("lines %+v", lines)
	}
	for i := range want {
		if lines[i] != want[i] {
			t.Errorf("line %d\n got %+v\nwant %+v", i, lines[i], want[i])
		}
	}
	if b.Status != payment.StatusRefunded || a.PaidAt.IsZero() || !a.PaidAt.Equal(time.Date(2026, 12, 1, 2, 0, 0, 0, time.UTC)) {
		t.Fatalf("queries %+v %+v", a, b)
	}

	clk.Set(time.Date(2026, 12, 3, 10, 0, 0, 0, cst))
	next, err := r.client.Bill(ctx, day.AddDays(1))
	if err != nil || len(next) != 1 || next[0].OrderNo != "RK00000000D4" || next[0].Status != payment.StatusPaid {
		t.Fatalf("the next day: %+v %v", next, err)
	}
}

func TestBillDisagreesOrIsCorrupted(t *testing.T) {
	clk := clock.NewManual(time.Date(2026, 12, 1, 10, 0, 0, 0, cst))
	r := newClockRig(t, clk)
	ctx := context.Background()
	placeOrder(t, r, clk, "RK00000000E5", acceptAll(t))
	if err := r.sim.Pay("RK00000000E5"); err != nil {
		t.Fatal(err)
	}
	clk.Set(time.Date(2026, 12, 2, 10, 0, 0, 0, cst))
	day := civil.MustParse("2026-12-01")

	r.sim.SetBillAmount("RK00000000E5", 9700)
	lines, err := r.client.Bill(ctx, day)
	if err != nil || len(lines) != 1 || lines[0].AmountFen != 9700 || lines[0].SettlementFen != 9700 {
		t.Fatalf("a statement showing another amount: %+v %v", lines, err)
	}
	if q, err := r.client.Query(ctx, "RK00000000E5"); err != nil || q.AmountFen != 9800 {
		t.Fatalf("the order itself keeps its amount: %+v %v", q, err)
	}

	r.sim.SetBillTamper(func(b []byte) []byte { return bytes.Replace(b, []byte("`97.00"), []byte("`98.00"), 1) })
	if _, err := r.client.Bill(ctx, day); !errors.Is(err, wechatpay.ErrHashMismatch) {
		t.Fatalf("a file changed after hashing: %v", err)
	}
	r.sim.SetBillTamper(func(b []byte) []byte { return b[:len(b)-10] })
	if _, err := r.client.Bill(ctx, day); !errors.Is(err, wechatpay.ErrHashMismatch) {
		t.Fatalf("a truncated file: %v", err)
	}
	r.sim.SetBillTamper(nil)
	if _, err := r.client.Bill(ctx, day); err != nil {
		t.Fatalf("tampering stopped: %v", err)
	}
}

// signedGet sends a GET signed as the merchant (key i of keys()) at clk's time.
func signedGet(t *testing.T, clk clock.Clock, key int, rawURL string) (*http.Response, []byte) {
	t.Helper()
	req, err := http.NewRequest(http.MethodGet, rawURL, nil)
	if err != nil {
		t.Fatal(err)
	}
	if key >= 0 {
		nonce, ts := wechatpay.NewNonce(), clk.Now().Unix()
		sig, err := wechatpay.Sign(keys()[key], wechatpay.RequestMessage(http.MethodGet, req.URL.RequestURI(), ts, nonce, nil))
		if err != nil {
			t.Fatal(err)
		}
		req.Header.Set("Authorization", wechatpay.Authorization(mchID, serial, nonce, ts, sig))
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	body, _ := io.ReadAll(resp.Body)
	return resp, body
}

const unsigned = -1

func TestBillRequestsMustBeSigned(t *testing.T) {
	clk := clock.NewManual(time.Date(2026, 12, 1, 10, 0, 0, 0, cst))
	r := newClockRig(t, clk)
	placeOrder(t, r, clk, "RK00000000F6", acceptAll(t))
	if err := r.sim.Pay("RK00000000F6"); err != nil {
		t.Fatal(err)
	}
	clk.Set(time.Date(2026, 12, 2, 10, 0, 0, 0, cst))
	apply := r.gateway.URL + "/v3/bill/tradebill?bill_date=2026-12-01&bill_type=ALL"

	for _, key := range []int{unsigned, 2} {
		if resp, body := signedGet(t, clk, key, apply); resp.StatusCode != http.StatusUnauthorized || !bytes.Contains(body, []byte(`"SIGN_ERROR"`)) {
			t.Fatalf("applying with key %d: %d %s", key, resp.StatusCode, body)
		}
	}
	resp, body := signedGet(t, clk, 0, apply)
	var ans wechatpay.TradeBillJSON
	if resp.StatusCode != http.StatusOK || json.Unmarshal(body, &ans) != nil || ans.HashType != "SHA1" ||
		!strings.HasPrefix(ans.DownloadURL, r.gateway.URL+"/v3/billdownload/file?token=") {
		t.Fatalf("apply: %d %s", resp.StatusCode, body)
	}
	if resp.Header.Get(wechatpay.HeaderSignature) == "" {
		t.Fatal("the apply answer is signed like any answer")
	}
	for _, key := range []int{unsigned, 2} {
		if resp, body := signedGet(t, clk, key, ans.DownloadURL); resp.StatusCode != http.StatusUnauthorized || bytes.Contains(body, []byte("RK00000000F6")) {
			t.Fatalf("downloading with key %d: %d %s", key, resp.StatusCode, body)
		}
	}
	resp, file := signedGet(t, clk, 0, ans.DownloadURL)
	sum := sha1.Sum(file)
	if resp.StatusCode != http.StatusOK || hex.EncodeToString(sum[:]) != ans.HashValue || !bytes.Contains(file, []byte("`RK00000000F6,")) {
		t.Fatalf("download: %d %s", resp.StatusCode, file)
	}
	if resp.Header.Get(wechatpay.HeaderSignature) != "" {
		t.Error("the download is unsigned, as the docs say of the gateway's")
	}
	clk.Advance(5*time.Minute + time.Second)
	if resp, body := signedGet(t, clk, 0, ans.DownloadURL); resp.StatusCode != http.StatusBadRequest || !bytes.Contains(body, []byte(`"INVALID_REQUEST"`)) {
		t.Fatalf("an expired download URL: %d %s", resp.StatusCode, body)
	}
	for _, q := range []string{"bill_date=2026-12-1", "bill_date=2026-12-01&bill_type=SUCCESS", "bill_date=2026-12-01&tar_type=GZIP"} {
		if resp, body := signedGet(t, clk, 0, r.gateway.URL+"/v3/bill/tradebill?"+q); resp.StatusCode != http.StatusBadRequest || !bytes.Contains(body, []byte(`"PARAM_ERROR"`)) {
			t.Errorf("%s: %d %s", q, resp.StatusCode, body)
		}
	}
}
