package main

import (
	"context"
	"log/slog"

	"github.com/ruankao/ruankao/internal/auth"
	"github.com/ruankao/ruankao/internal/server"
	"github.com/ruankao/ruankao/internal/store"
)

// sessionCache is serve's bearer-token cache. On PostgreSQL, where other
// instances share the database, listen keeps it in step with them (LISTEN
// on auth.NotifyChannel) until its context ends; on SQLite, one process, the
// cache's own hooks suffice and listen does nothing.
func sessionCache(db *store.DB, dbURL string, log *slog.Logger) (cache *auth.SessionCache, listen func(context.Context)) {
	if db.Dialect != "postgres" {
		return auth.NewSessionCache(db.Client, server.DefaultSessionCacheSize), func(context.Context) {}
	}
	cache = auth.NewSharedSessionCache(db.Client, server.DefaultSessionCacheSize)
	l := &auth.Listener{URL: dbURL, Cache: cache, Log: log}
	return cache, l.Run
}
