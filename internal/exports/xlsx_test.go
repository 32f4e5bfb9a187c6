package exports

import (
	"bytes"
	"testing"

	"github.com/xuri/excelize/v2"
)

// The hand-written workbook opens with excelize: sheets past the row
// limit, the bold frozen header, text as text (escaped, control characters
// replaced), amounts as numbers shown with two decimals.
func TestExportXLSXWorkbook(t *testing.T) {
	var buf bytes.Buffer
	x := newXLSX(&buf)
	x.limit = 2
	if err := x.header(Columns); err != nil {
		t.Fatal(err)
	}
	for i, name := range []string{"<张&三>", " 李四\x01", "王五", "赵六", "钱七"} {
		cells := make([]cell, len(Columns))
		cells[0] = cell{s: "AP" + string(rune('1'+i))}
		cells[1] = cell{b: []byte(name)}
		cells[3] = cell{s: "210102199001011233"}
		cells[19] = cell{b: []byte("120.50")}
		cells[23] = cell{s: "7"}
		if err := x.row(cells); err != nil {
			t.Fatal(err)
		}
	}
	if err := x.finish(); err != nil {
		t.Fatal(err)
	}
	f, err := excelize.OpenReader(&buf)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	if got := f.GetSheetList(); len(got) != 3 || got[0] != "报名信息" || got[2] != "报名信息3" {
		t.Fatalf("sheets %v", got)
	}
	var names []string
	for _, sh := range f.GetSheetList() {
		rows, err := f.GetRows(sh)
		if err != nil {
			t.Fatal(err)
		}
		if rows[0][0] != "报名号" || rows[0][23] != "座位号" {
			t.Errorf("%s: header %v", sh, rows[0])
		}
		for _, r := range rows[1:] {
			names = append(names, r[1])
		}
		panes, err := f.GetPanes(sh)
		if err != nil || !panes.Freeze || panes.YSplit != 1 {
			t.Errorf("%s: panes %+v %v", sh, panes, err)
		}
	}
	if want := []string{"<张&三>", " 李四\uFFFD", "王五", "赵六", "钱七"}; len(names) != 5 || names[0] != want[0] || names[1] != want[1] || names[4] != want[4] {
		t.Errorf("names %q, want %q", names, want)
	}
	const sh = "报名信息"
	if v, _ := f.GetCellValue(sh, "T2"); v != "120.50" {
		t.Errorf("amount %q", v)
	}
	for ref, want := range map[string]excelize.CellType{"T2": excelize.CellTypeNumber, "X2": excelize.CellTypeNumber,
		"D2": excelize.CellTypeInlineString, "A1": excelize.CellTypeInlineString} {
		if got, _ := f.GetCellType(sh, ref); got != want {
			t.Errorf("%s: type %v, want %v", ref, got, want)
		}
	}
	style := func(ref string) *excelize.Style {
		id, err := f.GetCellStyle(sh, ref)
		if err != nil {
			t.Fatal(err)
		}
		s, err := f.GetStyle(id)
		if err != nil {
			t.Fatal(err)
		}
		return s
	}
	if s := style("A1"); s.Font == nil || !s.Font.Bold {
		t.Errorf("the header is not bold: %+v", s.Font)
	}
	if s := style("T2"); s.NumFmt != 2 {
		t.Errorf("amount format %d, want 2 (0.00)", s.NumFmt)
	}
	if w, _ := f.GetColWidth(sh, "A"); w != 30 {
		t.Errorf("column A width %v", w)
	}
}
