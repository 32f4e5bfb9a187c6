package retention_test

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/ruankao/ruankao/ent"
	"github.com/ruankao/ruankao/ent/application"
	"github.com/ruankao/ruankao/ent/auditlog"
	"github.com/ruankao/ruankao/ent/authsession"
	"github.com/ruankao/ruankao/ent/candidate"
	"github.com/ruankao/ruankao/ent/jobrun"
	"github.com/ruankao/ruankao/ent/message"
	"github.com/ruankao/ruankao/ent/paymentorder"
	"github.com/ruankao/ruankao/ent/qualification"
	"github.com/ruankao/ruankao/ent/region"
	"github.com/ruankao/ruankao/ent/reviewdecision"
	"github.com/ruankao/ruankao/ent/schema/pulid"
	"github.com/ruankao/ruankao/ent/storedfile"
	"github.com/ruankao/ruankao/ent/subject"
	"github.com/ruankao/ruankao/internal/civil"
	"github.com/ruankao/ruankao/internal/clock"
	"github.com/ruankao/ruankao/internal/enum"
	"github.com/ruankao/ruankao/internal/files"
	"github.com/ruankao/ruankao/internal/pii"
	"github.com/ruankao/ruankao/internal/retention"
	"github.com/ruankao/ruankao/internal/store"
	"github.com/ruankao/ruankao/internal/testenv"
	"github.com/ruankao/ruankao/internal/viewer"
)

func sh(s string) time.Time {
	t, err := time.ParseInLocation("2006-01-02 15:04:05", s, clock.Shanghai)
	if err != nil {
		panic(err)
	}
	return t.UTC()
}

// world is a database with sessions either side of the personal-data
// cut-off and candidates whose last activity straddles it.
type world struct {
	t     *testing.T
	db    *store.DB
	ctx   context.Context
	clk   *clock.Manual
	keys  *pii.Keys
	files *files.DirStore
	svc   *retention.Service
	reg   *ent.Region
	qual  *ent.Qualification
	subj  *ent.Subject
	seq   int
}

// now is 2030-06-15 10:00 in Shanghai: with the defaults, personal data of
// candidates last active before 2027-06-15 is past its period, audit
// entries written before 2029-06-15 10:00 too.
var now = sh("2030-06-15 10:00:00")

func newWorld(t *testing.T) *world {
	t.Helper()
	db := testenv.OpenDB(t)
	clk := clock.NewManual(now)
	ctx := clock.With(viewer.SystemContext(context.Background()), clk)
	keys, err := pii.NewKeys(pii.DevMasterKey())
	if err != nil {
		t.Fatal(err)
	}
	fs, err := files.NewDirStore(filepath.Join(t.TempDir(), "files"))
	if err != nil {
		t.Fatal(err)
	}
	w := &world{t: t, db: db, ctx: ctx, clk: clk, keys: keys, files: fs}
	w.svc = &retention.Service{Client: db.Client, DB: db.SQL, Reads: db.Reads(), Dialect: db.Dialect, Log: testenv.Logger(),
		Config: retention.Default(), Anon: &retention.Anonymiser{Dialect: db.Dialect, Keys: keys}, Files: fs}
	w.reg = db.Client.Region.Query().Where(region.Code("210000")).OnlyX(ctx)
	w.qual = db.Client.Qualification.Query().Where(qualification.Code("ZJ02")).OnlyX(ctx)
	w.subj = db.Client.Subject.Query().Where(subject.QualificationID(w.qual.ID)).FirstX(ctx)
	return w
}

// session makes a released session whose last exam day is last.
func (w *world) session(code, last string) *ent.ExamSession {
	d := civil.MustParse(last)
	day := d.Start(clock.Shanghai)
	return w.db.Client.ExamSession.Create().SetCode(code).SetName(code).SetYear(d.Year).SetHalf(enum.HalfFirst).
		SetRegistrationOpensAt(day.AddDate(0, -3, 0)).SetRegistrationClosesAt(day.AddDate(0, -2, 0)).
		SetTicketPrintOpensAt(day.AddDate(0, 0, -10)).SetTicketPrintClosesAt(day).
		SetFirstExamDay(d.AddDays(-1)).SetLastExamDay(d).SetScoreReleaseAt(day.AddDate(0, 1, 0)).SaveX(w.ctx)
}

type person struct {
	id     pulid.ID
	name   string
	number string
	apps   []pulid.ID
	photo  pulid.ID
	photoS string
}

// candidate makes a candidate created at created, last logged in at login
// (zero: never), with a photo of the given bytes.
func (w *world) candidate(name string, created, login time.Time, photo string) *person {
	w.seq++
	number := fmt.Sprintf("E%08d", w.seq)
	enc, err := w.keys.Encrypt(number, string(enum.IDPassport))
	if err != nil {
		w.t.Fatal(err)
	}
	c := w.db.Client.Candidate.Create().SetProvider("sim").SetSubject("sub-" + number).SetName(name).
		SetIDType(enum.IDPassport).SetIDNumberEnc(enc).SetIDNumberHash(w.keys.LookupHash(string(enum.IDPassport), number)).
		SetIDNumberMasked(pii.Mask(number)).SetGender(candidate.GenderFEMALE).SetBirthDate(ptr(civil.MustParse("1990-01-02"))).
		SetCreatedAt(created)
	if !login.IsZero() {
		c.SetLastLoginAt(login)
	}
	cand := c.SaveX(w.ctx)
	p := &person{id: cand.ID, name: name, number: number}
	if photo != "" {
		obj, err := w.files.Put(w.ctx, strings.NewReader(photo), 1<<20)
		if err != nil {
			w.t.Fatal(err)
		}
		p.photoS = obj.Sum
		p.photo = w.db.Client.StoredFile.Create().SetOwnerID(cand.ID).SetKind(storedfile.KindPHOTO).
			SetContentType("image/jpeg").SetSizeBytes(obj.Size).SetSha256(obj.Sum).SaveX(w.ctx).ID
	}
	w.db.Client.AuthSession.Create().SetTokenHash("tok-" + number).SetCandidateID(cand.ID).
		SetExpiresAt(created.Add(time.Hour)).SetLastSeenAt(created).ExecX(w.ctx)
	return p
}

// apply gives p a registered, paid, scored application in sess, with a
// material, a message and a review note.
func (w *world) apply(p *person, sess *ent.ExamSession, material string) *ent.Application {
	c := w.db.Client
	a := c.Application.Create().SetCandidateID(p.id).SetSessionID(sess.ID).SetRegionID(w.reg.ID).
		SetQualificationID(w.qual.ID).SetLevel(w.qual.Level).SetStatus(enum.StatusRegistered).SetName(p.name).
		SetIDType(enum.IDPassport).SetGender(application.GenderFEMALE).SetAge(30).SetBirthDate(ptr(civil.MustParse("1990-01-02"))).
		SetHukouCode("210000").SetEducation(application.EducationBACHELOR).SetEmployment(application.EmploymentEMPLOYED).
		SetWorkUnit("沈阳某软件公司").SetAddress("辽宁省沈阳市和平区南京北街 1 号").SetEmail(p.number + "@example.com").
		SetMobile("13800000000").SetPostcode("110001").SetMajorName("计算机科学与技术").SetNonLocal(false).
		SetSubmittedAt(sess.RegistrationOpensAt.Add(time.Hour)).SetRegisteredAt(sess.RegistrationOpensAt.Add(2 * time.Hour)).
		SetNillablePhotoID(nilIfEmpty(p.photo)).SaveX(w.ctx)
	p.apps = append(p.apps, a.ID)
	if material != "" {
		obj, err := w.files.Put(w.ctx, strings.NewReader(material), 1<<20)
		if err != nil {
			w.t.Fatal(err)
		}
		c.StoredFile.Create().SetOwnerID(p.id).SetKind(storedfile.KindMATERIAL).SetApplicationID(a.ID).
			SetContentType("application/pdf").SetSizeBytes(obj.Size).SetSha256(obj.Sum).ExecX(w.ctx)
	}
	receipt, err := w.files.Put(w.ctx, strings.NewReader("receipt of "+p.name), 1<<20)
	if err != nil {
		w.t.Fatal(err)
	}
	w.seq++
	c.PaymentOrder.Create().SetApplicationID(a.ID).SetOutTradeNo(fmt.Sprintf("RK%022d", w.seq)).SetAmountFen(6000).
		SetProvider("sim").SetExpiresAt(sess.RegistrationOpensAt).SetStatus("PAID").SetReceiptSha256(receipt.Sum).ExecX(w.ctx)
	c.Score.Create().SetApplicationID(a.ID).SetSubjectID(w.subj.ID).SetSessionID(sess.ID).SetPoints(50).ExecX(w.ctx)
	staff := w.reviewer()
	c.ReviewDecision.Create().SetApplicationID(a.ID).SetStaffID(staff).SetDecision("APPROVE").SetNote(p.name + " 照片清晰").
		SetApplicationVersion(1).ExecX(w.ctx)
	c.Message.Create().SetCandidateID(p.id).SetApplicationID(a.ID).SetRegionID(w.reg.ID).SetKind("REVIEW_PASSED").
		SetIdempotencyKey("m-" + string(a.ID)).SetParams(map[string]string{"name": p.name}).SetSubject(p.name + "，审核通过").
		SetBody(p.name + " 您好").ExecX(w.ctx)
	return a
}

func (w *world) reviewer() pulid.ID {
	if id, err := w.db.Client.StaffUser.Query().FirstID(w.ctx); err == nil {
		return id
	}
	return w.db.Client.StaffUser.Create().SetUsername("reviewer").SetDisplayName("审核员").SetRole(enum.RoleReviewer).
		SetRegionID(w.reg.ID).SetPasswordHash("x").SaveX(w.ctx).ID
}

func ptr[T any](v T) *T { return &v }

func nilIfEmpty(id pulid.ID) *pulid.ID {
	if id == "" {
		return nil
	}
	return &id
}

// counters is what the statistics read: stat_counts plus the deltas not
// yet folded, per cell.
func (w *world) counters() map[string]int64 {
	rows, err := w.db.SQL.QueryContext(w.ctx, `SELECT session_id, region_id, dim, item, sum(n) FROM
		(SELECT session_id, region_id, dim, item, n FROM stat_counts UNION ALL SELECT session_id, region_id, dim, item, n FROM stat_deltas) x
		GROUP BY session_id, region_id, dim, item`)
	if err != nil {
		w.t.Fatal(err)
	}
	defer rows.Close()
	out := map[string]int64{}
	for rows.Next() {
		var s, r, d, k string
		var n int64
		if err := rows.Scan(&s, &r, &d, &k, &n); err != nil {
			w.t.Fatal(err)
		}
		if n != 0 {
			out[s+"/"+r+"/"+d+"/"+k] = n
		}
	}
	return out
}

func TestRetentionDeletesExactlyWhatIsPastItsPeriod(t *testing.T) {
	w := newWorld(t)
	c := w.db.Client
	old := w.session("OLD", "2027-06-14")   // the day before the cut-off: past
	edge := w.session("EDGE", "2027-06-15") // the cut-off day itself: kept
	recent := w.session("NEW", "2029-11-01")
	long := sh("2026-01-01 09:00:00")

	gone := w.candidate("王过期", long, sh("2027-05-01 10:00:00"), "photo shared by content")
	w.apply(gone, old, "material of 王过期")
	kept := w.candidate("李边界", long, time.Time{}, "photo shared by content") // the same bytes: one object
	w.apply(kept, edge, "material of 李边界")
	again := w.candidate("张再考", long, time.Time{}, "photo of 张再考")
	w.apply(again, old, "")
	w.apply(again, recent, "")
	loginIn := w.candidate("赵登录", long, sh("2027-06-15 00:30:00"), "") // logged in on the cut-off day
	w.apply(loginIn, old, "")
	loginOut := w.candidate("钱未登", long, sh("2027-06-14 23:59:00"), "")
	w.apply(loginOut, old, "")
	holder := w.candidate("孙持证", long, time.Time{}, "photo of 孙持证")
	certified := w.apply(holder, old, "material of 孙持证")
	c.Certificate.Create().SetApplicationID(certified.ID).SetCandidateID(holder.id).SetQualificationID(w.qual.ID).
		SetSessionID(old.ID).SetRegionID(w.reg.ID).SetNumber("2027121000ZJ02000001").SetIssuedOn(civil.MustParse("2027-08-01")).ExecX(w.ctx)
	idle := w.candidate("周未报", sh("2027-06-14 23:00:00"), time.Time{}, "") // never applied, made before the cut-off
	fresh := w.candidate("吴新号", sh("2027-06-15 01:00:00"), time.Time{}, "")

	// Audit entries either side of the audit cut-off (2029-06-15 10:00 +08), and enough old ones for several chunks.
	cut := retention.Default().AuditCutoff(now)
	if want := sh("2029-06-15 10:00:00"); !cut.Equal(want) {
		t.Fatalf("audit cut-off %v, want %v", cut, want)
	}
	var olds []*ent.AuditLogCreate
	for i := range 1100 {
		olds = append(olds, c.AuditLog.Create().SetActorKind(auditlog.ActorKindSYSTEM).SetAction("old").
			SetCreatedAt(cut.Add(-time.Duration(i+1)*time.Minute)))
	}
	c.AuditLog.CreateBulk(olds...).ExecX(w.ctx)
	justOld := c.AuditLog.Create().SetActorKind(auditlog.ActorKindSYSTEM).SetAction("just-old").SetCreatedAt(cut.Add(-time.Second)).SaveX(w.ctx)
	justYoung := c.AuditLog.Create().SetActorKind(auditlog.ActorKindSYSTEM).SetAction("just-young").SetCreatedAt(cut).SaveX(w.ctx)
	// Job runs go with the audit log they explain, at the same cut-off.
	oldRun := c.JobRun.Create().SetName("application.time_moves").SetStartedAt(cut.Add(-time.Second)).SaveX(w.ctx)
	youngRun := c.JobRun.Create().SetName("application.time_moves").SetStartedAt(cut).SaveX(w.ctx)

	statsBefore := w.counters()
	appsBefore := c.Application.Query().CountX(w.ctx)
	scoresBefore := c.Score.Query().CountX(w.ctx)
	ordersBefore := c.PaymentOrder.Query().CountX(w.ctx)

	r, err := w.svc.Run(w.ctx)
	if err != nil {
		t.Fatal(err)
	}
	if r.AuditPurged != 1101 || r.Anonymised != 3 || r.Minimised != 1 || r.JobRunsPurged != 1 {
		t.Fatalf("report %+v, want 1101 audit entries and 1 job run purged, 3 anonymised (王过期, 钱未登, 周未报), 1 certificate holder", r)
	}
	if c.JobRun.Query().Where(jobrun.ID(oldRun.ID)).ExistX(w.ctx) || !c.JobRun.Query().Where(jobrun.ID(youngRun.ID)).ExistX(w.ctx) {
		t.Fatal("job runs: the cut-off is not the audit log's")
	}
	if c.AuditLog.Query().Where(auditlog.ID(justOld.ID)).ExistX(w.ctx) || !c.AuditLog.Query().Where(auditlog.ID(justYoung.ID)).ExistX(w.ctx) {
		t.Fatal("the audit cut-off is off by one")
	}
	if n := c.AuditLog.Query().Where(auditlog.Action("old")).CountX(w.ctx); n != 0 {
		t.Fatalf("%d old audit entries left", n)
	}

	// Exactly the old ones are anonymised; the young keep every field.
	for _, p := range []*person{gone, loginOut, idle} {
		w.assertAnonymised(p)
	}
	for _, p := range []*person{kept, again, loginIn, fresh} {
		w.assertUntouched(p)
	}
	w.assertMinimised(holder, certified.ID)

	// Statistics keep their counts; the counted rows stay.
	if after := w.counters(); fmt.Sprint(after) != fmt.Sprint(statsBefore) {
		t.Fatalf("statistics changed:\nbefore %v\nafter  %v", statsBefore, after)
	}
	if c.Application.Query().CountX(w.ctx) != appsBefore || c.Score.Query().CountX(w.ctx) != scoresBefore ||
		c.PaymentOrder.Query().CountX(w.ctx) != ordersBefore {
		t.Fatal("rows statistics count were deleted")
	}

	// Files: the shared photo object stays (李边界's row refers to it), 王过期's material goes, 孙持证's certificate photo stays.
	if ok, _ := w.files.Exists(w.ctx, gone.photoS); !ok {
		t.Fatal("an object another row refers to was deleted")
	}
	for _, p := range []*person{gone, holder} {
		for _, m := range c.StoredFile.Query().Where(storedfile.OwnerID(p.id)).AllX(w.ctx) {
			if m.Kind == storedfile.KindMATERIAL {
				t.Fatalf("%s's material row kept", p.name)
			}
		}
	}
	if ok, _ := w.files.Exists(w.ctx, sum("material of 王过期")); ok {
		t.Fatal("王过期's material object kept")
	}
	if ok, _ := w.files.Exists(w.ctx, sum("material of 李边界")); !ok {
		t.Fatal("李边界's material object deleted")
	}
	if ok, _ := w.files.Exists(w.ctx, sum("receipt of 王过期")); ok {
		t.Fatal("王过期's cached receipt (it shows the name) kept")
	}
	if ok, _ := w.files.Exists(w.ctx, holder.photoS); !ok {
		t.Fatal("the certificate's photo was deleted")
	}

	// The run is audited, with counts only.
	entry := c.AuditLog.Query().Where(auditlog.Action("job." + retention.Name)).OnlyX(w.ctx)
	if entry.After["candidates_anonymised"] != float64(3) && entry.After["candidates_anonymised"] != 3 {
		t.Fatalf("job audit entry %v", entry.After)
	}
	if strings.Contains(fmt.Sprint(entry.After), "王过期") {
		t.Fatal("the audit entry names a candidate")
	}

	// A second run finds nothing more; a run is due again only after a day.
	r, err = w.svc.Run(w.ctx)
	if err != nil || r.Anonymised != 0 || r.Minimised != 0 || r.AuditPurged != 0 {
		t.Fatalf("second run %+v %v", r, err)
	}
	if _, ran, err := w.svc.RunDue(w.ctx); err != nil || ran {
		t.Fatalf("a run within a day of the last: ran %v %v", ran, err)
	}
	// A day later the cut-off day's three (李边界's session, 赵登录's login,
	// 吴新号's account, all on 2027-06-15) lie before the cut-off too; the
	// shared photo object goes with the last row referring to it.
	w.clk.Advance(25 * time.Hour)
	if r, ran, err := w.svc.RunDue(w.ctx); err != nil || !ran || r.Anonymised != 3 || r.AuditPurged != 1 {
		t.Fatalf("a run a day later: ran %v %+v %v", ran, r, err)
	}
	for _, p := range []*person{kept, loginIn, fresh} {
		w.assertAnonymised(p)
	}
	w.assertUntouched(again)
	if ok, _ := w.files.Exists(w.ctx, gone.photoS); ok {
		t.Fatal("the shared photo object outlived the last row referring to it")
	}
}

func sum(s string) string {
	h := sha256.Sum256([]byte(s))
	return hex.EncodeToString(h[:])
}

// assertAnonymised: nothing of the person is left but what statistics count.
func (w *world) assertAnonymised(p *person) {
	w.t.Helper()
	c := w.db.Client
	cand := c.Candidate.GetX(w.ctx, p.id)
	if cand.Name != retention.Tombstone || cand.IDNumberMasked != retention.Tombstone || cand.AnonymizedAt == nil ||
		cand.Gender != nil || cand.BirthDate != nil || cand.Subject == "sub-"+p.number ||
		cand.IDNumberHash == w.keys.LookupHash(string(enum.IDPassport), p.number) {
		w.t.Fatalf("%s not anonymised: %+v", p.name, cand)
	}
	if got, err := w.keys.Decrypt(cand.IDNumberEnc, string(cand.IDType)); err != nil || got != "" {
		w.t.Fatalf("%s: the ID number's ciphertext holds %q (%v)", p.name, got, err)
	}
	for _, a := range c.Application.Query().Where(application.CandidateID(p.id)).AllX(w.ctx) {
		if a.Name != retention.Tombstone || a.Address != nil || a.Email != nil || a.Mobile != nil || a.WorkUnit != nil ||
			a.Postcode != nil || a.MajorName != nil || a.BirthDate != nil || a.PhotoID != nil {
			w.t.Fatalf("%s's application keeps personal data: %+v", p.name, a)
		}
		if a.Education == nil || a.Age == nil || a.Gender == nil || a.HukouCode == nil {
			w.t.Fatalf("%s's application lost what statistics keep: %+v", p.name, a)
		}
	}
	if n := c.StoredFile.Query().Where(storedfile.OwnerID(p.id)).CountX(w.ctx); n != 0 {
		w.t.Fatalf("%s keeps %d files", p.name, n)
	}
	if n := c.AuthSession.Query().Where(authsession.CandidateID(p.id)).CountX(w.ctx); n != 0 {
		w.t.Fatalf("%s keeps %d login sessions", p.name, n)
	}
	w.assertNoTextOf(p)
}

// assertNoTextOf: the person's name appears in no message, note or receipt.
func (w *world) assertNoTextOf(p *person) {
	w.t.Helper()
	c := w.db.Client
	for _, m := range c.Message.Query().Where(message.CandidateID(p.id)).AllX(w.ctx) {
		if strings.Contains(m.Subject+m.Body+fmt.Sprint(m.Params), p.name) {
			w.t.Fatalf("%s's message keeps the name: %+v", p.name, m)
		}
	}
	for _, d := range c.ReviewDecision.Query().Where(reviewdecision.HasApplicationWith(application.CandidateID(p.id))).AllX(w.ctx) {
		if d.Note != "" {
			w.t.Fatalf("%s's review note kept: %q", p.name, d.Note)
		}
	}
	for _, o := range c.PaymentOrder.Query().Where(paymentorder.HasApplicationWith(application.CandidateID(p.id))).AllX(w.ctx) {
		if o.ReceiptSha256 != nil || o.Status != paymentorder.StatusPAID {
			w.t.Fatalf("%s's order: receipt %v status %s", p.name, o.ReceiptSha256, o.Status)
		}
	}
}

// assertUntouched: a person inside the period keeps everything.
func (w *world) assertUntouched(p *person) {
	w.t.Helper()
	c := w.db.Client
	cand := c.Candidate.GetX(w.ctx, p.id)
	if cand.Name != p.name || cand.AnonymizedAt != nil || cand.Subject != "sub-"+p.number || cand.Gender == nil {
		w.t.Fatalf("%s was touched: %+v", p.name, cand)
	}
	if got, err := w.keys.Decrypt(cand.IDNumberEnc, string(cand.IDType)); err != nil || got != p.number {
		w.t.Fatalf("%s's ID number: %q %v", p.name, got, err)
	}
	for _, a := range c.Application.Query().Where(application.CandidateID(p.id)).AllX(w.ctx) {
		if a.Name != p.name || a.Address == nil || a.Email == nil || (p.photo != "" && a.PhotoID == nil) {
			w.t.Fatalf("%s's application was touched: %+v", p.name, a)
		}
	}
	if p.photo != "" && !c.StoredFile.Query().Where(storedfile.ID(p.photo)).ExistX(w.ctx) {
		w.t.Fatalf("%s's photo row deleted", p.name)
	}
	if n := c.AuthSession.Query().Where(authsession.CandidateID(p.id)).CountX(w.ctx); n != 1 {
		w.t.Fatalf("%s: %d login sessions", p.name, n)
	}
}

// assertMinimised: a certificate holder keeps the certificate's data only.
func (w *world) assertMinimised(p *person, certified pulid.ID) {
	w.t.Helper()
	c := w.db.Client
	cand := c.Candidate.GetX(w.ctx, p.id)
	if cand.Name != p.name || cand.Subject != "sub-"+p.number || cand.AnonymizedAt == nil || cand.Gender == nil ||
		cand.IDNumberHash != w.keys.LookupHash(string(enum.IDPassport), p.number) {
		w.t.Fatalf("holder %s: %+v", p.name, cand)
	}
	if got, _ := w.keys.Decrypt(cand.IDNumberEnc, string(cand.IDType)); got != p.number {
		w.t.Fatalf("holder %s's ID number %q", p.name, got)
	}
	a := c.Application.GetX(w.ctx, certified)
	if a.Name != p.name || a.PhotoID == nil || *a.PhotoID != p.photo {
		w.t.Fatalf("the certified application lost its name or photo: %+v", a)
	}
	if a.Address != nil || a.Email != nil || a.Mobile != nil || a.WorkUnit != nil {
		w.t.Fatalf("the certified application keeps contact data: %+v", a)
	}
	if n := c.StoredFile.Query().Where(storedfile.OwnerID(p.id)).CountX(w.ctx); n != 1 {
		w.t.Fatalf("holder %s keeps %d files, want the certificate photo", p.name, n)
	}
}

// A deletion approved but not carried out (the process stopped between the
// decision and the anonymisation) is finished by the next run; one that a
// legal retention now holds is refused with the reason instead.
func TestRunFinishesApprovedDeletions(t *testing.T) {
	w := newWorld(t)
	c := w.db.Client
	past := w.session("PAST", "2029-12-01")
	future := w.session("FUTURE", "2030-11-01")
	free := w.candidate("郑已批", sh("2029-01-01 09:00:00"), sh("2030-06-01 09:00:00"), "photo of 郑已批")
	fa := w.apply(free, past, "")
	c.Application.UpdateOneID(fa.ID).SetStatus(enum.StatusWithdrawn).ExecX(w.ctx)
	held := w.candidate("冯在考", sh("2029-01-01 09:00:00"), sh("2030-06-01 09:00:00"), "")
	w.apply(held, future, "") // registered, scores not released
	reqs := map[*person]*ent.DataRequest{}
	for _, p := range []*person{free, held} {
		reqs[p] = c.DataRequest.Create().SetCandidateID(p.id).SetRegionID(w.reg.ID).SetKind("DELETION").
			SetStatus("APPROVED").SaveX(w.ctx)
	}
	statsBefore := w.counters()
	r, err := w.svc.Run(w.ctx)
	if err != nil || r.RequestsDone != 1 || r.Anonymised != 0 { // not past the period: anonymised as a request
		t.Fatalf("run %+v %v", r, err)
	}
	if got := c.DataRequest.GetX(w.ctx, reqs[free].ID); got.Status != "DONE" || got.DoneAt == nil {
		t.Fatalf("郑已批's request %+v", got)
	}
	w.assertAnonymised(free)
	got := c.DataRequest.GetX(w.ctx, reqs[held].ID)
	if got.Status != "REFUSED" || len(got.RetentionCodes) != 1 || got.RetentionCodes[0] != retention.ExamNotOver || got.DecisionReason == "" {
		t.Fatalf("冯在考's request %+v", got)
	}
	w.assertUntouched(held)
	if after := w.counters(); fmt.Sprint(after) != fmt.Sprint(statsBefore) {
		t.Fatalf("statistics changed:\nbefore %v\nafter  %v", statsBefore, after)
	}
}
