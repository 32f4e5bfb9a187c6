package wechatpay

import (
	"encoding/base64"
	"errors"
	"testing"
)

// From wechatpay-go core/notify/notify_test.go (TestHandler_ParseNotifyRequest,
// last changed in commit 335e823): a real notification resource and its plaintext. Its key is
// 16 bytes, so this exercises AES-128-GCM; the construction (12-byte nonce,
// 16-byte tag appended, associated data) is the one AEAD_AES_256_GCM uses.
const (
	sdkAPIv3Key     = "testMchAPIv3Key0"
	sdkNonce        = "Kj7QIyUiYx1q"
	sdkAssociated   = "payscore"
	sdkNotifyCipher = "YDS3lKPaC4Y52Gf3uhft5qUBlIa8b428AWTtTauHQfQrRw+X1WpiuHIDy0vo1Vd6VEq67aVyqPdDYMkRVSDaZL3iZt" +
		"tevRMOoPKMifozg6XPWjIZumks/GpT48lI4NizyeaqLBokNebthah3o1H76qSlO9NkDjp9bzmKLEYYH9TEklFUpsvPqOTOcgSLgh21YJXYR" +
		"7dEBXFgRLiNIKRgO5JdXh1hccRUAlyVWxE54PXpnQ=="
	sdkNotifyPlain = `{"mchid":"1234567890","appid":"054aa7d7a2a54ab5898df65bd96f001c",` +
		`"create_time":"2020-06-30T12:12:00+08:00","out_contract_code":"21640bdbd08e473e828f3206a2741c6e"}`
)

func TestOpenResourceSDKVector(t *testing.T) {
	pt, err := OpenResource([]byte(sdkAPIv3Key), sdkNonce, sdkAssociated, sdkNotifyCipher)
	if err != nil {
		t.Fatal(err)
	}
	if string(pt) != sdkNotifyPlain {
		t.Fatalf("plaintext %s", pt)
	}
	if _, err := OpenResource([]byte("testMchAPIv3Key1"), sdkNonce, sdkAssociated, sdkNotifyCipher); !errors.Is(err, ErrDecrypt) {
		t.Fatalf("wrong key: %v", err)
	}
	if _, err := OpenResource([]byte(sdkAPIv3Key), sdkNonce, "transaction", sdkNotifyCipher); !errors.Is(err, ErrDecrypt) {
		t.Fatalf("wrong associated data: %v", err)
	}
}

// A 32-byte-key vector computed at test-writing time with Python's
// cryptography 48.0.0: AESGCM(key).encrypt(nonce, plain, b"transaction").
const (
	pyKey    = "ruankaoTestAPIv3Key0000000000032"
	pyNonce  = "Kq3Ts9Vw2Yx1"
	pyCipher = "Zczs/kPNTnblmenHMnr5eyxxALcrbLp6gMC9p5ph6UOZcivvSZY6qFu57I0jSqUf/ioWujU3em48COikUpKNaguuIt+6nRmgdcPKX1XtLPus041VPplP7utl4zJkPyexz+b4SJ4zZ+U6InAL85p+dcBFJs0cyeyzeHwmrepvUDD+CIQ3R2Ct9HPvpc9LY8WfTVl/vEvl+fawdjn/71I1U917QuBlMZcIuJAFfpBJ8HfftUlejqCiDs48E08lG1vPG0rmKedbh68W+QjbJ/eNpnHDD634RKpIvUMGlPMD3mJWKUzVdJo4MoppJwfiKpChM5iIxQXCY5gt4kWYIrMteUCWKyo+FU2alqOnqDI1jgMiVcrLVJHMZ4LCAcDWo1frGQUfmeY5QJ61rQN2Ry6b4Kf9wRLT6mRd+aTZihVaeuP0QatLDqdgbcCTiu4GVt7IqlShvMp+91zahsRW8/fYKlwL9qNIJS9pdUtUwA31LDM="
	pyPlain  = `{"appid":"wxd678efh567hg6787","mchid":"1230000109","out_trade_no":"RK01TESTORDER","transaction_id":"4200000001202612011234567890","trade_type":"NATIVE","trade_state":"SUCCESS","success_time":"2026-12-01T20:10:00+08:00","payer":{"openid":"oUpF8uMuAJO_M2pxb1Q9zNjWeS6o"},"amount":{"total":9800,"currency":"CNY","payer_total":9800,"payer_currency":"CNY"}}`
)

func TestAES256GCMPythonVector(t *testing.T) {
	pt, err := OpenResource([]byte(pyKey), pyNonce, "transaction", pyCipher)
	if err != nil {
		t.Fatal(err)
	}
	if string(pt) != pyPlain {
		t.Fatalf("plaintext %s", pt)
	}
	ct, err := SealResource([]byte(pyKey), pyNonce, "transaction", []byte(pyPlain))
	if err != nil || ct != pyCipher {
		t.Fatalf("seal differs from Python's: %v", err)
	}
	raw, _ := base64.StdEncoding.DecodeString(pyCipher)
	raw[3] ^= 1
	if _, err := OpenResource([]byte(pyKey), pyNonce, "transaction", base64.StdEncoding.EncodeToString(raw)); !errors.Is(err, ErrDecrypt) {
		t.Fatalf("tampered ciphertext: %v", err)
	}
	if _, err := OpenResource([]byte(pyKey), "short", "transaction", pyCipher); !errors.Is(err, ErrDecrypt) {
		t.Fatalf("bad nonce: %v", err)
	}
}
