// Package scores holds what follows the exam: score imports (long work: a
// file streamed into staging rows, validated, applied all or nothing), the
// pass rule, 成绩查询, certificates and 证书查询, and the absentee rule.
package scores

import (
	"context"
	"database/sql"
	"log/slog"
	"sync"
	"time"

	"github.com/ruankao/ruankao/ent"
	"github.com/ruankao/ruankao/internal/apperr"
	"github.com/ruankao/ruankao/internal/catalog"
	"github.com/ruankao/ruankao/internal/civil"
	"github.com/ruankao/ruankao/internal/clock"
	"github.com/ruankao/ruankao/internal/enum"
	"github.com/ruankao/ruankao/internal/files"
	"github.com/ruankao/ruankao/internal/pii"
	"github.com/ruankao/ruankao/internal/viewer"
)

// MaxImportBytes bounds a score file: 1,000,000 lines are about 30 MB.
const MaxImportBytes = 64 << 20

// chunkLines is how many lines one staging transaction writes.
const chunkLines = 5_000

// maxListed is how many problems an import keeps to list; the count goes on.
const maxListed = 10_000

// staleAfter: an import RUNNING this long died with its process.
const staleAfter = 30 * time.Minute

// Service imports scores and issues certificates.
type Service struct {
	Client  *ent.Client
	Files   files.Store
	Catalog *catalog.Cache
	Keys    *pii.Keys
	Log     *slog.Logger
	// Dialect is store.DB.Dialect ("sqlite3" or "postgres").
	Dialect string
	// Reads is store.DB.Reads(): the job's whole-file checks read there,
	// outside any transaction; nil reads in a transaction (tests).
	Reads *sql.DB
	// VerifyURL prefixes a certificate number in its QR code (the public
	// 证书查询 page); empty prints the number alone.
	VerifyURL string

	wg sync.WaitGroup
}

// Wait blocks until every job started by this service has finished.
func (s *Service) Wait() { s.wg.Wait() }

func (s *Service) log() *slog.Logger {
	if s.Log != nil {
		return s.Log
	}
	return slog.Default()
}

func (s *Service) ctx(ctx context.Context) context.Context {
	if catalog.From(ctx) == nil && s.Catalog != nil {
		return catalog.NewContext(ctx, s.Catalog)
	}
	return ctx
}

// problem is one problem of an import: a line (0 for the whole file), the
// column at fault, a stable code and a Chinese message.
type problem struct {
	line         int
	column, code string
	message      string
}

// nationalOrShell: score imports and certificates are the national
// office's; the shell runs as the system.
func nationalOrShell(ctx context.Context, what string) error {
	v := viewer.From(ctx)
	if v.Kind == viewer.System || (v.IsStaff() && v.Role == enum.RoleNationalAdmin) {
		return nil
	}
	return apperr.New(apperr.Forbidden, "只有全国管理员可以"+what)
}

// session finds a session by code for an input field.
func (s *Service) session(ctx context.Context, code string, ps *apperr.Problems) (*ent.ExamSession, error) {
	sess, err := catalog.From(ctx).EnabledSessionByCode(viewer.SystemContext(ctx), s.Client, code)
	if ent.IsNotFound(err) || (err == nil && sess == nil) {
		ps.Add(apperr.NotFound, "考试不存在", "sessionCode")
		return nil, nil
	}
	return sess, err
}

// Released tells whether a session's scores are out at now.
func Released(sess *ent.ExamSession, now time.Time) bool {
	return sess.ScoreReleaseAt != nil && !now.Before(*sess.ScoreReleaseAt)
}

// examBegun: scores come after the first exam day has begun (Asia/Shanghai).
func examBegun(sess *ent.ExamSession, now time.Time) bool {
	return !civil.In(now, clock.Shanghai).Before(sess.FirstExamDay)
}
