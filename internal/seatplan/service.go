// Package seatplan runs a region's seat plan for a session as long work
// (conventions): the planner (internal/seats) places every REGISTERED
// candidate, a job stages the seats in chunks, and publishing makes them
// admission tickets in one short transaction. Every run is kept with its
// seed, its inputs' digest and who ran it.
package seatplan

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"log/slog"
	"sync"
	"time"

	"github.com/ruankao/ruankao/ent"
	"github.com/ruankao/ruankao/ent/admissionticket"
	"github.com/ruankao/ruankao/ent/application"
	"github.com/ruankao/ruankao/ent/examsession"
	"github.com/ruankao/ruankao/ent/region"
	"github.com/ruankao/ruankao/ent/seatplanrun"
	"github.com/ruankao/ruankao/internal/apperr"
	"github.com/ruankao/ruankao/internal/audit"
	"github.com/ruankao/ruankao/internal/cancellation"
	"github.com/ruankao/ruankao/internal/catalog"
	"github.com/ruankao/ruankao/internal/clock"
	"github.com/ruankao/ruankao/internal/enum"
	"github.com/ruankao/ruankao/internal/txn"
	"github.com/ruankao/ruankao/internal/viewer"
)

// stageChunk is how many seats one staging transaction writes: about 50 ms
// of SQLite's single writer, and 20 commits for 100,000 seats.
const stageChunk = 5_000

// staleAfter: a run RUNNING this long died with its process.
const staleAfter = 10 * time.Minute

// Service plans seats.
type Service struct {
	Client  *ent.Client
	Catalog *catalog.Cache
	Log     *slog.Logger
	// Dialect is store.DB.Dialect ("sqlite" or "postgres"), for the publish statement.
	Dialect string

	wg sync.WaitGroup
}

// Wait blocks until every run started by this service has finished (tests, shutdown).
func (s *Service) Wait() { s.wg.Wait() }

func (s *Service) log() *slog.Logger {
	if s.Log != nil {
		return s.Log
	}
	return slog.Default()
}

// scope is the session and region a run is for.
type scope struct {
	session *ent.ExamSession
	region  *ent.Region
	policy  *ent.RegionPolicy
}

// resolve checks the caller: a region admin plans their region, a national
// admin the region they name; reviewers and candidates may not.
func (s *Service) resolve(ctx context.Context, sessionCode string, regionCode *string) (*scope, apperr.Problems, error) {
	v := viewer.From(ctx)
	if !v.IsStaff() || (v.Role != enum.RoleRegionAdmin && v.Role != enum.RoleNationalAdmin) {
		return nil, nil, apperr.New(apperr.Forbidden, "只有地区管理员和全国管理员可以编排考场")
	}
	sys := viewer.SystemContext(ctx)
	cat := catalog.From(ctx)
	var ps apperr.Problems
	sess, err := cat.EnabledSessionByCode(sys, s.Client, sessionCode)
	if err != nil && !ent.IsNotFound(err) {
		return nil, nil, err
	}
	if sess == nil {
		ps.Add(apperr.NotFound, "考试不存在", "sessionCode")
		return nil, ps, nil
	}
	var region *ent.Region
	switch {
	case v.RegionID != "":
		if region, err = cat.Region(sys, s.Client, v.RegionID); err != nil {
			return nil, nil, err
		}
		if regionCode != nil && *regionCode != region.Code {
			return nil, nil, apperr.NotFoundf("地区")
		}
	case regionCode == nil:
		ps.Add(apperr.Required, "请选择地区", "regionCode")
		return nil, ps, nil
	default:
		if region, err = cat.EnabledRegionByCode(sys, s.Client, *regionCode); err != nil && !ent.IsNotFound(err) {
			return nil, nil, err
		}
		if region == nil {
			ps.Add(apperr.NotFound, "地区不存在", "regionCode")
			return nil, ps, nil
		}
	}
	p, err := cat.Policy(sys, s.Client, region.ID, sess.ID)
	if err != nil {
		return nil, nil, err
	}
	if p == nil {
		ps.Add(apperr.WrongState, region.Name+"未组织本次考试", "regionCode")
		return nil, ps, nil
	}
	return &scope{session: sess, region: region, policy: p}, nil, nil
}

// Start begins a run: inside the session's printing window, before the
// region's plan is published. The seed is drawn here, never chosen.
func (s *Service) Start(ctx context.Context, sessionCode string, regionCode *string) (*ent.SeatPlanRun, apperr.Problems, error) {
	ctx = s.ctx(ctx)
	sc, ps, err := s.resolve(ctx, sessionCode, regionCode)
	if err != nil || ps.Any() {
		return nil, ps, err
	}
	now := clock.Now(ctx)
	if now.Before(sc.session.TicketPrintOpensAt) || !now.Before(sc.session.TicketPrintClosesAt) {
		ps.Add(apperr.WindowClosed, "只能在准考证打印期间编排考场（"+clock.Shown(sc.session.TicketPrintOpensAt)+" 至 "+
			clock.Shown(sc.session.TicketPrintClosesAt)+"）", "sessionCode")
		return nil, ps, nil
	}
	sys := viewer.SystemContext(ctx)
	if _, whole, err := cancellation.CancelledAreas(ctx, s.Client, sc.session.ID, sc.region.ID); err != nil || whole {
		if whole {
			ps.Add(apperr.SessionCancelled, "本地区本次考试已取消，不能编排考场", "sessionCode")
		}
		return nil, ps, err
	}
	if published, err := s.published(sys, sc); err != nil || published {
		if published {
			ps.Add(apperr.WrongState, "本地区本次考试的考场编排已发布，不能重新编排；个别调整请用单人调座", "sessionCode")
		}
		return nil, ps, err
	}
	// A run left RUNNING by a process that died would block the region for
	// ever: past staleAfter it is marked FAILED.
	if err := s.Client.SeatPlanRun.Update().Where(seatplanrun.SessionID(sc.session.ID), seatplanrun.RegionID(sc.region.ID),
		seatplanrun.StatusEQ(seatplanrun.StatusRUNNING), seatplanrun.StartedAtLT(now.Add(-staleAfter))).
		SetStatus(seatplanrun.StatusFAILED).SetDetail("进程中断").SetFinishedAt(now).Exec(sys); err != nil {
		return nil, nil, err
	}
	var seed [32]byte
	if _, err := rand.Read(seed[:]); err != nil {
		return nil, nil, err
	}
	var run *ent.SeatPlanRun
	running := false
	err = txn.Run(ctx, s.Client, func(ctx context.Context, c *ent.Client) (err error) {
		run, err = c.SeatPlanRun.Create().SetSessionID(sc.session.ID).SetRegionID(sc.region.ID).
			SetSeating(seatplanrun.Seating(sc.policy.SeatPolicy)).SetSeed(hex.EncodeToString(seed[:])).
			SetRunByID(viewer.From(ctx).ID).SetStartedAt(now).Save(viewer.SystemContext(ctx))
		if ent.IsConstraintError(err) {
			running = true // the one-running index: another run is on
		}
		if err != nil {
			return err
		}
		return audit.Record(ctx, c, audit.Entry{Action: "seatplan.run", RecordType: "SeatPlanRun",
			RecordID: string(run.ID), RegionID: sc.region.ID, After: map[string]any{"session": sc.session.Code, "seed": run.Seed}})
	})
	if running {
		ps.Add(apperr.WrongState, "本地区的考场编排正在进行，请等它完成", "sessionCode")
		return nil, ps, nil
	}
	if err != nil {
		return nil, nil, err
	}
	s.wg.Add(1)
	go func() {
		defer s.wg.Done()
		jctx := clock.With(viewer.SystemContext(context.WithoutCancel(ctx)), clock.From(ctx))
		if err := s.work(jctx, run, sc, seed); err != nil {
			s.log().Error("seat plan failed", "run", run.ID, "err", err.Error())
			_ = s.Client.SeatPlanRun.UpdateOneID(run.ID).Where(seatplanrun.StatusEQ(seatplanrun.StatusRUNNING)).SetStatus(seatplanrun.StatusFAILED).
				SetDetail("内部错误").SetFinishedAt(clock.Now(jctx)).Exec(jctx)
		}
	}()
	return run, nil, nil
}

// published tells whether the region's plan for the session is out.
func (s *Service) published(ctx context.Context, sc *scope) (bool, error) {
	return s.Client.AdmissionTicket.Query().Where(admissionticket.SessionID(sc.session.ID),
		admissionticket.HasApplicationWith(application.RegionID(sc.region.ID))).Exist(ctx)
}

func (s *Service) ctx(ctx context.Context) context.Context {
	if catalog.From(ctx) == nil && s.Catalog != nil {
		return catalog.NewContext(ctx, s.Catalog)
	}
	return ctx
}

// Runs lists a session's runs, newest first, as the caller may see them
// (the privacy policy scopes a region admin to their region).
func (s *Service) Runs(ctx context.Context, sessionCode string, regionCode *string) ([]*ent.SeatPlanRun, error) {
	v := viewer.From(ctx)
	if !v.IsStaff() || (v.Role != enum.RoleRegionAdmin && v.Role != enum.RoleNationalAdmin) {
		return nil, apperr.New(apperr.Forbidden, "只有地区管理员和全国管理员可以查看考场编排")
	}
	q := s.Client.SeatPlanRun.Query().Where(seatplanrun.HasSessionWith(examsession.Code(sessionCode)))
	if regionCode != nil {
		q.Where(seatplanrun.HasRegionWith(region.Code(*regionCode)))
	}
	return q.Order(ent.Desc(seatplanrun.FieldCreatedAt), ent.Desc(seatplanrun.FieldID)).All(ctx)
}
