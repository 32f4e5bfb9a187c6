package generate

import (
	"context"
	"time"

	"github.com/ruankao/ruankao/ent"
	"github.com/ruankao/ruankao/ent/regionpolicy"
	"github.com/ruankao/ruankao/internal/enum"
)

// policyOf is a region's rules in a generated session. The regions the
// reference data and the demo single out keep their rule (辽宁 free with
// the absentee rule, 大连 charging, 北京 reviewing after the window, 上海 not
// reviewing, 广东 refusing non-local candidates, 江苏 asking them for a
// material); the others draw theirs from the seed.
func policyOf(code string, r *rng) *ent.RegionPolicy {
	p := &ent.RegionPolicy{ReviewMode: regionpolicy.ReviewModeWITHIN_DAYS, ReviewWorkingDays: 3, FeePerSubjectFen: 6000,
		NonLocalAllowed: true, NonLocalMaterialRule: regionpolicy.NonLocalMaterialRuleANY, SeatPolicy: regionpolicy.SeatPolicyMIXED}
	switch code {
	case "210000":
		p.ReviewWorkingDays, p.FeePerSubjectFen, p.CommitmentRequired, p.AbsenteeBan = 1, 0, true, true
	case "210200":
	case "110000":
		p.ReviewMode, p.FeePerSubjectFen = regionpolicy.ReviewModeAFTER_CLOSE, 5700
	case "310000":
		p.ReviewMode, p.ReviewWorkingDays, p.FeePerSubjectFen = regionpolicy.ReviewModeNONE, 0, 6500
	case "440000":
		senior := int64(7500)
		p.FeePerSubjectFen, p.FeeSeniorFen, p.NonLocalAllowed = 5500, &senior, false
	case "320000":
		p.FeePerSubjectFen = 6500
		p.NonLocalMaterialKinds = []enum.MaterialKind{enum.MaterialResidencePermit, enum.MaterialSocialSecurity, enum.MaterialWorkProof}
	default:
		switch u := r.Float64(); {
		case u < 0.1:
			p.ReviewMode, p.ReviewWorkingDays = regionpolicy.ReviewModeNONE, 0
		case u < 0.2:
			p.ReviewMode = regionpolicy.ReviewModeAFTER_CLOSE
		default:
			p.ReviewWorkingDays = pick(r, []int{1, 3, 3, 3, 5})
		}
		p.FeePerSubjectFen = pick(r, []int64{4500, 5000, 5500, 6000, 6500, 7000})
		p.CommitmentRequired = r.chance(0.3)
		p.NonLocalAllowed = r.chance(0.92)
		if p.NonLocalAllowed && r.chance(0.1) {
			p.NonLocalMaterialKinds = []enum.MaterialKind{enum.MaterialResidencePermit, enum.MaterialSocialSecurity}
		}
	}
	return p
}

// windows sets a region's windows inside the session's: it opens up to six
// days after the session and closes up to twenty days before it (so that
// at the registration stage some regions have closed), with a week more for
// corrections and ten days for payment (a review after the window takes
// its working days first).
func windows(p *ent.RegionPolicy, s *ent.ExamSession, r *rng) {
	day := 24 * time.Hour
	opens := s.RegistrationOpensAt.Add(time.Duration(r.IntN(7)) * day)
	closes := s.RegistrationClosesAt.Add(-time.Duration(r.IntN(21)) * day)
	if closes.Sub(opens) < 10*day {
		closes = opens.Add(10 * day)
	}
	if closes.After(s.RegistrationClosesAt) {
		closes = s.RegistrationClosesAt
	}
	p.RegistrationOpensAt, p.RegistrationClosesAt = opens, closes
	p.CorrectionClosesAt = closes.Add(7 * day)
	p.PaymentOpensAt, p.PaymentClosesAt = opens, closes.Add(10*day)
}

func createPolicy(ctx context.Context, tx *ent.Tx, p *ent.RegionPolicy, now time.Time) (*ent.RegionPolicy, error) {
	c := tx.RegionPolicy.Create().SetRegionID(p.RegionID).SetSessionID(p.SessionID).
		SetRegistrationOpensAt(p.RegistrationOpensAt).SetRegistrationClosesAt(p.RegistrationClosesAt).
		SetCorrectionClosesAt(p.CorrectionClosesAt).SetPaymentOpensAt(p.PaymentOpensAt).SetPaymentClosesAt(p.PaymentClosesAt).
		SetReviewMode(p.ReviewMode).SetReviewWorkingDays(p.ReviewWorkingDays).SetFeePerSubjectFen(p.FeePerSubjectFen).
		SetNillableFeeSeniorFen(p.FeeSeniorFen).SetCommitmentRequired(p.CommitmentRequired).
		SetNonLocalAllowed(p.NonLocalAllowed).SetNonLocalMaterialKinds(p.NonLocalMaterialKinds).
		SetNonLocalMaterialRule(p.NonLocalMaterialRule).SetAbsenteeBan(p.AbsenteeBan).SetSeatPolicy(p.SeatPolicy).
		SetCreatedAt(now).SetUpdatedAt(now)
	return c.Save(ctx)
}
