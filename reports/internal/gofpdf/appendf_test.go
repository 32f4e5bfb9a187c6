package gofpdf

import (
	"fmt"
	"math"
	"testing"
)

// appendf prints what fmt prints, and leaves to fmt what it does not handle.
func TestAppendfIsFmt(t *testing.T) {
	for _, c := range []struct {
		format string
		args   []interface{}
		ok     bool
	}{
		{"%.2f %.2f %.2f %.2f re %s", []interface{}{51.024, -0.004, 1e9, -24.0944, "B"}, true},
		{"BT /F%s %.2f Tf ET", []interface{}{"wqy", 10.5}, true},
		{"%d Tr 100%% %.3f Tw %.5f", []interface{}{2, 0.0005, math.Pi}, true},
		{"%.0f %.1f", []interface{}{2.5, -0.05}, true},
		{"%d", []interface{}{int64(3)}, false},
		{"%5.2f", []interface{}{1.0}, false},
		{"%.2f", []interface{}{math.Inf(1)}, false},
		{"%s %s", []interface{}{"a"}, false},
		{"%s", []interface{}{"a", "b"}, false},
		{"%v", []interface{}{1}, false},
		{"100%", nil, false},
	} {
		b, ok := appendf([]byte("x"), c.format, c.args)
		if ok != c.ok {
			t.Errorf("%q: ok %v", c.format, ok)
		}
		if want := "x" + fmt.Sprintf(c.format, c.args...); ok && string(b) != want {
			t.Errorf("%q: %q, fmt %q", c.format, b, want)
		}
		if !ok && string(b) != "x" {
			t.Errorf("%q: left %q", c.format, b)
		}
		if got, want := sprintf(c.format, c.args...), fmt.Sprintf(c.format, c.args...); got != want {
			t.Errorf("sprintf %q: %q, fmt %q", c.format, got, want)
		}
	}
}
