package main

import (
	"context"
	"fmt"
	"net"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"syscall"
	"time"
)

// process is a server under load, started by the harness (ours, the plain
// handler or PostGraphile), with its log in the run's temporary directory.
type process struct {
	name string
	url  string // base URL, http://127.0.0.1:PORT
	cmd  *exec.Cmd
	log  string
}

func freePort() (int, error) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return 0, err
	}
	defer ln.Close()
	return ln.Addr().(*net.TCPAddr).Port, nil
}

// start runs argv with env added, its output in dir/name.log, and waits until
// ready answers 200 (or the process dies, or a minute passes).
func start(dir, name string, env []string, ready func(base string) (*http.Request, error), argv func(port int) []string) (*process, error) {
	port, err := freePort()
	if err != nil {
		return nil, err
	}
	args := argv(port)
	logPath := filepath.Join(dir, name+".log")
	out, err := os.Create(logPath)
	if err != nil {
		return nil, err
	}
	cmd := exec.Command(args[0], args[1:]...)
	cmd.Env = append(os.Environ(), env...)
	cmd.Stdout, cmd.Stderr = out, out
	// Its own process group, so that PostGraphile's cluster workers stop with it.
	cmd.SysProcAttr = &syscall.SysProcAttr{Setpgid: true}
	if err := cmd.Start(); err != nil {
		out.Close()
		return nil, fmt.Errorf("%s: %w", name, err)
	}
	p := &process{name: name, url: fmt.Sprintf("http://127.0.0.1:%d", port), cmd: cmd, log: logPath}
	running.Store(p, true)
	exited := make(chan error, 1)
	go func() { exited <- cmd.Wait(); out.Close() }()
	deadline := time.Now().Add(time.Minute)
	for time.Now().Before(deadline) {
		select {
		case err := <-exited:
			return nil, fmt.Errorf("%s exited before it was ready (%v); its log: %s\n%s", name, err, logPath, tail(logPath))
		case <-time.After(100 * time.Millisecond):
		}
		req, err := ready(p.url)
		if err != nil {
			return nil, err
		}
		ctx, cancel := context.WithTimeout(context.Background(), 2*time.Second)
		res, err := http.DefaultClient.Do(req.WithContext(ctx))
		cancel()
		if err == nil {
			res.Body.Close()
			if res.StatusCode == http.StatusOK {
				return p, nil
			}
		}
	}
	p.stop()
	return nil, fmt.Errorf("%s not ready within a minute; its log: %s\n%s", name, logPath, tail(logPath))
}

// running are the processes started and not yet stopped: an interrupted
// harness stops them, since each runs in a process group of its own.
var running sync.Map

func stopAll() {
	running.Range(func(k, _ any) bool {
		k.(*process).stop()
		return true
	})
}

func getReady(path string) func(string) (*http.Request, error) {
	return func(base string) (*http.Request, error) { return http.NewRequest(http.MethodGet, base+path, nil) }
}

// stop ends the process group the harness started, politely first.
func (p *process) stop() {
	if p == nil || p.cmd.Process == nil {
		return
	}
	running.Delete(p)
	pgid := -p.cmd.Process.Pid
	_ = syscall.Kill(pgid, syscall.SIGTERM)
	for range 50 {
		if syscall.Kill(p.cmd.Process.Pid, 0) != nil {
			return
		}
		time.Sleep(100 * time.Millisecond)
	}
	_ = syscall.Kill(pgid, syscall.SIGKILL)
}

func tail(path string) string {
	b, _ := os.ReadFile(path)
	if len(b) > 2000 {
		b = b[len(b)-2000:]
	}
	return string(b)
}

// usage is what a process group used over an interval: CPU as a percentage of
// one core and the peak resident memory.
type usage struct {
	cpuPct float64
	rssMB  float64
}

// meter samples the CPU ticks of a set of processes (the server with its
// children, or PostgreSQL's backends) and their peak RSS, which it resets
// at the start so that the peak is the interval's own.
type meter struct {
	pids  func() []int
	ticks map[int]uint64
	t0    time.Time
}

const clockTicks = 100 // USER_HZ on Linux

func (p *process) pids() []int {
	if p == nil || p.cmd.Process == nil {
		return nil
	}
	return groupPIDs(p.cmd.Process.Pid)
}

func startMeter(pids func() []int) *meter {
	m := &meter{pids: pids, t0: time.Now(), ticks: map[int]uint64{}}
	for _, pid := range pids() {
		_ = os.WriteFile(fmt.Sprintf("/proc/%d/clear_refs", pid), []byte("5"), 0)
		m.ticks[pid] = cpuTicks(pid)
	}
	return m
}

// stop sums each process's ticks since the start (all of a process that
// started since); a process that ended meanwhile is missed, never negative.
func (m *meter) stop() usage {
	var ticks uint64
	var rss float64
	for _, pid := range m.pids() {
		t := cpuTicks(pid)
		ticks += t - min(t, m.ticks[pid])
		rss += hwmMB(pid)
	}
	secs := time.Since(m.t0).Seconds()
	return usage{cpuPct: 100 * float64(ticks) / clockTicks / secs, rssMB: rss}
}

// statFields are the fields of /proc/PID/stat after the command name.
func statFields(pid int) []string {
	b, err := os.ReadFile(fmt.Sprintf("/proc/%d/stat", pid))
	if err != nil {
		return nil
	}
	s := string(b)
	if i := strings.LastIndexByte(s, ')'); i >= 0 {
		s = s[i+1:]
	}
	return strings.Fields(s)
}

func cpuTicks(pid int) uint64 {
	f := statFields(pid)
	if len(f) < 13 {
		return 0
	}
	u, _ := strconv.ParseUint(f[11], 10, 64)
	s, _ := strconv.ParseUint(f[12], 10, 64)
	return u + s
}

func hwmMB(pid int) float64 {
	b, err := os.ReadFile(fmt.Sprintf("/proc/%d/status", pid))
	if err != nil {
		return 0
	}
	for _, line := range strings.Split(string(b), "\n") {
		if v, ok := strings.CutPrefix(line, "VmHWM:"); ok {
			kb, _ := strconv.ParseFloat(strings.TrimSuffix(strings.TrimSpace(v), " kB"), 64)
			return kb / 1024
		}
	}
	return 0
}

// groupPIDs are the processes of a process group (PostGraphile's workers too).
func groupPIDs(pgid int) []int {
	return scanPIDs(func(pid int, f []string, _ string) bool {
		return len(f) > 2 && f[2] == strconv.Itoa(pgid)
	})
}

// postgresPIDs are the PostgreSQL server's processes, whose CPU a read on
// PostgreSQL costs besides the server's own.
func postgresPIDs() []int {
	return scanPIDs(func(_ int, _ []string, comm string) bool { return comm == "postgres" })
}

func scanPIDs(keep func(pid int, f []string, comm string) bool) []int {
	entries, _ := os.ReadDir("/proc")
	var out []int
	for _, e := range entries {
		pid, err := strconv.Atoi(e.Name())
		if err != nil {
			continue
		}
		comm, _ := os.ReadFile(fmt.Sprintf("/proc/%d/comm", pid))
		if keep(pid, statFields(pid), strings.TrimSpace(string(comm))) {
			out = append(out, pid)
		}
	}
	return out
}
