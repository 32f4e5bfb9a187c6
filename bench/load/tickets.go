package main

import (
	"fmt"
	"io"
	"net/http"
	"time"

	"github.com/ruankao/ruankao/ent"
	"github.com/ruankao/ruankao/ent/admissionticket"
	"github.com/ruankao/ruankao/ent/examarea"
	"github.com/ruankao/ruankao/ent/examsession"
	"github.com/ruankao/ruankao/ent/qualification"
	"github.com/ruankao/ruankao/ent/region"
	"github.com/ruankao/ruankao/ent/schema/pulid"
	"github.com/ruankao/ruankao/internal/demo"
	"github.com/ruankao/ruankao/internal/enum"
	"github.com/ruankao/ruankao/internal/seatplan"
	"github.com/ruankao/ruankao/internal/viewer"
)

// maxTicketHolders bounds scenario 7's candidates.
const maxTicketHolders = 5_000

// ticketHolder is a candidate with a published ticket.
type ticketHolder struct{ token, ticket string }

// ticketPrep (untimed) registers scenario 2's readers for the printing demo
// session in 上海, adds the rooms they need, and runs and publishes the seat
// plan through internal/seatplan as 上海's admin would.
func (r *run) ticketPrep() ([]ticketHolder, error) {
	ctx := sys()
	c := r.counter.Client
	readers := r.ds.readers[:min(len(r.ds.readers), maxTicketHolders)]
	sess, err := c.ExamSession.Query().Where(examsession.Code(demo.SessionPrint)).Only(ctx)
	if err != nil {
		return nil, err
	}
	reg, err := c.Region.Query().Where(region.Code(submitRegion)).Only(ctx)
	if err != nil {
		return nil, err
	}
	area, err := c.ExamArea.Query().Where(examarea.RegionID(reg.ID)).Order(ent.Asc(examarea.FieldCode)).First(ctx)
	if err != nil {
		return nil, err
	}
	q, err := c.Qualification.Query().Where(qualification.Code(qualCode)).Only(ctx)
	if err != nil {
		return nil, err
	}
	site, err := c.ExamSite.Create().SetAreaID(area.ID).SetCode("LOAD").SetName("压测考点").SetAddress("上海市").Save(ctx)
	if err != nil {
		return nil, err
	}
	var rooms []*ent.ExamRoomCreate
	for i := 0; i*30 < len(readers); i++ {
		rooms = append(rooms, c.ExamRoom.Create().SetSiteID(site.ID).SetCode(fmt.Sprintf("L%03d", i+1)).SetCapacity(30))
	}
	if err := c.ExamRoom.CreateBulk(rooms...).Exec(ctx); err != nil {
		return nil, err
	}
	appOf := map[pulid.ID]string{}
	for from := 0; from < len(readers); from += bulkRows {
		batch := readers[from:min(len(readers), from+bulkRows)]
		creates := make([]*ent.ApplicationCreate, len(batch))
		for i, rd := range batch {
			id := pulid.New("AP")
			appOf[id] = rd.token
			creates[i] = c.Application.Create().SetID(id).SetCandidateID(pulid.ID(rd.id)).SetSessionID(sess.ID).
				SetRegionID(reg.ID).SetAreaID(area.ID).SetQualificationID(q.ID).SetLevel(q.Level).SetName("考生").
				SetIDType(enum.IDPassport).SetPhotoID(pulid.ID(rd.photo)).SetStatus(enum.StatusRegistered)
		}
		if err := c.Application.CreateBulk(creates...).Exec(ctx); err != nil {
			return nil, err
		}
	}
	// The plan runs as a national admin of the harness's own.
	admin, err := c.StaffUser.Create().SetUsername("load-planner").SetDisplayName("压测编排").
		SetRole(enum.RoleNationalAdmin).SetPasswordHash("!").Save(ctx)
	if err != nil {
		return nil, err
	}
	actx := viewer.With(sys(), viewer.Viewer{Kind: viewer.Staff, ID: admin.ID, Role: enum.RoleNationalAdmin})
	svc := &seatplan.Service{Client: c, Dialect: r.counter.Dialect}
	code := submitRegion
	run, ps, err := svc.Start(actx, demo.SessionPrint, &code)
	if err != nil || ps.Any() {
		return nil, fmt.Errorf("seat plan: %v %+v", err, ps[0])
	}
	svc.Wait()
	if _, ps, err := svc.Publish(actx, run.ID); err != nil || ps.Any() {
		return nil, fmt.Errorf("publish: %v %v", err, ps)
	}
	ts, err := c.AdmissionTicket.Query().Where(admissionticket.SessionID(sess.ID)).All(ctx)
	if err != nil {
		return nil, err
	}
	var out []ticketHolder
	for _, t := range ts {
		if tok, ok := appOf[t.ApplicationID]; ok {
			out = append(out, ticketHolder{token: tok, ticket: string(t.ID)})
		}
	}
	return out, nil
}

// ticketScenario is scenario 7: each candidate downloads their own 准考证,
// rendered cold (a different candidate each request, nothing cached).
func ticketScenario(url string, holders []ticketHolder, conns int, dur time.Duration, meters ...func() []int) result {
	client := newHTTP(conns)
	var rec recorder
	ms := startMeters(meters)
	_, took := drive(conns, len(holders), dur, func(_, i int) {
		req, _ := http.NewRequest(http.MethodGet, url+"/tickets/"+holders[i].ticket, nil)
		req.Header.Set("Authorization", "Bearer "+holders[i].token)
		req.Header.Set("X-Forwarded-For", clientIP(i))
		t0 := time.Now()
		res, err := client.Do(req)
		d := time.Since(t0)
		if err != nil {
			rec.fail(d, err.Error())
			return
		}
		buf := make([]byte, 4)
		n, _ := res.Body.Read(buf)
		_, _ = io.Copy(io.Discard, res.Body)
		res.Body.Close()
		if res.StatusCode != http.StatusOK || string(buf[:n]) != "%PDF" {
			rec.fail(d, fmt.Sprintf("status %d", res.StatusCode))
			return
		}
		rec.ok(time.Since(t0))
	})
	u, du := ms.stop()
	out := rec.result(took)
	out.usage, out.dbUse = u, du
	return out
}
