package payment

import (
	"strings"
	"testing"
	"time"

	"github.com/ruankao/ruankao/internal/clock"
)

func TestOrderNumbers(t *testing.T) {
	// 23:30 UTC is the next morning in Shanghai: the date is Shanghai's.
	at := time.Date(2026, 3, 1, 23, 30, 0, 0, time.UTC)
	seen := map[string]bool{}
	for range 1000 {
		no := NewOrderNo(at)
		if !ValidOrderNo(no) || !strings.HasPrefix(no, "RK260302") || len(no) != 24 || seen[no] {
			t.Fatalf("order number %q", no)
		}
		seen[no] = true
	}
	no := NewOrderNo(time.Now().In(clock.Shanghai))
	for _, bad := range []string{"", "RK", no[:23], no + "0", "XX" + no[2:], strings.ToLower(no), no[:10] + "-" + no[11:]} {
		if ValidOrderNo(bad) {
			t.Errorf("%q taken for an order number", bad)
		}
	}
	if r := ReceiptNo(no); r != "SJ"+no[2:] {
		t.Errorf("receipt %q", r)
	}
	if r1, r2 := RefundNo(no, 1), RefundNo(no, 2); r1 != "TK"+no[2:] || r2 != r1+"-2" || refundAttempt(r2) != 2 || refundAttempt(r1) != 1 {
		t.Errorf("refunds %q %q", r1, r2)
	}
}
