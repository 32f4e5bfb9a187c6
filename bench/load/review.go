package main

import (
	"fmt"
	"sync/atomic"
	"time"

	"github.com/ruankao/ruankao/ent/region"
	"github.com/ruankao/ruankao/internal/auth"
	"github.com/ruankao/ruankao/internal/enum"
	"github.com/ruankao/ruankao/internal/password"
	"github.com/ruankao/ruankao/internal/store"
)

const (
	queueQ = `{ reviewQueue(first: 20, filter: {sessionCode: "DEMO-OPEN"}) { totalCount
	edges { node { id version name idNumberMasked status statusLabel submittedAt overdue
		qualification { name } area { name } claim { reviewerName mine } } }
	pageInfo { hasNextPage endCursor } } }`
	approveQ = `mutation($id: ID!, $v: Int!) { approveApplication(id: $id, version: $v) {
	application { id status version } userErrors { code field } } }`
	reviewerPassword = "load-reviewer-2026"
)

type pending struct {
	id      string
	version int
}

// reviewPrep submits every reviewee's application in 大连 (untimed, through
// the API like scenario 3) and issues sessions to reviewers of 大连, just
// before scenario 5 since a staff session idles out in 30 minutes.
func reviewPrep(g *gql, dbURL string, reviewees []candidate, areaID string, reviewers int) ([]pending, []string, error) {
	var sv, sb recorder
	out := make([]pending, len(reviewees))
	var failed atomic.Int64
	drive(16, len(reviewees), time.Hour, func(_, i int) {
		id, v, ok := saveAndSubmit(g, reviewees[i], clientIP(1<<20+i), reviewRegion, areaID, "PENDING_REVIEW", &sv, &sb)
		if !ok {
			failed.Add(1)
		}
		out[i] = pending{id, v}
	})
	if n := failed.Load(); n > 0 {
		r := sb.result(time.Second)
		return nil, nil, fmt.Errorf("scenario 5 setup: %d of %d submits to %s failed: %v %v", n, len(reviewees), reviewRegion, sv.result(time.Second).samples, r.samples)
	}
	tokens, err := reviewerSessions(dbURL, reviewers)
	return out, tokens, err
}

// reviewerSessions makes reviewers of 大连 with a known password and a session
// each, its token's hash stored as auth.StartSession does.
func reviewerSessions(dbURL string, n int) ([]string, error) {
	ctx := sys()
	db, err := store.Open(ctx, dbURL)
	if err != nil {
		return nil, err
	}
	defer db.Close()
	c := db.Client
	reg, err := c.Region.Query().Where(region.Code(reviewRegion)).Only(ctx)
	if err != nil {
		return nil, err
	}
	hash, err := password.Hash(reviewerPassword)
	if err != nil {
		return nil, err
	}
	stamp := time.Now().UnixNano()
	tokens := make([]string, n)
	for i := range n {
		u, err := c.StaffUser.Create().SetUsername(fmt.Sprintf("load-reviewer-%d-%d", stamp, i)).
			SetDisplayName(fmt.Sprintf("压测审核员%d", i)).SetRole(enum.RoleReviewer).SetRegionID(reg.ID).
			SetPasswordHash(hash).Save(ctx)
		if err != nil {
			return nil, err
		}
		s, err := auth.StartSession(ctx, c, "", u.ID, "127.0.0.1", "bench/load")
		if err != nil {
			return nil, err
		}
		tokens[i] = s.Token
	}
	return tokens, nil
}

type queuePage struct {
	ReviewQueue struct {
		TotalCount int
		Edges      []struct{ Node struct{ ID string } }
	}
}

// reviewScenario is scenario 5: each client, a reviewer of its own, pages the
// queue (20 with totalCount) and approves the next pending application
// (each exactly once), as a reviewer at the desk does.
func reviewScenario(g *gql, srv *process, dbPIDs func() []int, tokens []string, apps []pending,
	dur time.Duration) (page, approve result, acked []string) {
	var pg, ap recorder
	var approved ids
	ms := startMeters([]func() []int{srv.pids, dbPIDs})
	_, took := drive(len(tokens), len(apps), dur, func(w, i int) {
		tok, ip := tokens[w], clientIP(2<<20+w)
		var q queuePage
		d, err := g.call(tok, ip, queueQ, nil, &q)
		if err == nil && len(q.ReviewQueue.Edges) == 0 {
			err = fmt.Errorf("empty queue page (totalCount %d)", q.ReviewQueue.TotalCount)
		}
		if err != nil {
			pg.fail(d, err.Error())
		} else {
			pg.ok(d)
		}
		var a struct{ ApproveApplication appPayload }
		d, err = g.call(tok, ip, approveQ, map[string]any{"id": apps[i].id, "v": apps[i].version}, &a)
		if err == nil {
			err = payloadErr("approveApplication", a.ApproveApplication, "AWAITING_PAYMENT")
		}
		if err != nil {
			ap.fail(d, err.Error())
			return
		}
		ap.ok(d)
		approved.add(apps[i].id)
	})
	u, du := ms.stop()
	page, approve = pg.result(took), ap.result(took)
	page.usage, page.dbUse, approve.usage, approve.dbUse = u, du, u, du
	return page, approve, approved.list()
}
