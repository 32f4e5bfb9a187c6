package graph_test

import (
	"testing"

	"github.com/ruankao/ruankao/ent/examsession"
	entregion "github.com/ruankao/ruankao/ent/region"
	"github.com/ruankao/ruankao/ent/regionpolicy"
	"github.com/ruankao/ruankao/internal/demo"
	"github.com/ruankao/ruankao/internal/enum"
	"github.com/ruankao/ruankao/internal/testenv"
)

// Locality is decided by 户籍 against the region's province: a 计划单列市
// belongs to its province, the 兵团 counts as 新疆 on both sides.
func TestLocalityOfSeparateCitiesAndTheCorps(t *testing.T) {
	env := testenv.Start(t, march)
	ctx := testenv.System()
	c := env.DB.Client
	// Give the 兵团 a policy and an area for the open session, like 大连's.
	s := c.ExamSession.Query().Where(examsession.Code(demo.SessionOpen)).OnlyX(ctx)
	dl := c.Region.Query().Where(entregion.Code("210200")).OnlyX(ctx)
	corps := c.Region.Query().Where(entregion.Code("660000")).OnlyX(ctx)
	p := c.RegionPolicy.Query().Where(regionpolicy.RegionID(dl.ID), regionpolicy.SessionID(s.ID)).OnlyX(ctx)
	c.RegionPolicy.Create().SetRegionID(corps.ID).SetSessionID(s.ID).SetRegistrationOpensAt(p.RegistrationOpensAt).
		SetRegistrationClosesAt(p.RegistrationClosesAt).SetCorrectionClosesAt(p.CorrectionClosesAt).
		SetPaymentOpensAt(p.PaymentOpensAt).SetPaymentClosesAt(p.PaymentClosesAt).SetReviewMode(regionpolicy.ReviewModeWITHIN_DAYS).
		SetFeePerSubjectFen(5000).SetNonLocalAllowed(false).ExecX(ctx)
	c.ExamArea.Create().SetRegionID(corps.ID).SetCode("01").SetName("兵团考区").SetLevels([]enum.Level{enum.LevelJunior, enum.LevelIntermediate, enum.LevelSenior}).ExecX(ctx)

	cases := []struct {
		who        demo.Identity
		region     string
		area       string
		hukou      string
		nonLocal   bool
		refusedFor bool // the 兵团 refuses non-local candidates
	}{
		{demo.Identities[1], "210200", "大连考区", "210000", false, false}, // 辽宁户籍 in 大连
		{demo.Identities[0], "660000", "兵团考区", "650000", false, false}, // 新疆户籍 in the 兵团
		{demo.Identities[3], "660000", "兵团考区", "660000", false, false}, // 兵团户籍 in the 兵团
		{demo.Identities[2], "660000", "兵团考区", "210000", true, true},   // 辽宁户籍 in the 兵团
		{demo.Identities[4], "210200", "大连考区", "810000", true, false},  // 香港 is non-local everywhere
	}
	for _, tc := range cases {
		a := newApplicant(t, env, tc.who)
		d := a.save(t, "", a.fullForm(t, tc.region, tc.area, tc.hukou)).Application
		p := a.submit(t, d.ID, true, "")
		if tc.refusedFor {
			if !hasCode(p.UserErrors, "NON_LOCAL_REFUSED") {
				t.Errorf("%s %s in %s: %+v", tc.who.Name, tc.hukou, tc.region, p.UserErrors)
			}
			continue
		}
		if len(p.UserErrors) > 0 || *p.Application.NonLocal != tc.nonLocal {
			t.Errorf("%s %s in %s: nonLocal %v, %+v", tc.who.Name, tc.hukou, tc.region, p.Application.NonLocal, p.UserErrors)
		}
	}
}

// A 港澳居民居住证 carries gender and birth date like a 居民身份证.
func TestResidencePermitDerivesGenderAndBirthDate(t *testing.T) {
	env := testenv.Start(t, march)
	a := newApplicant(t, env, demo.Identities[5]) // 81000019970101001X
	form := a.fullForm(t, "210200", "大连考区", "810000")
	form["gender"], form["birthDate"] = "FEMALE", "2000-01-01" // ignored: the number decides
	d := a.save(t, "", form).Application
	p := a.submit(t, d.ID, true, "")
	if len(p.UserErrors) > 0 || *p.Application.BirthDate != "1997-01-01" || *p.Application.Gender != "MALE" || *p.Application.Age != 29 {
		t.Fatalf("derived: %+v %+v", p.Application, p.UserErrors)
	}
}
