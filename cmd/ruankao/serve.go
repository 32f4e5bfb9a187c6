package main

import (
	"context"
	"flag"
	"fmt"
	"log/slog"
	"net"
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
	corsOrigins := fs.String("cors-origins", env("RUANKAO_CORS_ORIGINS", ""), "comma-separated origins of the front ends allowed to call the API from a browser")
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

	handler := server.New(server.Options{
		Client: db.Client, Dev: *dev, Logger: log, CORSOrigins: splitList(*corsOrigins),
	})
	ln, err := net.Listen("tcp", *addr)
	if err != nil {
		return fmt.Errorf("listen %s: %w", *addr, err)
	}
	log.Info("listening", "addr", "http://"+ln.Addr().String()+"/graphql", "dev", *dev, "demo", *withDemo, "database", db.Dialect)
	return server.Run(ctx, server.NewHTTPServer(handler), ln, 30*time.Second, log)
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
