package exports

import (
	"bufio"
	"strconv"
	"strings"
	"unicode/utf8"
)

// The minimal SpreadsheetML package (ECMA-376 part 1): content types, the
// package's and the workbook's relationships, the workbook, the styles
// and the sheets.
const (
	xmlDecl = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>` + "\n"
	nsMain  = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
	nsRel   = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
	nsPkg   = "http://schemas.openxmlformats.org/package/2006/relationships"
	ctMain  = "application/vnd.openxmlformats-officedocument.spreadsheetml"
)

// styles: 0 the default, 1 bold (the header), 2 "0.00" (amounts).
const stylesXML = xmlDecl + `<styleSheet xmlns="` + nsMain + `">` +
	`<fonts count="2"><font><sz val="11"/><name val="Calibri"/><family val="2"/></font>` +
	`<font><b/><sz val="11"/><name val="Calibri"/><family val="2"/></font></fonts>` +
	`<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>` +
	`<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>` +
	`<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>` +
	`<cellXfs count="3"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>` +
	`<xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/>` +
	`<xf numFmtId="2" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/></cellXfs>` +
	`<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles></styleSheet>`

type part struct{ name, body string }

// parts are the workbook's small parts, once the number of sheets is known.
func (x *xlsxSheet) parts() []part {
	var types, sheets, rels strings.Builder
	for i := 1; i <= x.sheets; i++ {
		n := strconv.Itoa(i)
		types.WriteString(`<Override PartName="/xl/worksheets/sheet` + n + `.xml" ContentType="` + ctMain + `.worksheet+xml"/>`)
		sheets.WriteString(`<sheet name="` + sheetName(i) + `" sheetId="` + n + `" r:id="rId` + n + `"/>`)
		rels.WriteString(`<Relationship Id="rId` + n + `" Type="` + nsRel + `/worksheet" Target="worksheets/sheet` + n + `.xml"/>`)
	}
	styles := strconv.Itoa(x.sheets + 1)
	return []part{
		{"xl/styles.xml", stylesXML},
		{"xl/workbook.xml", xmlDecl + `<workbook xmlns="` + nsMain + `" xmlns:r="` + nsRel + `"><sheets>` + sheets.String() + `</sheets></workbook>`},
		{"xl/_rels/workbook.xml.rels", xmlDecl + `<Relationships xmlns="` + nsPkg + `">` + rels.String() +
			`<Relationship Id="rId` + styles + `" Type="` + nsRel + `/styles" Target="styles.xml"/></Relationships>`},
		{"_rels/.rels", xmlDecl + `<Relationships xmlns="` + nsPkg + `"><Relationship Id="rId1" Type="` + nsRel +
			`/officeDocument" Target="xl/workbook.xml"/></Relationships>`},
		{"[Content_Types].xml", xmlDecl + `<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
			`<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>` +
			`<Default Extension="xml" ContentType="application/xml"/>` +
			`<Override PartName="/xl/workbook.xml" ContentType="` + ctMain + `.sheet.main+xml"/>` +
			`<Override PartName="/xl/styles.xml" ContentType="` + ctMain + `.styles+xml"/>` + types.String() + `</Types>`},
	}
}

// escapeXML writes b as XML character data. Characters XML 1.0 cannot hold
// (control characters a candidate may have pasted, invalid UTF-8) become
// U+FFFD rather than a file Excel refuses to open.
func escapeXML(w *bufio.Writer, b []byte) {
	start := 0
	for i := 0; i < len(b); {
		ch := b[i]
		var rep string
		size := 1
		switch {
		case ch == '&':
			rep = "&amp;"
		case ch == '<':
			rep = "&lt;"
		case ch == '>':
			rep = "&gt;"
		case ch < 0x20 && ch != '\t' && ch != '\n' && ch != '\r':
			rep = "\uFFFD"
		case ch >= utf8.RuneSelf:
			r, n := utf8.DecodeRune(b[i:])
			size = n
			if r == utf8.RuneError && n == 1 || r == 0xFFFE || r == 0xFFFF {
				rep = "\uFFFD"
			}
		}
		if rep != "" {
			_, _ = w.Write(b[start:i])
			_, _ = w.WriteString(rep)
			start = i + size
		}
		i += size
	}
	_, _ = w.Write(b[start:])
}
