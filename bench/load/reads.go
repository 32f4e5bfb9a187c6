package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"net/http"
	"sync/atomic"
	"time"

	vegeta "github.com/tsenart/vegeta/v12/lib"
)

// The regions whose public page scenario 1 asks for, in turn: the demo's,
// with areas, policies and (but for 上海) notices.
var catalogRegions = []string{"210000", "210200", "110000", "310000", "440000", "320000"}

// Scenario 1: what the portal's region page asks for, anonymous.
const catalogQ = `query($code: String!) { region(code: $code) { code name
	policies { session { code name registrationOpen } registrationOpensAt registrationClosesAt free reviewModeLabel feePerSubjectFen }
	areas { id name levels } notices { kindLabel title publishedAt } } }`

// PostGraphile's same page: a unique index is no unique constraint to it, so
// the region comes through allRegions' condition.
const pgCatalogQ = `query($code: String!) { allRegions(condition: {code: $code}) { nodes { code name
	regionPoliciesByRegionId { nodes { examSessionBySessionId { code name registrationOpensAt registrationClosesAt }
		registrationOpensAt registrationClosesAt reviewMode feePerSubjectFen } }
	examAreasByRegionId { nodes { id name levels } } noticesByRegionId { nodes { kind title publishedAt } } } } }`

// Scenario 2: a logged-in candidate reads their application, as a list and by id.
const (
	myAppsQ = `{ myApplications { id status statusLabel version region { code name } qualification { code name } } }`
	nodeQ   = `query($id: ID!) { node(id: $id) { ... on Application { id status statusLabel version
		region { code name } qualification { code name } } } }`
	pgAppQ = `query($id: String!) { applicationById(id: $id) { id status version
		regionByRegionId { code name } qualificationByQualificationId { code name } } }`
)

// attackSpec is one closed-loop, max-rate vegeta attack: conns workers, each
// sending its next request as soon as the last one is answered, for at most
// dur and n requests; every request is made by next(i) and checked by check.
type attackSpec struct {
	conns int
	dur   time.Duration
	n     int
	next  func(i int, t *vegeta.Target)
	check func(status int, body []byte) error
}

func (s attackSpec) run(meters ...func() []int) result {
	var seq atomic.Int64
	tr := func(t *vegeta.Target) error {
		i := int(seq.Add(1) - 1)
		if i >= s.n {
			return vegeta.ErrNoTargets
		}
		s.next(i, t)
		return nil
	}
	atk := vegeta.NewAttacker(vegeta.Workers(uint64(s.conns)), vegeta.MaxWorkers(uint64(s.conns)),
		vegeta.Connections(s.conns), vegeta.MaxConnections(s.conns), vegeta.KeepAlive(true),
		vegeta.HTTP2(false), vegeta.Timeout(30*time.Second))
	ms := startMeters(meters)
	var rec recorder
	t0 := time.Now()
	for res := range atk.Attack(tr, vegeta.ConstantPacer{Freq: 0, Per: time.Second}, s.dur, "load") {
		if res.Error == vegeta.ErrNoTargets.Error() {
			continue
		}
		switch {
		case res.Error != "":
			rec.fail(res.Latency, res.Error)
		default:
			if err := s.check(int(res.Code), res.Body); err != nil {
				rec.fail(res.Latency, err.Error())
			} else {
				rec.ok(res.Latency)
			}
		}
	}
	out := rec.result(time.Since(t0))
	out.usage, out.dbUse = ms.stop()
	return out
}

// meters is the server's meter and, when given, PostgreSQL's.
type meters struct{ server, db *meter }

func startMeters(pids []func() []int) meters {
	var m meters
	if len(pids) > 0 {
		m.server = startMeter(pids[0])
	}
	if len(pids) > 1 && pids[1] != nil {
		m.db = startMeter(pids[1])
	}
	return m
}

func (m meters) stop() (usage, usage) {
	var a, b usage
	if m.server != nil {
		a = m.server.stop()
	}
	if m.db != nil {
		b = m.db.stop()
	}
	return a, b
}

func gqlTarget(t *vegeta.Target, url, token, query string, vars map[string]any) {
	body, _ := json.Marshal(map[string]any{"query": query, "variables": vars})
	t.Method, t.URL, t.Body = http.MethodPost, url+"/graphql", body
	t.Header = http.Header{"Content-Type": {"application/json"}}
	if token != "" {
		t.Header.Set("Authorization", "Bearer "+token)
	}
}

// checkData wants a GraphQL answer without errors whose data contains want.
func checkData(want string) func(int, []byte) error {
	return func(status int, body []byte) error {
		if err := decode(status, body, nil); err != nil {
			return err
		}
		if !bytes.Contains(body, []byte(want)) {
			return fmt.Errorf("answer without %s: %s", want, truncate(string(body), 200))
		}
		return nil
	}
}

func catalogAttack(url string, pg bool, conns int, dur time.Duration, n int) attackSpec {
	q, want := catalogQ, `"areas"`
	if pg {
		q, want = pgCatalogQ, `"examAreasByRegionId"`
	}
	return attackSpec{conns: conns, dur: dur, n: n, check: checkData(want),
		next: func(i int, t *vegeta.Target) {
			gqlTarget(t, url, "", q, map[string]any{"code": catalogRegions[i%len(catalogRegions)]})
		}}
}

// readAttack is scenario 2 against one of the servers: ours as myApplications
// or node(id:), the plain handler, or PostGraphile's application by id.
func readAttack(kind, url string, readers []candidate, conns int, dur time.Duration, n int) attackSpec {
	s := attackSpec{conns: conns, dur: dur, n: n}
	pick := func(i int) candidate { return readers[(i*7919)%len(readers)] }
	switch kind {
	case "myApplications":
		s.check = checkData(`"qualification":{"code"`)
		s.next = func(i int, t *vegeta.Target) { gqlTarget(t, url, pick(i).token, myAppsQ, nil) }
	case "node":
		s.check = checkData(`"qualification":{"code"`)
		s.next = func(i int, t *vegeta.Target) {
			c := pick(i)
			gqlTarget(t, url, c.token, nodeQ, map[string]any{"id": c.app})
		}
	case "plain":
		s.check = func(status int, body []byte) error {
			if status != http.StatusOK || !bytes.Contains(body, []byte(`"qualification":{"code"`)) {
				return fmt.Errorf("HTTP %d: %s", status, truncate(string(body), 200))
			}
			return nil
		}
		s.next = func(i int, t *vegeta.Target) {
			t.Method, t.URL = http.MethodGet, url+"/my-applications"
			t.Header = http.Header{"Authorization": {"Bearer " + pick(i).token}}
		}
	case "postgraphile":
		s.check = checkData(`"qualificationByQualificationId":{"code"`)
		s.next = func(i int, t *vegeta.Target) { gqlTarget(t, url, "", pgAppQ, map[string]any{"id": pick(i).app}) }
	default:
		panic(kind)
	}
	return s
}
