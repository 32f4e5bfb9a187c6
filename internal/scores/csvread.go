package scores

import (
	"bufio"
	"bytes"
	"encoding/csv"
	"errors"
	"io"
	"strconv"
	"strings"
	"unicode/utf8"

	"golang.org/x/text/encoding/simplifiedchinese"
	"golang.org/x/text/transform"
)

// Encodings a score file may come in. Excel saves "CSV" in the system's
// code page, GBK (read as GB18030, its superset) on Chinese Windows, and
// "CSV UTF-8" with a byte-order mark.
const (
	EncodingUTF8    = "UTF-8"
	EncodingGB18030 = "GB18030"
)

// errUTF16 is a file saved as "Unicode text": refused, not guessed at.
var errUTF16 = errors.New("UTF-16")

// decode picks the file's encoding from its first 64 KiB: valid UTF-8 (a
// cut rune at the end allowed) is UTF-8, anything else is read as GB18030.
// A later line that is not valid in the chosen encoding is a problem of
// that line (its text holds U+FFFD after decoding).
func decode(r io.Reader) (io.Reader, string, error) {
	br := bufio.NewReaderSize(r, 64<<10)
	head, err := br.Peek(64 << 10)
	if err != nil && err != io.EOF && !errors.Is(err, bufio.ErrBufferFull) {
		return nil, "", err
	}
	if bytes.HasPrefix(head, []byte{0xFF, 0xFE}) || bytes.HasPrefix(head, []byte{0xFE, 0xFF}) {
		return nil, "", errUTF16
	}
	if bytes.HasPrefix(head, []byte{0xEF, 0xBB, 0xBF}) {
		_, _ = br.Discard(3)
		return br, EncodingUTF8, nil
	}
	if validUTF8Prefix(head, err == nil) {
		return br, EncodingUTF8, nil
	}
	return transform.NewReader(br, simplifiedchinese.GB18030.NewDecoder()), EncodingGB18030, nil
}

// validUTF8Prefix tells whether b is UTF-8, allowing a rune cut off at the
// end when more follows.
func validUTF8Prefix(b []byte, more bool) bool {
	if more {
		for i := 0; i < utf8.UTFMax && len(b) > 0 && !utf8.Valid(b); i++ {
			b = b[:len(b)-1]
		}
	}
	return utf8.Valid(b)
}

// record is one data line as read: its fields trimmed, its line number.
type record struct {
	line                  int
	ticket, subject, mark string
}

// columns finds the three columns in the header; the names are Chinese or
// English, other columns (姓名 …) are ignored.
type columns struct{ ticket, subject, mark int }

var headerNames = map[string]string{
	"准考证号": "ticket", "ticket_number": "ticket", "ticketnumber": "ticket",
	"科目": "subject", "科目名称": "subject", "subject": "subject",
	"成绩": "mark", "分数": "mark", "score": "mark",
}

func headerColumns(h []string) (columns, []string) {
	c := columns{-1, -1, -1}
	for i, name := range h {
		name = strings.ToLower(strings.TrimSpace(strings.TrimPrefix(name, "\uFEFF")))
		switch headerNames[name] {
		case "ticket":
			c.ticket = i
		case "subject":
			c.subject = i
		case "mark":
			c.mark = i
		}
	}
	var missing []string
	if c.ticket < 0 {
		missing = append(missing, "准考证号")
	}
	if c.subject < 0 {
		missing = append(missing, "科目")
	}
	if c.mark < 0 {
		missing = append(missing, "成绩")
	}
	return c, missing
}

// reader streams records; it never holds more than one line.
type reader struct {
	csv  *csv.Reader
	cols columns
}

func newCSV(r io.Reader) *csv.Reader {
	cr := csv.NewReader(r)
	cr.FieldsPerRecord = -1
	cr.ReuseRecord = true
	cr.TrimLeadingSpace = true
	return cr
}

// next gives the next record, or a problem for a line that cannot be read.
func (r *reader) next() (record, *problem, error) {
	fields, err := r.csv.Read()
	line, _ := r.csv.FieldPos(0)
	if err == io.EOF {
		return record{}, nil, io.EOF
	}
	var pe *csv.ParseError
	if errors.As(err, &pe) {
		return record{}, &problem{line: pe.StartLine, code: "BAD_LINE", message: "这一行不是有效的 CSV（引号不配对等）"}, nil
	}
	if err != nil {
		return record{}, nil, err
	}
	get := func(i int) string {
		if i < len(fields) {
			return strings.TrimSpace(fields[i])
		}
		return ""
	}
	rec := record{line: line, ticket: get(r.cols.ticket), subject: get(r.cols.subject), mark: get(r.cols.mark)}
	if strings.ContainsRune(rec.ticket+rec.subject+rec.mark, utf8.RuneError) {
		return rec, &problem{line: line, code: "BAD_ENCODING", message: "这一行的文字无法识别：请把文件另存为“CSV UTF-8”或“CSV（逗号分隔）”后重新导入"}, nil
	}
	return rec, nil, nil
}

// Absent is how a file marks a candidate absent from a subject.
const Absent = "缺考"

// parseMark reads a mark: 缺考, or whole points from 0 to full.
func parseMark(s string, full int) (points int, absent bool, p *problem) {
	if s == Absent {
		return 0, true, nil
	}
	n, err := strconv.Atoi(s)
	if err != nil {
		return 0, false, &problem{column: "成绩", code: "INVALID_SCORE", message: "成绩应为 0 到 " + strconv.Itoa(full) + " 的整数或“缺考”，不是“" + clip(s) + "”"}
	}
	if n < 0 || n > full {
		return 0, false, &problem{column: "成绩", code: "SCORE_OUT_OF_RANGE", message: "成绩 " + s + " 超出范围（0–" + strconv.Itoa(full) + "）"}
	}
	return n, false, nil
}

// validTicket: 准考证号 are 16 digits (internal/seatplan).
func validTicket(s string) bool {
	if len(s) != 16 {
		return false
	}
	for _, c := range s {
		if c < '0' || c > '9' {
			return false
		}
	}
	return true
}

// clip keeps a problem's quote of the file short.
func clip(s string) string {
	if r := []rune(s); len(r) > 20 {
		return string(r[:20]) + "…"
	}
	return s
}
