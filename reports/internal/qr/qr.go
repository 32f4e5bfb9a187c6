// Package qr encodes a QR code symbol (ISO/IEC 18004) for the payloads of this project's
// documents: bytes, error correction level M, mask pattern 2, any version 1–40.
//
// It replaces gozxing's encoder on the admission ticket's hot path, where encoding was about a
// quarter of a ticket's time: gozxing builds its Reed–Solomon polynomials as fresh slices for every
// step of the division and keeps the matrix as int8 rows behind interfaces. Here the field
// arithmetic is table-driven and the symbol is one byte slice, so a ticket's token (version 10)
// takes tens of microseconds. The output is module for module the same as gozxing's with mask 2
// forced and no character set hint (the tests check that, and decode the symbols with gozxing's
// reader); with an ISO-8859-1 hint, as reports used to give, gozxing also writes an ECI header,
// which tells a scanner nothing for an ASCII token.
//
// The mask is fixed rather than chosen by penalty score: any mask makes a valid symbol (§7.8);
// scoring the eight only steers clear of patterns that trouble poor scanners, and it cost more
// than all the rest of the encoding.
package qr

import (
	"fmt"
	"math/bits"
)

// mask is the data mask pattern: dark where the column is a multiple of 3.
const mask = 2

// Encode returns the modules of payload's symbol in the smallest version that holds it, row by
// row, true for dark; the quiet zone is not included.
func Encode(payload []byte) ([][]bool, error) {
	v := version(len(payload))
	if v == 0 {
		return nil, fmt.Errorf("qr: %d bytes do not fit a QR code at level M", len(payload))
	}
	m := newMatrix(v)
	m.place(codewords(v, payload))
	return m.rows(), nil
}

// countBits is the width of the byte mode's character count.
func countBits(v int) int {
	if v <= 9 {
		return 8
	}
	return 16
}

// dataCodewords is the number of data codewords of version v at level M.
func dataCodewords(v int) int {
	b := blocksM[v]
	return b[1]*b[2] + b[3]*b[4]
}

// version is the smallest version whose data codewords hold n bytes, or 0.
func version(n int) int {
	for v := 1; v <= 40; v++ {
		if 4+countBits(v)+8*n <= 8*dataCodewords(v) {
			return v
		}
	}
	return 0
}

// codewords is the final sequence of §7.6: the data (mode, count, bytes, terminator, padding)
// split into blocks, each with its error correction codewords, interleaved.
func codewords(v int, payload []byte) []byte {
	total := dataCodewords(v)
	data := make([]byte, 0, total)
	// Mode 0100 (byte), the count, then the bytes: everything is shifted by 4 bits (plus the
	// count's width, a whole number of bytes), so each output byte joins two input nibbles.
	head := uint32(0x4)<<countBits(v) | uint32(len(payload))
	prev := byte(0)
	if countBits(v) == 8 {
		data = append(data, byte(head>>4))
		prev = byte(head)
	} else {
		data = append(data, byte(head>>12), byte(head>>4))
		prev = byte(head)
	}
	for _, b := range payload {
		data = append(data, prev<<4|b>>4)
		prev = b
	}
	// The last nibble and the terminator's 4 zero bits: 4+count+8n bits is 4 past a byte
	// boundary, so they always fit in the capacity (a whole number of bytes). Then the pads.
	data = append(data, prev<<4)
	for pad := byte(0xEC); len(data) < total; pad ^= 0xEC ^ 0x11 {
		data = append(data, pad)
	}

	b := blocksM[v]
	ecLen, nBlocks := b[0], b[1]+b[3]
	gen := generator(ecLen)
	out := make([]byte, 0, total+ecLen*nBlocks)
	dataOf := make([][]byte, nBlocks)
	ecOf := make([][]byte, nBlocks)
	ec := make([]byte, ecLen*nBlocks)
	at := 0
	for i := range nBlocks {
		n := b[2]
		if i >= b[1] {
			n = b[4]
		}
		dataOf[i] = data[at : at+n]
		ecOf[i] = ec[i*ecLen : (i+1)*ecLen]
		remainder(dataOf[i], gen, ecOf[i])
		at += n
	}
	for i := range max(b[2], b[4]) { // the second group's blocks are one longer, if any
		for _, d := range dataOf {
			if i < len(d) {
				out = append(out, d[i])
			}
		}
	}
	for i := range ecLen {
		for _, e := range ecOf {
			out = append(out, e[i])
		}
	}
	return out
}

// bch is the remainder of value·x^(deg poly) divided by poly, over GF(2) (the BCH codes of the
// format and version information).
func bch(value, poly int) int {
	deg := bits.Len(uint(poly)) - 1
	value <<= deg
	for bits.Len(uint(value)) > deg {
		value ^= poly << (bits.Len(uint(value)) - 1 - deg)
	}
	return value
}
