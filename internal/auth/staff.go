package auth

import (
	"context"
	"fmt"
	"math"
	"regexp"
	"strings"
	"time"

	"github.com/ruankao/ruankao/ent"
	"github.com/ruankao/ruankao/ent/schema/pulid"
	"github.com/ruankao/ruankao/ent/staffuser"
	"github.com/ruankao/ruankao/internal/apperr"
	"github.com/ruankao/ruankao/internal/clock"
	"github.com/ruankao/ruankao/internal/enum"
	"github.com/ruankao/ruankao/internal/password"
	"github.com/ruankao/ruankao/internal/pii"
	"github.com/ruankao/ruankao/internal/totp"
	"github.com/ruankao/ruankao/internal/viewer"
)

// Lockout: this many wrong passwords or codes in a row lock the account for LockFor.
const (
	MaxFailures = 5
	LockFor     = 15 * time.Minute
)

// Staff logs staff in and manages their credentials.
type Staff struct {
	Keys *pii.Keys // encrypts TOTP secrets
}

// StaffLogin is the outcome of a password login.
type StaffLogin struct {
	Problems apperr.Problems
	Issued   *Issued
	User     *ent.StaffUser
}

var errCredentials = &apperr.UserError{Field: []string{}, Code: apperr.InvalidCredentials, Message: "用户名或密码错误"}

// Login checks a username, password and (when enabled) TOTP code. Failures
// are counted even though the answer is a userError: the count is security
// state, not the person's data.
func (s *Staff) Login(ctx context.Context, client *ent.Client, username, pass, code, clientIP, userAgent string) (*StaffLogin, error) {
	sys := viewer.SystemContext(ctx)
	now := clock.Now(ctx)
	out := &StaffLogin{}
	u, err := client.StaffUser.Query().Where(staffuser.Username(strings.TrimSpace(username))).Only(sys)
	if err != nil && !ent.IsNotFound(err) {
		return nil, err
	}
	if u == nil || u.Disabled {
		password.DummyVerify() // the same time whether or not the name exists
		out.Problems = append(out.Problems, errCredentials)
		return out, nil
	}
	if u.LockedUntil != nil && now.Before(*u.LockedUntil) {
		out.Problems = append(out.Problems, locked(*u.LockedUntil, now))
		return out, nil
	}
	ok, rehash, err := password.Verify(pass, u.PasswordHash)
	if err != nil {
		return nil, fmt.Errorf("stored password hash of %s: %w", u.ID, err)
	}
	if !ok {
		return s.fail(sys, client, u, now, errCredentials)
	}
	upd := u.Update().SetFailedLogins(0).ClearLockedUntil().SetLastLoginAt(now)
	if u.TotpEnabled {
		if strings.TrimSpace(code) == "" {
			out.Problems.Add(apperr.TOTPRequired, "请输入身份验证器中的 6 位动态验证码", "totpCode")
			return out, nil
		}
		step, ok, err := s.checkTOTP(u, code, now)
		if err != nil {
			return nil, err
		}
		if !ok {
			return s.fail(sys, client, u, now, &apperr.UserError{Field: []string{"totpCode"}, Code: apperr.TOTPInvalid,
				Message: "动态验证码不正确或已使用，请输入身份验证器中最新的验证码"})
		}
		upd.SetTotpLastStep(step)
	}
	if rehash {
		if h, err := password.Hash(pass); err == nil {
			upd.SetPasswordHash(h)
		}
	}
	if u, err = upd.Save(sys); err != nil {
		return nil, err
	}
	issued, err := StartSession(ctx, client, "", u.ID, clientIP, userAgent)
	if err != nil {
		return nil, err
	}
	out.Issued, out.User = issued, u
	return out, nil
}

func (s *Staff) fail(sys context.Context, client *ent.Client, u *ent.StaffUser, now time.Time, problem *apperr.UserError) (*StaffLogin, error) {
	out := &StaffLogin{}
	failures := u.FailedLogins + 1
	upd := client.StaffUser.UpdateOneID(u.ID)
	if failures >= MaxFailures {
		until := now.Add(LockFor)
		upd.SetFailedLogins(0).SetLockedUntil(until)
		problem = locked(until, now)
	} else {
		upd.SetFailedLogins(failures)
	}
	if err := upd.Exec(sys); err != nil {
		return nil, err
	}
	out.Problems = append(out.Problems, problem)
	return out, nil
}

func locked(until, now time.Time) *apperr.UserError {
	minutes := int(math.Ceil(until.Sub(now).Minutes()))
	return &apperr.UserError{Field: []string{}, Code: apperr.AccountLocked,
		Message: fmt.Sprintf("连续登录失败次数过多，账号已锁定，请 %d 分钟后再试", max(minutes, 1))}
}

func (s *Staff) checkTOTP(u *ent.StaffUser, code string, now time.Time) (int64, bool, error) {
	if u.TotpSecretEnc == nil {
		return 0, false, nil
	}
	encoded, err := s.Keys.Decrypt(*u.TotpSecretEnc, totpAAD(u.ID))
	if err != nil {
		return 0, false, err
	}
	secret, err := totp.DecodeSecret(encoded)
	if err != nil {
		return 0, false, err
	}
	step, ok := totp.Validate(secret, strings.TrimSpace(code), now, u.TotpLastStep)
	return step, ok, nil
}

func totpAAD(id pulid.ID) string { return "totp:" + string(id) }

// NewStaff describes an account to create.
type NewStaff struct {
	Username, DisplayName, Password string
	Role                            enum.Role
	RegionID                        pulid.ID // empty for national admins
}

var usernamePattern = regexp.MustCompile(`^[a-z0-9][a-z0-9._-]{2,63}$`)

// Create makes a staff account as the viewer in ctx: privacy decides whether
// the viewer may (national admins any; region admins reviewers of their region).
func (s *Staff) Create(ctx context.Context, client *ent.Client, in NewStaff) (*ent.StaffUser, apperr.Problems, error) {
	var problems apperr.Problems
	in.Username = strings.ToLower(strings.TrimSpace(in.Username))
	if !usernamePattern.MatchString(in.Username) {
		problems.Add(apperr.InvalidFormat, "用户名为 3–64 位小写字母、数字、点、下划线或连字符，以字母或数字开头", "input", "username")
	}
	if strings.TrimSpace(in.DisplayName) == "" {
		problems.Add(apperr.Required, "请填写姓名", "input", "displayName")
	}
	if err := password.Policy(in.Password, in.Username); err != nil {
		problems.Add(apperr.WeakPassword, err.Error(), "input", "password")
	}
	switch {
	case in.Role == enum.RoleNationalAdmin && in.RegionID != "":
		problems.Add(apperr.InvalidFormat, "全国管理员不属于任何地区", "input", "regionId")
	case in.Role != enum.RoleNationalAdmin && in.RegionID == "":
		problems.Add(apperr.Required, "审核员和地区管理员须指定所属地区", "input", "regionId")
	}
	if problems.Any() {
		return nil, problems, nil
	}
	taken, err := client.StaffUser.Query().Where(staffuser.Username(in.Username)).Exist(viewer.SystemContext(ctx))
	if err != nil {
		return nil, nil, err
	}
	if taken {
		problems.Add(apperr.UsernameTaken, "该用户名已被使用", "input", "username")
		return nil, problems, nil
	}
	hash, err := password.Hash(in.Password)
	if err != nil {
		return nil, nil, err
	}
	c := client.StaffUser.Create().SetUsername(in.Username).SetDisplayName(strings.TrimSpace(in.DisplayName)).
		SetRole(in.Role).SetPasswordHash(hash)
	if in.RegionID != "" {
		c.SetRegionID(in.RegionID)
	}
	if v := viewer.From(ctx); v.Kind == viewer.Staff {
		c.SetCreatedByID(v.ID)
	}
	u, err := c.Save(ctx)
	return u, nil, err
}

// ChangePassword replaces the viewer's own password and ends their other sessions.
func (s *Staff) ChangePassword(ctx context.Context, client *ent.Client, current, next string) (apperr.Problems, error) {
	v := viewer.From(ctx)
	var problems apperr.Problems
	u, err := client.StaffUser.Get(ctx, v.ID)
	if err != nil {
		return nil, err
	}
	ok, _, err := password.Verify(current, u.PasswordHash)
	if err != nil {
		return nil, err
	}
	if !ok {
		problems.Add(apperr.InvalidCredentials, "当前密码不正确", "input", "currentPassword")
		return problems, nil
	}
	if err := password.Policy(next, u.Username); err != nil {
		problems.Add(apperr.WeakPassword, err.Error(), "input", "newPassword")
		return problems, nil
	}
	hash, err := password.Hash(next)
	if err != nil {
		return nil, err
	}
	if err := u.Update().SetPasswordHash(hash).Exec(ctx); err != nil {
		return nil, err
	}
	return nil, RevokeStaff(ctx, client, u.ID, v.SessionID)
}

// TOTPSetup is a new second factor waiting for its first code.
type TOTPSetup struct {
	Secret string // base32, for manual entry
	URI    string // otpauth://, for the QR code
}

// BeginTOTP makes a new secret for the viewer; it takes effect when ConfirmTOTP
// sees a code from it.
func (s *Staff) BeginTOTP(ctx context.Context, client *ent.Client) (*TOTPSetup, error) {
	v := viewer.From(ctx)
	u, err := client.StaffUser.Get(ctx, v.ID)
	if err != nil {
		return nil, err
	}
	secret, err := totp.NewSecret()
	if err != nil {
		return nil, err
	}
	encoded := totp.EncodeSecret(secret)
	enc, err := s.Keys.Encrypt(encoded, totpAAD(u.ID))
	if err != nil {
		return nil, err
	}
	if err := u.Update().SetTotpSecretEnc(enc).SetTotpEnabled(false).SetTotpLastStep(0).Exec(ctx); err != nil {
		return nil, err
	}
	return &TOTPSetup{Secret: encoded, URI: totp.URI(secret, "软考报名系统", u.Username)}, nil
}

// ConfirmTOTP turns the second factor on once a code from the new secret checks out.
func (s *Staff) ConfirmTOTP(ctx context.Context, client *ent.Client, code string) (apperr.Problems, error) {
	v := viewer.From(ctx)
	u, err := client.StaffUser.Get(ctx, v.ID)
	if err != nil {
		return nil, err
	}
	var problems apperr.Problems
	if u.TotpSecretEnc == nil {
		problems.Add(apperr.WrongState, "请先开始设置动态验证码")
		return problems, nil
	}
	step, ok, err := s.checkTOTP(u, code, clock.Now(ctx))
	if err != nil {
		return nil, err
	}
	if !ok {
		problems.Add(apperr.TOTPInvalid, "动态验证码不正确，请输入身份验证器中最新的验证码", "code")
		return problems, nil
	}
	return nil, u.Update().SetTotpEnabled(true).SetTotpLastStep(step).Exec(ctx)
}
