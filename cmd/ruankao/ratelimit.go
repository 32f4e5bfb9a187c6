package main

import (
	"context"
	"crypto/hkdf"
	"crypto/sha256"
	"errors"
	"fmt"
	"log/slog"
	"net/url"
	"os"
	"strings"
	"time"

	"github.com/redis/go-redis/v9"

	"github.com/ruankao/ruankao/internal/ratelimit"
)

// sharedRateLimitsFromEnv connects to the Redis named by RUANKAO_REDIS_URL
// (redis://[user:password@]host:port/db, rediss:// for TLS), the store every
// instance counts its rate limits in. Unset, it returns nil: each instance
// limits on its own (the embedded default). Set but not answering a PING
// within 5 s, serve stops with one clear line, rather than start with limits
// that are silently per instance; once running, a Redis that fails is
// answered from memory (ratelimit.Fallback).
//
// The keys are hashed under a key derived from RUANKAO_SIGNING_KEY (HKDF,
// its own info string), which every instance already shares; without it
// (--dev) the hash is unkeyed.
func sharedRateLimitsFromEnv(ctx context.Context, log *slog.Logger) (ratelimit.Backend, func(), error) {
	raw := strings.TrimSpace(os.Getenv("RUANKAO_REDIS_URL"))
	if raw == "" {
		log.Info("rate limits are per instance (RUANKAO_REDIS_URL not set)")
		return nil, func() {}, nil
	}
	opts, err := ratelimit.ParseRedisURL(raw)
	if err != nil {
		// url.Error quotes the whole URL, password included: keep its cause only.
		if ue := (*url.Error)(nil); errors.As(err, &ue) {
			err = ue.Err
		}
		return nil, nil, fmt.Errorf("RUANKAO_REDIS_URL: want redis://[user:password@]host:port/db: %v", err)
	}
	rdb := redis.NewClient(opts)
	pctx, cancel := context.WithTimeout(ctx, 5*time.Second)
	defer cancel()
	if err := rdb.Ping(pctx).Err(); err != nil {
		rdb.Close()
		return nil, nil, fmt.Errorf("RUANKAO_REDIS_URL: Redis at %s (database %d) does not answer: %v (unset it to limit per instance)", opts.Addr, opts.DB, err)
	}
	var hashKey []byte
	if s := strings.TrimSpace(os.Getenv("RUANKAO_SIGNING_KEY")); s != "" {
		if secret, err := decodeKey(s); err == nil {
			if hashKey, err = hkdf.Key(sha256.New, secret, nil, "ruankao rate-limit keys v1", 32); err != nil {
				rdb.Close()
				return nil, nil, err
			}
		}
	}
	log.Info("rate limits are shared by every instance through Redis", "addr", opts.Addr, "db", opts.DB)
	return ratelimit.NewRedis(rdb, ratelimit.DefaultRedisPrefix, hashKey), func() { rdb.Close() }, nil
}
