package exports

import (
	"database/sql"
	"strconv"

	"github.com/ruankao/ruankao/internal/enum"
	"github.com/ruankao/ruankao/internal/locality"
	"github.com/ruankao/ruankao/internal/pii"
)

// Columns are the export's columns, in order: what an exam office works
// with (who, what they sit, where, whether paid and seated), and no more of
// the form than that (PIPL: minimum necessary).
var Columns = []string{
	"报名号", "姓名", "证件类型", "证件号码", "性别", "出生日期", "地区", "考区", "资格代码", "报考资格", "级别",
	"报名状态", "提交时间", "户籍所在地", "非本地考生", "学历", "在职情况", "手机号码", "电子邮箱",
	"实缴金额（元）", "准考证号", "考点", "考场", "座位号",
}

// numeric columns are numbers in a spreadsheet (summed, sorted as numbers);
// everything else is text, so 18-digit ID and 16-digit ticket numbers keep
// every digit.
var numeric = map[int]bool{amountColumn: true, 23: true}

// amountColumn is 实缴金额（元）, shown with two decimals.
const amountColumn = 19

// Labels of the form's enums (graph/labels.go shows the same; a test keeps
// them equal).
var (
	GenderLabels     = map[string]string{"MALE": "男", "FEMALE": "女"}
	EmploymentLabels = map[string]string{"STUDENT": "在校", "EMPLOYED": "在职"}
	EducationLabels  = map[string]string{
		"DOCTORATE": "博士研究生", "MASTER": "硕士研究生", "BACHELOR": "大学本科", "COLLEGE": "大学专科",
		"SECONDARY": "中专", "HIGH_SCHOOL": "高中", "OTHER": "其他",
	}
)

func labels[T interface {
	~string
	Values() []string
	Label() string
}]() map[string]string {
	var zero T
	out := map[string]string{}
	for _, v := range zero.Values() {
		out[v] = T(v).Label()
	}
	return out
}

var (
	idTypeLabels = labels[enum.IDType]()
	statusLabels = labels[enum.ApplicationStatus]()
	levelLabels  = labels[enum.Level]()
)

// cell is one value: a label or name (s) or bytes read from the database
// (b, valid until the next row).
type cell struct {
	s string
	b []byte
}

func (c cell) text() string {
	if c.b != nil {
		return string(c.b)
	}
	return c.s
}

func (c cell) empty() bool { return len(c.b) == 0 && c.s == "" }

// raw is one application as the chunk query reads it (query.go), column
// for column.
type raw struct {
	id, name, idType, masked, enc, gender, birth, area, qual, level, status, submitted,
	hukou, nonLocal, education, employment, mobile, email, paid, ticket, room, seat sql.RawBytes
}

func (r *raw) dest() []any {
	return []any{&r.id, &r.name, &r.idType, &r.masked, &r.enc, &r.gender, &r.birth, &r.area, &r.qual, &r.level,
		&r.status, &r.submitted, &r.hukou, &r.nonLocal, &r.education, &r.employment, &r.mobile, &r.email,
		&r.paid, &r.ticket, &r.room, &r.seat}
}

// room is a room's code and its site's name.
type room struct{ code, site string }

// qualification is a qualification's code and name.
type qualification struct{ code, name string }

// shaper turns raw rows into cells with the names a person reads.
type shaper struct {
	keys   *pii.Keys
	full   bool
	region string
	areas  map[string]string
	rooms  map[string]room
	quals  map[string]qualification
	paid   []byte
	cells  []cell
}

func newShaper(keys *pii.Keys, full bool) *shaper {
	return &shaper{keys: keys, full: full, areas: map[string]string{}, rooms: map[string]room{},
		quals: map[string]qualification{}, cells: make([]cell, len(Columns)), paid: make([]byte, 0, 24)}
}

// shape fills the row's cells; they are valid until the next call.
func (sh *shaper) shape(r *raw) ([]cell, error) {
	c := sh.cells
	c[0] = cell{b: r.id}
	c[1] = cell{b: r.name}
	c[2] = cell{s: idTypeLabels[string(r.idType)]}
	c[3] = cell{b: r.masked}
	if sh.full {
		number, err := sh.keys.Decrypt(r.enc, string(r.idType))
		if err != nil {
			return nil, err
		}
		c[3] = cell{s: number}
	}
	c[4] = cell{s: GenderLabels[string(r.gender)]}
	c[5] = cell{b: r.birth}
	c[6] = cell{s: sh.region}
	c[7] = cell{s: sh.areas[string(r.area)]}
	q := sh.quals[string(r.qual)]
	c[8], c[9] = cell{s: q.code}, cell{s: q.name}
	c[10] = cell{s: levelLabels[string(r.level)]}
	c[11] = cell{s: statusLabels[string(r.status)]}
	c[12] = cell{b: r.submitted}
	c[13] = cell{}
	if len(r.hukou) > 0 {
		c[13] = cell{s: locality.Name(string(r.hukou))}
	}
	c[14] = cell{s: yesNo(r.nonLocal)}
	c[15] = cell{s: EducationLabels[string(r.education)]}
	c[16] = cell{s: EmploymentLabels[string(r.employment)]}
	c[17], c[18] = cell{b: r.mobile}, cell{b: r.email}
	sh.paid = appendYuan(sh.paid[:0], r.paid)
	c[19] = cell{b: sh.paid}
	c[20] = cell{b: r.ticket}
	rm := sh.rooms[string(r.room)]
	c[21], c[22] = cell{s: rm.site}, cell{s: rm.code}
	c[23] = cell{b: r.seat}
	return c, nil
}

// yesNo reads a boolean as either database gives it (1/0, true/false);
// empty when not decided yet (a draft).
func yesNo(b []byte) string {
	if len(b) == 0 {
		return ""
	}
	switch b[0] {
	case '1', 't', 'T':
		return "是"
	}
	return "否"
}

// appendYuan writes an amount in fen (decimal digits, empty when nothing
// was paid) as yuan with two decimals: 12000 → 120.00, none → 0.00.
func appendYuan(dst, fen []byte) []byte {
	var n int64
	neg := false
	for i, ch := range fen {
		if i == 0 && ch == '-' {
			neg = true
			continue
		}
		if ch < '0' || ch > '9' {
			break
		}
		n = n*10 + int64(ch-'0')
	}
	if neg {
		dst = append(dst, '-')
	}
	dst = strconv.AppendInt(dst, n/100, 10)
	return append(dst, '.', byte('0'+n%100/10), byte('0'+n%10))
}
