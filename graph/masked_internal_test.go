package graph

import (
	"testing"
	"time"
)

// An anonymised candidate's masked number (internal/retention) shows once
// the remembered one ages out.
func TestMaskedIDsAgeOut(t *testing.T) {
	now := time.Date(2026, 12, 2, 10, 0, 0, 0, time.UTC)
	c := NewMaskedIDs(10)
	c.now = func() time.Time { return now }
	c.put("CA1", "2101**********1233")
	if m, ok := c.get("CA1"); !ok || m != "2101**********1233" {
		t.Fatalf("get %q %v", m, ok)
	}
	now = now.Add(MaskedTTL + time.Second)
	if _, ok := c.get("CA1"); ok {
		t.Fatal("a masked number believed past MaskedTTL")
	}
}
