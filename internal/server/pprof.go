package server

import (
	"net/http"
	"net/http/pprof"
)

// NewPprofServer serves net/http/pprof on a mux of its own, for a separate
// loopback listener (serve --pprof-addr); the main handler never has these
// paths. Importing net/http/pprof also registers them on
// http.DefaultServeMux, which nothing here serves.
func NewPprofServer() *http.Server {
	mux := http.NewServeMux()
	mux.HandleFunc("/debug/pprof/", pprof.Index) // the named profiles: heap, allocs, goroutine …
	mux.HandleFunc("/debug/pprof/cmdline", pprof.Cmdline)
	mux.HandleFunc("/debug/pprof/profile", pprof.Profile)
	mux.HandleFunc("/debug/pprof/symbol", pprof.Symbol)
	mux.HandleFunc("/debug/pprof/trace", pprof.Trace)
	// No WriteTimeout: a CPU profile or a trace answers after its ?seconds=,
	// and pprof refuses durations longer than the server's WriteTimeout.
	return &http.Server{Handler: mux, ReadHeaderTimeout: ReadHeaderTimeout, IdleTimeout: IdleTimeout}
}
