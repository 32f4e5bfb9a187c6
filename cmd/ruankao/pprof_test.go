package main

import (
	"context"
	"io"
	"log/slog"
	"net/http"
	"strings"
	"testing"
)

func TestPprofRefusesANonLoopbackAddress(t *testing.T) {
	db := "sqlite://" + t.TempDir() + "/x.db"
	for _, addr := range []string{"0.0.0.0:6060", ":6060", "[::]:6060", "192.0.2.7:6060", "pprof.example:6060", "127.0.0.1"} {
		err := serve(context.Background(), []string{"--dev", "--db", db, "--addr", "127.0.0.1:0", "--pprof-addr", addr})
		if err == nil || !strings.Contains(err.Error(), "--pprof-addr") || strings.Contains(err.Error(), "\n") {
			t.Errorf("--pprof-addr %s: %v", addr, err)
		}
	}
	t.Setenv("RUANKAO_PPROF_ADDR", "0.0.0.0:6060")
	if err := serve(context.Background(), []string{"--dev", "--db", db}); err == nil || !strings.Contains(err.Error(), "loopback") {
		t.Errorf("RUANKAO_PPROF_ADDR=0.0.0.0:6060: %v", err)
	}
}

func TestPprofIsOffByDefaultAndServesOnLoopback(t *testing.T) {
	t.Setenv("RUANKAO_PPROF_ADDR", "")
	if f, err := parseServe(nil); err != nil || f.pprofAddr != "" {
		t.Fatalf("default: %+v %v", f, err)
	}
	for _, addr := range []string{"127.0.0.1:6060", "[::1]:6060", "localhost:6060"} {
		if err := checkPprofAddr(addr); err != nil {
			t.Errorf("%s refused: %v", addr, err)
		}
	}
	ln, err := listenPprof("127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	ctx, stop := context.WithCancel(context.Background())
	defer stop()
	go servePprof(ctx, ln, slog.New(slog.DiscardHandler))
	for path, want := range map[string]string{"/debug/pprof/": "goroutine", "/debug/pprof/cmdline": "ruankao"} {
		res, err := http.Get("http://" + ln.Addr().String() + path)
		if err != nil {
			t.Fatal(err)
		}
		body, _ := io.ReadAll(res.Body)
		res.Body.Close()
		if res.StatusCode != http.StatusOK || !strings.Contains(string(body), want) {
			t.Errorf("%s: %d %.200s", path, res.StatusCode, body)
		}
	}
}
