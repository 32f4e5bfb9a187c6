package gofpdf

// ruankao: the content stream writers format their operators with a small formatter.

import (
	"bytes"
	"fmt"
	"math"
	"strconv"
)

// appendf appends the formatted text to b when format uses only the verbs the content stream
// writers use (%d of an int, %s of a string, %.Nf of a float64, %%), with strconv, as fmt would
// print them; otherwise it returns false and b unchanged, for fmt. fmt boxes and reflects on
// every argument, which was a tenth of a ticket's time (a few hundred operators a page).
func appendf(b []byte, format string, args []interface{}) ([]byte, bool) {
	start, n := len(b), 0
	for i := 0; i < len(format); i++ {
		c := format[i]
		if c != '%' {
			b = append(b, c)
			continue
		}
		if i++; i == len(format) {
			return b[:start], false
		}
		if c = format[i]; c == '%' {
			b = append(b, '%')
			continue
		}
		if n == len(args) {
			return b[:start], false
		}
		arg := args[n]
		n++
		switch {
		case c == 'd':
			v, ok := arg.(int)
			if !ok {
				return b[:start], false
			}
			b = strconv.AppendInt(b, int64(v), 10)
		case c == 's':
			v, ok := arg.(string)
			if !ok {
				return b[:start], false
			}
			b = append(b, v...)
		case c == '.' && i+2 < len(format) && '0' <= format[i+1] && format[i+1] <= '9' && format[i+2] == 'f':
			v, ok := arg.(float64)
			if !ok || math.IsInf(v, 0) || math.IsNaN(v) {
				return b[:start], false
			}
			b = strconv.AppendFloat(b, v, 'f', int(format[i+1]-'0'), 64)
			i += 2
		default:
			return b[:start], false
		}
	}
	if n != len(args) { // fmt reports the extra arguments
		return b[:start], false
	}
	return b, true
}

// writef writes the formatted text to buf, by appendf where it can.
func writef(buf *bytes.Buffer, format string, args []interface{}) {
	if b, ok := appendf(buf.AvailableBuffer(), format, args); ok {
		buf.Write(b)
		return
	}
	buf.WriteString(fmt.Sprintf(format, args...))
}
