package exports

import (
	"archive/zip"
	"bufio"
	"compress/flate"
	"io"
	"strconv"
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

// xlsxSheet writes the workbook as a zip streamed into w, part after part:
// the sheets' XML as the rows come, the small parts at the end (a zip's
// parts may come in any order; readers go by its central directory). Not
// excelize's StreamWriter: its File.Write zips the whole workbook into one
// bytes.Buffer first (250 MB at 1,000,000 rows). The tests open the result
// with excelize. Cells are inline strings (no shared-string table to hold
// in memory); text stays text (ID, ticket and phone numbers keep every
// digit), amounts and seats are numbers.
type xlsxSheet struct {
	z      *zip.Writer
	w      *bufio.Writer // the current sheet's part
	names  []string
	sheets int
	rows   int
	limit  int // rows a sheet holds past its header: maxSheetRows (less in a test)
	num    []byte
}

// Style indexes in styles.xml's cellXfs.
const (
	styleBold  = "1"
	styleMoney = "2" // built-in format 2, "0.00": yuan with two decimals, as the CSV writes them
)

func newXLSX(w io.Writer) *xlsxSheet {
	z := zip.NewWriter(w)
	// Level 1: a third of the CPU of the default level for a file 10–15 %
	// larger; the job is CPU-bound on a shared machine.
	z.RegisterCompressor(zip.Deflate, func(out io.Writer) (io.WriteCloser, error) {
		return flate.NewWriter(out, flate.BestSpeed)
	})
	return &xlsxSheet{z: z, limit: maxSheetRows, num: make([]byte, 0, 16)}
}

func (x *xlsxSheet) header(names []string) error {
	x.names = names
	return x.nextSheet()
}

// nextSheet ends the current sheet, if any, and starts one with the header
// row, bold and frozen on top.
func (x *xlsxSheet) nextSheet() error {
	if err := x.endSheet(); err != nil {
		return err
	}
	x.sheets++
	part, err := x.z.Create("xl/worksheets/sheet" + strconv.Itoa(x.sheets) + ".xml")
	if err != nil {
		return err
	}
	if x.w == nil {
		x.w = bufio.NewWriterSize(part, 64<<10)
	} else {
		x.w.Reset(part)
	}
	x.rows = 0
	w := x.w
	_, _ = w.WriteString(xmlDecl + `<worksheet xmlns="` + nsMain + `" xmlns:r="` + nsRel + `">` +
		`<sheetViews><sheetView workbookViewId="0"><pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/>` +
		`<selection pane="bottomLeft" activeCell="A2" sqref="A2"/></sheetView></sheetViews><cols>`)
	for i, width := range columnWidths {
		n := strconv.Itoa(i + 1)
		_, _ = w.WriteString(`<col min="` + n + `" max="` + n + `" width="` + strconv.FormatFloat(width, 'f', -1, 64) + `" customWidth="1"/>`)
	}
	_, _ = w.WriteString(`</cols><sheetData><row r="1">`)
	x.num = append(x.num[:0], '1')
	for i, n := range x.names {
		x.text(i, []byte(n), styleBold)
	}
	_, err = w.WriteString(`</row>`)
	return err
}

func (x *xlsxSheet) endSheet() error {
	if x.w == nil || x.sheets == 0 {
		return nil
	}
	_, _ = x.w.WriteString(`</sheetData></worksheet>`)
	return x.w.Flush()
}

// columnWidths fit each column's usual content, in characters.
var columnWidths = []float64{30, 10, 16, 22, 6, 12, 10, 14, 10, 24, 8, 10, 20, 14, 10, 12, 10, 14, 24, 14, 20, 24, 10, 8}

// columnNames are the cells' column letters (24 columns: A to X).
var columnNames = func() []string {
	out := make([]string, len(Columns))
	for i := range out {
		out[i] = string(rune('A' + i))
	}
	return out
}()

func (x *xlsxSheet) row(cells []cell) error {
	if x.rows == x.limit {
		if err := x.nextSheet(); err != nil {
			return err
		}
	}
	x.rows++
	x.num = strconv.AppendInt(x.num[:0], int64(x.rows+1), 10)
	w := x.w
	_, _ = w.WriteString(`<row r="`)
	_, _ = w.Write(x.num)
	_, _ = w.WriteString(`">`)
	for i, c := range cells {
		b := c.b
		if b == nil {
			b = []byte(c.s) // a label or a name: a short copy, cheaper than a second escaper for strings
		}
		switch {
		case len(b) == 0:
		case numeric[i] && isNumber(b):
			_, _ = w.WriteString(`<c r="`)
			x.ref(i)
			if i == amountColumn {
				_, _ = w.WriteString(`" s="` + styleMoney)
			}
			_, _ = w.WriteString(`" t="n"><v>`)
			_, _ = w.Write(b)
			_, _ = w.WriteString(`</v></c>`)
		default:
			x.text(i, b, "")
		}
	}
	_, err := w.WriteString(`</row>`)
	return err
}

// ref writes the cell reference of column i in the current row.
func (x *xlsxSheet) ref(i int) {
	_, _ = x.w.WriteString(columnNames[i])
	_, _ = x.w.Write(x.num)
}

// text writes an inline-string cell.
func (x *xlsxSheet) text(i int, b []byte, style string) {
	w := x.w
	_, _ = w.WriteString(`<c r="`)
	x.ref(i)
	if style != "" {
		_, _ = w.WriteString(`" s="` + style)
	}
	_, _ = w.WriteString(`" t="inlineStr"><is><t`)
	if b[0] == ' ' || b[len(b)-1] == ' ' || b[0] == '\t' || b[len(b)-1] == '\t' {
		_, _ = w.WriteString(` xml:space="preserve"`)
	}
	_ = w.WriteByte('>')
	escapeXML(w, b)
	_, _ = w.WriteString(`</t></is></c>`)
}

// isNumber: decimal digits with an optional sign and point, what the
// database gives for a seat and appendYuan for an amount.
func isNumber(b []byte) bool {
	dot := false
	for i, ch := range b {
		switch {
		case ch >= '0' && ch <= '9':
		case ch == '-' && i == 0 && len(b) > 1:
		case ch == '.' && !dot && i > 0:
			dot = true
		default:
			return false
		}
	}
	return true
}

func (x *xlsxSheet) finish() error {
	if err := x.endSheet(); err != nil {
		return err
	}
	for _, p := range x.parts() {
		part, err := x.z.Create(p.name)
		if err != nil {
			return err
		}
		if _, err := io.WriteString(part, p.body); err != nil {
			return err
		}
	}
	return x.z.Close()
}
