// Package catalog holds the rules of the exam catalog: which qualifications a
// new session offers, and what a region's policy says about fees.
package catalog

import (
	"context"
	"slices"

	"github.com/ruankao/ruankao/ent"
	"github.com/ruankao/ruankao/ent/qualification"
)

// OfferDefaults makes a session offer every enabled qualification whose
// default halves include the session's half (the guide: 信息系统项目管理师 in
// 上半年 only). Admins edit the offerings afterwards; this is only the start.
func OfferDefaults(ctx context.Context, tx *ent.Tx, s *ent.ExamSession) error {
	quals, err := tx.Qualification.Query().Where(qualification.Disabled(false)).All(ctx)
	if err != nil {
		return err
	}
	var creates []*ent.OfferingCreate
	for _, q := range quals {
		if slices.Contains(q.DefaultHalves, s.Half) {
			creates = append(creates, tx.Offering.Create().SetSessionID(s.ID).SetQualificationID(q.ID))
		}
	}
	if len(creates) == 0 {
		return nil
	}
	return tx.Offering.CreateBulk(creates...).Exec(ctx)
}
