package wechatpay

import (
	"context"
	"errors"
	"fmt"
	"io"
	"net/http"
	"net/url"

	"github.com/ruankao/ruankao/internal/civil"
	"github.com/ruankao/ruankao/internal/payment"
)

var _ payment.Biller = (*Client)(nil)

// TradeBillJSON is the answer of 申请交易账单, GET /v3/bill/tradebill.
type TradeBillJSON struct {
	HashType    string `json:"hash_type"`  // SHA1, the only one defined
	HashValue   string `json:"hash_value"` // of the uncompressed file
	DownloadURL string `json:"download_url"`
}

// ErrForeignDownload means the gateway named a download host other than the
// one configured; the signed request is not sent there.
var ErrForeignDownload = errors.New("wechatpay: statement download URL is not on the gateway's host")

// Bill fetches the ALL trade statement of day (Beijing time, as the gateway
// keeps its days) in two steps, as 下载账单 describes: the signed and verified
// tradebill answer names the file's SHA-1 and a short-lived download URL; the
// download, a GET signed like any request, is answered without a gateway
// signature, so the file is trusted by its hash instead. No tar_type is asked,
// so the file comes uncompressed. A day without trades gives ErrNoStatement
// (matching payment.ErrNoBill), one not yet made ErrStatementCreating.
func (c *Client) Bill(ctx context.Context, day civil.Date) ([]payment.BillLine, error) {
	if day.IsZero() {
		return nil, errors.New("wechatpay: no statement day given")
	}
	var ans TradeBillJSON
	p := "/v3/bill/tradebill?bill_date=" + day.String() + "&bill_type=ALL"
	if err := c.call(ctx, http.MethodGet, p, nil, &ans); err != nil {
		return nil, err
	}
	if ans.HashType != "SHA1" || len(ans.HashValue) != 40 || ans.DownloadURL == "" {
		return nil, ErrGarbage
	}
	body, err := c.download(ctx, ans.DownloadURL)
	if err != nil {
		return nil, err
	}
	defer body.Close()
	lines, sum, err := readTradeBill(body, MaxBill, ans.HashValue)
	if err != nil {
		return nil, err
	}
	// The hash proves the file is the gateway's; the count proves we split it
	// into lines as the gateway did (a stray newline in a field would not).
	if sum.Count != len(lines) {
		return nil, fmt.Errorf("%w: %d lines, summary says %d", ErrGarbage, len(lines), sum.Count)
	}
	return lines, nil
}

// download GETs the statement file. Its URL must be on the configured gateway
// host: the request carries our signature, and the URL came from an answer.
func (c *Client) download(ctx context.Context, rawURL string) (io.ReadCloser, error) {
	u, err := url.Parse(rawURL)
	base, _ := url.Parse(c.cfg.BaseURL) // New made it a URL
	if err != nil || u.User != nil || u.Scheme != base.Scheme || u.Host != base.Host {
		return nil, ErrForeignDownload
	}
	req, err := c.signedRequest(ctx, http.MethodGet, rawURL, nil)
	if err != nil {
		return nil, err
	}
	resp, err := c.cfg.HTTP.Do(req)
	if err != nil {
		var ue *url.Error
		if errors.As(err, &ue) {
			err = ue.Err // its text would hold the URL, token and all
		}
		return nil, fmt.Errorf("wechatpay: GET %s: %w", u.Path, err)
	}
	if resp.StatusCode != http.StatusOK {
		defer resp.Body.Close()
		ans, _ := io.ReadAll(io.LimitReader(resp.Body, maxAnswer))
		return nil, answerError(resp.StatusCode, ans)
	}
	return resp.Body, nil
}
