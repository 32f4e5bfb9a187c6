package wechatpay

import (
	"crypto/aes"
	"crypto/cipher"
	"encoding/base64"
	"errors"
	"fmt"
)

// APIv3KeySize is the length of the APIv3 key: AEAD_AES_256_GCM needs 32 bytes.
const APIv3KeySize = 32

// AlgorithmAEAD is the only resource algorithm the notifications use.
const AlgorithmAEAD = "AEAD_AES_256_GCM"

// ErrDecrypt means a resource did not open: wrong key, nonce, associated data,
// or a tampered ciphertext. Which one is deliberately not said.
var ErrDecrypt = errors.New("wechatpay: resource does not decrypt")

// OpenResource decrypts a base64 ciphertext (with its 16-byte tag appended).
// It takes any AES key length so that it can be tested against the SDK's
// published vector; callers hold the key to APIv3KeySize.
func OpenResource(key []byte, nonce, associatedData, ciphertext string) ([]byte, error) {
	ct, err := base64.StdEncoding.DecodeString(ciphertext)
	if err != nil {
		return nil, ErrDecrypt
	}
	aead, err := newGCM(key, nonce)
	if err != nil {
		return nil, err
	}
	pt, err := aead.Open(nil, []byte(nonce), ct, []byte(associatedData))
	if err != nil {
		return nil, ErrDecrypt
	}
	return pt, nil
}

// SealResource is OpenResource's inverse; the simulator encrypts with it.
func SealResource(key []byte, nonce, associatedData string, plaintext []byte) (string, error) {
	aead, err := newGCM(key, nonce)
	if err != nil {
		return "", err
	}
	return base64.StdEncoding.EncodeToString(aead.Seal(nil, []byte(nonce), plaintext, []byte(associatedData))), nil
}

func newGCM(key []byte, nonce string) (cipher.AEAD, error) {
	block, err := aes.NewCipher(key)
	if err != nil {
		return nil, fmt.Errorf("wechatpay: APIv3 key: %w", err)
	}
	aead, err := cipher.NewGCM(block)
	if err != nil {
		return nil, err
	}
	if len(nonce) != aead.NonceSize() {
		return nil, ErrDecrypt
	}
	return aead, nil
}
