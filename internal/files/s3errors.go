package files

import (
	"context"
	"crypto/tls"
	"crypto/x509"
	"errors"
	"fmt"
	"io"
	"net"
	"net/http"
	"net/url"
	"syscall"

	"github.com/minio/minio-go/v7"
)

// wrap gives an error of the client library our vocabulary: the caller's
// ended context stays a context error (a client that went away, a request
// out of time); a store that cannot be reached, answers 5xx or times out is
// ErrUnavailable; anything else (refused credentials, a missing bucket) is a
// fault of the configuration, an internal error. The library's message stays
// inside, for the log only.
func (s *S3Store) wrap(ctx context.Context, op string, err error) error {
	switch {
	case err == nil:
		return nil
	case errors.Is(err, ErrTooLarge), errors.Is(err, ErrNotFound), errors.Is(err, ErrUnavailable):
		return err
	case ctx.Err() != nil:
		return fmt.Errorf("files: s3 %s: %w (%v)", op, ctx.Err(), err)
	case s3Unavailable(err):
		return fmt.Errorf("%w: s3 %s: %w", ErrUnavailable, op, err)
	}
	return fmt.Errorf("files: s3 %s: %w", op, err)
}

// isNoSuchKey tells an absent object (not an absent bucket).
func isNoSuchKey(err error) bool {
	var resp minio.ErrorResponse
	if !errors.As(err, &resp) {
		return false
	}
	return resp.Code == minio.NoSuchKey || (resp.StatusCode == http.StatusNotFound && resp.Code != minio.NoSuchBucket)
}

// noUploads: some servers (gofakes3) answer a listing of multipart uploads
// in a bucket that never had one with NoSuchUpload instead of an empty list.
func noUploads(err error) bool {
	return err != nil && minio.ToErrorResponse(err).Code == "NoSuchUpload"
}

// s3Unavailable tells a transient failure of the store from a fault of ours.
func s3Unavailable(err error) bool {
	var resp minio.ErrorResponse
	if errors.As(err, &resp) {
		switch {
		case resp.StatusCode >= 500, resp.StatusCode == http.StatusRequestTimeout,
			resp.StatusCode == http.StatusTooManyRequests:
			return true
		}
		switch resp.Code {
		case "SlowDown", "ServiceUnavailable", "InternalError", "RequestTimeout":
			return true
		}
		return false
	}
	// An operation's own time limit (the caller's context is still live).
	if errors.Is(err, context.DeadlineExceeded) {
		return true
	}
	// A certificate the store's TLS fails is configuration, not weather.
	var unknownCA x509.UnknownAuthorityError
	var hostname x509.HostnameError
	var invalid x509.CertificateInvalidError
	var verify *tls.CertificateVerificationError
	var header tls.RecordHeaderError
	if errors.As(err, &unknownCA) || errors.As(err, &hostname) || errors.As(err, &invalid) ||
		errors.As(err, &verify) || errors.As(err, &header) {
		return false
	}
	var uerr *url.Error
	var nerr net.Error
	var operr *net.OpError
	var dnserr *net.DNSError
	return errors.As(err, &uerr) || errors.As(err, &nerr) || errors.As(err, &operr) || errors.As(err, &dnserr) ||
		errors.Is(err, io.ErrUnexpectedEOF) || errors.Is(err, syscall.ECONNREFUSED) ||
		errors.Is(err, syscall.ECONNRESET) || errors.Is(err, syscall.EPIPE)
}
