package auth

import (
	"strings"
	"sync/atomic"
)

// Notice is a version of the 个人信息保护告知书 (PIPL arts. 14, 17, 28–30): what
// personal data the system handles, why, for how long, and the person's
// rights. A candidate hands in personal data only after two consents to its
// current version: to the notice, and the separate consent (单独同意, art. 29)
// to the sensitive personal information it names. Changing the text means a
// new Version, and every candidate is asked again (internal/apply/consent.go).
type Notice struct {
	Version, Title string
	// Sections make up the body, in order.
	Sections []NoticeSection
	// Sensitive names each item of sensitive personal information, its
	// purpose and why it is needed (art. 30).
	Sensitive []NoticeItem
	// SensitiveConsent is the sentence the separate consent agrees to.
	SensitiveConsent string
}

// NoticeSection is one heading of the notice with its text.
type NoticeSection struct{ Heading, Text string }

// NoticeItem is one kind of sensitive personal information.
type NoticeItem struct{ Name, Purpose string }

// Body is the notice's whole text, as shown before the two consents.
func (n *Notice) Body() string {
	var b strings.Builder
	for i, s := range n.Sections {
		if i > 0 {
			b.WriteString("\n\n")
		}
		b.WriteString(s.Heading)
		b.WriteString("\n")
		b.WriteString(s.Text)
	}
	return b.String()
}

// Notice20261201 is the notice in force. 2026-11-01 asked for one consent
// to everything; this version names the sensitive personal information and
// asks for its separate consent, so everyone who accepted the old one is
// asked again.
var Notice20261201 = &Notice{
	Version: "2026-12-01",
	Title:   "个人信息保护告知书",
	Sensitive: []NoticeItem{
		{Name: "身份证件号码（及证件类型）", Purpose: "核验报名人身份，防止重复报名和冒名顶替，核验准考证和资格证书。" +
			"加密存储；只有您本人，以及您报名地区考试机构工作人员在查阅您的单份报名材料时可以看到完整号码（每次查阅均记入审计日志），其他场合一律显示为掩码。"},
		{Name: "证件照片（人脸图像）", Purpose: "用于准考证和资格证书，考试时由考务人员核对本人。" +
			"只有您本人和您报名地区的考试机构工作人员可以查看，不用于其他目的，不向其他机构提供。"},
		{Name: "联系方式（手机号码、电子邮箱、通信地址）", Purpose: "发送审核结果、缴费、考试安排、成绩和证书等考务通知，邮寄证书。" +
			"工作人员在列表中只看到掩码，审计日志中也只记录掩码。"},
		{Name: "证明材料（居住证、社保缴纳记录、工作证明等）", Purpose: "仅在报名地区要求时用于审核非本地户籍考生的报名资格，" +
			"只有该地区考试机构工作人员可以查看。"},
	},
	SensitiveConsent: "我已阅读本告知书“敏感个人信息”一节，单独同意考试机构为考试报名和考务工作处理我的身份证件号码、" +
		"证件照片（人脸图像）、联系方式和证明材料。",
}

func init() {
	n := Notice20261201
	var items []string
	for i, it := range n.Sensitive {
		items = append(items, string(rune('1'+i))+". "+it.Name+"："+it.Purpose)
	}
	n.Sections = []NoticeSection{
		{Heading: "一、谁处理您的个人信息",
			Text: "本系统由计算机技术与软件专业技术资格（水平）考试的全国考试管理机构和各地区考试机构（以下简称“考试机构”）" +
				"为考试报名和考务工作运营。您报名地区考试机构的名称和联系方式见该地区发布的考生须知。"},
		{Heading: "二、处理哪些个人信息，为什么",
			Text: "为办理报名、资格审核、缴费、考场编排、准考证打印、成绩和证书查询，本系统处理：经国家网络身份认证提供的姓名、" +
				"证件类型与号码；性别、出生日期、户籍所在地；学历、学位、毕业时间和专业；工作单位、参加工作时间和职称；" +
				"联系方式；证件照片；您上传的证明材料；缴费记录。这些信息只用于上述考务工作，不用于其他目的。"},
		{Heading: "三、敏感个人信息（需要您单独同意）",
			Text: "下列信息属于敏感个人信息，一旦泄露或者被非法使用，可能使您的人格尊严受到侵害或者人身、财产安全受到危害。" +
				"考试机构仅为报名和考务所必需处理它们，并采取加密存储、访问控制和审计等严格保护措施：\n" + strings.Join(items, "\n")},
		{Heading: "四、保存期限",
			Text: "报名信息、照片和证明材料保存至您最后一次参加考试的考试批次结束后三年，期满后删除或者匿名化处理（统计数据只保留人数）；" +
				"资格证书的登记信息按照国家人事考试档案管理规定保存；审计日志至少保存六个月。法律、行政法规另有规定的，从其规定。"},
		{Heading: "五、您的权利",
			Text: "您可以查阅、复制（导出）本人的个人信息，在规定时间内更正报名信息，在没有法定保存义务时要求删除，" +
				"并可以随时撤回同意（withdrawConsent）。撤回同意不影响撤回前基于同意已进行的处理；撤回后，您不能再填写、修改报名信息，" +
				"也不能上传照片和证明材料。已经提交的报名，考试机构为履行法定考务职责所必需的处理（审核、考场编排、成绩和证书）继续进行；" +
				"如需终止，请撤回报名。行使上述权利，请联系您报名地区的考试机构。"},
		{Heading: "六、提供给他人",
			Text: "考试机构不向考试机构以外的组织或者个人提供您的个人信息，法律、行政法规另有规定的除外。网上缴费由支付机构完成，" +
				"支付机构只获得订单号和金额，不获得您的证件号码和照片。"},
		{Heading: "七、告知书的更新",
			Text: "本告知书更新时，系统将显示新版本，请您重新阅读并同意后继续办理报名。"},
	}
	current.Store(n)
}

var current atomic.Pointer[Notice]

// CurrentNotice is the notice candidates consent to now.
func CurrentNotice() *Notice { return current.Load() }

// UseNotice makes n the current notice until restore is called: tests use
// it to publish a new version. Servers use the notice compiled in.
func UseNotice(n *Notice) (restore func()) {
	old := current.Swap(n)
	return func() { current.Store(old) }
}
