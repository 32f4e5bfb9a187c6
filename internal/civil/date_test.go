package civil

import (
	"testing"
	"time"
)

func TestParseRefusesImpossibleDays(t *testing.T) {
	for _, s := range []string{"2023-02-29", "2024-13-01", "2024-1-1", "20240101", ""} {
		if _, err := Parse(s); err == nil {
			t.Errorf("Parse(%q) accepted", s)
		}
	}
	if d := MustParse("2024-02-29"); d.String() != "2024-02-29" {
		t.Errorf("leap day = %s", d)
	}
}

func TestYearsAt(t *testing.T) {
	born := MustParse("2000-05-23")
	for at, want := range map[string]int{"2026-05-22": 25, "2026-05-23": 26, "2026-12-31": 26, "2000-05-23": 0} {
		if got := born.YearsAt(MustParse(at)); got != want {
			t.Errorf("age at %s = %d, want %d", at, got, want)
		}
	}
}

func TestScanWhatDriversReturn(t *testing.T) {
	want := MustParse("2026-10-10")
	for _, src := range []any{"2026-10-10", []byte("2026-10-10"), "2026-10-10T00:00:00Z",
		time.Date(2026, 10, 10, 0, 0, 0, 0, time.UTC)} {
		var d Date
		if err := d.Scan(src); err != nil || d != want {
			t.Errorf("Scan(%#v) = %v, %v", src, d, err)
		}
	}
	var d Date
	if err := d.Scan(42); err == nil {
		t.Error("Scan(int) accepted")
	}
}

func TestInUsesTheZonesDay(t *testing.T) {
	shanghai, _ := time.LoadLocation("Asia/Shanghai")
	// 16:30 UTC on the 9th is already the 10th in Beijing.
	instant := time.Date(2026, 10, 9, 16, 30, 0, 0, time.UTC)
	if got := In(instant, shanghai); got.String() != "2026-10-10" {
		t.Errorf("In = %s", got)
	}
	if got := MustParse("2026-02-28").AddDays(1); got.String() != "2026-03-01" {
		t.Errorf("AddDays = %s", got)
	}
}
