package main

import (
	"context"
	"strings"
	"testing"
)

func TestServeFailsWithOneClearLine(t *testing.T) {
	for url, want := range map[string]string{
		"oracle://x": "expected sqlite://FILE or postgres://",
		"postgres://nobody@127.0.0.1:1/x?connect_timeout=2": "unreachable",
	} {
		err := serve(context.Background(), []string{"--db", url, "--addr", "127.0.0.1:0"})
		if err == nil || !strings.Contains(err.Error(), want) || strings.Contains(err.Error(), "\n") {
			t.Errorf("serve --db %s: %v", url, err)
		}
	}
}
