// Package wechatpay is a merchant client of WeChat Pay API v3: signed
// requests, verified answers and notifications, AEAD_AES_256_GCM resources,
// the Native order, query and close calls, refunds, and the daily trade
// statement (对账单). *Client satisfies payment.Gateway, payment.Refunder and
// payment.Biller.
//
// It is written on the standard library instead of depending on the official
// SDK github.com/wechatpay-apiv3/wechatpay-go: what we use of the protocol is
// one RSA signature, one GCM open, a few JSON calls and one CSV-like file, a
// few hundred lines that the tests check against the SDK's and the
// documentation's published examples, while the SDK would bring its generated service tree and its
// certificate downloader. The SDK was read for how it builds the messages.
package wechatpay
