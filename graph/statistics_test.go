package graph_test

import (
	"context"
	"fmt"
	"sort"
	"testing"
	"time"

	"github.com/ruankao/ruankao/ent"
	"github.com/ruankao/ruankao/ent/application"
	"github.com/ruankao/ruankao/ent/examarea"
	"github.com/ruankao/ruankao/ent/examroom"
	"github.com/ruankao/ruankao/ent/examsession"
	"github.com/ruankao/ruankao/ent/examsite"
	"github.com/ruankao/ruankao/ent/paymentorder"
	"github.com/ruankao/ruankao/ent/predicate"
	entregion "github.com/ruankao/ruankao/ent/region"
	"github.com/ruankao/ruankao/ent/schema/pulid"
	"github.com/ruankao/ruankao/ent/subject"
	"github.com/ruankao/ruankao/internal/clock"
	"github.com/ruankao/ruankao/internal/counters"
	"github.com/ruankao/ruankao/internal/demo"
	"github.com/ruankao/ruankao/internal/enum"
	"github.com/ruankao/ruankao/internal/testenv"
	"github.com/ruankao/ruankao/internal/txn"
)

type statView struct {
	Region        *struct{ Code string }
	Registrations int
	ByStatus      []struct {
		Key, Label string
		Count      int
	}
	ByLevel, ByQualification, ByArea, ByEducation, ByEmployment []struct {
		Key, Label string
		Count      int
	}
	ByDay []struct {
		Day                   string
		Submitted, Cumulative int
	}
	Local, NonLocal, RevenueFen, PaidOrders int
	Review                                  struct{ OnTime, Late, Waiting, Overdue int }
	Seats                                   []struct {
		Site                  struct{ ID string }
		Capacity, Used, Rooms int
	}
	Results struct {
		Registered, Sat, Absent, Passed int
		PassRate                        float64
	}
}

const statQ = `query($s: String!, $r: String) { statistics(sessionCode: $s, regionCode: $r) { region { code } registrations
	byStatus { key label count } byLevel { key label count } byQualification { key label count } byArea { key label count }
	byEducation { key label count } byEmployment { key label count } byDay { day submitted cumulative }
	local nonLocal revenueFen paidOrders review { onTime late waiting overdue } seats { site { id } capacity used rooms }
	results { registered sat absent passed passRate } } }`

func counts(xs []struct {
	Key, Label string
	Count      int
}) map[string]int {
	out := map[string]int{}
	for _, x := range xs {
		out[x.Key] = x.Count
	}
	return out
}

// Every figure against counts made here from the rows themselves, for 辽宁,
// 大连 and the country; and the scope: a region admin sees only their region.
func TestStatisticsMatchTheRows(t *testing.T) {
	env := testenv.Start(t, march)
	ln := env.Registered(t, 14, demo.SessionPrint, "210000", "沈阳考区", "ZJ02", "GX01")
	dl := env.Registered(t, 5, demo.SessionPrint, "210200", "大连考区", "ZJ01")
	ctx := testenv.System()
	c := env.DB.Client
	now := env.Clock.Now()
	// Vary the rows: states, days, locality, education, employment, orders.
	for i, id := range append(append([]pulid.ID{}, ln...), dl...) {
		u := c.Application.UpdateOneID(id).SetSubmittedAt(now.Add(-time.Duration(i%3) * 24 * time.Hour)).SetNonLocal(i%4 == 0)
		switch i % 5 {
		case 0:
			u.SetEducation(application.EducationBACHELOR).SetEmployment(application.EmploymentEMPLOYED)
		case 1:
			u.SetEducation(application.EducationMASTER).SetEmployment(application.EmploymentSTUDENT)
		}
		switch i {
		case 1:
			u.SetStatus(enum.StatusPendingReview).SetReviewDeadlineAt(now.Add(-time.Hour)) // overdue
		case 2:
			u.SetStatus(enum.StatusPendingReview).SetReviewDeadlineAt(now.Add(time.Hour))
		case 3:
			u.SetStatus(enum.StatusWithdrawn)
		case 4:
			u.SetReviewDeadlineAt(now).SetDecidedAt(now.Add(-time.Minute)) // on time
		case 5:
			u.SetReviewDeadlineAt(now).SetDecidedAt(now.Add(time.Minute)) // late
		}
		u.ExecX(ctx)
		if i%3 == 0 {
			c.PaymentOrder.Create().SetApplicationID(id).SetOutTradeNo(fmt.Sprintf("RKT%021d", i)).SetAmountFen(int64(5000 + i)).
				SetProvider("wechatpay").SetStatus(paymentorder.StatusPAID).SetExpiresAt(now).ExecX(ctx)
		}
	}
	// Scores for three 辽宁 candidates: one passes, one fails, one absent.
	sess := c.ExamSession.Query().Where(examsession.Code(demo.SessionPrint)).OnlyX(ctx)
	for k, id := range ln[6:9] {
		app := c.Application.GetX(ctx, id)
		for j, sub := range c.Subject.Query().Where(subject.QualificationID(*app.QualificationID)).AllX(ctx) {
			sc := c.Score.Create().SetApplicationID(id).SetSubjectID(sub.ID).SetSessionID(sess.ID)
			switch {
			case k == 2 && j == 0:
				sc.SetAbsent(true)
			case k == 1 && j == 0:
				sc.SetPoints(44)
			default:
				sc.SetPoints(45)
			}
			sc.ExecX(ctx)
		}
	}
	// Written here, not by an import: say so, as every writer of scores does.
	if err := txn.Run(ctx, c, func(ctx context.Context, tc *ent.Client) error {
		return counters.ResultsChanged(ctx, tc, env.DB.Dialect, sess.ID)
	}); err != nil {
		t.Fatal(err)
	}

	// check asks with ask and expects the figures of region expect (nil: the country).
	// Two seats used at one 辽宁 site.
	site := c.ExamSite.Query().Where(examsiteOf(c.Region.Query().Where(entregion.Code("210000")).OnlyIDX(ctx))...).FirstX(ctx)
	room := site.QueryRooms().FirstX(ctx)
	for i, id := range ln[9:11] {
		c.AdmissionTicket.Create().SetApplicationID(id).SetSessionID(sess.ID).SetSiteID(site.ID).SetRoomID(room.ID).
			SetSeat(i + 1).SetTicketNumber(fmt.Sprintf("261210000010000%d", i)).ExecX(ctx)
	}
	check := func(token string, ask, expect *string) {
		t.Helper()
		var d struct{ Statistics statView }
		env.MustAs(t, token, statQ, map[string]any{"s": demo.SessionPrint, "r": ask}, &d)
		got := d.Statistics
		regionCode := expect
		apps := c.Application.Query().Where(application.SessionID(sess.ID)).AllX(ctx)
		var regionID pulid.ID
		if regionCode != nil {
			regionID = c.Region.Query().Where(entregion.Code(*regionCode)).OnlyIDX(ctx)
		}
		want := statView{}
		status, level, qual, area, edu, emp, day := map[string]int{}, map[string]int{}, map[string]int{}, map[string]int{}, map[string]int{}, map[string]int{}, map[string]int{}
		for _, a := range apps {
			if regionID != "" && a.RegionID != regionID {
				continue
			}
			status[string(a.Status)]++
			for _, o := range c.PaymentOrder.Query().Where(paymentorder.ApplicationID(a.ID), paymentorder.StatusEQ(paymentorder.StatusPAID)).AllX(ctx) {
				want.RevenueFen += int(o.AmountFen)
				want.PaidOrders++
			}
			if a.Status == enum.StatusDraft || a.Status == enum.StatusWithdrawn || a.Status == enum.StatusLapsed {
				continue
			}
			want.Registrations++
			level[string(*a.Level)]++
			qual[string(*a.QualificationID)]++
			area[string(*a.AreaID)]++
			if a.Education != nil {
				edu[a.Education.String()]++
			} else {
				edu[""]++
			}
			if a.Employment != nil {
				emp[a.Employment.String()]++
			} else {
				emp[""]++
			}
			if a.NonLocal != nil && *a.NonLocal {
				want.NonLocal++
			} else {
				want.Local++
			}
			day[a.SubmittedAt.In(clock.Shanghai).Format("2006-01-02")]++
			switch {
			case a.Status == enum.StatusPendingReview:
				want.Review.Waiting++
				if a.ReviewDeadlineAt.Before(env.Clock.Now()) {
					want.Review.Overdue++
				}
			case a.DecidedAt != nil && a.ReviewDeadlineAt != nil && !a.DecidedAt.After(*a.ReviewDeadlineAt):
				want.Review.OnTime++
			case a.DecidedAt != nil && a.ReviewDeadlineAt != nil:
				want.Review.Late++
			}
		}
		for name, pair := range map[string][2]map[string]int{"status": {status, counts(got.ByStatus)}, "level": {level, counts(got.ByLevel)},
			"qualification": {qual, counts(got.ByQualification)}, "area": {area, counts(got.ByArea)},
			"education": {edu, counts(got.ByEducation)}, "employment": {emp, counts(got.ByEmployment)}} {
			if fmt.Sprint(pair[0]) != fmt.Sprint(pair[1]) {
				t.Errorf("%v by %s: %v, want %v", regionCode, name, pair[1], pair[0])
			}
		}
		days := make([]string, 0, len(day))
		for d := range day {
			days = append(days, d)
		}
		sort.Strings(days)
		total := 0
		for i, d := range days {
			total += day[d]
			if i >= len(got.ByDay) || got.ByDay[i].Day != d || got.ByDay[i].Submitted != day[d] || got.ByDay[i].Cumulative != total {
				t.Errorf("%v by day: %+v, want %v", regionCode, got.ByDay, day)
				break
			}
		}
		if got.Registrations != want.Registrations || got.Local != want.Local || got.NonLocal != want.NonLocal ||
			got.RevenueFen != want.RevenueFen || got.PaidOrders != want.PaidOrders || got.Review != want.Review {
			t.Errorf("%v: %+v\nwant registrations %d local %d non-local %d revenue %d orders %d review %+v", regionCode, got,
				want.Registrations, want.Local, want.NonLocal, want.RevenueFen, want.PaidOrders, want.Review)
		}
		for _, l := range got.ByStatus {
			if l.Label == "" || l.Label == l.Key {
				t.Errorf("status %s has no label", l.Key)
			}
		}
		// Results: 辽宁's three scored candidates (one passed of the three who sat, one absent).
		wantRes := struct{ Sat, Absent, Passed int }{}
		if regionCode == nil || *regionCode == "210000" {
			wantRes = struct{ Sat, Absent, Passed int }{3, 1, 1}
		}
		if got.Results.Sat != wantRes.Sat || got.Results.Absent != wantRes.Absent || got.Results.Passed != wantRes.Passed {
			t.Errorf("%v results: %+v, want %+v", regionCode, got.Results, wantRes)
		}
		// Seats: every enabled site of the scope with its capacity.
		sites := c.ExamSite.Query().Where(examsiteOf(regionID)...).AllX(ctx)
		if len(got.Seats) != len(sites) {
			t.Errorf("%v: %d sites, want %d", regionCode, len(got.Seats), len(sites))
		}
		for _, x := range got.Seats {
			wantUsed, capacity := 0, 0
			if x.Site.ID == string(site.ID) {
				wantUsed = 2
			}
			for _, r := range c.ExamRoom.Query().Where(examroom.SiteID(pulid.ID(x.Site.ID)), examroom.Disabled(false)).AllX(ctx) {
				capacity += r.Capacity
			}
			if x.Used != wantUsed || x.Capacity != capacity {
				t.Errorf("%v: site %s uses %d of %d, want %d of %d", regionCode, x.Site.ID, x.Used, x.Capacity, wantUsed, capacity)
			}
		}
	}
	liaoning, dalian := "210000", "210200"
	la, da, admin := env.LoginStaff(t, "liaoning-admin"), env.LoginStaff(t, "dalian-admin"), env.LoginStaff(t, "admin")
	check(la, nil, &liaoning)
	check(la, &liaoning, &liaoning)
	check(da, &dalian, &dalian)
	check(admin, nil, nil)
	check(admin, &dalian, &dalian)

	// The scope: 辽宁's admin asks for 大连 (and the reverse), a reviewer, a candidate, anonymous.
	vars := func(r *string) map[string]any { return map[string]any{"s": demo.SessionPrint, "r": r} }
	if res := env.PostAs(t, la, statQ, vars(&dalian)); res.Code() != "NOT_FOUND" {
		t.Errorf("辽宁's admin reads 大连's statistics: %s", res.Data)
	}
	if res := env.PostAs(t, da, statQ, vars(&liaoning)); res.Code() != "NOT_FOUND" {
		t.Errorf("大连's admin reads 辽宁's statistics: %s", res.Data)
	}
	var own struct{ Statistics statView }
	env.MustAs(t, la, statQ, vars(nil), &own)
	if own.Statistics.Region == nil || own.Statistics.Region.Code != liaoning {
		t.Errorf("a region admin without a region code gets %+v", own.Statistics.Region)
	}
	if res := env.PostAs(t, env.LoginStaff(t, "liaoning-reviewer"), statQ, vars(nil)); res.Code() != "FORBIDDEN" {
		t.Errorf("a reviewer reads statistics: %s", res.Data)
	}
	cand := newApplicant(t, env, people(1)[0])
	if res := env.PostAs(t, cand.token, statQ, vars(nil)); res.Code() != "FORBIDDEN" {
		t.Errorf("a candidate reads statistics: %s", res.Data)
	}
	if res := env.PostAs(t, "", statQ, vars(nil)); res.Code() != "UNAUTHENTICATED" {
		t.Errorf("anonymous reads statistics: %s", res.Data)
	}
}

func examsiteOf(regionID pulid.ID) []predicate.ExamSite {
	ps := []predicate.ExamSite{examsite.Disabled(false)}
	if regionID != "" {
		ps = append(ps, examsite.HasAreaWith(examarea.RegionID(regionID)))
	}
	return ps
}
