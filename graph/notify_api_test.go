package graph_test

import (
	"context"
	"fmt"
	"sync"
	"testing"
	"time"

	"github.com/ruankao/ruankao/ent/delivery"
	"github.com/ruankao/ruankao/ent/examarea"
	"github.com/ruankao/ruankao/ent/message"
	"github.com/ruankao/ruankao/internal/clock"
	"github.com/ruankao/ruankao/internal/notify"
	"github.com/ruankao/ruankao/internal/testenv"
)

// channels records what the sender sends, by address.
type channels struct {
	mu   sync.Mutex
	mail []notify.Email
	sms  []notify.SMS
}

func (c *channels) SendEmail(_ context.Context, e notify.Email) error {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.mail = append(c.mail, e)
	return nil
}

func (c *channels) SendSMS(_ context.Context, m notify.SMS) error {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.sms = append(c.sms, m)
	return nil
}

func drain(t *testing.T, env *testenv.Env, ch *channels) {
	t.Helper()
	s := &notify.Sender{Client: env.DB.Client, DB: env.DB.SQL, Dialect: env.DB.Dialect, Mailer: ch, SMS: ch}
	if _, err := s.RunOnce(clock.With(context.Background(), env.Clock)); err != nil {
		t.Fatal(err)
	}
}

const inboxQ = `query($u: Boolean) { myMessages(first: 10, unreadOnly: $u) { totalCount edges { node { id kind kindLabel subject body read readAt } } } myUnreadMessages }`

type inbox struct {
	MyMessages struct {
		TotalCount int
		Edges      []struct {
			Node struct {
				ID, Kind, KindLabel, Subject, Body string
				Read                               bool
			}
		}
	}
	MyUnreadMessages int
}

func TestNotifyInboxIsTheCandidatesOwn(t *testing.T) {
	env := testenv.Start(t, march)
	ps := people(2)
	a, aID := submitIn(t, env, ps[0], "210200", "大连考区", "210000", "ZJ02")
	b, _ := submitIn(t, env, ps[1], "210200", "大连考区", "210000", "ZJ02")
	dalian := env.LoginStaff(t, "dalian-reviewer")
	decide(t, env, dalian, approveQ, map[string]any{"id": aID, "v": 2})

	var got inbox
	env.MustAs(t, a.token, inboxQ, nil, &got)
	if got.MyMessages.TotalCount != 1 || got.MyUnreadMessages != 1 || got.MyMessages.Edges[0].Node.KindLabel != "审核通过" ||
		got.MyMessages.Edges[0].Node.Read {
		t.Fatalf("a's inbox: %+v", got)
	}
	msgID := got.MyMessages.Edges[0].Node.ID
	var other inbox
	env.MustAs(t, b.token, inboxQ, nil, &other)
	if other.MyMessages.TotalCount != 0 {
		t.Fatalf("b sees a's messages: %+v", other)
	}
	// Nor by node id, nor by marking it read.
	res := env.PostAs(t, b.token, `query($id: ID!) { node(id: $id) { id ... on Message { subject } } }`, map[string]any{"id": msgID})
	if res.Code() != "NOT_FOUND" {
		t.Fatalf("b's node(id:) of a's message: %s %+v", res.Data, res.Errors)
	}
	res = env.PostAs(t, b.token, `mutation($id: ID!) { markMessageRead(id: $id) { message { read } } }`, map[string]any{"id": msgID})
	if res.Code() != "NOT_FOUND" {
		t.Fatalf("b marks a's message: %+v", res.Errors)
	}
	// A reviewer has no inbox; a region admin of another region cannot resend it.
	if res := env.PostAs(t, dalian, inboxQ, nil); res.Code() != "FORBIDDEN" {
		t.Fatalf("staff inbox: %+v", res.Errors)
	}
	liaoning := env.LoginStaff(t, "liaoning-admin")
	if res := env.PostAs(t, liaoning, `mutation($id: ID!) { resendMessage(id: $id) { requeued } }`, map[string]any{"id": msgID}); res.Code() != "NOT_FOUND" {
		t.Fatalf("another region's resend: %+v", res.Errors)
	}
	var marked struct {
		MarkMessageRead struct{ Message struct{ Read bool } }
	}
	env.MustAs(t, a.token, `mutation($id: ID!) { markMessageRead(id: $id) { message { read } } }`, map[string]any{"id": msgID}, &marked)
	env.MustAs(t, a.token, inboxQ, map[string]any{"u": true}, &got)
	if !marked.MarkMessageRead.Message.Read || got.MyMessages.TotalCount != 0 || got.MyUnreadMessages != 0 {
		t.Fatalf("after reading: %+v %+v", marked, got)
	}
}

func TestNotifyDeliveryStatisticsResendAndOptOut(t *testing.T) {
	env := testenv.Start(t, march)
	ps := people(2)
	a, aID := submitIn(t, env, ps[0], "210200", "大连考区", "210000", "ZJ02")
	_, bID := submitIn(t, env, ps[1], "210200", "大连考区", "210000", "ZJ02")
	env.MustAs(t, a.token, `mutation { setSmsOptOut(optOut: true) { smsOptOut } }`, nil, &map[string]any{})
	dalian := env.LoginStaff(t, "dalian-reviewer")
	decide(t, env, dalian, approveQ, map[string]any{"id": aID, "v": 2})
	decide(t, env, dalian, approveQ, map[string]any{"id": bID, "v": 2})
	ch := &channels{}
	drain(t, env, ch)
	if len(ch.mail) != 2 || len(ch.sms) != 1 {
		t.Fatalf("sent %d mails, %d SMS; want 2 and 1 (a opted out of SMS)", len(ch.mail), len(ch.sms))
	}
	if ch.sms[0].TemplateID != "RK_REVIEW_PASSED" || len(ch.sms[0].Params) == 0 {
		t.Fatalf("SMS: %+v", ch.sms[0])
	}
	// The lapse is essential: it reaches a by SMS despite the opt-out.
	env.Clock.Advance(200 * 24 * time.Hour)
	env.MustAs(t, env.LoginStaff(t, "dalian-admin"), `query($id: ID!) { node(id: $id) { ... on Application { status } } }`, map[string]any{"id": aID}, &map[string]any{})
	drain(t, env, ch)
	if len(ch.sms) != 2 || ch.sms[1].TemplateID != "RK_LAPSED" {
		t.Fatalf("lapse SMS: %+v", ch.sms)
	}

	admin := env.LoginStaff(t, "dalian-admin")
	var st struct {
		DeliveryStatistics []struct {
			Channel, Status string
			Count           int
		}
	}
	env.MustAs(t, admin, `{ deliveryStatistics { channel status count } }`, nil, &st)
	counts := map[string]int{}
	for _, s := range st.DeliveryStatistics {
		counts[s.Channel+"/"+s.Status] = s.Count
	}
	if counts["EMAIL/SENT"] != 3 || counts["SMS/SENT"] != 2 || counts["SMS/SKIPPED"] != 1 {
		t.Fatalf("statistics: %+v", counts)
	}
	env.MustAs(t, env.LoginStaff(t, "liaoning-admin"), `{ deliveryStatistics { channel status count } }`, nil, &st)
	if len(st.DeliveryStatistics) != 0 {
		t.Fatalf("辽宁 sees 大连's deliveries: %+v", st)
	}
	if res := env.PostAs(t, env.LoginStaff(t, "dalian-reviewer"), `{ deliveryStatistics { count } }`, nil); res.Code() != "FORBIDDEN" {
		t.Fatalf("a reviewer: %+v", res.Errors)
	}

	// A failure is visible with its error and resent.
	sys := testenv.System()
	d := env.DB.Client.Delivery.Query().Where(delivery.ChannelEQ(delivery.ChannelEMAIL)).FirstX(sys)
	d.Update().SetStatus(delivery.StatusFAILED).SetLastError("550 no such mailbox").ExecX(sys)
	var fl struct {
		DeliveryFailures []struct {
			Channel, LastError, AddressMasked string
			Message                           struct{ ID string }
		}
	}
	env.MustAs(t, admin, `{ deliveryFailures { channel lastError addressMasked message { id } } }`, nil, &fl)
	if len(fl.DeliveryFailures) != 1 || fl.DeliveryFailures[0].LastError == "" || fl.DeliveryFailures[0].AddressMasked == "" {
		t.Fatalf("failures: %+v", fl)
	}
	var rs struct{ ResendMessage struct{ Requeued int } }
	env.MustAs(t, admin, `mutation($id: ID!) { resendMessage(id: $id) { requeued } }`, map[string]any{"id": fl.DeliveryFailures[0].Message.ID}, &rs)
	if rs.ResendMessage.Requeued != 1 {
		t.Fatalf("resend: %+v", rs)
	}
	before := len(ch.mail)
	drain(t, env, ch)
	if len(ch.mail) != before+1 || ch.mail[len(ch.mail)-1].IdempotencyKey != d.IdempotencyKey {
		t.Fatalf("resent mail: %d → %d", before, len(ch.mail))
	}
}

func TestNotifyBulkNoticeReachesExactlyTheFilteredSet(t *testing.T) {
	env := testenv.Start(t, march)
	ps := people(5)
	var shenyang, jinzhou []string
	for i, p := range ps[:4] {
		area := "沈阳考区"
		if i%2 == 1 {
			area = "锦州考区"
		}
		_, id := submitIn(t, env, p, "210000", area, "210000", "ZJ02")
		if i%2 == 1 {
			jinzhou = append(jinzhou, id)
		} else {
			shenyang = append(shenyang, id)
		}
	}
	submitIn(t, env, ps[4], "210200", "大连考区", "210000", "ZJ02") // another region
	sys := testenv.System()
	area := env.DB.Client.ExamArea.Query().Where(examarea.Name("锦州考区")).OnlyX(sys)
	admin := env.LoginStaff(t, "liaoning-admin")
	aud := map[string]any{"sessionCode": "DEMO-OPEN", "areaId": string(area.ID), "regionCode": "210200"}
	var pv struct{ PreviewNotice int }
	env.MustAs(t, admin, `query($a: NoticeAudienceInput!) { previewNotice(audience: $a) }`, map[string]any{"a": aud}, &pv)
	if pv.PreviewNotice != len(jinzhou) {
		t.Fatalf("preview: %d, want %d", pv.PreviewNotice, len(jinzhou))
	}
	// 大连's admin cannot aim at 辽宁's area.
	if res := env.PostAs(t, env.LoginStaff(t, "dalian-admin"), `query($a: NoticeAudienceInput!) { previewNotice(audience: $a) }`, map[string]any{"a": aud}); res.Code() != "BAD_REQUEST" {
		t.Fatalf("another region's area: %s %+v", res.Data, res.Errors)
	}
	var sent struct {
		SendNotice struct {
			Recipients int
			UserErrors []struct{ Code string }
		}
	}
	env.MustAs(t, admin, `mutation($a: NoticeAudienceInput!) { sendNotice(input: {audience: $a, title: "锦州考区考点变更", body: "渤海大学考点改至新校区，请留意准考证上的地址。"}) { recipients userErrors { code } } }`,
		map[string]any{"a": aud}, &sent)
	if sent.SendNotice.Recipients != len(jinzhou) || len(sent.SendNotice.UserErrors) != 0 {
		t.Fatalf("send: %+v", sent)
	}
	ch := &channels{}
	drain(t, env, ch)
	notices := env.DB.Client.Message.Query().Where(message.KindEQ(notify.Notice)).AllX(sys)
	got := map[string]bool{}
	for _, m := range notices {
		got[string(*m.ApplicationID)] = true
	}
	if len(notices) != len(jinzhou) || !got[jinzhou[0]] || !got[jinzhou[1]] {
		t.Fatalf("notice messages: %d for %v, want %v", len(notices), got, jinzhou)
	}
	if len(ch.sms) != len(jinzhou) || ch.sms[0].TemplateID != "RK_NOTICE" {
		t.Fatalf("SMS: %+v", ch.sms)
	}
	var logs struct {
		AuditLogs struct{ TotalCount int }
	}
	env.MustAs(t, admin, `{ auditLogs(action: "notice.send") { totalCount } }`, nil, &logs)
	if logs.AuditLogs.TotalCount != 1 {
		t.Fatalf("audit: %+v", logs)
	}
	// The notice's own figures: its messages and deliveries, not the region's.
	const sentQ = `query($r: String) { sentNotices(regionCode: $r) { title text sentBy messages expanded area { name } session { code } deliveries { channel status count } } }`
	type sentView struct {
		Title, Text, SentBy string
		Messages            int
		Expanded            bool
		Area                *struct{ Name string }
		Session             struct{ Code string }
		Deliveries          []struct {
			Channel, Status string
			Count           int
		}
	}
	var mine struct{ SentNotices []sentView }
	env.MustAs(t, admin, sentQ, nil, &mine)
	if len(mine.SentNotices) != 1 {
		t.Fatalf("sent notices: %+v", mine)
	}
	n := mine.SentNotices[0]
	if n.Title != "锦州考区考点变更" || n.SentBy != "辽宁省管理员（演示）" || n.Messages != len(jinzhou) || !n.Expanded ||
		n.Area == nil || n.Area.Name != "锦州考区" || n.Session.Code != "DEMO-OPEN" {
		t.Errorf("the sent notice: %+v", n)
	}
	want := map[string]int{}
	for _, d := range env.DB.Client.Delivery.Query().Where(delivery.HasMessageWith(message.KindEQ(notify.Notice))).AllX(sys) {
		want[string(d.Channel)+"/"+string(d.Status)]++
	}
	got2 := map[string]int{}
	for _, d := range n.Deliveries {
		got2[d.Channel+"/"+d.Status] += d.Count
	}
	if fmt.Sprint(got2) != fmt.Sprint(want) || got2["SMS/SENT"] != len(jinzhou) {
		t.Errorf("its deliveries: %v, want %v", got2, want)
	}
	var other struct{ SentNotices []sentView }
	env.MustAs(t, env.LoginStaff(t, "dalian-admin"), sentQ, map[string]any{"r": "210000"}, &other)
	if len(other.SentNotices) != 0 {
		t.Errorf("大连's admin sees 辽宁's notices: %+v", other)
	}
	env.MustAs(t, env.LoginStaff(t, "admin"), sentQ, map[string]any{"r": "210200"}, &other)
	if len(other.SentNotices) != 0 {
		t.Errorf("the national admin's 大连 view: %+v", other)
	}
	env.MustAs(t, env.LoginStaff(t, "admin"), sentQ, map[string]any{"r": "210000"}, &other)
	if len(other.SentNotices) != 1 {
		t.Errorf("the national admin's 辽宁 view: %+v", other)
	}
	if res := env.PostAs(t, env.LoginStaff(t, "liaoning-reviewer"), sentQ, nil); res.Code() != "FORBIDDEN" {
		t.Errorf("a reviewer: %s %+v", res.Data, res.Errors)
	}
	if res := env.Post(t, sentQ, nil); res.Code() != "UNAUTHENTICATED" && res.Code() != "FORBIDDEN" {
		t.Errorf("anonymous: %s %+v", res.Data, res.Errors)
	}
	// Rate-limited: a burst of notices is refused.
	limited := false
	for range 6 {
		res := env.PostAs(t, admin, `mutation($a: NoticeAudienceInput!) { sendNotice(input: {audience: $a, title: "t", body: "b"}) { recipients } }`, map[string]any{"a": aud})
		if res.Code() == "RATE_LIMITED" {
			limited = true
			break
		}
	}
	if !limited {
		t.Fatal("no rate limit on sendNotice")
	}
	_ = shenyang
}
