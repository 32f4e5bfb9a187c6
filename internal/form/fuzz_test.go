package form

import (
	"testing"

	"github.com/ruankao/ruankao/internal/apperr"
)

// FuzzChecks feeds any text to the normalising checks. Run longer with
//
//	go test ./internal/form -run '^$' -fuzz FuzzChecks -fuzztime 60s
//
// A check never panics; it returns a value or a problem with a known code
// and a message, never both; and an accepted value is accepted again
// unchanged (normalising is idempotent).
func FuzzChecks(f *testing.F) {
	for _, s := range []string{
		"", " ", "\u3000", "13800138000", "+86 138 0013 8000", "（０２４）１２３４５６７８",
		"0411-8765432-1", "024-12345678转", "+86", "(", "0", "02", "转1", "x", "ext",
		"zs@example.com", "a@b@c", "@", "１２３４５６＠ｑｑ。ｃｏｍ", "116000", "\xff", "a\u202eb",
	} {
		f.Add(s)
	}
	checks := map[string]func([]string, string) (string, *apperr.UserError){
		"Mobile": Mobile, "Landline": Landline, "Email": Email, "Postcode": Postcode,
		"Address": Address, "Title": Title,
	}
	f.Fuzz(func(t *testing.T, s string) {
		for name, check := range checks {
			v, e := check(path, s)
			if e != nil {
				if v != "" || e.Message == "" || (e.Code != apperr.InvalidFormat && e.Code != apperr.Required) {
					t.Fatalf("%s(%q) = %q, %+v", name, s, v, e)
				}
				continue
			}
			again, e := check(path, v)
			if e != nil || again != v {
				t.Fatalf("%s(%q) = %q, but again gives %q, %+v", name, s, v, again, e)
			}
		}
	})
}
