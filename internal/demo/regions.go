package demo

import (
	"github.com/ruankao/ruankao/ent/regionpolicy"
	"github.com/ruankao/ruankao/internal/enum"
)

type policyPlan struct {
	reviewMode   regionpolicy.ReviewMode
	reviewDays   int
	feeFen       int64
	seniorFeeFen *int64
	commitment   bool
	nonLocal     bool
	materials    []enum.MaterialKind
	materialRule regionpolicy.NonLocalMaterialRule
	absenteeBan  bool
}

type areaPlan struct {
	code, name string
	levels     []enum.Level
	sites      []string // names; each gets rooms
}

type regionPlan struct {
	code    string
	policy  policyPlan
	areas   []areaPlan
	notices bool // false: the region publishes no 政策文件
	why     string
}

func fenp(f int64) *int64 { return &f }

var all = []enum.Level{enum.LevelJunior, enum.LevelIntermediate, enum.LevelSenior}

// regionPlans covers every rule the form must obey, one region each.
var regionPlans = []regionPlan{
	{code: "210000", why: "免费；1 个工作日内审核；缺考者下次不得报名；需签诚信考试承诺书", notices: true,
		policy: policyPlan{reviewMode: regionpolicy.ReviewModeWITHIN_DAYS, reviewDays: 1, feeFen: 0, commitment: true, nonLocal: true, absenteeBan: true},
		areas: []areaPlan{
			{code: "01", name: "沈阳考区", levels: all, sites: []string{"沈阳工业大学考点", "辽宁大学考点"}},
			{code: "02", name: "锦州考区", levels: all, sites: []string{"渤海大学考点"}},
		}},
	{code: "210200", why: "计划单列市，单独报名并收费；3 个工作日内审核", notices: true,
		policy: policyPlan{reviewMode: regionpolicy.ReviewModeWITHIN_DAYS, reviewDays: 3, feeFen: 6000, nonLocal: true},
		areas:  []areaPlan{{code: "01", name: "大连考区", levels: all, sites: []string{"大连理工大学考点", "大连海事大学考点"}}}},
	{code: "110000", why: "报名结束后统一审核；设只接受高级的考区", notices: true,
		policy: policyPlan{reviewMode: regionpolicy.ReviewModeAFTER_CLOSE, reviewDays: 3, feeFen: 5700, nonLocal: true},
		areas: []areaPlan{
			{code: "01", name: "北京考区", levels: all, sites: []string{"北京交通大学考点", "北京工业大学考点"}},
			{code: "02", name: "北京高级资格考区", levels: []enum.Level{enum.LevelSenior}, sites: []string{"北京邮电大学考点"}},
		}},
	{code: "310000", why: "无需审核，提交后直接待缴费；未发布政策文件", notices: false,
		policy: policyPlan{reviewMode: regionpolicy.ReviewModeNONE, feeFen: 6500, nonLocal: true},
		areas:  []areaPlan{{code: "01", name: "上海考区", levels: all, sites: []string{"上海大学考点", "同济大学考点"}}}},
	{code: "440000", why: "不接受非本省户籍考生；高级每科另行定价", notices: true,
		policy: policyPlan{reviewMode: regionpolicy.ReviewModeWITHIN_DAYS, reviewDays: 3, feeFen: 5500, seniorFeeFen: fenp(7500), nonLocal: false},
		areas: []areaPlan{
			{code: "01", name: "广州考区", levels: all, sites: []string{"华南理工大学考点"}},
			{code: "02", name: "佛山考区", levels: all, sites: []string{"佛山科学技术学院考点"}},
		}},
	{code: "320000", why: "非本省户籍考生须上传居住证、社保缴纳记录或工作证明之一", notices: true,
		policy: policyPlan{reviewMode: regionpolicy.ReviewModeWITHIN_DAYS, reviewDays: 3, feeFen: 6500, nonLocal: true,
			materials:    []enum.MaterialKind{enum.MaterialResidencePermit, enum.MaterialSocialSecurity, enum.MaterialWorkProof},
			materialRule: regionpolicy.NonLocalMaterialRuleANY},
		areas: []areaPlan{
			{code: "01", name: "南京考区", levels: all, sites: []string{"南京大学考点"}},
			{code: "02", name: "苏州考区", levels: all, sites: []string{"苏州大学考点"}},
		}},
}
