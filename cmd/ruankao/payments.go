package main

import (
	"context"
	"crypto/rand"
	"crypto/rsa"
	"errors"
	"fmt"
	"log/slog"
	"net"
	"net/http"
	"os"
	"strings"
	"time"

	"github.com/ruankao/ruankao/ent"
	"github.com/ruankao/ruankao/internal/payment"
	"github.com/ruankao/ruankao/internal/payment/wechatpay"
	"github.com/ruankao/ruankao/internal/payment/wechatpay/wxsim"
)

// The payment gateway's configuration (README "Payment"). Production sets
// every RUANKAO_WECHATPAY_* variable or none (then candidates cannot pay
// online); demo mode ignores them and starts the gateway simulator.
var wechatpayEnv = []string{"RUANKAO_WECHATPAY_APPID", "RUANKAO_WECHATPAY_MCHID", "RUANKAO_WECHATPAY_MCH_SERIAL",
	"RUANKAO_WECHATPAY_MCH_KEY_FILE", "RUANKAO_WECHATPAY_APIV3_KEY", "RUANKAO_WECHATPAY_PLATFORM_KEYS", "RUANKAO_PAY_NOTIFY_URL"}

// paymentsFromEnv builds the payment service from the environment; nil
// when no gateway is configured.
func paymentsFromEnv(client *ent.Client, log *slog.Logger) (*payment.Service, error) {
	var missing []string
	set := 0
	for _, k := range wechatpayEnv {
		if strings.TrimSpace(os.Getenv(k)) == "" {
			missing = append(missing, k)
		} else {
			set++
		}
	}
	if set == 0 {
		log.Warn("no payment gateway configured (RUANKAO_WECHATPAY_*): candidates cannot pay online")
		return nil, nil
	}
	if len(missing) > 0 {
		return nil, fmt.Errorf("payment gateway half configured: set %s", strings.Join(missing, ", "))
	}
	keyPEM, err := os.ReadFile(os.Getenv("RUANKAO_WECHATPAY_MCH_KEY_FILE"))
	if err != nil {
		return nil, fmt.Errorf("RUANKAO_WECHATPAY_MCH_KEY_FILE: %w", err)
	}
	mchKey, err := wechatpay.ParsePrivateKey(keyPEM)
	if err != nil {
		return nil, fmt.Errorf("RUANKAO_WECHATPAY_MCH_KEY_FILE: %w", err)
	}
	platform := map[string]*rsa.PublicKey{}
	for _, pair := range splitList(os.Getenv("RUANKAO_WECHATPAY_PLATFORM_KEYS")) {
		serial, file, ok := strings.Cut(pair, "=")
		if !ok {
			return nil, errors.New("RUANKAO_WECHATPAY_PLATFORM_KEYS: give serial=file.pem pairs, comma-separated")
		}
		pemBytes, err := os.ReadFile(file)
		if err != nil {
			return nil, fmt.Errorf("RUANKAO_WECHATPAY_PLATFORM_KEYS: %w", err)
		}
		if platform[serial], err = wechatpay.ParsePublicKey(pemBytes); err != nil {
			return nil, fmt.Errorf("RUANKAO_WECHATPAY_PLATFORM_KEYS %s: %w", serial, err)
		}
	}
	lifetime, err := orderLifetime()
	if err != nil {
		return nil, err
	}
	gw, err := wechatpay.New(wechatpay.Config{
		BaseURL: os.Getenv("RUANKAO_WECHATPAY_BASE_URL"), AppID: os.Getenv("RUANKAO_WECHATPAY_APPID"),
		MchID: os.Getenv("RUANKAO_WECHATPAY_MCHID"), MchSerial: os.Getenv("RUANKAO_WECHATPAY_MCH_SERIAL"),
		MchKey: mchKey, APIv3Key: []byte(os.Getenv("RUANKAO_WECHATPAY_APIV3_KEY")), PlatformKey: platform,
		HTTP: &http.Client{Timeout: 10 * time.Second},
	})
	if err != nil {
		return nil, err
	}
	return &payment.Service{Client: client, Gateway: gw, Refunder: gw, Provider: "wechatpay",
		NotifyURL: os.Getenv("RUANKAO_PAY_NOTIFY_URL"), Lifetime: lifetime, Log: log}, nil
}

func orderLifetime() (time.Duration, error) {
	raw := os.Getenv("RUANKAO_PAY_ORDER_LIFETIME")
	if raw == "" {
		return payment.DefaultLifetime, nil
	}
	d, err := time.ParseDuration(raw)
	if err != nil || d < time.Minute || d > 24*time.Hour {
		return 0, errors.New("RUANKAO_PAY_ORDER_LIFETIME must be a duration between 1m and 24h, e.g. 30m")
	}
	return d, nil
}

// demoGateway starts the WeChat Pay simulator on its own loopback listener
// (it is "the gateway", another host) with fresh merchant and platform keys,
// and a client configured for it exactly as production is for the real one.
// Its pay page completes payments without any login: demo mode only.
func demoGateway(ctx context.Context, client *ent.Client, addr, apiAddr string, log *slog.Logger) (*payment.Service, string, error) {
	mchKey, err := rsa.GenerateKey(rand.Reader, 2048)
	if err != nil {
		return nil, "", err
	}
	apiV3 := []byte((rand.Text() + rand.Text())[:wechatpay.APIv3KeySize])
	ln, err := net.Listen("tcp", addr)
	if err != nil {
		return nil, "", fmt.Errorf("gateway simulator: listen %s: %w", addr, err)
	}
	base := "http://" + ln.Addr().String()
	const appID, mchID, serial = "wxdemo0000000001", "1900000001", "DEMOMCHSERIAL0001"
	sim, err := wxsim.New(wxsim.Options{AppID: appID, MchID: mchID, MerchantSerial: serial,
		MerchantKey: &mchKey.PublicKey, APIv3Key: apiV3, PayPageURL: base})
	if err != nil {
		ln.Close()
		return nil, "", err
	}
	srv := &http.Server{Handler: sim, ReadHeaderTimeout: 5 * time.Second}
	go func() {
		<-ctx.Done()
		sim.Close()
		_ = srv.Close()
	}()
	go func() { _ = srv.Serve(ln) }()
	gw, err := wechatpay.New(wechatpay.Config{BaseURL: base, AppID: appID, MchID: mchID, MchSerial: serial,
		MchKey: mchKey, APIv3Key: apiV3, PlatformKey: map[string]*rsa.PublicKey{sim.PlatformSerial(): sim.PlatformPublicKey()},
		HTTP: &http.Client{Timeout: 10 * time.Second}})
	if err != nil {
		return nil, "", err
	}
	lifetime, err := orderLifetime()
	if err != nil {
		return nil, "", err
	}
	log.Warn("DEMO: WeChat Pay simulator on " + base + " (its pay page completes any order without login)")
	return &payment.Service{Client: client, Gateway: gw, Refunder: gw, Provider: "wechatpay",
		NotifyURL: "http://" + apiAddr + payment.NotifyPath + "wechatpay", Lifetime: lifetime, Log: log}, base, nil
}
