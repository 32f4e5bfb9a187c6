package wechatpay

import (
	"crypto/rand"
	"crypto/rsa"
	"errors"
	"net/http"
	"os"
	"testing"
	"time"

	"github.com/ruankao/ruankao/internal/clock"
)

// From wechatpay-go core/notify/notify_test.go (TestHandler_ParseNotifyRequest):
// a notification signed by the SDK's test platform certificate
// (testdata/sdk_platform_cert.pem, serial D7CE59D1F522D701).
const (
	sdkTimestamp = "1624523846"
	sdkHdrNonce  = "EcZ9Cmy4Xyx1i6RlJQzLcCyEqDa26NBz"
	sdkSerial    = "D7CE59D1F522D701"
	sdkSignature = "tJHIiIS9eB2hAYstmAmbbD3ZE5LiIm/Ug5tuL4fC0YOFRWIHV39UFIZXC0e9Wl6lBu6sKvkqDkzpqzBsVHyXF" +
		"lbYZTOQrVdG4b6LfTnK4mikv9++ixJMd3vTf2yCqvBkh98zs3Ds5zsYQakzbcwhmw4fMJs4nPLws28H0UW9FjDR//rxELLwXvV1VEA1I" +
		"BLX70xptjL8hrfUjEE8kkry6yNJTHZRU8CAc7qHli2Ng1V1qb9ARbK8A3ThmFmPQvRGrapI/jS2laKKgYUmfdEdkNO6B2Cke5e8VTxY4" +
		"06ArAmQ90GAihDwIcb16TQMnzCMBoutnwZKNiKRACrFmtxw2Q=="
	sdkBody = `{"id":"3119dfba-e649-5eec-ab1e-3412bc4d2e17","create_time":"2021-06-24T16:37:26+08:00",` +
		`"resource_type":"encrypt-resource","event_type":"PAYSCORE.USER_OPEN_SERVICE","summary":"签约成功",` +
		`"resource":{"original_type":"payscore","algorithm":"AEAD_AES_256_GCM","ciphertext":"` + sdkNotifyCipher +
		`","associated_data":"payscore","nonce":"Kj7QIyUiYx1q"}}`
)

func sdkHeaders() http.Header {
	h := http.Header{}
	h.Set(HeaderTimestamp, sdkTimestamp)
	h.Set(HeaderNonce, sdkHdrNonce)
	h.Set(HeaderSerial, sdkSerial)
	h.Set(HeaderSignature, sdkSignature)
	return h
}

func sdkVerifier(t *testing.T, at time.Time) *Verifier {
	t.Helper()
	b, err := os.ReadFile("testdata/sdk_platform_cert.pem")
	if err != nil {
		t.Fatal(err)
	}
	pub, err := ParsePublicKey(b)
	if err != nil {
		t.Fatal(err)
	}
	return &Verifier{Keys: map[string]*rsa.PublicKey{sdkSerial: pub}, Clock: clock.NewManual(at)}
}

var sdkTime = time.Unix(1624523846, 0)

func TestVerifySDKVector(t *testing.T) {
	if err := sdkVerifier(t, sdkTime).Verify(sdkHeaders(), []byte(sdkBody)); err != nil {
		t.Fatal(err)
	}
	for _, skew := range []time.Duration{MaxSkew, -MaxSkew} {
		if err := sdkVerifier(t, sdkTime.Add(skew)).Verify(sdkHeaders(), []byte(sdkBody)); err != nil {
			t.Fatalf("at the edge %v: %v", skew, err)
		}
	}
}

func TestVerifyRefuses(t *testing.T) {
	other, err := rsa.GenerateKey(rand.Reader, 2048)
	if err != nil {
		t.Fatal(err)
	}
	tampered := []byte(sdkBody[:len(sdkBody)-2] + " }")
	cases := []struct {
		name string
		v    *Verifier
		h    func(http.Header)
		body []byte
		want error
	}{
		{"tampered body", sdkVerifier(t, sdkTime), nil, tampered, ErrBadSignature},
		{"wrong key", &Verifier{Keys: map[string]*rsa.PublicKey{sdkSerial: &other.PublicKey}, Clock: clock.NewManual(sdkTime)}, nil, nil, ErrBadSignature},
		{"wrong serial", sdkVerifier(t, sdkTime), func(h http.Header) { h.Set(HeaderSerial, "0123") }, nil, ErrUnknownSerial},
		{"no signature", sdkVerifier(t, sdkTime), func(h http.Header) { h.Del(HeaderSignature) }, nil, ErrNoSignature},
		{"changed nonce", sdkVerifier(t, sdkTime), func(h http.Header) { h.Set(HeaderNonce, "x") }, nil, ErrBadSignature},
		{"other algorithm", sdkVerifier(t, sdkTime), func(h http.Header) { h.Set(HeaderSignatureType, "WECHATPAY2-SM2-WITH-SM3") }, nil, ErrBadSignature},
		{"stale", sdkVerifier(t, sdkTime.Add(MaxSkew+time.Second)), nil, nil, ErrStale},
		{"future", sdkVerifier(t, sdkTime.Add(-MaxSkew-time.Second)), nil, nil, ErrStale},
		{"bad timestamp", sdkVerifier(t, sdkTime), func(h http.Header) { h.Set(HeaderTimestamp, "soon") }, nil, ErrStale},
	}
	for _, c := range cases {
		h := sdkHeaders()
		if c.h != nil {
			c.h(h)
		}
		body := c.body
		if body == nil {
			body = []byte(sdkBody)
		}
		if err := c.v.Verify(h, body); !errors.Is(err, c.want) {
			t.Errorf("%s: got %v, want %v", c.name, err, c.want)
		}
	}
}

func TestVerifyAnswerNeedsSignatureOn2xx(t *testing.T) {
	v := sdkVerifier(t, sdkTime)
	if err := v.VerifyAnswer(200, http.Header{}, []byte(`{}`)); !errors.Is(err, ErrNoSignature) {
		t.Fatalf("unsigned 200: %v", err)
	}
	if err := v.VerifyAnswer(204, http.Header{}, nil); !errors.Is(err, ErrNoSignature) {
		t.Fatalf("unsigned 204: %v", err)
	}
	if err := v.VerifyAnswer(500, http.Header{}, []byte(`{"code":"SYSTEMERROR"}`)); err != nil {
		t.Fatalf("unsigned 500 is passed on as an error answer: %v", err)
	}
	h := sdkHeaders()
	if err := v.VerifyAnswer(400, h, []byte("tampered")); !errors.Is(err, ErrBadSignature) {
		t.Fatalf("badly signed 400: %v", err)
	}
}
