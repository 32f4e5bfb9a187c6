package stats_test

import (
	"testing"
	"time"

	"github.com/ruankao/ruankao/ent"
	"github.com/ruankao/ruankao/ent/admissionticket"
	"github.com/ruankao/ruankao/ent/application"
	"github.com/ruankao/ruankao/ent/examsession"
	"github.com/ruankao/ruankao/ent/paymentorder"
	"github.com/ruankao/ruankao/ent/region"
	"github.com/ruankao/ruankao/ent/schema/pulid"
	"github.com/ruankao/ruankao/ent/score"
	"github.com/ruankao/ruankao/internal/catalog"
	"github.com/ruankao/ruankao/internal/files"
	"github.com/ruankao/ruankao/internal/generate"
	"github.com/ruankao/ruankao/internal/pii"
	"github.com/ruankao/ruankao/internal/refdata"
	"github.com/ruankao/ruankao/internal/scores"
	"github.com/ruankao/ruankao/internal/stats"
	"github.com/ruankao/ruankao/internal/testenv"
)

// Every statistic of a generated session — the country, 辽宁 and 大连 —
// against counts made here from the rows through ent, and the results
// through the pass rule in Go: the counters the triggers kept while the
// generator loaded, folded, must agree with the rows.
func TestStatisticsOfGeneratedData(t *testing.T) {
	db := testenv.OpenDB(t)
	ctx := testenv.System()
	c := db.Client
	if _, err := refdata.Seed(ctx, c); err != nil {
		t.Fatal(err)
	}
	fs, err := files.NewDirStore(t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	keys, err := pii.NewKeys([]byte("statistics-test-key-0123456789abc"))
	if err != nil {
		t.Fatal(err)
	}
	s := &stats.Service{Client: c, Reads: db.Reads(), Dialect: db.Dialect, Catalog: catalog.NewCache(c)}
	now := time.Date(2026, 6, 20, 2, 0, 0, 0, time.UTC)
	res, err := generate.Run(ctx, db, keys, generate.Config{Seed: 11, Applications: 3000, Stage: generate.StageScores, Now: now,
		Files: fs, AfterLoad: s.Tend})
	if err != nil {
		t.Fatal(err)
	}
	sess := c.ExamSession.Query().Where(examsession.Code(res.Session)).OnlyX(ctx)
	counted := application.StatusNotIn("DRAFT", "WITHDRAWN", "LAPSED")
	for _, code := range []string{"", "210000", "210200"} {
		sc := &stats.Scope{Session: sess, At: now}
		apps := c.Application.Query().Where(application.SessionID(sess.ID))
		if code != "" {
			sc.Region = c.Region.Query().Where(region.Code(code)).OnlyX(ctx)
			apps = apps.Where(application.RegionID(sc.Region.ID))
		}
		name := code
		if name == "" {
			name = "全国"
		}
		// By state, against the rows and the generator's own tally.
		var byStatus []struct {
			Status string
			Count  int
		}
		apps.Clone().GroupBy(application.FieldStatus).Aggregate(ent.Count()).ScanX(ctx, &byStatus)
		want := map[string]int{}
		for _, x := range byStatus {
			want[x.Status] = x.Count
		}
		if code == "" {
			for st, n := range res.ByStatus {
				if want[string(st)] != n {
					t.Errorf("the generator says %d %s, the rows %d", n, st, want[string(st)])
				}
			}
		}
		got, err := s.ByStatus(ctx, sc)
		if err != nil {
			t.Fatal(err)
		}
		expectCounts(t, name+" byStatus", got, want)

		var byQual []struct {
			QualificationID string `json:"qualification_id"`
			Count           int
		}
		apps.Clone().Where(counted).GroupBy(application.FieldQualificationID).Aggregate(ent.Count()).ScanX(ctx, &byQual)
		want = map[string]int{}
		total := 0
		for _, x := range byQual {
			want[x.QualificationID] = x.Count
			total += x.Count
		}
		if got, err = s.ByQualification(ctx, sc); err != nil {
			t.Fatal(err)
		}
		expectCounts(t, name+" byQualification", got, want)
		if n, _ := s.Registrations(ctx, sc); n != total || total == 0 {
			t.Errorf("%s registrations %d, rows %d", name, n, total)
		}
		nonLocal := apps.Clone().Where(counted, application.NonLocal(true)).CountX(ctx)
		if _, nl, _ := s.Locality(ctx, sc); nl != nonLocal {
			t.Errorf("%s nonLocal %d, rows %d", name, nl, nonLocal)
		}

		ids := apps.Clone().IDsX(ctx)
		paid := c.PaymentOrder.Query().Where(paymentorder.StatusEQ(paymentorder.StatusPAID), paymentorder.ApplicationIDIn(ids...))
		orders := paid.Clone().CountX(ctx)
		fen := 0
		if orders > 0 {
			fen = paid.Clone().Aggregate(ent.Sum(paymentorder.FieldAmountFen)).IntX(ctx)
		}
		if gotFen, gotOrders, _ := s.Revenue(ctx, sc); gotFen != int64(fen) || gotOrders != orders {
			t.Errorf("%s revenue %d fen in %d orders, rows %d in %d", name, gotFen, gotOrders, fen, orders)
		}
		if code == "210000" && orders != 0 {
			t.Errorf("辽宁 is free, yet %d paid orders", orders)
		}

		seats, err := s.Seats(ctx, sc)
		if err != nil {
			t.Fatal(err)
		}
		used := 0
		for _, st := range seats {
			n := c.AdmissionTicket.Query().Where(admissionticket.SiteID(st.SiteID), admissionticket.SessionID(sess.ID)).CountX(ctx)
			if st.Used != n {
				t.Errorf("%s site %s: %d seats used, rows %d", name, st.Name, st.Used, n)
			}
			used += n
		}
		if used == 0 {
			t.Errorf("%s: no seats used in a session past its exam", name)
		}

		// The results through the pass rule in Go.
		var sat, absent, passed int
		registered := apps.Clone().Where(application.StatusEQ("REGISTERED")).AllX(ctx)
		for _, a := range registered {
			rows := c.Score.Query().Where(score.ApplicationID(a.ID)).AllX(ctx)
			if len(rows) == 0 {
				continue
			}
			marks := map[pulid.ID]*scores.Mark{}
			anySat, anyAbsent := false, false
			for _, r := range rows {
				marks[r.SubjectID] = &scores.Mark{Points: r.Points, Absent: r.Absent}
				anySat = anySat || !r.Absent
				anyAbsent = anyAbsent || r.Absent
			}
			subjects, err := s.Catalog.Subjects(ctx, c, *a.QualificationID)
			if err != nil {
				t.Fatal(err)
			}
			rules, err := scores.Rules(ctx, c, subjects, sess.ID)
			if err != nil {
				t.Fatal(err)
			}
			if anySat {
				sat++
			}
			if anyAbsent {
				absent++
			}
			if scores.Passed(rules, marks) {
				passed++
			}
		}
		r, err := s.ExamResults(ctx, sc)
		if err != nil {
			t.Fatal(err)
		}
		if r.Registered != len(registered) || r.Sat != sat || r.Absent != absent || r.Passed != passed || sat == 0 {
			t.Errorf("%s results %+v, rows: registered %d sat %d absent %d passed %d", name, r, len(registered), sat, absent, passed)
		}
	}
}

func expectCounts(t *testing.T, what string, got []stats.Count, want map[string]int) {
	t.Helper()
	have := map[string]int{}
	for _, c := range got {
		have[c.Key] = c.Count
	}
	if len(have) != len(want) {
		t.Errorf("%s: %d groups, rows %d (%v against %v)", what, len(have), len(want), have, want)
	}
	for k, n := range want {
		if have[k] != n {
			t.Errorf("%s %q: %d, rows %d", what, k, have[k], n)
		}
	}
}
