package rights

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"strings"
	"time"

	"github.com/ruankao/ruankao/ent"
	"github.com/ruankao/ruankao/ent/absenteeban"
	"github.com/ruankao/ruankao/ent/admissionticket"
	"github.com/ruankao/ruankao/ent/application"
	"github.com/ruankao/ruankao/ent/auditlog"
	"github.com/ruankao/ruankao/ent/authsession"
	"github.com/ruankao/ruankao/ent/certificate"
	"github.com/ruankao/ruankao/ent/consentrecord"
	"github.com/ruankao/ruankao/ent/datarequest"
	"github.com/ruankao/ruankao/ent/delivery"
	"github.com/ruankao/ruankao/ent/examarea"
	"github.com/ruankao/ruankao/ent/examroom"
	"github.com/ruankao/ruankao/ent/examsession"
	"github.com/ruankao/ruankao/ent/examsite"
	"github.com/ruankao/ruankao/ent/message"
	"github.com/ruankao/ruankao/ent/paymentorder"
	"github.com/ruankao/ruankao/ent/qualification"
	"github.com/ruankao/ruankao/ent/region"
	"github.com/ruankao/ruankao/ent/schema/pulid"
	"github.com/ruankao/ruankao/ent/score"
	"github.com/ruankao/ruankao/ent/statechange"
	"github.com/ruankao/ruankao/ent/storedfile"
	"github.com/ruankao/ruankao/ent/subject"
	"github.com/ruankao/ruankao/internal/civil"
	"github.com/ruankao/ruankao/internal/clock"
	"github.com/ruankao/ruankao/internal/txn"
	"github.com/ruankao/ruankao/internal/viewer"
)

// Download names: where GET serves the export, and the signed URL's kind.
const (
	ExportPath = "/privacy/export/"
	ExportKind = "privacy-export"
	// Format names the export's layout, so a reader knows what it holds.
	Format = "ruankao.personal-data-export/1"
)

// ExportFileName is what the download is called.
func ExportFileName(now time.Time) string {
	return "个人信息-" + now.In(clock.Shanghai).Format("20060102-150405") + ".json"
}

// Export records the candidate's export (a DataRequest of kind EXPORT,
// DONE at once, and an audit entry under the regions they applied in — its
// own short transaction, before any byte goes out) and returns the JSON of
// everything held about them. Every read of their records runs as the
// candidate, so the privacy policies keep anyone else's rows out; the
// tables a candidate cannot read (login sessions, deliveries, the audit
// log) are read as the system, filtered to their own ids.
func (s *Service) Export(ctx context.Context) ([]byte, error) {
	v, err := candidateOnly(ctx)
	if err != nil {
		return nil, err
	}
	var req *ent.DataRequest
	err = txn.Run(ctx, s.Client, func(ctx context.Context, c *ent.Client) error {
		reg, err := regionOf(ctx, c, v.ID)
		if err != nil {
			return err
		}
		now := clock.Now(ctx)
		req, err = c.DataRequest.Create().SetCandidateID(v.ID).SetNillableRegionID(reg).SetKind(datarequest.KindEXPORT).
			SetStatus(datarequest.StatusDONE).SetDecidedAt(now).SetDoneAt(now).Save(ctx)
		if err != nil {
			return err
		}
		return s.Retention.AuditRequest(ctx, c, req, "privacy.export", nil)
	})
	if err != nil {
		return nil, err
	}
	doc, err := s.build(ctx, v.ID)
	if err != nil {
		return nil, err
	}
	var b bytes.Buffer
	enc := json.NewEncoder(&b)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	if err := enc.Encode(doc); err != nil {
		return nil, err
	}
	return b.Bytes(), nil
}

// obj keeps a record's fields in the order they are added.
type obj struct {
	keys []string
	vals map[string]any
}

func newObj() *obj { return &obj{vals: map[string]any{}} }

func (o *obj) set(k string, v any) *obj {
	if _, ok := o.vals[k]; !ok {
		o.keys = append(o.keys, k)
	}
	o.vals[k] = v
	return o
}

func (o *obj) MarshalJSON() ([]byte, error) {
	var b bytes.Buffer
	b.WriteByte('{')
	for i, k := range o.keys {
		if i > 0 {
			b.WriteByte(',')
		}
		kb, _ := json.Marshal(k)
		b.Write(kb)
		b.WriteByte(':')
		var vb bytes.Buffer
		enc := json.NewEncoder(&vb)
		enc.SetEscapeHTML(false)
		if err := enc.Encode(o.vals[k]); err != nil {
			return nil, err
		}
		b.Write(bytes.TrimRight(vb.Bytes(), "\n"))
	}
	b.WriteByte('}')
	return b.Bytes(), nil
}

func at(t *time.Time) any {
	if t == nil {
		return nil
	}
	return t.In(clock.Shanghai).Format(time.RFC3339)
}

func when(t time.Time) any { return at(&t) }

func day(d *civil.Date) any {
	if d == nil {
		return nil
	}
	return d.String()
}

// names are the catalog's names the export shows beside ids.
type names struct {
	sessions, regions, areas, quals, subjects, rooms, sites map[pulid.ID]string
}

func (s *Service) build(ctx context.Context, me pulid.ID) (*obj, error) {
	sys := viewer.SystemContext(ctx)
	c := s.Client
	now := clock.Now(ctx)
	cand, err := c.Candidate.Get(ctx, me)
	if err != nil {
		return nil, err
	}
	idNumber := ""
	if s.Keys != nil {
		if idNumber, err = s.Keys.Decrypt(cand.IDNumberEnc, string(cand.IDType)); err != nil {
			idNumber = "" // an anonymised candidate's is empty
		}
	}
	doc := newObj().set("format", Format).set("generatedAt", when(now)).
		set("notice", "本文件是报名系统中与您本人有关的全部个人信息的副本（《个人信息保护法》第四十五条），包括报名表、照片和材料的记录、缴费、准考证、成绩、证书、消息、登录记录、个人信息请求，以及考试机构工作人员和系统对这些记录的操作记录。照片和材料的文件本身请登录后在报名页面下载。请妥善保管本文件。")

	profile := newObj().set("id", cand.ID).set("name", cand.Name).set("idType", cand.IDType).
		set("idTypeLabel", cand.IDType.Label()).set("idNumber", idNumber).set("idNumberMasked", cand.IDNumberMasked)
	if cand.Gender != nil {
		profile.set("gender", cand.Gender.String())
	} else {
		profile.set("gender", nil)
	}
	profile.set("birthDate", day(cand.BirthDate)).set("identityProvider", cand.Provider).
		set("privacyNoticeVersion", cand.PrivacyNoticeVersion).set("privacyNoticeAcceptedAt", at(cand.PrivacyAcceptedAt)).
		set("smsOptOut", cand.SmsOptOut).set("createdAt", when(cand.CreatedAt)).set("lastLoginAt", at(cand.LastLoginAt)).
		set("sensitiveConsentVersion", cand.SensitiveConsentVersion).set("sensitiveConsentAt", at(cand.SensitiveConsentAt)).
		set("anonymizedAt", at(cand.AnonymizedAt))
	doc.set("candidate", profile)

	// What they agreed to and withdrew, as the evidence rows hold it: the
	// candidate is owed this record as much as the office is.
	consents, err := c.ConsentRecord.Query().Where(consentrecord.CandidateID(me)).
		Order(ent.Asc(consentrecord.FieldCreatedAt), ent.Asc(consentrecord.FieldID)).All(ctx)
	if err != nil {
		return nil, err
	}
	consentList := make([]any, 0, len(consents))
	for _, r := range consents {
		consentList = append(consentList, newObj().set("at", when(r.CreatedAt)).set("action", r.Action.String()).
			set("noticeVersion", r.NoticeVersion).set("general", r.General).set("sensitive", r.Sensitive).
			set("clientIp", r.ClientIP).set("userAgent", r.UserAgent))
	}
	doc.set("consentRecords", consentList)

	apps, err := c.Application.Query().Where(application.CandidateID(me)).
		WithHistory(func(q *ent.StateChangeQuery) {
			q.Order(ent.Asc(statechange.FieldCreatedAt), ent.Asc(statechange.FieldID))
		}).
		WithDecisions().Order(ent.Asc(application.FieldCreatedAt), ent.Asc(application.FieldID)).All(ctx)
	if err != nil {
		return nil, err
	}
	appIDs := make([]pulid.ID, len(apps))
	for i, a := range apps {
		appIDs[i] = a.ID
	}
	orders, err := c.PaymentOrder.Query().Where(paymentorder.ApplicationIDIn(appIDs...)).
		Order(ent.Asc(paymentorder.FieldCreatedAt), ent.Asc(paymentorder.FieldID)).All(ctx)
	if err != nil {
		return nil, err
	}
	tickets, err := c.AdmissionTicket.Query().Where(admissionticket.ApplicationIDIn(appIDs...)).All(ctx)
	if err != nil {
		return nil, err
	}
	scores, err := c.Score.Query().Where(score.ApplicationIDIn(appIDs...)).All(ctx) // released sessions only (authz.Scores)
	if err != nil {
		return nil, err
	}
	certs, err := c.Certificate.Query().Where(certificate.CandidateID(me)).All(ctx)
	if err != nil {
		return nil, err
	}
	bans, err := c.AbsenteeBan.Query().Where(absenteeban.CandidateID(me)).All(ctx)
	if err != nil {
		return nil, err
	}
	stored, err := c.StoredFile.Query().Where(storedfile.OwnerID(me)).Order(ent.Asc(storedfile.FieldCreatedAt)).All(ctx)
	if err != nil {
		return nil, err
	}
	msgs, err := c.Message.Query().Where(message.CandidateID(me)).Order(ent.Asc(message.FieldCreatedAt), ent.Asc(message.FieldID)).All(ctx)
	if err != nil {
		return nil, err
	}
	reqs, err := c.DataRequest.Query().Where(datarequest.CandidateID(me)).Order(ent.Asc(datarequest.FieldCreatedAt)).All(ctx)
	if err != nil {
		return nil, err
	}
	n, err := s.names(sys, apps, tickets, scores, certs)
	if err != nil {
		return nil, err
	}

	byApp := func(id pulid.ID) string { return string(id) }
	ordersOf, ticketsOf, scoresOf := map[string][]any{}, map[string][]any{}, map[string][]any{}
	for _, o := range orders {
		ordersOf[byApp(o.ApplicationID)] = append(ordersOf[byApp(o.ApplicationID)], newObj().set("id", o.ID).
			set("outTradeNo", o.OutTradeNo).set("amountFen", o.AmountFen).set("status", o.Status.String()).
			set("provider", o.Provider).set("createdAt", when(o.CreatedAt)).set("expiresAt", when(o.ExpiresAt)).
			set("paidAt", at(o.PaidAt)).set("closedAt", at(o.ClosedAt)).set("receiptNo", o.ReceiptNo).
			set("refundDue", o.RefundDue).set("refundNo", o.RefundNo).set("refundStatus", o.RefundStatus).
			set("refundReason", o.RefundReason).set("refundedAt", at(o.RefundedAt)))
	}
	for _, t := range tickets {
		ticketsOf[byApp(t.ApplicationID)] = append(ticketsOf[byApp(t.ApplicationID)], newObj().set("id", t.ID).
			set("ticketNumber", t.TicketNumber).set("site", n.sites[t.SiteID]).set("room", n.rooms[t.RoomID]).
			set("seat", t.Seat).set("firstPrintedAt", at(t.FirstPrintedAt)))
	}
	for _, sc := range scores {
		scoresOf[byApp(sc.ApplicationID)] = append(scoresOf[byApp(sc.ApplicationID)], newObj().
			set("subject", n.subjects[sc.SubjectID]).set("points", sc.Points).set("absent", sc.Absent))
	}
	materialsOf := map[string][]any{}
	files := make([]any, 0, len(stored))
	for _, f := range stored {
		o := newObj().set("id", f.ID).set("kind", f.Kind.String()).set("contentType", f.ContentType).
			set("sizeBytes", f.SizeBytes).set("originalName", f.OriginalName).set("width", f.Width).set("height", f.Height).
			set("createdAt", when(f.CreatedAt))
		if f.MaterialKind != nil {
			o.set("materialKind", f.MaterialKind.Label())
		}
		if f.ApplicationID != nil {
			o.set("applicationId", *f.ApplicationID)
			materialsOf[string(*f.ApplicationID)] = append(materialsOf[string(*f.ApplicationID)], f.ID)
		}
		files = append(files, o)
	}

	list := make([]any, 0, len(apps))
	for _, a := range apps {
		o := newObj().set("id", a.ID).set("session", n.sessions[a.SessionID]).set("region", n.regions[a.RegionID])
		if a.AreaID != nil {
			o.set("examArea", n.areas[*a.AreaID])
		} else {
			o.set("examArea", nil)
		}
		if a.QualificationID != nil {
			o.set("qualification", n.quals[*a.QualificationID])
		} else {
			o.set("qualification", nil)
		}
		o.set("status", a.Status).set("statusLabel", a.Status.Label()).set("version", a.Version).
			set("name", a.Name).set("idType", a.IDType).set("gender", a.Gender).set("birthDate", day(a.BirthDate)).
			set("age", a.Age).set("hukouCode", a.HukouCode).set("title", a.Title).set("titleDate", day(a.TitleDate)).
			set("employment", a.Employment).set("workUnit", a.WorkUnit).set("workStartDate", day(a.WorkStartDate)).
			set("education", a.Education).set("degree", a.Degree).set("graduationDate", day(a.GraduationDate)).
			set("majorRelation", a.MajorRelation).set("majorName", a.MajorName).set("address", a.Address).
			set("email", a.Email).set("mobile", a.Mobile).set("landline", a.Landline).set("postcode", a.Postcode).
			set("photoId", a.PhotoID).set("materialIds", nonNil(materialsOf[string(a.ID)])).
			set("commitmentAcceptedAt", at(a.CommitmentAcceptedAt)).set("nonLocal", a.NonLocal).
			set("feeTotalFen", a.FeeTotalFen).set("createdAt", when(a.CreatedAt)).set("submittedAt", at(a.SubmittedAt)).
			set("reviewStartedAt", at(a.ReviewStartedAt)).set("reviewDeadlineAt", at(a.ReviewDeadlineAt)).
			set("decidedAt", at(a.DecidedAt)).set("registeredAt", at(a.RegisteredAt)).set("closedAt", at(a.ClosedAt)).
			set("lapseReason", a.LapseReason)
		history := make([]any, 0, len(a.Edges.History))
		for _, h := range a.Edges.History {
			history = append(history, newObj().set("at", when(h.CreatedAt)).set("from", h.FromStatus).set("to", h.ToStatus).
				set("by", actorLabel(h.ActorKind.String())).set("reason", h.Reason))
		}
		decisions := make([]any, 0, len(a.Edges.Decisions))
		for _, d := range a.Edges.Decisions {
			decisions = append(decisions, newObj().set("at", when(d.CreatedAt)).set("decision", d.Decision.String()).
				set("reasonCodes", nonNilStrings(d.ReasonCodes)).set("note", d.Note))
		}
		o.set("history", history).set("reviewDecisions", decisions).set("paymentOrders", nonNil(ordersOf[string(a.ID)])).
			set("admissionTickets", nonNil(ticketsOf[string(a.ID)])).set("scores", nonNil(scoresOf[string(a.ID)]))
		list = append(list, o)
	}
	doc.set("applications", list).set("files", files)

	certList := make([]any, 0, len(certs))
	for _, ct := range certs {
		certList = append(certList, newObj().set("id", ct.ID).set("number", ct.Number).
			set("qualification", n.quals[ct.QualificationID]).set("session", n.sessions[ct.SessionID]).
			set("region", n.regions[ct.RegionID]).set("issuedOn", ct.IssuedOn.String()))
	}
	doc.set("certificates", certList)
	banList := make([]any, 0, len(bans))
	for _, b := range bans {
		banList = append(banList, newObj().set("id", b.ID).set("region", n.regions[b.RegionID]).
			set("missedSession", n.sessions[b.SourceSessionID]).set("reason", b.Reason).set("createdAt", when(b.CreatedAt)).
			set("liftedAt", at(b.LiftedAt)).set("liftReason", b.LiftReason))
	}
	doc.set("absenteeBans", banList)

	msgIDs := make([]pulid.ID, len(msgs))
	for i, m := range msgs {
		msgIDs[i] = m.ID
	}
	dels, err := c.Delivery.Query().Where(delivery.MessageIDIn(msgIDs...)).Order(ent.Asc(delivery.FieldCreatedAt)).All(sys)
	if err != nil {
		return nil, err
	}
	delsOf := map[pulid.ID][]any{}
	for _, d := range dels {
		delsOf[d.MessageID] = append(delsOf[d.MessageID], newObj().set("channel", d.Channel.String()).
			set("status", d.Status.String()).set("sentAt", at(d.SentAt)))
	}
	msgList := make([]any, 0, len(msgs))
	for _, m := range msgs {
		msgList = append(msgList, newObj().set("id", m.ID).set("kind", m.Kind.String()).set("applicationId", m.ApplicationID).
			set("subject", m.Subject).set("body", m.Body).set("createdAt", when(m.CreatedAt)).set("readAt", at(m.ReadAt)).
			set("deliveries", nonNil(delsOf[m.ID])))
	}
	doc.set("messages", msgList)

	sessions, err := c.AuthSession.Query().Where(authsession.CandidateID(me)).Order(ent.Asc(authsession.FieldCreatedAt)).All(sys)
	if err != nil {
		return nil, err
	}
	logins := make([]any, 0, len(sessions))
	for _, l := range sessions {
		logins = append(logins, newObj().set("createdAt", when(l.CreatedAt)).set("lastSeenAt", when(l.LastSeenAt)).
			set("expiresAt", when(l.ExpiresAt)).set("revokedAt", at(l.RevokedAt)).set("clientIp", l.ClientIP).
			set("userAgent", l.UserAgent))
	}
	doc.set("loginSessions", logins)

	reqList := make([]any, 0, len(reqs))
	for _, r := range reqs {
		reqList = append(reqList, newObj().set("id", r.ID).set("kind", r.Kind.String()).set("status", r.Status.String()).
			set("reason", r.Reason).set("decisionReason", r.DecisionReason).set("retentionCodes", nonNilStrings(r.RetentionCodes)).
			set("createdAt", when(r.CreatedAt)).set("decidedAt", at(r.DecidedAt)).set("doneAt", at(r.DoneAt)))
	}
	doc.set("dataRequests", reqList)

	// The audit trail: staff and job actions on any of the candidate's records.
	records := []string{string(me)}
	for _, id := range appIDs {
		records = append(records, string(id))
	}
	for _, o := range orders {
		records = append(records, string(o.ID))
	}
	for _, t := range tickets {
		records = append(records, string(t.ID))
	}
	for _, f := range stored {
		records = append(records, string(f.ID))
	}
	for _, ct := range certs {
		records = append(records, string(ct.ID))
	}
	for _, b := range bans {
		records = append(records, string(b.ID))
	}
	for _, r := range reqs {
		records = append(records, string(r.ID))
	}
	for _, m := range msgs {
		records = append(records, string(m.ID))
	}
	for _, r := range consents {
		records = append(records, string(r.ID))
	}
	trail, err := c.AuditLog.Query().Where(auditlog.RecordIDIn(records...)).
		Order(ent.Asc(auditlog.FieldCreatedAt), ent.Asc(auditlog.FieldID)).All(sys)
	if err != nil {
		return nil, err
	}
	entries := make([]any, 0, len(trail))
	seen := map[string]bool{}
	for _, e := range trail {
		// An entry written once per region (a read of a record two
		// regions see) is one action.
		key := e.Action + "|" + e.RecordID + "|" + e.RequestID + "|" + e.CreatedAt.String()
		if seen[key] {
			continue
		}
		seen[key] = true
		region := any(nil)
		if e.RegionID != nil {
			region = n.regionName(sys, c, *e.RegionID)
		}
		entries = append(entries, newObj().set("at", when(e.CreatedAt)).set("action", e.Action).
			set("by", auditActor(e)).set("region", region).set("recordType", e.RecordType).
			set("recordId", e.RecordID).set("before", cleanImage(e.Before)).set("after", cleanImage(e.After)))
	}
	doc.set("auditTrail", entries)
	return doc, nil
}

func nonNil(v []any) []any {
	if v == nil {
		return []any{}
	}
	return v
}

func nonNilStrings(v []string) []string {
	if v == nil {
		return []string{}
	}
	return v
}

func actorLabel(kind string) string {
	switch kind {
	case "CANDIDATE":
		return "考生本人"
	case "STAFF":
		return "考试机构工作人员"
	}
	return "系统"
}

// auditActor: staff, the candidate (their own requests), or the system.
func auditActor(e *ent.AuditLog) string {
	if e.ActorKind == auditlog.ActorKindSYSTEM && e.After["by"] == "CANDIDATE" {
		return actorLabel("CANDIDATE")
	}
	return actorLabel(e.ActorKind.String())
}

// cleanImage drops from an audit image what is about other people: which
// staff member acted (their ids), and where requests came from.
func cleanImage(m map[string]any) map[string]any {
	if len(m) == 0 {
		return nil
	}
	out := make(map[string]any, len(m))
	for k, v := range m {
		if k == "client_ip" || k == "request_id" || strings.Contains(k, "staff") ||
			(strings.HasSuffix(k, "_by_id") || strings.HasSuffix(k, "_by")) {
			continue
		}
		out[k] = v
	}
	return out
}

func (s *Service) names(sys context.Context, apps []*ent.Application, tickets []*ent.AdmissionTicket,
	scores []*ent.Score, certs []*ent.Certificate) (*names, error) {
	c := s.Client
	n := &names{sessions: map[pulid.ID]string{}, regions: map[pulid.ID]string{}, areas: map[pulid.ID]string{},
		quals: map[pulid.ID]string{}, subjects: map[pulid.ID]string{}, rooms: map[pulid.ID]string{}, sites: map[pulid.ID]string{}}
	var sess, regs, areas, quals, subs, rooms, sites []pulid.ID
	for _, a := range apps {
		sess, regs = append(sess, a.SessionID), append(regs, a.RegionID)
		if a.AreaID != nil {
			areas = append(areas, *a.AreaID)
		}
		if a.QualificationID != nil {
			quals = append(quals, *a.QualificationID)
		}
	}
	for _, t := range tickets {
		rooms, sites = append(rooms, t.RoomID), append(sites, t.SiteID)
	}
	for _, sc := range scores {
		subs = append(subs, sc.SubjectID)
	}
	for _, ct := range certs {
		quals, sess, regs = append(quals, ct.QualificationID), append(sess, ct.SessionID), append(regs, ct.RegionID)
	}
	ss, err := c.ExamSession.Query().Where(examsession.IDIn(sess...)).All(sys)
	if err != nil {
		return nil, err
	}
	for _, x := range ss {
		n.sessions[x.ID] = x.Code + " " + x.Name
	}
	rs, err := c.Region.Query().Where(region.IDIn(regs...)).All(sys)
	if err != nil {
		return nil, err
	}
	for _, x := range rs {
		n.regions[x.ID] = x.Name
	}
	as, err := c.ExamArea.Query().Where(examarea.IDIn(areas...)).All(sys)
	if err != nil {
		return nil, err
	}
	for _, x := range as {
		n.areas[x.ID] = x.Name
	}
	qs, err := c.Qualification.Query().Where(qualification.IDIn(quals...)).All(sys)
	if err != nil {
		return nil, err
	}
	for _, x := range qs {
		n.quals[x.ID] = x.Name + "（" + x.Code + "）"
	}
	sb, err := c.Subject.Query().Where(subject.IDIn(subs...)).All(sys)
	if err != nil {
		return nil, err
	}
	for _, x := range sb {
		n.subjects[x.ID] = x.Name
	}
	rm, err := c.ExamRoom.Query().Where(examroom.IDIn(rooms...)).All(sys)
	if err != nil {
		return nil, err
	}
	for _, x := range rm {
		n.rooms[x.ID] = x.Code
	}
	st, err := c.ExamSite.Query().Where(examsite.IDIn(sites...)).All(sys)
	if err != nil {
		return nil, err
	}
	for _, x := range st {
		n.sites[x.ID] = x.Name
	}
	return n, nil
}

func (n *names) regionName(sys context.Context, c *ent.Client, id pulid.ID) string {
	if name, ok := n.regions[id]; ok {
		return name
	}
	r, err := c.Region.Get(sys, id)
	if err != nil {
		return fmt.Sprint(id)
	}
	n.regions[id] = r.Name
	return r.Name
}
