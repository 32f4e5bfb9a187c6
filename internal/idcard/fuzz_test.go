package idcard

import (
	"errors"
	"testing"

	"github.com/ruankao/ruankao/internal/enum"
)

// FuzzCheck feeds any text to every ID type. Run longer with
//
//	go test ./internal/idcard -run '^$' -fuzz FuzzCheck -fuzztime 60s
//
// It never panics; a refusal is an *Error with one of the four codes and a
// message; an accepted number is normalised, checks again to the very same
// Number, and carries no birth date after today.
func FuzzCheck(f *testing.F) {
	for _, s := range []string{
		"", " ", "\u3000", "11010519491231002X", "11010519491231002x", "110105491231002",
		"１１０１０５１９４９１２３１００２ｘ", "110105 19491231002X", "110105194912310021",
		"810000199001011237", "830000197808080316", "911398199012310021", "KAZ110090123105",
		"usa310085031512", "H12345678", "M1234567801", "12345678", "1234567801", "1234567(B)",
		"E12345678", "EA1234567", "G12345678", "DE1234567", "\xff\xfe", "H1234\t5678", "ｈ１２３４５６７８",
	} {
		f.Add(s)
	}
	types := enum.IDType("").Values()
	f.Fuzz(func(t *testing.T, raw string) {
		for _, typ := range append(types, "UNKNOWN") {
			typ := enum.IDType(typ)
			n, err := CheckAt(typ, raw, today)
			if err != nil {
				var e *Error
				if !errors.As(err, &e) {
					t.Fatalf("%s %q: error %T is not *Error", typ, raw, err)
				}
				switch e.Code {
				case CodeInvalidFormat, CodeInvalidCheckDigit, CodeInvalidBirthDate, CodeInvalidRegion:
				default:
					t.Fatalf("%s %q: unknown code %q", typ, raw, e.Code)
				}
				if e.Message == "" {
					t.Fatalf("%s %q: empty message", typ, raw)
				}
				continue
			}
			if n.Type != typ {
				t.Fatalf("%s %q: type %s", typ, raw, n.Type)
			}
			for i := 0; i < len(n.Value); i++ {
				if c := n.Value[i]; !(c >= '0' && c <= '9' || c >= 'A' && c <= 'Z') {
					t.Fatalf("%s %q: value %q not normalised", typ, raw, n.Value)
				}
			}
			if l := len(n.Value); l < 8 || l > 18 {
				t.Fatalf("%s %q: value %q has length %d", typ, raw, n.Value, l)
			}
			if n.BirthDate != nil && (n.BirthDate.After(today) || n.BirthDate.Before(earliestBirth)) {
				t.Fatalf("%s %q: birth date %s out of range", typ, raw, n.BirthDate)
			}
			again, err := CheckAt(typ, n.Value, today)
			if err != nil {
				t.Fatalf("%s %q: normalised %q refused: %v", typ, raw, n.Value, err)
			}
			if again.Value != n.Value || again.Gender != n.Gender || again.Region != n.Region ||
				again.Nationality != n.Nationality || (again.BirthDate == nil) != (n.BirthDate == nil) ||
				(n.BirthDate != nil && *again.BirthDate != *n.BirthDate) {
				t.Fatalf("%s %q: checking %q again gives %+v, first %+v", typ, raw, n.Value, again, n)
			}
		}
	})
}
