package ratelimit

import (
	"fmt"
	"net/http"
	"net/netip"
	"strings"
)

// maxForwardedHops bounds how many X-Forwarded-For entries ClientIP reads.
const maxForwardedHops = 32

// ClientIP is the address of the client that sent r, for rate limits and
// the audit log.
//
// When the immediate peer (r.RemoteAddr) is not one of trustedProxies, it is
// the client, and X-Forwarded-For is ignored: anyone can write that header.
// When the peer is a trusted proxy, X-Forwarded-For is read from the right
// (the entry the proxy itself appended) leftwards, skipping trusted proxies,
// and the first untrusted address is the client; entries further left were
// written by the client and are never believed. If the chain holds only
// trusted addresses, the left-most is returned; if it holds something that is
// not an address, the last trusted address before it is returned (the header
// is damaged, so the client is not known better than that).
//
// Addresses are returned in canonical form, IPv4-mapped IPv6 as IPv4, without
// zone. A RemoteAddr that is not an address (a Unix socket) is returned as it
// is.
func ClientIP(r *http.Request, trustedProxies []netip.Prefix) string {
	peer, ok := parseAddr(r.RemoteAddr)
	if !ok {
		return r.RemoteAddr
	}
	if !trusted(peer, trustedProxies) {
		return peer.String()
	}
	last := peer
	hops := 0
	values := r.Header.Values("X-Forwarded-For")
	for i := len(values) - 1; i >= 0; i-- {
		rest := values[i]
		for {
			if hops == maxForwardedHops {
				return last.String()
			}
			hops++
			item := rest
			j := strings.LastIndexByte(rest, ',')
			if j >= 0 {
				item, rest = rest[j+1:], rest[:j]
			}
			a, ok := parseAddr(strings.TrimSpace(item))
			if !ok {
				return last.String()
			}
			if !trusted(a, trustedProxies) {
				return a.String()
			}
			last = a
			if j < 0 {
				break
			}
		}
	}
	return last.String()
}

// parseAddr reads "ip", "ip:port", "[ipv6]" or "[ipv6]:port".
func parseAddr(s string) (netip.Addr, bool) {
	a, err := netip.ParseAddr(s)
	if err != nil {
		ap, err2 := netip.ParseAddrPort(s)
		if err2 != nil {
			if len(s) > 2 && s[0] == '[' && s[len(s)-1] == ']' {
				a, err = netip.ParseAddr(s[1 : len(s)-1])
			}
			if err != nil {
				return netip.Addr{}, false
			}
		} else {
			a = ap.Addr()
		}
	}
	return a.Unmap().WithZone(""), true
}

func trusted(a netip.Addr, prefixes []netip.Prefix) bool {
	for _, p := range prefixes {
		if p.Contains(a) {
			return true
		}
	}
	return false
}

// ParseTrustedProxies reads a configuration value: addresses or CIDR
// prefixes separated by commas or spaces ("10.0.0.0/8, 192.168.1.10").
// A single address is a prefix of its full length; IPv4-mapped IPv6 prefixes
// are turned into IPv4 ones, as ClientIP compares unmapped addresses.
func ParseTrustedProxies(s string) ([]netip.Prefix, error) {
	var out []netip.Prefix
	for _, f := range strings.FieldsFunc(s, func(r rune) bool { return r == ',' || r == ' ' || r == '\t' || r == '\n' }) {
		var p netip.Prefix
		var err error
		if strings.Contains(f, "/") {
			p, err = netip.ParsePrefix(f)
		} else {
			var a netip.Addr
			a, err = netip.ParseAddr(f)
			if err == nil && a.Zone() != "" {
				return nil, fmt.Errorf("ratelimit: trusted proxy %q: zones are not supported", f)
			}
			if err == nil {
				p = netip.PrefixFrom(a, a.BitLen())
			}
		}
		if err != nil {
			return nil, fmt.Errorf("ratelimit: trusted proxy %q: %w", f, err)
		}
		if a := p.Addr(); a.Is4In6() {
			if p.Bits() < 96 {
				return nil, fmt.Errorf("ratelimit: trusted proxy %q: mapped prefix shorter than /96", f)
			}
			p = netip.PrefixFrom(a.Unmap(), p.Bits()-96)
		}
		out = append(out, p.Masked())
	}
	return out, nil
}
