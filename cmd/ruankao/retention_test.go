package main

import (
	"context"
	"strings"
	"testing"
)

func TestServeRefusesAnAuditLogKeptUnderSixMonths(t *testing.T) {
	t.Setenv("RUANKAO_AUDIT_RETENTION", "180d")
	err := serve(context.Background(), []string{"--dev", "--db", "sqlite://" + t.TempDir() + "/x.db", "--addr", "127.0.0.1:0"})
	if err == nil || !strings.Contains(err.Error(), "RUANKAO_AUDIT_RETENTION=180d is shorter than six months") || strings.Contains(err.Error(), "\n") {
		t.Fatalf("serve with a 180-day audit log: %v", err)
	}
}
