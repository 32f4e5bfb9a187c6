//go:build cluster

package cluster

import (
	"context"
	"errors"
	"fmt"
	"net"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"
)

// instance is one process of the real binary (ruankao serve …) on
// 127.0.0.1, its output in its own log file.
type instance struct {
	name, addr, url string
	logPath         string
	cmd             *exec.Cmd
	done            chan struct{} // closed when the process has exited
	waitErr         error         // its exit, once done is closed
}

// freePort is a port nothing listens on now (the instance binds it a moment later).
func freePort(t testing.TB) int {
	t.Helper()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer ln.Close()
	return ln.Addr().(*net.TCPAddr).Port
}

// childEnv is this process's environment without any RUANKAO_ variable (a
// developer's shell must not configure the instances), plus extra.
func childEnv(extra ...string) []string {
	var env []string
	for _, kv := range os.Environ() {
		if !strings.HasPrefix(kv, "RUANKAO_") {
			env = append(env, kv)
		}
	}
	return append(env, extra...)
}

// launch starts the binary with args and env; it does not wait for it.
// The test's cleanup kills whatever is still running.
func launch(t testing.TB, dir, name, addr string, env []string, args ...string) *instance {
	t.Helper()
	logPath := filepath.Join(dir, name+".log")
	out, err := os.OpenFile(logPath, os.O_CREATE|os.O_WRONLY|os.O_APPEND, 0o644)
	if err != nil {
		t.Fatal(err)
	}
	cmd := exec.Command(binary, args...)
	cmd.Env = env
	cmd.Stdout, cmd.Stderr = out, out
	// Killed with the test process even when its cleanups cannot run (a timeout).
	cmd.SysProcAttr = &syscall.SysProcAttr{Pdeathsig: syscall.SIGKILL}
	if err := cmd.Start(); err != nil {
		out.Close()
		t.Fatalf("%s: %v", name, err)
	}
	p := &instance{name: name, addr: addr, url: "http://" + addr, logPath: logPath, cmd: cmd, done: make(chan struct{})}
	go func() {
		p.waitErr = cmd.Wait()
		out.Close()
		close(p.done)
	}()
	t.Cleanup(p.kill)
	return p
}

// serveArgs are the arguments of `ruankao serve` for an instance at addr.
func serveArgs(addr, dbURL string, extra ...string) []string {
	return append([]string{"serve", "--addr", addr, "--db", dbURL, "--trusted-proxies", "127.0.0.1"}, extra...)
}

func (p *instance) exited() bool {
	select {
	case <-p.done:
		return true
	default:
		return false
	}
}

// waitReady polls GET /readyz until it answers 200; an exit first is an error
// with the end of the log.
func (p *instance) waitReady(timeout time.Duration) error {
	deadline := time.Now().Add(timeout)
	client := &http.Client{Timeout: time.Second}
	for time.Now().Before(deadline) {
		if p.exited() {
			return fmt.Errorf("%s exited before it was ready (%v):\n%s", p.name, p.waitErr, p.tail(20))
		}
		if res, err := client.Get(p.url + "/readyz"); err == nil {
			res.Body.Close()
			if res.StatusCode == http.StatusOK {
				return nil
			}
		}
		time.Sleep(50 * time.Millisecond)
	}
	return fmt.Errorf("%s not ready after %s:\n%s", p.name, timeout, p.tail(20))
}

// waitExit waits for the process to end by itself; false if it did not.
func (p *instance) waitExit(timeout time.Duration) (error, bool) {
	select {
	case <-p.done:
		return p.waitErr, true
	case <-time.After(timeout):
		return nil, false
	}
}

// kill sends SIGKILL (no shutdown of any kind) and waits for the exit.
func (p *instance) kill() {
	if p.exited() {
		return
	}
	_ = p.cmd.Process.Signal(syscall.SIGKILL)
	<-p.done
}

// stop asks for a graceful stop (SIGTERM), killing after 35 s.
func (p *instance) stop() {
	if p.exited() {
		return
	}
	_ = p.cmd.Process.Signal(syscall.SIGTERM)
	if _, ok := p.waitExit(35 * time.Second); !ok {
		p.kill()
	}
}

// killedBySignal reports whether the process ended on SIGKILL.
func (p *instance) killedBySignal() bool {
	var ee *exec.ExitError
	if !errors.As(p.waitErr, &ee) {
		return false
	}
	ws, ok := ee.Sys().(syscall.WaitStatus)
	return ok && ws.Signaled() && ws.Signal() == syscall.SIGKILL
}

// tail is the last n lines of the log, each cut to 400 bytes (the log holds
// no secrets: the server never logs tokens, keys or signed URLs).
func (p *instance) tail(n int) string {
	b, _ := os.ReadFile(p.logPath)
	lines := strings.Split(strings.TrimRight(string(b), "\n"), "\n")
	if len(lines) > n {
		lines = lines[len(lines)-n:]
	}
	for i, l := range lines {
		if len(l) > 400 {
			lines[i] = l[:400] + "…"
		}
	}
	return strings.Join(lines, "\n")
}

// log is the whole log.
func (p *instance) log() string {
	b, _ := os.ReadFile(p.logPath)
	return string(b)
}

// readyAll waits for every instance at once.
func readyAll(timeout time.Duration, ps ...*instance) error {
	errs := make([]error, len(ps))
	var wg sync.WaitGroup
	for i, p := range ps {
		wg.Add(1)
		go func() {
			defer wg.Done()
			errs[i] = p.waitReady(timeout)
		}()
	}
	wg.Wait()
	return errors.Join(errs...)
}

// stopAll stops every instance at once (SIGTERM).
func stopAll(ps ...*instance) {
	var wg sync.WaitGroup
	for _, p := range ps {
		wg.Add(1)
		go func() { defer wg.Done(); p.stop() }()
	}
	wg.Wait()
}

// get is a GET with an optional bearer token; it gives status, body and the
// content type.
func get(ctx context.Context, url, token string) (int, []byte, string, error) {
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, url, nil)
	if err != nil {
		return 0, nil, "", err
	}
	if token != "" {
		req.Header.Set("Authorization", "Bearer "+token)
	}
	res, err := httpClient.Do(req)
	if err != nil {
		return 0, nil, "", err
	}
	defer res.Body.Close()
	body, err := readAll(res)
	return res.StatusCode, body, res.Header.Get("Content-Type"), err
}
