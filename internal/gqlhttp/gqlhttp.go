// Package gqlhttp makes gqlgen's HTTP transports follow the GraphQL-over-HTTP
// spec (https://graphql.github.io/graphql-over-http/draft/), as audited by the
// npm package graphql-http (see .ci/conformance).
//
// It wraps transport.GET and transport.POST; gqlgen still parses, validates
// and executes. What the wrappers change:
//
//   - Accept is negotiated with q-values: application/graphql-response+json or
//     application/json (the default, also for a missing Accept and for */*);
//     anything else is 406.
//   - A malformed request (a body that is not a JSON object, a query that is
//     missing or not a string, variables or extensions that are not objects, an
//     operationName that is not a string) is 400, and no message repeats the
//     request body. A POST body declared in another charset than UTF-8 is 415.
//   - A request that fails before execution (parse, validation, variable
//     coercion, an unknown operation, a persisted query not found) is 200 with
//     application/json and 400 with application/graphql-response+json (401,
//     403, 429 or 500 when its code says so), and its body has no "data" key.
//   - A GET that selects a mutation (or subscription) is 405 with Allow: POST,
//     and never executes.
//   - Every error of such a response carries extensions.code (BAD_REQUEST when
//     it has none).
//
// Responses of executed operations stream through untouched.
package gqlhttp

import (
	"github.com/99designs/gqlgen/graphql"
	"github.com/99designs/gqlgen/graphql/handler"
	"github.com/99designs/gqlgen/graphql/handler/transport"
)

// Options configure AddTransports.
type Options struct {
	// Extra transports are tried after OPTIONS/HEAD and before GET and POST,
	// e.g. transport.MultipartForm{} for uploads. gqlgen serves a request
	// with the first transport whose Supports accepts it, so a transport that
	// also matches POST application/json requests (transport.SSE) must come
	// here. Extra transports are added as they are, not wrapped.
	Extra []graphql.Transport
	// MaxBodyBytes bounds the body of a POST application/json request (413
	// beyond it); 0 means no limit.
	MaxBodyBytes int64
}

// AddTransports adds, in order: OPTIONS/HEAD, opts.Extra, GET, POST and a
// last transport that answers every other method with 405 and a POST of an
// unsupported Content-Type with 415. That last one leaves alone requests
// that a transport added to srv later could serve (websocket upgrades,
// multipart/form-data, application/x-www-form-urlencoded,
// application/graphql), so those still reach it; anything else must go in
// opts.Extra.
func AddTransports(srv *handler.Server, opts Options) {
	srv.AddTransport(optionsTransport{})
	for _, t := range opts.Extra {
		srv.AddTransport(t)
	}
	srv.AddTransport(GET())
	srv.AddTransport(POST(opts.MaxBodyBytes))
	srv.AddTransport(fallbackTransport{})
}

// GET is gqlgen's transport.GET with the spec's behaviour.
func GET() graphql.Transport {
	return &httpTransport{inner: transport.GET{}, get: true}
}

// POST is gqlgen's transport.POST (application/json bodies) with the spec's
// behaviour; maxBodyBytes 0 means no limit.
func POST(maxBodyBytes int64) graphql.Transport {
	return &httpTransport{inner: transport.POST{}, maxBody: maxBodyBytes}
}
