package main

import (
	"fmt"
	"sync"
	"sync/atomic"
	"time"

	"github.com/ruankao/ruankao/internal/demo"
)

const (
	saveQ = `mutation($s: String, $id: ID, $in: ApplicationInput!) { saveApplication(sessionCode: $s, id: $id, input: $in) {
	application { id version subjects { name } idNumberMasked } userErrors { code field } } }`
	submitQ = `mutation($id: ID!) { submitApplication(id: $id, commitmentAccepted: true) {
	application { id status version subjects { name } idNumberMasked } userErrors { code field } } }`
)

// form is a complete application for a region, valid at submit for the demo
// policies of 上海 and 大连 (a 中国护照 holder gives gender and birth date).
func form(regionCode, areaID, photoID string) map[string]any {
	hukou := regionCode
	if regionCode == reviewRegion {
		hukou = "210000" // 大连 belongs to 辽宁: local
	}
	return map[string]any{"regionCode": regionCode, "areaId": areaID, "gender": "FEMALE", "birthDate": "1990-01-01",
		"hukouCode": hukou, "qualificationCode": qualCode, "title": "无", "employment": "EMPLOYED", "workUnit": "某公司",
		"workStartDate": "2015-07-01", "education": "BACHELOR", "degree": "BACHELOR", "graduationDate": "2015-06-30",
		"majorRelation": "SAME", "majorName": "计算机科学与技术", "address": "上海市黄浦区某路 1 号", "email": "a@example.com",
		"mobile": "13800000000", "landline": "021-12345678", "postcode": "200001", "photoId": photoID}
}

type appPayload struct {
	Application *struct {
		ID      string
		Status  string
		Version int
	}
	UserErrors []userError
}

// saveAndSubmit starts a candidate's application in a region and submits it,
// wanting status wantStatus; it gives the submitted application's id and version.
func saveAndSubmit(g *gql, c candidate, ip, regionCode, areaID, wantStatus string, save, submit *recorder) (string, int, bool) {
	var s struct{ SaveApplication appPayload }
	d, err := g.call(c.token, ip, saveQ, map[string]any{"s": demo.SessionOpen, "in": form(regionCode, areaID, c.photo)}, &s)
	if err == nil {
		err = payloadErr("saveApplication", s.SaveApplication, "DRAFT")
	}
	if err != nil {
		save.fail(d, err.Error())
		return "", 0, false
	}
	save.ok(d)
	id := s.SaveApplication.Application.ID
	var sub struct{ SubmitApplication appPayload }
	d, err = g.call(c.token, ip, submitQ, map[string]any{"id": id}, &sub)
	if err == nil {
		err = payloadErr("submitApplication", sub.SubmitApplication, wantStatus)
	}
	if err != nil {
		submit.fail(d, err.Error())
		return "", 0, false
	}
	submit.ok(d)
	return id, sub.SubmitApplication.Application.Version, true
}

func payloadErr(op string, p appPayload, wantStatus string) error {
	if err := userErrs(op, p.UserErrors); err != nil {
		return err
	}
	if p.Application == nil {
		return fmt.Errorf("%s: no application", op)
	}
	if wantStatus != "" && p.Application.Status != "" && p.Application.Status != wantStatus {
		return fmt.Errorf("%s: status %s, want %s", op, p.Application.Status, wantStatus)
	}
	return nil
}

// drive runs op(worker, i) for i = 0, 1, … < n on conns workers, each item
// once (so no two requests of one candidate overlap), until n are done or
// dur has passed; it gives how many were started and the wall time.
func drive(conns, n int, dur time.Duration, op func(worker, i int)) (int, time.Duration) {
	var next atomic.Int64
	var wg sync.WaitGroup
	t0 := time.Now()
	deadline := t0.Add(dur)
	for w := range conns {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for time.Now().Before(deadline) {
				i := int(next.Add(1) - 1)
				if i >= n {
					return
				}
				op(w, i)
			}
		}()
	}
	wg.Wait()
	return min(int(next.Load()), n), time.Since(t0)
}

// submitScenario is scenario 3: conns clients, each a candidate of its own at
// a time, save a new application in 上海 and submit it (no review there:
// straight to AWAITING_PAYMENT). It gives the acknowledged submits' ids.
func submitScenario(g *gql, srv *process, dbPIDs func() []int, writers []candidate, areaID string,
	conns int, dur time.Duration) (save, submit result, acked []string) {
	var sv, sb recorder
	var ack ids
	ms := startMeters([]func() []int{srv.pids, dbPIDs})
	_, took := drive(conns, len(writers), dur, func(_, i int) {
		if id, _, ok := saveAndSubmit(g, writers[i], clientIP(i), submitRegion, areaID, "AWAITING_PAYMENT", &sv, &sb); ok {
			ack.add(id)
		}
	})
	u, du := ms.stop()
	save, submit = sv.result(took), sb.result(took)
	save.usage, save.dbUse, submit.usage, submit.dbUse = u, du, u, du
	return save, submit, ack.list()
}

// ids collects the ids of acknowledged writes, to look for afterwards.
type ids struct {
	mu sync.Mutex
	xs []string
}

func (s *ids) add(id string) {
	s.mu.Lock()
	s.xs = append(s.xs, id)
	s.mu.Unlock()
}

func (s *ids) list() []string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.xs
}
