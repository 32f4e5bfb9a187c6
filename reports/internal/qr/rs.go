package qr

// GF(256) with the QR code's polynomial x⁸+x⁴+x³+x²+1, as exp and log tables (α = 2).
var gfExp, gfLog = func() (exp [512]byte, log [256]byte) {
	x := 1
	for i := range 255 {
		exp[i], exp[i+255] = byte(x), byte(x)
		log[x] = byte(i)
		x <<= 1
		if x&0x100 != 0 {
			x ^= 0x11D
		}
	}
	exp[510] = exp[0]
	return exp, log
}()

func gfMul(a, b byte) byte {
	if a == 0 || b == 0 {
		return 0
	}
	return gfExp[int(gfLog[a])+int(gfLog[b])]
}

// generator is the Reed–Solomon generator polynomial (x−α⁰)(x−α¹)…(x−α^(n−1)), highest power
// first, without its leading 1.
func generator(n int) []byte {
	g := make([]byte, n+1)
	g[0] = 1
	for i := range n {
		root := gfExp[i]
		for j := i + 1; j > 0; j-- { // g ·= (x + root), in place from the low end
			g[j] ^= gfMul(g[j-1], root)
		}
	}
	return g[1:]
}

// remainder writes the error correction codewords of data into ec (len(ec) == len(gen)): the
// remainder of data·x^n divided by the generator, by the usual shift register.
func remainder(data, gen, ec []byte) {
	clear(ec)
	for _, d := range data {
		factor := d ^ ec[0]
		copy(ec, ec[1:])
		ec[len(ec)-1] = 0
		if factor == 0 {
			continue
		}
		lf := int(gfLog[factor])
		for i, g := range gen {
			if g != 0 {
				ec[i] ^= gfExp[lf+int(gfLog[g])]
			}
		}
	}
}
