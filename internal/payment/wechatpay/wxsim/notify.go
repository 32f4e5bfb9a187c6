package wxsim

import (
	"bytes"
	"context"
	"encoding/json"
	"io"
	"net/http"
	"time"

	"github.com/ruankao/ruankao/internal/payment/wechatpay"
)

// deliver POSTs the TRANSACTION.SUCCESS notification until the merchant
// answers 2xx or the schedule runs out, as the gateway does.
func (s *Sim) deliver(notifyURL string, txn wechatpay.TransactionJSON) {
	body, err := s.notification(txn)
	if err != nil {
		return
	}
	s.wg.Add(1)
	go func() {
		defer s.wg.Done()
		for i := 0; ; i++ {
			if s.post(notifyURL, body) {
				return
			}
			if i >= len(s.opt.Retry) {
				return
			}
			select {
			case <-time.After(s.opt.Retry[i]):
			case <-s.ctx.Done():
				return
			}
		}
	}()
}

func (s *Sim) notification(txn wechatpay.TransactionJSON) ([]byte, error) {
	plain, err := json.Marshal(txn)
	if err != nil {
		return nil, err
	}
	nonce := wechatpay.NewNonce()[:12]
	ct, err := wechatpay.SealResource(s.opt.APIv3Key, nonce, "transaction", plain)
	if err != nil {
		return nil, err
	}
	return json.Marshal(wechatpay.Notification{
		ID:           wechatpay.NewNonce(),
		CreateTime:   s.opt.Clock.Now().In(beijing).Format(time.RFC3339),
		EventType:    "TRANSACTION.SUCCESS",
		ResourceType: "encrypt-resource",
		Summary:      "支付成功",
		Resource: wechatpay.Resource{
			OriginalType: "transaction", Algorithm: wechatpay.AlgorithmAEAD,
			Ciphertext: ct, AssociatedData: "transaction", Nonce: nonce,
		},
	})
}

// post makes one attempt, signed afresh so that a late retry is not stale.
func (s *Sim) post(notifyURL string, body []byte) bool {
	ctx, cancel := context.WithTimeout(s.ctx, 5*time.Second)
	defer cancel()
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, notifyURL, bytes.NewReader(body))
	if err != nil {
		return false
	}
	req.Header.Set("Content-Type", "application/json")
	s.signHeaders(req.Header, body, s.opt.PlatformKey)
	resp, err := s.opt.HTTP.Do(req)
	if err != nil {
		return false
	}
	_, _ = io.Copy(io.Discard, io.LimitReader(resp.Body, 64<<10))
	resp.Body.Close()
	return resp.StatusCode/100 == 2
}

// SignedNotification is the notification of txn as the gateway would post
// it now: the encrypted body and its Wechatpay-* headers under the platform
// key. Tests and the load harness make them ahead and post them as they like.
func (s *Sim) SignedNotification(txn wechatpay.TransactionJSON) ([]byte, http.Header, error) {
	body, err := s.notification(txn)
	if err != nil {
		return nil, nil, err
	}
	h := http.Header{}
	h.Set("Content-Type", "application/json")
	s.signHeaders(h, body, s.opt.PlatformKey)
	return body, h, nil
}
