// Package opsmetrics reports, on /metrics, what an operator watches beyond
// the requests themselves: whether each background job still succeeds,
// whether the notification outbox drains, whether exports get stuck, and
// whether this instance hears the other instances' changes. The figures are
// read from the database at scrape time (the database is where the jobs of
// every instance leave their trace), at most once per TTL, so a busy
// Prometheus costs a few indexed reads a quarter minute.
package opsmetrics

import (
	"context"
	"sync"
	"time"

	"github.com/prometheus/client_golang/prometheus"

	"github.com/ruankao/ruankao/ent"
	"github.com/ruankao/ruankao/ent/delivery"
	"github.com/ruankao/ruankao/ent/exportjob"
	"github.com/ruankao/ruankao/ent/jobrun"
	"github.com/ruankao/ruankao/internal/clock"
	"github.com/ruankao/ruankao/internal/viewer"
)

// Jobs are the jobs that record their runs, by the names they record
// (jobs.Name, retention.Name, rekey.Name: spelled out here because the
// server, which reports them, is imported by those packages' tests; a test
// keeps the two in step).
var Jobs = []string{"application.time_moves", "privacy.retention", "pii.rekey"}

// StuckAfter is how long an export may go without progress before it counts
// as stuck (an export writes its progress every chunk, seconds apart).
const StuckAfter = 10 * time.Minute

var (
	lastOK = prometheus.NewDesc("ruankao_job_last_success_timestamp_seconds",
		"When the job's last successful run finished (Unix time); absent until it has succeeded once.", []string{"job"}, nil)
	lastFailed = prometheus.NewDesc("ruankao_job_last_failure_timestamp_seconds",
		"When the job's last failed run finished (Unix time); absent if it never failed.", []string{"job"}, nil)
	deliveries = prometheus.NewDesc("ruankao_outbox_deliveries",
		"Notification deliveries waiting (QUEUED, SENDING) or given up on (FAILED), by channel.", []string{"status", "channel"}, nil)
	oldestDue = prometheus.NewDesc("ruankao_outbox_oldest_due_seconds",
		"How long the oldest due, unsent delivery has waited past its attempt time (0 when none is due).", nil, nil)
	stuckExports = prometheus.NewDesc("ruankao_exports_stuck",
		"Exports queued or running with no progress for 10 minutes.", nil, nil)
	listening = prometheus.NewDesc("ruankao_change_listener_connected",
		"1 while this instance LISTENs for the other instances' changes (PostgreSQL); the caches serve nothing while it is 0.", nil, nil)
	scrapeErrors = prometheus.NewDesc("ruankao_ops_scrape_errors_total",
		"Reads of the figures above that failed (the last good figures are served meanwhile).", nil, nil)
)

// Collector is a prometheus.Collector over one database.
type Collector struct {
	Client *ent.Client
	// Jobs are the job names to report (as recorded in job runs).
	Jobs []string
	// Listening reports whether the change listener is connected; nil when
	// there is none (SQLite: one process).
	Listening func() bool
	// TTL bounds how often the database is read (15 s when zero).
	TTL time.Duration
	// Clock is for tests; nil is the real clock.
	Clock clock.Clock

	mu     sync.Mutex
	at     time.Time
	cached []prometheus.Metric
	errors float64
}

// Describe sends the descriptors.
func (c *Collector) Describe(ch chan<- *prometheus.Desc) {
	for _, d := range []*prometheus.Desc{lastOK, lastFailed, deliveries, oldestDue, stuckExports, listening, scrapeErrors} {
		ch <- d
	}
}

// Collect sends the figures, read again when older than the TTL.
func (c *Collector) Collect(ch chan<- prometheus.Metric) {
	c.mu.Lock()
	defer c.mu.Unlock()
	now := c.now()
	ttl := c.TTL
	if ttl == 0 {
		ttl = 15 * time.Second
	}
	if c.cached == nil || now.Sub(c.at) >= ttl {
		ctx, cancel := context.WithTimeout(viewer.SystemContext(context.Background()), 2*time.Second)
		got, err := c.read(clock.With(ctx, c.clock()), now)
		cancel()
		if err != nil {
			c.errors++
		} else {
			c.cached, c.at = got, now
		}
	}
	for _, m := range c.cached {
		ch <- m
	}
	if c.Listening != nil {
		up := 0.0
		if c.Listening() {
			up = 1
		}
		ch <- prometheus.MustNewConstMetric(listening, prometheus.GaugeValue, up)
	}
	ch <- prometheus.MustNewConstMetric(scrapeErrors, prometheus.CounterValue, c.errors)
}

func (c *Collector) clock() clock.Clock {
	if c.Clock != nil {
		return c.Clock
	}
	return clock.System
}

func (c *Collector) now() time.Time { return c.clock().Now() }

func (c *Collector) read(ctx context.Context, now time.Time) ([]prometheus.Metric, error) {
	var out []prometheus.Metric
	for _, name := range c.Jobs {
		for _, s := range []struct {
			status jobrun.Status
			desc   *prometheus.Desc
		}{{jobrun.StatusOK, lastOK}, {jobrun.StatusFAILED, lastFailed}} {
			// The newest run of that outcome, walking the (name, started_at) index backwards.
			run, err := c.Client.JobRun.Query().Where(jobrun.Name(name), jobrun.StatusEQ(s.status)).
				Order(ent.Desc(jobrun.FieldStartedAt)).First(ctx)
			if ent.IsNotFound(err) {
				continue
			}
			if err != nil {
				return nil, err
			}
			at := run.StartedAt
			if run.FinishedAt != nil {
				at = *run.FinishedAt
			}
			out = append(out, prometheus.MustNewConstMetric(s.desc, prometheus.GaugeValue, float64(at.Unix()), name))
		}
	}

	var counts []struct {
		Status  delivery.Status  `json:"status"`
		Channel delivery.Channel `json:"channel"`
		Count   int              `json:"count"`
	}
	err := c.Client.Delivery.Query().
		Where(delivery.StatusIn(delivery.StatusQUEUED, delivery.StatusSENDING, delivery.StatusFAILED)).
		GroupBy(delivery.FieldStatus, delivery.FieldChannel).Aggregate(ent.Count()).Scan(ctx, &counts)
	if err != nil {
		return nil, err
	}
	seen := map[[2]string]bool{}
	for _, r := range counts {
		seen[[2]string{r.Status.String(), r.Channel.String()}] = true
		out = append(out, prometheus.MustNewConstMetric(deliveries, prometheus.GaugeValue, float64(r.Count), r.Status.String(), r.Channel.String()))
	}
	// Zeros too, so an alert on "FAILED > 0" or a rate has a series to look at.
	for _, st := range []delivery.Status{delivery.StatusQUEUED, delivery.StatusSENDING, delivery.StatusFAILED} {
		for _, ch := range []delivery.Channel{delivery.ChannelEMAIL, delivery.ChannelSMS} {
			if !seen[[2]string{st.String(), ch.String()}] {
				out = append(out, prometheus.MustNewConstMetric(deliveries, prometheus.GaugeValue, 0, st.String(), ch.String()))
			}
		}
	}

	wait := 0.0
	due, err := c.Client.Delivery.Query().Where(delivery.StatusEQ(delivery.StatusQUEUED), delivery.NextAttemptAtLTE(now)).
		Order(ent.Asc(delivery.FieldNextAttemptAt)).First(ctx)
	switch {
	case err == nil:
		wait = now.Sub(due.NextAttemptAt).Seconds()
	case !ent.IsNotFound(err):
		return nil, err
	}
	out = append(out, prometheus.MustNewConstMetric(oldestDue, prometheus.GaugeValue, wait))

	stuck, err := c.Client.ExportJob.Query().Where(exportjob.StatusIn(exportjob.StatusQUEUED, exportjob.StatusRUNNING),
		exportjob.UpdatedAtLT(now.Add(-StuckAfter))).Count(ctx)
	if err != nil {
		return nil, err
	}
	out = append(out, prometheus.MustNewConstMetric(stuckExports, prometheus.GaugeValue, float64(stuck)))
	return out, nil
}
