package main

import (
	"context"
	"log/slog"

	"github.com/ruankao/ruankao/internal/auth"
	"github.com/ruankao/ruankao/internal/catalog"
	"github.com/ruankao/ruankao/internal/server"
	"github.com/ruankao/ruankao/internal/store"
)

// sessionCache is serve's bearer-token cache. On PostgreSQL, where other
// instances share the database, listen keeps it in step with them (LISTEN
// on auth.NotifyChannel) until its context ends; on SQLite, one process, the
// cache's own hooks suffice and listen does nothing.
// The catalog cache follows the same listener.
// connected (nil on SQLite) tells /metrics whether the listener is connected.
func sessionCache(db *store.DB, dbURL string, log *slog.Logger) (cache *auth.SessionCache, cat *catalog.Cache, listen func(context.Context), connected func() bool) {
	if db.Dialect != "postgres" {
		return auth.NewSessionCache(db.Client, server.DefaultSessionCacheSize), catalog.NewCache(db.Client), func(context.Context) {}, nil
	}
	cache = auth.NewSharedSessionCache(db.Client, server.DefaultSessionCacheSize)
	cat = catalog.NewSharedCache(db.Client)
	l := &auth.Listener{URL: dbURL, Cache: cache, Also: []auth.Follower{cat}, Log: log}
	return cache, cat, l.Run, func() bool { return l.BackendPID() != 0 }
}
