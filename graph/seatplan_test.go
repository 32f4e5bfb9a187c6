package graph_test

import (
	"encoding/hex"
	"sort"
	"strconv"
	"sync"
	"testing"
	"time"

	"github.com/ruankao/ruankao/ent"
	"github.com/ruankao/ruankao/ent/admissionticket"
	"github.com/ruankao/ruankao/ent/application"
	"github.com/ruankao/ruankao/ent/examarea"
	"github.com/ruankao/ruankao/ent/examroom"
	"github.com/ruankao/ruankao/ent/examsession"
	"github.com/ruankao/ruankao/ent/examsite"
	entregion "github.com/ruankao/ruankao/ent/region"
	"github.com/ruankao/ruankao/ent/schema/pulid"
	"github.com/ruankao/ruankao/internal/demo"
	"github.com/ruankao/ruankao/internal/seats"
	"github.com/ruankao/ruankao/internal/testenv"
)

type runView struct {
	ID, Status, Seed, Seating string
	InputsDigest              *string
	Candidates, Staged        int
	RunByName                 string
	Shortfalls                []struct {
		Area             struct{ Name string }
		Need, Have, Lack int
	}
}

const runFields = `id status seed seating inputsDigest candidates staged runByName shortfalls { area { name } need have lack }`

type runPayload struct {
	Run        *runView
	UserErrors []userError
}

func runPlan(t *testing.T, env *testenv.Env, token, session string, region *string) (runPayload, *testenv.Response) {
	t.Helper()
	res := env.PostAs(t, token, `mutation($s: String!, $r: String) { runSeatPlan(sessionCode: $s, regionCode: $r) { run { `+runFields+` } userErrors { field code message } } }`,
		map[string]any{"s": session, "r": region})
	var d struct{ RunSeatPlan runPayload }
	_ = jsonUnmarshalRaw(res.Data, &d)
	return d.RunSeatPlan, res
}

func publishPlan(t *testing.T, env *testenv.Env, token, run string) (runPayload, *testenv.Response) {
	t.Helper()
	res := env.PostAs(t, token, `mutation($id: ID!) { publishSeatPlan(runId: $id) { run { `+runFields+` } userErrors { field code message } } }`,
		map[string]any{"id": run})
	var d struct{ PublishSeatPlan runPayload }
	_ = jsonUnmarshalRaw(res.Data, &d)
	return d.PublishSeatPlan, res
}

func runs(t *testing.T, env *testenv.Env, token string) ([]runView, *testenv.Response) {
	t.Helper()
	res := env.PostAs(t, token, `query { seatPlanRuns(sessionCode: "`+demo.SessionPrint+`") { `+runFields+` } }`, nil)
	var d struct{ SeatPlanRuns []runView }
	_ = jsonUnmarshalRaw(res.Data, &d)
	return d.SeatPlanRuns, res
}

// finished waits for the run's job, reading its progress through the API.
func finished(t *testing.T, env *testenv.Env, token, id string) runView {
	t.Helper()
	var out runView
	waitFor(t, "the seat plan job", func() bool {
		rs, _ := runs(t, env, token)
		for _, r := range rs {
			if r.ID == id && r.Status != "RUNNING" {
				out = r
				return true
			}
		}
		return false
	})
	return out
}

// A region admin plans 辽宁's printing session: the job places every
// REGISTERED candidate in their area, within capacity, neighbours mixed;
// publishing makes the tickets and freezes the plan; the published seats are
// exactly what the recorded seed and inputs give.
func TestSeatPlanRunPublishAndReproduce(t *testing.T) {
	env := testenv.Start(t, march)
	ids := env.Registered(t, 150, demo.SessionPrint, "210000", "沈阳考区", "ZJ02", "ZJ01", "CJ01")
	admin := env.LoginStaff(t, "liaoning-admin")
	p, res := runPlan(t, env, admin, demo.SessionPrint, nil)
	if p.Run == nil || len(p.UserErrors) > 0 {
		t.Fatalf("run: %+v %+v", p, res.Errors)
	}
	run := finished(t, env, admin, p.Run.ID)
	if run.Status != "READY" || run.Candidates != 150 || run.Staged != 150 || len(run.Seed) != 64 || run.InputsDigest == nil || run.RunByName == "" {
		t.Fatalf("run: %+v", run)
	}
	if n := env.DB.Client.AdmissionTicket.Query().CountX(testenv.System()); n != 0 {
		t.Fatalf("%d tickets before publishing", n)
	}
	pub, res := publishPlan(t, env, admin, run.ID)
	if pub.Run == nil || pub.Run.Status != "PUBLISHED" || len(pub.UserErrors) > 0 {
		t.Fatalf("publish: %+v %+v", pub, res.Errors)
	}
	ctx := testenv.System()
	c := env.DB.Client
	tickets := c.AdmissionTicket.Query().AllX(ctx)
	if len(tickets) != 150 {
		t.Fatalf("%d tickets", len(tickets))
	}
	// Within the area, within capacity, numbers unique and well-formed.
	shenyang := c.ExamArea.Query().Where(examarea.Name("沈阳考区"), examarea.HasRegionWith(entregion.Code("210000"))).OnlyX(ctx)
	perRoom, numbers := map[pulid.ID]int{}, map[string]bool{}
	for _, tk := range tickets {
		site := c.ExamSite.GetX(ctx, tk.SiteID)
		room := c.ExamRoom.GetX(ctx, tk.RoomID)
		if site.AreaID != shenyang.ID || room.SiteID != site.ID || tk.Seat < 1 || tk.Seat > room.Capacity {
			t.Fatalf("ticket %+v outside its area or room", tk)
		}
		perRoom[tk.RoomID]++
		if len(tk.TicketNumber) != 16 || tk.TicketNumber[3:9] != "210000" || numbers[tk.TicketNumber] {
			t.Errorf("ticket number %q", tk.TicketNumber)
		}
		numbers[tk.TicketNumber] = true
	}
	for room, n := range perRoom {
		if capacity := c.ExamRoom.GetX(ctx, room).Capacity; n > capacity {
			t.Errorf("room %s: %d of %d", room, n, capacity)
		}
	}

	// Reproduce: the recorded seed over the same inputs gives the same seats.
	var regs []seats.Registration
	for _, a := range c.Application.Query().Where(application.IDIn(ids...)).WithQualification(func(q *ent.QualificationQuery) { q.WithSubjects() }).AllX(ctx) {
		var sittings []int
		for _, s := range a.Edges.Qualification.Edges.Subjects {
			sittings = append(sittings, s.Sitting)
		}
		regs = append(regs, seats.Registration{ID: string(a.ID), Area: string(*a.AreaID), Qualification: string(*a.QualificationID), Sittings: sittings})
	}
	var sites []seats.Site
	for _, s := range c.ExamSite.Query().Where(examsite.Disabled(false), examsite.HasAreaWith(examarea.HasRegionWith(entregion.Code("210000")))).
		WithRooms(func(q *ent.ExamRoomQuery) { q.Where(examroom.Disabled(false)) }).AllX(ctx) {
		ss := seats.Site{ID: string(s.ID), Area: string(s.AreaID)}
		for _, r := range s.Edges.Rooms {
			ss.Rooms = append(ss.Rooms, seats.Room{ID: string(r.ID), Code: r.Code, Capacity: r.Capacity})
		}
		sites = append(sites, ss)
	}
	digest := seats.Digest(regs, sites)
	if hex.EncodeToString(digest[:]) != *run.InputsDigest {
		t.Fatalf("inputs digest %s, recomputed %x", *run.InputsDigest, digest)
	}
	var seed seats.Seed
	raw, _ := hex.DecodeString(run.Seed)
	copy(seed[:], raw)
	again, err := seats.Plan(regs, sites, seed, seats.Mixed)
	if err != nil {
		t.Fatal(err)
	}
	byApp := map[string]seats.Assignment{}
	for _, a := range again.Assignments {
		byApp[a.Registration] = a
	}
	for _, tk := range tickets {
		a := byApp[string(tk.ApplicationID)]
		if a.Room != string(tk.RoomID) || a.Seat != tk.Seat || a.Site != string(tk.SiteID) {
			t.Fatalf("ticket %s at %s/%d, the seed gives %s/%d", tk.ID, tk.RoomID, tk.Seat, a.Room, a.Seat)
		}
	}
	qualOf := map[string]string{}
	for _, r := range regs {
		qualOf[r.ID] = r.Qualification
	}
	of := func(id string) string { return qualOf[id] }
	if got, least := seats.NeighbourClashes(again.Assignments, of), seats.MinNeighbourClashes(again.Assignments, of); got != least {
		t.Errorf("neighbours sharing a qualification: %d, least possible %d", got, least)
	}

	// Published = frozen: no new run, no second publish.
	if p, _ := runPlan(t, env, admin, demo.SessionPrint, nil); !hasCode(p.UserErrors, "WRONG_STATE") {
		t.Errorf("run after publishing: %+v", p.UserErrors)
	}
	if p, _ := publishPlan(t, env, admin, run.ID); p.Run == nil || p.Run.Status != "PUBLISHED" {
		t.Errorf("publish again: %+v", p)
	}
	// The application shows its ticket (as the admin reads it).
	var d struct {
		Node struct {
			AdmissionTicket *struct {
				TicketNumber string
				Seat         int
				Site         struct{ Name string }
				Room         struct{ Code string }
			}
		}
	}
	env.MustAs(t, admin, `query($id: ID!) { node(id: $id) { ... on Application { admissionTicket { ticketNumber seat site { name } room { code } } } } }`,
		map[string]any{"id": string(ids[0])}, &d)
	if d.Node.AdmissionTicket == nil || d.Node.AdmissionTicket.TicketNumber == "" {
		t.Errorf("application's ticket: %+v", d.Node)
	}
}

// An area short of seats: nothing is assigned, the run lists the shortfall.
func TestSeatPlanShortfallAssignsNothing(t *testing.T) {
	env := testenv.Start(t, march)
	env.Registered(t, 100, demo.SessionPrint, "210000", "锦州考区", "ZJ02") // 90 seats there
	env.Registered(t, 20, demo.SessionPrint, "210000", "沈阳考区", "ZJ02")
	admin := env.LoginStaff(t, "liaoning-admin")
	p, _ := runPlan(t, env, admin, demo.SessionPrint, nil)
	run := finished(t, env, admin, p.Run.ID)
	if run.Status != "SHORTFALL" || len(run.Shortfalls) != 1 || run.Shortfalls[0].Area.Name != "锦州考区" ||
		run.Shortfalls[0].Need != 100 || run.Shortfalls[0].Have != 90 || run.Shortfalls[0].Lack != 10 || run.Staged != 0 {
		t.Fatalf("shortfall: %+v", run)
	}
	if pub, _ := publishPlan(t, env, admin, run.ID); !hasCode(pub.UserErrors, "WRONG_STATE") {
		t.Errorf("publishing a shortfall: %+v", pub)
	}
	if n := env.DB.Client.AdmissionTicket.Query().CountX(testenv.System()); n != 0 {
		t.Errorf("%d tickets", n)
	}
}

// Two runs at once: the database lets one run at a time (a partial unique
// index); the loser is told to wait. Published twice at once: one plan, no
// seat twice (the tickets' unique indexes).
func TestConcurrentSeatPlansNeverDoubleASeat(t *testing.T) {
	env := testenv.Start(t, march)
	env.Registered(t, 120, demo.SessionPrint, "210000", "沈阳考区", "ZJ02", "ZJ01")
	admin := env.LoginStaff(t, "liaoning-admin")
	var wg sync.WaitGroup
	got := make([]runPayload, 2)
	for i := range got {
		wg.Add(1)
		go func() {
			defer wg.Done()
			got[i], _ = runPlan(t, env, admin, demo.SessionPrint, nil)
		}()
	}
	wg.Wait()
	var id string
	started := 0
	for _, p := range got {
		switch {
		case p.Run != nil:
			started++
			id = p.Run.ID
		case !hasCode(p.UserErrors, "WRONG_STATE"):
			t.Errorf("the second run: %+v", p.UserErrors)
		}
	}
	if started == 0 {
		t.Fatal("no run started")
	}
	// Both may have started when the first finished before the second began.
	for _, p := range got {
		if p.Run != nil {
			finished(t, env, admin, p.Run.ID)
		}
	}
	if started == 2 {
		rs, _ := runs(t, env, admin)
		id = rs[0].ID // the newest is READY; the other was superseded
	}
	statuses := make([]string, 2)
	for i := range statuses {
		wg.Add(1)
		go func() {
			defer wg.Done()
			p, _ := publishPlan(t, env, admin, id)
			if p.Run != nil {
				statuses[i] = p.Run.Status
			}
		}()
	}
	wg.Wait()
	ctx := testenv.System()
	if n := env.DB.Client.AdmissionTicket.Query().CountX(ctx); n != 120 {
		t.Fatalf("%d tickets (statuses %v)", n, statuses)
	}
	seatsTaken := map[string]bool{}
	for _, tk := range env.DB.Client.AdmissionTicket.Query().AllX(ctx) {
		k := string(tk.RoomID) + "/" + strconv.Itoa(tk.Seat)
		if seatsTaken[k] {
			t.Fatalf("seat %s twice", k)
		}
		seatsTaken[k] = true
	}
}

// Who may plan: not outside the printing window, not a reviewer, not
// another region's admin; national admins see every region's runs.
func TestSeatPlanAccessAndWindow(t *testing.T) {
	env := testenv.Start(t, march)
	env.Registered(t, 10, demo.SessionPrint, "210000", "沈阳考区", "ZJ02")
	admin := env.LoginStaff(t, "liaoning-admin")
	if p, _ := runPlan(t, env, admin, demo.SessionOpen, nil); !hasCode(p.UserErrors, "WINDOW_CLOSED") {
		t.Errorf("outside the printing window: %+v", p.UserErrors)
	}
	if _, res := runPlan(t, env, env.LoginStaff(t, "liaoning-reviewer"), demo.SessionPrint, nil); res.Code() != "FORBIDDEN" {
		t.Errorf("reviewer: %+v", res.Errors)
	}
	if _, res := runPlan(t, env, "", demo.SessionPrint, nil); res.Code() != "UNAUTHENTICATED" {
		t.Errorf("anonymous: %+v", res.Errors)
	}
	dalian := "210000"
	if _, res := runPlan(t, env, env.LoginStaff(t, "dalian-admin"), demo.SessionPrint, &dalian); res.Code() != "NOT_FOUND" {
		t.Errorf("大连's admin planning 辽宁: %+v", res.Errors)
	}
	p, _ := runPlan(t, env, admin, demo.SessionPrint, nil)
	finished(t, env, admin, p.Run.ID)
	if rs, _ := runs(t, env, env.LoginStaff(t, "dalian-admin")); len(rs) != 0 {
		t.Errorf("大连's admin sees %d of 辽宁's runs", len(rs))
	}
	if _, res := publishPlan(t, env, env.LoginStaff(t, "dalian-admin"), p.Run.ID); res.Code() != "NOT_FOUND" {
		t.Errorf("大连's admin publishing 辽宁's run: %+v", res.Errors)
	}
	if rs, _ := runs(t, env, env.LoginStaff(t, "admin")); len(rs) != 1 {
		t.Errorf("national admin sees %d runs", len(rs))
	}
	if n := env.DB.Client.AdmissionTicket.Query().Where(admissionticket.SeatGT(0)).CountX(testenv.System()); n != 0 {
		t.Errorf("%d tickets without publishing", n)
	}
}

// Two sessions of one half-year in one region (a make-up sitting, the demo's
// sessions): the 准考证号 carries the half-year, not the session, so the second
// plan's numbers continue after the first's instead of colliding at publish.
func TestTicketNumbersOfTwoSessionsInOneHalfYear(t *testing.T) {
	env := testenv.Start(t, march)
	first := env.Registered(t, 3, demo.SessionPrint, "210000", "沈阳考区", "ZJ02")
	second := env.Registered(t, 2, demo.SessionOpen, "210000", "沈阳考区", "ZJ02")
	for _, s := range []string{demo.SessionPrint, demo.SessionOpen} {
		// Each plan in its own printing window.
		sess := env.DB.Client.ExamSession.Query().Where(examsession.Code(s)).OnlyX(testenv.System())
		if now := env.Clock.Now(); now.Before(sess.TicketPrintOpensAt) || !now.Before(sess.TicketPrintClosesAt) {
			env.Clock.Set(sess.TicketPrintOpensAt.Add(time.Hour))
		}
		admin := env.LoginStaff(t, "liaoning-admin")
		r, res := runPlan(t, env, admin, s, nil)
		if r.Run == nil {
			t.Fatalf("run %s: %+v %+v", s, r.UserErrors, res.Errors)
		}
		waitFor(t, "the seat plan job of "+s, func() bool {
			var d struct{ SeatPlanRuns []runView }
			env.MustAs(t, admin, `query($s: String!) { seatPlanRuns(sessionCode: $s) { `+runFields+` } }`, map[string]any{"s": s}, &d)
			return len(d.SeatPlanRuns) > 0 && d.SeatPlanRuns[0].Status != "RUNNING"
		})
		if p, res := publishPlan(t, env, admin, r.Run.ID); len(p.UserErrors) > 0 || len(res.Errors) > 0 {
			t.Fatalf("publish %s: %+v %+v", s, p.UserErrors, res.Errors)
		}
	}
	numbers := func(ids []pulid.ID) []string {
		var out []string
		for _, id := range ids {
			out = append(out, env.DB.Client.AdmissionTicket.Query().Where(admissionticket.ApplicationID(id)).OnlyX(testenv.System()).TicketNumber)
		}
		sort.Strings(out)
		return out
	}
	a, b := numbers(first), numbers(second)
	if a[0][:10] != b[0][:10] {
		t.Fatalf("the sessions are not in one half-year here (%s, %s): the test shows nothing", a[0], b[0])
	}
	if a[0][10:] != "000001" || a[2][10:] != "000003" || b[0][10:] != "000004" || b[1][10:] != "000005" {
		t.Errorf("numbers: %v then %v, want 000001–000003 then 000004–000005", a, b)
	}
	// The review queue's search finds a registration by its 准考证号, in the region only.
	find := func(token, number string) []string {
		var d struct {
			ReviewQueue struct {
				Edges []struct{ Node struct{ ID string } }
			}
		}
		env.MustAs(t, token, `query($q: String!) { reviewQueue(filter: {statuses: [REGISTERED], search: $q}) { edges { node { id } } } }`, map[string]any{"q": number}, &d)
		var ids []string
		for _, e := range d.ReviewQueue.Edges {
			ids = append(ids, e.Node.ID)
		}
		return ids
	}
	owner := env.DB.Client.AdmissionTicket.Query().Where(admissionticket.TicketNumber(b[1])).OnlyX(testenv.System()).ApplicationID
	if got := find(env.LoginStaff(t, "liaoning-admin"), b[1]); len(got) != 1 || got[0] != string(owner) {
		t.Errorf("search by 准考证号 %s: %v, want %s", b[1], got, owner)
	}
	if got := find(env.LoginStaff(t, "dalian-admin"), b[1]); len(got) != 0 {
		t.Errorf("大连's admin finds 辽宁's 准考证号: %v", got)
	}
	if got := find(env.LoginStaff(t, "liaoning-admin"), "2600000000000000"); len(got) != 0 {
		t.Errorf("an unknown 准考证号: %v", got)
	}
}
