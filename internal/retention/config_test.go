package retention_test

import (
	"strings"
	"testing"

	"github.com/ruankao/ruankao/internal/civil"
	"github.com/ruankao/ruankao/internal/retention"
)

func TestPeriods(t *testing.T) {
	for _, tc := range []struct {
		audit, personal string
		refused         string
	}{
		{"", "", ""},
		{"184d", "3y", ""},
		{"6mo", "12mo", ""},
		{"1y", "366d", ""},
		{"183d", "", "RUANKAO_AUDIT_RETENTION=183d is shorter than six months"},
		{"180d", "", "RUANKAO_AUDIT_RETENTION=180d is shorter than six months"},
		{"5mo", "", "RUANKAO_AUDIT_RETENTION=5mo is shorter than six months"},
		{"", "365d", "RUANKAO_PERSONAL_RETENTION=365d is shorter than a year"},
		{"", "11mo", "RUANKAO_PERSONAL_RETENTION=11mo is shorter than a year"},
		{"six months", "", "RUANKAO_AUDIT_RETENTION: \"six months\" is not a period"},
		{"0d", "", "is not a period"},
		{"-1y", "", "is not a period"},
	} {
		t.Setenv(retention.EnvAudit, tc.audit)
		t.Setenv(retention.EnvPersonal, tc.personal)
		c, err := retention.FromEnv()
		switch {
		case tc.refused == "" && err != nil:
			t.Errorf("%q %q refused: %v", tc.audit, tc.personal, err)
		case tc.refused != "" && (err == nil || !strings.Contains(err.Error(), tc.refused)):
			t.Errorf("%q %q: got %v, want an error containing %q", tc.audit, tc.personal, err, tc.refused)
		case tc.audit == "" && tc.personal == "" && c != retention.Default():
			t.Errorf("defaults %+v", c)
		}
	}
}

func TestPersonalCutoff(t *testing.T) {
	c := retention.Default()
	if got := c.PersonalCutoff(sh("2030-06-15 00:10:00")); got != civil.MustParse("2027-06-15") {
		t.Fatalf("cut-off %s", got)
	}
	// Days are Asia/Shanghai's: 00:10 there is still the 14th in UTC, 23:30 on the 14th is the 14th.
	if got := c.PersonalCutoff(sh("2030-06-14 23:30:00")); got != civil.MustParse("2027-06-14") {
		t.Fatalf("cut-off %s", got)
	}
	leap := retention.Config{Personal: retention.Period{Years: 1}}
	if got := leap.PersonalCutoff(sh("2029-02-28 12:00:00")); got != civil.MustParse("2028-02-28") {
		t.Fatalf("cut-off %s", got)
	}
}
