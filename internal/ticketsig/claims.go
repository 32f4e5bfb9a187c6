package ticketsig

import (
	"encoding/binary"
	"errors"
	"fmt"
	"strconv"
	"time"
)

// String encodings (see the package comment).
const (
	tagRaw    = 0
	tagDigits = 1
	tagULID   = 2
)

const ulidLen = 26

func appendClaims(b []byte, c Claims) ([]byte, error) {
	for name, v := range map[string]string{
		"TicketNo": c.TicketNo, "Session": c.Session, "Region": c.Region,
		"ApplicationID": c.ApplicationID, "SiteID": c.SiteID, "Room": c.Room,
	} {
		if v == "" {
			return nil, fmt.Errorf("ticketsig: claims without %s", name)
		}
	}
	if c.Seat < 1 {
		return nil, fmt.Errorf("ticketsig: seat %d", c.Seat)
	}
	if c.Expires.Unix() <= 0 {
		return nil, errors.New("ticketsig: claims without Expires")
	}
	for _, s := range []string{c.TicketNo, c.Session, c.Region, c.ApplicationID, c.SiteID, c.Room} {
		b = appendString(b, s)
	}
	b = binary.AppendUvarint(b, uint64(c.Seat))
	return binary.AppendUvarint(b, uint64(c.Expires.Unix())), nil
}

func appendString(b []byte, s string) []byte {
	if n := len(s); n <= 19 && allDigits(s) {
		v, _ := strconv.ParseUint(s, 10, 64) // 19 digits always fit
		b = append(b, tagDigits)
		b = binary.AppendUvarint(b, uint64(n))
		return binary.AppendUvarint(b, v)
	}
	if n := len(s) - ulidLen; n >= 0 {
		if id, ok := decodeULID(s[n:]); ok {
			b = append(b, tagULID)
			b = binary.AppendUvarint(b, uint64(n))
			b = append(b, s[:n]...)
			return append(b, id[:]...)
		}
	}
	b = append(b, tagRaw)
	b = binary.AppendUvarint(b, uint64(len(s)))
	return append(b, s...)
}

func allDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return s != ""
}

// reader walks the payload; the first error sticks.
type reader struct {
	b   []byte
	err error
}

func (r *reader) fail(format string, args ...any) {
	if r.err == nil {
		r.err = fmt.Errorf(format, args...)
	}
}

func (r *reader) uvarint() uint64 {
	if r.err != nil {
		return 0
	}
	v, n := binary.Uvarint(r.b)
	if n <= 0 {
		r.fail("bad varint")
		return 0
	}
	r.b = r.b[n:]
	return v
}

func (r *reader) bytes(n uint64) []byte {
	if r.err != nil {
		return nil
	}
	if n > uint64(len(r.b)) {
		r.fail("cut short")
		return nil
	}
	out := r.b[:n]
	r.b = r.b[n:]
	return out
}

func (r *reader) string() string {
	tag := r.bytes(1)
	if r.err != nil {
		return ""
	}
	switch tag[0] {
	case tagRaw:
		return string(r.bytes(r.uvarint()))
	case tagDigits:
		n, v := r.uvarint(), r.uvarint()
		if n < 1 || n > 19 {
			r.fail("digit string of %d digits", n)
			return ""
		}
		s := strconv.FormatUint(v, 10)
		if uint64(len(s)) > n {
			r.fail("digit string longer than its length")
			return ""
		}
		return string(zeros[:n-uint64(len(s))]) + s
	case tagULID:
		prefix := r.bytes(r.uvarint())
		id := r.bytes(16)
		if r.err != nil {
			return ""
		}
		return string(prefix) + encodeULID([16]byte(id))
	default:
		r.fail("unknown string tag %d", tag[0])
		return ""
	}
}

var zeros = []byte("0000000000000000000")

func readClaims(b []byte) (Claims, error) {
	r := &reader{b: b}
	var c Claims
	for _, s := range []*string{&c.TicketNo, &c.Session, &c.Region, &c.ApplicationID, &c.SiteID, &c.Room} {
		*s = r.string()
	}
	seat, exp := r.uvarint(), r.uvarint()
	if r.err == nil && len(r.b) > 0 {
		r.fail("%d trailing bytes", len(r.b))
	}
	if r.err == nil && (seat < 1 || seat > 1<<31 || exp < 1 || exp > 1<<40) {
		r.fail("seat or expiry out of range")
	}
	if r.err != nil {
		return Claims{}, r.err
	}
	c.Seat, c.Expires = int(seat), time.Unix(int64(exp), 0).UTC()
	return c, nil
}
