//go:build cluster

package cluster

import (
	"bufio"
	"bytes"
	"context"
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"net"
	"net/http"
	"net/http/httputil"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"sync/atomic"
	"syscall"
	"testing"
	"time"
)

// The balancer's health check: GET /readyz (internal/server/ops.go: 200
// when the database answers and its migrations are current) every 250 ms,
// out after 2 failures, back after 2 successes, so a dead instance is out
// within about half a second to a second.
const (
	checkInter = 250 * time.Millisecond
	checkFall  = 2
	checkRise  = 2
)

// balancer is the load balancer in front of the instances.
type balancer interface {
	Kind() string
	URL() string
	// Up reports whether the balancer sends traffic to the backend named name.
	Up(name string) (bool, error)
	Close()
}

type backendAddr struct{ name, addr string }

// startBalancer starts HAProxy when it is installed (or asked for with
// RUANKAO_CLUSTER_BALANCER=haproxy), else the Go fallback.
func startBalancer(t testing.TB, dir string, backends ...backendAddr) balancer {
	t.Helper()
	want := os.Getenv("RUANKAO_CLUSTER_BALANCER")
	path, err := exec.LookPath("haproxy")
	switch {
	case want == "go":
		t.Logf("balancer: Go httputil.ReverseProxy with its own health checks (RUANKAO_CLUSTER_BALANCER=go)")
		return startGoBalancer(t, backends...)
	case err == nil:
		lb := startHAProxy(t, path, dir, backends...)
		t.Logf("balancer: %s at %s", lb.Kind(), lb.URL())
		return lb
	case want == "haproxy":
		t.Fatalf("RUANKAO_CLUSTER_BALANCER=haproxy but haproxy is not on PATH: %v", err)
	}
	t.Logf("balancer: haproxy not found (%v); Go httputil.ReverseProxy with its own health checks", err)
	return startGoBalancer(t, backends...)
}

// waitUp waits until the balancer sends traffic to every backend named.
func waitUp(lb balancer, timeout time.Duration, names ...string) error {
	deadline := time.Now().Add(timeout)
	for {
		all := true
		for _, n := range names {
			up, err := lb.Up(n)
			if err != nil {
				return err
			}
			all = all && up
		}
		if all {
			return nil
		}
		if time.Now().After(deadline) {
			return fmt.Errorf("%s: backends %v not all up after %s", lb.Kind(), names, timeout)
		}
		time.Sleep(20 * time.Millisecond)
	}
}

// --- HAProxy -----------------------------------------------------------------

type haproxy struct {
	version, url, sock, cfg, log string
	cmd                          *exec.Cmd
	done                         chan struct{}
}

const haproxyConfig = `global
    stats socket %s mode 600 level admin
    maxconn 2048

defaults
    mode http
    timeout connect 1s
    timeout client 30s
    timeout server 30s
    timeout check 1s
    # A connection refused by a dead instance is tried again on the other
    # (nothing was sent yet, so no write can be made twice).
    retries 2
    option redispatch 1
    option forwardfor

frontend api
    bind 127.0.0.1:%d
    default_backend ruankao

backend ruankao
    balance roundrobin
    option httpchk GET /readyz
    http-check expect status 200
    default-server inter %dms fastinter %dms downinter %dms fall %d rise %d
%s`

func startHAProxy(t testing.TB, path, dir string, backends ...backendAddr) *haproxy {
	t.Helper()
	port := freePort(t)
	h := &haproxy{url: fmt.Sprintf("http://127.0.0.1:%d", port), sock: filepath.Join(dir, "haproxy.sock"),
		cfg: filepath.Join(dir, "haproxy.cfg"), log: filepath.Join(dir, "haproxy.log"), done: make(chan struct{})}
	var servers strings.Builder
	for _, b := range backends {
		fmt.Fprintf(&servers, "    server %s %s check\n", b.name, b.addr)
	}
	ms := int(checkInter / time.Millisecond)
	cfg := fmt.Sprintf(haproxyConfig, h.sock, port, ms, ms, 2*ms, checkFall, checkRise, servers.String())
	if err := os.WriteFile(h.cfg, []byte(cfg), 0o644); err != nil {
		t.Fatal(err)
	}
	if out, err := exec.Command(path, "-v").Output(); err == nil {
		h.version = strings.TrimSpace(strings.SplitN(string(out), "\n", 2)[0])
	}
	out, err := os.Create(h.log)
	if err != nil {
		t.Fatal(err)
	}
	// -db: in the foreground, not a daemon; stopped by the test.
	h.cmd = exec.Command(path, "-db", "-f", h.cfg)
	h.cmd.Stdout, h.cmd.Stderr = out, out
	h.cmd.SysProcAttr = &syscall.SysProcAttr{Pdeathsig: syscall.SIGKILL}
	if err := h.cmd.Start(); err != nil {
		t.Fatalf("haproxy: %v", err)
	}
	go func() { _ = h.cmd.Wait(); out.Close(); close(h.done) }()
	t.Cleanup(h.Close)
	deadline := time.Now().Add(10 * time.Second)
	for {
		if c, err := net.DialTimeout("unix", h.sock, time.Second); err == nil {
			c.Close()
			break
		}
		select {
		case <-h.done:
			b, _ := os.ReadFile(h.log)
			t.Fatalf("haproxy exited at start:\n%s", b)
		default:
		}
		if time.Now().After(deadline) {
			t.Fatal("haproxy's stats socket did not open")
		}
		time.Sleep(20 * time.Millisecond)
	}
	return h
}

func (h *haproxy) Kind() string { return "HAProxy (" + h.version + ")" }
func (h *haproxy) URL() string  { return h.url }

// Up reads the server's status from the stats socket (show stat: UP, DOWN,
// or on the way, "UP 1/2" and "DOWN 1/2").
func (h *haproxy) Up(name string) (bool, error) {
	c, err := net.DialTimeout("unix", h.sock, time.Second)
	if err != nil {
		return false, err
	}
	defer c.Close()
	_ = c.SetDeadline(time.Now().Add(2 * time.Second))
	if _, err := io.WriteString(c, "show stat\n"); err != nil {
		return false, err
	}
	raw, err := io.ReadAll(bufio.NewReader(c))
	if err != nil {
		return false, err
	}
	r := csv.NewReader(bytes.NewReader(bytes.TrimPrefix(raw, []byte("# "))))
	r.FieldsPerRecord = -1
	rows, err := r.ReadAll()
	if err != nil || len(rows) == 0 {
		return false, fmt.Errorf("haproxy stats: %v", err)
	}
	col := map[string]int{}
	for i, f := range rows[0] {
		col[f] = i
	}
	for _, row := range rows[1:] {
		if len(row) > col["status"] && row[col["pxname"]] == "ruankao" && row[col["svname"]] == name {
			return strings.HasPrefix(row[col["status"]], "UP"), nil
		}
	}
	return false, fmt.Errorf("haproxy stats: no server %s", name)
}

func (h *haproxy) Close() {
	select {
	case <-h.done:
		return
	default:
	}
	_ = h.cmd.Process.Signal(syscall.SIGTERM)
	select {
	case <-h.done:
	case <-time.After(5 * time.Second):
		_ = h.cmd.Process.Kill()
		<-h.done
	}
}

// --- the Go fallback ----------------------------------------------------------

// goBalancer is round robin over the backends its health check finds up,
// through httputil.ReverseProxy; a refused connection is tried on the next
// backend, as HAProxy's redispatch does.
type goBalancer struct {
	url      string
	srv      *http.Server
	backends []*goBackend
	next     atomic.Uint64
	base     http.RoundTripper
	stop     context.CancelFunc
	wg       sync.WaitGroup
}

type goBackend struct {
	name, addr string
	up         atomic.Bool
}

func startGoBalancer(t testing.TB, backends ...backendAddr) *goBalancer {
	t.Helper()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	g := &goBalancer{url: "http://" + ln.Addr().String(),
		base: &http.Transport{MaxIdleConnsPerHost: 64, IdleConnTimeout: 30 * time.Second,
			DialContext: (&net.Dialer{Timeout: time.Second}).DialContext}}
	for _, b := range backends {
		g.backends = append(g.backends, &goBackend{name: b.name, addr: b.addr})
	}
	proxy := &httputil.ReverseProxy{
		Director:  func(r *http.Request) { r.URL.Scheme, r.URL.Host = "http", "backend" },
		Transport: g,
	}
	g.srv = &http.Server{Handler: http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		// Held in memory, so a refused connection can be tried elsewhere.
		body, err := io.ReadAll(io.LimitReader(r.Body, 16<<20))
		if err != nil {
			http.Error(w, err.Error(), http.StatusBadRequest)
			return
		}
		r.Body = io.NopCloser(bytes.NewReader(body))
		r.GetBody = func() (io.ReadCloser, error) { return io.NopCloser(bytes.NewReader(body)), nil }
		proxy.ServeHTTP(w, r)
	}), ReadHeaderTimeout: 5 * time.Second}
	ctx, cancel := context.WithCancel(context.Background())
	g.stop = cancel
	for _, b := range g.backends {
		g.wg.Add(1)
		go g.check(ctx, b)
	}
	go func() { _ = g.srv.Serve(ln) }()
	t.Cleanup(g.Close)
	return g
}

// check is the health check of one backend: fall failures in a row take it
// out, rise successes bring it back.
func (g *goBalancer) check(ctx context.Context, b *goBackend) {
	defer g.wg.Done()
	client := &http.Client{Timeout: time.Second}
	oks, fails := 0, 0
	tick := time.NewTicker(checkInter)
	defer tick.Stop()
	for {
		res, err := client.Get("http://" + b.addr + "/readyz")
		ok := err == nil && res.StatusCode == http.StatusOK
		if err == nil {
			res.Body.Close()
		}
		if ok {
			oks, fails = oks+1, 0
			if oks >= checkRise {
				b.up.Store(true)
			}
		} else {
			oks, fails = 0, fails+1
			if fails >= checkFall {
				b.up.Store(false)
			}
		}
		select {
		case <-ctx.Done():
			return
		case <-tick.C:
		}
	}
}

var errNoBackend = errors.New("no backend up")

// RoundTrip sends the request to the next backend that is up; a refused
// connection (nothing sent) goes to the one after.
func (g *goBalancer) RoundTrip(r *http.Request) (*http.Response, error) {
	tried := map[*goBackend]bool{}
	for range g.backends {
		b := g.pick(tried)
		if b == nil {
			break
		}
		tried[b] = true
		out := r.Clone(r.Context())
		out.URL.Host = b.addr
		if r.GetBody != nil {
			out.Body, _ = r.GetBody()
		}
		res, err := g.base.RoundTrip(out)
		var op *net.OpError
		if err != nil && errors.As(err, &op) && op.Op == "dial" {
			continue
		}
		return res, err
	}
	return nil, errNoBackend
}

func (g *goBalancer) pick(tried map[*goBackend]bool) *goBackend {
	n := len(g.backends)
	start := int(g.next.Add(1))
	for i := range n {
		b := g.backends[(start+i)%n]
		if b.up.Load() && !tried[b] {
			return b
		}
	}
	return nil
}

func (g *goBalancer) Kind() string { return "Go httputil.ReverseProxy" }
func (g *goBalancer) URL() string  { return g.url }

func (g *goBalancer) Up(name string) (bool, error) {
	for _, b := range g.backends {
		if b.name == name {
			return b.up.Load(), nil
		}
	}
	return false, fmt.Errorf("no backend %s", name)
}

func (g *goBalancer) Close() {
	if g.stop == nil {
		return
	}
	g.stop()
	g.stop = nil
	_ = g.srv.Close()
	g.wg.Wait()
}
