package generate

// surnames with their share in ‰ (after the 2020 census's ranking, rounded)
// and their pinyin, which the e-mail addresses borrow.
var surnames = []struct {
	name, pinyin string
	w            float64
}{
	{"王", "wang", 71}, {"李", "li", 70}, {"张", "zhang", 66}, {"刘", "liu", 54}, {"陈", "chen", 45},
	{"杨", "yang", 31}, {"黄", "huang", 22}, {"赵", "zhao", 21}, {"吴", "wu", 20}, {"周", "zhou", 19},
	{"徐", "xu", 17}, {"孙", "sun", 15}, {"马", "ma", 14}, {"朱", "zhu", 13}, {"胡", "hu", 13},
	{"郭", "guo", 12}, {"何", "he", 12}, {"林", "lin", 11}, {"高", "gao", 11}, {"罗", "luo", 10},
	{"郑", "zheng", 9}, {"梁", "liang", 9}, {"谢", "xie", 8}, {"宋", "song", 7}, {"唐", "tang", 7},
	{"许", "xu", 7}, {"韩", "han", 6}, {"冯", "feng", 6}, {"邓", "deng", 6}, {"曹", "cao", 6},
	{"彭", "peng", 5}, {"曾", "zeng", 5}, {"肖", "xiao", 5}, {"田", "tian", 5}, {"董", "dong", 5},
	{"袁", "yuan", 4}, {"潘", "pan", 4}, {"于", "yu", 4}, {"蒋", "jiang", 4}, {"蔡", "cai", 4},
	{"余", "yu", 4}, {"杜", "du", 4}, {"叶", "ye", 4}, {"程", "cheng", 4}, {"苏", "su", 3},
	{"魏", "wei", 3}, {"吕", "lv", 3}, {"丁", "ding", 3}, {"任", "ren", 3}, {"沈", "shen", 3},
	{"姚", "yao", 3}, {"卢", "lu", 3}, {"姜", "jiang", 3}, {"崔", "cui", 3}, {"钟", "zhong", 3},
	{"谭", "tan", 3}, {"陆", "lu", 3}, {"汪", "wang", 2}, {"范", "fan", 2}, {"金", "jin", 2},
	{"石", "shi", 2}, {"廖", "liao", 2}, {"贾", "jia", 2}, {"夏", "xia", 2}, {"韦", "wei", 2},
	{"付", "fu", 2}, {"方", "fang", 2}, {"白", "bai", 2}, {"邹", "zou", 2}, {"孟", "meng", 2},
	{"熊", "xiong", 2}, {"秦", "qin", 2}, {"邱", "qiu", 2}, {"江", "jiang", 2}, {"尹", "yin", 2},
	{"薛", "xue", 2}, {"闫", "yan", 2}, {"段", "duan", 2}, {"雷", "lei", 2}, {"侯", "hou", 2},
	{"龙", "long", 2}, {"史", "shi", 2}, {"陶", "tao", 1}, {"黎", "li", 1}, {"贺", "he", 1},
	{"顾", "gu", 1}, {"毛", "mao", 1}, {"郝", "hao", 1}, {"龚", "gong", 1}, {"邵", "shao", 1},
	{"万", "wan", 1}, {"钱", "qian", 1}, {"严", "yan", 1}, {"覃", "qin", 1}, {"武", "wu", 1},
	{"戴", "dai", 1}, {"莫", "mo", 1}, {"孔", "kong", 1}, {"向", "xiang", 1}, {"汤", "tang", 1},
	{"欧阳", "ouyang", 0.5}, {"司马", "sima", 0.1}, {"诸葛", "zhuge", 0.05}, {"上官", "shangguan", 0.05},
}

// Characters of given names, by the gender they lean to; a given name is one
// or two of them.
var (
	maleChars = []rune("伟强磊军洋勇杰涛明超刚平辉鹏华飞鑫波斌宇浩凯健俊帆帅旭宁龙林阳建国峰亮成志文博晨子轩睿哲昊然泽宏振海东" +
		"毅锋彬鸿翔骏楠晗铭奕航嘉豪承恒瑞卓远")
	femaleChars = []rune("芳娜敏静丽艳娟霞燕玲婷雪琳晶颖倩欣佳慧莉红梅兰萍洁琴雯悦怡璐瑶梦思雨涵诗萱蕾露月妍菲彤" +
		"嘉宁晨欢蓉馨薇岚琪")
)

// The form's choices, weighted as 软考's candidates are: mostly graduates
// working in or near IT.
var (
	educations = weighted[education]{
		{education{"BACHELOR", 22}, 60}, {education{"COLLEGE", 21}, 22}, {education{"MASTER", 25}, 13},
		{education{"DOCTORATE", 29}, 0.7}, {education{"SECONDARY", 18}, 2}, {education{"HIGH_SCHOOL", 18}, 1.5},
		{education{"OTHER", 19}, 0.8},
	}
	relations = weighted[string]{{"SAME", 55}, {"SIMILAR", 25}, {"OTHER", 20}}
	majors    = map[string][]string{
		"SAME": {"计算机科学与技术", "软件工程", "网络工程", "信息安全", "物联网工程", "数据科学与大数据技术",
			"人工智能", "计算机应用技术", "软件技术", "计算机网络技术"},
		"SIMILAR": {"电子信息工程", "通信工程", "自动化", "电子科学与技术", "数字媒体技术", "信息管理与信息系统", "电子商务"},
		"OTHER":   {"机械设计制造及其自动化", "会计学", "工商管理", "土木工程", "英语", "数学与应用数学", "市场营销", "汉语言文学"},
	}
	companyWords = []string{"华信", "东软", "中科", "神州", "浪潮", "联创", "博远", "恒生", "鼎新", "汇通", "云图",
		"星河", "天元", "启明", "长城", "海纳", "智联", "新锐", "易达", "数智"}
	companyKinds = []string{"科技", "信息技术", "软件", "网络科技", "数据", "通信技术", "电子"}
	companyForms = []string{"有限公司", "股份有限公司", "有限责任公司"}
	institutions = []string{"人民医院信息科", "供电公司", "移动分公司", "电信分公司", "大学", "职业技术学院", "统计局",
		"税务局信息中心", "农商银行", "公安局科技信息化支队", "第一中学", "融媒体中心"}
	districts   = []string{"高新区", "经开区", "新城区", "城关区", "中心区", "开发区"}
	roads       = []string{"人民路", "解放路", "中山路", "建设路", "和平路", "新华路", "胜利路", "文化路", "长江路", "黄河路", "学府路", "科技路"}
	siteSchools = []string{"大学", "理工大学", "职业技术学院", "第一中学", "第二中学", "实验中学", "师范大学", "科技大学",
		"信息职业技术学院", "工业大学"}
	mailHosts = weighted[string]{{"qq.com", 45}, {"163.com", 22}, {"126.com", 10}, {"sina.com", 4}, {"outlook.com", 6},
		{"foxmail.com", 5}, {"gmail.com", 3}, {"139.com", 5}}
	mobilePrefixes = []string{"130", "131", "132", "133", "135", "136", "137", "138", "139", "150", "151", "152", "153",
		"155", "156", "157", "158", "159", "166", "173", "176", "177", "180", "181", "182", "183", "185", "186", "187",
		"188", "189", "191", "198", "199"}
)

type education struct {
	value string
	// age at graduation
	age int
}

// titles by years of work: which 职称 a candidate holds.
func titleFor(years int, u float64) string {
	switch {
	case years < 2:
		if u < 0.9 {
			return "无"
		}
		return "技术员"
	case years < 5:
		switch {
		case u < 0.55:
			return "无"
		case u < 0.95:
			return "助理工程师"
		}
		return "助理经济师"
	case years < 10:
		switch {
		case u < 0.4:
			return "无"
		case u < 0.55:
			return "助理工程师"
		case u < 0.95:
			return "工程师"
		}
		return "经济师"
	}
	switch {
	case u < 0.3:
		return "无"
	case u < 0.7:
		return "工程师"
	case u < 0.95:
		return "高级工程师"
	}
	return "讲师"
}
