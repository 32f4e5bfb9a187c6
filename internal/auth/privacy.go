package auth

// PrivacyNotice is the 个人信息保护告知书 every candidate accepts at first
// login (PIPL arts. 14, 17, 29: separate consent for sensitive personal
// information). Changing the text means a new Version, and every candidate
// is asked again.
var PrivacyNotice = struct{ Version, Title, Body string }{
	Version: "2026-11-01",
	Title:   "个人信息保护告知书",
	Body: "为办理计算机技术与软件专业技术资格（水平）考试报名、资格审核、缴费、准考证打印、成绩和证书查询，" +
		"本系统将处理您的姓名、证件类型与号码、性别、出生日期、户籍所在地、学历与工作信息、联系方式、证件照片及您上传的证明材料。" +
		"其中证件号码、照片和联系方式属于敏感个人信息，仅用于上述考务工作：证件号码加密存储，仅您本人和报名地区考试机构工作人员可查看；" +
		"考试机构工作人员对您信息的每一次查阅和修改均记录在审计日志中。您的信息不会用于考务以外的目的，" +
		"保存期限遵循国家考试档案管理规定。您可以随时查询本人的报名信息；如需更正，请在规定时间内修改或联系报名地区考试机构。" +
		"点击“同意”即表示您已阅读并同意本告知书。",
}
