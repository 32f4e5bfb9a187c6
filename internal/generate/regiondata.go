package generate

// regionFacts is what the generator knows about a registration region beyond
// the reference data: how many candidates it sends, how its phone numbers,
// postcodes and addresses look, and the cities of its exam areas.
type regionFacts struct {
	// population in 10,000s (2020 census, rounded); a 计划单列市's own is
	// taken out of its province's, the 兵团's out of 新疆's.
	population float64
	// it weighs the IT labour market: 软考 candidates crowd where software
	// jobs are (北京, 上海, 深圳 …), not just where people live.
	it       float64
	areaCode string // the main city's telephone area code
	postcode string // the first digits of the main city's postcodes
	// cities of the exam areas, the largest first; for the four
	// municipalities and the 计划单列市 they are districts.
	cities []string
	// municipality: the address starts with the region's name and a
	// district, with no province before it.
	municipality bool
}

// facts by GB/T 2260 code (660000 for the 兵团). A region missing here (one an
// admin added) gets defaultFacts.
var facts = map[string]regionFacts{
	"110000": {2189, 2.5, "010", "100", []string{"海淀", "朝阳", "丰台", "昌平"}, true},
	"120000": {1387, 1.2, "022", "300", []string{"南开", "河西", "滨海新区"}, true},
	"130000": {7461, 0.8, "0311", "050", []string{"石家庄", "保定", "唐山", "邯郸"}, false},
	"140000": {3492, 0.8, "0351", "030", []string{"太原", "大同", "长治"}, false},
	"150000": {2405, 0.7, "0471", "010", []string{"呼和浩特", "包头", "赤峰"}, false},
	"210000": {3514, 0.9, "024", "110", []string{"沈阳", "鞍山", "锦州", "丹东"}, false},
	"210200": {745, 1.5, "0411", "116", []string{"甘井子", "沙河口", "金州"}, true},
	"220000": {2407, 0.8, "0431", "130", []string{"长春", "吉林", "四平"}, false},
	"230000": {3185, 0.7, "0451", "150", []string{"哈尔滨", "大庆", "齐齐哈尔", "牡丹江"}, false},
	"310000": {2487, 2.2, "021", "200", []string{"浦东新区", "徐汇", "杨浦", "闵行"}, true},
	"320000": {8475, 1.4, "025", "210", []string{"南京", "苏州", "无锡", "徐州", "南通"}, false},
	"330000": {5517, 1.3, "0571", "310", []string{"杭州", "温州", "绍兴", "金华"}, false},
	"330200": {940, 1.2, "0574", "315", []string{"鄞州", "海曙", "北仑"}, true},
	"340000": {6103, 0.9, "0551", "230", []string{"合肥", "芜湖", "蚌埠", "安庆"}, false},
	"350000": {3638, 1.0, "0591", "350", []string{"福州", "泉州", "漳州"}, false},
	"350200": {516, 1.4, "0592", "361", []string{"思明", "集美", "湖里"}, true},
	"360000": {4519, 0.8, "0791", "330", []string{"南昌", "赣州", "九江"}, false},
	"370000": {9146, 1.0, "0531", "250", []string{"济南", "烟台", "潍坊", "临沂", "淄博"}, false},
	"370200": {1007, 1.2, "0532", "266", []string{"市南", "崂山", "黄岛"}, true},
	"410000": {9937, 0.8, "0371", "450", []string{"郑州", "洛阳", "新乡", "南阳"}, false},
	"420000": {5775, 1.1, "027", "430", []string{"武汉", "宜昌", "襄阳"}, false},
	"430000": {6644, 0.9, "0731", "410", []string{"长沙", "株洲", "衡阳", "岳阳"}, false},
	"440000": {10845, 1.3, "020", "510", []string{"广州", "东莞", "佛山", "珠海", "汕头"}, false},
	"440300": {1756, 2.2, "0755", "518", []string{"南山", "福田", "龙岗", "宝安"}, true},
	"450000": {5013, 0.7, "0771", "530", []string{"南宁", "柳州", "桂林"}, false},
	"460000": {1008, 0.8, "0898", "570", []string{"海口", "三亚"}, false},
	"500000": {3205, 1.0, "023", "400", []string{"渝北", "沙坪坝", "南岸", "万州"}, true},
	"510000": {8367, 1.1, "028", "610", []string{"成都", "绵阳", "南充", "宜宾"}, false},
	"520000": {3856, 0.8, "0851", "550", []string{"贵阳", "遵义"}, false},
	"530000": {4721, 0.7, "0871", "650", []string{"昆明", "曲靖", "大理"}, false},
	"540000": {365, 0.5, "0891", "850", []string{"拉萨"}, false},
	"610000": {3953, 1.1, "029", "710", []string{"西安", "宝鸡", "咸阳"}, false},
	"620000": {2502, 0.7, "0931", "730", []string{"兰州", "天水"}, false},
	"630000": {592, 0.6, "0971", "810", []string{"西宁"}, false},
	"640000": {720, 0.7, "0951", "750", []string{"银川"}, false},
	"650000": {2260, 0.7, "0991", "830", []string{"乌鲁木齐", "克拉玛依", "喀什"}, false},
	"660000": {325, 0.7, "0993", "832", []string{"石河子", "五家渠"}, false},
}

var defaultFacts = regionFacts{population: 500, it: 0.8, areaCode: "010", postcode: "100"}

func factsOf(code, name string) regionFacts {
	if f, ok := facts[code]; ok {
		return f
	}
	f := defaultFacts
	f.cities = []string{name}
	return f
}
