// Package wechatpay is a merchant client of WeChat Pay API v3: signed
// requests, verified answers and notifications, AEAD_AES_256_GCM resources,
// and the Native order, query and close calls. *Client satisfies
// payment.Gateway.
//
// It is written on the standard library instead of depending on the official
// SDK github.com/wechatpay-apiv3/wechatpay-go: what we use of the protocol is
// one RSA signature, one GCM open and four JSON calls, a few hundred lines
// that the tests check against the SDK's and the documentation's published
// examples, while the SDK would bring its generated service tree and its
// certificate downloader. The SDK was read for how it builds the messages.
package wechatpay
