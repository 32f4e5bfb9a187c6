package scores

import (
	"context"
	"github.com/ruankao/ruankao/internal/counters"
	"github.com/ruankao/ruankao/internal/notify"
	"strconv"
	"strings"

	"github.com/ruankao/ruankao/ent"
	"github.com/ruankao/ruankao/ent/candidate"
	"github.com/ruankao/ruankao/ent/certificate"
	"github.com/ruankao/ruankao/ent/passmark"
	"github.com/ruankao/ruankao/ent/schema/pulid"
	"github.com/ruankao/ruankao/internal/apperr"
	"github.com/ruankao/ruankao/internal/audit"
	"github.com/ruankao/ruankao/internal/civil"
	"github.com/ruankao/ruankao/internal/clock"
	"github.com/ruankao/ruankao/internal/enum"
	"github.com/ruankao/ruankao/internal/idcard"
	"github.com/ruankao/ruankao/internal/txn"
	"github.com/ruankao/ruankao/internal/viewer"
)

// 证书编号, 21 characters: YYYY H RRRRRR QQQQ NNNNNN — the session's year and
// half (1 上半年, 2 下半年), the issuing region's GB/T 2260 code, the
// qualification's code (GX01 …) and a sequence per session, region and
// qualification, in application order.

// issueSQL issues every passing application of a session without a
// certificate in one statement; the sequence continues after the ones
// issued before (a pass found by a later correction). %s: the sequence as
// six digits, in the dialect's words.
const issueSQL = `INSERT INTO certificates (id, created_at, updated_at, application_id, candidate_id, qualification_id, session_id, region_id, number, issued_on)
	SELECT 'CT' || substr(x.id, 3), $1, $1, x.id, x.candidate_id, x.qualification_id, x.session_id, x.region_id,
		$2 || r.code || q.code || %s, $3
	FROM (SELECT a.id, a.candidate_id, a.qualification_id, a.session_id, a.region_id,
			row_number() OVER (PARTITION BY a.region_id, a.qualification_id ORDER BY a.id) + (SELECT count(*) FROM certificates c
				WHERE c.session_id = a.session_id AND c.region_id = a.region_id AND c.qualification_id = a.qualification_id) AS seq
		FROM applications a
		WHERE a.session_id = $4 AND a.status = 'REGISTERED' AND a.qualification_id IS NOT NULL
			AND EXISTS (SELECT 1 FROM scores sc WHERE sc.application_id = a.id)
			AND NOT EXISTS (SELECT 1 FROM certificates c WHERE c.application_id = a.id)
			AND NOT EXISTS (` + FailingSubjectSQL + `)) x
	JOIN regions r ON r.id = x.region_id JOIN qualifications q ON q.id = x.qualification_id`

func (s *Service) issueStatement() string {
	seq := "printf('%06d', x.seq)"
	if s.postgres() {
		seq = "lpad(x.seq::text, 6, '0')"
	}
	return s.rebind(strings.Replace(issueSQL, "%s", seq, 1))
}

// Issue gives a certificate to every application of the session that
// passed and has none: after the release time, by a national admin, in one
// short transaction. Dated today (Asia/Shanghai); audited.
func (s *Service) Issue(ctx context.Context, sessionCode string) (int, apperr.Problems, error) {
	ctx = s.ctx(ctx)
	if err := nationalOrShell(ctx, "发放证书"); err != nil {
		return 0, nil, err
	}
	var ps apperr.Problems
	sess, err := s.session(ctx, sessionCode, &ps)
	if err != nil || ps.Any() {
		return 0, ps, err
	}
	now := clock.Now(ctx)
	if !Released(sess, now) {
		ps.Add(apperr.WrongState, "成绩发布之后才能发放证书", "sessionCode")
		return 0, ps, nil
	}
	prefix := strconv.Itoa(sess.Year) + halfDigit(sess.Half)
	var issued int64
	err = txn.Run(ctx, s.Client, func(ctx context.Context, c *ent.Client) error {
		res, err := c.ExecContext(ctx, s.issueStatement(), now, prefix, civil.In(now, clock.Shanghai), string(sess.ID))
		if err != nil {
			return err
		}
		if issued, err = res.RowsAffected(); err != nil {
			return err
		}
		if issued > 0 {
			if err := notify.Fan(ctx, c, notify.Broadcast{Kind: notify.CertificateIssued, Session: sess.ID,
				Key: "CERTIFICATE_ISSUED:" + string(pulid.New("NF"))}); err != nil {
				return err
			}
		}
		return audit.Record(ctx, c, audit.Entry{Action: "certificates.issue", RecordType: "ExamSession", RecordID: string(sess.ID),
			After: map[string]any{"session": sess.Code, "issued": issued}})
	})
	return int(issued), nil, err
}

func halfDigit(h enum.Half) string {
	if h == enum.HalfFirst {
		return "1"
	}
	return "2"
}

// SetPassMark overrides a subject's pass mark in a session, before any
// certificate of the session is issued; audited.
func (s *Service) SetPassMark(ctx context.Context, sessionCode string, subjectID pulid.ID, mark int) (*ent.PassMark, apperr.Problems, error) {
	ctx = s.ctx(ctx)
	if err := nationalOrShell(ctx, "设置合格标准"); err != nil {
		return nil, nil, err
	}
	var ps apperr.Problems
	sess, err := s.session(ctx, sessionCode, &ps)
	if err != nil || ps.Any() {
		return nil, ps, err
	}
	sys := viewer.SystemContext(ctx)
	sub, err := s.Client.Subject.Get(sys, subjectID)
	if ent.IsNotFound(err) {
		ps.Add(apperr.NotFound, "科目不存在", "subjectId")
		return nil, ps, nil
	}
	if err != nil {
		return nil, nil, err
	}
	if mark < 1 || mark > sub.FullMarks {
		ps.Add(apperr.InvalidFormat, "合格分数应在 1 到 "+strconv.Itoa(sub.FullMarks)+" 之间", "passMark")
		return nil, ps, nil
	}
	var out *ent.PassMark
	err = txn.Run(ctx, s.Client, func(ctx context.Context, c *ent.Client) error {
		issued, err := c.Certificate.Query().Where(certificate.SessionID(sess.ID)).Exist(viewer.SystemContext(ctx))
		if err != nil {
			return err
		}
		if issued {
			ps.Add(apperr.WrongState, "本次考试已发放证书，合格标准不能再改", "passMark")
			return nil
		}
		old, err := c.PassMark.Query().Where(passmark.SessionID(sess.ID), passmark.SubjectID(sub.ID)).Only(ctx)
		before := sub.PassMark
		switch {
		case ent.IsNotFound(err):
			out, err = c.PassMark.Create().SetSessionID(sess.ID).SetSubjectID(sub.ID).SetPassMark(mark).Save(ctx)
		case err == nil:
			before = old.PassMark
			out, err = c.PassMark.UpdateOne(old).SetPassMark(mark).Save(ctx)
		}
		if err != nil {
			return err
		}
		if err := counters.ResultsChanged(ctx, c, s.Dialect, sess.ID); err != nil {
			return err
		}
		return audit.Record(ctx, c, audit.Entry{Action: "passmark.set", RecordType: "PassMark", RecordID: string(out.ID),
			Before: map[string]any{"passMark": before}, After: map[string]any{"session": sess.Code, "subject": sub.Name, "passMark": mark}})
	})
	return out, ps, err
}

// Check is what 证书查询 answers: whether the certificate is genuine, and
// then only its qualification and date. A wrong number and a wrong name give
// the same answer.
type Check struct {
	Genuine bool
	Found   []*ent.Certificate
}

// Verify answers 证书查询 (public; the API rate-limits it): the certificate
// number and the holder's name, or the holder's ID number and name.
func (s *Service) Verify(ctx context.Context, number, idType, idNumber, name string) (*Check, apperr.Problems, error) {
	var ps apperr.Problems
	name, number, idNumber = strings.TrimSpace(name), strings.TrimSpace(number), strings.TrimSpace(idNumber)
	if name == "" {
		ps.Add(apperr.Required, "请填写持证人姓名", "input", "name")
	}
	if (number == "") == (idNumber == "") {
		ps.Add(apperr.Required, "请填写证书编号或证件号码（二选一）", "input", "number")
	}
	if ps.Any() {
		return nil, ps, nil
	}
	sys := viewer.SystemContext(ctx)
	var found []*ent.Certificate
	var err error
	if number != "" {
		found, err = s.Client.Certificate.Query().Where(certificate.Number(number), certificate.HasCandidateWith(candidate.Name(name))).
			WithQualification().All(sys)
	} else {
		if idType == "" {
			idType = string(enum.IDResident)
		}
		num, cerr := idcard.Check(enum.IDType(idType), idNumber)
		if cerr != nil || s.Keys == nil {
			return &Check{}, nil, nil // the same answer as "no such holder"
		}
		found, err = s.Client.Certificate.Query().Where(certificate.HasCandidateWith(
			candidate.IDNumberHashIn(s.Keys.LookupHashes(string(num.Type), num.Value)...), candidate.Name(name))).
			WithQualification().Order(ent.Asc(certificate.FieldIssuedOn)).All(sys)
	}
	if err != nil {
		return nil, nil, err
	}
	return &Check{Genuine: len(found) > 0, Found: found}, nil, nil
}
