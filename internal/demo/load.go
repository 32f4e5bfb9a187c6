package demo

import (
	"context"
	"fmt"

	"github.com/ruankao/ruankao/ent"
	"github.com/ruankao/ruankao/ent/examarea"
	"github.com/ruankao/ruankao/ent/notice"
	"github.com/ruankao/ruankao/ent/regionpolicy"
	"github.com/ruankao/ruankao/internal/civil"
	"github.com/ruankao/ruankao/internal/clock"
	"github.com/ruankao/ruankao/internal/viewer"
)

// Load adds the demo sessions, policies, areas, sites, rooms and notices in one
// transaction. Run on every start: sessions and policy windows move to stay
// relative to today; rows that exist are otherwise left alone.
func Load(ctx context.Context, client *ent.Client) error {
	ctx = viewer.SystemContext(ctx)
	tx, err := client.Tx(ctx)
	if err != nil {
		return err
	}
	if err := load(ctx, tx); err != nil {
		_ = tx.Rollback()
		return fmt.Errorf("loading demo data: %w", err)
	}
	return tx.Commit()
}

func load(ctx context.Context, tx *ent.Tx) error {
	today := civil.In(clock.Now(ctx), clock.Shanghai)
	regions, err := tx.Region.Query().All(ctx)
	if err != nil {
		return err
	}
	byCode := map[string]*ent.Region{}
	for _, r := range regions {
		byCode[r.Code] = r
	}
	for _, sp := range sessionPlans {
		s, _, err := upsertSession(ctx, tx, today, sp)
		if err != nil {
			return fmt.Errorf("session %s: %w", sp.code, err)
		}
		for _, rp := range regionPlans {
			r := byCode[rp.code]
			if r == nil {
				return fmt.Errorf("region %s missing: seed reference data first", rp.code)
			}
			if err := upsertPolicy(ctx, tx, today, s, sp, r, rp.policy); err != nil {
				return fmt.Errorf("policy %s/%s: %w", rp.code, sp.code, err)
			}
		}
	}
	for _, rp := range regionPlans {
		r := byCode[rp.code]
		for _, ap := range rp.areas {
			if err := ensureArea(ctx, tx, r, ap); err != nil {
				return fmt.Errorf("area %s/%s: %w", rp.code, ap.code, err)
			}
		}
		if err := ensureNotices(ctx, tx, today, r, rp); err != nil {
			return fmt.Errorf("notices %s: %w", rp.code, err)
		}
	}
	return nil
}

func upsertPolicy(ctx context.Context, tx *ent.Tx, today civil.Date, s *ent.ExamSession, sp sessionPlan, r *ent.Region, p policyPlan) error {
	opens, closes := s.RegistrationOpensAt, s.RegistrationClosesAt
	correction := at(today, sp.regClose+sp.correctionDays, 17)
	payOpens, payCloses := opens, at(today, sp.regClose+sp.paymentDays, 17)
	existing, err := tx.RegionPolicy.Query().
		Where(regionpolicy.RegionID(r.ID), regionpolicy.SessionID(s.ID)).Only(ctx)
	if err != nil && !ent.IsNotFound(err) {
		return err
	}
	if existing != nil {
		return existing.Update().SetRegistrationOpensAt(opens).SetRegistrationClosesAt(closes).
			SetCorrectionClosesAt(correction).SetPaymentOpensAt(payOpens).SetPaymentClosesAt(payCloses).Exec(ctx)
	}
	c := tx.RegionPolicy.Create().SetRegionID(r.ID).SetSessionID(s.ID).
		SetRegistrationOpensAt(opens).SetRegistrationClosesAt(closes).SetCorrectionClosesAt(correction).
		SetPaymentOpensAt(payOpens).SetPaymentClosesAt(payCloses).
		SetReviewMode(p.reviewMode).SetReviewWorkingDays(p.reviewDays).SetFeePerSubjectFen(p.feeFen).
		SetNillableFeeSeniorFen(p.seniorFeeFen).SetCommitmentRequired(p.commitment).
		SetNonLocalAllowed(p.nonLocal).SetNonLocalMaterialKinds(p.materials).SetAbsenteeBan(p.absenteeBan)
	if p.materialRule != "" {
		c.SetNonLocalMaterialRule(p.materialRule)
	}
	return c.Exec(ctx)
}

func ensureArea(ctx context.Context, tx *ent.Tx, r *ent.Region, ap areaPlan) error {
	exists, err := tx.ExamArea.Query().Where(examarea.RegionID(r.ID), examarea.Code(ap.code)).Exist(ctx)
	if err != nil || exists {
		return err
	}
	area, err := tx.ExamArea.Create().SetRegionID(r.ID).SetCode(ap.code).SetName(ap.name).
		SetLevels(ap.levels).SetSortOrder(len(ap.code)).Save(ctx)
	if err != nil {
		return err
	}
	for i, name := range ap.sites {
		code := fmt.Sprintf("%s%02d", ap.code, i+1)
		site, err := tx.ExamSite.Create().SetAreaID(area.ID).SetCode(code).SetName(name).
			SetAddress(fmt.Sprintf("%s%s", r.Name, name[:len(name)-len("考点")])).Save(ctx)
		if err != nil {
			return err
		}
		rooms := make([]*ent.ExamRoomCreate, 0, 3)
		for j := 1; j <= 3; j++ {
			rooms = append(rooms, tx.ExamRoom.Create().SetSiteID(site.ID).SetCode(fmt.Sprintf("%02d", j)).SetCapacity(30))
		}
		if err := tx.ExamRoom.CreateBulk(rooms...).Exec(ctx); err != nil {
			return err
		}
	}
	return nil
}

func ensureNotices(ctx context.Context, tx *ent.Tx, today civil.Date, r *ent.Region, rp regionPlan) error {
	exists, err := tx.Notice.Query().Where(notice.RegionID(r.ID)).Exist(ctx)
	if err != nil || exists {
		return err
	}
	published := at(today, -10, 9)
	var creates []*ent.NoticeCreate
	for i, n := range noticeTexts(r.Name, rp) {
		creates = append(creates, tx.Notice.Create().SetRegionID(r.ID).SetKind(n.kind).SetTitle(n.title).
			SetBody(n.body).SetPublishedAt(published).SetSortOrder(i+1))
	}
	return tx.Notice.CreateBulk(creates...).Exec(ctx)
}
