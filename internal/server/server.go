// Package server assembles the HTTP service: the GraphQL endpoint, health
// checks and the playground, with the middleware every request passes through.
package server

import (
	"log/slog"
	"net/http"
	"time"

	"entgo.io/contrib/entgql"
	"github.com/99designs/gqlgen/graphql/handler"
	"github.com/99designs/gqlgen/graphql/handler/extension"
	"github.com/99designs/gqlgen/graphql/handler/lru"
	"github.com/99designs/gqlgen/graphql/handler/transport"
	"github.com/99designs/gqlgen/graphql/playground"
	"github.com/vektah/gqlparser/v2/ast"

	"github.com/ruankao/ruankao/ent"
	"github.com/ruankao/ruankao/graph"
	"github.com/ruankao/ruankao/graph/generated"
	"github.com/ruankao/ruankao/internal/clock"
)

// Options configure one server.
type Options struct {
	Client *ent.Client
	// Dev turns on introspection and the playground.
	Dev bool
	// Clock is the clock requests read; nil means the wall clock.
	Clock  clock.Clock
	Logger *slog.Logger
}

// New builds the HTTP handler.
func New(o Options) http.Handler {
	if o.Clock == nil {
		o.Clock = clock.System
	}
	if o.Logger == nil {
		o.Logger = slog.Default()
	}
	gql := handler.New(generated.NewExecutableSchema(generated.Config{
		Resolvers: &graph.Resolver{Client: o.Client},
	}))
	gql.AddTransport(transport.Options{})
	gql.AddTransport(transport.GET{})
	gql.AddTransport(transport.POST{})
	gql.SetQueryCache(lru.New[*ast.QueryDocument](1000))
	if o.Dev {
		gql.Use(extension.Introspection{})
	}
	gql.Use(extension.AutomaticPersistedQuery{Cache: lru.New[string](100)})
	// Every mutation runs in one transaction: all its writes land, or none.
	gql.Use(entgql.Transactioner{TxOpener: o.Client})
	gql.SetErrorPresenter(presentError(o.Logger))
	gql.SetRecoverFunc(recoverPanic(o.Logger))

	mux := http.NewServeMux()
	mux.Handle("/graphql", gql)
	mux.HandleFunc("GET /healthz", func(w http.ResponseWriter, _ *http.Request) {
		w.Header().Set("Content-Type", "text/plain; charset=utf-8")
		_, _ = w.Write([]byte("ok\n"))
	})
	if o.Dev {
		mux.Handle("GET /{$}", playground.Handler("ruankao", "/graphql"))
	}
	return withRequestContext(o.Clock, mux)
}

// Timeouts for the listening http.Server.
const (
	ReadHeaderTimeout = 5 * time.Second
	ReadTimeout       = 30 * time.Second
	WriteTimeout      = 60 * time.Second
	IdleTimeout       = 120 * time.Second
)
