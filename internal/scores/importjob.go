package scores

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"io"
	"strconv"

	"github.com/ruankao/ruankao/ent"
	"github.com/ruankao/ruankao/ent/schema/pulid"
	"github.com/ruankao/ruankao/ent/scoreimport"
	"github.com/ruankao/ruankao/ent/staffuser"
	"github.com/ruankao/ruankao/internal/apperr"
	"github.com/ruankao/ruankao/internal/audit"
	"github.com/ruankao/ruankao/internal/catalog"
	"github.com/ruankao/ruankao/internal/clock"
	"github.com/ruankao/ruankao/internal/files"
	"github.com/ruankao/ruankao/internal/txn"
	"github.com/ruankao/ruankao/internal/viewer"
)

// Start stores a score file and starts its import job; the answer comes at
// once with the import RUNNING. Validation and counts follow in the job.
func (s *Service) Start(ctx context.Context, sessionCode, fileName string, file io.Reader) (*ent.ScoreImport, apperr.Problems, error) {
	ctx = s.ctx(ctx)
	if err := nationalOrShell(ctx, "导入成绩"); err != nil {
		return nil, nil, err
	}
	var ps apperr.Problems
	sess, err := s.session(ctx, sessionCode, &ps)
	if err != nil || ps.Any() {
		return nil, ps, err
	}
	now := clock.Now(ctx)
	if !examBegun(sess, now) {
		ps.Add(apperr.WrongState, "考试尚未举行，不能导入成绩", "sessionCode")
		return nil, ps, nil
	}
	// Stored before any transaction: the job reads the file from the store.
	obj, err := s.Files.Put(ctx, file, MaxImportBytes)
	if errors.Is(err, files.ErrTooLarge) {
		ps.Add(apperr.FileTooLarge, "成绩文件不能超过 64 MB", "file")
		return nil, ps, nil
	}
	if errors.Is(err, files.ErrUnavailable) {
		s.log().WarnContext(ctx, "file storage unavailable", "operation", "importScores", "err", err.Error())
		ps.Add(apperr.StorageUnavailable, "文件存储暂时不可用，成绩文件未保存，请稍后重试", "file")
		return nil, ps, nil
	}
	if err != nil {
		return nil, nil, err
	}
	v := viewer.From(ctx)
	by, name := (*pulid.ID)(nil), "命令行"
	if v.IsStaff() {
		u, err := s.Client.StaffUser.Query().Where(staffuser.ID(v.ID)).Only(viewer.SystemContext(ctx))
		if err != nil {
			return nil, nil, err
		}
		by, name = &u.ID, u.DisplayName
	}
	sys := viewer.SystemContext(ctx)
	if err := s.Client.ScoreImport.Update().Where(scoreimport.SessionID(sess.ID), scoreimport.StatusEQ(scoreimport.StatusRUNNING),
		scoreimport.StartedAtLT(now.Add(-staleAfter))).SetStatus(scoreimport.StatusFAILED).SetDetail("进程中断").
		SetFinishedAt(now).Exec(sys); err != nil {
		return nil, nil, err
	}
	var imp *ent.ScoreImport
	err = txn.Run(ctx, s.Client, func(ctx context.Context, c *ent.Client) (err error) {
		imp, err = c.ScoreImport.Create().SetSessionID(sess.ID).SetFileName(clip(fileName)).SetFileSum(obj.Sum).
			SetFileBytes(obj.Size).SetNillableRunByID(by).SetRunByName(name).SetStartedAt(now).Save(viewer.SystemContext(ctx))
		if err != nil {
			return err
		}
		return audit.Record(ctx, c, audit.Entry{Action: "scores.import", RecordType: "ScoreImport", RecordID: string(imp.ID),
			After: map[string]any{"session": sess.Code, "file": imp.FileName, "bytes": obj.Size, "sha256": obj.Sum}})
	})
	if err != nil {
		return nil, nil, err
	}
	s.wg.Add(1)
	go func() {
		defer s.wg.Done()
		jctx := catalog.NewContext(clock.With(viewer.SystemContext(context.WithoutCancel(ctx)), clock.From(ctx)), catalog.From(ctx))
		if err := s.work(jctx, imp, sess); err != nil {
			s.log().Error("score import failed", "import", imp.ID, "err", err.Error())
			_ = s.Client.ScoreImport.UpdateOneID(imp.ID).Where(scoreimport.StatusEQ(scoreimport.StatusRUNNING)).
				SetStatus(scoreimport.StatusFAILED).SetDetail("内部错误").SetFinishedAt(clock.Now(jctx)).Exec(jctx)
			s.dropStage(jctx, imp.ID)
		}
	}()
	return imp, nil, nil
}

// job is one import's running state: its counts and the problems kept.
type job struct {
	imp      *ent.ScoreImport
	session  *ent.ExamSession
	lines    int
	problems int
	pending  []problem
	subjects map[pulid.ID][]*ent.Subject
}

func (j *job) add(p problem) {
	j.problems++
	if j.problems <= maxListed {
		j.pending = append(j.pending, p)
	}
}

// work streams the file in chunks of lines: each chunk's tickets and
// subjects are resolved with one query, its valid lines staged and its
// problems kept, in one short transaction. Then the whole file's checks
// (duplicates, certified candidates) and the diff against current scores.
func (s *Service) work(ctx context.Context, imp *ent.ScoreImport, sess *ent.ExamSession) error {
	f, _, err := s.Files.Open(ctx, imp.FileSum)
	if err != nil {
		return err
	}
	defer f.Close()
	j := &job{imp: imp, session: sess, subjects: map[pulid.ID][]*ent.Subject{}}
	r, enc, err := decode(f)
	if errors.Is(err, errUTF16) {
		j.add(problem{code: "BAD_ENCODING", message: "文件是 UTF-16（Unicode 文本）编码：请在 Excel 中另存为“CSV UTF-8”后重新导入"})
		return s.finish(ctx, j, "")
	}
	if err != nil {
		return err
	}
	cr := newCSV(r)
	header, err := cr.Read()
	if err == io.EOF {
		j.add(problem{code: "EMPTY", message: "文件是空的：第一行应为表头“准考证号,科目,成绩”"})
		return s.finish(ctx, j, enc)
	}
	var pe interface{ Error() string }
	if err != nil && !errors.As(err, &pe) {
		return err
	}
	cols, missing := headerColumns(header)
	if len(missing) > 0 || err != nil {
		j.add(problem{line: 1, code: "MISSING_COLUMN", message: "第一行应为表头，缺少列：" + joinNames(missing) + "（需要“准考证号,科目,成绩”）"})
		return s.finish(ctx, j, enc)
	}
	rd := &reader{csv: cr, cols: cols}
	chunk := make([]record, 0, chunkLines)
	for {
		rec, p, err := rd.next()
		if err == io.EOF {
			break
		}
		if err != nil {
			return err
		}
		j.lines++
		if p != nil {
			j.add(*p)
			continue
		}
		chunk = append(chunk, rec)
		if len(chunk) == chunkLines {
			if err := s.stageChunk(ctx, j, chunk); err != nil {
				return err
			}
			chunk = chunk[:0]
		}
	}
	if err := s.stageChunk(ctx, j, chunk); err != nil {
		return err
	}
	if j.lines == 0 {
		j.add(problem{code: "EMPTY", message: "文件中没有成绩行"})
	}
	return s.finish(ctx, j, enc)
}

func joinNames(names []string) string {
	out := ""
	for i, n := range names {
		if i > 0 {
			out += "、"
		}
		out += n
	}
	return out
}

// ticketRef is what a 准考证号 resolves to.
type ticketRef struct {
	application   pulid.ID
	qualification pulid.ID
}

// resolveSQL reads a chunk's tickets with their applications'
// qualifications in one query, the numbers passed as one array or JSON text.
const (
	resolvePG = `SELECT t.ticket_number, t.application_id, t.session_id, a.qualification_id
	FROM unnest($1::text[]) AS n(num) JOIN admission_tickets t ON t.ticket_number = n.num
	JOIN applications a ON a.id = t.application_id WHERE a.qualification_id IS NOT NULL`
	resolveSQLite = `SELECT t.ticket_number, t.application_id, t.session_id, a.qualification_id
	FROM json_each(?1) AS n JOIN admission_tickets t ON t.ticket_number = n.value
	JOIN applications a ON a.id = t.application_id WHERE a.qualification_id IS NOT NULL`
)

// resolve finds a chunk's tickets of the session. By number alone (unique):
// with the session in the WHERE, SQLite's planner walks the session's seat
// index instead of probing the numbers; the session is compared here.
func (s *Service) resolve(ctx context.Context, sess *ent.ExamSession, chunk []record) (map[string]ticketRef, error) {
	numbers := make([]string, 0, len(chunk))
	for _, r := range chunk {
		if validTicket(r.ticket) {
			numbers = append(numbers, r.ticket)
		}
	}
	out := make(map[string]ticketRef, len(numbers))
	if len(numbers) == 0 {
		return out, nil
	}
	q, arg := resolvePG, any(numbers)
	if !s.postgres() {
		doc, err := json.Marshal(numbers)
		if err != nil {
			return nil, err
		}
		q, arg = resolveSQLite, string(doc)
	}
	err := s.query(ctx, q, []any{arg}, func(rs *sql.Rows) error {
		var number, app, session, qual string
		if err := rs.Scan(&number, &app, &session, &qual); err != nil {
			return err
		}
		if pulid.ID(session) == sess.ID {
			out[number] = ticketRef{application: pulid.ID(app), qualification: pulid.ID(qual)}
		}
		return nil
	})
	return out, err
}

// stageChunk validates a chunk's lines and writes its staged rows, its
// problems and the progress in one transaction.
func (s *Service) stageChunk(ctx context.Context, j *job, chunk []record) error {
	refs, err := s.resolve(ctx, j.session, chunk)
	if err != nil {
		return err
	}
	cat := catalog.From(ctx)
	rows := make([]stageRow, 0, len(chunk))
	for _, rec := range chunk {
		if !validTicket(rec.ticket) {
			j.add(problem{line: rec.line, column: "准考证号", code: "INVALID_TICKET_NUMBER", message: "准考证号应为 16 位数字，不是“" + clip(rec.ticket) + "”"})
			continue
		}
		ref, ok := refs[rec.ticket]
		if !ok {
			j.add(problem{line: rec.line, column: "准考证号", code: "UNKNOWN_TICKET", message: "本次考试没有准考证号 " + rec.ticket})
			continue
		}
		subs, ok := j.subjects[ref.qualification]
		if !ok {
			if subs, err = cat.Subjects(ctx, s.Client, ref.qualification); err != nil {
				return err
			}
			j.subjects[ref.qualification] = subs
		}
		sub := matchSubject(subs, rec.subject)
		if sub == nil {
			j.add(problem{line: rec.line, column: "科目", code: "UNKNOWN_SUBJECT", message: "该考生报考的资格没有科目“" + clip(rec.subject) + "”"})
			continue
		}
		points, absent, p := parseMark(rec.mark, sub.FullMarks)
		if p != nil {
			p.line = rec.line
			j.add(*p)
			continue
		}
		if absent {
			points = -1
		}
		rows = append(rows, stageRow{ID: string(pulid.New("SG")), Line: rec.line, Application: string(ref.application),
			Subject: string(sub.ID), Points: points})
	}
	pending := j.pending
	j.pending = nil
	return txn.Run(ctx, s.Client, func(ctx context.Context, c *ent.Client) error {
		if err := s.insertStage(ctx, c, string(j.imp.ID), rows); err != nil {
			return err
		}
		if err := s.saveProblems(ctx, c, j.imp.ID, pending); err != nil {
			return err
		}
		return c.ScoreImport.UpdateOneID(j.imp.ID).SetLines(j.lines).SetProblemCount(j.problems).Exec(ctx)
	})
}

// matchSubject finds a subject by its name (综合知识) or its order (1, 2, 3).
func matchSubject(subs []*ent.Subject, name string) *ent.Subject {
	for _, s := range subs {
		if s.Name == name || strconv.Itoa(s.Order) == name {
			return s
		}
	}
	return nil
}

func (s *Service) saveProblems(ctx context.Context, c *ent.Client, importID pulid.ID, ps []problem) error {
	for start := 0; start < len(ps); start += 1000 {
		part := ps[start:min(start+1000, len(ps))]
		creates := make([]*ent.ScoreProblemCreate, len(part))
		for i, p := range part {
			creates[i] = c.ScoreProblem.Create().SetImportID(importID).SetLine(p.line).SetColumn(p.column).SetCode(p.code).SetMessage(p.message)
		}
		if err := c.ScoreProblem.CreateBulk(creates...).Exec(ctx); err != nil {
			return err
		}
	}
	return nil
}
