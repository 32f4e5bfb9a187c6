package main

import (
	"fmt"
	"os"
	"strings"
	"time"
)

// readKey names one measured line of scenarios 1 and 2.
type readKey struct{ scenario, server, load string }

// reads runs scenarios 1 and 2 in rounds, ours and the peers one after the
// other within a round, so that each round's ratios compare like with like;
// the table gets the median round of each line and the median ratio.
func (r *run) reads(srv *process) error {
	var plain, graphile *process
	var err error
	if r.cfg.has(2) {
		plain, err = start(r.tmp, "plain", nil, getReady("/readyz"), func(port int) []string {
			return []string{r.bins.plain, "-addr", fmt.Sprintf("127.0.0.1:%d", port), "-db", r.url}
		})
		if err != nil {
			return err
		}
		defer plain.stop()
	}
	if r.db == "postgres" && r.cfg.peers {
		if graphile, err = startPostGraphile(r.tmp, r.url); err != nil {
			return err
		}
		defer graphile.stop()
	}
	results := map[readKey][]result{}
	var order []readKey
	ratios := map[readKey]map[string][]float64{}
	warming := true
	measure := func(k readKey, p *process, a attackSpec) result {
		fmt.Fprintf(os.Stderr, "%s: %s %s %s%s\n", r.db, k.scenario, k.server, k.load, map[bool]string{true: " (warm-up)"}[warming])
		res := a.run(p.pids, r.dbPIDs)
		if warming {
			return res
		}
		if _, seen := results[k]; !seen {
			order = append(order, k)
		}
		results[k] = append(results[k], res)
		return res
	}
	ratio := func(k readKey, peer string, ours, theirs result) {
		if ratios[k] == nil {
			ratios[k] = map[string][]float64{}
		}
		if theirs.rate() > 0 {
			ratios[k][peer] = append(ratios[k][peer], ours.rate()/theirs.rate())
		}
	}
	// A round of warm-up first, unrecorded: PostGraphile's JIT and every
	// server's caches and connection pools start cold.
	for round := -1; round < r.cfg.rounds; round++ {
		warming = round < 0
		dur := r.cfg.dur
		if warming {
			dur = min(dur/2, 3*time.Second)
		}
		if r.cfg.has(1) {
			k := readKey{"1 region page (catalog)", "ruankao", "c16"}
			ours := measure(k, srv, catalogAttack(srv.url, false, 16, dur, maxReads))
			if graphile != nil {
				theirs := measure(readKey{k.scenario, "postgraphile", "c16"}, graphile, catalogAttack(graphile.url, true, 16, dur, maxReads))
				ratio(k, "PostGraphile", ours, theirs)
			}
		}
		if !r.cfg.has(2) {
			continue
		}
		for _, conns := range []int{16, 64} {
			load := fmt.Sprintf("c%d", conns)
			readers := r.ds.readers
			mine := readKey{"2 myApplications", "ruankao", load}
			byID := readKey{"2 node(id:)", "ruankao", load}
			a := measure(mine, srv, readAttack("myApplications", srv.url, readers, conns, dur, maxReads))
			b := measure(byID, srv, readAttack("node", srv.url, readers, conns, dur, maxReads))
			p := measure(readKey{"2 myApplications", "plain", load}, plain, readAttack("plain", plain.url, readers, conns, dur, maxReads))
			ratio(mine, "plain", a, p)
			ratio(byID, "plain", b, p)
			if graphile != nil {
				g := measure(readKey{"2 application by id", "postgraphile", load}, graphile, readAttack("postgraphile", graphile.url, readers, conns, dur, maxReads))
				ratio(mine, "PostGraphile", a, g)
				ratio(byID, "PostGraphile", b, g)
			}
		}
	}
	for _, k := range order {
		res := medianBy(results[k], result.rate)
		var parts []string
		for _, peer := range []string{"plain", "PostGraphile"} {
			if xs := ratios[k][peer]; len(xs) > 0 {
				parts = append(parts, fmt.Sprintf("%.2f× %s", median(xs), peer))
			}
		}
		r.t.add(row{db: r.db, scenario: k.scenario, server: k.server, load: k.load, res: res,
			ratio: strings.Join(parts, ", "), target: readTarget(r.db, k)})
	}
	return nil
}

func readTarget(db string, k readKey) string {
	if k.server != "ruankao" || !strings.HasPrefix(k.scenario, "2 ") {
		return ""
	}
	plain := "0.9"
	if db == "sqlite" {
		plain = "0.7"
	}
	t := fmt.Sprintf("≥%s× plain", plain)
	if db == "postgres" {
		t += ", ≥1.6× PostGraphile"
	}
	if k.load == "c16" {
		t += ", p99 <10 ms"
	}
	return t
}
