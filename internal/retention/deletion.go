package retention

import (
	"context"
	"strings"

	"github.com/ruankao/ruankao/ent"
	"github.com/ruankao/ruankao/ent/application"
	"github.com/ruankao/ruankao/ent/certificate"
	"github.com/ruankao/ruankao/ent/datarequest"
	"github.com/ruankao/ruankao/ent/paymentorder"
	"github.com/ruankao/ruankao/ent/schema/pulid"
	"github.com/ruankao/ruankao/internal/audit"
	"github.com/ruankao/ruankao/internal/clock"
	"github.com/ruankao/ruankao/internal/enum"
	"github.com/ruankao/ruankao/internal/txn"
	"github.com/ruankao/ruankao/internal/viewer"
)

// Why a deletion the office approved cannot be carried out yet: a legal
// retention applies (stable codes, the API's DataRetentionReason).
const (
	// OpenApplication: an application still under way (draft, submitted,
	// in review, rejected and correctable, awaiting payment): the candidate
	// withdraws it first.
	OpenApplication = "OPEN_APPLICATION"
	// ExamNotOver: registered for a session whose scores are not released.
	ExamNotOver = "EXAM_NOT_OVER"
	// ScoresRetained: scores of a session within the personal-data period
	// (score checks, qualification checks after the exam, certificates).
	ScoresRetained = "SCORES_RETAINED"
	// RefundPending: a refund flagged or under way.
	RefundPending = "REFUND_PENDING"
)

// Blocker is one legal retention that applies, with what the candidate reads.
type Blocker struct{ Code, Message string }

// Blockers lists the legal retentions that keep a candidate's data now
// (empty: a deletion may be carried out). c reads inside the caller's
// transaction when there is one.
func (s *Service) Blockers(ctx context.Context, c *ent.Client, candidateID pulid.ID) ([]Blocker, error) {
	sys := viewer.SystemContext(ctx)
	now := clock.Now(ctx)
	var out []Blocker
	open, err := c.Application.Query().Where(application.CandidateID(candidateID), application.StatusIn(
		enum.StatusDraft, enum.StatusSubmitted, enum.StatusPendingReview, enum.StatusRejected, enum.StatusAwaitingPayment,
	)).Exist(sys)
	if err != nil {
		return nil, err
	}
	if open {
		out = append(out, Blocker{OpenApplication, "您有尚未结束的报名（草稿、已提交、待审核、审核未通过或待缴费），请先撤回该报名，再申请删除"})
	}
	registered, err := c.Application.Query().Where(application.CandidateID(candidateID),
		application.StatusEQ(enum.StatusRegistered)).WithSession().All(sys)
	if err != nil {
		return nil, err
	}
	cut := s.Config.PersonalCutoff(now)
	var notOver, retained bool
	for _, a := range registered {
		sess := a.Edges.Session
		switch {
		case sess.ScoreReleaseAt == nil || now.Before(*sess.ScoreReleaseAt):
			notOver = true
		case !sess.LastExamDay.Before(cut):
			retained = true
		}
	}
	if notOver {
		out = append(out, Blocker{ExamNotOver, "您报名的考试尚未结束或成绩尚未发布，报名和考试信息须保留到考试结束并依法保存"})
	}
	if retained {
		out = append(out, Blocker{ScoresRetained, "考试成绩和报名信息须在最后一次考试后保存 " + s.Config.Personal.Label() +
			"（用于成绩复核、资格核查和证书发放），期满后系统自动匿名化"})
	}
	refund, err := c.PaymentOrder.Query().Where(paymentorder.HasApplicationWith(application.CandidateID(candidateID)),
		paymentorder.Or(
			paymentorder.RefundStatusEQ(paymentorder.RefundStatusPENDING),
			paymentorder.And(paymentorder.RefundDue(true), paymentorder.Or(paymentorder.RefundStatusIsNil(),
				paymentorder.RefundStatusNEQ(paymentorder.RefundStatusSUCCEEDED))),
		)).Exist(sys)
	if err != nil {
		return nil, err
	}
	if refund {
		out = append(out, Blocker{RefundPending, "您有尚未完成的退费，退费完成前须保留缴费和报名信息"})
	}
	return out, nil
}

// Codes are the blockers' codes.
func Codes(bs []Blocker) []string {
	out := make([]string, len(bs))
	for i, b := range bs {
		out[i] = b.Code
	}
	return out
}

// Messages joins the blockers' messages for the candidate.
func Messages(bs []Blocker) string {
	out := make([]string, len(bs))
	for i, b := range bs {
		out[i] = b.Message
	}
	return strings.Join(out, "；")
}

// HolderNote is added to a carried-out deletion of a certificate holder.
const HolderNote = "证书信息（证书编号、姓名、性别、证件号码、证书照片）作为发证记录依法长期保存，其余个人信息已删除"

// CompleteDeletion carries out an APPROVED deletion request: one short
// transaction checks the legal retentions again (what changed since the
// decision refuses it with the reason), anonymises the candidate, marks the
// request DONE and audits the counts; the objects go after the commit. A
// request in another state is returned as it is.
func (s *Service) CompleteDeletion(ctx context.Context, id pulid.ID) (*ent.DataRequest, error) {
	sys := viewer.SystemContext(ctx)
	var req *ent.DataRequest
	var out Outcome
	err := txn.Run(sys, s.Client, func(ctx context.Context, c *ent.Client) error {
		var err error
		if req, err = c.DataRequest.Get(ctx, id); err != nil || req.Status != datarequest.StatusAPPROVED ||
			req.Kind != datarequest.KindDELETION {
			return err
		}
		now := clock.Now(ctx)
		blockers, err := s.Blockers(ctx, c, req.CandidateID)
		if err != nil {
			return err
		}
		if len(blockers) > 0 {
			req, err = req.Update().SetStatus(datarequest.StatusREFUSED).SetDecisionReason(Messages(blockers)).
				SetRetentionCodes(Codes(blockers)).Save(ctx)
			if err != nil {
				return err
			}
			return s.AuditRequest(ctx, c, req, "privacy.deletion.retained", map[string]any{"retention": Codes(blockers)})
		}
		holder, err := c.Certificate.Query().Where(certificate.CandidateID(req.CandidateID)).Exist(ctx)
		if err != nil {
			return err
		}
		if out, err = s.Anon.Apply(ctx, c, []pulid.ID{req.CandidateID}); err != nil {
			return err
		}
		upd := req.Update().SetStatus(datarequest.StatusDONE).SetDoneAt(now)
		if holder {
			note := HolderNote
			if req.DecisionReason != "" {
				note = req.DecisionReason + "；" + note
			}
			upd.SetDecisionReason(note)
		}
		if req, err = upd.Save(ctx); err != nil {
			return err
		}
		return s.AuditRequest(ctx, c, req, "privacy.deletion.done", map[string]any{
			"anonymised": out.Anonymised, "certificate_holder": out.Minimised, "file_rows_removed": out.FilesRemoved})
	})
	if err != nil {
		return nil, err
	}
	s.DeleteUnreferenced(sys, out.Sums)
	return req, nil
}

// AuditRequest records a step of a request under its region (its admins
// read it) as the viewer in ctx.
func (s *Service) AuditRequest(ctx context.Context, c *ent.Client, req *ent.DataRequest, action string, after map[string]any) error {
	if after == nil {
		after = map[string]any{}
	}
	after["kind"], after["status"], after["candidate_id"] = string(req.Kind), string(req.Status), string(req.CandidateID)
	if viewer.From(ctx).Kind == viewer.Candidate {
		after["by"] = "CANDIDATE" // the audit log's actor is SYSTEM for anyone but staff
	}
	e := audit.Entry{Action: action, RecordType: "DataRequest", RecordID: string(req.ID), After: after}
	var regions []pulid.ID
	if req.RegionID != nil {
		regions = []pulid.ID{*req.RegionID}
	}
	return audit.RecordIn(ctx, c, e, regions)
}
