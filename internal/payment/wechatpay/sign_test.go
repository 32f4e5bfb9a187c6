package wechatpay

import (
	"crypto/rsa"
	"os"
	"strings"
	"testing"
)

func loadPrivate(t *testing.T, name string) *rsa.PrivateKey {
	t.Helper()
	b, err := os.ReadFile("testdata/" + name)
	if err != nil {
		t.Fatal(err)
	}
	k, err := ParsePrivateKey(b)
	if err != nil {
		t.Fatal(err)
	}
	return k
}

// The signing string of the documentation's walk-through (签名生成, step 6:
// GET /v3/certificates at 1554208460 with nonce 593BEC0C…).
func TestRequestMessageMatchesDocumentation(t *testing.T) {
	got := RequestMessage("GET", "/v3/certificates", 1554208460, "593BEC0C930BF1AFEB40B4A08C8FB242", nil)
	want := "GET\n/v3/certificates\n1554208460\n593BEC0C930BF1AFEB40B4A08C8FB242\n\n"
	if got != want {
		t.Fatalf("signing string\n got %q\nwant %q", got, want)
	}
	post := RequestMessage("POST", "/v3/pay/transactions/native", 1, "N", []byte(`{"a":1}`))
	if post != "POST\n/v3/pay/transactions/native\n1\nN\n{\"a\":1}\n" {
		t.Fatalf("POST signing string %q", post)
	}
}

// certificatesExampleSig was made at test-writing time from the signing string
// above with the key in testdata/test_merchant_key.pem:
//
//	printf 'GET\n/v3/certificates\n1554208460\n593BEC0C930BF1AFEB40B4A08C8FB242\n\n' |
//	  openssl dgst -sha256 -sign test_merchant_key.pem | base64 -w0
//
// PKCS #1 v1.5 is deterministic, so our signature must equal OpenSSL's.
func TestSignMatchesOpenSSL(t *testing.T) {
	key := loadPrivate(t, "test_merchant_key.pem")
	want, err := os.ReadFile("testdata/certificates_example.sig")
	if err != nil {
		t.Fatal(err)
	}
	msg := RequestMessage("GET", "/v3/certificates", 1554208460, "593BEC0C930BF1AFEB40B4A08C8FB242", nil)
	got, err := Sign(key, msg)
	if err != nil {
		t.Fatal(err)
	}
	if got != strings.TrimSpace(string(want)) {
		t.Fatalf("signature differs from openssl's:\n got %s\nwant %s", got, want)
	}
	if err := VerifySignature(&key.PublicKey, msg, got); err != nil {
		t.Fatal(err)
	}
	if VerifySignature(&key.PublicKey, msg+"x", got) == nil {
		t.Fatal("a changed message verified")
	}
}

// The header layout of the documentation's example (设置HTTP头).
func TestAuthorizationFormat(t *testing.T) {
	h := Authorization("1900009191", "1DDE55AD98ED71D6EDD4A4A16996DE7B47773A8C",
		"593BEC0C930BF1AFEB40B4A08C8FB242", 1554208460, "uOVRnA4qG/MNnYzdQxJa==")
	want := `WECHATPAY2-SHA256-RSA2048 mchid="1900009191",nonce_str="593BEC0C930BF1AFEB40B4A08C8FB242",` +
		`signature="uOVRnA4qG/MNnYzdQxJa==",timestamp="1554208460",serial_no="1DDE55AD98ED71D6EDD4A4A16996DE7B47773A8C"`
	if h != want {
		t.Fatalf("header\n got %s\nwant %s", h, want)
	}
	p, err := ParseAuthorization(h)
	if err != nil {
		t.Fatal(err)
	}
	if p.MchID != "1900009191" || p.Timestamp != 1554208460 || p.Signature != "uOVRnA4qG/MNnYzdQxJa==" ||
		p.Serial != "1DDE55AD98ED71D6EDD4A4A16996DE7B47773A8C" || p.Nonce != "593BEC0C930BF1AFEB40B4A08C8FB242" {
		t.Fatalf("parsed %+v", p)
	}
	for _, bad := range []string{"", "Bearer x", AuthScheme + ` mchid="1"`, AuthScheme + ` mchid=1,nonce_str="2"`} {
		if _, err := ParseAuthorization(bad); err == nil {
			t.Errorf("accepted %q", bad)
		}
	}
}
