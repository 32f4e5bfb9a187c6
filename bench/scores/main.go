// Command scores measures a national score import at full size (issue 26):
// it loads n REGISTERED candidates of 辽宁 with admission tickets into a
// fresh SQLite file and a fresh PostgreSQL database, writes a CSV of about
// 2.2 lines a candidate (1,000,000 lines for 450,000: 中级 two subjects,
// 高级 three), and times the import job (stream, validate, stage, whole-file
// checks, diff) and the apply (one transaction) through internal/scores, as
// the API does, sampling the heap to show memory stays bounded.
//
//	go run ./bench/scores                  # 450,000 candidates, both databases
//	go run ./bench/scores -n 50000 -db sqlite
package main

import (
	"bufio"
	"context"
	"crypto/rand"
	"flag"
	"fmt"
	mrand "math/rand/v2"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"sync/atomic"
	"time"

	"github.com/ruankao/ruankao/bench/internal/pgdb"
	"github.com/ruankao/ruankao/ent"
	"github.com/ruankao/ruankao/ent/examarea"
	"github.com/ruankao/ruankao/ent/examsession"
	"github.com/ruankao/ruankao/ent/qualification"
	"github.com/ruankao/ruankao/ent/region"
	"github.com/ruankao/ruankao/ent/schema/pulid"
	"github.com/ruankao/ruankao/ent/scoreimport"
	"github.com/ruankao/ruankao/ent/subject"
	"github.com/ruankao/ruankao/internal/catalog"
	"github.com/ruankao/ruankao/internal/clock"
	"github.com/ruankao/ruankao/internal/demo"
	"github.com/ruankao/ruankao/internal/enum"
	"github.com/ruankao/ruankao/internal/files"
	"github.com/ruankao/ruankao/internal/pii"
	"github.com/ruankao/ruankao/internal/refdata"
	"github.com/ruankao/ruankao/internal/scores"
	"github.com/ruankao/ruankao/internal/store"
	"github.com/ruankao/ruankao/internal/viewer"
)

// rows per INSERT: applications have about 45 columns, and SQLite allows 32,766 parameters.
const rowsPerInsert = 500

func main() {
	n := flag.Int("n", 450_000, "registered candidates")
	dbs := flag.String("db", "sqlite,postgres", "databases")
	pg := flag.String("pg", "postgres://postgres@127.0.0.1:5432/ruankao_bench_scores?sslmode=disable", "PostgreSQL database to (re)create")
	flag.Parse()
	fmt.Printf("| db | candidates | lines | MB | load s | import (stream, validate, stage, checks) s | apply s | total s | max heap MB |\n|---|---|---|---|---|---|---|---|---|\n")
	for _, db := range strings.Split(*dbs, ",") {
		if err := bench(db, *n, *pg); err != nil {
			fmt.Fprintln(os.Stderr, db+":", err)
			os.Exit(1)
		}
	}
}

func bench(db string, n int, pgURL string) error {
	dir, err := os.MkdirTemp("", "ruankao-scores-")
	if err != nil {
		return err
	}
	defer os.RemoveAll(dir)
	dbURL := pgURL
	if db == "sqlite" {
		dbURL = "sqlite://" + filepath.Join(dir, "scores.db")
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
	t0 := time.Now()
	tickets, err := load(ctx, s.Client, n)
	if err != nil {
		return err
	}
	loaded := time.Since(t0)
	if s.Dialect == "postgres" { // autovacuum's statistics, as weeks of registration leave them
		if _, err := s.SQL.ExecContext(ctx, "ANALYZE"); err != nil {
			return err
		}
	}
	csvPath := filepath.Join(dir, "scores.csv")
	lines, size, err := writeCSV(csvPath, tickets)
	if err != nil {
		return err
	}
	tickets = nil // the heap sampled below is the import's, not the generator's
	runtime.GC()
	fileStore, err := files.NewDirStore(filepath.Join(dir, "files"))
	if err != nil {
		return err
	}
	sess, err := s.Client.ExamSession.Query().Where(examsession.Code(demo.SessionPrint)).Only(ctx)
	if err != nil {
		return err
	}
	// After the exam: the import's clock.
	ctx = clock.With(ctx, clock.NewManual(sess.LastExamDay.AddDays(2).Start(clock.Shanghai)))
	svc := &scores.Service{Client: s.Client, Files: fileStore, Dialect: s.Dialect, Reads: s.Reads(), Catalog: catalog.NewCache(s.Client)}
	var maxHeap atomic.Uint64
	stop := sampleHeap(&maxHeap)
	defer stop()
	f, err := os.Open(csvPath)
	if err != nil {
		return err
	}
	defer f.Close()
	t1 := time.Now()
	imp, ps, err := svc.Start(ctx, demo.SessionPrint, "scores.csv", f)
	if err != nil || ps.Any() {
		return fmt.Errorf("start: %v %v", err, ps)
	}
	svc.Wait()
	imported := time.Since(t1)
	if imp, err = s.Client.ScoreImport.Get(ctx, imp.ID); err != nil {
		return err
	}
	if imp.Status != scoreimport.StatusREADY || imp.Lines != lines {
		return fmt.Errorf("import ended %s with %d lines, %d problems (%s)", imp.Status, imp.Lines, imp.ProblemCount, imp.Detail)
	}
	t2 := time.Now()
	if _, ps, err := svc.Apply(ctx, imp.ID); err != nil || ps.Any() {
		return fmt.Errorf("apply: %v %v", err, ps)
	}
	applied := time.Since(t2)
	svc.Wait() // the staged rows' clean-up, not timed
	got, err := s.Client.Score.Query().Count(ctx)
	if err != nil {
		return err
	}
	if got != lines {
		return fmt.Errorf("%d scores for %d lines", got, lines)
	}
	fmt.Printf("| %s | %d | %d | %.1f | %.1f | %.1f | %.1f | %.1f | %d |\n", db, n, lines, float64(size)/(1<<20), loaded.Seconds(),
		imported.Seconds(), applied.Seconds(), (imported + applied).Seconds(), maxHeap.Load()>>20)
	return nil
}

// ticket is one loaded candidate's 准考证号 and subjects.
type ticket struct {
	number   string
	subjects []string
}

// load adds n REGISTERED applications of 辽宁 in DEMO-PRINT with tickets:
// seven in nine 中级 (two subjects), two in nine 高级 (three).
func load(ctx context.Context, c *ent.Client, n int) ([]ticket, error) {
	reg, err := c.Region.Query().Where(region.Code("210000")).Only(ctx)
	if err != nil {
		return nil, err
	}
	sess, err := c.ExamSession.Query().Where(examsession.Code(demo.SessionPrint)).Only(ctx)
	if err != nil {
		return nil, err
	}
	area, err := c.ExamArea.Query().Where(examarea.RegionID(reg.ID)).Order(ent.Asc(examarea.FieldCode)).First(ctx)
	if err != nil {
		return nil, err
	}
	site, err := c.ExamSite.Create().SetAreaID(area.ID).SetCode("S1").SetName("考点").SetAddress("辽宁省").Save(ctx)
	if err != nil {
		return nil, err
	}
	room, err := c.ExamRoom.Create().SetSiteID(site.ID).SetCode("01").SetCapacity(30).Save(ctx)
	if err != nil {
		return nil, err
	}
	var quals []*ent.Qualification
	names := map[pulid.ID][]string{}
	for _, code := range []string{"ZJ01", "ZJ02", "ZJ03", "ZJ04", "ZJ05", "ZJ06", "ZJ07", "GX01", "GX02"} {
		q, err := c.Qualification.Query().Where(qualification.Code(code)).Only(ctx)
		if err != nil {
			return nil, err
		}
		subs, err := c.Subject.Query().Where(subject.QualificationID(q.ID)).Order(ent.Asc(subject.FieldOrder)).All(ctx)
		if err != nil {
			return nil, err
		}
		for _, s := range subs {
			names[q.ID] = append(names[q.ID], s.Name)
		}
		quals = append(quals, q)
	}
	keys, err := pii.NewKeys([]byte(rand.Text() + rand.Text()))
	if err != nil {
		return nil, err
	}
	out := make([]ticket, 0, n)
	for from := 0; from < n; from += 5_000 {
		to := min(n, from+5_000)
		tx, err := c.Tx(ctx)
		if err != nil {
			return nil, err
		}
		cands := make([]*ent.CandidateCreate, 0, to-from)
		apps := make([]*ent.ApplicationCreate, 0, to-from)
		tks := make([]*ent.AdmissionTicketCreate, 0, to-from)
		for i := from; i < to; i++ {
			number := fmt.Sprintf("E8%07d", i)
			enc, err := keys.Encrypt(number, string(enum.IDPassport))
			if err != nil {
				return nil, err
			}
			cid, aid := pulid.New("CA"), pulid.New("AP")
			cands = append(cands, tx.Candidate.Create().SetID(cid).SetProvider("bench").SetSubject(number).SetName("考生").
				SetIDType(enum.IDPassport).SetIDNumberEnc(enc).SetIDNumberHash(keys.LookupHash(string(enum.IDPassport), number)).
				SetIDNumberMasked(pii.Mask(number)))
			q := quals[i%len(quals)]
			apps = append(apps, tx.Application.Create().SetID(aid).SetCandidateID(cid).SetSessionID(sess.ID).SetRegionID(reg.ID).
				SetAreaID(area.ID).SetQualificationID(q.ID).SetLevel(q.Level).SetName("考生").SetIDType(enum.IDPassport).
				SetStatus(enum.StatusRegistered))
			tn := fmt.Sprintf("2612100000%06d", i)
			tks = append(tks, tx.AdmissionTicket.Create().SetApplicationID(aid).SetSessionID(sess.ID).SetSiteID(site.ID).
				SetRoomID(room.ID).SetSeat(i+1).SetTicketNumber(tn))
			out = append(out, ticket{number: tn, subjects: names[q.ID]})
		}
		for _, step := range []func(k int) error{
			func(k int) error {
				return tx.Candidate.CreateBulk(cands[k:min(len(cands), k+rowsPerInsert)]...).Exec(ctx)
			},
			func(k int) error {
				return tx.Application.CreateBulk(apps[k:min(len(apps), k+rowsPerInsert)]...).Exec(ctx)
			},
			func(k int) error {
				return tx.AdmissionTicket.CreateBulk(tks[k:min(len(tks), k+rowsPerInsert)]...).Exec(ctx)
			},
		} {
			for k := 0; k < len(cands); k += rowsPerInsert {
				if err := step(k); err != nil {
					_ = tx.Rollback()
					return nil, err
				}
			}
		}
		if err := tx.Commit(); err != nil {
			return nil, err
		}
	}
	return out, nil
}

// writeCSV writes every ticket's subjects in a shuffled order of lines, as
// an exam office's file comes (by subject and room, not by candidate).
func writeCSV(path string, ts []ticket) (int, int64, error) {
	f, err := os.Create(path)
	if err != nil {
		return 0, 0, err
	}
	w := bufio.NewWriter(f)
	fmt.Fprint(w, "准考证号,科目,成绩\r\n")
	r := mrand.New(mrand.NewPCG(1, 2))
	order := r.Perm(len(ts))
	lines := 0
	for _, i := range order {
		for _, sub := range ts[i].subjects {
			mark := fmt.Sprint(r.IntN(76))
			if r.IntN(20) == 0 {
				mark = scores.Absent
			}
			fmt.Fprintf(w, "%s,%s,%s\r\n", ts[i].number, sub, mark)
			lines++
		}
	}
	if err := w.Flush(); err != nil {
		return 0, 0, err
	}
	st, err := f.Stat()
	if err != nil {
		return 0, 0, err
	}
	return lines, st.Size(), f.Close()
}

func sampleHeap(max *atomic.Uint64) func() {
	done := make(chan struct{})
	go func() {
		var m runtime.MemStats
		for {
			select {
			case <-done:
				return
			case <-time.After(50 * time.Millisecond):
			}
			runtime.ReadMemStats(&m)
			if m.HeapAlloc > max.Load() {
				max.Store(m.HeapAlloc)
			}
		}
	}()
	return func() { close(done) }
}
