package wechatpay

import (
	"crypto/rsa"
	"encoding/json"
	"errors"
	"net/http"
	"net/http/httptest"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/ruankao/ruankao/internal/clock"
	"github.com/ruankao/ruankao/internal/payment"
)

// notifyRig signs notifications with the test key standing in for the
// platform key, and parses them with a client at the manual clock's time.
type notifyRig struct {
	key    *rsa.PrivateKey
	clock  *clock.Manual
	client *Client
}

func newNotifyRig(t *testing.T) *notifyRig {
	key := loadPrivate(t, "test_merchant_key.pem")
	c := clock.NewManual(time.Date(2026, 12, 1, 12, 10, 30, 0, time.UTC))
	cl, err := New(Config{
		AppID: "wxd678efh567hg6787", MchID: "1230000109", MchSerial: "M1", MchKey: key,
		APIv3Key: []byte(pyKey), PlatformKey: map[string]*rsa.PublicKey{"P1": &key.PublicKey}, Clock: c,
	})
	if err != nil {
		t.Fatal(err)
	}
	return &notifyRig{key: key, clock: c, client: cl}
}

func (n *notifyRig) request(t *testing.T, body string, at time.Time) *http.Request {
	t.Helper()
	ts := strconv.FormatInt(at.Unix(), 10)
	sig, err := Sign(n.key, AnswerMessage(ts, "N0NCE", []byte(body)))
	if err != nil {
		t.Fatal(err)
	}
	r := httptest.NewRequest(http.MethodPost, "/pay/notify", strings.NewReader(body))
	r.Header.Set(HeaderTimestamp, ts)
	r.Header.Set(HeaderNonce, "N0NCE")
	r.Header.Set(HeaderSerial, "P1")
	r.Header.Set(HeaderSignature, sig)
	return r
}

func notifyBody(algorithm, ciphertext string) string {
	b, _ := json.Marshal(Notification{
		ID: "EV-1", CreateTime: "2026-12-01T20:10:05+08:00", EventType: "TRANSACTION.SUCCESS",
		ResourceType: "encrypt-resource", Summary: "支付成功",
		Resource: Resource{OriginalType: "transaction", Algorithm: algorithm, Ciphertext: ciphertext,
			AssociatedData: "transaction", Nonce: pyNonce},
	})
	return string(b)
}

// The Python-made ciphertext inside a signed notification decodes to the
// transaction, with success_time in UTC.
func TestParseNotification(t *testing.T) {
	n := newNotifyRig(t)
	got, err := n.client.ParseNotification(n.request(t, notifyBody(AlgorithmAEAD, pyCipher), n.clock.Now()))
	if err != nil {
		t.Fatal(err)
	}
	want := payment.Transaction{
		OrderNo: "RK01TESTORDER", ProviderTxnID: "4200000001202612011234567890", Status: payment.StatusPaid,
		ProviderState: "SUCCESS", AmountFen: 9800, Currency: "CNY",
		PaidAt: time.Date(2026, 12, 1, 12, 10, 0, 0, time.UTC), Payer: "oUpF8uMuAJO_M2pxb1Q9zNjWeS6o",
	}
	if got != want || got.PaidAt.Location() != time.UTC {
		t.Fatalf("got  %+v\nwant %+v", got, want)
	}
}

func TestParseNotificationRefuses(t *testing.T) {
	n := newNotifyRig(t)
	now := n.clock.Now()
	other := newNotifyRig(t)
	other.client.cfg.MchID = "1900000001"
	big := notifyBody(AlgorithmAEAD, pyCipher+strings.Repeat("A", MaxNotifyBody))
	cases := []struct {
		name   string
		c      *Client
		r      *http.Request
		want   error
		status int
	}{
		{"stale", n.client, n.request(t, notifyBody(AlgorithmAEAD, pyCipher), now.Add(-6*time.Minute)), ErrStale, 401},
		{"future", n.client, n.request(t, notifyBody(AlgorithmAEAD, pyCipher), now.Add(6*time.Minute)), ErrStale, 401},
		{"too large", n.client, n.request(t, big, now), ErrTooLarge, 413},
		{"algorithm", n.client, n.request(t, notifyBody("AES_128_CBC", pyCipher), now), ErrAlgorithm, 400},
		{"tampered resource", n.client, n.request(t, notifyBody(AlgorithmAEAD, "A"+pyCipher[1:]), now), ErrDecrypt, 400},
		{"another merchant", other.client, n.request(t, notifyBody(AlgorithmAEAD, pyCipher), now), ErrNotOurs, 400},
		{"not JSON", n.client, n.request(t, "{", now), ErrMalformed, 400},
	}
	for _, c := range cases {
		_, err := c.c.ParseNotification(c.r)
		if !errors.Is(err, c.want) {
			t.Errorf("%s: got %v, want %v", c.name, err, c.want)
			continue
		}
		w := httptest.NewRecorder()
		c.c.AnswerNotification(w, err)
		var ans map[string]string
		if w.Code != c.status || json.Unmarshal(w.Body.Bytes(), &ans) != nil || ans["code"] != "FAIL" || ans["message"] == "" {
			t.Errorf("%s: answered %d %s", c.name, w.Code, w.Body)
		}
	}
	w := httptest.NewRecorder()
	n.client.AnswerNotification(w, nil)
	if w.Code != http.StatusNoContent || w.Body.Len() != 0 {
		t.Errorf("success answer: %d %q", w.Code, w.Body)
	}
}
