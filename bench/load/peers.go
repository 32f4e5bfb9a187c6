package main

import (
	"fmt"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
)

const postgraphileVersion = "4.14.1"

// postgraphileBin installs PostGraphile from npm into the user's cache (outside
// the repository) the first time, and gives its executable.
func postgraphileBin() (string, error) {
	cache, err := os.UserCacheDir()
	if err != nil {
		return "", err
	}
	dir := filepath.Join(cache, "ruankao-load", "postgraphile-"+postgraphileVersion)
	bin := filepath.Join(dir, "node_modules", ".bin", "postgraphile")
	if _, err := os.Stat(bin); err == nil {
		return bin, nil
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return "", err
	}
	fmt.Fprintf(os.Stderr, "installing postgraphile@%s into %s\n", postgraphileVersion, dir)
	cmd := exec.Command("npm", "install", "--prefix", dir, "--no-audit", "--no-fund", "postgraphile@"+postgraphileVersion)
	cmd.Stdout, cmd.Stderr = os.Stderr, os.Stderr
	if err := cmd.Run(); err != nil {
		return "", fmt.Errorf("npm install postgraphile@%s: %w", postgraphileVersion, err)
	}
	return bin, nil
}

// startPostGraphile serves the load database's public schema with two
// cluster workers, one per core, as the anchors measured it.
func startPostGraphile(tmp, pgURL string) (*process, error) {
	bin, err := postgraphileBin()
	if err != nil {
		return nil, err
	}
	ready := func(base string) (*http.Request, error) {
		req, err := http.NewRequest(http.MethodPost, base+"/graphql", strings.NewReader(`{"query":"{ __typename }"}`))
		if req != nil {
			req.Header.Set("Content-Type", "application/json")
		}
		return req, err
	}
	return start(tmp, "postgraphile", nil, ready, func(port int) []string {
		return []string{bin, "-c", pgURL, "--host", "127.0.0.1", "--port", fmt.Sprint(port), "--schema", "public",
			"--disable-query-log", "--cluster-workers", "2"}
	})
}
