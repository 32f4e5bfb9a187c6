package wechatpay

import (
	"bytes"
	"context"
	"crypto/rsa"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"net/url"
	"strings"
	"time"

	"github.com/ruankao/ruankao/internal/clock"
	"github.com/ruankao/ruankao/internal/payment"
)

// DefaultBaseURL is the production gateway.
const DefaultBaseURL = "https://api.mch.weixin.qq.com"

// maxAnswer bounds what we read of an answer; real ones are a few hundred bytes.
const maxAnswer = 64 << 10

const userAgent = "ruankao-wechatpay/1 (Go)"

// beijing is the zone the gateway wants time_expire in.
var beijing = time.FixedZone("CST", 8*3600)

// Config is everything production sets; the simulator is the same with other values.
type Config struct {
	BaseURL     string // default DefaultBaseURL
	AppID       string
	MchID       string
	MchSerial   string          // serial of the merchant API certificate
	MchKey      *rsa.PrivateKey // merchant API private key
	APIv3Key    []byte          // APIv3KeySize bytes
	PlatformKey map[string]*rsa.PublicKey
	HTTP        *http.Client // default http.DefaultClient
	Clock       clock.Clock  // default the system clock
}

// Client is the merchant side of APIv3.
type Client struct {
	cfg      Config
	verifier *Verifier
}

var _ payment.Gateway = (*Client)(nil)

// New checks the configuration.
func New(cfg Config) (*Client, error) {
	switch {
	case cfg.MchID == "" || cfg.AppID == "" || cfg.MchSerial == "" || cfg.MchKey == nil:
		return nil, errors.New("wechatpay: appid, mchid, merchant serial and key are required")
	case len(cfg.APIv3Key) != APIv3KeySize:
		return nil, fmt.Errorf("wechatpay: the APIv3 key must be %d bytes", APIv3KeySize)
	case len(cfg.PlatformKey) == 0:
		return nil, errors.New("wechatpay: at least one platform public key is required")
	}
	if cfg.BaseURL == "" {
		cfg.BaseURL = DefaultBaseURL
	}
	cfg.BaseURL = strings.TrimRight(cfg.BaseURL, "/")
	if cfg.HTTP == nil {
		cfg.HTTP = http.DefaultClient
	}
	if cfg.Clock == nil {
		cfg.Clock = clock.System
	}
	return &Client{cfg: cfg, verifier: &Verifier{Keys: cfg.PlatformKey, Clock: cfg.Clock}}, nil
}

type nativeRequest struct {
	AppID       string `json:"appid"`
	MchID       string `json:"mchid"`
	Description string `json:"description"`
	OutTradeNo  string `json:"out_trade_no"`
	TimeExpire  string `json:"time_expire,omitempty"`
	NotifyURL   string `json:"notify_url"`
	Amount      Amount `json:"amount"`
}

// CreateCodeURLOrder places a Native order and returns its code_url. Placing
// the same order again returns the same code_url, so a pending order can be
// re-opened.
func (c *Client) CreateCodeURLOrder(ctx context.Context, o payment.Order) (string, error) {
	req := nativeRequest{
		AppID: c.cfg.AppID, MchID: c.cfg.MchID, Description: o.Description,
		OutTradeNo: o.OrderNo, NotifyURL: o.NotifyURL,
		Amount: Amount{Total: o.AmountFen, Currency: "CNY"},
	}
	if !o.ExpiresAt.IsZero() {
		req.TimeExpire = o.ExpiresAt.In(beijing).Format(time.RFC3339)
	}
	var ans struct {
		CodeURL string `json:"code_url"`
	}
	if err := c.call(ctx, http.MethodPost, "/v3/pay/transactions/native", req, &ans); err != nil {
		return "", err
	}
	if ans.CodeURL == "" {
		return "", ErrGarbage
	}
	return ans.CodeURL, nil
}

// Query reads the order by our order number.
func (c *Client) Query(ctx context.Context, orderNo string) (payment.Transaction, error) {
	var t TransactionJSON
	p := "/v3/pay/transactions/out-trade-no/" + url.PathEscape(orderNo) + "?mchid=" + url.QueryEscape(c.cfg.MchID)
	if err := c.call(ctx, http.MethodGet, p, nil, &t); err != nil {
		return payment.Transaction{}, err
	}
	if t.OutTradeNo != orderNo {
		return payment.Transaction{}, ErrGarbage
	}
	return t.Neutral()
}

// Close closes an unpaid order; the gateway answers 204.
func (c *Client) Close(ctx context.Context, orderNo string) error {
	p := "/v3/pay/transactions/out-trade-no/" + url.PathEscape(orderNo) + "/close"
	return c.call(ctx, http.MethodPost, p, map[string]string{"mchid": c.cfg.MchID}, nil)
}

// call signs the request, verifies the answer and decodes it into out (nil for
// a 204).
func (c *Client) call(ctx context.Context, method, pathQuery string, in, out any) error {
	var body []byte
	if in != nil {
		var err error
		if body, err = json.Marshal(in); err != nil {
			return err
		}
	}
	req, err := c.signedRequest(ctx, method, c.cfg.BaseURL+pathQuery, body)
	if err != nil {
		return err
	}
	req.Header.Set("Accept", "application/json")
	if in != nil {
		req.Header.Set("Content-Type", "application/json")
	}
	resp, err := c.cfg.HTTP.Do(req)
	if err != nil {
		return fmt.Errorf("wechatpay: %s %s: %w", method, pathOnly(pathQuery), err)
	}
	defer resp.Body.Close()
	ans, err := io.ReadAll(io.LimitReader(resp.Body, maxAnswer+1))
	if err != nil || len(ans) > maxAnswer {
		return ErrGarbage
	}
	if err := c.verifier.VerifyAnswer(resp.StatusCode, resp.Header, ans); err != nil {
		return err
	}
	if resp.StatusCode/100 != 2 {
		return answerError(resp.StatusCode, ans)
	}
	if out == nil {
		return nil
	}
	if json.Unmarshal(ans, out) != nil {
		return ErrGarbage
	}
	return nil
}

// answerError reads an error answer's code; one without a code is named by
// its HTTP status.
func answerError(status int, ans []byte) error {
	var e APIError
	if json.Unmarshal(ans, &e) != nil || e.Code == "" {
		e.Code = fmt.Sprintf("HTTP_%d", status)
	}
	e.Status = status
	return &e
}

// signedRequest is a request to rawURL with the merchant's Authorization over
// its method, path and query as sent, and body.
func (c *Client) signedRequest(ctx context.Context, method, rawURL string, body []byte) (*http.Request, error) {
	req, err := http.NewRequestWithContext(ctx, method, rawURL, bytes.NewReader(body))
	if err != nil {
		return nil, err
	}
	nonce, ts := NewNonce(), c.cfg.Clock.Now().Unix()
	sig, err := Sign(c.cfg.MchKey, RequestMessage(method, req.URL.RequestURI(), ts, nonce, body))
	if err != nil {
		return nil, err
	}
	req.Header.Set("Authorization", Authorization(c.cfg.MchID, c.cfg.MchSerial, nonce, ts, sig))
	req.Header.Set("User-Agent", userAgent) // the gateway may refuse requests without one
	return req, nil
}

// pathOnly keeps query strings out of error texts.
func pathOnly(pathQuery string) string {
	p, _, _ := strings.Cut(pathQuery, "?")
	return p
}
