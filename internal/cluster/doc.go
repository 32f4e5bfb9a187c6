// Package cluster holds the scale-out integration test of issue 29: two
// instances of the real binary behind a real load balancer (HAProxy, or
// net/http/httputil's ReverseProxy when HAProxy is not installed) over the
// local PostgreSQL. It has no code of its own; the test needs the build tag:
//
//	go test -tags cluster -count=1 -v ./internal/cluster
//
// Environment: RUANKAO_CLUSTER_PG (an admin URL of the PostgreSQL server,
// default postgres://postgres@127.0.0.1:5432/postgres?sslmode=disable; a
// fresh database is created per run and dropped after), RUANKAO_CLUSTER_REDIS
// (default redis://127.0.0.1:6379/9), RUANKAO_CLUSTER_BALANCER (haproxy or
// go; default haproxy when it is on PATH), RUANKAO_CLUSTER_KEEP=1 (keep the
// temporary directory with the instances' and the balancer's logs),
// RUANKAO_CLUSTER_BINARY (test that binary instead of building cmd/ruankao).
package cluster
