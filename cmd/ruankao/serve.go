package main

import (
	"context"
	"flag"
	"fmt"
	"github.com/ruankao/ruankao/internal/stats"
	"log/slog"
	"net"
	"os"
	"strings"
	"time"

	"github.com/ruankao/ruankao/internal/auth"
	"github.com/ruankao/ruankao/internal/cancellation"
	"github.com/ruankao/ruankao/internal/clock"
	"github.com/ruankao/ruankao/internal/demo"
	"github.com/ruankao/ruankao/internal/identity"
	"github.com/ruankao/ruankao/internal/jobs"
	"github.com/ruankao/ruankao/internal/ratelimit"
	"github.com/ruankao/ruankao/internal/refdata"
	"github.com/ruankao/ruankao/internal/retention"
	"github.com/ruankao/ruankao/internal/rights"
	"github.com/ruankao/ruankao/internal/scores"
	"github.com/ruankao/ruankao/internal/seatplan"
	"github.com/ruankao/ruankao/internal/server"
	"github.com/ruankao/ruankao/internal/store"
	"github.com/ruankao/ruankao/internal/tickets"
)

func env(name, fallback string) string {
	if v, ok := os.LookupEnv(name); ok {
		return v
	}
	return fallback
}

func envBool(name string) bool {
	v := strings.ToLower(os.Getenv(name))
	return v == "1" || v == "true" || v == "yes"
}

type serveFlags struct {
	addr, dbURL, filesDir, cors, proxies string
	pprofAddr, gatewayAddr               string
	dev, demo, migrate                   bool
	s3                                   s3Flags
}

func parseServe(args []string) (*serveFlags, error) {
	f := &serveFlags{}
	fs := flag.NewFlagSet("serve", flag.ContinueOnError)
	fs.StringVar(&f.addr, "addr", env("RUANKAO_ADDR", "127.0.0.1:8080"), "listen address")
	fs.StringVar(&f.dbURL, "db", env("RUANKAO_DATABASE_URL", store.DefaultURL), "database URL: sqlite://FILE or postgres://…")
	fs.BoolVar(&f.dev, "dev", envBool("RUANKAO_DEV"), "development mode: introspection and playground on")
	fs.BoolVar(&f.demo, "demo", envBool("RUANKAO_DEMO"), "load demo data and turn on the simulators (implies --dev and --migrate)")
	fs.BoolVar(&f.migrate, "migrate", envBool("RUANKAO_MIGRATE"), "apply pending database migrations before serving")
	fs.StringVar(&f.filesDir, "files-dir", env("RUANKAO_FILES_DIR", ""), "directory of photos and materials (default: beside the SQLite file, or ./data/files)")
	fs.StringVar(&f.cors, "cors-origins", env("RUANKAO_CORS_ORIGINS", ""), "comma-separated origins of the front ends allowed to call the API from a browser")
	fs.StringVar(&f.proxies, "trusted-proxies", env("RUANKAO_TRUSTED_PROXIES", ""), "comma-separated addresses or CIDRs of proxies whose X-Forwarded-For is believed")
	fs.StringVar(&f.gatewayAddr, "demo-gateway-addr", env("RUANKAO_DEMO_GATEWAY_ADDR", "127.0.0.1:8090"), "with --demo: where the WeChat Pay simulator listens")
	fs.StringVar(&f.pprofAddr, "pprof-addr", env("RUANKAO_PPROF_ADDR", ""), "loopback address of a separate net/http/pprof listener, e.g. 127.0.0.1:6060 (default: off)")
	addS3Flags(fs, &f.s3)
	if err := fs.Parse(args); err != nil {
		return nil, err
	}
	if err := checkPprofAddr(f.pprofAddr); err != nil {
		return nil, err
	}
	if f.demo {
		f.dev, f.migrate = true, true
	}
	return f, nil
}

func serve(ctx context.Context, args []string) error {
	f, err := parseServe(args)
	if err != nil {
		return err
	}
	log := slog.Default()
	proxies, err := ratelimit.ParseTrustedProxies(f.proxies)
	if err != nil {
		return fmt.Errorf("--trusted-proxies: %w", err)
	}
	signer, ephemeralSigner, err := signerFromEnv(f.dev, log)
	if err != nil {
		return err
	}
	keys, err := keysFromEnv(f.dev, log)
	if err != nil {
		return err
	}
	requireTOTP, err := staffTOTPFromEnv(f.dev)
	if err != nil {
		return err
	}
	ticketSigner, ticketVerifier, err := ticketSignerFromEnv(f.dev, log)
	if err != nil {
		return err
	}
	sharedLimits, closeLimits, err := sharedRateLimitsFromEnv(ctx, log) // RUANKAO_REDIS_URL (ratelimit.go)
	if err != nil {
		return err
	}
	defer closeLimits()
	periods, err := retention.FromEnv() // a period below its legal minimum stops serve here
	if err != nil {
		return err
	}

	db, err := store.Open(ctx, f.dbURL)
	if err != nil {
		return err
	}
	defer db.Close()
	if err := prepareSchema(ctx, db, f.migrate); err != nil {
		return err
	}
	if f.demo && db.Dialect == "postgres" {
		log.Warn("DEMO MODE ON A POSTGRESQL DATABASE: the simulators let anyone log in as anyone; never do this in production")
	}
	// One instance at a time: several may be starting on the same database
	// (the key check records a key's first sight too).
	if err := withSeedLock(ctx, db, func() error {
		if err := checkKeys(ctx, db, keys, signer, ephemeralSigner, ticketVerifier, log); err != nil {
			return err
		}
		if _, err := refdata.Seed(ctx, db.Client); err != nil {
			return err
		}
		if !f.demo {
			return nil
		}
		if err := demo.Load(ctx, db.Client); err != nil {
			return err
		}
		return demo.LoadAccounts(ctx, db.Client)
	}); err != nil {
		return err
	}
	fileStore, err := openFileStore(ctx, f)
	if err != nil {
		return err
	}

	opts := server.Options{
		Client: db.Client, Dev: f.dev, Logger: log, CORSOrigins: splitList(f.cors),
		Files: fileStore, Signer: signer, TrustedProxies: proxies, ListSizes: db.ListSizes, Dialect: db.Dialect, Reads: db.Reads(),
		Ready: func(ctx context.Context) error { return ready(ctx, db) },
		Staff: &auth.Staff{Keys: keys, RequireTOTP: requireTOTP},
		Tickets: &tickets.Service{Client: db.Client, Files: fileStore, Keys: keys, Signer: ticketSigner,
			Verifier: ticketVerifier, Log: log},
		// A certificate's QR code: the public 证书查询 page's address, the number appended.
		Scores: &scores.Service{Client: db.Client, Files: fileStore, Keys: keys, Log: log, Dialect: db.Dialect,
			Reads: db.Reads(), VerifyURL: os.Getenv("RUANKAO_CERTIFICATE_VERIFY_URL")},
	}
	opts.SharedRateLimits = sharedLimits
	// Retention (README "Retention"): audit entries and personal data past their periods.
	keeper := &retention.Service{Client: db.Client, DB: db.SQL, Reads: db.Reads(), Dialect: db.Dialect, Log: log,
		Config: periods, Anon: &retention.Anonymiser{Dialect: db.Dialect, Keys: keys}, Files: fileStore}
	opts.Rights = &rights.Service{Client: db.Client, Retention: keeper, Keys: keys}
	if f.demo {
		// 陈静 holds a 准考证 of DEMO-PRINT: 北京's seat plan run and published;
		// DEMO-SCORES has results: 陈静 passed (a certificate), 赵磊 failed.
		opts.SeatPlans = &seatplan.Service{Client: db.Client, Log: log, Dialect: db.Dialect}
		// Under the seed lock: instances starting together on one database plan once.
		if err := withSeedLock(ctx, db, func() error {
			if err := demo.LoadTicketHolder(ctx, db.Client, keys, fileStore, opts.SeatPlans); err != nil {
				log.Warn("demo: no DEMO-PRINT ticket for 陈静", "err", err)
			}
			if err := demo.LoadScoreHolders(ctx, db.Client, keys, fileStore, opts.SeatPlans, opts.Scores); err != nil {
				log.Warn("demo: no DEMO-SCORES results", "err", err)
			}
			return nil
		}); err != nil {
			log.Warn("demo: seed lock", "err", err)
		}
		// The simulators are on only in demo mode (conventions: modes).
		opts.Simulator = identity.NewSimulator(clock.System)
		opts.Logins = &auth.CandidateLogins{Provider: opts.Simulator, Keys: keys}
	}
	// Listening first: the demo gateway needs the address to notify.
	ln, err := net.Listen("tcp", f.addr)
	if err != nil {
		return fmt.Errorf("listen %s: %w", f.addr, err)
	}
	defer ln.Close()
	gatewayURL := ""
	if f.demo {
		opts.Payments, gatewayURL, err = demoGateway(ctx, db.Client, f.gatewayAddr, ln.Addr().String(), log)
	} else {
		opts.Payments, err = paymentsFromEnv(db.Client, log)
	}
	if err != nil {
		return err
	}
	sender, mailbox, smsLog, err := notifySender(db, f.demo, log)
	if err != nil {
		return err
	}
	opts.Mailbox, opts.SMSLog = mailbox, smsLog
	// Exam cancellations: their refund job, started by a confirmation and
	// resumed every minute on every instance (a lease keeps each to one).
	opts.Cancellations = &cancellation.Service{Client: db.Client, Log: log}
	if opts.Payments != nil {
		opts.Cancellations.Refunds = opts.Payments
	}
	var listenSessions func(context.Context)
	opts.Sessions, opts.Catalog, listenSessions, opts.Listening = sessionCache(db, f.dbURL, log)
	handler, err := server.New(opts)
	if err != nil {
		return err
	}
	// Time-driven moves: at start and every minute, on every instance (the
	// job takes a lock of its own on PostgreSQL).
	runner := &jobs.Runner{Client: db.Client, DB: db.SQL, Dialect: db.Dialect, Log: log}
	if opts.Payments != nil {
		runner.Reconcile = opts.Payments.Reconcile
	}
	jobsCtx, stopJobs := context.WithCancel(ctx)
	defer stopJobs()
	go runner.Loop(jobsCtx, time.Minute)
	// Sessions logged out or staff disabled on another instance (PostgreSQL).
	go listenSessions(jobsCtx)
	// The statistics counters: deltas folded every few seconds, so a read sums
	// a few thousand rows however many applications there are.
	counters := &stats.Service{Client: db.Client, Reads: db.Reads(), Dialect: db.Dialect}
	go counters.Loop(jobsCtx, 2*time.Second, log)
	// The notification outbox: drained every few seconds on every instance
	// (claims under a lease; broadcasts expanded under a lock of its own).
	go sender.Loop(jobsCtx, 5*time.Second)
	go sweepStaleTemp(jobsCtx, fileStore, log)
	// Retention: looks every hour, runs once a day (one instance at a time on PostgreSQL).
	go keeper.Loop(jobsCtx, time.Hour)
	go opts.Cancellations.Loop(jobsCtx, time.Minute)

	if f.pprofAddr != "" {
		pln, err := listenPprof(f.pprofAddr)
		if err != nil {
			return err
		}
		// Stopped with serve, also when the main listener fails to open.
		pprofCtx, stopPprof := context.WithCancel(ctx)
		defer stopPprof()
		go servePprof(pprofCtx, pln, log)
	}
	log.Info("listening", "addr", "http://"+ln.Addr().String()+"/graphql", "dev", f.dev, "demo", f.demo, "database", db.Dialect, "staff_totp_required", requireTOTP)
	if f.demo {
		demo.PrintCredentials(os.Stderr, ln.Addr().String())
		fmt.Fprintf(os.Stderr, "WeChat Pay simulator: %s (pay an order: curl -X POST %s/sim/pay/ORDER_NO)\n", gatewayURL, gatewayURL)
	}
	return server.Run(ctx, server.NewHTTPServer(handler), ln, 30*time.Second, log)
}

// staffTOTPFromEnv reads RUANKAO_STAFF_TOTP: required (every staff role
// needs a second factor; accounts without one can only enrol) or optional.
// Unset, it is required in production mode and optional in --dev and
// --demo, so the demo accounts log in with their password alone.
func staffTOTPFromEnv(dev bool) (bool, error) {
	switch v := strings.ToLower(strings.TrimSpace(os.Getenv("RUANKAO_STAFF_TOTP"))); v {
	case "":
		return !dev, nil
	case "required":
		return true, nil
	case "optional":
		return false, nil
	default:
		return false, fmt.Errorf("RUANKAO_STAFF_TOTP=%q: want required or optional", v)
	}
}

// prepareSchema applies migrations when asked; otherwise it refuses to serve
// a database that is behind the binary, pointing at the migrate command.
func prepareSchema(ctx context.Context, db *store.DB, migrate bool) error {
	if migrate {
		return db.MigrateUp(ctx)
	}
	current, latest, dirty, err := db.MigrationStatus(ctx)
	if err != nil {
		return err
	}
	if current > latest {
		// Migrating would not help: an older binary must not serve a newer schema.
		return fmt.Errorf("database schema is at migration %d, newer than this binary knows (latest %d): run a newer ruankao", current, latest)
	}
	if dirty || current != latest {
		return fmt.Errorf("database schema is at migration %d (dirty: %v), this binary needs %d: run `ruankao migrate` or pass --migrate", current, dirty, latest)
	}
	return nil
}

// ready is the readiness check: the database answers and its migrations are current.
func ready(ctx context.Context, db *store.DB) error {
	current, latest, dirty, err := db.MigrationStatus(ctx)
	if err != nil {
		return err
	}
	if dirty || current != latest {
		return fmt.Errorf("migrations not current: %d of %d (dirty %v)", current, latest, dirty)
	}
	return nil
}

func filesDir(f *serveFlags) string {
	if f.filesDir != "" {
		return f.filesDir
	}
	if path, ok := store.SQLitePath(f.dbURL); ok && path != ":memory:" {
		return dirOf(path) + "/files"
	}
	return "data/files"
}

func dirOf(path string) string {
	if i := strings.LastIndexByte(path, '/'); i >= 0 {
		return path[:i]
	}
	return "."
}

func splitList(s string) []string {
	var out []string
	for _, part := range strings.Split(s, ",") {
		if part = strings.TrimSpace(part); part != "" {
			out = append(out, part)
		}
	}
	return out
}
