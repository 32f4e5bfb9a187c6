package ttfsubset

import (
	"encoding/binary"
	"slices"
)

// assemble writes the table directory and the tables in tag order, with their checksums and
// head's checkSumAdjustment, as the OpenType spec asks. The table tag (glyf) of size bytes is
// not in tables: write appends it, straight into the file. The file is written into one buffer
// of its final size, and its checksum is the sum of the directory's and the tables' (each table
// starts on a 4-byte boundary, so the sums add up), not a second pass over the file.
func assemble(tables map[string][]byte, tag string, size int, write func([]byte) ([]byte, error)) ([]byte, error) {
	tags := []string{tag}
	total := size
	for t, data := range tables {
		tags = append(tags, t)
		total += (len(data) + 3) &^ 3
	}
	slices.Sort(tags)
	n := uint16(len(tags))
	pow, sel := uint16(1), uint16(0)
	for pow*2 <= n {
		pow *= 2
		sel++
	}
	dirLen := 12 + 16*len(tags)
	b := make([]byte, 0, dirLen+total)
	b = binary.BigEndian.AppendUint32(b, 0x00010000)
	b = be16s(b, n, 16*pow, sel, 16*n-16*pow)
	off, at := dirLen, 0 // at: the written table's directory entry
	for _, t := range tags {
		length := size
		if t != tag {
			length = len(tables[t])
		} else {
			at = len(b)
		}
		b = append(b, t...)
		b = binary.BigEndian.AppendUint32(b, checksum(tables[t])) // the written one's: later
		b = binary.BigEndian.AppendUint32(b, uint32(off))
		b = binary.BigEndian.AppendUint32(b, uint32(length))
		off += (length + 3) &^ 3
	}
	headAt := -1
	for _, t := range tags {
		switch start := len(b); t {
		case tag:
			var err error
			if b, err = write(b); err != nil {
				return nil, err
			}
			binary.BigEndian.PutUint32(b[at+4:], checksum(b[start:]))
		case "head":
			headAt = start
			fallthrough
		default:
			b = append(b, tables[t]...)
		}
		for len(b)%4 != 0 {
			b = append(b, 0)
		}
	}
	sum := checksum(b[:dirLen])
	for i := 12; i < dirLen; i += 16 {
		sum += binary.BigEndian.Uint32(b[i+4:])
	}
	binary.BigEndian.PutUint32(b[headAt+8:], 0xB1B0AFBA-sum)
	return b, nil
}

// checksum is the OpenType table checksum: the sum of the big-endian 32-bit words, the last
// one padded with zeros.
func checksum(data []byte) uint32 {
	var sum uint32
	i := 0
	for ; i+4 <= len(data); i += 4 {
		sum += binary.BigEndian.Uint32(data[i:])
	}
	if i < len(data) {
		var w [4]byte
		copy(w[:], data[i:])
		sum += binary.BigEndian.Uint32(w[:])
	}
	return sum
}
