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
	"github.com/ruankao/ruankao/internal/audit"
	"github.com/ruankao/ruankao/internal/clock"
	"github.com/ruankao/ruankao/internal/enum"
	"github.com/ruankao/ruankao/internal/password"
	"github.com/ruankao/ruankao/internal/pii"
	"github.com/ruankao/ruankao/internal/ratelimit"
	"github.com/ruankao/ruankao/internal/totp"
	"github.com/ruankao/ruankao/internal/txn"
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
	// RequireTOTP makes the second factor mandatory for every staff role
	// (RUANKAO_STAFF_TOTP=required, the default in production mode): an
	// account without one that logs in with its password gets a short
	// enrolment session whose viewer is viewer.Enrolling, good for nothing
	// but turning TOTP on (Restrict).
	RequireTOTP bool
}

// StaffLogin is the outcome of a password login.
type StaffLogin struct {
	Problems apperr.Problems
	Issued   *Issued
	User     *ent.StaffUser
	// EnrolmentRequired: the session is an enrolment session (RequireTOTP and
	// the account has no second factor yet).
	EnrolmentRequired bool
}

// EnrolmentSessions is the lifetime of the session a password-only login
// gets while a second factor is mandatory and the account has none: long
// enough to install an authenticator app and scan the code. Confirming the
// second factor in it gives it a staff session's lifetime (ConfirmTOTP).
var EnrolmentSessions = SessionRules{Lifetime: 15 * time.Minute, Idle: StaffSessions.Idle}

// Restrict is the viewer a staff session acts as: while a second factor is
// mandatory, an account without one is viewer.Enrolling (no role), so that
// every role check and privacy rule refuses it whatever resolver it reaches.
// It is decided on each request from the account, so confirming the second
// factor lifts it at once and a policy turned on reaches existing sessions.
func (s *Staff) Restrict(v viewer.Viewer) viewer.Viewer {
	if s == nil || !s.RequireTOTP || v.Kind != viewer.Staff || v.TOTP {
		return v
	}
	return viewer.Viewer{Kind: viewer.Enrolling, ID: v.ID, RegionID: v.RegionID, SessionID: v.SessionID}
}

// ViewerOf is the viewer of a staff user's session under the policy.
func (s *Staff) ViewerOf(u *ent.StaffUser) viewer.Viewer { return s.Restrict(StaffViewer(u)) }

var errCredentials = &apperr.UserError{Field: []string{}, Code: apperr.InvalidCredentials, Message: "用户名或密码错误"}

// Login checks a username, password and (when enabled) TOTP code. The
// password hash is verified before any transaction opens; the writes that
// follow (the failure count, or the session) are one short transaction.
// Failures are counted and audited even though the answer is a userError:
// they are security state, not the person's data.
func (s *Staff) Login(ctx context.Context, client *ent.Client, username, pass, code, clientIP, userAgent string) (*StaffLogin, error) {
	sys := viewer.SystemContext(ctx)
	now := clock.Now(ctx)
	out := &StaffLogin{}
	u, err := client.StaffUser.Query().Where(staffuser.Username(NormalizeUsername(username))).Only(sys)
	if err != nil && !ent.IsNotFound(err) {
		return nil, err
	}
	if u == nil || u.Disabled {
		password.DummyVerify() // the same time whether or not the name exists
		if err := recordFailure(ctx, client, u, username, "staff.login.failed"); err != nil {
			return nil, err
		}
		out.Problems = append(out.Problems, errCredentials)
		return out, nil
	}
	if u.LockedUntil != nil && now.Before(*u.LockedUntil) {
		if err := recordFailure(ctx, client, u, username, "staff.login.refused_locked"); err != nil {
			return nil, err
		}
		out.Problems = append(out.Problems, locked(*u.LockedUntil, now))
		return out, nil
	}
	ok, rehash, err := password.Verify(pass, u.PasswordHash)
	if err != nil {
		return nil, fmt.Errorf("stored password hash of %s: %w", u.ID, err)
	}
	if !ok {
		return s.fail(ctx, client, u, username, errCredentials)
	}
	var step int64
	if u.TotpEnabled {
		if strings.TrimSpace(code) == "" {
			out.Problems.Add(apperr.TOTPRequired, "请输入身份验证器中的 6 位动态验证码", "totpCode")
			return out, nil
		}
		if step, ok, err = s.checkTOTP(u, code, now); err != nil {
			return nil, err
		}
		if !ok {
			return s.fail(ctx, client, u, username, errTOTP("totpCode"))
		}
	}
	newHash := ""
	if rehash {
		newHash, _ = password.Hash(pass) // a failed rehash keeps the old hash
	}
	out.EnrolmentRequired = s.RequireTOTP && !u.TotpEnabled
	rules, action := StaffSessions, "staff.login"
	if out.EnrolmentRequired {
		rules, action = EnrolmentSessions, "staff.login.enrolment_only"
	}
	err = txn.Run(ctx, client, func(ctx context.Context, c *ent.Client) error {
		upd := c.StaffUser.UpdateOneID(u.ID).SetFailedLogins(0).ClearLockedUntil().SetLastLoginAt(now)
		if u.TotpEnabled {
			// A code is good once: of two logins racing with one code, one wins.
			upd.Where(staffuser.TotpLastStepLT(step)).SetTotpLastStep(step)
		}
		if newHash != "" {
			upd.SetPasswordHash(newHash)
		}
		saved, err := upd.Save(viewer.SystemContext(ctx))
		if err != nil {
			return err
		}
		if out.Issued, err = startSession(ctx, c, "", saved.ID, clientIP, userAgent, rules); err != nil {
			return err
		}
		out.User = saved
		return audit.Record(viewer.With(ctx, s.ViewerOf(saved)), c, audit.Entry{Action: action,
			RecordType: "StaffUser", RecordID: string(saved.ID)})
	})
	if ent.IsNotFound(err) && u.TotpEnabled {
		// Another login used this code first.
		return s.fail(ctx, client, u, username, errTOTP("totpCode"))
	}
	if err != nil {
		return nil, err
	}
	return out, nil
}

// StaffViewer is the viewer a staff user's session carries.
func StaffViewer(u *ent.StaffUser) viewer.Viewer {
	v := viewer.Viewer{Kind: viewer.Staff, ID: u.ID, Role: u.Role, TOTP: u.TotpEnabled}
	if u.RegionID != nil {
		v.RegionID = *u.RegionID
	}
	return v
}

// NormalizeUsername is how usernames are stored and looked up: accounts are
// created lower-cased, so a login typed with capitals finds its account.
func NormalizeUsername(s string) string { return strings.ToLower(strings.TrimSpace(s)) }

func errTOTP(field ...string) *apperr.UserError {
	return &apperr.UserError{Field: field, Code: apperr.TOTPInvalid,
		Message: "动态验证码不正确或已使用，请输入身份验证器中最新的验证码"}
}

// fail counts one wrong password or code. The count is incremented in the
// database (failed_logins + 1 under the row's lock), so concurrent failures
// all count and the fifth locks the account on SQLite and PostgreSQL alike.
func (s *Staff) fail(ctx context.Context, client *ent.Client, u *ent.StaffUser, typed string, problem *apperr.UserError) (*StaffLogin, error) {
	out := &StaffLogin{}
	now := clock.Now(ctx)
	err := txn.Run(ctx, client, func(ctx context.Context, c *ent.Client) error {
		sys := viewer.SystemContext(ctx)
		counted, err := c.StaffUser.UpdateOneID(u.ID).AddFailedLogins(1).Save(sys)
		if err != nil {
			return err
		}
		action := "staff.login.failed"
		if counted.FailedLogins >= MaxFailures {
			until := now.Add(LockFor)
			if err := c.StaffUser.UpdateOneID(u.ID).SetFailedLogins(0).SetLockedUntil(until).Exec(sys); err != nil {
				return err
			}
			problem, action = locked(until, now), "staff.login.locked"
			// Whoever is guessing may hold a session (changePassword): end them all.
			if err := RevokeStaff(ctx, c, u.ID, ""); err != nil {
				return err
			}
		}
		return recordFailure(ctx, c, u, typed, action)
	})
	if err != nil {
		return nil, err
	}
	out.Problems = append(out.Problems, problem)
	return out, nil
}

// recordFailure audits a refused login under the account's region, so the
// region's admins see an attack on their reviewers: the username as typed
// and the masked client address (the account is empty when none matched).
func recordFailure(ctx context.Context, client *ent.Client, u *ent.StaffUser, typed, action string) error {
	e := audit.Entry{Action: action, RecordType: "StaffUser", After: map[string]any{
		"username": truncate(strings.TrimSpace(typed), 64), "client": pii.MaskIP(ratelimit.ClientFrom(ctx)),
	}}
	if u != nil {
		e.RecordID = string(u.ID)
		if u.RegionID != nil {
			e.RegionID = *u.RegionID
		}
	}
	return audit.Record(viewer.SystemContext(ctx), client, e)
}

func locked(until, now time.Time) *apperr.UserError {
	minutes := int(math.Ceil(until.Sub(now).Minutes()))
	return &apperr.UserError{Field: []string{}, Code: apperr.AccountLocked,
		Message: fmt.Sprintf("连续登录失败次数过多，账号已锁定，请 %d 分钟后再试", max(minutes, 1))}
}

func (s *Staff) checkTOTP(u *ent.StaffUser, code string, now time.Time) (int64, bool, error) {
	if !hasSecret(u) {
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

// hasSecret tells whether a TOTP secret is stored: a cleared column reads
// back as a pointer to an empty slice, not as nil.
func hasSecret(u *ent.StaffUser) bool { return u.TotpSecretEnc != nil && len(*u.TotpSecretEnc) > 0 }

// NewStaff describes an account to create.
type NewStaff struct {
	Username, DisplayName, Password string
	Role                            enum.Role
	RegionID                        pulid.ID   // empty for national admins
	SiteIDs                         []pulid.ID // exam staff: the sites they check tickets at; none means all of the region's
}

var usernamePattern = regexp.MustCompile(`^[a-z0-9][a-z0-9._-]{2,63}$`)

// Create makes a staff account as the viewer in ctx: privacy decides whether
// the viewer may (national admins any; region admins reviewers of their region).
func (s *Staff) Create(ctx context.Context, client *ent.Client, in NewStaff) (*ent.StaffUser, apperr.Problems, error) {
	var problems apperr.Problems
	in.Username = NormalizeUsername(in.Username)
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
		problems.Add(apperr.Required, "审核员、考务人员和地区管理员须指定所属地区", "input", "regionId")
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
	var u *ent.StaffUser
	err = txn.Run(ctx, client, func(ctx context.Context, tx *ent.Client) (err error) {
		u, err = tx.StaffUser.Create().SetUsername(in.Username).SetDisplayName(strings.TrimSpace(in.DisplayName)).
			SetRole(in.Role).SetPasswordHash(hash).SetNillableRegionID(nilIfEmpty(in.RegionID)).
			SetNillableCreatedByID(staffID(ctx)).SetSiteIds(in.SiteIDs).Save(ctx)
		return err
	})
	return u, nil, err
}

func nilIfEmpty(id pulid.ID) *pulid.ID {
	if id == "" {
		return nil
	}
	return &id
}

func staffID(ctx context.Context) *pulid.ID {
	if v := viewer.From(ctx); v.Kind == viewer.Staff {
		return &v.ID
	}
	return nil
}

// ChangePassword replaces the viewer's own password and ends their other
// sessions. A wrong current password counts as a failed login: five lock the
// account and end its sessions.
func (s *Staff) ChangePassword(ctx context.Context, client *ent.Client, current, next string) (apperr.Problems, error) {
	v := viewer.From(ctx)
	u, ps, err := s.prove(ctx, client, current, "", false, "input", "currentPassword")
	if err != nil || ps.Any() {
		return ps, err
	}
	var problems apperr.Problems
	if err := password.Policy(next, u.Username); err != nil {
		problems.Add(apperr.WeakPassword, err.Error(), "input", "newPassword")
		return problems, nil
	}
	hash, err := password.Hash(next)
	if err != nil {
		return nil, err
	}
	return nil, txn.Run(ctx, client, func(ctx context.Context, c *ent.Client) error {
		if err := c.StaffUser.UpdateOneID(u.ID).SetPasswordHash(hash).SetFailedLogins(0).Exec(ctx); err != nil {
			return err
		}
		return RevokeStaff(ctx, c, u.ID, v.SessionID)
	})
}

// prove checks the viewer's current password (and, when withCode, a current
// TOTP code) before a change to their credentials; failures count as failed
// logins. The field path names the password input.
func (s *Staff) prove(ctx context.Context, client *ent.Client, pass, code string, withCode bool, field ...string) (*ent.StaffUser, apperr.Problems, error) {
	v := viewer.From(ctx)
	now := clock.Now(ctx)
	u, err := client.StaffUser.Get(ctx, v.ID)
	if err != nil {
		return nil, nil, err
	}
	var problems apperr.Problems
	if u.LockedUntil != nil && now.Before(*u.LockedUntil) {
		problems = append(problems, locked(*u.LockedUntil, now))
		return nil, problems, nil
	}
	if strings.TrimSpace(pass) == "" {
		problems.Add(apperr.Required, "请输入当前密码", field...)
		return nil, problems, nil
	}
	ok, _, err := password.Verify(pass, u.PasswordHash)
	if err != nil {
		return nil, nil, err
	}
	if !ok {
		res, err := s.fail(ctx, client, u, u.Username, &apperr.UserError{Field: field, Code: apperr.InvalidCredentials, Message: "当前密码不正确"})
		if err != nil {
			return nil, nil, err
		}
		return nil, res.Problems, nil
	}
	if withCode {
		if strings.TrimSpace(code) == "" {
			problems.Add(apperr.TOTPRequired, "请输入身份验证器中的 6 位动态验证码", "totpCode")
			return nil, problems, nil
		}
		_, ok, err := s.checkTOTP(u, code, now)
		if err != nil {
			return nil, nil, err
		}
		if !ok {
			res, err := s.fail(ctx, client, u, u.Username, errTOTP("totpCode"))
			if err != nil {
				return nil, nil, err
			}
			return nil, res.Problems, nil
		}
	}
	return u, nil, nil
}

// TOTPSetup is a new second factor waiting for its first code.
type TOTPSetup struct {
	Secret string // base32, for manual entry
	URI    string // otpauth://, for the QR code
}

// BeginTOTP makes a new secret for the viewer; it takes effect when
// ConfirmTOTP sees a code from it. While a second factor is on, replacing it
// needs the current password and a current code, so a stolen session alone
// can neither strip the factor nor lock its owner out.
func (s *Staff) BeginTOTP(ctx context.Context, client *ent.Client, pass, code string) (*TOTPSetup, apperr.Problems, error) {
	v := viewer.From(ctx)
	u, err := client.StaffUser.Get(ctx, v.ID)
	if err != nil {
		return nil, nil, err
	}
	if u.TotpEnabled {
		var ps apperr.Problems
		if u, ps, err = s.prove(ctx, client, pass, code, true, "currentPassword"); err != nil || ps.Any() {
			return nil, ps, err
		}
	}
	secret, err := totp.NewSecret()
	if err != nil {
		return nil, nil, err
	}
	encoded := totp.EncodeSecret(secret)
	enc, err := s.Keys.Encrypt(encoded, totpAAD(u.ID))
	if err != nil {
		return nil, nil, err
	}
	err = txn.Run(ctx, client, func(ctx context.Context, c *ent.Client) error {
		return c.StaffUser.UpdateOneID(u.ID).SetTotpSecretEnc(enc).SetTotpEnabled(false).SetTotpLastStep(0).Exec(ctx)
	})
	if err != nil {
		return nil, nil, err
	}
	return &TOTPSetup{Secret: encoded, URI: totp.URI(secret, "软考报名系统", u.Username)}, nil, nil
}

// DisableTOTP turns the viewer's second factor off, with the current password and a current code.
func (s *Staff) DisableTOTP(ctx context.Context, client *ent.Client, pass, code string) (apperr.Problems, error) {
	v := viewer.From(ctx)
	u, err := client.StaffUser.Get(ctx, v.ID)
	if err != nil {
		return nil, err
	}
	var ps apperr.Problems
	if !u.TotpEnabled {
		ps.Add(apperr.WrongState, "动态验证码未开启")
		return ps, nil
	}
	if s.RequireTOTP {
		ps.Add(apperr.TOTPMandatory, "本系统要求所有工作人员使用身份验证器（TOTP），不能关闭；更换手机请在“账户安全”中选择“更换设备”重新绑定")
		return ps, nil
	}
	if _, ps, err = s.prove(ctx, client, pass, code, true, "currentPassword"); err != nil || ps.Any() {
		return ps, err
	}
	return nil, txn.Run(ctx, client, func(ctx context.Context, c *ent.Client) error {
		return c.StaffUser.UpdateOneID(u.ID).ClearTotpSecretEnc().SetTotpEnabled(false).SetTotpLastStep(0).Exec(ctx)
	})
}

// ConfirmTOTP turns the second factor on once a code from the new secret checks out.
func (s *Staff) ConfirmTOTP(ctx context.Context, client *ent.Client, code string) (apperr.Problems, error) {
	v := viewer.From(ctx)
	u, err := client.StaffUser.Get(ctx, v.ID)
	if err != nil {
		return nil, err
	}
	var problems apperr.Problems
	if !hasSecret(u) {
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
	if err := u.Update().SetTotpEnabled(true).SetTotpLastStep(step).Exec(ctx); err != nil {
		return nil, err
	}
	if v.Kind != viewer.Enrolling {
		return nil, nil
	}
	// The enrolment session becomes a staff session: its password was
	// checked at login minutes ago and a code of the new factor just now,
	// the two a login checks (logging in again would only wait for the next
	// code, a code being good once).
	sys := viewer.SystemContext(ctx)
	sess, err := client.AuthSession.Get(sys, v.SessionID)
	if err != nil {
		return nil, err
	}
	if err := client.AuthSession.UpdateOneID(sess.ID).SetExpiresAt(sess.CreatedAt.Add(StaffSessions.Lifetime)).Exec(sys); err != nil {
		return nil, err
	}
	return nil, audit.Record(ctx, client, audit.Entry{Action: "staff.totp.enrolled", RecordType: "StaffUser", RecordID: string(u.ID)})
}

// EnrolmentRequired is the error of anything but the enrolment asked by a
// staff user who must turn on a second factor first.
func EnrolmentRequired() *apperr.Error {
	return &apperr.Error{Code: apperr.Forbidden, Reason: apperr.TOTPEnrolmentRequired,
		Message: "必须先绑定身份验证器（TOTP）才能使用管理功能"}
}

// ResetTOTP turns off the second factor of an account whose owner lost it
// (`ruankao staff reset-totp`, from the operator's shell) and ends its
// sessions. While the factor is mandatory, their next password login is an
// enrolment session. Audited as the system's action under the account's region.
func ResetTOTP(ctx context.Context, client *ent.Client, username string) (*ent.StaffUser, error) {
	sys := viewer.SystemContext(ctx)
	u, err := client.StaffUser.Query().Where(staffuser.Username(NormalizeUsername(username))).Only(sys)
	if err != nil {
		return nil, err
	}
	if u, err = u.Update().ClearTotpSecretEnc().SetTotpEnabled(false).SetTotpLastStep(0).Save(sys); err != nil {
		return nil, err
	}
	if err := RevokeStaff(ctx, client, u.ID, ""); err != nil {
		return nil, err
	}
	e := audit.Entry{Action: "staff.totp.reset", RecordType: "StaffUser", RecordID: string(u.ID)}
	if u.RegionID != nil {
		e.RegionID = *u.RegionID
	}
	return u, audit.Record(sys, client, e)
}
