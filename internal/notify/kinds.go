// Package notify tells candidates about every step that needs them: an
// outbox of messages written in the transaction of the event they tell of,
// a sender that delivers them by email and SMS with retries, the templates,
// and the simulators of --demo. README-notify.md has the design.
package notify

import "github.com/ruankao/ruankao/ent/message"

// Kind is the event a message tells of.
type Kind = message.Kind

const (
	ReviewPassed      = message.KindREVIEW_PASSED
	ReviewRejected    = message.KindREVIEW_REJECTED
	PaymentDue        = message.KindPAYMENT_DUE
	PaymentReceived   = message.KindPAYMENT_RECEIVED
	Lapsed            = message.KindLAPSED
	TicketReady       = message.KindTICKET_READY
	ScoresReleased    = message.KindSCORES_RELEASED
	CertificateIssued = message.KindCERTIFICATE_ISSUED
	AbsenteeBan       = message.KindABSENTEE_BAN
	Notice            = message.KindNOTICE
	ExamCancelled     = message.KindEXAM_CANCELLED
)

var labels = map[Kind]string{
	ReviewPassed: "审核通过", ReviewRejected: "审核未通过", PaymentDue: "待缴费", PaymentReceived: "缴费成功",
	Lapsed: "报名已失效", TicketReady: "准考证可打印", ScoresReleased: "成绩已发布", CertificateIssued: "证书已发放",
	AbsenteeBan: "缺考限报", Notice: "通知", ExamCancelled: "考试取消",
}

// Label is the kind in Chinese.
func Label(k Kind) string { return labels[k] }

// essential kinds go by SMS even to candidates who opted out: missing them
// costs the candidate the exam (the issue names lapses and tickets).
// A cancelled exam too: a candidate who misses it travels to a closed site.
func essential(k Kind) bool { return k == Lapsed || k == TicketReady || k == ExamCancelled }

// smsTemplates: the SMS provider's pre-approved template ids and, in order,
// the parameters each takes (Chinese providers send no free text). The ids
// are ours; a real provider's are mapped in its configuration.
var smsTemplates = map[Kind]struct {
	ID     string
	Params []string
}{
	ReviewPassed:      {"RK_REVIEW_PASSED", []string{"name", "qualification", "next"}},
	ReviewRejected:    {"RK_REVIEW_REJECTED", []string{"name", "qualification", "correctionDeadline"}},
	PaymentDue:        {"RK_PAYMENT_DUE", []string{"name", "qualification", "fee", "paymentDeadline"}},
	PaymentReceived:   {"RK_PAYMENT_RECEIVED", []string{"name", "qualification", "fee"}},
	Lapsed:            {"RK_LAPSED", []string{"name", "qualification"}},
	TicketReady:       {"RK_TICKET_READY", []string{"name", "qualification", "printOpens", "printCloses"}},
	ScoresReleased:    {"RK_SCORES_RELEASED", []string{"name", "session"}},
	CertificateIssued: {"RK_CERTIFICATE_ISSUED", []string{"name", "qualification"}},
	AbsenteeBan:       {"RK_ABSENTEE_BAN", []string{"name", "session"}},
	Notice:            {"RK_NOTICE", []string{"name", "region", "title"}},
	ExamCancelled:     {"RK_EXAM_CANCELLED", []string{"name", "session", "region", "refund"}},
}
