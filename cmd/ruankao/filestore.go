package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"log/slog"
	"net"
	"net/url"
	"os"
	"strconv"
	"strings"
	"time"

	"github.com/ruankao/ruankao/internal/clock"
	"github.com/ruankao/ruankao/internal/files"
)

// The file store: photos, materials, receipts, tickets, certificates,
// exports and score files. A local directory by default (--files-dir);
// S3-compatible object storage when RUANKAO_S3_ENDPOINT is set, which every
// instance of a scaled-out deployment must share (README "Object storage").

// s3Flags are the object store's settings; the keys come from the
// environment only, never from the command line (ps shows it to every user).
type s3Flags struct {
	endpoint, bucket, region, prefix string
	insecure, createBucket           bool
}

// addS3Flags registers the object store's flags, defaults from the environment.
func addS3Flags(fs *flag.FlagSet, f *s3Flags) {
	fs.StringVar(&f.endpoint, "s3-endpoint", env("RUANKAO_S3_ENDPOINT", ""), "S3-compatible object storage for files: host:port or http(s)://host:port (default: none, files in --files-dir)")
	fs.StringVar(&f.bucket, "s3-bucket", env("RUANKAO_S3_BUCKET", ""), "bucket of the object storage")
	fs.StringVar(&f.region, "s3-region", env("RUANKAO_S3_REGION", ""), "region of the bucket (default: asked from the server)")
	fs.StringVar(&f.prefix, "s3-prefix", env("RUANKAO_S3_PREFIX", ""), "prefix of every key, e.g. ruankao/ (default: none)")
	fs.BoolVar(&f.insecure, "s3-insecure", envBool("RUANKAO_S3_INSECURE"), "plain http to a host:port endpoint")
	fs.BoolVar(&f.createBucket, "s3-create-bucket", envBool("RUANKAO_S3_CREATE_BUCKET"), "create the bucket when missing (tests and demos; in production the bucket is the operator's)")
}

// s3Config makes the S3 store's configuration; ok is false when no endpoint
// is set (files go to the directory). getenv reads the keys.
func s3Config(f s3Flags, getenv func(string) string) (cfg files.S3Config, ok bool, err error) {
	access, secret := getenv("RUANKAO_S3_ACCESS_KEY"), getenv("RUANKAO_S3_SECRET_KEY")
	if strings.TrimSpace(f.endpoint) == "" {
		if f.bucket != "" || f.prefix != "" || f.region != "" || access != "" || secret != "" {
			return cfg, false, errors.New("RUANKAO_S3_BUCKET, _PREFIX, _REGION or the keys are set without RUANKAO_S3_ENDPOINT: set the endpoint too, or none of them for files in a directory")
		}
		return cfg, false, nil
	}
	host, secure, err := parseS3Endpoint(f.endpoint, f.insecure)
	if err != nil {
		return cfg, false, err
	}
	if f.bucket == "" {
		return cfg, false, errors.New("RUANKAO_S3_BUCKET (--s3-bucket) is required with RUANKAO_S3_ENDPOINT")
	}
	if access == "" || secret == "" {
		return cfg, false, errors.New("RUANKAO_S3_ACCESS_KEY and RUANKAO_S3_SECRET_KEY are required with RUANKAO_S3_ENDPOINT")
	}
	return files.S3Config{Endpoint: host, Secure: secure, Bucket: f.bucket, AccessKey: access, SecretKey: secret,
		Region: f.region, Prefix: f.prefix}, true, nil
}

// parseS3Endpoint takes host:port (https, or http with insecure) or a URL
// whose scheme decides (http:// or https://, nothing after the host).
func parseS3Endpoint(raw string, insecure bool) (host string, secure bool, err error) {
	raw = strings.TrimSpace(raw)
	bad := func(why string) (string, bool, error) {
		return "", false, fmt.Errorf("RUANKAO_S3_ENDPOINT %q: %s", raw, why)
	}
	secure = !insecure
	host = raw
	if strings.Contains(raw, "://") {
		u, err := url.Parse(raw)
		if err != nil {
			return bad("not a URL")
		}
		switch u.Scheme {
		case "http":
			secure = false
		case "https":
			if insecure {
				return bad("https:// with RUANKAO_S3_INSECURE=1; drop one")
			}
			secure = true
		default:
			return bad("the scheme must be http or https")
		}
		if u.User != nil || (u.Path != "" && u.Path != "/") || u.RawQuery != "" || u.Fragment != "" {
			return bad("give the host and port only, no user, path or query (the bucket is RUANKAO_S3_BUCKET)")
		}
		host = u.Host
	}
	if host == "" || strings.ContainsAny(host, "/?#@ ") {
		return bad("expected host:port or http(s)://host:port")
	}
	if h, port, err := net.SplitHostPort(host); err == nil {
		if n, err := strconv.Atoi(port); h == "" || err != nil || n < 1 || n > 65535 {
			return bad("bad host or port")
		}
	} else if strings.Contains(strings.Trim(host, "[]"), ":") && !strings.HasPrefix(host, "[") {
		return bad("bad host or port")
	}
	return host, secure, nil
}

// openFileStore opens the configured store: the object storage, whose bucket
// must exist (or is created with --s3-create-bucket), or the directory.
func openFileStore(ctx context.Context, f *serveFlags) (files.Store, error) {
	cfg, ok, err := s3Config(f.s3, os.Getenv)
	if err != nil {
		return nil, err
	}
	if !ok {
		return files.NewDirStore(filesDir(f))
	}
	if f.filesDir != "" {
		return nil, errors.New("--files-dir (RUANKAO_FILES_DIR) and RUANKAO_S3_ENDPOINT are both set: files go to one place, pick one")
	}
	store, err := files.NewS3Store(cfg)
	if err != nil {
		return nil, err
	}
	if err := store.CheckBucket(ctx, f.s3.createBucket); err != nil {
		return nil, fmt.Errorf("object storage: %w", err)
	}
	slog.Default().Info("files in object storage", "endpoint", cfg.Endpoint, "tls", cfg.Secure, "bucket", cfg.Bucket, "prefix", store.Prefix())
	return store, nil
}

// staleTempAge: what an interrupted Put left behind is removed once this
// old (longer than any upload, an export's included, can run).
const staleTempAge = 24 * time.Hour

// sweepStaleTemp removes interrupted uploads' leftovers at start and every
// hour, on every instance (removing is idempotent). With object storage a
// bucket lifecycle rule does the same; this covers a bucket without one.
func sweepStaleTemp(ctx context.Context, store files.Store, log *slog.Logger) {
	s, ok := store.(interface {
		RemoveStaleTemp(context.Context, time.Time) (int, error)
	})
	if !ok {
		return
	}
	t := time.NewTicker(time.Hour)
	defer t.Stop()
	for {
		n, err := s.RemoveStaleTemp(ctx, clock.System.Now().Add(-staleTempAge))
		switch {
		case err != nil && ctx.Err() == nil:
			log.Warn("removing stale temporary files", "err", err.Error())
		case n > 0:
			log.Info("removed stale temporary files", "count", n)
		}
		select {
		case <-ctx.Done():
			return
		case <-t.C:
		}
	}
}
