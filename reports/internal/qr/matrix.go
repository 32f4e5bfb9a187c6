package qr

// matrix is a symbol under construction: dark modules, and the function modules (finder,
// timing and alignment patterns, format and version information) that data must skip.
type matrix struct {
	n        int
	dark, fn []bool // n×n, row by row
}

func newMatrix(v int) *matrix {
	n := 17 + 4*v
	m := &matrix{n: n, dark: make([]bool, n*n), fn: make([]bool, n*n)}
	for _, c := range [][2]int{{0, 0}, {n - 7, 0}, {0, n - 7}} {
		m.finder(c[0], c[1])
	}
	centers := alignment[v]
	for _, r := range centers {
		for _, c := range centers {
			if !m.fn[r*n+c] { // not one of the three on the finders
				m.align(r, c)
			}
		}
	}
	// Timing patterns, dark on even positions (as the alignment patterns they cross are).
	for i := 8; i < n-8; i++ {
		m.set(6, i, i%2 == 0)
		m.set(i, 6, i%2 == 0)
	}
	// Format information: level M (00) and the mask, BCH(15,5)-coded and masked with 0x5412;
	// bit i of it at the i-th place of each copy (the order of gozxing's TYPE_INFO_COORDINATES).
	const levelM = 0b00
	typeInfo := levelM<<3 | mask
	format := (typeInfo<<10 | bch(typeInfo, 0x537)) ^ 0x5412
	first := [15][2]int{{0, 8}, {1, 8}, {2, 8}, {3, 8}, {4, 8}, {5, 8}, {7, 8}, {8, 8},
		{8, 7}, {8, 5}, {8, 4}, {8, 3}, {8, 2}, {8, 1}, {8, 0}} // {row, column}
	for i, rc := range first {
		bit := format>>i&1 == 1
		m.set(rc[0], rc[1], bit)
		if i < 8 {
			m.set(8, n-1-i, bit)
		} else {
			m.set(n-7+i-8, 8, bit)
		}
	}
	m.set(n-8, 8, true) // the dark module
	if v >= 7 {         // version information, BCH(18,6), in two 6×3 blocks
		info := v<<12 | bch(v, 0x1F25)
		for i := range 6 {
			for j := range 3 {
				bit := info>>(3*i+j)&1 == 1
				m.set(n-11+j, i, bit)
				m.set(i, n-11+j, bit)
			}
		}
	}
	return m
}

func (m *matrix) set(row, col int, dark bool) {
	m.dark[row*m.n+col] = dark
	m.fn[row*m.n+col] = true
}

// finder draws a finder pattern with its top left corner at row, col, and reserves its white
// separator (the 8×8 square around it, clipped to the symbol).
func (m *matrix) finder(row, col int) {
	for r := row - 1; r <= row+7; r++ {
		for c := col - 1; c <= col+7; c++ {
			if r < 0 || c < 0 || r >= m.n || c >= m.n {
				continue
			}
			dr, dc := max(r-row-3, row+3-r), max(c-col-3, col+3-c) // distances from the centre
			d := max(dr, dc)
			m.set(r, c, d != 2 && d != 4)
		}
	}
}

// align draws a 5×5 alignment pattern centred on row, col.
func (m *matrix) align(row, col int) {
	for r := row - 2; r <= row+2; r++ {
		for c := col - 2; c <= col+2; c++ {
			d := max(r-row, row-r, c-col, col-c)
			m.set(r, c, d != 1)
		}
	}
}

// place lays the codewords' bits in the two-column zigzag of §7.7.3, from the bottom right
// corner, skipping function modules and the vertical timing pattern's column, and applies the
// mask. Remainder modules after the last codeword are light before masking.
func (m *matrix) place(words []byte) {
	n, bit := m.n, 0
	up := true
	for col := n - 1; col > 0; col -= 2 {
		if col == 6 {
			col--
		}
		for k := range n {
			row := k
			if up {
				row = n - 1 - k
			}
			for c := col; c > col-2; c-- {
				i := row*n + c
				if m.fn[i] {
					continue
				}
				dark := false
				if bit < 8*len(words) {
					dark = words[bit/8]>>(7-bit%8)&1 == 1
					bit++
				}
				m.dark[i] = dark != (c%3 == 0) // mask 2
			}
		}
		up = !up
	}
}

func (m *matrix) rows() [][]bool {
	rows := make([][]bool, m.n)
	for r := range rows {
		rows[r] = m.dark[r*m.n : (r+1)*m.n : (r+1)*m.n]
	}
	return rows
}
