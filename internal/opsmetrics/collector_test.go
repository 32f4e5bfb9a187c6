package opsmetrics_test

import (
	"fmt"
	"net/http"
	"regexp"
	"strconv"
	"sync/atomic"
	"testing"
	"time"

	"github.com/ruankao/ruankao/ent/delivery"
	"github.com/ruankao/ruankao/ent/examsession"
	"github.com/ruankao/ruankao/ent/exportjob"
	"github.com/ruankao/ruankao/ent/jobrun"
	"github.com/ruankao/ruankao/ent/message"
	"github.com/ruankao/ruankao/ent/region"
	"github.com/ruankao/ruankao/ent/staffuser"
	"github.com/ruankao/ruankao/internal/clock"
	"github.com/ruankao/ruankao/internal/demo"
	"github.com/ruankao/ruankao/internal/jobs"
	"github.com/ruankao/ruankao/internal/opsmetrics"
	"github.com/ruankao/ruankao/internal/rekey"
	"github.com/ruankao/ruankao/internal/retention"
	"github.com/ruankao/ruankao/internal/server"
	"github.com/ruankao/ruankao/internal/testenv"
)

func TestJobNamesAreTheJobs(t *testing.T) {
	if want := []string{jobs.Name, retention.Name, rekey.Name}; fmt.Sprint(opsmetrics.Jobs) != fmt.Sprint(want) {
		t.Fatalf("opsmetrics.Jobs %v, the jobs record %v", opsmetrics.Jobs, want)
	}
}

var start = time.Date(2026, 3, 2, 2, 0, 0, 0, time.UTC)

func scrape(t *testing.T, e *testenv.Env) string {
	t.Helper()
	req, _ := http.NewRequest(http.MethodGet, e.Server.URL+"/metrics", nil)
	res, body := e.Raw(t, req)
	if res.StatusCode != http.StatusOK {
		t.Fatalf("/metrics: %d", res.StatusCode)
	}
	return string(body)
}

// value is the sample of a series (name and labels as written), or -1 when absent.
func value(t *testing.T, page, series string) float64 {
	t.Helper()
	m := regexp.MustCompile(`(?m)^` + regexp.QuoteMeta(series) + ` (\S+)$`).FindStringSubmatch(page)
	if m == nil {
		return -1
	}
	v, err := strconv.ParseFloat(m[1], 64)
	if err != nil {
		t.Fatalf("%s: %v", series, err)
	}
	return v
}

// The figures follow the database: a job's last success and failure, the
// outbox's backlog by status and channel and how late its oldest due
// delivery is, exports without progress for 10 minutes, the listener.
// They are read at most every 15 s of the server's clock.
func TestOperationsFiguresFollowTheDatabase(t *testing.T) {
	var hears atomic.Bool
	hears.Store(true)
	e := testenv.StartWith(t, start, func(o *server.Options) { o.Listening = hears.Load })
	sys := testenv.System()
	c := e.DB.Client

	page := scrape(t, e)
	for series, want := range map[string]float64{
		`ruankao_job_last_success_timestamp_seconds{job="` + jobs.Name + `"}`: -1,
		`ruankao_outbox_deliveries{channel="EMAIL",status="QUEUED"}`:          0,
		`ruankao_outbox_deliveries{channel="SMS",status="FAILED"}`:            0,
		`ruankao_outbox_oldest_due_seconds`:                                   0,
		`ruankao_exports_stuck`:                                               0,
		`ruankao_change_listener_connected`:                                   1,
	} {
		if got := value(t, page, series); got != want {
			t.Errorf("before: %s = %v, want %v", series, got, want)
		}
	}

	okAt := start.Add(-time.Hour)
	c.JobRun.Create().SetName(jobs.Name).SetStartedAt(okAt.Add(-time.Second)).SetFinishedAt(okAt).SetStatus(jobrun.StatusOK).ExecX(sys)
	// An older success does not hide the newer one.
	c.JobRun.Create().SetName(jobs.Name).SetStartedAt(okAt.Add(-2 * time.Hour)).SetFinishedAt(okAt.Add(-2 * time.Hour)).SetStatus(jobrun.StatusOK).ExecX(sys)
	failAt := start.Add(-10 * time.Minute)
	c.JobRun.Create().SetName(retention.Name).SetStartedAt(failAt).SetFinishedAt(failAt).SetStatus(jobrun.StatusFAILED).ExecX(sys)

	e.LoginCandidate(t, demo.Identities[0])
	cand := e.CandidateID(t, demo.Identities[0])
	reg := c.Region.Query().Where(region.Code("210000")).OnlyIDX(sys)
	msg := c.Message.Create().SetCandidateID(cand).SetRegionID(reg).SetKind(message.KindNOTICE).SetIdempotencyKey("ops-test").SaveX(sys)
	c.Delivery.Create().SetMessageID(msg.ID).SetRegionID(reg).SetChannel(delivery.ChannelEMAIL).SetIdempotencyKey("ops-e").
		SetNextAttemptAt(start.Add(-90 * time.Second)).ExecX(sys)
	c.Delivery.Create().SetMessageID(msg.ID).SetRegionID(reg).SetChannel(delivery.ChannelSMS).SetIdempotencyKey("ops-s").
		SetStatus(delivery.StatusFAILED).SetNextAttemptAt(start).ExecX(sys)
	// Sent deliveries and a queued one not yet due are not a backlog's age.
	c.Delivery.Create().SetMessageID(msg.ID).SetRegionID(reg).SetChannel(delivery.ChannelSMS).SetIdempotencyKey("ops-later").
		SetNextAttemptAt(start.Add(time.Hour)).ExecX(sys)

	sess := c.ExamSession.Query().Where(examsession.Code(demo.SessionOpen)).OnlyIDX(sys)
	admin := c.StaffUser.Query().Where(staffuser.Username("liaoning-admin")).OnlyIDX(sys)
	old := clock.With(sys, clock.NewManual(start.Add(-11*time.Minute)))
	c.ExportJob.Create().SetFormat(exportjob.FormatCSV).SetSessionID(sess).SetRegionID(reg).SetRequestedByID(admin).
		SetStatus(exportjob.StatusRUNNING).SetStatuses(nil).ExecX(old)
	c.ExportJob.Create().SetFormat(exportjob.FormatCSV).SetSessionID(sess).SetRegionID(reg).SetRequestedByID(admin).
		SetStatus(exportjob.StatusRUNNING).SetStatuses(nil).ExecX(sys) // progressing: not stuck
	hears.Store(false)

	// Within the 15 s the database is not read again; the listener is live.
	page = scrape(t, e)
	if got := value(t, page, `ruankao_job_last_success_timestamp_seconds{job="`+jobs.Name+`"}`); got != -1 {
		t.Errorf("read again within the TTL: %v", got)
	}
	if got := value(t, page, `ruankao_change_listener_connected`); got != 0 {
		t.Errorf("listener: %v", got)
	}

	e.Clock.Advance(16 * time.Second)
	page = scrape(t, e)
	for series, want := range map[string]float64{
		`ruankao_job_last_success_timestamp_seconds{job="` + jobs.Name + `"}`:      float64(okAt.Unix()),
		`ruankao_job_last_failure_timestamp_seconds{job="` + jobs.Name + `"}`:      -1,
		`ruankao_job_last_failure_timestamp_seconds{job="` + retention.Name + `"}`: float64(failAt.Unix()),
		`ruankao_outbox_deliveries{channel="EMAIL",status="QUEUED"}`:               1,
		`ruankao_outbox_deliveries{channel="SMS",status="QUEUED"}`:                 1,
		`ruankao_outbox_deliveries{channel="SMS",status="FAILED"}`:                 1,
		`ruankao_outbox_oldest_due_seconds`:                                        106,
		`ruankao_exports_stuck`:                                                    1,
		`ruankao_ops_scrape_errors_total`:                                          0,
	} {
		if got := value(t, page, series); got != want {
			t.Errorf("after: %s = %v, want %v", series, got, want)
		}
	}
}
