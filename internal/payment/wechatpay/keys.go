package wechatpay

import (
	"crypto/rsa"
	"crypto/x509"
	"encoding/pem"
	"errors"
)

var errKey = errors.New("wechatpay: not an RSA key in PEM")

// ParsePrivateKey reads the merchant's apiclient_key.pem (PKCS #8, or PKCS #1).
func ParsePrivateKey(pemBytes []byte) (*rsa.PrivateKey, error) {
	b, _ := pem.Decode(pemBytes)
	if b == nil {
		return nil, errKey
	}
	if k, err := x509.ParsePKCS1PrivateKey(b.Bytes); err == nil {
		return k, nil
	}
	k, err := x509.ParsePKCS8PrivateKey(b.Bytes)
	if err != nil {
		return nil, errKey
	}
	rk, ok := k.(*rsa.PrivateKey)
	if !ok {
		return nil, errKey
	}
	return rk, nil
}

// ParsePublicKey reads a platform certificate or a platform public key (the
// newer 微信支付公钥 mode hands out a bare PUBLIC KEY).
func ParsePublicKey(pemBytes []byte) (*rsa.PublicKey, error) {
	b, _ := pem.Decode(pemBytes)
	if b == nil {
		return nil, errKey
	}
	var pub any
	if b.Type == "CERTIFICATE" {
		c, err := x509.ParseCertificate(b.Bytes)
		if err != nil {
			return nil, errKey
		}
		pub = c.PublicKey
	} else {
		var err error
		if pub, err = x509.ParsePKIXPublicKey(b.Bytes); err != nil {
			return nil, errKey
		}
	}
	rk, ok := pub.(*rsa.PublicKey)
	if !ok {
		return nil, errKey
	}
	return rk, nil
}
