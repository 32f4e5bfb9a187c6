package ticketsig

// Crockford base32, upper case, as the ULIDs of this system are written (oklog/ulid). Only the
// canonical spelling is packed: anything else (lower case, a first character past 7) stays a raw
// string, so decoding gives back exactly the id that was signed.
const crockford = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"

var crockfordValue = func() (t [256]byte) {
	for i := range t {
		t[i] = 0xFF
	}
	for i := 0; i < len(crockford); i++ {
		t[crockford[i]] = byte(i)
	}
	return t
}()

func decodeULID(s string) (id [16]byte, ok bool) {
	if len(s) != ulidLen || crockfordValue[s[0]] > 7 {
		return id, false
	}
	// 26 characters × 5 bits = 130 bits, the first 2 of which are zero.
	var hi, lo uint64 // the 128 bits, big-endian
	for i := 0; i < ulidLen; i++ {
		v := crockfordValue[s[i]]
		if v == 0xFF {
			return id, false
		}
		hi = hi<<5 | lo>>59
		lo = lo<<5 | uint64(v)
	}
	for i := range 8 {
		id[i] = byte(hi >> (56 - 8*i))
		id[8+i] = byte(lo >> (56 - 8*i))
	}
	return id, true
}

func encodeULID(id [16]byte) string {
	var hi, lo uint64
	for i := range 8 {
		hi = hi<<8 | uint64(id[i])
		lo = lo<<8 | uint64(id[8+i])
	}
	var out [ulidLen]byte
	for i := ulidLen - 1; i >= 0; i-- {
		out[i] = crockford[lo&31]
		lo = lo>>5 | hi<<59
		hi >>= 5
	}
	return string(out[:])
}
