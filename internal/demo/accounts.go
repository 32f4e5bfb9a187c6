package demo

import (
	"context"
	"fmt"
	"io"
	"strings"

	"github.com/ruankao/ruankao/ent"
	"github.com/ruankao/ruankao/ent/region"
	"github.com/ruankao/ruankao/ent/staffuser"
	"github.com/ruankao/ruankao/internal/enum"
	"github.com/ruankao/ruankao/internal/password"
	"github.com/ruankao/ruankao/internal/viewer"
)

// StaffPassword is the password of every demo staff account.
const StaffPassword = "ruankao-demo-2026"

// StaffAccount is one demo staff account.
type StaffAccount struct {
	Username, DisplayName string
	Role                  enum.Role
	RegionCode            string
}

// StaffAccounts cover every role, and 辽宁 and 大连 apart.
var StaffAccounts = []StaffAccount{
	{"admin", "全国管理员（演示）", enum.RoleNationalAdmin, ""},
	{"liaoning-admin", "辽宁省管理员（演示）", enum.RoleRegionAdmin, "210000"},
	{"liaoning-reviewer", "辽宁省审核员（演示）", enum.RoleReviewer, "210000"},
	{"dalian-admin", "大连市管理员（演示）", enum.RoleRegionAdmin, "210200"},
	{"dalian-reviewer", "大连市审核员（演示）", enum.RoleReviewer, "210200"},
	{"beijing-reviewer", "北京市审核员（演示）", enum.RoleReviewer, "110000"},
	{"jiangsu-reviewer", "江苏省审核员（演示）", enum.RoleReviewer, "320000"},
}

// Identity is a person the identity simulator can vouch for.
type Identity struct {
	Subject, Name string
	IDType        enum.IDType
	IDNumber      string
	Note          string
}

// Identities are the simulator's demo people (valid GB 11643 check digits).
var Identities = []Identity{
	{"demo-zhang-wei", "张伟", enum.IDResident, "210102199003071233", "辽宁户籍"},
	{"demo-li-na", "李娜", enum.IDResident, "210203199205152340", "大连户籍"},
	{"demo-wang-fang", "王芳", enum.IDResident, "440106198811203453", "广东户籍"},
	{"demo-zhao-lei", "赵磊", enum.IDResident, "320102199508084561", "江苏户籍，DEMO-SCORES 应用技术不合格"},
	{"demo-chen-jing", "陈静", enum.IDResident, "110105198512125675", "北京户籍，持 DEMO-PRINT 准考证，DEMO-SCORES 已合格并取得证书"},
	{"demo-ho-ka-yan", "何嘉欣", enum.IDHKMacaoResidence, "81000019970101001X", "香港居民"},
}

// LoadAccounts creates the demo staff accounts that are missing.
func LoadAccounts(ctx context.Context, client *ent.Client) error {
	ctx = viewer.SystemContext(ctx)
	hash, err := password.Hash(StaffPassword)
	if err != nil {
		return err
	}
	for _, a := range StaffAccounts {
		exists, err := client.StaffUser.Query().Where(staffuser.Username(a.Username)).Exist(ctx)
		if err != nil {
			return err
		}
		if exists {
			continue
		}
		c := client.StaffUser.Create().SetUsername(a.Username).SetDisplayName(a.DisplayName).
			SetRole(a.Role).SetPasswordHash(hash)
		if a.RegionCode != "" {
			r, err := client.Region.Query().Where(region.Code(a.RegionCode)).Only(ctx)
			if err != nil {
				return fmt.Errorf("demo account %s: %w", a.Username, err)
			}
			c.SetRegionID(r.ID)
		}
		if err := c.Exec(ctx); err != nil {
			return fmt.Errorf("demo account %s: %w", a.Username, err)
		}
	}
	return nil
}

// PrintCredentials tells the developer how to log in to the demo.
func PrintCredentials(w io.Writer, addr string) {
	var b strings.Builder
	fmt.Fprintf(&b, "\n===== 演示账号 (demo accounts) — http://%s/graphql =====\n", addr)
	fmt.Fprintf(&b, "Staff (mutation staffLogin), password for all: %s\n", StaffPassword)
	for _, a := range StaffAccounts {
		fmt.Fprintf(&b, "  %-18s %-15s %s\n", a.Username, a.Role, a.RegionCode)
	}
	b.WriteString("Candidates: startCandidateLogin, then simulateIdentityApp(input: {qrPayload, action: CONFIRM, …}) with one of:\n")
	for _, p := range Identities {
		fmt.Fprintf(&b, "  subject %-16s %s  %s %s  (%s)\n", p.Subject, p.Name, p.IDType, p.IDNumber, p.Note)
	}
	b.WriteString("=====\n")
	_, _ = io.WriteString(w, b.String())
}
