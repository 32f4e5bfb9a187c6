package main

import (
	"context"
	"log/slog"
	"net"
	"strings"
	"testing"

	"github.com/ruankao/ruankao/internal/ratelimit/redistest"
)

func TestServeFailsWhenRedisDoesNotAnswer(t *testing.T) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	addr := ln.Addr().String()
	ln.Close()
	t.Setenv("RUANKAO_REDIS_URL", "redis://:hunter2@"+addr+"/3")
	err = serve(context.Background(), []string{"--dev", "--db", "sqlite://" + t.TempDir() + "/x.db", "--addr", "127.0.0.1:0"})
	if err == nil || !strings.Contains(err.Error(), "RUANKAO_REDIS_URL: Redis at "+addr+" (database 3) does not answer") ||
		strings.Contains(err.Error(), "\n") || strings.Contains(err.Error(), "hunter2") {
		t.Fatalf("serve with Redis down: %v", err)
	}
	for _, bad := range []string{"http://h:1/0", "redis://:hunter2@h:1/x", "redis://:hunter2@[::1/0"} {
		t.Setenv("RUANKAO_REDIS_URL", bad)
		_, _, err := sharedRateLimitsFromEnv(context.Background(), slog.New(slog.DiscardHandler))
		if err == nil || !strings.HasPrefix(err.Error(), "RUANKAO_REDIS_URL: ") || strings.Contains(err.Error(), "hunter2") {
			t.Errorf("%s: %v", bad, err)
		}
	}
}

func TestSharedRateLimitsFromEnv(t *testing.T) {
	t.Setenv("RUANKAO_REDIS_URL", "")
	b, closeFn, err := sharedRateLimitsFromEnv(context.Background(), slog.New(slog.DiscardHandler))
	if b != nil || err != nil {
		t.Fatalf("unset: %v, %v", b, err)
	}
	closeFn()
	redistest.Client(t) // skips (or fails in CI) without a Redis
	t.Setenv("RUANKAO_REDIS_URL", redistest.URL())
	t.Setenv("RUANKAO_SIGNING_KEY", "MDEyMzQ1Njc4OWFiY2RlZjAxMjM0NTY3ODlhYmNkZWY=")
	b, closeFn, err = sharedRateLimitsFromEnv(context.Background(), slog.New(slog.DiscardHandler))
	if b == nil || err != nil {
		t.Fatalf("set: %v, %v", b, err)
	}
	closeFn()
}
