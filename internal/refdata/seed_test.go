package refdata_test

import (
	"context"
	"testing"

	"github.com/ruankao/ruankao/ent/region"
	"github.com/ruankao/ruankao/internal/refdata"
	"github.com/ruankao/ruankao/internal/testenv"
	"github.com/ruankao/ruankao/internal/viewer"
)

func TestSeedOncePerVersionAndNeverRevives(t *testing.T) {
	ctx := viewer.SystemContext(context.Background())
	db := testenv.OpenDB(t) // seeds once
	c := db.Client
	counts := func() [5]int {
		return [5]int{c.Region.Query().CountX(ctx), c.Qualification.Query().CountX(ctx),
			c.Subject.Query().CountX(ctx), c.CalendarDay.Query().CountX(ctx), c.RejectionReason.Query().CountX(ctx)}
	}
	// 37 regions; 27 qualifications; 5×3 + 22×2 subjects; 2025+2026 calendar; reasons.
	if got, want := counts(), [5]int{37, 27, 59, 72, 10}; got != want {
		t.Fatalf("counts = %v, want %v", got, want)
	}
	// An admin disables 大连; a restart must not bring it back or add a copy.
	c.Region.Update().Where(region.Code("210200")).SetDisabled(true).ExecX(ctx)
	did, err := refdata.Seed(ctx, c)
	if err != nil || did {
		t.Fatalf("second seed ran: %v %v", did, err)
	}
	if got := counts(); got[0] != 37 {
		t.Fatalf("regions after reseed = %d", got[0])
	}
	if !c.Region.Query().Where(region.Code("210200")).OnlyX(ctx).Disabled {
		t.Error("disabled region revived")
	}
}

func TestQualificationsDefaultHalves(t *testing.T) {
	quals, err := refdata.Qualifications()
	if err != nil {
		t.Fatal(err)
	}
	for _, q := range quals {
		wantHalves := 2
		if q.Name == "信息系统项目管理师" {
			wantHalves = 1
		}
		if len(q.DefaultHalves) != wantHalves {
			t.Errorf("%s halves = %v", q.Name, q.DefaultHalves)
		}
	}
}
