package exports

import (
	"bytes"
	"encoding/csv"
	"strings"
	"testing"

	"github.com/ruankao/ruankao/internal/enum"
)

func TestAppendYuan(t *testing.T) {
	for fen, want := range map[string]string{"": "0.00", "0": "0.00", "5": "0.05", "60": "0.60", "6000": "60.00",
		"12000": "120.00", "12345": "123.45", "-150": "-1.50", "12000.0": "120.00"} {
		if got := string(appendYuan(nil, []byte(fen))); got != want {
			t.Errorf("appendYuan(%q) = %q, want %q", fen, got, want)
		}
	}
}

// What the CSV writer makes reads back as the same fields through
// encoding/csv, and a formula a candidate typed is defused.
func TestCSVFields(t *testing.T) {
	var buf bytes.Buffer
	c := newCSV(&buf)
	if err := c.header([]string{"a", "b"}); err != nil {
		t.Fatal(err)
	}
	rows := [][]string{
		{"plain", "中文，全角逗号"},
		{"with,comma", `with "quotes"`},
		{"line\nbreak", " leading space"},
		{"=HYPERLINK(\"x\")", "+86 138"},
		{"-1", "@SUM(A1)"},
		{"", "last"},
	}
	for i, r := range rows {
		cells := []cell{{b: []byte(r[0])}, {s: r[1]}}
		if i%2 == 1 {
			cells = []cell{{s: r[0]}, {b: []byte(r[1])}}
		}
		if err := c.row(cells); err != nil {
			t.Fatal(err)
		}
	}
	if err := c.finish(); err != nil {
		t.Fatal(err)
	}
	out := buf.Bytes()
	if !bytes.HasPrefix(out, bom) || !bytes.Contains(out, []byte("\r\n")) {
		t.Fatalf("no BOM or no CRLF: %q", out[:12])
	}
	got, err := csv.NewReader(bytes.NewReader(out[3:])).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	want := append([][]string{{"a", "b"}}, rows...)
	want[4] = []string{"'=HYPERLINK(\"x\")", "'+86 138"}
	want[5] = []string{"'-1", "'@SUM(A1)"}
	for i := range want {
		if strings.Join(got[i], "|") != strings.Join(want[i], "|") {
			t.Errorf("row %d: %q, want %q", i, got[i], want[i])
		}
	}
}

func TestCheckStatuses(t *testing.T) {
	if got, ps := checkStatuses(nil); ps.Any() || len(got) != len(enum.ApplicationStatus("").Values())-1 {
		t.Errorf("default: %v %v", got, ps)
	}
	for _, s := range DefaultStatuses() {
		if s == enum.StatusDraft {
			t.Errorf("drafts are exported by default")
		}
	}
	if _, ps := checkStatuses([]enum.ApplicationStatus{}); !ps.Any() || ps[0].Code != "REQUIRED" {
		t.Errorf("an empty list: %v", ps)
	}
	if _, ps := checkStatuses([]enum.ApplicationStatus{"REGISTERED", "NOPE"}); !ps.Any() || ps[0].Code != "INVALID_FORMAT" {
		t.Errorf("an unknown state: %v", ps)
	}
	got, ps := checkStatuses([]enum.ApplicationStatus{"REGISTERED", "DRAFT", "REGISTERED"})
	if ps.Any() || len(got) != 2 {
		t.Errorf("duplicates: %v %v", got, ps)
	}
}

// The state list goes into the SQL as literals: only enum values get there.
func TestStatusInLiterals(t *testing.T) {
	got := statusIn([]enum.ApplicationStatus{enum.StatusRegistered, enum.StatusRefunded})
	if got != "a.status IN ('REGISTERED', 'REFUNDED')" {
		t.Errorf("%s", got)
	}
	for _, d := range []string{"sqlite3", "postgres"} {
		q := chunkSQL(d, true, DefaultStatuses(), 100)
		if strings.Contains(q, "$") != (d == "postgres") || !strings.Contains(q, "c.id_number_enc") || !strings.HasSuffix(q, "LIMIT 100") {
			t.Errorf("%s: %s", d, q)
		}
		if q := chunkSQL(d, false, DefaultStatuses(), 100); strings.Contains(q, "id_number_enc") {
			t.Errorf("a masked export reads the encrypted numbers: %s", q)
		}
	}
}

func TestColumnsAndWidths(t *testing.T) {
	if len(columnWidths) != len(Columns) || Columns[amountColumn] != "实缴金额（元）" || Columns[23] != "座位号" || !numeric[23] {
		t.Errorf("columns and widths out of step")
	}
	if sheetName(1) != "报名信息" || sheetName(3) != "报名信息3" {
		t.Errorf("sheet names")
	}
	if yesNo([]byte("1")) != "是" || yesNo([]byte("true")) != "是" || yesNo([]byte("0")) != "否" || yesNo([]byte("false")) != "否" || yesNo(nil) != "" {
		t.Errorf("yesNo")
	}
}
