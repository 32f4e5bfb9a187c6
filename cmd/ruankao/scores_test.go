package main

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/ruankao/ruankao/ent/examarea"
	"github.com/ruankao/ruankao/ent/examsession"
	"github.com/ruankao/ruankao/ent/qualification"
	"github.com/ruankao/ruankao/ent/region"
	"github.com/ruankao/ruankao/internal/demo"
	"github.com/ruankao/ruankao/internal/enum"
	"github.com/ruankao/ruankao/internal/refdata"
	"github.com/ruankao/ruankao/internal/store"
	"github.com/ruankao/ruankao/internal/viewer"
)

// The shell's import runs the API's job: a file with a problem is refused
// with its line; a good one is applied with --apply.
func TestScoresImportCommand(t *testing.T) {
	dir := t.TempDir()
	url := "sqlite://" + dir + "/x.db"
	ctx := viewer.SystemContext(context.Background())
	if err := commands["migrate"](ctx, []string{"--db", url}); err != nil {
		t.Fatal(err)
	}
	db, err := store.Open(ctx, url)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := refdata.Seed(ctx, db.Client); err != nil {
		t.Fatal(err)
	}
	if err := demo.Load(ctx, db.Client); err != nil {
		t.Fatal(err)
	}
	c := db.Client
	sess := c.ExamSession.Query().Where(examsession.Code(demo.SessionScores)).OnlyX(ctx)
	reg := c.Region.Query().Where(region.Code("210000")).OnlyX(ctx)
	area := c.ExamArea.Query().Where(examarea.RegionID(reg.ID)).FirstX(ctx)
	site := c.ExamSite.Create().SetAreaID(area.ID).SetCode("T1").SetName("考点").SetAddress("沈阳").SaveX(ctx)
	room := c.ExamRoom.Create().SetSiteID(site.ID).SetCode("01").SetCapacity(30).SaveX(ctx)
	q := c.Qualification.Query().Where(qualification.Code("ZJ02")).OnlyX(ctx)
	cand := c.Candidate.Create().SetProvider("t").SetSubject("t").SetName("张伟").SetIDType(enum.IDPassport).
		SetIDNumberEnc([]byte{1}).SetIDNumberHash("h").SetIDNumberMasked("E*****").SaveX(ctx)
	app := c.Application.Create().SetCandidateID(cand.ID).SetSessionID(sess.ID).SetRegionID(reg.ID).SetAreaID(area.ID).
		SetQualificationID(q.ID).SetLevel(q.Level).SetName("张伟").SetIDType(enum.IDPassport).SetStatus(enum.StatusRegistered).SaveX(ctx)
	c.AdmissionTicket.Create().SetApplicationID(app.ID).SetSessionID(sess.ID).SetSiteID(site.ID).SetRoomID(room.ID).
		SetSeat(1).SetTicketNumber("2612100000200001").ExecX(ctx)
	db.Close()

	write := func(name, body string) string {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, []byte(body), 0o600); err != nil {
			t.Fatal(err)
		}
		return p
	}
	var out bytes.Buffer
	stdout = &out
	defer func() { stdout = os.Stdout }()
	bad := write("bad.csv", "准考证号,科目,成绩\n2612100000200001,基础知识,50\n2612100000299999,应用技术,50\n")
	err = scoresCommand(ctx, []string{"import", "--db", url, "--session", demo.SessionScores, "--apply", bad})
	if err == nil || !strings.Contains(out.String(), "line 3") || !strings.Contains(out.String(), "UNKNOWN_TICKET") {
		t.Fatalf("a bad file: %v\n%s", err, out.String())
	}
	out.Reset()
	good := write("good.csv", "准考证号,科目,成绩\n2612100000200001,基础知识,50\n2612100000200001,应用技术,缺考\n")
	if err := scoresCommand(ctx, []string{"import", "--db", url, "--session", demo.SessionScores, "--apply", good}); err != nil ||
		!strings.Contains(out.String(), "APPLIED") {
		t.Fatalf("a good file: %v\n%s", err, out.String())
	}
	db, err = store.Open(ctx, url)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	if n := db.Client.Score.Query().CountX(ctx); n != 2 {
		t.Errorf("%d scores", n)
	}
	if n := db.Client.AbsenteeBan.Query().CountX(ctx); n != 1 {
		t.Errorf("%d bans for 辽宁's absentee (its policy bans)", n)
	}
	if err := scoresCommand(ctx, []string{"import", "--db", url, good}); err == nil {
		t.Error("no --session accepted")
	}
}
