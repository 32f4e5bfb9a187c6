package ratelimit

import (
	"net/http/httptest"
	"net/netip"
	"testing"
)

func TestClientIP(t *testing.T) {
	proxies := []netip.Prefix{
		netip.MustParsePrefix("10.0.0.0/8"),
		netip.MustParsePrefix("fd00::/8"),
	}
	tests := []struct {
		name    string
		remote  string
		xff     []string // X-Forwarded-For header lines, in order
		trusted []netip.Prefix
		want    string
	}{
		{"direct, no header", "203.0.113.5:4711", nil, proxies, "203.0.113.5"},
		{"direct, spoofed header ignored", "203.0.113.5:4711", []string{"198.51.100.1"}, proxies, "203.0.113.5"},
		{"no trusted proxies: header ignored", "10.0.0.2:80", []string{"198.51.100.1"}, nil, "10.0.0.2"},
		{"behind proxy", "10.0.0.2:80", []string{"198.51.100.1"}, proxies, "198.51.100.1"},
		{"behind proxy, client spoofs to the left", "10.0.0.2:80",
			[]string{"1.2.3.4, 198.51.100.1"}, proxies, "198.51.100.1"},
		{"client spoofs a trusted address to the left", "10.0.0.2:80",
			[]string{"10.9.9.9, 198.51.100.1"}, proxies, "198.51.100.1"},
		{"two trusted hops", "10.0.0.2:80",
			[]string{"6.6.6.6, 198.51.100.1, 10.0.0.3"}, proxies, "198.51.100.1"},
		{"several header lines", "10.0.0.2:80",
			[]string{"6.6.6.6", "198.51.100.1", "10.0.0.3"}, proxies, "198.51.100.1"},
		{"header line with list", "10.0.0.2:80",
			[]string{"6.6.6.6", "198.51.100.1,10.0.0.3"}, proxies, "198.51.100.1"},
		{"all trusted", "10.0.0.2:80", []string{"10.0.0.5, 10.0.0.4"}, proxies, "10.0.0.5"},
		{"trusted peer, no header", "10.0.0.2:80", nil, proxies, "10.0.0.2"},
		{"garbage appended: stop at the trusted hop", "10.0.0.2:80",
			[]string{"198.51.100.1, nonsense"}, proxies, "10.0.0.2"},
		{"garbage behind a trusted hop", "10.0.0.2:80",
			[]string{"198.51.100.1, nonsense, 10.0.0.3"}, proxies, "10.0.0.3"},
		{"empty header", "10.0.0.2:80", []string{""}, proxies, "10.0.0.2"},
		{"entries with ports", "10.0.0.2:80",
			[]string{"[2001:db8::7]:443, 10.0.0.3:8080"}, proxies, "2001:db8::7"},
		{"bracketed IPv6 without port", "10.0.0.2:80", []string{"[2001:db8::7]"}, proxies, "2001:db8::7"},
		{"IPv6 peer", "[2001:db8::1]:5000", []string{"198.51.100.1"}, proxies, "2001:db8::1"},
		{"IPv6 trusted proxy", "[fd00::1]:5000", []string{"2001:db8::9"}, proxies, "2001:db8::9"},
		{"mapped IPv4 peer is IPv4", "[::ffff:203.0.113.5]:1", nil, proxies, "203.0.113.5"},
		{"mapped IPv4 proxy is trusted", "[::ffff:10.0.0.2]:1", []string{"198.51.100.1"}, proxies, "198.51.100.1"},
		{"mapped entry unmapped", "10.0.0.2:80", []string{"::ffff:198.51.100.1"}, proxies, "198.51.100.1"},
		{"zone dropped", "[fe80::1%eth0]:1", nil, proxies, "fe80::1"},
		{"spaces", "10.0.0.2:80", []string{"  198.51.100.1  ,  10.0.0.3 "}, proxies, "198.51.100.1"},
		{"remote without port", "203.0.113.5", nil, proxies, "203.0.113.5"},
		{"unix socket", "@", []string{"198.51.100.1"}, proxies, "@"},
	}
	for _, tt := range tests {
		r := httptest.NewRequest("GET", "/", nil)
		r.RemoteAddr = tt.remote
		for _, v := range tt.xff {
			r.Header.Add("X-Forwarded-For", v)
		}
		if got := ClientIP(r, tt.trusted); got != tt.want {
			t.Errorf("%s: ClientIP = %q, want %q", tt.name, got, tt.want)
		}
	}
}

func TestClientIPBoundsHops(t *testing.T) {
	proxies := []netip.Prefix{netip.MustParsePrefix("10.0.0.0/8")}
	r := httptest.NewRequest("GET", "/", nil)
	r.RemoteAddr = "10.0.0.2:80"
	xff := "198.51.100.1"
	for range 100 {
		xff += ", 10.0.0.3"
	}
	r.Header.Set("X-Forwarded-For", xff)
	if got := ClientIP(r, proxies); got != "10.0.0.3" {
		t.Errorf("ClientIP = %q, want the last hop read (10.0.0.3)", got)
	}
}

func TestParseTrustedProxies(t *testing.T) {
	got, err := ParseTrustedProxies(" 10.0.0.0/8, 192.168.1.10 fd00::/8,::1\n::ffff:172.16.0.0/108 10.1.2.3/16")
	if err != nil {
		t.Fatal(err)
	}
	want := []string{"10.0.0.0/8", "192.168.1.10/32", "fd00::/8", "::1/128", "172.16.0.0/12", "10.1.0.0/16"}
	if len(got) != len(want) {
		t.Fatalf("got %v, want %v", got, want)
	}
	for i := range want {
		if got[i].String() != want[i] {
			t.Errorf("[%d] = %s, want %s", i, got[i], want[i])
		}
	}
	if got, err := ParseTrustedProxies(""); err != nil || len(got) != 0 {
		t.Errorf("empty: %v, %v", got, err)
	}
	for _, bad := range []string{"10.0.0.0/33", "proxy.example", "10.0.0", "fe80::1%eth0", "::ffff:0.0.0.0/80"} {
		if _, err := ParseTrustedProxies(bad); err == nil {
			t.Errorf("%q accepted", bad)
		}
	}
	// What it parses works with ClientIP.
	r := httptest.NewRequest("GET", "/", nil)
	r.RemoteAddr = "172.16.5.5:1"
	r.Header.Set("X-Forwarded-For", "198.51.100.1")
	if ip := ClientIP(r, got); ip != "198.51.100.1" {
		t.Errorf("ClientIP with parsed prefixes = %q", ip)
	}
}
