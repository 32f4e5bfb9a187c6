// Package wxsim plays WeChat Pay's side of APIv3 for demos and tests: it has
// its own platform key pair, checks the merchant's request signatures, keeps
// orders and refunds in memory, signs its answers, delivers encrypted payment
// notifications with retries and hands out daily trade statements. Production
// never starts it; only configuration (gateway URL, keys, merchant id) tells
// it from the real gateway.
package wxsim

import (
	"context"
	"crypto/rand"
	"crypto/rsa"
	"errors"
	"fmt"
	"net/http"
	"sync"
	"sync/atomic"
	"time"

	"github.com/ruankao/ruankao/internal/clock"
	"github.com/ruankao/ruankao/internal/payment/wechatpay"
)

// DefaultRetry is the gateway's published notification schedule after the
// first attempt: 15s/15s/30s/3m/10m/20m/30m/30m/30m/60m/3h/3h/3h/6h/6h.
var DefaultRetry = []time.Duration{
	15 * time.Second, 15 * time.Second, 30 * time.Second, 3 * time.Minute, 10 * time.Minute,
	20 * time.Minute, 30 * time.Minute, 30 * time.Minute, 30 * time.Minute, time.Hour,
	3 * time.Hour, 3 * time.Hour, 3 * time.Hour, 6 * time.Hour, 6 * time.Hour,
}

// Options configure a simulator; the merchant fields must match the client's.
type Options struct {
	AppID, MchID   string
	MerchantSerial string
	MerchantKey    *rsa.PublicKey
	APIv3Key       []byte

	PlatformKey    *rsa.PrivateKey // nil: a fresh 2048-bit key
	PlatformSerial string          // empty: derived from the time

	Retry      []time.Duration // nil: DefaultRetry; tests shorten it
	HTTP       *http.Client    // for notifications; nil: 5 s timeout client
	Clock      clock.Clock     // nil: the system clock
	PayPageURL string          // when set, code_url points at this simulator's pay page
	SlowDelay  time.Duration   // for ModeSlow; 0: 10 s
}

// Sim is an http.Handler for the /v3 API and the /sim demo pages.
type Sim struct {
	opt  Options
	mux  *http.ServeMux
	mode atomic.Int32
	seq  atomic.Int64 // for transaction and refund ids

	// rogueKey signs in ModeBadSignature; made on first use, RSA generation being slow.
	rogueKey func() *rsa.PrivateKey

	mu      sync.Mutex
	orders  map[string]*order
	refunds map[string]wechatpay.RefundJSON

	bills      map[string]billFile // by download token
	billAmount map[string]int64    // SetBillAmount's overrides, by out_trade_no
	billTamper func([]byte) []byte

	ctx    context.Context
	cancel context.CancelFunc
	wg     sync.WaitGroup
}

// New makes a simulator.
func New(opt Options) (*Sim, error) {
	if opt.MchID == "" || opt.AppID == "" || opt.MerchantKey == nil || opt.MerchantSerial == "" {
		return nil, errors.New("wxsim: merchant appid, mchid, serial and public key are required")
	}
	if len(opt.APIv3Key) != wechatpay.APIv3KeySize {
		return nil, fmt.Errorf("wxsim: the APIv3 key must be %d bytes", wechatpay.APIv3KeySize)
	}
	if opt.PlatformKey == nil {
		k, err := rsa.GenerateKey(rand.Reader, 2048)
		if err != nil {
			return nil, err
		}
		opt.PlatformKey = k
	}
	if opt.PlatformSerial == "" {
		opt.PlatformSerial = "SIM" + wechatpay.NewNonce()[:16]
	}
	if opt.Retry == nil {
		opt.Retry = DefaultRetry
	}
	if opt.HTTP == nil {
		opt.HTTP = &http.Client{Timeout: 5 * time.Second}
	}
	if opt.Clock == nil {
		opt.Clock = clock.System
	}
	if opt.SlowDelay == 0 {
		opt.SlowDelay = 10 * time.Second
	}
	s := &Sim{
		opt: opt, orders: map[string]*order{}, refunds: map[string]wechatpay.RefundJSON{},
		bills: map[string]billFile{}, billAmount: map[string]int64{},
	}
	s.rogueKey = sync.OnceValue(func() *rsa.PrivateKey {
		k, err := rsa.GenerateKey(rand.Reader, 2048)
		if err != nil {
			panic(err)
		}
		return k
	})
	s.ctx, s.cancel = context.WithCancel(context.Background())
	s.routes()
	return s, nil
}

// PlatformSerial is the Wechatpay-Serial the simulator signs under.
func (s *Sim) PlatformSerial() string { return s.opt.PlatformSerial }

// PlatformPublicKey is what the merchant configures to verify the simulator.
func (s *Sim) PlatformPublicKey() *rsa.PublicKey { return &s.opt.PlatformKey.PublicKey }

// Close stops pending notification deliveries and waits for them.
func (s *Sim) Close() {
	s.cancel()
	s.wg.Wait()
}

func (s *Sim) ServeHTTP(w http.ResponseWriter, r *http.Request) { s.mux.ServeHTTP(w, r) }

func (s *Sim) routes() {
	s.mux = http.NewServeMux()
	s.mux.HandleFunc("POST /v3/pay/transactions/native", s.api(s.createNative))
	s.mux.HandleFunc("GET /v3/pay/transactions/out-trade-no/{no}", s.api(s.query))
	s.mux.HandleFunc("POST /v3/pay/transactions/out-trade-no/{no}/close", s.api(s.closeOrder))
	s.mux.HandleFunc("POST /v3/refund/domestic/refunds", s.api(s.refund))
	s.mux.HandleFunc("GET /v3/bill/tradebill", s.api(s.tradeBill))
	s.mux.HandleFunc("GET /v3/billdownload/file", s.billDownload)
	s.mux.HandleFunc("GET /sim/pay/{no}", s.payPage)
	s.mux.HandleFunc("POST /sim/pay/{no}", s.payButton(s.Pay))
	s.mux.HandleFunc("POST /sim/fail/{no}", s.payButton(s.Fail))
}
