package main

import (
	"context"
	"fmt"
	"time"

	"github.com/ruankao/ruankao/ent"
	"github.com/ruankao/ruankao/ent/examarea"
	"github.com/ruankao/ruankao/ent/region"
	"github.com/ruankao/ruankao/internal/demo"
	"github.com/ruankao/ruankao/internal/files"
	"github.com/ruankao/ruankao/internal/generate"
	"github.com/ruankao/ruankao/internal/pii"
	"github.com/ruankao/ruankao/internal/refdata"
	"github.com/ruankao/ruankao/internal/store"
	"github.com/ruankao/ruankao/internal/viewer"
)

// The regions the scenarios use: 上海 takes submits straight to 待缴费 (no
// review), 大连 reviews within the window, so its queue fills for scenario 5.
const (
	submitRegion = "310000"
	reviewRegion = "210200"
	qualCode     = "ZJ02"
	bulkRows     = 500 // ids per IN list of the harness's own counts and inserts
	loadSeed     = 1
)

// candidate is a loaded candidate as the harness knows it: the plaintext
// token exists only here, the database holds its hash.
type candidate struct {
	id, token, photo, app string
}

// dataset is what the loader made, split by use so that no two scenarios
// share a candidate: readers read their generated application (scenario 2),
// writers start a new one in the demo's open session (scenario 3),
// reviewees likewise (submitted to 大连 for scenario 5).
type dataset struct {
	readers, writers, reviewees []candidate
	areas                       map[string]string // region code → its first exam area
	session                     string            // the generated session
	statuses                    map[string]int
	took                        time.Duration
}

func sys() context.Context { return viewer.SystemContext(context.Background()) }

// loadData loads the base population through internal/generate: n
// candidates, each with a live session (the harness keeps the tokens), the
// two consents to the privacy notice, a saved photo and an application of a generated
// session (GEN-…) in whatever status its life has reached — spread over
// every region and qualification as a real session is. The demo's sessions,
// where the scenarios write, are loaded beside it.
func loadData(dbURL, filesDir string, keys *pii.Keys, n int) (*dataset, error) {
	t0 := time.Now()
	ctx := sys()
	db, err := store.Open(ctx, dbURL)
	if err != nil {
		return nil, err
	}
	defer db.Close()
	c := db.Client
	if _, err := refdata.Seed(ctx, c); err != nil {
		return nil, err
	}
	if err := demo.Load(ctx, c); err != nil {
		return nil, err
	}
	ds := &dataset{areas: map[string]string{}, statuses: map[string]int{}}
	for _, code := range []string{submitRegion, reviewRegion} {
		a, err := c.ExamArea.Query().Where(examarea.HasRegionWith(region.Code(code))).Order(ent.Asc(examarea.FieldCode)).First(ctx)
		if err != nil {
			return nil, fmt.Errorf("exam area of %s: %w", code, err)
		}
		ds.areas[code] = string(a.ID)
	}
	fs, err := files.NewDirStore(filesDir)
	if err != nil {
		return nil, err
	}
	res, err := generate.Run(ctx, db, keys, generate.Config{Seed: loadSeed, Applications: n, Files: fs, Tokens: true})
	if err != nil {
		return nil, err
	}
	ds.session = res.Session
	for s, k := range res.ByStatus {
		ds.statuses[string(s)] = k
	}
	nReview := max(n/20, 1)
	nRead := (n - nReview) / 2
	for i, g := range res.Candidates {
		cand := candidate{id: g.ID, token: g.Token, photo: g.Photo, app: g.Application}
		switch {
		case i < nRead:
			ds.readers = append(ds.readers, cand)
		case i < n-nReview:
			ds.writers = append(ds.writers, cand)
		default:
			ds.reviewees = append(ds.reviewees, cand)
		}
	}
	ds.took = time.Since(t0)
	return ds, nil
}

// openingIDNumber is a 中国护照 number (E and 8 digits) for scenario 4's
// new candidates: the generator's own passports are E and a letter, so the
// two never meet.
func openingIDNumber(i int) string { return fmt.Sprintf("E5%07d", i) }
