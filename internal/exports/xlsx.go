package exports

import (
	"io"
	"strconv"

	"github.com/xuri/excelize/v2"
)

// maxSheetRows is Excel's limit (1,048,576) less the header: a larger
// export goes on in a second sheet, 报名信息2, and so on.
const maxSheetRows = 1_048_575

// sheetName is the n-th sheet's name (1-based).
func sheetName(n int) string {
	if n == 1 {
		return "报名信息"
	}
	return "报名信息" + strconv.Itoa(n)
}

// xlsxSheet writes an Excel workbook through excelize's StreamWriter, which
// keeps the sheet's XML in a temporary file, not in memory; the workbook is
// zipped into w at the end. Text stays text (ID, ticket and phone numbers
// keep every digit); amounts and seats are numbers.
type xlsxSheet struct {
	w      io.Writer
	f      *excelize.File
	sw     *excelize.StreamWriter
	names  []string
	bold   int
	money  int
	sheets int
	rows   int
	values []any
}

func newXLSX(w io.Writer) *xlsxSheet { return &xlsxSheet{w: w, f: excelize.NewFile()} }

func (x *xlsxSheet) header(names []string) error {
	x.names = names
	x.values = make([]any, len(names))
	style, err := x.f.NewStyle(&excelize.Style{Font: &excelize.Font{Bold: true}})
	if err != nil {
		return err
	}
	x.bold = style
	// Two decimals, as the CSV writes yuan (built-in format 2 is "0.00").
	if x.money, err = x.f.NewStyle(&excelize.Style{NumFmt: 2}); err != nil {
		return err
	}
	return x.nextSheet()
}

// nextSheet starts a sheet with the header row frozen on top.
func (x *xlsxSheet) nextSheet() error {
	if x.sw != nil {
		if err := x.sw.Flush(); err != nil {
			return err
		}
	}
	x.sheets++
	name := sheetName(x.sheets)
	if x.sheets == 1 {
		if err := x.f.SetSheetName("Sheet1", name); err != nil {
			return err
		}
	} else if _, err := x.f.NewSheet(name); err != nil {
		return err
	}
	sw, err := x.f.NewStreamWriter(name)
	if err != nil {
		return err
	}
	x.sw, x.rows = sw, 0
	for i, width := range columnWidths {
		if err := sw.SetColWidth(i+1, i+1, width); err != nil {
			return err
		}
	}
	if err := sw.SetPanes(&excelize.Panes{Freeze: true, YSplit: 1, TopLeftCell: "A2", ActivePane: "bottomLeft"}); err != nil {
		return err
	}
	head := make([]any, len(x.names))
	for i, n := range x.names {
		head[i] = excelize.Cell{StyleID: x.bold, Value: n}
	}
	return sw.SetRow("A1", head)
}

// columnWidths fit each column's usual content, in characters.
var columnWidths = []float64{30, 10, 16, 22, 6, 12, 10, 14, 10, 24, 8, 10, 20, 14, 10, 12, 10, 14, 24, 14, 20, 24, 10, 8}

func (x *xlsxSheet) row(cells []cell) error {
	if x.rows == maxSheetRows {
		if err := x.nextSheet(); err != nil {
			return err
		}
	}
	x.rows++
	for i, c := range cells {
		switch {
		case c.empty():
			x.values[i] = nil
		case numeric[i]:
			n, err := strconv.ParseFloat(c.text(), 64)
			switch {
			case err != nil:
				x.values[i] = c.text()
			case i == amountColumn:
				x.values[i] = excelize.Cell{StyleID: x.money, Value: n}
			default:
				x.values[i] = n
			}
		default:
			x.values[i] = c.text()
		}
	}
	ref, err := excelize.CoordinatesToCellName(1, x.rows+1)
	if err != nil {
		return err
	}
	return x.sw.SetRow(ref, x.values)
}

func (x *xlsxSheet) finish() error {
	defer x.f.Close()
	if err := x.sw.Flush(); err != nil {
		return err
	}
	return x.f.Write(x.w)
}
