package testenv

import (
	"crypto/rand"
	"crypto/rsa"
	"net/http"
	"net/http/httptest"
	"sync"
	"testing"
	"time"

	"github.com/ruankao/ruankao/internal/payment"
	"github.com/ruankao/ruankao/internal/payment/wechatpay"
	"github.com/ruankao/ruankao/internal/payment/wechatpay/wxsim"
	"github.com/ruankao/ruankao/internal/server"
)

// Test merchant identity at the simulated gateway.
const (
	TestAppID     = "wxtest0000000001"
	TestMchID     = "1900000109"
	TestMchSerial = "TESTMCHSERIAL0001"
)

// RSA keys take a while to make; every test of the process shares two.
var testKeys = sync.OnceValues(func() (*rsa.PrivateKey, *rsa.PrivateKey) {
	m, err := rsa.GenerateKey(rand.Reader, 2048)
	if err != nil {
		panic(err)
	}
	p, err := rsa.GenerateKey(rand.Reader, 2048)
	if err != nil {
		panic(err)
	}
	return m, p
})

// TestAPIv3Key is the APIv3 key the test merchant and simulator share.
var TestAPIv3Key = []byte("0123456789abcdefghijABCDEFGHIJ01")

// Paying is a server with a WeChat Pay gateway: the simulator on its own
// listener, our client configured for it, the server's clock on both.
type Paying struct {
	*Env
	Gateway *wxsim.Sim
	Pay     *payment.Service
	// GatewayURL is the simulator's base URL.
	GatewayURL string
}

// StartPaying is StartWith plus a payment gateway; retry lists the
// simulator's notification retries (nil: none, one attempt only).
func StartPaying(t testing.TB, now time.Time, retry []time.Duration, configure func(*server.Options)) *Paying {
	t.Helper()
	mchKey, platformKey := testKeys()
	p := &Paying{}
	withGateway := func(o *server.Options) {
		if retry == nil {
			retry = []time.Duration{}
		}
		sim, err := wxsim.New(wxsim.Options{AppID: TestAppID, MchID: TestMchID, MerchantSerial: TestMchSerial,
			MerchantKey: &mchKey.PublicKey, APIv3Key: TestAPIv3Key, PlatformKey: platformKey,
			PlatformSerial: "TESTPLATFORM0001", Retry: retry, Clock: o.Clock})
		if err != nil {
			t.Fatal(err)
		}
		gw := httptest.NewServer(sim)
		t.Cleanup(func() { sim.Close(); gw.Close() })
		client, err := wechatpay.New(wechatpay.Config{BaseURL: gw.URL, AppID: TestAppID, MchID: TestMchID,
			MchSerial: TestMchSerial, MchKey: mchKey, APIv3Key: TestAPIv3Key,
			PlatformKey: map[string]*rsa.PublicKey{sim.PlatformSerial(): sim.PlatformPublicKey()},
			HTTP:        &http.Client{Timeout: 5 * time.Second}, Clock: o.Clock})
		if err != nil {
			t.Fatal(err)
		}
		p.Gateway, p.GatewayURL = sim, gw.URL
		p.Pay = &payment.Service{Client: o.Client, Gateway: client, Refunder: client, Provider: "wechatpay", Log: Logger()}
		o.Payments = p.Pay
		if configure != nil {
			configure(o)
		}
	}
	p.Env = StartWith(t, now, withGateway)
	p.Pay.NotifyURL = p.Server.URL + payment.NotifyPath + "wechatpay"
	return p
}
