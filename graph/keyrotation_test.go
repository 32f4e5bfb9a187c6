package graph_test

import (
	"bytes"
	"context"
	"sync"
	"testing"

	"github.com/ruankao/ruankao/internal/demo"
	"github.com/ruankao/ruankao/internal/pii"
	"github.com/ruankao/ruankao/internal/rekey"
	"github.com/ruankao/ruankao/internal/testenv"
)

// TestDataKeyRotationThroughTheAPI: applicants under the old key k1 (the dev
// key), a "restart" with [k2, k1] (the server's keyring swapped in place, as a
// restart with new configuration would), new applicants and the re-encryption
// job at the same time, then [k2] alone: the review desk still finds every
// applicant by the full ID number, the first login still refuses a number in
// use, and staff and owners read the full number.
func TestDataKeyRotationThroughTheAPI(t *testing.T) {
	env := testenv.Start(t, march)
	ctx := context.Background()
	newest := pii.MasterKey{ID: "k2", Secret: bytes.Repeat([]byte{0x5a}, 32)}
	mustRing := func(keys ...pii.MasterKey) *pii.Keys {
		k, err := pii.NewKeyring(keys...)
		if err != nil {
			t.Fatal(err)
		}
		return k
	}
	restart := func(k *pii.Keys) {
		*env.Keys = *k // every service holds this pointer
		if _, err := rekey.CheckKeys(ctx, env.DB, rekey.Config{Data: env.Keys}); err != nil {
			t.Fatalf("start-up check with %v: %v", k.IDs(), err)
		}
	}
	ps := people(6)
	restart(mustRing(pii.MasterKey{ID: "k1", Secret: pii.DevMasterKey()}))
	owners := map[string]string{}
	apps := map[string]string{}
	for _, p := range ps[:3] {
		a, id := submitIn(t, env, p, "210200", "大连考区", "210000", "ZJ02")
		owners[p.Name], apps[p.Name] = a.token, id
	}

	restart(mustRing(newest, pii.MasterKey{ID: "k1", Secret: pii.DevMasterKey()}))
	inUse := func(when string, n int) {
		t.Helper()
		other := demo.Identity{Subject: "another-subject-" + when, Name: "冒名", IDType: ps[n].IDType, IDNumber: ps[n].IDNumber}
		ticket, qr := env.StartQR(t)
		env.Simulate(t, qr, "CONFIRM", other)
		if p := poll(t, env, ticket).PollCandidateLogin; p.Session != nil || len(p.UserErrors) == 0 || p.UserErrors[0].Code != "ID_IN_USE" {
			t.Errorf("%s's number under another subject, %s: %+v", ps[n].Name, when, p)
		}
	}
	inUse("before the job", 0) // its hash is still k1's
	reviewer := env.LoginStaff(t, "dalian-reviewer")
	if _, items := queue(t, env, reviewer, map[string]any{"search": ps[1].IDNumber}, ""); names(items) != ps[1].Name {
		t.Errorf("search by a k1 hash during the rotation: %q", names(items))
	}
	var wg sync.WaitGroup
	var rep *rekey.Report
	var jobErr error
	wg.Add(1)
	go func() {
		defer wg.Done()
		rep, jobErr = (&rekey.Job{DB: env.DB, Keys: env.Keys, Batch: 1}).Run(ctx)
	}()
	for _, p := range ps[3:5] { // live traffic beside the job
		a, id := submitIn(t, env, p, "210200", "大连考区", "210000", "ZJ02")
		owners[p.Name], apps[p.Name] = a.token, id
	}
	wg.Wait()
	if jobErr != nil || rep.After.Left != 0 {
		t.Fatalf("rekey: %+v, %v", rep, jobErr)
	}

	restart(mustRing(newest)) // k1 removed
	for _, p := range ps[:5] {
		if _, items := queue(t, env, reviewer, map[string]any{"search": p.IDNumber}, ""); names(items) != p.Name {
			t.Errorf("search by %s's number after the rotation: %q", p.Name, names(items))
		}
		var one struct {
			Node struct{ Candidate struct{ IDNumber string } }
		}
		env.MustAs(t, reviewer, `query($id: ID!) { node(id: $id) { ... on Application { candidate { idNumber } } } }`,
			map[string]any{"id": apps[p.Name]}, &one)
		if one.Node.Candidate.IDNumber != p.IDNumber {
			t.Errorf("%s opened by the reviewer: %q", p.Name, one.Node.Candidate.IDNumber)
		}
		if got := ownIDNumber(t, env, owners[p.Name]); got != p.IDNumber {
			t.Errorf("%s's own number: %q", p.Name, got)
		}
	}
	inUse("after the job", 1)
	inUse("after the job, a number written during it", 4)
	// And the rejected key k1 alone would not start.
	if _, err := rekey.CheckKeys(ctx, env.DB, rekey.Config{Data: mustRing(pii.MasterKey{ID: "k1", Secret: pii.DevMasterKey()})}); err == nil {
		t.Error("the start-up check passes with k1 alone after the rotation")
	}
}
