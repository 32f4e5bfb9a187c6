package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"log/slog"
	"net/http"
	"os"
	"strings"
	"time"

	"github.com/ruankao/ruankao/internal/demo"
	"github.com/ruankao/ruankao/internal/refdata"
	"github.com/ruankao/ruankao/internal/server"
	"github.com/ruankao/ruankao/internal/store"
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

func serve(ctx context.Context, args []string) error {
	fs := flag.NewFlagSet("serve", flag.ContinueOnError)
	addr := fs.String("addr", env("RUANKAO_ADDR", "127.0.0.1:8080"), "listen address")
	dbURL := fs.String("db", env("RUANKAO_DATABASE_URL", store.DefaultURL), "database URL: sqlite://FILE or postgres://…")
	dev := fs.Bool("dev", envBool("RUANKAO_DEV"), "development mode: introspection and playground on")
	withDemo := fs.Bool("demo", envBool("RUANKAO_DEMO"), "load demo data and turn on the simulators (implies --dev)")
	if err := fs.Parse(args); err != nil {
		return err
	}
	if *withDemo {
		*dev = true
	}
	log := slog.Default()

	db, err := store.Open(ctx, *dbURL)
	if err != nil {
		return err
	}
	defer db.Close()
	if err := db.Migrate(ctx); err != nil {
		return err
	}
	if _, err := refdata.Seed(ctx, db.Client); err != nil {
		return err
	}
	if *withDemo {
		if db.Dialect == "postgres" {
			log.Warn("DEMO MODE ON A POSTGRESQL DATABASE: the simulators let anyone log in as anyone; never do this in production")
		}
		if err := demo.Load(ctx, db.Client); err != nil {
			return err
		}
	}

	srv := &http.Server{
		Addr:              *addr,
		Handler:           server.New(server.Options{Client: db.Client, Dev: *dev, Logger: log}),
		ReadHeaderTimeout: server.ReadHeaderTimeout,
		ReadTimeout:       server.ReadTimeout,
		WriteTimeout:      server.WriteTimeout,
		IdleTimeout:       server.IdleTimeout,
	}
	errc := make(chan error, 1)
	go func() { errc <- srv.ListenAndServe() }()
	log.Info("listening", "addr", "http://"+*addr+"/graphql", "dev", *dev, "demo", *withDemo, "database", db.Dialect)

	select {
	case err := <-errc:
		return fmt.Errorf("listen %s: %w", *addr, err)
	case <-ctx.Done():
	}
	log.Info("shutting down: finishing requests in flight")
	shutdownCtx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	if err := srv.Shutdown(shutdownCtx); err != nil && !errors.Is(err, http.ErrServerClosed) {
		return err
	}
	return nil
}
