package generate

import (
	"context"
	"crypto/sha256"
	"database/sql"
	"encoding/hex"
	"fmt"
	"io"
	"log/slog"
	"maps"
	"testing"
	"time"

	"github.com/ruankao/ruankao/internal/auth"
	"github.com/ruankao/ruankao/internal/civil"
	"github.com/ruankao/ruankao/internal/clock"
	"github.com/ruankao/ruankao/internal/demo"
	"github.com/ruankao/ruankao/internal/enum"
	"github.com/ruankao/ruankao/internal/files"
	"github.com/ruankao/ruankao/internal/idcard"
	"github.com/ruankao/ruankao/internal/jobs"
	"github.com/ruankao/ruankao/internal/locality"
	"github.com/ruankao/ruankao/internal/pii"
	"github.com/ruankao/ruankao/internal/scores"
	"github.com/ruankao/ruankao/internal/store"
	"github.com/ruankao/ruankao/internal/testenv"
	"github.com/ruankao/ruankao/internal/viewer"
)

// now0 is noon in Shanghai on a Tuesday of March 2026.
var now0 = time.Date(2026, 3, 10, 4, 0, 0, 0, time.UTC)

type fixture struct {
	db    *store.DB
	files *files.DirStore
	keys  *pii.Keys
}

func newFixture(t *testing.T) *fixture {
	t.Helper()
	fs, err := files.NewDirStore(t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	keys, err := pii.NewKeys([]byte("generator-test-key-0123456789abcdef"))
	if err != nil {
		t.Fatal(err)
	}
	return &fixture{db: testenv.OpenDB(t), files: fs, keys: keys}
}

func (f *fixture) run(t *testing.T, cfg Config) *Result {
	t.Helper()
	cfg.Files = f.files
	if cfg.Now.IsZero() {
		cfg.Now = now0
	}
	res, err := Run(context.Background(), f.db, f.keys, cfg)
	if err != nil {
		t.Fatal(err)
	}
	return res
}

func sys() context.Context { return viewer.SystemContext(context.Background()) }

// rows runs a query on the fixture's database and calls each for every row.
func (f *fixture) rows(t *testing.T, q string, each func(*sql.Rows) error, args ...any) {
	t.Helper()
	rs, err := f.db.Reads().QueryContext(sys(), store.Rebind(f.db.Dialect, q), args...)
	if err != nil {
		t.Fatalf("%s: %v", q, err)
	}
	defer rs.Close()
	for rs.Next() {
		if err := each(rs); err != nil {
			t.Fatal(err)
		}
	}
	if err := rs.Err(); err != nil {
		t.Fatal(err)
	}
}

func (f *fixture) count(t *testing.T, q string, args ...any) int {
	t.Helper()
	var n int
	if err := f.db.Reads().QueryRowContext(sys(), store.Rebind(f.db.Dialect, q), args...).Scan(&n); err != nil {
		t.Fatalf("%s: %v", q, err)
	}
	return n
}

// print is a digest of what the database holds of a session's
// applications, in id order: what "the same data" means.
func (f *fixture) print(t *testing.T, session string) string {
	h := sha256.New()
	f.rows(t, `SELECT a.id, g.code, q.code, a.status, a.name, a.hukou_code, a.submitted_at, a.fee_total_fen,
		(SELECT count(*) FROM state_changes s WHERE s.application_id = a.id),
		(SELECT count(*) FROM payment_orders o WHERE o.application_id = a.id)
		FROM applications a JOIN regions g ON g.id = a.region_id JOIN qualifications q ON q.id = a.qualification_id
		WHERE a.session_id = $1 ORDER BY a.id`, func(rs *sql.Rows) error {
		var id, region, qual, status, name, hukou string
		var submitted sql.NullTime
		var fee sql.NullInt64
		var moves, orders int
		if err := rs.Scan(&id, &region, &qual, &status, &name, &hukou, &submitted, &fee, &moves, &orders); err != nil {
			return err
		}
		fmt.Fprintln(h, id, region, qual, status, name, hukou, submitted.Time.UTC().Format(time.RFC3339), fee.Int64, moves, orders)
		return nil
	}, session)
	return hex.EncodeToString(h.Sum(nil))
}

func TestSameSeedSameData(t *testing.T) {
	cfg := Config{Seed: 7, Applications: 1500}
	a, b := newFixture(t), newFixture(t)
	ra, rb := a.run(t, cfg), b.run(t, cfg)
	if ra.Fingerprint != rb.Fingerprint || !maps.Equal(ra.ByStatus, rb.ByStatus) ||
		!maps.Equal(ra.ByRegion, rb.ByRegion) || !maps.Equal(ra.ByQualification, rb.ByQualification) {
		t.Fatalf("same seed, different data:\n%+v\n%+v", ra, rb)
	}
	if pa, pb := a.print(t, ra.SessionID), b.print(t, rb.SessionID); pa != pb {
		t.Errorf("same seed, different rows: %s and %s", pa, pb)
	}
	c := newFixture(t)
	rc := c.run(t, Config{Seed: 8, Applications: 1500})
	if rc.Fingerprint == ra.Fingerprint || c.print(t, rc.SessionID) == a.print(t, ra.SessionID) {
		t.Error("seeds 7 and 8 made the same data")
	}
	if maps.Equal(ra.ByRegion, rc.ByRegion) {
		t.Error("seeds 7 and 8 spread the same over regions")
	}
}

func TestRegistrationStageHoldsTogether(t *testing.T) {
	f := newFixture(t)
	res := f.run(t, Config{Seed: 1, Applications: 3000})
	if res.Applications != 3000 || f.count(t, "SELECT count(*) FROM applications WHERE session_id = $1", res.SessionID) != 3000 {
		t.Fatalf("%d applications generated", res.Applications)
	}
	for _, s := range []enum.ApplicationStatus{enum.StatusDraft, enum.StatusSubmitted, enum.StatusPendingReview,
		enum.StatusRejected, enum.StatusAwaitingPayment, enum.StatusRegistered, enum.StatusWithdrawn, enum.StatusLapsed} {
		if res.ByStatus[s] == 0 {
			t.Errorf("no application %s: %v", s, res.ByStatus)
		}
	}
	if len(res.ByRegion) != 37 || res.ByRegion["440000"] <= res.ByRegion["540000"] {
		t.Errorf("regions: %v", res.ByRegion)
	}
	if res.Tickets+res.Scores != 0 {
		t.Errorf("tickets %d and scores %d before printing", res.Tickets, res.Scores)
	}
	checkLevels(t, f, res.SessionID)
	checkIDNumbers(t, f)
	checkForms(t, f, res.SessionID)
	checkPayments(t, f, res.SessionID)
	checkHistory(t, f, res.SessionID)
	checkNothingDue(t, f)
	// Sessions are those of the last visits: a few still live.
	live := f.count(t, "SELECT count(*) FROM auth_sessions WHERE expires_at > $1", now0)
	if n := f.count(t, "SELECT count(*) FROM auth_sessions WHERE last_seen_at > $1 OR created_at > $1", now0); n != 0 || live > 3000/10 {
		t.Errorf("%d sessions seen after Now, %d live", n, live)
	}
}

// checkLevels: 中级 most, then 高级, then 初级.
func checkLevels(t *testing.T, f *fixture, session string) {
	by := map[string]int{}
	f.rows(t, "SELECT level, count(*) FROM applications WHERE session_id = $1 GROUP BY level", func(rs *sql.Rows) error {
		var l string
		var n int
		err := rs.Scan(&l, &n)
		by[l] = n
		return err
	}, session)
	if !(by["INTERMEDIATE"] > by["SENIOR"] && by["SENIOR"] > by["JUNIOR"] && by["JUNIOR"] > 0) {
		t.Errorf("levels: %v", by)
	}
}

// checkIDNumbers: every number decrypts, passes its type's check (GB 11643
// for the 18-character ones), hashes and masks as the service does, carries
// the candidate's birth date and gender, and is nobody else's.
func checkIDNumbers(t *testing.T, f *fixture) {
	seen := map[string]bool{}
	types := map[string]int{}
	f.rows(t, `SELECT id_type, id_number_enc, id_number_hash, id_number_masked, birth_date, gender FROM candidates`, func(rs *sql.Rows) error {
		var typ, hash, masked string
		var enc []byte
		var birth civil.Date
		var gender sql.NullString
		var birthRaw any
		if err := rs.Scan(&typ, &enc, &hash, &masked, &birthRaw, &gender); err != nil {
			return err
		}
		number, err := f.keys.Decrypt(enc, typ)
		if err != nil {
			return fmt.Errorf("decrypting a %s number: %w", typ, err)
		}
		n, err := idcard.CheckAt(enum.IDType(typ), number, civil.In(now0, clock.Shanghai))
		if err != nil {
			return fmt.Errorf("%s %s: %w", typ, number, err)
		}
		if n.Value != number || f.keys.LookupHash(typ, number) != hash || pii.Mask(number) != masked {
			return fmt.Errorf("%s %s: stored unlike the service stores it", typ, number)
		}
		if len(number) == 18 {
			if err := birth.Scan(birthRaw); err != nil || n.BirthDate == nil || *n.BirthDate != birth || n.Gender != gender.String {
				return fmt.Errorf("%s: birth %v gender %v, the number says %v %s", number, birth, gender, n.BirthDate, n.Gender)
			}
		}
		if seen[hash] {
			return fmt.Errorf("%s given twice", number)
		}
		seen[hash] = true
		types[typ]++
		return nil
	})
	if types["RESIDENT_ID"] < len(seen)*9/10 || types["RESIDENT_ID"] == len(seen) {
		t.Errorf("ID types: %v", types)
	}
}

// checkForms: the form agrees with the candidate; non_local is decided at
// submit by locality's rule; the photo is the candidate's saved one.
func checkForms(t *testing.T, f *fixture, session string) {
	f.rows(t, `SELECT a.name, c.name, a.id_type, c.id_type, a.hukou_code, g.code, coalesce(p.code, ''), a.non_local,
		a.submitted_at, a.status, sf.kind, sf.owner_id = c.id, a.employment, a.work_unit, a.age
		FROM applications a JOIN candidates c ON c.id = a.candidate_id JOIN regions g ON g.id = a.region_id
		LEFT JOIN regions p ON p.id = g.parent_id JOIN stored_files sf ON sf.id = a.photo_id
		WHERE a.session_id = $1`, func(rs *sql.Rows) error {
		var name, cname, typ, ctyp, hukou, region, parent, status, kind, employment string
		var nonLocal sql.NullBool
		var submitted sql.NullTime
		var own bool
		var unit sql.NullString
		var age int
		if err := rs.Scan(&name, &cname, &typ, &ctyp, &hukou, &region, &parent, &nonLocal, &submitted, &status, &kind, &own,
			&employment, &unit, &age); err != nil {
			return err
		}
		switch {
		case name != cname || typ != ctyp:
			return fmt.Errorf("application of %s %s for candidate %s %s", name, typ, cname, ctyp)
		case nonLocal.Valid != submitted.Valid:
			return fmt.Errorf("%s (%s): non_local %v, submitted %v", name, status, nonLocal, submitted)
		case nonLocal.Valid && nonLocal.Bool == locality.IsLocal(hukou, region, parent):
			return fmt.Errorf("%s: 户籍 %s in %s is non-local %v", name, hukou, region, nonLocal.Bool)
		case kind != "PHOTO" || !own:
			return fmt.Errorf("%s: photo %s of another (%v)", name, kind, own)
		case (employment == "STUDENT") == unit.Valid:
			return fmt.Errorf("%s: %s with work unit %v", name, employment, unit)
		case age < 17 || age > 60:
			return fmt.Errorf("%s aged %d", name, age)
		}
		return nil
	}, session)
	// Most candidates are local.
	local := f.count(t, "SELECT count(*) FROM applications WHERE session_id = $1 AND non_local = false", session)
	if all := f.count(t, "SELECT count(*) FROM applications WHERE session_id = $1 AND non_local IS NOT NULL", session); local < all*3/4 {
		t.Errorf("%d local of %d submitted", local, all)
	}
}

// checkPayments: a registration in a fee region has exactly one PAID order
// of the fee fixed at approval, which is the region's fee per subject (or
// level) × the subjects; free regions (辽宁) have no orders at all.
func checkPayments(t *testing.T, f *fixture, session string) {
	f.rows(t, `SELECT a.status, a.fee_total_fen, g.code,
		coalesce(rp.fee_junior_fen, -1), coalesce(rp.fee_intermediate_fen, -1), coalesce(rp.fee_senior_fen, -1), rp.fee_per_subject_fen, a.level,
		(SELECT count(*) FROM subjects s WHERE s.qualification_id = a.qualification_id),
		(SELECT count(*) FROM payment_orders o WHERE o.application_id = a.id AND o.status = 'PAID'),
		(SELECT coalesce(sum(o.amount_fen), 0) FROM payment_orders o WHERE o.application_id = a.id AND o.status = 'PAID'),
		(SELECT count(*) FROM payment_orders o WHERE o.application_id = a.id)
		FROM applications a JOIN regions g ON g.id = a.region_id
		JOIN region_policies rp ON rp.region_id = a.region_id AND rp.session_id = a.session_id
		WHERE a.session_id = $1`, func(rs *sql.Rows) error {
		var status, region, level string
		var fee sql.NullInt64
		var junior, inter, senior, perSubject int64
		var subjects, paid, paidSum, orders int
		if err := rs.Scan(&status, &fee, &region, &junior, &inter, &senior, &perSubject, &level, &subjects, &paid, &paidSum, &orders); err != nil {
			return err
		}
		per := map[string]int64{"JUNIOR": junior, "INTERMEDIATE": inter, "SENIOR": senior}[level]
		if per < 0 {
			per = perSubject
		}
		want := per * int64(subjects)
		switch {
		case region == "210000" && orders != 0:
			return fmt.Errorf("free 辽宁 with %d orders", orders)
		case fee.Valid && fee.Int64 != want:
			return fmt.Errorf("%s %s: fee %d, the policy makes %d", region, level, fee.Int64, want)
		case status == "REGISTERED" && want > 0 && (paid != 1 || int64(paidSum) != want):
			return fmt.Errorf("registered in %s with %d paid orders of %d fen, fee %d", region, paid, paidSum, want)
		case status != "REGISTERED" && paid != 0:
			return fmt.Errorf("%s with a paid order", status)
		case (status == "REGISTERED" || status == "AWAITING_PAYMENT") && !fee.Valid:
			return fmt.Errorf("%s without a fee", status)
		}
		return nil
	}, session)
	if n := f.count(t, "SELECT count(*) FROM payment_orders WHERE status = 'PENDING'"); n != 0 {
		t.Errorf("%d pending orders", n)
	}
}

// checkHistory: each move is recorded, the last leads to the status, and a
// decided application has its reviewer's decision.
func checkHistory(t *testing.T, f *fixture, session string) {
	bad := f.count(t, `SELECT count(*) FROM applications a WHERE a.session_id = $1 AND a.status <> 'DRAFT' AND a.status <> coalesce((
		SELECT s.to_status FROM state_changes s WHERE s.application_id = a.id ORDER BY s.created_at DESC, s.id DESC LIMIT 1), '')`, session)
	if bad != 0 {
		t.Errorf("%d applications whose last move leads elsewhere", bad)
	}
	if n := f.count(t, `SELECT count(*) FROM applications a WHERE a.session_id = $1 AND a.status = 'DRAFT'
		AND EXISTS (SELECT 1 FROM state_changes s WHERE s.application_id = a.id)`, session); n != 0 {
		t.Errorf("%d drafts with moves", n)
	}
	if n := f.count(t, `SELECT count(*) FROM applications a WHERE a.session_id = $1 AND a.decided_at IS NOT NULL
		AND NOT EXISTS (SELECT 1 FROM review_decisions d WHERE d.application_id = a.id)`, session); n != 0 {
		t.Errorf("%d decided without a decision", n)
	}
	if n := f.count(t, `SELECT count(*) FROM state_changes WHERE created_at > $1`, now0); n != 0 {
		t.Errorf("%d moves after Now", n)
	}
	if n := f.count(t, `SELECT count(*) FROM applications a WHERE a.session_id = $1 AND a.status = 'PENDING_REVIEW'
		AND (a.review_deadline_at IS NULL OR a.review_started_at > $2)`, session, now0); n != 0 {
		t.Errorf("%d pending reviews without a deadline", n)
	}
	late := f.count(t, `SELECT count(*) FROM applications a WHERE a.session_id = $1 AND a.decided_at > a.review_deadline_at`, session)
	if decided := f.count(t, `SELECT count(*) FROM applications a WHERE a.session_id = $1 AND a.decided_at IS NOT NULL`, session); late == 0 || late > decided/10 {
		t.Errorf("%d of %d reviews decided late", late, decided)
	}
}

// checkNothingDue: the minute job finds nothing to move at Now.
func checkNothingDue(t *testing.T, f *fixture) {
	r := &jobs.Runner{Client: f.db.Client, DB: f.db.SQL, Dialect: f.db.Dialect, Log: slog.New(slog.NewTextHandler(io.Discard, nil))}
	moved, err := r.RunDue(clock.With(sys(), clock.NewManual(now0)))
	if err != nil || moved != 0 {
		t.Errorf("the job moved %d at Now: %v", moved, err)
	}
}

func TestScoresStageHoldsTogether(t *testing.T) {
	f := newFixture(t)
	res := f.run(t, Config{Seed: 3, Applications: 2000, Stage: StageScores})
	s := res.SessionID
	registered := res.ByStatus[enum.StatusRegistered]
	if registered == 0 || res.ByStatus[enum.StatusDraft]+res.ByStatus[enum.StatusPendingReview] != 0 {
		t.Fatalf("statuses after the exam: %v", res.ByStatus)
	}
	if res.Tickets != registered || f.count(t, `SELECT count(*) FROM admission_tickets t JOIN applications a ON a.id = t.application_id
		WHERE t.session_id = $1 AND a.status = 'REGISTERED'`, s) != registered {
		t.Errorf("%d tickets for %d registrations", res.Tickets, registered)
	}
	if n := f.count(t, `SELECT count(*) FROM exam_rooms r WHERE (SELECT count(*) FROM admission_tickets t WHERE t.room_id = r.id) > r.capacity`); n != 0 {
		t.Errorf("%d rooms over capacity", n)
	}
	if n := f.count(t, `SELECT count(*) FROM admission_tickets t JOIN applications a ON a.id = t.application_id
		JOIN regions g ON g.id = a.region_id WHERE t.session_id = $1 AND substr(t.ticket_number, 4, 6) <> g.code`, s); n != 0 {
		t.Errorf("%d ticket numbers of another region", n)
	}
	if n := f.count(t, `SELECT count(*) FROM scores sc JOIN applications a ON a.id = sc.application_id WHERE a.status <> 'REGISTERED'`); n != 0 {
		t.Errorf("%d scores of unregistered applications", n)
	}
	if n := f.count(t, `SELECT count(*) FROM applications a JOIN subjects su ON su.qualification_id = a.qualification_id
		WHERE a.session_id = $1 AND a.status = 'REGISTERED'`, s); n != res.Scores {
		t.Errorf("%d scores for %d subjects taken", res.Scores, n)
	}
	passed := f.count(t, `SELECT count(*) FROM applications a WHERE a.session_id = $1 AND a.status = 'REGISTERED'
		AND NOT EXISTS (`+scores.FailingSubjectSQL+`)`, s)
	absent := f.count(t, `SELECT count(DISTINCT application_id) FROM scores WHERE session_id = $1 AND absent`, s)
	if passed == 0 || passed > registered/2 || absent < registered/10 || absent > registered/3 {
		t.Errorf("%d passed, %d absent of %d", passed, absent, registered)
	}
	if n := f.count(t, `SELECT count(*) FROM absentee_bans b JOIN region_policies rp ON rp.region_id = b.region_id
		AND rp.session_id = b.source_session_id WHERE NOT rp.absentee_ban`); n != 0 || res.Bans == 0 {
		t.Errorf("%d bans, %d where the region has no absentee rule", res.Bans, n)
	}
	if n := f.count(t, `SELECT count(*) FROM seat_plan_runs WHERE session_id = $1 AND status = 'PUBLISHED'`, s); n != 37 {
		t.Errorf("%d published seat plans", n)
	}
	checkPayments(t, f, s)
	checkHistory(t, f, s)
	checkNothingDue(t, f)
}

// Tokens: every candidate has a live session whose token logs in.
func TestTokensLogIn(t *testing.T) {
	f := newFixture(t)
	res := f.run(t, Config{Seed: 5, Applications: 300, Tokens: true})
	if len(res.Candidates) != 300 {
		t.Fatalf("%d candidates returned", len(res.Candidates))
	}
	ctx := clock.With(context.Background(), clock.NewManual(now0.Add(time.Minute)))
	for _, c := range res.Candidates[:20] {
		v, ok, err := auth.Resolve(ctx, f.db.Client, c.Token)
		if err != nil || !ok || string(v.ID) != c.ID {
			t.Fatalf("token of %s: %v %v %v", c.ID, v, ok, err)
		}
	}
}

// An existing session is filled as it is: its regions with a policy, their
// own areas, no new policies.
func TestExistingSession(t *testing.T) {
	f := newFixture(t)
	ctx := clock.With(sys(), clock.NewManual(now0))
	if err := demo.Load(ctx, f.db.Client); err != nil {
		t.Fatal(err)
	}
	policies := f.count(t, "SELECT count(*) FROM region_policies")
	res := f.run(t, Config{Seed: 2, Applications: 600, SessionCode: demo.SessionOpen})
	if res.Session != demo.SessionOpen || len(res.ByRegion) != 6 || f.count(t, "SELECT count(*) FROM region_policies") != policies {
		t.Fatalf("DEMO-OPEN filled over %v", res.ByRegion)
	}
	if n := f.count(t, `SELECT count(*) FROM applications a JOIN exam_areas e ON e.id = a.area_id
		WHERE a.session_id = $1 AND e.code LIKE 'G%'`, res.SessionID); n != 0 {
		t.Errorf("%d applications in areas the generator made", n)
	}
	// 北京's 高级-only area takes only 高级.
	if n := f.count(t, `SELECT count(*) FROM applications a JOIN exam_areas e ON e.id = a.area_id
		WHERE e.name = '北京高级资格考区' AND a.level <> 'SENIOR'`); n != 0 {
		t.Errorf("%d non-高级 applications in a 高级-only area", n)
	}
	checkPayments(t, f, res.SessionID)
	checkForms(t, f, res.SessionID)
	checkNothingDue(t, f)
	if _, err := Run(context.Background(), f.db, f.keys, Config{Seed: 2, Applications: 10, SessionCode: demo.SessionOpen,
		Files: f.files, Now: now0}); err == nil {
		t.Error("the same seed twice into one session")
	}
}
