package wechatpay

import (
	"context"
	"crypto/rsa"
	"crypto/sha1"
	"encoding/hex"
	"errors"
	"net/http"
	"net/http/httptest"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/ruankao/ruankao/internal/civil"
	"github.com/ruankao/ruankao/internal/payment"
)

// fakeBillGateway answers tradebill with answer (signed with the test key,
// which the client trusts as the platform's) and serves file unsigned at
// /v3/billdownload/file, recording what it was asked.
func fakeBillGateway(t *testing.T, answer func(base string) string, file string) (*Client, *[]string) {
	t.Helper()
	key := loadPrivate(t, "test_merchant_key.pem")
	var asked []string
	var srv *httptest.Server
	srv = httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		asked = append(asked, r.URL.RequestURI())
		if r.Header.Get("Authorization") == "" {
			w.WriteHeader(http.StatusUnauthorized)
			return
		}
		if r.URL.Path == "/v3/billdownload/file" {
			_, _ = w.Write([]byte(file))
			return
		}
		body := answer(srv.URL)
		ts, nonce := strconv.FormatInt(time.Now().Unix(), 10), NewNonce()
		sig, err := Sign(key, AnswerMessage(ts, nonce, []byte(body)))
		if err != nil {
			t.Error(err)
		}
		w.Header().Set(HeaderTimestamp, ts)
		w.Header().Set(HeaderNonce, nonce)
		w.Header().Set(HeaderSerial, "FAKE")
		w.Header().Set(HeaderSignature, sig)
		if strings.Contains(body, `"code"`) {
			w.WriteHeader(http.StatusBadRequest)
		}
		_, _ = w.Write([]byte(body))
	}))
	t.Cleanup(srv.Close)
	c, err := New(Config{
		BaseURL: srv.URL, AppID: "wxd678efh567hg6787", MchID: "1230000109", MchSerial: "M", MchKey: key,
		APIv3Key: []byte(pyKey), PlatformKey: map[string]*rsa.PublicKey{"FAKE": &key.PublicKey}, HTTP: srv.Client(),
	})
	if err != nil {
		t.Fatal(err)
	}
	return c, &asked
}

func sha1Hex(s string) string {
	sum := sha1.Sum([]byte(s))
	return hex.EncodeToString(sum[:])
}

func TestBillAsksForTheDayAndChecksTheHash(t *testing.T) {
	day := civil.MustParse("2026-12-01")
	hashed := func(file string) func(string) string {
		return func(base string) string {
			return `{"hash_type":"SHA1","hash_value":"` + sha1Hex(file) +
				`","download_url":"` + base + `/v3/billdownload/file?token=T0KEN"}`
		}
	}
	c, asked := fakeBillGateway(t, hashed(refundStatement), refundStatement)
	lines, err := c.Bill(context.Background(), day)
	if err != nil || len(lines) != 2 {
		t.Fatalf("bill: %+v %v", lines, err)
	}
	if want := []string{"/v3/bill/tradebill?bill_date=2026-12-01&bill_type=ALL", "/v3/billdownload/file?token=T0KEN"}; strings.Join(*asked, " ") != strings.Join(want, " ") {
		t.Fatalf("asked %q", *asked)
	}

	c, _ = fakeBillGateway(t, hashed(refundStatement), strings.Replace(refundStatement, "`30.00,", "`3.00,", 1))
	if _, err := c.Bill(context.Background(), day); !errors.Is(err, ErrHashMismatch) {
		t.Fatalf("a file that is not the hashed one: %v", err)
	}
	miscounted := strings.Replace(refundStatement, "`2,`98.00", "`3,`98.00", 1)
	c, _ = fakeBillGateway(t, hashed(miscounted), miscounted)
	if _, err := c.Bill(context.Background(), day); !errors.Is(err, ErrGarbage) {
		t.Fatalf("a summary counting other lines: %v", err)
	}
}

func TestBillRefusesBadAnswers(t *testing.T) {
	day := civil.MustParse("2026-12-01")
	cases := []struct {
		name   string
		answer func(base string) string
		want   error
	}{
		{"a foreign download host", func(string) string {
			return `{"hash_type":"SHA1","hash_value":"` + sha1Hex(refundStatement) +
				`","download_url":"https://api.mch.weixin.qq.com.evil.example/v3/billdownload/file?token=x"}`
		}, ErrForeignDownload},
		{"credentials in the URL", func(base string) string {
			return `{"hash_type":"SHA1","hash_value":"` + sha1Hex(refundStatement) + `","download_url":"` +
				strings.Replace(base, "://", "://u:p@", 1) + `/v3/billdownload/file?token=x"}`
		}, ErrForeignDownload},
		{"another hash type", func(base string) string {
			return `{"hash_type":"MD5","hash_value":"0123456789abcdef0123456789abcdef","download_url":"` + base + `/x"}`
		}, ErrGarbage},
		{"no statement", func(string) string {
			return `{"code":"NO_STATEMENT_EXIST","message":"请求的账单文件不存在"}`
		}, payment.ErrNoBill},
		{"not made yet", func(string) string {
			return `{"code":"STATEMENT_CREATING","message":"账单生成中"}`
		}, payment.ErrBillNotReady},
	}
	for _, tc := range cases {
		c, asked := fakeBillGateway(t, tc.answer, refundStatement)
		_, err := c.Bill(context.Background(), day)
		if !errors.Is(err, tc.want) {
			t.Errorf("%s: got %v, want %v", tc.name, err, tc.want)
		}
		if len(*asked) != 1 {
			t.Errorf("%s: the file was fetched anyway: %q", tc.name, *asked)
		}
	}
	if err := (&APIError{Status: 400, Code: "NO_STATEMENT_EXIST"}); !errors.Is(err, ErrNoStatement) || Temporary(err) {
		t.Error("NO_STATEMENT_EXIST is ErrNoStatement and final")
	}
	if err := (&APIError{Status: 400, Code: "STATEMENT_CREATING"}); !errors.Is(err, ErrStatementCreating) || !Temporary(err) {
		t.Error("STATEMENT_CREATING is ErrStatementCreating and temporary")
	}
	if errors.Is(&APIError{Status: 400, Code: "PARAM_ERROR"}, payment.ErrNoBill) {
		t.Error("only NO_STATEMENT_EXIST means an empty day")
	}
}
