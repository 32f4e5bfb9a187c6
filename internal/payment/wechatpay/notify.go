package wechatpay

import (
	"encoding/json"
	"errors"
	"io"
	"net/http"

	"github.com/ruankao/ruankao/internal/payment"
)

// MaxNotifyBody bounds a notification; real ones are about 1 KB.
const MaxNotifyBody = 64 << 10

// Notification failures besides the verification ones.
var (
	ErrTooLarge     = errors.New("wechatpay: notification body too large")
	ErrMalformed    = errors.New("wechatpay: malformed notification")
	ErrAlgorithm    = errors.New("wechatpay: unsupported resource algorithm")
	ErrNotOurs      = errors.New("wechatpay: notification for another merchant")
	ErrNotVerified  = errors.New("wechatpay: notification not verified")
	errNotifyMethod = errors.New("wechatpay: notification must be POST")
)

// Resource is the encrypted part of a notification.
type Resource struct {
	OriginalType   string `json:"original_type"`
	Algorithm      string `json:"algorithm"`
	Ciphertext     string `json:"ciphertext"`
	AssociatedData string `json:"associated_data"`
	Nonce          string `json:"nonce"`
}

// Notification is the callback body.
type Notification struct {
	ID           string   `json:"id"`
	CreateTime   string   `json:"create_time"`
	EventType    string   `json:"event_type"` // TRANSACTION.SUCCESS for payments
	ResourceType string   `json:"resource_type"`
	Summary      string   `json:"summary"`
	Resource     Resource `json:"resource"`
}

// ReadNotification reads, bounds and verifies the body, then decrypts the
// resource. Nothing is decoded before the signature holds.
func ReadNotification(r *http.Request, v *Verifier, apiV3Key []byte) (Notification, []byte, error) {
	var n Notification
	if r.Method != http.MethodPost {
		return n, nil, errNotifyMethod
	}
	body, err := io.ReadAll(io.LimitReader(r.Body, MaxNotifyBody+1))
	if err != nil {
		return n, nil, ErrMalformed
	}
	if len(body) > MaxNotifyBody {
		return n, nil, ErrTooLarge
	}
	if err := v.Verify(r.Header, body); err != nil {
		return n, nil, errors.Join(ErrNotVerified, err)
	}
	if json.Unmarshal(body, &n) != nil {
		return n, nil, ErrMalformed
	}
	if n.Resource.Algorithm != AlgorithmAEAD {
		return n, nil, ErrAlgorithm
	}
	pt, err := OpenResource(apiV3Key, n.Resource.Nonce, n.Resource.AssociatedData, n.Resource.Ciphertext)
	if err != nil {
		return n, nil, err
	}
	return n, pt, nil
}

// ParseNotification verifies a payment notification and returns its
// transaction.
func (c *Client) ParseNotification(r *http.Request) (payment.Transaction, error) {
	_, pt, err := ReadNotification(r, c.verifier, c.cfg.APIv3Key)
	if err != nil {
		return payment.Transaction{}, err
	}
	var t TransactionJSON
	if json.Unmarshal(pt, &t) != nil || t.OutTradeNo == "" {
		return payment.Transaction{}, ErrMalformed
	}
	if t.MchID != c.cfg.MchID || t.AppID != c.cfg.AppID {
		return payment.Transaction{}, ErrNotOurs
	}
	return t.Neutral()
}

// AnswerNotification writes 204 on success; on failure a 4xx/5xx with the
// documented {"code":"FAIL","message":…}, which makes the gateway retry. The
// message is generic: the gateway's logs are not ours to fill.
func (c *Client) AnswerNotification(w http.ResponseWriter, err error) {
	WriteNotifyAnswer(w, err)
}

// WriteNotifyAnswer is AnswerNotification without a client.
func WriteNotifyAnswer(w http.ResponseWriter, err error) {
	if err == nil {
		w.WriteHeader(http.StatusNoContent)
		return
	}
	status, msg := http.StatusInternalServerError, "处理失败"
	switch {
	case errors.Is(err, ErrTooLarge):
		status, msg = http.StatusRequestEntityTooLarge, "报文过大"
	case errors.Is(err, ErrNotVerified):
		status, msg = http.StatusUnauthorized, "验签失败"
	case errors.Is(err, errNotifyMethod):
		status, msg = http.StatusMethodNotAllowed, "方法错误"
	case errors.Is(err, ErrMalformed), errors.Is(err, ErrAlgorithm), errors.Is(err, ErrDecrypt),
		errors.Is(err, ErrNotOurs), errors.Is(err, ErrGarbage):
		status, msg = http.StatusBadRequest, "报文错误"
	}
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(status)
	_ = json.NewEncoder(w).Encode(map[string]string{"code": "FAIL", "message": msg})
}
