package wxsim_test

import (
	"bytes"
	"context"
	"crypto/rsa"
	"encoding/json"
	"errors"
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"

	"github.com/ruankao/ruankao/internal/payment/wechatpay"
	"github.com/ruankao/ruankao/internal/payment/wechatpay/wxsim"
)

func TestErrorModes(t *testing.T) {
	r := newRig(t, 1)
	ctx := context.Background()
	cases := []struct {
		mode wxsim.ErrorMode
		want error
	}{
		{wxsim.ModeGarbage, wechatpay.ErrNoSignature},
		{wxsim.ModeServerError, wechatpay.ErrSystem},
		{wxsim.ModeSignedGarbage, wechatpay.ErrGarbage},
		{wxsim.ModeBadSignature, wechatpay.ErrBadSignature}, // last: the check below relies on it
	}
	for _, c := range cases {
		r.sim.SetErrorMode(c.mode)
		_, err := r.client.Query(ctx, "RK0000000001")
		if !errors.Is(err, c.want) {
			t.Errorf("mode %d: got %v, want %v", c.mode, err, c.want)
		}
	}
	if _, err := r.client.Query(ctx, "RK0000000001"); wechatpay.Temporary(err) {
		t.Errorf("a bad signature is not worth retrying: %v", err)
	}
	r.sim.SetErrorMode(wxsim.ModeServerError)
	if _, err := r.client.Query(ctx, "RK0000000001"); !wechatpay.Temporary(err) || strings.Contains(err.Error(), "系统") {
		t.Errorf("SYSTEMERROR is temporary and its text holds the code only: %v", err)
	}
	r.sim.SetErrorMode(wxsim.ModeSlow)
	short, cancel := context.WithTimeout(ctx, 50*time.Millisecond)
	defer cancel()
	if _, err := r.client.Query(short, "RK0000000001"); !errors.Is(err, context.DeadlineExceeded) {
		t.Errorf("slow gateway: %v", err)
	}
	r.sim.SetErrorMode(wxsim.ModeNormal)
	if _, err := r.client.Query(ctx, "RK0000000001"); !errors.Is(err, wechatpay.ErrOrderNotExist) {
		t.Errorf("back to normal: %v", err)
	}
}

func TestUnsignedOrMissignedRequestsGet401(t *testing.T) {
	r := newRig(t, 1)
	resp, err := http.Post(r.gateway.URL+"/v3/pay/transactions/native", "application/json", strings.NewReader(`{}`))
	if err != nil {
		t.Fatal(err)
	}
	body, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	if resp.StatusCode != http.StatusUnauthorized || !bytes.Contains(body, []byte(`"SIGN_ERROR"`)) {
		t.Fatalf("unsigned request: %d %s", resp.StatusCode, body)
	}
	impostor, err := wechatpay.New(wechatpay.Config{
		BaseURL: r.gateway.URL, AppID: appID, MchID: mchID, MchSerial: serial, MchKey: keys()[2],
		APIv3Key: apiV3Key, PlatformKey: map[string]*rsa.PublicKey{"SIMSERIAL": r.sim.PlatformPublicKey()},
	})
	if err != nil {
		t.Fatal(err)
	}
	_, err = impostor.CreateCodeURLOrder(context.Background(), order("RK0000000006", "https://example.invalid/n"))
	var apiErr *wechatpay.APIError
	if !errors.Is(err, wechatpay.ErrSignError) || !errors.As(err, &apiErr) || apiErr.Status != 401 {
		t.Fatalf("request signed with another key: %v", err)
	}
}

// The order the client sends: time_expire in +08:00, amount in fen, CNY.
func TestNativeRequestBody(t *testing.T) {
	r := newRig(t, 1)
	var got []byte
	spy := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, req *http.Request) {
		got, _ = io.ReadAll(req.Body)
		req.Body = io.NopCloser(bytes.NewReader(got))
		r.sim.ServeHTTP(w, req)
	}))
	defer spy.Close()
	c, err := wechatpay.New(wechatpay.Config{
		BaseURL: spy.URL, AppID: appID, MchID: mchID, MchSerial: serial, MchKey: keys()[0], APIv3Key: apiV3Key,
		PlatformKey: map[string]*rsa.PublicKey{"SIMSERIAL": r.sim.PlatformPublicKey()},
	})
	if err != nil {
		t.Fatal(err)
	}
	o := order("RK0000000007", "https://example.invalid/n")
	o.ExpiresAt = time.Date(2026, 12, 1, 12, 30, 0, 0, time.UTC)
	if _, err := c.CreateCodeURLOrder(context.Background(), o); err != nil {
		t.Fatal(err)
	}
	var req map[string]any
	if err := json.Unmarshal(got, &req); err != nil {
		t.Fatal(err)
	}
	amount, _ := req["amount"].(map[string]any)
	if req["time_expire"] != "2026-12-01T20:30:00+08:00" || req["appid"] != appID || req["mchid"] != mchID ||
		req["out_trade_no"] != "RK0000000007" || amount["total"] != float64(9800) || amount["currency"] != "CNY" {
		t.Fatalf("request body %s", got)
	}
}
