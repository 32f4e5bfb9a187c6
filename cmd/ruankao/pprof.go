package main

import (
	"context"
	"fmt"
	"log/slog"
	"net"
	"net/netip"
	"time"

	"github.com/ruankao/ruankao/internal/server"
)

// checkPprofAddr refuses a profiling address off the loopback interface:
// profiles expose the command line, memory contents and symbols, and a CPU
// profile costs the server work on demand, so they must not be reachable
// from the network. "" (the default) means no profiling server.
func checkPprofAddr(addr string) error {
	if addr == "" {
		return nil
	}
	host, _, err := net.SplitHostPort(addr)
	if err != nil {
		return fmt.Errorf("--pprof-addr %q: %w", addr, err)
	}
	if host == "localhost" {
		return nil
	}
	if ip, err := netip.ParseAddr(host); err != nil || !ip.Unmap().IsLoopback() {
		return fmt.Errorf("--pprof-addr %q: must be a loopback address such as 127.0.0.1:6060 (profiles are never served to the network)", addr)
	}
	return nil
}

// listenPprof opens the profiling listener and checks where it really bound
// ("localhost" is resolved by the system).
func listenPprof(addr string) (net.Listener, error) {
	if err := checkPprofAddr(addr); err != nil {
		return nil, err
	}
	ln, err := net.Listen("tcp", addr)
	if err != nil {
		return nil, fmt.Errorf("--pprof-addr: listen %s: %w", addr, err)
	}
	if tcp, ok := ln.Addr().(*net.TCPAddr); !ok || !tcp.IP.IsLoopback() {
		_ = ln.Close()
		return nil, fmt.Errorf("--pprof-addr %q: bound to %s, which is not loopback", addr, ln.Addr())
	}
	return ln, nil
}

// servePprof serves the profiles on ln until ctx ends; a profile still
// running at shutdown is cut short.
func servePprof(ctx context.Context, ln net.Listener, log *slog.Logger) {
	log = log.With("listener", "pprof") // its shutdown lines are not the API's
	log.Info("pprof listening", "addr", "http://"+ln.Addr().String()+"/debug/pprof/")
	if err := server.Run(ctx, server.NewPprofServer(), ln, time.Second, log); err != nil {
		log.Warn("pprof server stopped", "err", err.Error())
	}
}
