package main

import (
	"bytes"
	"context"
	"os"
	"strings"
	"testing"

	"github.com/ruankao/ruankao/ent/auditlog"
	"github.com/ruankao/ruankao/ent/staffuser"
	"github.com/ruankao/ruankao/internal/store"
	"github.com/ruankao/ruankao/internal/viewer"
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

func TestStaffResetTOTPCommand(t *testing.T) {
	url := "sqlite://" + t.TempDir() + "/x.db"
	ctx := context.Background()
	if err := commands["migrate"](ctx, []string{"--db", url}); err != nil {
		t.Fatal(err)
	}
	var out bytes.Buffer
	stdout = &out
	defer func() { stdout = os.Stdout }()
	if err := staffCommand(ctx, []string{"create", "--db", url, "--username", "lost-phone", "--name", "审核员", "--role", "NATIONAL_ADMIN"}); err != nil {
		t.Fatal(err)
	}
	db, err := store.Open(ctx, url)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	sys := viewer.SystemContext(ctx)
	db.Client.StaffUser.Update().Where(staffuser.Username("lost-phone")).SetTotpEnabled(true).SetTotpSecretEnc([]byte("x")).ExecX(sys)
	if err := staffCommand(ctx, []string{"reset-totp", "--db", url, "--username", "Lost-Phone"}); err != nil ||
		!strings.Contains(out.String(), "second factor of lost-phone turned off") {
		t.Fatalf("reset: %v %q", err, out.String())
	}
	u := db.Client.StaffUser.Query().Where(staffuser.Username("lost-phone")).OnlyX(sys)
	if u.TotpEnabled || (u.TotpSecretEnc != nil && len(*u.TotpSecretEnc) > 0) {
		t.Errorf("after reset: enabled %v, secret %v", u.TotpEnabled, u.TotpSecretEnc)
	}
	if n := db.Client.AuditLog.Query().Where(auditlog.Action("staff.totp.reset"), auditlog.RecordID(string(u.ID))).CountX(sys); n != 1 {
		t.Errorf("%d audit entries", n)
	}
	if err := staffCommand(ctx, []string{"reset-totp", "--db", url, "--username", "nobody"}); err == nil || !strings.Contains(err.Error(), "no account") {
		t.Errorf("unknown account: %v", err)
	}
}
