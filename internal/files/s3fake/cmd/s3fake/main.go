// Command s3fake serves the in-memory S3 test server (internal/files/s3fake)
// on an address, for integration tests that run the real binary:
//
//	go run ./internal/files/s3fake/cmd/s3fake -addr 127.0.0.1:9000
//	RUANKAO_S3_ENDPOINT=http://127.0.0.1:9000 RUANKAO_S3_BUCKET=ruankao RUANKAO_S3_CREATE_BUCKET=1 \
//	RUANKAO_S3_ACCESS_KEY=test RUANKAO_S3_SECRET_KEY=test ruankao serve …
//
// POST /_s3fake/mode?set=up|unavailable|dropping switches it (503 to every
// request, or every connection dropped); killing it works too. Everything is
// lost when it stops. Never for production: it checks no credentials.
package main

import (
	"flag"
	"fmt"
	"log"
	"net/http"
	"os"

	"github.com/ruankao/ruankao/internal/files/s3fake"
)

func main() {
	addr := flag.String("addr", "127.0.0.1:9000", "listen address")
	flag.Parse()
	fake := s3fake.New()
	mux := http.NewServeMux()
	mux.HandleFunc("POST /_s3fake/mode", func(w http.ResponseWriter, r *http.Request) {
		modes := map[string]s3fake.Mode{"up": s3fake.Up, "unavailable": s3fake.Unavailable, "dropping": s3fake.Dropping}
		m, ok := modes[r.URL.Query().Get("set")]
		if !ok {
			http.Error(w, "set=up|unavailable|dropping", http.StatusBadRequest)
			return
		}
		fake.Set(m)
		fmt.Fprintln(w, r.URL.Query().Get("set"))
	})
	mux.Handle("/", fake)
	fmt.Fprintf(os.Stderr, "s3fake: in-memory S3 on http://%s (any credentials)\n", *addr)
	log.Fatal(http.ListenAndServe(*addr, mux))
}
