package wxsim

import (
	"crypto/rsa"
	"encoding/json"
	"io"
	"net/http"
	"strconv"
	"time"

	"github.com/ruankao/ruankao/internal/payment/wechatpay"
)

// apiError is the gateway's error body.
type apiError struct {
	status  int
	Code    string `json:"code"`
	Message string `json:"message"`
}

func fail(status int, code, msg string) *apiError {
	return &apiError{status: status, Code: code, Message: msg}
}

// handler answers a verified request with a status and a JSON value (nil: no body).
type handler func(r *http.Request, body []byte) (int, any, *apiError)

// api checks the merchant's signature as the gateway does (401 SIGN_ERROR)
// and signs whatever it answers.
func (s *Sim) api(h handler) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		switch s.errorMode() {
		case ModeGarbage:
			w.Header().Set("Content-Type", "text/html")
			_, _ = io.WriteString(w, "<html>502 Bad Gateway</html>")
			return
		case ModeSignedGarbage:
			w.Header().Set("Content-Type", "application/json")
			s.signHeaders(w.Header(), []byte("{\"code_url"), s.opt.PlatformKey)
			_, _ = io.WriteString(w, "{\"code_url")
			return
		case ModeServerError:
			s.writeSigned(w, http.StatusInternalServerError, fail(500, "SYSTEMERROR", "系统错误"), s.opt.PlatformKey)
			return
		case ModeSlow:
			select {
			case <-time.After(s.opt.SlowDelay):
			case <-r.Context().Done():
				return
			}
		}
		body, err := io.ReadAll(io.LimitReader(r.Body, 64<<10))
		if err != nil {
			s.writeSigned(w, http.StatusBadRequest, fail(400, "PARAM_ERROR", "请求体错误"), s.opt.PlatformKey)
			return
		}
		if !s.authorized(r, body) {
			s.writeSigned(w, http.StatusUnauthorized, fail(401, "SIGN_ERROR", "签名错误"), s.opt.PlatformKey)
			return
		}
		status, v, e := h(r, body)
		key := s.opt.PlatformKey
		if s.errorMode() == ModeBadSignature {
			key = s.rogueKey()
		}
		if e != nil {
			s.writeSigned(w, e.status, e, key)
			return
		}
		s.writeSigned(w, status, v, key)
	}
}

func (s *Sim) authorized(r *http.Request, body []byte) bool {
	p, err := wechatpay.ParseAuthorization(r.Header.Get("Authorization"))
	if err != nil || p.MchID != s.opt.MchID || p.Serial != s.opt.MerchantSerial {
		return false
	}
	if d := s.opt.Clock.Now().Sub(time.Unix(p.Timestamp, 0)); d > wechatpay.MaxSkew || d < -wechatpay.MaxSkew {
		return false
	}
	msg := wechatpay.RequestMessage(r.Method, r.URL.RequestURI(), p.Timestamp, p.Nonce, body)
	return wechatpay.VerifySignature(s.opt.MerchantKey, msg, p.Signature) == nil
}

func (s *Sim) writeSigned(w http.ResponseWriter, status int, v any, key *rsa.PrivateKey) {
	var body []byte
	if v != nil {
		body, _ = json.Marshal(v)
		w.Header().Set("Content-Type", "application/json")
	}
	s.signHeaders(w.Header(), body, key)
	w.WriteHeader(status)
	_, _ = w.Write(body)
}

// signHeaders adds the Wechatpay-* headers over body.
func (s *Sim) signHeaders(h http.Header, body []byte, key *rsa.PrivateKey) {
	ts, nonce := strconv.FormatInt(s.opt.Clock.Now().Unix(), 10), wechatpay.NewNonce()
	sig, err := wechatpay.Sign(key, wechatpay.AnswerMessage(ts, nonce, body))
	if err != nil {
		panic(err) // only a broken key fails, and New made or was given a good one
	}
	h.Set(wechatpay.HeaderTimestamp, ts)
	h.Set(wechatpay.HeaderNonce, nonce)
	h.Set(wechatpay.HeaderSerial, s.opt.PlatformSerial)
	h.Set(wechatpay.HeaderSignature, sig)
	h.Set(wechatpay.HeaderSignatureType, wechatpay.AuthScheme)
	h.Set("Request-ID", wechatpay.NewNonce())
}
