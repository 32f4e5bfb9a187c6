package main

import (
	"bytes"
	"crypto/rand"
	"crypto/rsa"
	"crypto/x509"
	"encoding/pem"
	"fmt"
	"net"
	"net/http"
	"os"
	"path/filepath"
	"time"

	"github.com/ruankao/ruankao/ent"
	"github.com/ruankao/ruankao/ent/application"
	"github.com/ruankao/ruankao/ent/schema/pulid"
	"github.com/ruankao/ruankao/internal/clock"
	"github.com/ruankao/ruankao/internal/payment"
	"github.com/ruankao/ruankao/internal/payment/wechatpay"
	"github.com/ruankao/ruankao/internal/payment/wechatpay/wxsim"
)

// maxBurst bounds scenario 6's notifications: signing them ahead costs
// about a millisecond of RSA each.
const maxBurst = 8_000

const (
	loadAppID, loadMchID, loadMchSerial, loadPlatformSerial = "wxload0000000001", "1900000777", "LOADMCHSERIAL0001", "LOADPLATFORM0001"
)

// gateway is the WeChat Pay simulator the production server is configured
// for, exactly as for the real gateway; the harness signs notifications with
// its platform key through it.
type gateway struct {
	sim *wxsim.Sim
	env []string
}

func startGateway(dir string) (*gateway, error) {
	mch, err := rsa.GenerateKey(rand.Reader, 2048)
	if err != nil {
		return nil, err
	}
	platform, err := rsa.GenerateKey(rand.Reader, 2048)
	if err != nil {
		return nil, err
	}
	mchFile, platformFile := filepath.Join(dir, "apiclient_key.pem"), filepath.Join(dir, "platform_pub.pem")
	if err := os.WriteFile(mchFile, pem.EncodeToMemory(&pem.Block{Type: "RSA PRIVATE KEY", Bytes: x509.MarshalPKCS1PrivateKey(mch)}), 0o600); err != nil {
		return nil, err
	}
	pub, err := x509.MarshalPKIXPublicKey(&platform.PublicKey)
	if err != nil {
		return nil, err
	}
	if err := os.WriteFile(platformFile, pem.EncodeToMemory(&pem.Block{Type: "PUBLIC KEY", Bytes: pub}), 0o600); err != nil {
		return nil, err
	}
	apiV3 := (rand.Text() + rand.Text())[:wechatpay.APIv3KeySize]
	sim, err := wxsim.New(wxsim.Options{AppID: loadAppID, MchID: loadMchID, MerchantSerial: loadMchSerial,
		MerchantKey: &mch.PublicKey, APIv3Key: []byte(apiV3), PlatformKey: platform, PlatformSerial: loadPlatformSerial,
		Retry: []time.Duration{}})
	if err != nil {
		return nil, err
	}
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return nil, err
	}
	go func() { _ = (&http.Server{Handler: sim, ReadHeaderTimeout: 5 * time.Second}).Serve(ln) }()
	return &gateway{sim: sim, env: []string{
		"RUANKAO_WECHATPAY_APPID=" + loadAppID, "RUANKAO_WECHATPAY_MCHID=" + loadMchID,
		"RUANKAO_WECHATPAY_MCH_SERIAL=" + loadMchSerial, "RUANKAO_WECHATPAY_MCH_KEY_FILE=" + mchFile,
		"RUANKAO_WECHATPAY_APIV3_KEY=" + apiV3, "RUANKAO_WECHATPAY_PLATFORM_KEYS=" + loadPlatformSerial + "=" + platformFile,
		"RUANKAO_WECHATPAY_BASE_URL=http://" + ln.Addr().String(),
		"RUANKAO_PAY_NOTIFY_URL=https://ruankao.example.cn/pay/notify/wechatpay",
	}}, nil
}

// notification is one pre-signed notification of an application's order.
type notification struct {
	app, orderNo string
	fen          int64
	body         []byte
	h            http.Header
}

// placeOrders gives each application awaiting payment a pending order, as
// payApplication would have (the gateway never hears of them: only the
// notifications are measured).
func (r *run) placeOrders(apps []string) ([]notification, error) {
	if len(apps) > maxBurst {
		apps = apps[:maxBurst]
	}
	ctx := sys()
	c := r.counter.Client
	now := time.Now()
	var out []notification
	for len(apps) > 0 {
		k := min(len(apps), bulkRows)
		ids := make([]pulid.ID, k)
		for i, id := range apps[:k] {
			ids[i] = pulid.ID(id)
		}
		rows, err := c.Application.Query().Where(application.IDIn(ids...)).
			Select(application.FieldID, application.FieldFeeTotalFen).All(ctx)
		if err != nil {
			return nil, err
		}
		creates := make([]*ent.PaymentOrderCreate, 0, len(rows))
		for _, a := range rows {
			if a.FeeTotalFen == nil {
				return nil, fmt.Errorf("application %s has no fee", a.ID)
			}
			n := notification{app: string(a.ID), orderNo: payment.NewOrderNo(now), fen: *a.FeeTotalFen}
			creates = append(creates, c.PaymentOrder.Create().SetApplicationID(a.ID).SetOutTradeNo(n.orderNo).
				SetAmountFen(n.fen).SetProvider("wechatpay").SetExpiresAt(now.Add(30*time.Minute)))
			out = append(out, n)
		}
		if err := c.PaymentOrder.CreateBulk(creates...).Exec(ctx); err != nil {
			return nil, err
		}
		apps = apps[k:]
	}
	return out, nil
}

// sign makes every notification ahead of the burst, on every core, so the
// load tool's RSA cost is not measured.
func (g *gateway) sign(ns []notification) error {
	errs := make([]error, len(ns))
	drive(4, len(ns), time.Hour, func(_, i int) {
		fen := ns[i].fen
		txn := wechatpay.TransactionJSON{AppID: loadAppID, MchID: loadMchID, OutTradeNo: ns[i].orderNo,
			TransactionID: fmt.Sprintf("4200%020d", i+1), TradeType: "NATIVE", TradeState: wechatpay.StateSuccess,
			TradeStateDesc: "支付成功", BankType: "OTHERS", SuccessTime: time.Now().In(clock.Shanghai).Format(time.RFC3339),
			Payer:  &wechatpay.Payer{OpenID: fmt.Sprintf("oLOAD%011d", i)},
			Amount: wechatpay.Amount{Total: fen, Currency: "CNY", PayerTotal: fen, PayerCurrency: "CNY"}}
		ns[i].body, ns[i].h, errs[i] = g.sim.SignedNotification(txn)
	})
	for _, err := range errs {
		if err != nil {
			return err
		}
	}
	return nil
}

// notifyBurst is scenario 6: conns senders post the signed notifications to
// the notify route as the gateway would; 204 is an acknowledgement.
func notifyBurst(url string, ns []notification, conns int, dur time.Duration, meters ...func() []int) (result, []string) {
	client := newHTTP(conns)
	var rec recorder
	var ack ids
	ms := startMeters(meters)
	_, took := drive(conns, len(ns), dur, func(_, i int) {
		req, _ := http.NewRequest(http.MethodPost, url+payment.NotifyPath+"wechatpay", bytes.NewReader(ns[i].body))
		req.Header = ns[i].h.Clone()
		t0 := time.Now()
		res, err := client.Do(req)
		d := time.Since(t0)
		if err != nil {
			rec.fail(d, err.Error())
			return
		}
		res.Body.Close()
		if res.StatusCode != http.StatusNoContent {
			rec.fail(d, fmt.Sprintf("status %d", res.StatusCode))
			return
		}
		rec.ok(d)
		ack.add(ns[i].app)
	})
	u, du := ms.stop()
	out := rec.result(took)
	out.usage, out.dbUse = u, du
	return out, ack.list()
}
