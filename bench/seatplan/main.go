// Command seatplan measures a region's seat plan at printing-day size
// (issue 25): it loads n REGISTERED candidates of 辽宁 into a fresh SQLite
// file and a fresh PostgreSQL database, with sites and rooms enough for them,
// and times the run (read, plan, stage in chunks) and the publish (one
// statement, one transaction) through internal/seatplan, as the API does.
//
//	go run ./bench/seatplan              # 100,000 candidates, both databases
//	go run ./bench/seatplan -n 20000 -db sqlite
package main

import (
	"context"
	"crypto/rand"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/ruankao/ruankao/bench/internal/pgdb"
	"github.com/ruankao/ruankao/ent"
	"github.com/ruankao/ruankao/ent/examarea"
	"github.com/ruankao/ruankao/ent/examsession"
	"github.com/ruankao/ruankao/ent/qualification"
	"github.com/ruankao/ruankao/ent/region"
	"github.com/ruankao/ruankao/ent/schema/pulid"
	"github.com/ruankao/ruankao/ent/seatplanrun"
	"github.com/ruankao/ruankao/ent/staffuser"
	"github.com/ruankao/ruankao/internal/demo"
	"github.com/ruankao/ruankao/internal/enum"
	"github.com/ruankao/ruankao/internal/pii"
	"github.com/ruankao/ruankao/internal/refdata"
	"github.com/ruankao/ruankao/internal/seatplan"
	"github.com/ruankao/ruankao/internal/store"
	"github.com/ruankao/ruankao/internal/viewer"
)

// rows per INSERT: applications have about 45 columns, and SQLite allows 32,766 parameters.
const rowsPerInsert = 500

func main() {
	n := flag.Int("n", 100_000, "registered candidates")
	dbs := flag.String("db", "sqlite,postgres", "databases")
	pg := flag.String("pg", "postgres://postgres@127.0.0.1:5432/ruankao_bench_seats?sslmode=disable", "PostgreSQL database to (re)create")
	flag.Parse()
	fmt.Printf("| db | candidates | rooms | load s | run (read, plan, stage) s | publish s | plan total s | tickets |\n|---|---|---|---|---|---|---|---|\n")
	for _, db := range strings.Split(*dbs, ",") {
		if err := bench(db, *n, *pg); err != nil {
			fmt.Fprintln(os.Stderr, db+":", err)
			os.Exit(1)
		}
	}
}

func bench(db string, n int, pgURL string) error {
	dbURL := pgURL
	if db == "sqlite" {
		dir, err := os.MkdirTemp("", "ruankao-seats-")
		if err != nil {
			return err
		}
		defer os.RemoveAll(dir)
		dbURL = "sqlite://" + filepath.Join(dir, "seats.db")
	} else if err := pgdb.Recreate(pgURL); err != nil {
		return err
	}
	ctx := viewer.SystemContext(context.Background())
	s, err := store.Open(ctx, dbURL)
	if err != nil {
		return err
	}
	defer s.Close()
	if err := s.MigrateUp(ctx); err != nil {
		return err
	}
	if _, err := refdata.Seed(ctx, s.Client); err != nil {
		return err
	}
	if err := demo.Load(ctx, s.Client); err != nil {
		return err
	}
	if err := demo.LoadAccounts(ctx, s.Client); err != nil {
		return err
	}
	t0 := time.Now()
	rooms, err := load(ctx, s.Client, n)
	if err != nil {
		return err
	}
	loaded := time.Since(t0)
	// Registrations arrive over weeks before printing day, and autovacuum
	// keeps their statistics; a bulk load has none until it is analysed.
	if err := analyze(ctx, s); err != nil {
		return err
	}
	admin, err := s.Client.StaffUser.Query().Where(staffuser.Username("liaoning-admin")).Only(ctx)
	if err != nil {
		return err
	}
	actx := viewer.With(context.Background(), viewer.Viewer{Kind: viewer.Staff, ID: admin.ID, Role: admin.Role, RegionID: *admin.RegionID})
	svc := &seatplan.Service{Client: s.Client, Dialect: s.Dialect}
	t1 := time.Now()
	run, ps, err := svc.Start(actx, demo.SessionPrint, nil)
	if err != nil || ps.Any() {
		return fmt.Errorf("start: %v %v", err, ps)
	}
	svc.Wait()
	ran := time.Since(t1)
	run, err = s.Client.SeatPlanRun.Get(ctx, run.ID)
	if err != nil {
		return err
	}
	if run.Status != seatplanrun.StatusREADY {
		return fmt.Errorf("run ended %s: %s %v", run.Status, run.Detail, run.Shortfalls)
	}
	t2 := time.Now()
	if _, ps, err := svc.Publish(actx, run.ID); err != nil || ps.Any() {
		return fmt.Errorf("publish: %v %v", err, ps)
	}
	published := time.Since(t2)
	tickets, err := s.Client.AdmissionTicket.Query().Count(ctx)
	if err != nil {
		return err
	}
	if tickets != n {
		return fmt.Errorf("%d tickets for %d candidates", tickets, n)
	}
	fmt.Printf("| %s | %d | %d | %.1f | %.2f | %.2f | %.2f | %d |\n", db, n, rooms, loaded.Seconds(), ran.Seconds(),
		published.Seconds(), (ran + published).Seconds(), tickets)
	return nil
}

// load adds rooms of 30 to 辽宁's two areas for 60 % and 40 % of n (and a
// tenth more), then n candidates with REGISTERED applications over five
// qualifications, in transactions of 5,000.
func load(ctx context.Context, c *ent.Client, n int) (int, error) {
	reg, err := c.Region.Query().Where(region.Code("210000")).Only(ctx)
	if err != nil {
		return 0, err
	}
	sess, err := c.ExamSession.Query().Where(examsession.Code(demo.SessionPrint)).Only(ctx)
	if err != nil {
		return 0, err
	}
	areas, err := c.ExamArea.Query().Where(examarea.RegionID(reg.ID)).Order(ent.Asc(examarea.FieldCode)).All(ctx)
	if err != nil || len(areas) < 2 {
		return 0, fmt.Errorf("辽宁's areas: %v", err)
	}
	var quals []*ent.Qualification
	for _, code := range []string{"ZJ01", "ZJ02", "ZJ03", "GX01", "CJ01"} {
		q, err := c.Qualification.Query().Where(qualification.Code(code)).Only(ctx)
		if err != nil {
			return 0, err
		}
		quals = append(quals, q)
	}
	share := []int{n * 6 / 10, n - n*6/10}
	rooms := 0
	for i, a := range areas[:2] {
		need := share[i]*11/10/30 + 1
		for site := 0; need > 0; site++ {
			st, err := c.ExamSite.Create().SetAreaID(a.ID).SetCode(fmt.Sprintf("B%03d", site)).
				SetName(fmt.Sprintf("%s第%d考点", a.Name, site+1)).SetAddress("辽宁省").Save(ctx)
			if err != nil {
				return 0, err
			}
			batch := make([]*ent.ExamRoomCreate, 0, 40)
			for r := 0; r < 40 && need > 0; r, need = r+1, need-1 {
				batch = append(batch, c.ExamRoom.Create().SetSiteID(st.ID).SetCode(fmt.Sprintf("%02d", r+1)).SetCapacity(30))
			}
			if err := c.ExamRoom.CreateBulk(batch...).Exec(ctx); err != nil {
				return 0, err
			}
			rooms += len(batch)
		}
	}
	keys, err := pii.NewKeys([]byte(rand.Text() + rand.Text()))
	if err != nil {
		return 0, err
	}
	for from := 0; from < n; from += 5_000 {
		to := min(n, from+5_000)
		tx, err := c.Tx(ctx)
		if err != nil {
			return 0, err
		}
		cands := make([]*ent.CandidateCreate, 0, to-from)
		apps := make([]*ent.ApplicationCreate, 0, to-from)
		for i := from; i < to; i++ {
			number := fmt.Sprintf("E8%07d", i)
			enc, err := keys.Encrypt(number, string(enum.IDPassport))
			if err != nil {
				return 0, err
			}
			cid := pulid.New("CA")
			cands = append(cands, tx.Candidate.Create().SetID(cid).SetProvider("bench").SetSubject(number).SetName("考生").
				SetIDType(enum.IDPassport).SetIDNumberEnc(enc).SetIDNumberHash(keys.LookupHash(string(enum.IDPassport), number)).
				SetIDNumberMasked(pii.Mask(number)))
			area := areas[0]
			if i >= share[0] {
				area = areas[1]
			}
			q := quals[i%len(quals)]
			apps = append(apps, tx.Application.Create().SetCandidateID(cid).SetSessionID(sess.ID).SetRegionID(reg.ID).
				SetAreaID(area.ID).SetQualificationID(q.ID).SetLevel(q.Level).SetName("考生").SetIDType(enum.IDPassport).
				SetStatus(enum.StatusRegistered))
		}
		for k := 0; k < len(cands); k += rowsPerInsert {
			if err := tx.Candidate.CreateBulk(cands[k:min(len(cands), k+rowsPerInsert)]...).Exec(ctx); err != nil {
				_ = tx.Rollback()
				return 0, err
			}
		}
		for k := 0; k < len(apps); k += rowsPerInsert {
			if err := tx.Application.CreateBulk(apps[k:min(len(apps), k+rowsPerInsert)]...).Exec(ctx); err != nil {
				_ = tx.Rollback()
				return 0, err
			}
		}
		if err := tx.Commit(); err != nil {
			return 0, err
		}
	}
	return rooms, nil
}

// analyze is PostgreSQL's autovacuum done now; SQLite has no statistics
// unless asked, and the server never asks.
func analyze(ctx context.Context, s *store.DB) error {
	if s.Dialect != "postgres" {
		return nil
	}
	_, err := s.SQL.ExecContext(ctx, "ANALYZE")
	return err
}
