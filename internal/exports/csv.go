package exports

import (
	"bufio"
	"bytes"
	"io"
	"strings"
)

// sheet receives an export's rows; finish writes what is left.
type sheet interface {
	header(names []string) error
	row(cells []cell) error
	finish() error
}

// bom makes Excel read the file as UTF-8 (without it, GBK on Chinese Windows).
var bom = []byte{0xEF, 0xBB, 0xBF}

// csvSheet writes RFC 4180 CSV (CRLF line ends, fields quoted when they
// hold a comma, a quote or a line break) straight from the cells' bytes.
type csvSheet struct{ w *bufio.Writer }

func newCSV(w io.Writer) *csvSheet { return &csvSheet{w: bufio.NewWriterSize(w, 256<<10)} }

func (c *csvSheet) header(names []string) error {
	if _, err := c.w.Write(bom); err != nil {
		return err
	}
	cells := make([]cell, len(names))
	for i, n := range names {
		cells[i] = cell{s: n}
	}
	return c.row(cells)
}

func (c *csvSheet) row(cells []cell) error {
	for i, x := range cells {
		if i > 0 {
			_ = c.w.WriteByte(',')
		}
		if x.b != nil {
			c.field(x.b)
		} else {
			c.fieldString(x.s)
		}
	}
	_, err := c.w.WriteString("\r\n")
	return err
}

func (c *csvSheet) finish() error { return c.w.Flush() }

// formulaStart: a field a spreadsheet would take for a formula (CSV
// injection through what a candidate typed) gets a leading apostrophe,
// which Excel shows as text and hides.
func formulaStart(first byte) bool {
	switch first {
	case '=', '+', '-', '@', '\t', '\r':
		return true
	}
	return false
}

func needsQuotes(b []byte) bool {
	return bytes.ContainsAny(b, ",\"\r\n") || (len(b) > 0 && b[0] == ' ')
}

func (c *csvSheet) field(b []byte) {
	if len(b) == 0 {
		return
	}
	guard := formulaStart(b[0])
	if !guard && !needsQuotes(b) {
		_, _ = c.w.Write(b)
		return
	}
	quote := needsQuotes(b)
	if quote {
		_ = c.w.WriteByte('"')
	}
	if guard {
		_ = c.w.WriteByte('\'')
	}
	for len(b) > 0 {
		i := bytes.IndexByte(b, '"')
		if i < 0 || !quote {
			_, _ = c.w.Write(b)
			break
		}
		_, _ = c.w.Write(b[:i+1])
		_ = c.w.WriteByte('"')
		b = b[i+1:]
	}
	if quote {
		_ = c.w.WriteByte('"')
	}
}

func (c *csvSheet) fieldString(s string) {
	if s == "" {
		return
	}
	if !formulaStart(s[0]) && !strings.ContainsAny(s, ",\"\r\n") && s[0] != ' ' {
		_, _ = c.w.WriteString(s)
		return
	}
	c.field([]byte(s))
}
