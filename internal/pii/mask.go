package pii

import (
	"fmt"
	"net/netip"
	"strings"
)

// Mask shows a number with its middle starred: it keeps k characters at each
// end, k = min(4, n/4) for a number of n characters, and stars the rest.
//
//	18 characters (居民身份证, 居住证, new 永居证)   4 + 4   2101**********1234
//	15 characters (old 永居证)                      3 + 3   USA*********512
//	8–11 characters (passes, passports)            2 + 2   H1*****78, E1*****78
//	4–7 characters                                 1 + 1
//	fewer than 4                                   all stars
//
// So it keeps the first and last 4 of the long numbers and the first and
// last 2 of the short ones, and never shows more than half the characters
// (2k ≤ n/2). Characters are counted as runes; the length stays visible.
func Mask(number string) string {
	r := []rune(number)
	n := len(r)
	k := min(4, n/4)
	var b strings.Builder
	b.Grow(len(number))
	b.WriteString(string(r[:k]))
	b.WriteString(strings.Repeat("*", n-2*k))
	b.WriteString(string(r[n-k:]))
	return b.String()
}

// MaskIP hides the host part of a client address for the audit log of
// refused logins: 203.0.113.7 → 203.0.*.*, 2001:db8:1:2::7 → 2001:db8:1:*.
func MaskIP(addr string) string {
	ip, err := netip.ParseAddr(strings.TrimSpace(addr))
	if err != nil {
		return ""
	}
	if ip.Is4() || ip.Is4In6() {
		b := ip.Unmap().As4()
		return fmt.Sprintf("%d.%d.*.*", b[0], b[1])
	}
	b := ip.As16()
	return fmt.Sprintf("%x:%x:%x:*", uint16(b[0])<<8|uint16(b[1]), uint16(b[2])<<8|uint16(b[3]), uint16(b[4])<<8|uint16(b[5]))
}
