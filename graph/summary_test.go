package graph_test

import (
	"net/http"
	"strings"
	"testing"

	"github.com/ruankao/ruankao/ent/auditlog"
	"github.com/ruankao/ruankao/internal/demo"
	"github.com/ruankao/ruankao/internal/testenv"
)

// The summary report: the scope's figures read back from the PDF, the
// statistics' authorization on every path, and an audit entry per download.
func TestSummaryReport(t *testing.T) {
	env := testenv.Start(t, march)
	env.Registered(t, 3, demo.SessionPrint, "210000", "沈阳考区", "ZJ02")
	env.Registered(t, 2, demo.SessionPrint, "210200", "大连考区", "ZJ01")
	liaoning, dalian := env.LoginStaff(t, "liaoning-admin"), env.LoginStaff(t, "dalian-admin")
	national, reviewer := env.LoginStaff(t, "admin"), env.LoginStaff(t, "liaoning-reviewer")
	url := func(token string, region *string) string {
		t.Helper()
		var out struct{ Statistics struct{ ReportURL string } }
		env.MustAs(t, token, `query($s: String!, $r: String) { statistics(sessionCode: $s, regionCode: $r) { reportUrl } }`,
			map[string]any{"s": demo.SessionPrint, "r": region}, &out)
		if !strings.HasPrefix(out.Statistics.ReportURL, "/reports/summary/") {
			t.Fatalf("reportUrl %q", out.Statistics.ReportURL)
		}
		return out.Statistics.ReportURL
	}
	mine := url(liaoning, nil)
	text := pdfText(t, getBody(t, env.Server.URL+mine, "", http.StatusOK))
	flat := strings.Join(strings.Fields(text), "")
	for _, want := range []string{"报名统计报告", "辽宁省", "liaoning-admin", "报名成功", "沈阳考区"} {
		if !strings.Contains(flat, want) {
			t.Errorf("辽宁's report lacks %q:\n%s", want, text)
		}
	}
	if strings.Contains(flat, "大连") {
		t.Errorf("辽宁's report shows 大连:\n%s", text)
	}
	ln := "210000"
	nat := pdfText(t, getBody(t, env.Server.URL+url(national, nil), "", http.StatusOK))
	if flatNat := strings.Join(strings.Fields(nat), ""); !strings.Contains(flatNat, "全国") || !strings.Contains(flatNat, "辽宁省") || !strings.Contains(flatNat, "大连市") {
		t.Errorf("the national report lacks the country or its regions:\n%s", nat)
	}
	getBody(t, env.Server.URL+url(national, &ln), "", http.StatusOK)

	// Denials: another region, a reviewer, nobody, and one admin's URL with another's token.
	base := env.Server.URL + "/reports/summary/" + demo.SessionPrint
	getBody(t, base+"~210200", liaoning, http.StatusNotFound)
	getBody(t, base+"~210000", dalian, http.StatusNotFound)
	getBody(t, base+"~210200", dalian, http.StatusOK)
	getBody(t, base, reviewer, http.StatusForbidden)
	getBody(t, base, "", http.StatusUnauthorized)
	getBody(t, env.Server.URL+mine, dalian, http.StatusNotFound)
	getBody(t, env.Server.URL+strings.Replace(mine, demo.SessionPrint, demo.SessionPrint+"~210200", 1), "", http.StatusNotFound)

	// Audited as an export: one entry per report sent, under the region.
	ctx := testenv.System()
	if n := env.DB.Client.AuditLog.Query().Where(auditlog.Action("stats.report")).CountX(ctx); n != 4 {
		t.Errorf("%d report entries in the audit log, want 4 (辽宁, national twice, 大连)", n)
	}
}
