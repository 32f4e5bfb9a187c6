package cancellation

import (
	"context"
	"log/slog"
	"sync"
	"time"

	"github.com/ruankao/ruankao/ent"
	"github.com/ruankao/ruankao/ent/admissionticket"
	"github.com/ruankao/ruankao/ent/application"
	entcx "github.com/ruankao/ruankao/ent/cancellation"
	"github.com/ruankao/ruankao/ent/examarea"
	"github.com/ruankao/ruankao/ent/examsession"
	"github.com/ruankao/ruankao/ent/paymentorder"
	"github.com/ruankao/ruankao/ent/predicate"
	"github.com/ruankao/ruankao/ent/region"
	"github.com/ruankao/ruankao/ent/regionpolicy"
	"github.com/ruankao/ruankao/ent/schema/pulid"
	"github.com/ruankao/ruankao/internal/admin"
	"github.com/ruankao/ruankao/internal/apperr"
	"github.com/ruankao/ruankao/internal/audit"
	"github.com/ruankao/ruankao/internal/authz"
	"github.com/ruankao/ruankao/internal/civil"
	"github.com/ruankao/ruankao/internal/clock"
	"github.com/ruankao/ruankao/internal/enum"
	"github.com/ruankao/ruankao/internal/notify"
	"github.com/ruankao/ruankao/internal/txn"
	"github.com/ruankao/ruankao/internal/viewer"
)

// Refunder refunds one paid order of a cancelled exam: payment.Service's
// RefundCancelled, the payment issue's refund path (never a second gateway
// client here). It reports whether the refund reached an end.
type Refunder interface {
	RefundCancelled(ctx context.Context, orderID pulid.ID, reason string) (bool, error)
}

// Service drafts, withdraws and confirms cancellations and runs their
// refund job.
type Service struct {
	Client *ent.Client
	// Refunds is the payment service; nil where no gateway is configured
	// (free regions have nothing to refund; paid orders then wait).
	Refunds Refunder
	Log     *slog.Logger
	// Lease is how long one instance holds a cancellation's refund job
	// before another may take over (0: DefaultLease).
	Lease time.Duration

	wg sync.WaitGroup
}

// DefaultLease outlasts a gateway call (30 s timeout) many times over and is
// renewed after each order; an instance that died frees the job this soon.
const DefaultLease = 2 * time.Minute

func (s *Service) log() *slog.Logger {
	if s.Log != nil {
		return s.Log
	}
	return slog.Default()
}

func (s *Service) lease() time.Duration {
	if s.Lease > 0 {
		return s.Lease
	}
	return DefaultLease
}

// Wait waits for the jobs started by Confirm (tests, shutdown).
func (s *Service) Wait() { s.wg.Wait() }

// Input is a new cancellation.
type Input struct {
	SessionCode, RegionCode string
	AreaID                  *pulid.ID
	Reason                  string
}

// resolve checks a scope's input: a session, a region that takes part in
// it, and optionally one of the region's exam areas. Problems are userErrors
// at input.*; a region the admin may not act in is NOT_ALLOWED there.
func resolve(ctx context.Context, c *ent.Client, v viewer.Viewer, sessionCode, regionCode string, areaID *pulid.ID, ps *apperr.Problems) (Scope, *ent.ExamSession, error) {
	sys := viewer.SystemContext(ctx)
	var sc Scope
	sess, err := c.ExamSession.Query().Where(examsession.Code(sessionCode)).Only(sys)
	switch {
	case ent.IsNotFound(err):
		ps.Add(apperr.NotFound, "考试批次不存在", "input", "sessionCode")
	case err != nil:
		return sc, nil, err
	}
	reg, err := c.Region.Query().Where(region.Code(regionCode)).Only(sys)
	switch {
	case ent.IsNotFound(err):
		ps.Add(apperr.NotFound, "地区不存在", "input", "regionCode")
	case err != nil:
		return sc, nil, err
	case !admin.MayCancelIn(v, reg.ID):
		ps.Add(apperr.NotAllowed, "地区管理员只能取消本地区的考试", "input", "regionCode")
		reg = nil
	}
	if sess == nil || reg == nil {
		return sc, sess, nil
	}
	sc = Scope{Session: sess.ID, Region: reg.ID}
	takesPart, err := c.RegionPolicy.Query().Where(regionpolicy.RegionID(reg.ID), regionpolicy.SessionID(sess.ID)).Exist(sys)
	if err != nil {
		return sc, sess, err
	}
	if !takesPart {
		ps.Add(apperr.WrongState, reg.Name+"未组织本次考试", "input", "regionCode")
	}
	if areaID != nil {
		a, err := c.ExamArea.Query().Where(examarea.ID(*areaID), examarea.RegionID(reg.ID)).Only(sys)
		switch {
		case ent.IsNotFound(err):
			ps.Add(apperr.NotFound, "考区不存在（须为所选地区的考区）", "input", "areaId")
		case err != nil:
			return sc, sess, err
		default:
			sc.Area = &a.ID
		}
	}
	return sc, sess, nil
}

// Create drafts a cancellation. Nothing changes for anyone until a second
// admin confirms it. Runs in the caller's (the mutation's) transaction.
func (s *Service) Create(ctx context.Context, in Input) (*ent.Cancellation, apperr.Problems, error) {
	v := viewer.From(ctx)
	if !admin.MayCancel(v) {
		return nil, nil, apperr.New(apperr.Forbidden, "仅全国管理员和地区管理员可以取消考试")
	}
	var out *ent.Cancellation
	var ps apperr.Problems
	err := txn.Run(ctx, s.Client, func(ctx context.Context, c *ent.Client) error {
		reason := checkReason(&ps, in.Reason, "input", "reason")
		sc, sess, err := resolve(ctx, c, v, in.SessionCode, in.RegionCode, in.AreaID, &ps)
		if err != nil {
			return err
		}
		if sess != nil && civil.In(clock.Now(ctx), clock.Shanghai).After(sess.LastExamDay) {
			ps.Add(apperr.WrongState, "本次考试已经结束，不能取消", "input", "sessionCode")
		}
		if ps.Any() {
			return nil
		}
		if u, err := overlapping(ctx, c, sc); err != nil || u != nil {
			if u != nil {
				ps = append(ps, u)
			}
			return err
		}
		out, err = c.Cancellation.Create().SetSessionID(sc.Session).SetRegionID(sc.Region).SetNillableAreaID(sc.Area).
			SetScopeKey(sc.key()).SetReason(reason).SetCreatedByID(v.ID).Save(ctx)
		if ent.IsConstraintError(err) {
			// The one-open-per-scope index: another admin drafted it just now.
			ps.Add(CancellationOverlaps, "该范围已有取消考试的记录（刚刚由他人创建），请刷新后查看", "input")
			out = nil
			return nil
		}
		return err
	})
	if err != nil || ps.Any() {
		return nil, ps, err
	}
	return out, nil, nil
}

// overlapping refuses a scope that meets an open cancellation: the same
// scope, the whole region while an area of it is cancelled, or an area while
// the whole region is. Two areas of one region are cancelled apart.
func overlapping(ctx context.Context, c *ent.Client, sc Scope) (*apperr.UserError, error) {
	list, err := c.Cancellation.Query().Where(entcx.SessionID(sc.Session), entcx.RegionID(sc.Region),
		entcx.StateIn(open...)).All(viewer.SystemContext(ctx))
	if err != nil {
		return nil, err
	}
	for _, x := range list {
		if !overlap(x, sc) {
			continue
		}
		msg := "本地区本次考试已有取消记录（" + StateLabel(x.State) + "，编号 " + string(x.ID) + "）"
		switch {
		case x.AreaID == nil && sc.Area != nil:
			msg += "，已包含该考区"
		case x.AreaID != nil && sc.Area == nil:
			msg += "，其中已有考区单独取消；如需取消全地区，请先撤销该草稿，已确认的考区取消不受影响，请改为逐个取消其他考区"
		}
		return &apperr.UserError{Field: []string{"input"}, Code: CancellationOverlaps, Message: msg}, nil
	}
	return nil, nil
}

// Get reads a cancellation as the viewer: another region's is NOT_FOUND.
func (s *Service) Get(ctx context.Context, id pulid.ID) (*ent.Cancellation, error) {
	v := viewer.From(ctx)
	if !admin.MayCancel(v) {
		return nil, apperr.New(apperr.Forbidden, "仅全国管理员和地区管理员可以查看取消考试记录")
	}
	x, err := s.client(ctx).Cancellation.Get(ctx, id)
	if ent.IsNotFound(err) || (err == nil && !admin.MayCancelIn(v, x.RegionID)) {
		return nil, apperr.NotFoundf("取消考试记录")
	}
	return x, err
}

// Withdraw takes back a draft: nothing it would have done was done. A
// withdrawn one answers the same again; a confirmed one cannot be withdrawn.
func (s *Service) Withdraw(ctx context.Context, id pulid.ID) (*ent.Cancellation, apperr.Problems, error) {
	var out *ent.Cancellation
	var ps apperr.Problems
	err := txn.Run(ctx, s.Client, func(ctx context.Context, c *ent.Client) error {
		x, err := s.Get(ctx, id)
		if err != nil {
			return err
		}
		out = x
		switch x.State {
		case Withdrawn:
			return nil
		case Confirmed, Done:
			ps.Add(apperr.WrongState, "已确认的取消不能撤销（退费已开始）", "id")
			return nil
		}
		v := viewer.From(ctx)
		out, err = c.Cancellation.UpdateOneID(x.ID).Where(entcx.StateEQ(Draft)).SetState(Withdrawn).
			SetWithdrawnByID(v.ID).SetWithdrawnAt(clock.Now(ctx)).Save(ctx)
		if ent.IsNotFound(err) {
			return apperr.New(apperr.Conflict, "取消记录已被他人修改，请刷新后重试")
		}
		return err
	})
	if err != nil {
		return nil, nil, err
	}
	return out, ps, nil
}

// Confirm puts a draft in force, by an admin other than the one who drafted
// it, in one short transaction: the state (from which the scope's
// registrations refuse changes and its tickets are void), the notice to the
// candidates (one broadcast row; the sender expands it) and the audit entry.
// The refunds follow in a job started after the commit (and resumed by
// Loop on any instance). A confirmed one answers the same again.
func (s *Service) Confirm(ctx context.Context, id pulid.ID) (*ent.Cancellation, apperr.Problems, error) {
	var out *ent.Cancellation
	var ps apperr.Problems
	started := false
	err := txn.Run(ctx, s.Client, func(ctx context.Context, c *ent.Client) error {
		x, err := s.Get(ctx, id)
		if err != nil {
			return err
		}
		out = x
		v := viewer.From(ctx)
		switch {
		case x.State == Confirmed || x.State == Done:
			return nil
		case x.State == Withdrawn:
			ps.Add(apperr.WrongState, "已撤销的取消记录不能确认，请重新创建", "id")
			return nil
		case x.CreatedByID == v.ID:
			// Four eyes: calling off an exam and refunding a region is not
			// one person's decision.
			ps.Add(SecondAdminRequired, "取消考试须由另一位管理员确认（创建人不能确认自己的草稿）", "id")
			return nil
		}
		p, err := preview(ctx, c, scopeOf(x))
		if err != nil {
			return err
		}
		now := clock.Now(ctx)
		out, err = c.Cancellation.UpdateOneID(x.ID).Where(entcx.StateEQ(Draft)).SetState(Confirmed).
			SetConfirmedByID(v.ID).SetConfirmedAt(now).SetRefundsTotal(p.PaidOrders).Save(ctx)
		if ent.IsNotFound(err) {
			return apperr.New(apperr.Conflict, "取消记录已被他人修改，请刷新后重试")
		}
		if err != nil {
			return err
		}
		params := map[string]string{"reason": x.Reason}
		if err := notify.Fan(ctx, c, notify.Broadcast{Kind: notify.ExamCancelled, Session: x.SessionID,
			Region: &x.RegionID, Area: x.AreaID, Params: params, Key: string(notify.ExamCancelled) + ":" + string(x.ID), By: &v.ID}); err != nil {
			return err
		}
		started = true
		return audit.Record(ctx, c, audit.Entry{Action: "cancellation.confirm", RecordType: "Cancellation",
			RecordID: string(x.ID), RegionID: x.RegionID, After: map[string]any{"reason": x.Reason, "area": x.AreaID,
				"applications": p.Applications, "paidOrders": p.PaidOrders, "refundFen": p.RefundFen, "tickets": p.Tickets,
				"createdBy": x.CreatedByID}})
	})
	if err != nil {
		return nil, nil, err
	}
	if started {
		s.Start(ctx, out.ID)
	}
	return out, ps, nil
}

// Start runs the refund job of one cancellation in the background, past the
// request (the lease keeps it to one instance).
func (s *Service) Start(ctx context.Context, id pulid.ID) {
	s.wg.Add(1)
	go func() {
		defer s.wg.Done()
		jctx := clock.With(viewer.SystemContext(context.WithoutCancel(ctx)), clock.From(ctx))
		if _, err := s.Process(jctx, id); err != nil {
			s.log().Warn("cancellation refunds incomplete", "cancellation", id, "err", err.Error())
		}
	}()
}

// List is a session's cancellations in a region (newest first), as the
// viewer may see them: a region admin their own region's.
func (s *Service) List(ctx context.Context, sessionCode string, regionCode *string) ([]*ent.Cancellation, error) {
	v := viewer.From(ctx)
	if !admin.MayCancel(v) {
		return nil, apperr.New(apperr.Forbidden, "仅全国管理员和地区管理员可以查看取消考试记录")
	}
	q := s.client(ctx).Cancellation.Query().Where(entcx.HasSessionWith(examsession.Code(sessionCode)))
	if regionCode != nil {
		q.Where(entcx.HasRegionWith(region.Code(*regionCode)))
	}
	return q.Order(ent.Desc(entcx.FieldCreatedAt)).All(ctx)
}

// Preview is whom a cancellation reaches, counted by the system.
type Preview struct {
	// Applications counts the live applications of the scope, by status.
	ByStatus     map[enum.ApplicationStatus]int
	Applications int
	// PaidOrders and RefundFen: the registrations the job will refund.
	PaidOrders int
	RefundFen  int64
	// Tickets: admission tickets that become void.
	Tickets int
}

// PreviewScope counts whom a cancellation of the scope would reach, before
// it is drafted (the same checks as Create; nothing is written).
func (s *Service) PreviewScope(ctx context.Context, sessionCode, regionCode string, areaID *pulid.ID) (*Preview, apperr.Problems, error) {
	v := viewer.From(ctx)
	if !admin.MayCancel(v) {
		return nil, nil, apperr.New(apperr.Forbidden, "仅全国管理员和地区管理员可以取消考试")
	}
	var ps apperr.Problems
	sc, _, err := resolve(ctx, s.client(ctx), v, sessionCode, regionCode, areaID, &ps)
	if err != nil || ps.Any() {
		return nil, ps, err
	}
	p, err := preview(ctx, s.client(ctx), sc)
	return p, nil, err
}

// PreviewOf counts what a cancellation reaches now.
func (s *Service) PreviewOf(ctx context.Context, x *ent.Cancellation) (*Preview, error) {
	return preview(ctx, s.client(ctx), scopeOf(x))
}

// client is the transaction ctx carries, else the pool: every read made
// while a transaction is open goes through it.
func (s *Service) client(ctx context.Context) *ent.Client {
	if c := ent.FromContext(ctx); c != nil {
		return c
	}
	return s.Client
}

func scopeOf(x *ent.Cancellation) Scope {
	return Scope{Session: x.SessionID, Region: x.RegionID, Area: x.AreaID}
}

// inScope keeps the applications of the scope.
func inScope(sc Scope) predicate.Application {
	ps := []predicate.Application{application.SessionID(sc.Session), application.RegionID(sc.Region)}
	if sc.Area != nil {
		ps = append(ps, application.AreaID(*sc.Area))
	}
	return application.And(ps...)
}

// refundable keeps the orders the job refunds: paid for a registration of
// the scope, and not a stray payment flagged for refund (that one is the
// region admin's, through refundPayment).
func refundable(sc Scope) predicate.PaymentOrder {
	return paymentorder.And(paymentorder.StatusEQ(paymentorder.StatusPAID), paymentorder.RefundDue(false),
		paymentorder.HasApplicationWith(inScope(sc), application.StatusEQ(enum.StatusRegistered)))
}

func preview(ctx context.Context, c *ent.Client, sc Scope) (*Preview, error) {
	sys := viewer.SystemContext(ctx)
	var rows []struct {
		Status enum.ApplicationStatus `json:"status"`
		Count  int                    `json:"count"`
	}
	if err := c.Application.Query().Where(inScope(sc), authz.LiveApplication()).
		GroupBy(application.FieldStatus).Aggregate(ent.Count()).Scan(sys, &rows); err != nil {
		return nil, err
	}
	p := &Preview{ByStatus: map[enum.ApplicationStatus]int{}}
	for _, r := range rows {
		p.ByStatus[r.Status] = r.Count
		p.Applications += r.Count
	}
	var sums []struct {
		Count int    `json:"count"`
		Sum   *int64 `json:"sum"`
	}
	if err := c.PaymentOrder.Query().Where(refundable(sc)).
		Aggregate(ent.Count(), ent.Sum(paymentorder.FieldAmountFen)).Scan(sys, &sums); err != nil {
		return nil, err
	}
	if len(sums) > 0 {
		p.PaidOrders = sums[0].Count
		if sums[0].Sum != nil {
			p.RefundFen = *sums[0].Sum
		}
	}
	n, err := c.AdmissionTicket.Query().Where(admissionticket.HasApplicationWith(inScope(sc))).Count(sys)
	if err != nil {
		return nil, err
	}
	p.Tickets = n
	return p, nil
}
