// Package server assembles the HTTP service: the GraphQL endpoint, health
// checks, the front ends (web/) and the playground, with the middleware every request passes through.
package server

import (
	"context"
	"database/sql"
	"errors"
	"github.com/ruankao/ruankao/internal/cancellation"
	"github.com/ruankao/ruankao/internal/catalog"
	"log/slog"
	"net/http"
	"net/netip"
	"runtime"
	"time"

	"github.com/99designs/gqlgen/graphql"
	"github.com/99designs/gqlgen/graphql/handler"
	"github.com/99designs/gqlgen/graphql/handler/extension"
	"github.com/99designs/gqlgen/graphql/handler/lru"
	"github.com/99designs/gqlgen/graphql/handler/transport"
	"github.com/99designs/gqlgen/graphql/playground"
	"github.com/prometheus/client_golang/prometheus/promhttp"
	"github.com/vektah/gqlparser/v2/ast"

	"github.com/ruankao/ruankao/ent"
	"github.com/ruankao/ruankao/graph"
	"github.com/ruankao/ruankao/graph/generated"
	"github.com/ruankao/ruankao/internal/auth"
	"github.com/ruankao/ruankao/internal/clock"
	"github.com/ruankao/ruankao/internal/exports"
	"github.com/ruankao/ruankao/internal/files"
	"github.com/ruankao/ruankao/internal/gqlhttp"
	"github.com/ruankao/ruankao/internal/identity"
	"github.com/ruankao/ruankao/internal/notify"
	"github.com/ruankao/ruankao/internal/opsmetrics"
	"github.com/ruankao/ruankao/internal/payment"
	"github.com/ruankao/ruankao/internal/photo"
	"github.com/ruankao/ruankao/internal/ratelimit"
	"github.com/ruankao/ruankao/internal/rights"
	"github.com/ruankao/ruankao/internal/scores"
	"github.com/ruankao/ruankao/internal/seatplan"
	"github.com/ruankao/ruankao/internal/stats"
	"github.com/ruankao/ruankao/internal/tickets"
	"github.com/ruankao/ruankao/internal/viewer"
	"github.com/ruankao/ruankao/web"
)

// Options configure one server.
type Options struct {
	Client *ent.Client
	// Dev turns on introspection and the playground.
	Dev bool
	// Clock is the clock requests read; nil means the wall clock.
	Clock  clock.Clock
	Logger *slog.Logger
	// Limits bound each request; the zero value means DefaultLimits.
	Limits Limits
	// RequestTimeout bounds each request's work; 0 means 30 seconds.
	RequestTimeout time.Duration
	// CORSOrigins are the origins of the single-page front ends allowed to
	// call the API from a browser; empty means same-origin only.
	CORSOrigins []string
	// Ready reports whether the server can take traffic (database reachable,
	// migrations current); nil checks only that the database answers.
	Ready func(context.Context) error
	// Metrics receives the request series; nil makes a fresh registry.
	Metrics *Metrics
	// Files keeps photos and materials; Signer signs and checks their
	// short-lived URLs. Without both, /files/ is not served.
	Files  files.Store
	Signer *files.Signer
	// TrustedProxies may set X-Forwarded-For (the load balancer in front).
	TrustedProxies []netip.Prefix
	// RateLimits holds the policy of each @rateLimit action; nil builds the
	// defaults on Clock, counting in SharedRateLimits when set.
	RateLimits ratelimit.Registry
	// SharedRateLimits is the store every instance counts in (ratelimit.Redis);
	// nil keeps each instance's counts in its own memory. While it fails,
	// counts fall back to this instance's memory (ratelimit.Fallback),
	// logged and counted in ruankao_ratelimit_backend_errors_total.
	SharedRateLimits ratelimit.Backend
	// Logins runs candidate QR logins through the identity provider; Staff
	// logs staff in. Simulator, when set, can be driven over the API (--demo).
	Logins    *auth.CandidateLogins
	Staff     *auth.Staff
	Simulator *identity.Simulator
	// Photos is the pool photo checks run on; nil makes one sized to the
	// cores with a short queue.
	Photos *photo.Pool
	// ListSizes reads the real size of the catalog's lists (store.DB.ListSizes)
	// for the complexity limit; nil counts every list by its static bound.
	ListSizes func(context.Context) (map[string]int, error)
	// Sessions caches bearer-token lookups; nil makes one of DefaultSessionCacheSize
	// (shared on PostgreSQL, without a listener).
	Sessions *auth.SessionCache
	// Catalog caches the catalog; nil makes one (shared on PostgreSQL:
	// a snapshot lives catalog.SharedTTL unless a listener follows it).
	Catalog *catalog.Cache
	// Admission bounds the GraphQL requests worked on at once.
	Admission Admission
	// Payments takes fees through a gateway; nil when none is configured
	// (the pay mutation then says so). Its notify route is served outside
	// admission control: the gateway retries, but a shed notification only
	// delays a candidate's registration.
	// Mailbox and SMSLog: the --demo simulators of the notification channels, readable through the API.
	Mailbox  *notify.Mailbox
	SMSLog   *notify.SMSLog
	Payments *payment.Service
	// Dialect is the database's ("sqlite3" or "postgres"); empty means sqlite3.
	Dialect string
	// SeatPlans runs seat plans; nil makes one on Client.
	SeatPlans *seatplan.Service
	// Tickets prints admission tickets and sign-in sheets; nil: not served.
	Tickets *tickets.Service
	// Scores imports scores and issues certificates; nil makes one on Client.
	Scores *scores.Service
	// Reads is the database's pool for a job's large raw reads (store.DB.Reads).
	Reads *sql.DB
	// Exports writes applications out for exam offices; nil makes one on
	// Client, Reads and Files.
	Exports *exports.Service
	// Rights answers candidates' PIPL requests; nil makes one with the
	// default retention periods (internal/retention).
	Rights *rights.Service
	// Listening reports whether the change listener (auth.Listener) is
	// connected, for /metrics; nil when there is none (SQLite).
	Listening func() bool
	// Cancellations calls off exams and refunds them; nil makes one on
	// Client refunding through Payments. serve runs its Loop.
	Cancellations *cancellation.Service
}

// DefaultSessionCacheSize holds every candidate of a large province's morning.
const DefaultSessionCacheSize = 200_000

func (o *Options) defaults() error {
	if o.Clock == nil {
		o.Clock = clock.System
	}
	if o.Logger == nil {
		o.Logger = slog.Default()
	}
	if o.Limits == (Limits{}) {
		o.Limits = DefaultLimits
	}
	if o.RequestTimeout == 0 {
		o.RequestTimeout = 30 * time.Second
	}
	if o.Photos == nil {
		// A queue of 8 per core: under an opening morning's load a photo
		// waits a few hundred milliseconds for a worker rather than being
		// refused and uploaded again (each retry parses the whole upload).
		o.Photos = photo.NewPool(0, 8*runtime.GOMAXPROCS(0))
	}
	if o.Files == nil || o.Signer == nil {
		return errors.New("server: Options.Files and Options.Signer are required")
	}
	if o.Staff == nil {
		return errors.New("server: Options.Staff is required")
	}
	if o.Metrics == nil {
		o.Metrics = NewMetrics()
	}
	o.Metrics.watch(&opsmetrics.Collector{Client: o.Client, Clock: o.Clock, Listening: o.Listening,
		Jobs: opsmetrics.Jobs})
	if o.Sessions == nil {
		// On PostgreSQL other instances may share the database: without a
		// listener (cmd/ruankao starts one) entries live a few seconds.
		if o.Dialect == "postgres" {
			o.Sessions = auth.NewSharedSessionCache(o.Client, DefaultSessionCacheSize)
		} else {
			o.Sessions = auth.NewSessionCache(o.Client, DefaultSessionCacheSize)
		}
	}
	if o.RateLimits == nil {
		var shared ratelimit.Backend
		if o.SharedRateLimits != nil {
			local, err := ratelimit.NewMemory(o.Clock)
			if err != nil {
				return err
			}
			shared = &ratelimit.Fallback{Shared: o.SharedRateLimits, Local: local, Log: o.Logger,
				OnError: o.Metrics.rateLimitErrors.Inc}
		}
		reg, err := NewRateLimitsOn(o.Clock, 1, shared)
		if err != nil {
			return err
		}
		o.RateLimits = reg
	}
	if o.Ready == nil {
		client := o.Client
		o.Ready = func(ctx context.Context) error {
			_, err := client.SeedRecord.Query().Exist(viewer.SystemContext(ctx))
			return err
		}
	}
	return nil
}

// New builds the HTTP handler.
func New(o Options) (http.Handler, error) {
	if err := o.defaults(); err != nil {
		return nil, err
	}
	cat := o.Catalog
	if cat == nil && o.Dialect == "postgres" {
		cat = catalog.NewSharedCache(o.Client)
	} else if cat == nil {
		cat = catalog.NewCache(o.Client)
	}
	if o.SeatPlans == nil {
		o.SeatPlans = &seatplan.Service{Client: o.Client, Log: o.Logger, Dialect: o.Dialect}
	}
	if o.SeatPlans.Catalog == nil {
		o.SeatPlans.Catalog = cat
	}
	if o.Scores == nil {
		o.Scores = &scores.Service{Client: o.Client, Log: o.Logger, Dialect: o.Dialect, Reads: o.Reads}
	}
	if o.Scores.Catalog == nil {
		o.Scores.Catalog = cat
	}
	if o.Scores.Files == nil {
		o.Scores.Files = o.Files
	}
	if o.Scores.Keys == nil {
		o.Scores.Keys = o.Staff.Keys
	}
	if o.Exports == nil {
		o.Exports = &exports.Service{Client: o.Client, Reads: o.Reads, Dialect: o.Dialect, Log: o.Logger}
	}
	if o.Exports.Catalog == nil {
		o.Exports.Catalog = cat
	}
	if o.Exports.Files == nil {
		o.Exports.Files = o.Files
	}
	if o.Exports.Keys == nil {
		o.Exports.Keys = o.Staff.Keys
	}
	if o.Tickets != nil && o.Tickets.Catalog == nil {
		o.Tickets.Catalog = cat
	}
	if o.Payments != nil {
		if o.Payments.Catalog == nil {
			o.Payments.Catalog = cat
		}
		if o.Payments.Files == nil {
			o.Payments.Files = o.Files
		}
	}
	o.rightsDefaults()
	if o.Cancellations == nil {
		o.Cancellations = &cancellation.Service{Client: o.Client, Log: o.Logger}
		if o.Payments != nil { // never a typed nil in the interface
			o.Cancellations.Refunds = o.Payments
		}
	}
	st := &stats.Service{Client: o.Client, Reads: o.Reads, Dialect: o.Dialect, Catalog: cat}
	schema := generated.NewExecutableSchema(generated.Config{
		Resolvers: &graph.Resolver{Client: o.Client, Logins: o.Logins, Staff: o.Staff, Simulator: o.Simulator,
			Files: o.Files, Signer: o.Signer, Photos: o.Photos, Keys: o.Staff.Keys,
			Catalog: cat, Masked: graph.NewMaskedIDs(DefaultSessionCacheSize), Payments: o.Payments,
			Mailbox: o.Mailbox, SMSLog: o.SMSLog,
			SeatPlans: o.SeatPlans, Tickets: o.Tickets, Scores: o.Scores,
			Stats: st, Exports: o.Exports, Log: o.Logger, Rights: o.Rights, Cancelling: o.Cancellations},
		Directives: generated.DirectiveRoot{
			RateLimit: graph.RateLimitDirective(o.RateLimits, graph.RateLimitAccount),
		},
	})
	if err := graph.CheckRateLimits(schema.Schema(), o.RateLimits); err != nil {
		return nil, err
	}
	gql := handler.New(newPagedSchema(schema, newListSizes(o.ListSizes, o.Logger)))
	gqlhttp.AddTransports(gql, gqlhttp.Options{Extra: []graphql.Transport{gqlhttp.Multipart(transport.MultipartForm{
		MaxUploadSize: o.Limits.MaxUploadBytes,
		MaxMemory:     o.Limits.MaxUploadMemory,
	}, uploadLimit(o.Limits.MaxUploadBytes))}})
	gql.SetQueryCache(lru.New[*ast.QueryDocument](1000))
	if o.Dev {
		gql.Use(extension.Introspection{})
	} else {
		withoutSuggestions(gql)
	}
	gql.Use(extension.AutomaticPersistedQuery{Cache: lru.New[string](100)})
	gql.Use(shapeLimit{maxDepth: o.Limits.MaxDepth, maxPage: o.Limits.MaxPageSize, introspection: o.Dev})
	gql.Use(extension.FixedComplexityLimit(o.Limits.MaxComplexity))
	// Each root mutation field runs in one short transaction (README "Transactions").
	gql.Use(mutationTx{client: o.Client, own: graph.OwnTransaction})
	// A staff user who must enrol a second factor reaches nothing else.
	gql.AroundFields(enrolmentGate)
	gql.AroundResponses(o.Metrics.observe)
	gql.AroundOperations(func(ctx context.Context, next graphql.OperationHandler) graphql.ResponseHandler {
		if op := graphql.GetOperationContext(ctx); op.Operation != nil {
			setOperationName(ctx, op.Operation.Name)
		}
		// Outside a mutation's transaction, ent.FromContext is the pool.
		ctx = catalog.NewContext(ent.NewContext(ctx, o.Client), cat)
		return next(graph.WithLoaders(ctx, o.Client))
	})
	gql.SetErrorPresenter(presentError(o.Logger))
	gql.SetRecoverFunc(recoverPanic(o.Logger))

	mux := http.NewServeMux()
	mux.Handle("/graphql", admit(o.Admission.withDefaults(runtime.GOMAXPROCS(0)), o.Metrics, limitBody(o.Limits.MaxBodyBytes, gql)))
	mux.HandleFunc("GET /healthz", func(w http.ResponseWriter, _ *http.Request) {
		w.Header().Set("Content-Type", "text/plain; charset=utf-8")
		_, _ = w.Write([]byte("ok\n"))
	})
	mux.HandleFunc("GET /readyz", readyz(o.Ready, o.Logger))
	mux.Handle("GET /metrics", promhttp.HandlerFor(o.Metrics.Registry, promhttp.HandlerOpts{}))
	mux.HandleFunc("GET "+files.PathPrefix+"{id}", serveFile(o.Client, o.Files, o.Signer, o.Logger))
	if o.Payments != nil {
		mux.Handle("POST "+payment.NotifyPath+o.Payments.Provider, o.Payments.NotifyHandler())
		mux.HandleFunc("GET "+payment.ReceiptPath+"{id}", serveReceipt(o.Client, o.Payments, o.Signer, o.Logger))
		mux.HandleFunc("GET "+ReconciliationPath, serveReconciliation(o.Payments, o.Logger))
	}
	mux.HandleFunc("GET "+stats.ReportPath+"{id}", serveSummary(o.Client, st, o.Signer, o.Logger))
	if o.Tickets != nil {
		mux.HandleFunc("GET "+TicketPath+"{id}", serveTicket(o.Client, o.Tickets, o.Signer, o.Logger))
		mux.HandleFunc("GET "+RoomTicketPath+"{id}", serveRoomPapers(o.Tickets, o.Logger, false))
		mux.HandleFunc("GET "+SignInPath+"{id}", serveRoomPapers(o.Tickets, o.Logger, true))
	}
	mux.HandleFunc("GET "+scores.CertificatePath+"{id}", serveCertificate(o.Client, o.Scores, o.Signer, o.Logger))
	mux.HandleFunc("GET "+exports.Path+"{id}", serveExport(o.Client, o.Exports, o.Signer, o.Logger))
	mux.HandleFunc("GET "+rights.ExportPath+"{id}", serveDataExport(o.Client, o.Rights, o.Signer, o.Logger))
	if o.Dev {
		mux.Handle("GET "+PlaygroundPath, playground.Handler("ruankao", "/graphql"))
	}
	spa, err := spaHandler(web.Dist())
	if err != nil {
		return nil, err
	}
	mux.Handle("/", spa) // GET and HEAD only (spaHandler); "GET /" would conflict with "/graphql"
	var h http.Handler = timeout(o.RequestTimeout, authenticate(o.Client, o.Sessions, o.Staff, o.Logger, mux))
	h = corsHandler(o.CORSOrigins, h)
	h = accessLog(o.Logger, h)
	h = withClientIP(o.TrustedProxies, h)
	return withRequestContext(o.Clock, h), nil
}

// Timeouts for the listening http.Server.
const (
	ReadHeaderTimeout = 5 * time.Second
	ReadTimeout       = 30 * time.Second
	WriteTimeout      = 60 * time.Second
	IdleTimeout       = 120 * time.Second
)
