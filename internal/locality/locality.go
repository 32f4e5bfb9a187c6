// Package locality knows the 户籍所在地 choices of the application form and
// decides whether a candidate is local to a registration region.
//
// Codes are GB/T 2260 province-level administrative codes; 新疆生产建设兵团 has
// none there, so 660000 stands in for it (as in reference/regions.csv), and
// 000000 means 国外 (abroad). The rule (conventions, "Regions, scope and
// locality"): a candidate is local when the province of the 户籍 equals the
// province of the registration region; a 计划单列市 belongs to its province;
// 兵团 counts as 新疆 on both sides; 港澳台 and 国外 are non-local everywhere.
// The ID-number prefix is not used.
package locality

// Codes with a rule of their own.
const (
	Bingtuan = "660000" // 新疆生产建设兵团 (stand-in code)
	Xinjiang = "650000" // 新疆维吾尔自治区
	HongKong = "810000" // 香港特别行政区
	Macao    = "820000" // 澳门特别行政区
	Taiwan   = "710000" // 台湾省
	Foreign  = "000000" // 国外
)

const codeDigits = 6

// Hukou is one choice of 户籍所在地.
type Hukou struct {
	Code string `json:"code"`
	Name string `json:"name"`
}

// choices is the list in code order, 国外 last. Names are those of GB/T 2260.
var choices = []Hukou{
	{"110000", "北京市"},
	{"120000", "天津市"},
	{"130000", "河北省"},
	{"140000", "山西省"},
	{"150000", "内蒙古自治区"},
	{"210000", "辽宁省"},
	{"220000", "吉林省"},
	{"230000", "黑龙江省"},
	{"310000", "上海市"},
	{"320000", "江苏省"},
	{"330000", "浙江省"},
	{"340000", "安徽省"},
	{"350000", "福建省"},
	{"360000", "江西省"},
	{"370000", "山东省"},
	{"410000", "河南省"},
	{"420000", "湖北省"},
	{"430000", "湖南省"},
	{"440000", "广东省"},
	{"450000", "广西壮族自治区"},
	{"460000", "海南省"},
	{"500000", "重庆市"},
	{"510000", "四川省"},
	{"520000", "贵州省"},
	{"530000", "云南省"},
	{"540000", "西藏自治区"},
	{"610000", "陕西省"},
	{"620000", "甘肃省"},
	{"630000", "青海省"},
	{"640000", "宁夏回族自治区"},
	{"650000", "新疆维吾尔自治区"},
	{Bingtuan, "新疆生产建设兵团"},
	{Taiwan, "台湾省"},
	{HongKong, "香港特别行政区"},
	{Macao, "澳门特别行政区"},
	{Foreign, "国外"},
}

var names = func() map[string]string {
	m := make(map[string]string, len(choices))
	for _, h := range choices {
		m[h.Code] = h.Name
	}
	return m
}()

// Choices lists the 户籍所在地 choices: the 31 provinces, 新疆生产建设兵团,
// 台湾, 香港 and 澳门 in code order, then 国外. The slice is the caller's own.
func Choices() []Hukou {
	out := make([]Hukou, len(choices))
	copy(out, choices)
	return out
}

// Valid reports whether code is one of the choices.
func Valid(code string) bool {
	_, ok := names[code]
	return ok
}

// Name is the name of a choice, "" for an unknown code.
func Name(code string) string { return names[code] }

// alwaysNonLocal are the 户籍 that are local nowhere.
func alwaysNonLocal(code string) bool {
	switch code {
	case HongKong, Macao, Taiwan, Foreign:
		return true
	}
	return false
}

// ProvinceOfRegion is the province a registration region belongs to: a
// province is itself, a 计划单列市 (210200 大连, 330200 宁波, 350200 厦门,
// 370200 青岛, 440300 深圳) belongs to its province (parentCode when given,
// else the first two digits + "0000"), and 660000 兵团 counts as 650000 新疆.
// A code that is not six ASCII digits gives "".
func ProvinceOfRegion(regionCode, parentCode string) string {
	if !sixDigits(regionCode) {
		return ""
	}
	code := regionCode
	if code[2:] != "0000" {
		if sixDigits(parentCode) && parentCode != regionCode {
			return ProvinceOfRegion(parentCode, "")
		}
		code = code[:2] + "0000"
	}
	if code == Bingtuan {
		return Xinjiang
	}
	return code
}

// IsLocal reports whether a candidate whose 户籍 is hukouCode is local to the
// registration region regionCode (with its parent regionParentCode, "" for
// a province or 兵团). An unknown 户籍 code is never local.
func IsLocal(hukouCode, regionCode, regionParentCode string) bool {
	if !Valid(hukouCode) || alwaysNonLocal(hukouCode) {
		return false
	}
	home := hukouCode
	if home == Bingtuan {
		home = Xinjiang
	}
	region := ProvinceOfRegion(regionCode, regionParentCode)
	return region != "" && region == home
}

func sixDigits(s string) bool {
	if len(s) != codeDigits {
		return false
	}
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return true
}
