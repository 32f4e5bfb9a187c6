package main

import (
	"fmt"
	"time"

	"github.com/ruankao/ruankao/ent/region"
	"github.com/ruankao/ruankao/internal/auth"
	"github.com/ruankao/ruankao/internal/demo"
	"github.com/ruankao/ruankao/internal/enum"
	"github.com/ruankao/ruankao/internal/password"
	"github.com/ruankao/ruankao/internal/store"
	vegeta "github.com/tsenart/vegeta/v12/lib"
)

// Scenario 8: exam offices watching the window — region admins of 上海 and
// 大连 and a national admin (the country, then each of those regions) ask
// for the whole statistics page of the open session, over and over.
const statsQ = `query($s: String!, $r: String) { statistics(sessionCode: $s, regionCode: $r) { registrations
	byStatus { key label count } byLevel { key count } byQualification { key label count } byArea { key label count }
	byEducation { key count } byEmployment { key count } byDay { day submitted cumulative }
	local nonLocal revenueFen paidOrders review { onTime late waiting overdue } seats { site { id } capacity used }
	results { registered sat passRate } } }`

// statsAsker is one of scenario 8's callers: a demo admin's session and the region asked for.
type statsAsker struct {
	token  string
	region *string
}

// statsSessions makes a national admin and an admin of 大连, each with a
// session as auth.StartSession does at a password login.
func statsSessions(dbURL string) ([]statsAsker, error) {
	ctx := sys()
	db, err := store.Open(ctx, dbURL)
	if err != nil {
		return nil, err
	}
	defer db.Close()
	hash, err := password.Hash(reviewerPassword)
	if err != nil {
		return nil, err
	}
	stamp := time.Now().UnixNano()
	token := func(role enum.Role, regionCode string) (string, error) {
		c := db.Client.StaffUser.Create().SetUsername(fmt.Sprintf("load-admin-%d-%s", stamp, role)).
			SetDisplayName("压测管理员").SetRole(role).SetPasswordHash(hash)
		if regionCode != "" {
			reg, err := db.Client.Region.Query().Where(region.Code(regionCode)).Only(ctx)
			if err != nil {
				return "", err
			}
			c.SetRegionID(reg.ID)
		}
		u, err := c.Save(ctx)
		if err != nil {
			return "", err
		}
		s, err := auth.StartSession(ctx, db.Client, "", u.ID, "127.0.0.1", "bench/load")
		return s.Token, err
	}
	national, err := token(enum.RoleNationalAdmin, "")
	if err != nil {
		return nil, err
	}
	dalian, err := token(enum.RoleRegionAdmin, reviewRegion)
	if err != nil {
		return nil, err
	}
	var out []statsAsker
	for _, x := range []struct {
		token  string
		region string
	}{{national, ""}, {national, submitRegion}, {national, reviewRegion}, {dalian, ""}} {
		a := statsAsker{token: x.token}
		if x.region != "" {
			r := x.region
			a.region = &r
		}
		out = append(out, a)
	}
	return out, nil
}

func statsAttack(url string, askers []statsAsker, conns int, dur time.Duration, n int) attackSpec {
	return attackSpec{conns: conns, dur: dur, n: n, check: checkData(`"byQualification"`),
		next: func(i int, t *vegeta.Target) {
			a := askers[i%len(askers)]
			gqlTarget(t, url, a.token, statsQ, map[string]any{"s": demo.SessionOpen, "r": a.region})
		}}
}
