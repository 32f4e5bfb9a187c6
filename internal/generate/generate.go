// Package generate makes a realistic exam session's data for benchmarks and
// demos: regions with their policies, exam areas, sites and rooms, and any
// number of candidates with their applications in every status — sessions,
// photos, materials, state history, review decisions, payment orders,
// admission tickets and scores as the service would have written them —
// deterministic from a seed (see README-generate.md).
//
// The rows go in with bulk statements in chunked transactions (COPY on
// PostgreSQL, multi-row INSERTs on SQLite), never row by row through ent,
// and the generator streams: memory stays flat however many applications.
package generate

import (
	"bytes"
	"cmp"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"github.com/ruankao/ruankao/internal/counters"
	"hash"
	"slices"
	"time"

	"github.com/oklog/ulid/v2"

	"github.com/ruankao/ruankao/ent"
	"github.com/ruankao/ruankao/internal/civil"
	"github.com/ruankao/ruankao/internal/clock"
	"github.com/ruankao/ruankao/internal/enum"
	"github.com/ruankao/ruankao/internal/files"
	"github.com/ruankao/ruankao/internal/photo"
	"github.com/ruankao/ruankao/internal/photo/phototest"
	"github.com/ruankao/ruankao/internal/pii"
	"github.com/ruankao/ruankao/internal/store"
	"github.com/ruankao/ruankao/internal/txn"
	"github.com/ruankao/ruankao/internal/viewer"
)

// TicketMode says when registered applications get admission tickets.
type TicketMode string

const (
	TicketsAuto   TicketMode = ""       // once the session's printing window has opened
	TicketsAlways TicketMode = "always" // whatever the calendar says (a benchmark's seat plan)
	TicketsNever  TicketMode = "never"
)

// Config says what to generate.
type Config struct {
	Seed int64
	// Applications to make, one candidate each (default 1,000,000).
	Applications int
	// SessionCode names the session: an existing one is used as it is (its
	// regions with a policy); another is created for Stage, its policies
	// drawn from the seed. Default: GEN-<year>H<half>[-PRINT|-SCORES].
	SessionCode string
	// Now is the instant the data describes: nothing happens after it and
	// nothing is due at it (default: the clock's now). Same seed, same Now,
	// same data.
	Now time.Time
	// Stage places Now in a generated session's calendar (default registration).
	Stage   Stage
	Mix     Mix // zero: DefaultMix
	Tickets TicketMode
	// Files stores the one portrait every candidate's photo row points at
	// (and the one material PDF), as identical uploads would share it.
	Files files.Store
	// Tokens gives every candidate a live session at Now and returns its
	// token in Result.Candidates (the load harness logs in with them).
	// Otherwise each candidate's session is the one of their last visit,
	// long expired, its token thrown away.
	Tokens bool
	// Chunk is how many applications go in one transaction (default 2,000).
	Chunk int
	// AfterLoad runs once every row is in (counter folds, statistics).
	AfterLoad func(ctx context.Context) error
	// Progress, when set, is told how many applications are written.
	Progress func(written int)
}

// Result is what was generated.
type Result struct {
	Session, SessionID                    string
	Applications                          int
	ByStatus                              map[enum.ApplicationStatus]int
	ByRegion, ByQualification             map[string]int // by code
	History, Decisions, Orders, Materials int
	Sites, Rooms, Tickets, Scores, Bans   int
	Fingerprint                           string // SHA-256 over every application's content, in order
	Candidates                            []Candidate
	Took                                  time.Duration
}

// Candidate is a generated candidate as a client would log in (Config.Tokens).
type Candidate struct {
	ID, Token, Photo, Application, Region string
	Status                                enum.ApplicationStatus
}

// Streams of the seed, so that the world and each application draw apart.
const (
	streamApp = iota
	streamRegion
	streamWorld
	streamBatch
)

type gen struct {
	cfg             Config
	seed            int64 // the seed and the session's code: another session's people are other people
	keys            *pii.Keys
	w               *world
	ppl             *people
	pg              bool
	photo, material files.Object
	ticketsAt       *time.Time
	scoresAt        *time.Time
	res             *Result
	fp              hash.Hash
	batch           map[string]*ulid.MonotonicEntropy
}

// Run generates into db, whose schema and reference data must be in place
// (ruankao migrate). ID numbers are encrypted and hashed with keys, as the
// service stores them.
func Run(ctx context.Context, db *store.DB, keys *pii.Keys, cfg Config) (*Result, error) {
	t0 := time.Now()
	ctx = viewer.SystemContext(ctx)
	if err := defaults(ctx, &cfg); err != nil {
		return nil, err
	}
	g := &gen{cfg: cfg, seed: cfg.Seed ^ int64(fnv(cfg.SessionCode)), keys: keys, batch: map[string]*ulid.MonotonicEntropy{}, pg: db.Dialect == "postgres", fp: sha256.New(), res: &Result{
		ByStatus: map[enum.ApplicationStatus]int{}, ByRegion: map[string]int{}, ByQualification: map[string]int{}}}
	if err := g.storeFiles(ctx); err != nil {
		return nil, err
	}
	if err := txn.Run(ctx, db.Client, func(ctx context.Context, c *ent.Client) error { return g.setup(ctx, ent.TxFromContext(ctx)) }); err != nil {
		return nil, fmt.Errorf("generate: setting up %s: %w", cfg.SessionCode, err)
	}
	if err := g.load(ctx, db); err != nil {
		return nil, err
	}
	if g.ticketsAt != nil {
		if err := g.publishRuns(ctx, db.Client); err != nil {
			return nil, err
		}
	}
	if g.pg {
		// Autovacuum would have the statistics of weeks of registration.
		if _, err := db.SQL.ExecContext(ctx, "ANALYZE"); err != nil {
			return nil, err
		}
	}
	if g.res.Scores > 0 {
		// Scores written here, not by an import: say so, as every writer of scores does.
		if err := txn.Run(ctx, db.Client, func(ctx context.Context, c *ent.Client) error {
			return counters.ResultsChanged(ctx, c, db.Dialect, g.w.sess.ID)
		}); err != nil {
			return nil, err
		}
	}
	if cfg.AfterLoad != nil {
		if err := cfg.AfterLoad(ctx); err != nil {
			return nil, fmt.Errorf("generate: after load: %w", err)
		}
		if g.pg {
			// The counters' tables churned through every delta of the load.
			if _, err := db.SQL.ExecContext(ctx, "VACUUM ANALYZE stat_deltas, stat_counts"); err != nil {
				return nil, err
			}
		}
	}
	g.res.Session, g.res.SessionID = g.w.sess.Code, string(g.w.sess.ID)
	g.res.Sites, g.res.Rooms = g.res.Sites+g.w.sites, g.res.Rooms+g.w.rooms
	g.res.Fingerprint = hex.EncodeToString(g.fp.Sum(nil))
	g.res.Took = time.Since(t0)
	return g.res, nil
}

func defaults(ctx context.Context, cfg *Config) error {
	if cfg.Files == nil {
		return errors.New("generate: Config.Files is required (the photos' file store)")
	}
	if cfg.Applications < 0 {
		return errors.New("generate: Applications must not be negative")
	}
	if cfg.Applications == 0 {
		cfg.Applications = 1_000_000
	}
	if cfg.Now.IsZero() {
		cfg.Now = clock.Now(ctx)
	}
	cfg.Now = cfg.Now.UTC().Truncate(time.Second)
	if cfg.Stage == "" {
		cfg.Stage = StageRegistration
	}
	if _, ok := stagePlans[cfg.Stage]; !ok {
		return fmt.Errorf("generate: unknown stage %q (registration, printing or scores)", cfg.Stage)
	}
	if cfg.SessionCode == "" {
		cfg.SessionCode = defaultCode(cfg.Now, cfg.Stage)
	}
	if cfg.Mix == (Mix{}) {
		cfg.Mix = DefaultMix
	}
	if cfg.Chunk <= 0 {
		cfg.Chunk = 2_000
	}
	switch cfg.Tickets {
	case TicketsAuto, TicketsAlways, TicketsNever:
	default:
		return fmt.Errorf("generate: unknown ticket mode %q (always, never, or empty for auto)", cfg.Tickets)
	}
	return nil
}

// storeFiles puts the shared portrait (normalised as the photo tool saves
// it) and the shared material in the file store.
func (g *gen) storeFiles(ctx context.Context) error {
	norm, _, err := photo.Normalize(phototest.Encode(phototest.Portrait(phototest.Options{Width: 413, Height: 579, Seed: 1}), 90))
	if err != nil {
		return fmt.Errorf("generate: normalising the portrait: %w", err)
	}
	if g.photo, err = g.cfg.Files.Put(ctx, bytes.NewReader(norm.JPEG), int64(len(norm.JPEG))+1); err != nil {
		return err
	}
	g.material, err = g.cfg.Files.Put(ctx, bytes.NewReader(materialPDF), int64(len(materialPDF))+1)
	return err
}

// materialPDF is a one-page PDF standing in for a scanned 居住证.
var materialPDF = []byte("%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n" +
	"3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n")

func (g *gen) setup(ctx context.Context, tx *ent.Tx) error {
	r := newRNG()
	r.reseed(g.seed, 0, streamWorld)
	w, err := loadWorld(ctx, tx, &g.cfg, g.seed, r)
	if err != nil {
		return err
	}
	g.w = w
	if err := w.makeVenues(ctx, tx, g.cfg.Applications, r); err != nil {
		return err
	}
	s := w.sess
	now := g.cfg.Now
	switch {
	case g.cfg.Tickets == TicketsAlways:
		g.ticketsAt = tp(minTime(now, s.TicketPrintOpensAt.Add(2*time.Hour)))
	case g.cfg.Tickets == TicketsAuto && !now.Before(s.TicketPrintOpensAt):
		g.ticketsAt = tp(minTime(now, s.TicketPrintOpensAt.Add(2*time.Hour)))
	}
	if g.ticketsAt != nil {
		if err := w.ticketNumbersFrom(ctx, tx); err != nil {
			return err
		}
		for _, rw := range w.all {
			rw.runID = r.id("SP", *g.ticketsAt)
		}
	}
	examEnd := s.LastExamDay.AddDays(1).Start(clock.Shanghai)
	if now.After(examEnd) {
		at := minTime(now, civil.In(examEnd, clock.Shanghai).AddDays(25).Start(clock.Shanghai).Add(10*time.Hour))
		if s.ScoreReleaseAt != nil && s.ScoreReleaseAt.After(examEnd) {
			at = minTime(at, s.ScoreReleaseAt.Add(-24*time.Hour))
		}
		if at.Before(examEnd) {
			at = examEnd
		}
		g.scoresAt = &at
	}
	g.ppl = newPeople(g.seed, civil.In(now, clock.Shanghai), s.FirstExamDay)
	return nil
}

// load streams the applications: one goroutine draws them into chunks, the
// other writes each chunk in a transaction, two chunks in flight at most.
func (g *gen) load(ctx context.Context, db *store.DB) error {
	w, err := newWriter(ctx, db)
	if err != nil {
		return err
	}
	defer w.close()
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	full := make(chan *chunk, 1)
	spare := make(chan *chunk, 2)
	spare <- &chunk{}
	spare <- &chunk{}
	done := make(chan error, 1)
	go func() {
		written := 0
		for c := range full {
			if err := w.write(ctx, c); err != nil {
				done <- fmt.Errorf("generate: writing applications %d–%d: %w", written, written+c.apps-1, err)
				cancel()
				for range full {
				}
				return
			}
			written += c.apps
			if g.cfg.Progress != nil {
				g.cfg.Progress(written)
			}
			c.reset()
			spare <- c
		}
		done <- nil
	}()
	r := newRNG()
	var c *chunk
	for k, i := range g.order(r) {
		if c == nil {
			select {
			case c = <-spare:
			case <-ctx.Done():
				close(full)
				return errors.Join(<-done, ctx.Err())
			}
		}
		if err := g.one(r, int(i), k, c); err != nil {
			close(full)
			<-done
			return err
		}
		if c.apps == g.cfg.Chunk || k == g.cfg.Applications-1 {
			full <- c
			c = nil
		}
	}
	close(full)
	return <-done
}

// order is the generation order, by first save, as a registration period
// fills the tables: ids (made at their rows' times) and every time-valued
// index then grow near their ends instead of taking a million inserts at
// random places. It costs 12 bytes an application.
func (g *gen) order(r *rng) []int32 {
	n := g.cfg.Applications
	at := make([]int64, n)
	idx := make([]int32, n)
	for i := range n {
		_, created := g.start(r, i)
		at[i], idx[i] = created.UnixMilli(), int32(i)
	}
	slices.SortStableFunc(idx, func(a, b int32) int { return cmp.Compare(at[a], at[b]) })
	return idx
}
