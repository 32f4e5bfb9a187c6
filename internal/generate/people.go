package generate

import (
	"fmt"
	"strconv"
	"strings"
	"time"

	"github.com/ruankao/ruankao/internal/civil"
	"github.com/ruankao/ruankao/internal/enum"
	"github.com/ruankao/ruankao/internal/locality"
)

// person is a candidate and what their form says.
type person struct {
	name, pinyin string
	idType       enum.IDType
	number       string
	birth        civil.Date
	male         bool
	hukou        string

	title                string
	titleDate            *civil.Date
	student              bool
	workUnit             string
	workStart            *civil.Date
	education, degree    string
	graduation           civil.Date
	relation, major      string
	address, email       string
	mobile, landline     string
	postcode             string
	carriesBirthOnNumber bool // the ID number carries birth date and gender
}

// people draws persons; numbers must be unique, so it counts the numbers
// given per prefix and birth date (bounded by prefixes × days, not by the
// number of candidates).
type people struct {
	seed      int64
	today     civil.Date // the day of Now
	examDay   civil.Date
	ages      picker[int]
	surnames  picker[int]
	hukous    picker[string] // other provinces, by population
	educ      picker[education]
	relations picker[string]
	hosts     picker[string]
	given     map[uint64]int32 // by prefix and birth date: numbers given
	passports int
}

func newPeople(seed int64, today, examDay civil.Date) *people {
	p := &people{seed: seed, today: today, examDay: examDay, given: map[uint64]int32{},
		educ: newPicker(educations), relations: newPicker(relations), hosts: newPicker(mailHosts)}
	// Ages at the exam: most candidates are between 23 and 35.
	var ages weighted[int]
	for a := 18; a <= 58; a++ {
		var w float64
		switch {
		case a < 20:
			w = 1
		case a < 23:
			w = 4
		case a < 26:
			w = 9
		case a < 31:
			w = 10
		case a < 36:
			w = 8
		case a < 41:
			w = 5
		case a < 46:
			w = 3
		case a < 51:
			w = 1.5
		default:
			w = 0.5
		}
		ages = append(ages, struct {
			v int
			w float64
		}{a, w})
	}
	p.ages = newPicker(ages)
	var sn weighted[int]
	for i, s := range surnames {
		sn = append(sn, struct {
			v int
			w float64
		}{i, s.w})
	}
	p.surnames = newPicker(sn)
	var hk weighted[string]
	for _, h := range locality.Choices() {
		if f, ok := facts[h.Code]; ok {
			hk = append(hk, struct {
				v string
				w float64
			}{h.Code, f.population})
		}
	}
	p.hukous = newPicker(hk)
	return p
}

// hukouFor: mostly local; otherwise another province by population, or, for
// one in a hundred, 港澳台 or 国外. A region refusing non-local candidates
// only gets local ones (the others are refused at submit and never apply).
func (p *people) hukouFor(r *rng, rw *regionW, nonLocal float64) string {
	if !rw.policy.NonLocalAllowed || !r.chance(nonLocal) {
		return rw.local
	}
	if r.chance(0.07) {
		return pick(r, []string{locality.HongKong, locality.HongKong, locality.Macao, locality.Taiwan, locality.Taiwan, locality.Foreign, locality.Foreign})
	}
	for {
		if h := p.hukous.draw(r); h != rw.local && h != rw.province {
			return h
		}
	}
}

func (p *people) draw(r *rng, rw *regionW, city string, nonLocal float64) *person {
	x := &person{hukou: p.hukouFor(r, rw, nonLocal), male: r.chance(0.56)}
	age := p.ages.draw(r)
	x.birth = civil.Date{Year: p.examDay.Year - age - 1, Month: p.examDay.Month, Day: p.examDay.Day}.AddDays(1 + r.IntN(365))
	sn := surnames[p.surnames.draw(r)]
	x.name, x.pinyin = sn.name+givenName(r, x.male), sn.pinyin
	p.number(r, x)
	p.schooling(r, x)
	p.contact(r, x, rw, city)
	return x
}

func givenName(r *rng, male bool) string {
	own, other := maleChars, femaleChars
	if !male {
		own, other = other, own
	}
	one := func() rune {
		if r.chance(0.1) {
			return pick(r, other)
		}
		return pick(r, own)
	}
	if r.chance(0.4) {
		return string(one())
	}
	return string([]rune{one(), one()})
}

// number gives the person an ID document as their 户籍 implies: a 居民身份证
// whose address code is of the 户籍's province (新疆's for the 兵团), a
// 港澳/台湾居民居住证 for 港澳台, a 中国护照 for 华侨 (国外). Numbers follow GB 11643.
func (p *people) number(r *rng, x *person) {
	var prefix string
	switch x.hukou {
	case locality.HongKong, locality.Macao:
		x.idType, prefix = enum.IDHKMacaoResidence, x.hukou
	case locality.Taiwan:
		x.idType, prefix = enum.IDTaiwanResidence, "830000"
	case locality.Foreign:
		x.idType = enum.IDPassport
		n := p.passports
		p.passports++
		x.number = fmt.Sprintf("E%c%07d", "HJKLMNPQRS"[(n/10_000_000)%10], n%10_000_000)
		return
	default:
		x.idType, prefix = enum.IDResident, x.hukou[:2]
		if x.hukou == locality.Bingtuan {
			prefix = locality.Xinjiang[:2]
		}
	}
	x.carriesBirthOnNumber = true
	birth := fmt.Sprintf("%04d%02d%02d", x.birth.Year, int(x.birth.Month), x.birth.Day)
	pre, _ := strconv.ParseUint(prefix, 10, 64)
	ymd, _ := strconv.ParseUint(birth, 10, 64)
	key := pre*100_000_000 + ymd
	k := int(p.given[key])
	p.given[key]++
	h := mix(p.seed, key, uint64(k/500))
	off := int(mix(p.seed, key, 1<<40) % 500)
	if len(prefix) == 2 {
		prefix += fmt.Sprintf("%02d%02d", 1+h%9, 1+(h/9)%30)
	}
	seq := 2 * ((k + off) % 500)
	if x.male {
		seq++
	}
	body := fmt.Sprintf("%s%s%03d", prefix, birth, seq)
	x.number = body + string(checkChar(body))
}

// checkChar is the GB 11643 (ISO 7064 MOD 11-2) check character of 17 digits.
func checkChar(body string) byte {
	weights := [17]int{7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2}
	sum := 0
	for i, w := range weights {
		sum += int(body[i]-'0') * w
	}
	return "10X98765432"[sum%11]
}

func fnv(s string) uint64 {
	h := uint64(14695981039346656037)
	for i := 0; i < len(s); i++ {
		h = (h ^ uint64(s[i])) * 1099511628211
	}
	return h
}

// schooling: education and its graduation from the age; a graduation still
// to come makes a student (在校, no work section); work starts a few months
// after graduating, and a 职称 comes with the years of work.
func (p *people) schooling(r *rng, x *person) {
	e := p.educ.draw(r)
	x.education = e.value
	switch e.value {
	case "DOCTORATE":
		x.degree = "DOCTOR"
	case "MASTER":
		x.degree = "MASTER"
	case "BACHELOR":
		x.degree = map[bool]string{true: "BACHELOR", false: "NONE"}[r.chance(0.96)]
	default:
		x.degree = "NONE"
	}
	month := pick(r, []time.Month{time.June, time.June, time.June, time.July, time.January})
	x.graduation = civil.Date{Year: x.birth.Year + e.age + r.IntN(2), Month: month, Day: 30}
	if month != time.June {
		x.graduation.Day = 1
	}
	switch e.value {
	case "HIGH_SCHOOL", "OTHER":
		x.relation, x.major = "OTHER", "无"
	default:
		x.relation = p.relations.draw(r)
		x.major = pick(r, majors[x.relation])
	}
	if x.graduation.After(p.today) {
		x.student, x.title = true, "无"
		return
	}
	start := x.graduation.AddDays(1 + r.IntN(150))
	if start.After(p.today) {
		start = x.graduation
	}
	x.workStart = &start
	years := p.today.Year - start.Year
	x.title = titleFor(years, r.Float64())
	if x.title != "无" {
		d := start.AddDays(365*max(1, years/2) + r.IntN(200))
		if d.After(p.today) {
			d = p.today.AddDays(-1 - r.IntN(30))
		}
		x.titleDate = &d
	}
}

// contact: an address in the region (where the candidate works, 户籍 or
// not), a work unit of that city, phone numbers, an e-mail address.
func (p *people) contact(r *rng, x *person, rw *regionW, city string) {
	place := placeName(rw, city)
	x.address = fmt.Sprintf("%s%s%d号", addressHead(rw, city, r), pick(r, roads), 1+r.IntN(300))
	if r.chance(0.6) {
		x.address += fmt.Sprintf("%d栋%d单元%d室", 1+r.IntN(30), 1+r.IntN(6), 101+100*r.IntN(25)+r.IntN(4))
	}
	if !x.student {
		if r.chance(0.75) {
			x.workUnit = place + pick(r, companyWords) + pick(r, companyKinds) + pick(r, companyForms)
		} else {
			x.workUnit = place + pick(r, institutions)
		}
	}
	x.mobile = pick(r, mobilePrefixes) + r.digits(8)
	x.landline = x.mobile
	if r.chance(0.35) {
		n := 8
		if len(rw.f.areaCode) == 4 && r.chance(0.3) {
			n = 7
		}
		x.landline = rw.f.areaCode + "-" + string(rune('2'+r.IntN(7))) + r.digits(n-1)
	}
	x.postcode = rw.f.postcode + r.digits(6-len(rw.f.postcode))
	switch host := p.hosts.draw(r); host {
	case "qq.com":
		x.email = string(rune('1'+r.IntN(9))) + r.digits(5+r.IntN(5)) + "@qq.com"
	default:
		tail := r.digits(2 + r.IntN(3))
		if r.chance(0.4) {
			tail = fmt.Sprintf("%d", x.birth.Year)
		}
		x.email = x.pinyin + strings.Repeat("_", r.IntN(2)) + tail + "@" + host
	}
}

// placeName is how a work unit names its place: the city of a province, the
// region itself for a municipality or a 计划单列市.
func placeName(rw *regionW, city string) string {
	if rw.f.municipality {
		return shortName(rw.name)
	}
	return city
}

func addressHead(rw *regionW, city string, r *rng) string {
	district := city
	if !strings.HasSuffix(district, "区") {
		district += "区"
	}
	switch {
	case rw.f.municipality && rw.parentCode != "":
		return rw.provinceName + rw.name + district
	case rw.f.municipality:
		return rw.name + district
	case rw.code == locality.Bingtuan:
		return rw.provinceName + city + "市"
	}
	return rw.provinceName + city + "市" + pick(r, districts)
}

func shortName(name string) string {
	for _, s := range []string{"维吾尔自治区", "壮族自治区", "回族自治区", "自治区", "省", "市"} {
		if strings.HasSuffix(name, s) {
			return strings.TrimSuffix(name, s)
		}
	}
	return name
}
