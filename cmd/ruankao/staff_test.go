package main

import (
	"bytes"
	"context"
	"os"
	"strings"
	"testing"
)

func TestStaffCreateCommand(t *testing.T) {
	url := "sqlite://" + t.TempDir() + "/x.db"
	ctx := context.Background()
	if err := commands["migrate"](ctx, []string{"--db", url}); err != nil {
		t.Fatal(err)
	}
	var out bytes.Buffer
	stdout = &out
	defer func() { stdout = os.Stdout }()
	err := staffCommand(ctx, []string{"create", "--db", url, "--username", "root-admin", "--name", "全国管理员", "--role", "national_admin"})
	if err != nil || !strings.Contains(out.String(), "password (shown once): ") {
		t.Fatalf("create: %v %q", err, out.String())
	}
	// A reviewer needs a region; a weak password is refused; a name is unique.
	stdin = strings.NewReader("password\n")
	err = staffCommand(ctx, []string{"create", "--db", url, "--username", "r1", "--name", "审核员", "--role", "REVIEWER", "--region", "210200", "--password-stdin"})
	if err == nil || !strings.Contains(err.Error(), "password") {
		t.Errorf("weak password: %v", err)
	}
	err = staffCommand(ctx, []string{"create", "--db", url, "--username", "r2", "--name", "审核员", "--role", "REVIEWER"})
	if err == nil || !strings.Contains(err.Error(), "regionId") {
		t.Errorf("reviewer without region: %v", err)
	}
	err = staffCommand(ctx, []string{"create", "--db", url, "--username", "root-admin", "--name", "x", "--role", "NATIONAL_ADMIN"})
	if err == nil || !strings.Contains(err.Error(), "已被使用") {
		t.Errorf("duplicate: %v", err)
	}
	err = staffCommand(ctx, []string{"create", "--db", url, "--username", "x", "--name", "x", "--role", "KING"})
	if err == nil {
		t.Error("unknown role accepted")
	}
}
