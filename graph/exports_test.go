package graph_test

import (
	"bytes"
	"encoding/csv"
	"fmt"
	"net/http"
	"sort"
	"strings"
	"testing"
	"time"

	"github.com/xuri/excelize/v2"

	"github.com/ruankao/ruankao/ent/application"
	"github.com/ruankao/ruankao/ent/auditlog"
	"github.com/ruankao/ruankao/ent/examarea"
	"github.com/ruankao/ruankao/ent/examroom"
	"github.com/ruankao/ruankao/ent/examsession"
	"github.com/ruankao/ruankao/ent/examsite"
	"github.com/ruankao/ruankao/ent/exportjob"
	"github.com/ruankao/ruankao/ent/paymentorder"
	entregion "github.com/ruankao/ruankao/ent/region"
	"github.com/ruankao/ruankao/ent/schema/pulid"
	"github.com/ruankao/ruankao/internal/demo"
	"github.com/ruankao/ruankao/internal/enum"
	"github.com/ruankao/ruankao/internal/exports"
	"github.com/ruankao/ruankao/internal/testenv"
)

type exportView struct {
	ID, Status, StatusLabel, Format, FileName, RequestedByName, Error string
	FullIDNumbers                                                     bool `json:"fullIdNumbers"`
	RowsDone, RowsTotal                                               int
	Progress                                                          float64
	Sha256, DownloadURL                                               *string
	Region                                                            *struct{ Code string }
}

const exportFields = `id status statusLabel format fileName requestedByName error fullIdNumbers rowsDone rowsTotal progress sha256 downloadUrl region { code }`

type exportPayload struct {
	Export     *exportView
	UserErrors []userError
}

func startExport(t *testing.T, env *testenv.Env, token string, input map[string]any) (exportPayload, *testenv.Response) {
	t.Helper()
	res := env.PostAs(t, token, `mutation($in: StartApplicationExportInput!) { startApplicationExport(input: $in) { export { `+
		exportFields+` } userErrors { field code message } } }`, map[string]any{"in": input})
	var d struct{ StartApplicationExport exportPayload }
	_ = jsonUnmarshalRaw(res.Data, &d)
	return d.StartApplicationExport, res
}

func exportNode(t *testing.T, env *testenv.Env, token, id string) (*exportView, *testenv.Response) {
	t.Helper()
	res := env.PostAs(t, token, `query($id: ID!) { node(id: $id) { ... on ApplicationExport { `+exportFields+` } } }`, map[string]any{"id": id})
	var d struct{ Node *exportView }
	_ = jsonUnmarshalRaw(res.Data, &d)
	return d.Node, res
}

// exported starts an export and waits for it through the API.
func exported(t *testing.T, env *testenv.Env, token string, input map[string]any) exportView {
	t.Helper()
	p, res := startExport(t, env, token, input)
	if p.Export == nil || len(p.UserErrors) > 0 {
		t.Fatalf("start export: %+v %+v", p, res.Errors)
	}
	var out exportView
	waitFor(t, "the export job", func() bool {
		x, _ := exportNode(t, env, token, p.Export.ID)
		if x != nil && (x.Status == "READY" || x.Status == "FAILED") {
			out = *x
			return true
		}
		return false
	})
	if out.Status != "READY" || out.DownloadURL == nil || out.Sha256 == nil || out.Progress != 1 {
		t.Fatalf("export: %+v", out)
	}
	return out
}

// exportWorld: 辽宁 and 大连 registrations of the printing session, with a
// draft, a withdrawn one, a paid order and published seats in 辽宁.
type exportWorld struct {
	env        *testenv.Env
	ln, dl     []pulid.ID
	lnID, dlID pulid.ID
	session    pulid.ID
}

func newExportWorld(t *testing.T) *exportWorld {
	env := testenv.Start(t, march)
	w := &exportWorld{env: env}
	w.ln = env.Registered(t, 12, demo.SessionPrint, "210000", "沈阳考区", "ZJ02", "GX01", "CJ01")
	w.dl = env.Registered(t, 4, demo.SessionPrint, "210200", "大连考区", "ZJ01")
	ctx := testenv.System()
	c := env.DB.Client
	w.session = c.ExamSession.Query().Where(examsession.Code(demo.SessionPrint)).OnlyIDX(ctx)
	w.lnID = c.Region.Query().Where(entregion.Code("210000")).OnlyIDX(ctx)
	w.dlID = c.Region.Query().Where(entregion.Code("210200")).OnlyIDX(ctx)
	now := env.Clock.Now()
	c.Application.UpdateOneID(w.ln[0]).SetStatus(enum.StatusDraft).ExecX(ctx)
	c.Application.UpdateOneID(w.ln[1]).SetStatus(enum.StatusWithdrawn).ExecX(ctx)
	c.Application.UpdateOneID(w.ln[2]).SetGender(application.GenderFEMALE).SetEducation(application.EducationMASTER).
		SetEmployment(application.EmploymentEMPLOYED).SetMobile("13800000000").SetEmail("a,\"b\"@example.com").
		SetHukouCode("110000").SetNonLocal(true).SetSubmittedAt(time.Date(2026, 3, 1, 23, 30, 0, 0, time.UTC)).ExecX(ctx)
	c.PaymentOrder.Create().SetApplicationID(w.ln[2]).SetOutTradeNo("RKTEST000000000000000001").SetAmountFen(12000).
		SetProvider("wechatpay").SetStatus(paymentorder.StatusPAID).SetExpiresAt(now).ExecX(ctx)
	c.PaymentOrder.Create().SetApplicationID(w.ln[2]).SetOutTradeNo("RKTEST000000000000000002").SetAmountFen(999).
		SetProvider("wechatpay").SetStatus(paymentorder.StatusCLOSED).SetExpiresAt(now).ExecX(ctx)
	room := c.ExamRoom.Query().Where(examroom.HasSiteWith(examsite.HasAreaWith(examarea.Name("沈阳考区"), examarea.RegionID(w.lnID)))).FirstX(ctx)
	c.AdmissionTicket.Create().SetApplicationID(w.ln[2]).SetSessionID(w.session).SetSiteID(room.SiteID).SetRoomID(room.ID).
		SetSeat(7).SetTicketNumber("2612102100002001").ExecX(ctx)
	return w
}

// inScope is the independent count: the scope's applications in every state but DRAFT.
func (w *exportWorld) inScope(t *testing.T, region *pulid.ID) int {
	q := w.env.DB.Client.Application.Query().Where(application.SessionID(w.session), application.StatusNEQ(enum.StatusDraft))
	if region != nil {
		q.Where(application.RegionID(*region))
	}
	return q.CountX(testenv.System())
}

func download(t *testing.T, env *testenv.Env, url, token string, want int) (*http.Response, []byte) {
	t.Helper()
	req, _ := http.NewRequest(http.MethodGet, env.Server.URL+url, nil)
	if token != "" {
		req.Header.Set("Authorization", "Bearer "+token)
	}
	res, body := env.Raw(t, req)
	if res.StatusCode != want {
		t.Fatalf("GET %s: %d, want %d: %s", strings.SplitN(url, "?", 2)[0], res.StatusCode, want, body)
	}
	return res, body
}

func readCSV(t *testing.T, body []byte) [][]string {
	t.Helper()
	if !bytes.HasPrefix(body, []byte{0xEF, 0xBB, 0xBF}) {
		t.Fatalf("the CSV has no BOM: % x", body[:min(8, len(body))])
	}
	rows, err := csv.NewReader(bytes.NewReader(body[3:])).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	return rows
}

func column(name string) int {
	for i, c := range exports.Columns {
		if c == name {
			return i
		}
	}
	panic(name)
}

// byID keys data rows by their first column, the application id.
func byID(rows [][]string) map[string][]string {
	out := map[string][]string{}
	for _, r := range rows[1:] {
		out[r[0]] = r
	}
	return out
}

// A region admin's CSV: the BOM, the header, one row for each application
// of the region handed in (the count made from the rows themselves), ID
// numbers masked, the fields an office needs; full numbers only when asked,
// and the audit log says which; each download audited.
func TestApplicationExportCSV(t *testing.T) {
	w := newExportWorld(t)
	env, c, ctx := w.env, w.env.DB.Client, testenv.System()
	admin := env.LoginStaff(t, "liaoning-admin")
	x := exported(t, env, admin, map[string]any{"sessionCode": demo.SessionPrint, "format": "CSV"})
	want := w.inScope(t, &w.lnID)
	if want != 11 || x.RowsDone != want || x.RowsTotal != want || x.Region == nil || x.Region.Code != "210000" ||
		x.FullIDNumbers || x.RequestedByName == "" || !strings.HasSuffix(x.FileName, ".csv") || !strings.Contains(x.FileName, "辽宁") {
		t.Fatalf("export %+v, want %d rows", x, want)
	}
	res, body := download(t, env, *x.DownloadURL, "", http.StatusOK)
	if ct := res.Header.Get("Content-Type"); ct != "text/csv; charset=utf-8" {
		t.Errorf("Content-Type %q", ct)
	}
	if cd := res.Header.Get("Content-Disposition"); !strings.HasPrefix(cd, "attachment;") || !strings.Contains(cd, "filename*=UTF-8''") {
		t.Errorf("Content-Disposition %q", cd)
	}
	if res.Header.Get("X-Content-Type-Options") != "nosniff" {
		t.Errorf("no nosniff")
	}
	rows := readCSV(t, body)
	if strings.Join(rows[0], ",") != strings.Join(exports.Columns, ",") || len(rows)-1 != want {
		t.Fatalf("header %v and %d rows, want %d", rows[0], len(rows)-1, want)
	}
	got := byID(rows)
	if _, ok := got[string(w.ln[0])]; ok {
		t.Errorf("the draft was exported")
	}
	if r := got[string(w.ln[1])]; r == nil || r[column("报名状态")] != "已撤回" {
		t.Errorf("the withdrawn application: %v", r)
	}
	for _, id := range w.dl {
		if got[string(id)] != nil {
			t.Fatalf("a 大连 application in 辽宁's export")
		}
	}
	r := got[string(w.ln[2])]
	cand := c.Candidate.GetX(ctx, c.Application.GetX(ctx, w.ln[2]).CandidateID)
	full, err := env.Keys.Decrypt(cand.IDNumberEnc, string(cand.IDType))
	if err != nil {
		t.Fatal(err)
	}
	checks := map[string]string{
		"姓名": cand.Name, "证件类型": enum.IDPassport.Label(), "证件号码": cand.IDNumberMasked, "性别": "女", "地区": "辽宁省",
		"考区": "沈阳考区", "报名状态": "报名成功", "提交时间": "2026-03-02 07:30:00", "户籍所在地": "北京市", "非本地考生": "是",
		"学历": "硕士研究生", "在职情况": "在职", "手机号码": "13800000000", "电子邮箱": "a,\"b\"@example.com",
		"实缴金额（元）": "120.00", "准考证号": "2612102100002001", "座位号": "7",
	}
	for col, v := range checks {
		if r[column(col)] != v {
			t.Errorf("%s = %q, want %q", col, r[column(col)], v)
		}
	}
	if r[column("考点")] == "" || r[column("考场")] == "" || r[column("资格代码")] == "" || r[column("报考资格")] == "" || r[column("级别")] == "" {
		t.Errorf("the row lacks site, room or qualification: %v", r)
	}
	if strings.Contains(string(body), full) || cand.IDNumberMasked == full {
		t.Errorf("a full ID number in a masked export")
	}
	if got[string(w.ln[3])][column("实缴金额（元）")] != "0.00" {
		t.Errorf("unpaid: %v", got[string(w.ln[3])])
	}
	start := c.AuditLog.Query().Where(auditlog.Action("exports.start"), auditlog.RecordID(x.ID)).OnlyX(ctx)
	if start.After["full_id_numbers"] != false || start.RegionID == nil || *start.RegionID != w.lnID {
		t.Errorf("start audit %+v", start.After)
	}
	if n := c.AuditLog.Query().Where(auditlog.Action("exports.download"), auditlog.RecordID(x.ID)).CountX(ctx); n != 1 {
		t.Errorf("%d download audits, want 1", n)
	}
	// The token alone works too, and is audited again.
	download(t, env, exports.Path+x.ID, admin, http.StatusOK)
	if n := c.AuditLog.Query().Where(auditlog.Action("exports.download"), auditlog.RecordID(x.ID)).CountX(ctx); n != 2 {
		t.Errorf("%d download audits, want 2", n)
	}

	// Full ID numbers, when asked: in the file and in the audit log.
	fx := exported(t, env, admin, map[string]any{"sessionCode": demo.SessionPrint, "format": "CSV", "fullIdNumbers": true})
	_, body = download(t, env, *fx.DownloadURL, admin, http.StatusOK)
	if r := byID(readCSV(t, body))[string(w.ln[2])]; !fx.FullIDNumbers || r[column("证件号码")] != full {
		t.Errorf("full export: %q, want %q", r[column("证件号码")], full)
	}
	fs := c.AuditLog.Query().Where(auditlog.Action("exports.start"), auditlog.RecordID(fx.ID)).OnlyX(ctx)
	if fs.After["full_id_numbers"] != true || fs.StaffID == nil {
		t.Errorf("full start audit %+v", fs)
	}
	dl := c.AuditLog.Query().Where(auditlog.Action("exports.download"), auditlog.RecordID(fx.ID)).OnlyX(ctx)
	if dl.After["full_id_numbers"] != true || dl.StaffID == nil {
		t.Errorf("full download audit %+v", dl)
	}

	// Only the registered, when asked; the list shows both exports, newest first.
	rx := exported(t, env, admin, map[string]any{"sessionCode": demo.SessionPrint, "format": "CSV", "statuses": []string{"REGISTERED"}})
	if rx.RowsDone != 10 {
		t.Errorf("%d registered rows, want 10", rx.RowsDone)
	}
	var list struct {
		ApplicationExports struct {
			TotalCount int
			Edges      []struct{ Node struct{ ID string } }
		}
	}
	env.MustAs(t, admin, `query($s: String!) { applicationExports(sessionCode: $s, first: 10) { totalCount edges { node { id } } } }`,
		map[string]any{"s": demo.SessionPrint}, &list)
	if e := list.ApplicationExports.Edges; list.ApplicationExports.TotalCount != 3 || len(e) != 3 || e[0].Node.ID != rx.ID || e[2].Node.ID != x.ID {
		t.Errorf("the list: %+v", list)
	}
}

// A national admin's XLSX of the country opens with excelize and holds the
// same rows as the CSV of the same scope; text stays text.
func TestApplicationExportXLSX(t *testing.T) {
	w := newExportWorld(t)
	env := w.env
	admin := env.LoginStaff(t, "admin")
	xx := exported(t, env, admin, map[string]any{"sessionCode": demo.SessionPrint, "format": "XLSX"})
	cx := exported(t, env, admin, map[string]any{"sessionCode": demo.SessionPrint, "format": "CSV"})
	want := w.inScope(t, nil)
	if want != 15 || xx.RowsDone != want || xx.Region != nil || !strings.Contains(xx.FileName, "全国") || !strings.HasSuffix(xx.FileName, ".xlsx") {
		t.Fatalf("export %+v, want %d rows", xx, want)
	}
	res, body := download(t, env, *xx.DownloadURL, "", http.StatusOK)
	if ct := res.Header.Get("Content-Type"); ct != "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" {
		t.Errorf("Content-Type %q", ct)
	}
	f, err := excelize.OpenReader(bytes.NewReader(body))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	if sheets := f.GetSheetList(); len(sheets) != 1 || sheets[0] != "报名信息" {
		t.Fatalf("sheets %v", sheets)
	}
	xrows, err := f.GetRows("报名信息")
	if err != nil {
		t.Fatal(err)
	}
	_, cbody := download(t, env, *cx.DownloadURL, "", http.StatusOK)
	crows := readCSV(t, cbody)
	if len(xrows) != len(crows) || len(xrows)-1 != want {
		t.Fatalf("%d XLSX rows, %d CSV rows, want %d", len(xrows)-1, len(crows)-1, want)
	}
	norm := func(rows [][]string) []string {
		out := make([]string, len(rows))
		for i, r := range rows {
			for len(r) < len(exports.Columns) {
				r = append(r, "") // GetRows drops trailing empty cells
			}
			out[i] = strings.Join(r, "|")
		}
		sort.Strings(out[1:])
		return out
	}
	xs, cs := norm(xrows), norm(crows)
	for i := range xs {
		if xs[i] != cs[i] {
			t.Errorf("row %d differs:\nxlsx %s\ncsv  %s", i, xs[i], cs[i])
		}
	}
	// Regions in code order: 辽宁 210000 before 大连 210200.
	if crows[1][column("地区")] != "辽宁省" || crows[len(crows)-1][column("地区")] != "大连市" {
		t.Errorf("region order: %s … %s", crows[1][column("地区")], crows[len(crows)-1][column("地区")])
	}
	cell, _ := f.GetCellType("报名信息", "U2")
	if cell == excelize.CellTypeNumber {
		t.Errorf("the ticket number column is a number")
	}
}

// Scope and visibility: a region admin exports their region only and sees
// only their region's exports (辽宁 and 大连 apart), through node(id:), the
// list and the download; reviewers are refused, anonymous callers asked to
// log in; bad input is a userError and makes nothing.
func TestApplicationExportScope(t *testing.T) {
	w := newExportWorld(t)
	env, c, ctx := w.env, w.env.DB.Client, testenv.System()
	liaoning, dalian := env.LoginStaff(t, "liaoning-admin"), env.LoginStaff(t, "dalian-admin")
	national := env.LoginStaff(t, "admin")
	in := func(m map[string]any) map[string]any {
		out := map[string]any{"sessionCode": demo.SessionPrint, "format": "CSV"}
		for k, v := range m {
			out[k] = v
		}
		return out
	}
	if _, res := startExport(t, env, liaoning, in(map[string]any{"regionCode": "210200"})); res.Code() != "NOT_FOUND" {
		t.Errorf("辽宁's admin exports 大连: %s %+v", res.Data, res.Errors)
	}
	if _, res := startExport(t, env, env.LoginStaff(t, "liaoning-reviewer"), in(nil)); res.Code() != "FORBIDDEN" {
		t.Errorf("a reviewer exports: %+v", res.Errors)
	}
	if _, res := startExport(t, env, "", in(nil)); res.Code() != "UNAUTHENTICATED" {
		t.Errorf("anonymous exports: %+v", res.Errors)
	}
	for _, bad := range []struct {
		input map[string]any
		code  string
		field string
	}{
		{in(map[string]any{"sessionCode": "NO-SUCH"}), "NOT_FOUND", "input.sessionCode"},
		{in(map[string]any{"regionCode": "999999"}), "NOT_FOUND", "input.regionCode"},
		{in(map[string]any{"statuses": []string{}}), "REQUIRED", "input.statuses"},
	} {
		p, res := startExport(t, env, national, bad.input)
		if p.Export != nil || len(p.UserErrors) != 1 || p.UserErrors[0].Code != bad.code ||
			strings.Join(p.UserErrors[0].Field, ".") != bad.field || p.UserErrors[0].Message == "" {
			t.Errorf("%v: %+v %+v", bad.input, p, res.Errors)
		}
	}
	if p, _ := startExport(t, env, national, in(map[string]any{"sessionCode": "NO-SUCH", "statuses": []string{}})); len(p.UserErrors) != 2 {
		t.Errorf("every problem at once: %+v", p.UserErrors)
	}
	if n := c.ExportJob.Query().CountX(ctx); n != 0 {
		t.Fatalf("%d exports after bad input", n)
	}
	ln := exported(t, env, liaoning, in(nil))
	dl := exported(t, env, dalian, in(nil))
	whole := exported(t, env, national, in(nil))
	if dl.RowsDone != w.inScope(t, &w.dlID) {
		t.Errorf("大连: %d rows", dl.RowsDone)
	}
	// node(id:): 大连's admin sees neither 辽宁's nor the country's export.
	for _, id := range []string{ln.ID, whole.ID} {
		if x, res := exportNode(t, env, dalian, id); x != nil || res.Code() != "NOT_FOUND" {
			t.Errorf("大连's admin reads export %s: %s", id, res.Data)
		}
	}
	if x, _ := exportNode(t, env, national, ln.ID); x == nil {
		t.Errorf("the national admin cannot read 辽宁's export")
	}
	if x, res := exportNode(t, env, env.LoginStaff(t, "dalian-reviewer"), dl.ID); x != nil || res.Code() != "NOT_FOUND" {
		t.Errorf("a reviewer reads an export: %s", res.Data)
	}
	// The list: each region admin their own; another region's code is NOT_FOUND.
	listIDs := func(token string, region *string) ([]string, *testenv.Response) {
		res := env.PostAs(t, token, `query($s: String!, $r: String) { applicationExports(sessionCode: $s, regionCode: $r, first: 20) { edges { node { id } } } }`,
			map[string]any{"s": demo.SessionPrint, "r": region})
		var d struct {
			ApplicationExports struct {
				Edges []struct{ Node struct{ ID string } }
			}
		}
		_ = jsonUnmarshalRaw(res.Data, &d)
		var ids []string
		for _, e := range d.ApplicationExports.Edges {
			ids = append(ids, e.Node.ID)
		}
		sort.Strings(ids)
		return ids, res
	}
	if ids, _ := listIDs(dalian, nil); fmt.Sprint(ids) != fmt.Sprint([]string{dl.ID}) {
		t.Errorf("大连's list: %v", ids)
	}
	if _, res := listIDs(dalian, ptr("210000")); res.Code() != "NOT_FOUND" {
		t.Errorf("大连's admin lists 辽宁: %s", res.Data)
	}
	if ids, _ := listIDs(national, nil); len(ids) != 3 {
		t.Errorf("the national list: %v", ids)
	}
	if ids, _ := listIDs(national, ptr("210000")); fmt.Sprint(ids) != fmt.Sprint([]string{ln.ID}) {
		t.Errorf("the national list of 辽宁: %v", ids)
	}
	if _, res := listIDs(env.LoginStaff(t, "liaoning-reviewer"), nil); res.Code() != "FORBIDDEN" {
		t.Errorf("a reviewer lists exports: %+v", res.Errors)
	}
	// The download: 辽宁's signed URL with 大连's token, 大连's token alone,
	// no token, a forged signature; then the rightful ones.
	download(t, env, *ln.DownloadURL, dalian, http.StatusNotFound)
	download(t, env, exports.Path+ln.ID, dalian, http.StatusNotFound)
	download(t, env, exports.Path+ln.ID, "", http.StatusNotFound)
	download(t, env, exports.Path+whole.ID, liaoning, http.StatusNotFound)
	download(t, env, strings.Replace(*ln.DownloadURL, "sig=", "sig=A", 1), "", http.StatusNotFound)
	if n := c.AuditLog.Query().Where(auditlog.Action("exports.download")).CountX(ctx); n != 0 {
		t.Errorf("%d download audits of refused downloads", n)
	}
	download(t, env, *ln.DownloadURL, liaoning, http.StatusOK)
	download(t, env, exports.Path+ln.ID, national, http.StatusOK)
}

// A job whose process died is failed by the next look (the sweep), and a
// person's unfinished exports are bounded.
func TestApplicationExportStaleAndPending(t *testing.T) {
	w := newExportWorld(t)
	env, c, ctx := w.env, w.env.DB.Client, testenv.System()
	admin := env.LoginStaff(t, "liaoning-admin")
	staff := c.StaffUser.Query().AllX(ctx)
	var me pulid.ID
	for _, u := range staff {
		if u.Username == "liaoning-admin" {
			me = u.ID
		}
	}
	old := env.Clock.Now().Add(-time.Hour)
	for range exports.MaxPending {
		c.ExportJob.Create().SetFormat(exportjob.FormatCSV).SetSessionID(w.session).SetRegionID(w.lnID).
			SetStatuses(exports.DefaultStatuses()).SetRequestedByID(me).SetStatus(exportjob.StatusRUNNING).
			SetCreatedAt(env.Clock.Now()).SetUpdatedAt(env.Clock.Now()).ExecX(ctx)
	}
	p, _ := startExport(t, env, admin, map[string]any{"sessionCode": demo.SessionPrint, "format": "CSV"})
	if p.Export != nil || len(p.UserErrors) != 1 || p.UserErrors[0].Code != "TOO_MANY_EXPORTS" {
		t.Fatalf("over the limit: %+v", p)
	}
	c.ExportJob.Update().SetUpdatedAt(old).ExecX(ctx)
	var list struct {
		ApplicationExports struct {
			Edges []struct {
				Node struct{ Status, Error string }
			}
		}
	}
	env.MustAs(t, admin, `query($s: String!) { applicationExports(sessionCode: $s) { edges { node { status error } } } }`,
		map[string]any{"s": demo.SessionPrint}, &list)
	for _, e := range list.ApplicationExports.Edges {
		if e.Node.Status != "FAILED" || e.Node.Error == "" {
			t.Errorf("a stale job: %+v", e.Node)
		}
	}
	exported(t, env, admin, map[string]any{"sessionCode": demo.SessionPrint, "format": "XLSX"})
}

func ptr(s string) *string { return &s }
