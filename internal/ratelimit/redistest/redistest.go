// Package redistest gives tests the local Redis that shared rate limits are
// tested against (127.0.0.1:6379 here and in CI; .ci/run starts it).
package redistest

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"os"
	"testing"
	"time"

	"github.com/redis/go-redis/v9"
)

// EnvURL names the Redis tests use (redis://host:port/db). When it is set,
// or CI=1, a Redis that cannot be reached fails the test instead of
// skipping it, so that CI cannot pass by skipping.
const EnvURL = "RUANKAO_TEST_REDIS"

// DefaultURL is the Redis tried when EnvURL is not set.
const DefaultURL = "redis://127.0.0.1:6379/0"

// Required reports whether a missing Redis fails tests (EnvURL set or CI=1).
func Required() bool { return os.Getenv(EnvURL) != "" || os.Getenv("CI") == "1" }

// URL is the Redis tests use.
func URL() string {
	if u := os.Getenv(EnvURL); u != "" {
		return u
	}
	return DefaultURL
}

// Client connects to the test Redis and returns a key prefix of the test's
// own ("ruankao:test:<random>:rl:"), so that tests running at once never see
// each other's keys; the prefix's keys are deleted and the client closed when
// the test ends. Without a reachable Redis the test is skipped (or fails, see
// EnvURL).
func Client(t testing.TB) (*redis.Client, string) {
	t.Helper()
	opts, err := redis.ParseURL(URL())
	if err != nil {
		t.Fatalf("%s: %v", EnvURL, err)
	}
	opts.ContextTimeoutEnabled = true
	rdb := redis.NewClient(opts)
	ctx, cancel := context.WithTimeout(context.Background(), 3*time.Second)
	defer cancel()
	if err := rdb.Ping(ctx).Err(); err != nil {
		rdb.Close()
		if Required() {
			t.Fatalf("Redis at %s not reachable (required: %s or CI=1 is set): %v", opts.Addr, EnvURL, err)
		}
		t.Skipf("Redis at %s not reachable (%v): skipping; start it with `redis-server --daemonize yes --save '' --appendonly no`, or set %s", opts.Addr, err, EnvURL)
	}
	b := make([]byte, 8)
	_, _ = rand.Read(b)
	prefix := "ruankao:test:" + hex.EncodeToString(b) + ":rl:"
	t.Cleanup(func() {
		defer rdb.Close()
		ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
		defer cancel()
		var keys []string
		iter := rdb.Scan(ctx, 0, prefix+"*", 1000).Iterator()
		for iter.Next(ctx) {
			keys = append(keys, iter.Val())
		}
		if err := iter.Err(); err != nil {
			t.Errorf("redis cleanup of %s*: %v", prefix, err)
			return
		}
		if len(keys) > 0 {
			if err := rdb.Del(ctx, keys...).Err(); err != nil {
				t.Errorf("redis cleanup of %s*: %v", prefix, err)
			}
		}
	})
	return rdb, prefix
}

// Keys lists the keys under prefix (for tests that look at what is stored).
func Keys(t testing.TB, rdb *redis.Client, prefix string) []string {
	t.Helper()
	keys, err := rdb.Keys(context.Background(), prefix+"*").Result()
	if err != nil {
		t.Fatal(err)
	}
	return keys
}
