package server_test

import (
	"io/fs"
	"net/http"
	"strings"
	"testing"

	"github.com/ruankao/ruankao/internal/server"
	"github.com/ruankao/ruankao/internal/testenv"
	"github.com/ruankao/ruankao/web"
)

func getPage(t *testing.T, env *testenv.Env, path string, header ...string) (*http.Response, string) {
	t.Helper()
	req, _ := http.NewRequest(http.MethodGet, env.Server.URL+path, nil)
	for i := 0; i+1 < len(header); i += 2 {
		req.Header.Set(header[i], header[i+1])
	}
	res, body := env.Raw(t, req)
	return res, string(body)
}

// The front ends are served in production mode too, with a strict CSP, and
// every app route (a deep link, a reload) gets index.html.
func TestFrontEndsServedWithCSPAndHistoryFallback(t *testing.T) {
	env := testenv.StartWith(t, now, nil)
	index, err := fs.ReadFile(web.Dist(), "index.html")
	if err != nil {
		t.Fatal(err)
	}
	for _, path := range []string{"/", "/apply", "/desk", "/desk/queue/AP123", "/console/policies", "/login?next=/desk", "/candidate-login", "/privacy"} {
		res, body := getPage(t, env, path)
		if res.StatusCode != 200 || body != string(index) {
			t.Errorf("GET %s: %d, index.html served: %v", path, res.StatusCode, body == string(index))
			continue
		}
		h := res.Header
		csp := h.Get("Content-Security-Policy")
		for _, want := range []string{"default-src 'self'", "script-src 'self'", "style-src 'self'", "img-src 'self' data: blob:",
			"connect-src 'self'", "frame-ancestors 'none'", "base-uri 'none'", "object-src 'none'", "form-action 'self'"} {
			if !strings.Contains(csp, want) {
				t.Errorf("GET %s: CSP %q lacks %q", path, csp, want)
			}
		}
		if strings.Contains(csp, "unsafe-inline") || strings.Contains(csp, "unsafe-eval") {
			t.Errorf("GET %s: CSP allows inline code: %q", path, csp)
		}
		if h.Get("X-Content-Type-Options") != "nosniff" || h.Get("Referrer-Policy") == "" || h.Get("Cache-Control") != "no-cache" ||
			!strings.HasPrefix(h.Get("Content-Type"), "text/html") {
			t.Errorf("GET %s: headers %v", path, h)
		}
	}
	// The built page has no inline script or style for the CSP to block.
	if strings.Contains(string(index), "<style") || strings.Contains(string(index), " style=") ||
		strings.Count(string(index), "<script") != strings.Count(string(index), `<script type="module" crossorigin src="/assets/`) {
		t.Errorf("index.html has inline code:\n%s", index)
	}
	// Revalidation: the ETag answers 304.
	res, _ := getPage(t, env, "/")
	if res2, _ := getPage(t, env, "/", "If-None-Match", res.Header.Get("ETag")); res2.StatusCode != http.StatusNotModified {
		t.Errorf("If-None-Match: %d", res2.StatusCode)
	}
}

func TestFrontEndAssetsCachedAndMissingFiles404(t *testing.T) {
	env := testenv.StartWith(t, now, nil)
	assets, err := fs.Glob(web.Dist(), "assets/*.js")
	if err != nil || len(assets) == 0 {
		t.Fatalf("no built scripts in web/dist: %v %v", assets, err)
	}
	res, body := getPage(t, env, "/"+assets[0])
	if res.StatusCode != 200 || !strings.Contains(res.Header.Get("Content-Type"), "javascript") ||
		res.Header.Get("Cache-Control") != "public, max-age=31536000, immutable" || res.Header.Get("X-Content-Type-Options") != "nosniff" || body == "" {
		t.Errorf("GET /%s: %d %v", assets[0], res.StatusCode, res.Header)
	}
	for _, path := range []string{"/assets/index-missing.js", "/assets/nothing", "/favicon.ico", "/apply/photo.png"} {
		if res, _ := getPage(t, env, path); res.StatusCode != http.StatusNotFound {
			t.Errorf("GET %s: %d, want 404", path, res.StatusCode)
		}
	}
}

// The API's own routes are not the app's: they answer as before, and an
// unknown path under one of them is a 404, never index.html.
func TestFrontEndLeavesAPIRoutesAlone(t *testing.T) {
	env := testenv.StartWith(t, now, nil)
	if res, body := getPage(t, env, "/healthz"); res.StatusCode != 200 || body != "ok\n" {
		t.Errorf("/healthz: %d %q", res.StatusCode, body)
	}
	res, body := getPage(t, env, "/graphql?query=%7BexamSessions%7Bcode%7D%7D", "Accept", "application/json")
	if res.StatusCode != 200 || !strings.Contains(body, "DEMO-OPEN") || res.Header.Get("Content-Security-Policy") != "" {
		t.Errorf("GET /graphql: %d %s", res.StatusCode, body)
	}
	for _, path := range []string{"/tickets/", "/tickets/rooms/", "/files/", "/receipts/", "/certificates/", "/exports/",
		"/privacy/export/", "/reports/summary/", "/signin/", "/pay/notify/x", "/graphql/x", "/metricsx/y", server.PlaygroundPath} {
		res, body := getPage(t, env, path)
		if res.StatusCode == 200 || strings.Contains(body, `<div id="root">`) {
			t.Errorf("GET %s: %d, served the app", path, res.StatusCode)
		}
	}
	// Other methods than GET and HEAD are not the app's either.
	req, _ := http.NewRequest(http.MethodPost, env.Server.URL+"/apply", strings.NewReader("x"))
	if res, _ := env.Raw(t, req); res.StatusCode != http.StatusMethodNotAllowed {
		t.Errorf("POST /apply: %d", res.StatusCode)
	}
}
