package server

import (
	"context"
	"sync"
	"time"

	"github.com/99designs/gqlgen/graphql"
	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/collectors"
)

// Metrics are the Prometheus series of one server: GraphQL operations by
// name, kind and outcome, and their latency.
type Metrics struct {
	Registry   *prometheus.Registry
	operations *prometheus.CounterVec
	shed       prometheus.Counter
	latency    *prometheus.HistogramVec
	names      opNames

	// rateLimitErrors counts failures of the shared rate-limit store.
	rateLimitErrors prometheus.Counter

	opsOnce sync.Once
}

// NewMetrics registers the server's series and the Go runtime's.
func NewMetrics() *Metrics {
	m := &Metrics{
		Registry: prometheus.NewRegistry(),
		operations: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "ruankao_graphql_operations_total",
			Help: "GraphQL operations by operation name, type and outcome (ok, the first error code, CLIENT_CLOSED or TIMEOUT).",
		}, []string{"operation", "type", "outcome"}),
		latency: prometheus.NewHistogramVec(prometheus.HistogramOpts{
			Name:    "ruankao_graphql_operation_seconds",
			Help:    "Time to answer a GraphQL operation.",
			Buckets: []float64{.002, .005, .01, .025, .05, .1, .25, .5, 1, 2.5, 5, 10},
		}, []string{"operation", "type"}),
		names: opNames{seen: map[string]bool{}, max: 300},
	}
	m.shed = prometheus.NewCounter(prometheus.CounterOpts{
		Name: "ruankao_requests_shed_total",
		Help: "GraphQL requests refused with 503 RATE_LIMITED because the server was at its admission limit.",
	})
	m.rateLimitErrors = prometheus.NewCounter(prometheus.CounterOpts{
		Name: "ruankao_ratelimit_backend_errors_total",
		Help: "Calls to the shared rate-limit store (Redis) that failed and were answered from this instance's memory instead.",
	})
	m.Registry.MustRegister(m.operations, m.latency, m.shed, m.rateLimitErrors,
		collectors.NewGoCollector(), collectors.NewProcessCollector(collectors.ProcessCollectorOpts{}))
	return m
}

// observe is a gqlgen response middleware: it sees every operation that
// parsed, and its errors.
func (m *Metrics) observe(ctx context.Context, next graphql.ResponseHandler) *graphql.Response {
	res := next(ctx)
	if !graphql.HasOperationContext(ctx) {
		return res
	}
	op := graphql.GetOperationContext(ctx)
	name, kind := "anonymous", "unknown"
	if op.Operation != nil {
		kind = string(op.Operation.Operation)
		if op.Operation.Name != "" {
			name = m.names.label(op.Operation.Name)
		}
	}
	outcome := "ok"
	if res != nil && len(res.Errors) > 0 {
		outcome = "error"
		if code, ok := res.Errors[0].Extensions["code"].(string); ok {
			outcome = code
		}
		// Errors of a request the client abandoned, or that ran out of time,
		// are counted as such, not as INTERNAL.
		if e := ended(ctx); e != "" {
			outcome = e
		}
	}
	m.operations.WithLabelValues(name, kind, outcome).Inc()
	m.latency.WithLabelValues(name, kind).Observe(time.Since(op.Stats.OperationStart).Seconds())
	return res
}

// opNames keeps label cardinality bounded: clients choose operation names,
// so after max distinct names the rest are counted as "other".
type opNames struct {
	mu   sync.Mutex
	seen map[string]bool
	max  int
}

func (o *opNames) label(name string) string {
	if len(name) > 64 {
		return "other"
	}
	o.mu.Lock()
	defer o.mu.Unlock()
	if o.seen[name] {
		return name
	}
	if len(o.seen) >= o.max {
		return "other"
	}
	o.seen[name] = true
	return name
}

// watch adds the operations figures read from the database (once per
// Metrics: a registry shared by several servers keeps the first).
func (m *Metrics) watch(c prometheus.Collector) {
	m.opsOnce.Do(func() { m.Registry.MustRegister(c) })
}
