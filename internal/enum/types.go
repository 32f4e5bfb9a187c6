package enum

import "io"

// Level is the exam level (初级/中级/高级).
type Level string

const (
	LevelJunior       Level = "JUNIOR"
	LevelIntermediate Level = "INTERMEDIATE"
	LevelSenior       Level = "SENIOR"
)

var levelOrder = []Level{LevelJunior, LevelIntermediate, LevelSenior}
var levelLabels = map[Level]string{LevelJunior: "初级", LevelIntermediate: "中级", LevelSenior: "高级"}

func (Level) Values() []string              { return keys(levelOrder) }
func (v Level) Label() string               { return label(levelLabels, v) }
func (v Level) MarshalGQL(w io.Writer)      { marshal(w, v) }
func (v *Level) UnmarshalGQL(x any) error   { return unmarshal(v, x) }
func LevelFromLabel(s string) (Level, bool) { return fromLabel(levelLabels, s) }

// Half is the half-year of an exam session.
type Half string

const (
	HalfFirst  Half = "FIRST"
	HalfSecond Half = "SECOND"
)

var halfOrder = []Half{HalfFirst, HalfSecond}
var halfLabels = map[Half]string{HalfFirst: "上半年", HalfSecond: "下半年"}

func (Half) Values() []string            { return keys(halfOrder) }
func (v Half) Label() string             { return label(halfLabels, v) }
func (v Half) MarshalGQL(w io.Writer)    { marshal(w, v) }
func (v *Half) UnmarshalGQL(x any) error { return unmarshal(v, x) }

// MaterialKind is a kind of review material a non-local candidate may upload.
type MaterialKind string

const (
	MaterialResidencePermit MaterialKind = "RESIDENCE_PERMIT"
	MaterialSocialSecurity  MaterialKind = "SOCIAL_SECURITY"
	MaterialWorkProof       MaterialKind = "WORK_PROOF"
	MaterialOther           MaterialKind = "OTHER"
)

var materialOrder = []MaterialKind{MaterialResidencePermit, MaterialSocialSecurity, MaterialWorkProof, MaterialOther}
var materialLabels = map[MaterialKind]string{
	MaterialResidencePermit: "居住证", MaterialSocialSecurity: "社保缴纳记录",
	MaterialWorkProof: "工作证明", MaterialOther: "其他材料",
}

func (MaterialKind) Values() []string            { return keys(materialOrder) }
func (v MaterialKind) Label() string             { return label(materialLabels, v) }
func (v MaterialKind) MarshalGQL(w io.Writer)    { marshal(w, v) }
func (v *MaterialKind) UnmarshalGQL(x any) error { return unmarshal(v, x) }

// IDType is an identity document type that 国家网络身份认证 accepts.
type IDType string

const (
	IDResident         IDType = "RESIDENT_ID"
	IDHKMacaoResidence IDType = "HK_MACAO_RESIDENCE_PERMIT"
	IDTaiwanResidence  IDType = "TAIWAN_RESIDENCE_PERMIT"
	IDForeignPermanent IDType = "FOREIGN_PERMANENT_RESIDENT_ID"
	IDHKMacaoPass      IDType = "HK_MACAO_TRAVEL_PERMIT"
	IDTaiwanPass       IDType = "TAIWAN_TRAVEL_PERMIT"
	IDPassport         IDType = "CHINESE_PASSPORT"
)

var idTypeOrder = []IDType{IDResident, IDHKMacaoResidence, IDTaiwanResidence, IDForeignPermanent, IDHKMacaoPass, IDTaiwanPass, IDPassport}
var idTypeLabels = map[IDType]string{
	IDResident: "居民身份证", IDHKMacaoResidence: "港澳居民居住证", IDTaiwanResidence: "台湾居民居住证",
	IDForeignPermanent: "外国人永久居留身份证", IDHKMacaoPass: "港澳居民来往内地通行证",
	IDTaiwanPass: "台湾居民来往大陆通行证", IDPassport: "中国护照",
}

func (IDType) Values() []string            { return keys(idTypeOrder) }
func (v IDType) Label() string             { return label(idTypeLabels, v) }
func (v IDType) MarshalGQL(w io.Writer)    { marshal(w, v) }
func (v *IDType) UnmarshalGQL(x any) error { return unmarshal(v, x) }

// ApplicationStatus is the stored state of an application (conventions).
type ApplicationStatus string

const (
	StatusDraft           ApplicationStatus = "DRAFT"
	StatusSubmitted       ApplicationStatus = "SUBMITTED"
	StatusPendingReview   ApplicationStatus = "PENDING_REVIEW"
	StatusRejected        ApplicationStatus = "REJECTED"
	StatusAwaitingPayment ApplicationStatus = "AWAITING_PAYMENT"
	StatusRegistered      ApplicationStatus = "REGISTERED"
	StatusWithdrawn       ApplicationStatus = "WITHDRAWN"
	StatusLapsed          ApplicationStatus = "LAPSED"
	// StatusRefunded: a region admin refunded a registration (a cancelled
	// exam); the one way out of REGISTERED (conventions).
	StatusRefunded ApplicationStatus = "REFUNDED"
)

var statusOrder = []ApplicationStatus{StatusDraft, StatusSubmitted, StatusPendingReview, StatusRejected, StatusAwaitingPayment, StatusRegistered, StatusWithdrawn, StatusLapsed, StatusRefunded}
var statusLabels = map[ApplicationStatus]string{
	StatusDraft: "草稿", StatusSubmitted: "已提交", StatusPendingReview: "待审核", StatusRejected: "审核未通过",
	StatusAwaitingPayment: "待缴费", StatusRegistered: "报名成功", StatusWithdrawn: "已撤回", StatusLapsed: "已失效",
	StatusRefunded: "已退费",
}

func (ApplicationStatus) Values() []string            { return keys(statusOrder) }
func (v ApplicationStatus) Label() string             { return label(statusLabels, v) }
func (v ApplicationStatus) MarshalGQL(w io.Writer)    { marshal(w, v) }
func (v *ApplicationStatus) UnmarshalGQL(x any) error { return unmarshal(v, x) }

// Live reports whether the application still counts as the candidate's one per session.
func (v ApplicationStatus) Live() bool { return v != StatusWithdrawn && v != StatusLapsed }

// Editable reports whether the candidate may change form, photo and materials.
func (v ApplicationStatus) Editable() bool { return v == StatusDraft || v == StatusRejected }

// Role is a staff role.
type Role string

const (
	RoleReviewer      Role = "REVIEWER"
	RoleRegionAdmin   Role = "REGION_ADMIN"
	RoleNationalAdmin Role = "NATIONAL_ADMIN"
	// RoleExamStaff checks tickets at the door of a region's sites (all, or
	// the ones its account names) and sees nothing else.
	RoleExamStaff Role = "EXAM_STAFF"
)

var roleOrder = []Role{RoleReviewer, RoleRegionAdmin, RoleNationalAdmin, RoleExamStaff}
var roleLabels = map[Role]string{RoleReviewer: "审核员", RoleRegionAdmin: "地区管理员", RoleNationalAdmin: "全国管理员",
	RoleExamStaff: "考务人员"}

func (Role) Values() []string            { return keys(roleOrder) }
func (v Role) Label() string             { return label(roleLabels, v) }
func (v Role) MarshalGQL(w io.Writer)    { marshal(w, v) }
func (v *Role) UnmarshalGQL(x any) error { return unmarshal(v, x) }

func fromLabel[T ~string](labels map[T]string, s string) (T, bool) {
	for k, l := range labels {
		if l == s {
			return k, true
		}
	}
	var zero T
	return zero, false
}
